/** Offers `data` as a file download named `fileName` (an <a download> on an object URL). */
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Bytes of a base64 string. */
export function base64Bytes(data: string): Uint8Array<ArrayBuffer> {
  const bin = atob(data)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

const FRAME_ID = 'galley-report-print'

/** Splits a stylesheet into its top-level rules (braces counted; comments dropped). */
export function cssRules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) {
      const rule = text.slice(start, i + 1).trim()
      if (rule) out.push(rule)
      start = i + 1
    }
  }
  return out
}

/**
 * Prints the review report with the browser's own print (Save as PDF): the report goes into a
 * hidden same-origin frame, its stylesheet adopted through the CSSOM (the page's policy refuses
 * inline <style>, and the report has no scripts to run), then the frame prints.
 */
export function printReport(html: string): HTMLIFrameElement {
  document.getElementById(FRAME_ID)?.remove()
  const frame = document.createElement('iframe')
  frame.id = FRAME_ID
  frame.title = 'Review report for printing'
  frame.className = 'legal-print-frame'
  document.body.append(frame)
  const win = frame.contentWindow
  const doc = frame.contentDocument
  if (!win || !doc) throw new Error('The print frame could not be opened.')
  // The styles are taken out before parsing: even an inert parsed <style> meets the policy.
  const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi
  const css = Array.from(html.matchAll(STYLE), (m) => m[1] ?? '').join('\n')
  const parsed = new DOMParser().parseFromString(html.replace(STYLE, ''), 'text/html')
  parsed.querySelectorAll('style, meta, script, link').forEach((n) => n.remove())
  // The page's policy refuses style attributes too; the report uses classes only.
  parsed.querySelectorAll('[style]').forEach((n) => n.removeAttribute('style'))
  doc.title = parsed.title
  doc.documentElement.lang = parsed.documentElement.lang || 'en'
  doc.body.replaceWith(doc.importNode(parsed.body, true))
  const FrameSheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet
  const sheet = new FrameSheet()
  // Rule by rule through the CSSOM: the policy treats replaceSync() like an inline <style>.
  for (const rule of cssRules(css)) {
    try {
      sheet.insertRule(rule, sheet.cssRules.length)
    } catch {
      // A rule this browser cannot parse is left out, as a <style> would.
    }
  }
  doc.adoptedStyleSheets = [sheet]
  win.focus()
  win.print()
  return frame
}
