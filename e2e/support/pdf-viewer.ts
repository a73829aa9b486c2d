import type { Frame, Page } from '@playwright/test'
import { expect } from './host'

/**
 * Waits until Chromium's own PDF viewer in `viewer` has loaded its document (the viewer's test
 * hook) and has finished painting it: two screenshots in a row are the same. No fixed wait.
 */
export async function pdfViewerSettled(viewer: Page): Promise<Buffer> {
  const isViewer = (f: Frame) => f.url().startsWith('chrome-extension://')
  await expect.poll(() => viewer.frames().some(isViewer), 'the PDF viewer opens').toBe(true)
  const frame = viewer.frames().find(isViewer)
  if (!frame) throw new Error('the PDF viewer frame went away')
  // The viewer element's own test hook, true once the document has loaded. (Asked from here:
  // the viewer's CSP forbids the eval that waitForFunction would need.)
  const hook = "document.querySelector('pdf-viewer')?.getLoadSucceededForTesting?.() === true"
  await expect.poll(() => frame.evaluate<boolean>(hook), 'the PDF viewer loads').toBe(true)
  let previous = await viewer.screenshot()
  for (;;) {
    const current = await viewer.screenshot()
    if (current.equals(previous)) return current
    previous = current
  }
}
