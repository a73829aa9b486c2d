import type { AuditEvent } from '@shared/audit/chain'
import type { LegalView } from '@shared/channels/legal'
import { VERDICT_LABELS, type Claim } from '@shared/claims/domain'
import { verdictReason } from '@shared/claims/export'
import type { Query } from '@shared/claims/queries'
import { ROLE_LABELS, STATUS_LABELS, type DraftRecord, type Profile } from '@shared/domain'
import { MARK, textRuns } from '@shared/text/markdown'
import { leftOutRecords, verifyAudit, type AuditVerdict } from '../audit/service'
import type { Library } from '../library'
import { checkQuotes } from '../transcripts/check'
import { analyseDraft } from '../legal/analysis'
import { legalView } from '../legal/view'
import { listPeople } from '../people/service'
import { profileOf } from '../profile/service'

/** Everything the review report shows, gathered from one draft. */
export interface ReportData {
  readonly draft: DraftRecord
  readonly revision: { readonly number: number; readonly id: string; readonly hash: string }
  readonly generatedAt: string
  readonly generatedBy: Profile | null
  readonly claims: readonly Claim[]
  /** Comment threads on spans that are not claims (Word comments); absent in older callers. */
  readonly queries?: readonly Query[]
  readonly attachments: ReadonlyMap<string, string>
  readonly quotes: readonly {
    readonly text: string
    readonly speaker: string | null
    readonly label: string
  }[]
  readonly legal: LegalView
  readonly audit: readonly AuditEvent[]
  readonly verdict: AuditVerdict
}

const QUOTE_LABELS: Readonly<Record<string, string>> = {
  exact: 'Exact',
  'trivial-edit': 'Trivial edit',
  altered: 'Altered',
  'not-found': 'Not in this transcript',
  unchecked: 'No transcript',
}

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const day = (iso: string) => esc(iso.replace('T', ' ').slice(0, 16) + ' UTC')
const clip = (s: string, max = 400) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** A link's address as the report prints it beside the link text: host and path, shortened. */
function address(href: string): string {
  const bare = href.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '')
  return bare.length > 48 ? `${bare.slice(0, 47)}…` : bare
}

/**
 * A piece of a revision body as a reader sees it, in HTML: emphasis, strong and code set as
 * such, no Markdown syntax; a link is its text with its address after it in small grey type,
 * never a live link. Cut to about `max` characters of text.
 */
function md(text: string, max = 400): string {
  let left = max
  let html = ''
  for (const run of textRuns(text)) {
    if (left <= 0) break
    const cut = run.text.length > left ? `${run.text.slice(0, left - 1)}…` : run.text
    left -= run.text.length
    let h = esc(cut)
    if (run.flags & MARK.code) h = `<code>${h}</code>`
    if (run.flags & MARK.em) h = `<em>${h}</em>`
    if (run.flags & MARK.strong) h = `<strong>${h}</strong>`
    if (run.flags & MARK.deleted) h = `<s>${h}</s>`
    html += h
    if (run.href) html += ` <span class="addr">(${esc(address(run.href))})</span>`
  }
  return html
}
const json = (v: unknown) => (v === undefined ? '' : esc(clip(JSON.stringify(v), 300)))

const CSS = `
*{box-sizing:border-box}
body{font:10.5pt/1.45 Georgia,'Times New Roman',serif;color:#1d1c1a;margin:0;padding:28px 36px;background:#fff}
h1{font-size:20pt;margin:0 0 4px;line-height:1.2}
h2{font:600 12.5pt/1.3 system-ui,-apple-system,'Segoe UI',sans-serif;margin:26px 0 8px;padding-bottom:4px;border-bottom:1.5px solid #1d1c1a;break-after:avoid}
h3{font:600 10.5pt/1.3 system-ui,sans-serif;margin:14px 0 6px}
.meta{font:9pt/1.5 system-ui,sans-serif;color:#55524c}
.pill{display:inline-block;font:600 8pt/1 system-ui,sans-serif;padding:3px 7px;border-radius:9px;border:1px solid currentColor;white-space:nowrap}
.ok{color:#1f6b3a}.bad{color:#a3261b}.warn{color:#8a5a00}.info{color:#4a5a75}
table{width:100%;border-collapse:collapse;margin:6px 0 10px;font:9pt/1.4 system-ui,sans-serif}
th,td{text-align:left;vertical-align:top;padding:5px 6px;border-bottom:1px solid #dedad2}
th{font-weight:600;color:#55524c;border-bottom:1.5px solid #b9b4aa}
tr{break-inside:avoid}
blockquote{margin:4px 0;padding:2px 0 2px 10px;border-left:3px solid #c9c3b8;font:10pt/1.45 Georgia,serif}
.summary{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0}
.box{border:1px solid #dedad2;border-radius:6px;padding:8px 10px;min-width:140px;font:9pt/1.4 system-ui,sans-serif}
.box b{display:block;font-size:10pt}
ins{background:#dff0e0;text-decoration:none}del{background:#f6dcd8}
.mono{font:8pt/1.3 ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.signoff{border:1.5px solid #1d1c1a;border-radius:6px;padding:10px 12px;margin:8px 0}
.muted{color:#6a665e}
.reason{font-style:italic}
ul.comments{margin:4px 0 0;padding-left:16px;font-size:8.5pt}
footer{margin-top:28px;font:8pt system-ui,sans-serif;color:#6a665e}
@page{margin:16mm 14mm}
.w10{width:10%}.w12{width:12%}.w13{width:13%}.w14{width:14%}.w18{width:18%}.w20{width:20%}.w26{width:26%}.w30{width:30%}.w45{width:45%}.w60{width:60%}
.addr{color:#6b6862;font:8pt/1.3 ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
`

function verdictClass(verdict: Claim['verdict'], recheck: boolean): string {
  if (recheck || verdict === 'false' || verdict === 'unchecked') return 'bad'
  if (verdict === 'verified' || verdict === 'opinion') return 'ok'
  return 'warn'
}

/** Queries with their threads, open ones first; nothing when the draft has none. */
function queriesSection(d: ReportData): string {
  const queries = [...(d.queries ?? [])].sort(
    (a, b) => Number(a.resolved !== null) - Number(b.resolved !== null),
  )
  if (queries.length === 0) return ''
  const rows = queries.map((q) => {
    const thread = q.comments
      .map(
        (m) =>
          `<li><span class="muted">${esc(m.by)}${m.from === 'word' ? ' (Word)' : ''}, ${day(m.at)}:</span> ${esc(m.text)}</li>`,
      )
      .join('')
    const state = q.resolved
      ? `<span class="pill ok">Resolved</span><br><span class="muted">${esc(q.resolved.by)}, ${day(q.resolved.at)}</span>`
      : '<span class="pill warn">Open</span>'
    return `<tr><td>${md(q.anchor.exact)}${q.status === 'orphaned' ? ' <span class="pill warn">text gone</span>' : ''}</td><td><ul class="comments">${thread}</ul></td><td>${state}</td></tr>`
  })
  return `<h2>Queries</h2>
<table><thead><tr><th class="w30">On</th><th>Thread</th><th class="w14">State</th></tr></thead><tbody>${rows.join('')}</tbody></table>
`
}

function claimsSection(d: ReportData): string {
  if (d.claims.length === 0) return '<p class="muted">No claims were marked in this draft.</p>'
  const rows = d.claims.map((c) => {
    const sources = c.sources.length
      ? `<ul>${c.sources
          .map(
            (s) =>
              `<li>${esc(s.citation)}${s.url ? ` — <span class="mono">${esc(s.url)}</span>` : ''}${
                s.accessed ? ` (accessed ${esc(s.accessed)})` : ''
              }${s.attachmentId ? ` — file “${esc(d.attachments.get(s.attachmentId) ?? s.attachmentId)}”` : ''}${
                s.note ? `<br><span class="muted">${esc(s.note)}</span>` : ''
              }</li>`,
          )
          .join('')}</ul>`
      : '<span class="muted">none</span>'
    const last = c.history.at(-1)
    const reason = verdictReason(c)
    const comments = c.comments.length
      ? `<ul class="comments">${c.comments
          .map(
            (m) =>
              `<li><span class="muted">${esc(m.by)}${m.from === 'word' ? ' (Word)' : ''}, ${day(m.at)}:</span> ${esc(m.text)}</li>`,
          )
          .join('')}</ul>`
      : ''
    return `<tr><td>${md(c.anchor.exact)}${c.status === 'orphaned' ? ' <span class="pill warn">text gone</span>' : ''}${
      c.note ? `<br><span class="muted">${esc(c.note)}</span>` : ''
    }${comments}</td><td><span class="pill ${verdictClass(c.verdict, c.needsRecheck)}">${esc(VERDICT_LABELS[c.verdict])}${
      c.needsRecheck ? ' · needs re-check' : ''
    }</span>${last ? `<br><span class="muted">${esc(last.by)}, ${day(last.at)}</span>` : ''}${
      reason ? `<br><span class="reason">Reason: ${esc(reason.text)}</span>` : ''
    }</td><td>${sources}</td></tr>`
  })
  return `<table><thead><tr><th class="w45">Claim</th><th class="w20">Verdict</th><th>Sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function quotesSection(d: ReportData): string {
  if (d.quotes.length === 0) return '<p class="muted">No quotes found.</p>'
  const rows = d.quotes.map((q) => {
    const cls =
      q.label === 'exact' || q.label === 'trivial-edit'
        ? 'ok'
        : q.label === 'unchecked'
          ? 'info'
          : 'bad'
    return `<tr><td>${md(q.text, 300)}</td><td>${q.speaker ? esc(q.speaker) : '<span class="pill bad">No speaker</span>'}</td><td><span class="pill ${cls}">${esc(QUOTE_LABELS[q.label] ?? q.label)}</span></td></tr>`
  })
  return `<table><thead><tr><th class="w60">Quote</th><th>Speaker</th><th>Transcript check</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function disclosuresSection(l: LegalView): string {
  const disclosures = l.disclosures.length
    ? `<table><thead><tr><th class="w18">Kind</th><th>Text</th><th class="w14">Wording</th></tr></thead><tbody>${l.disclosures
        .map(
          (x) =>
            `<tr><td>${esc(x.kind.replace(/-/g, ' '))}</td><td>${md(x.text)}</td><td><span class="pill ${x.wording === 'clear' ? 'ok' : 'warn'}">${x.wording}</span>${x.note ? `<br><span class="muted">${esc(x.note)}</span>` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="bad">No disclosure statement was found in the text.</p>'
  const brands = l.brands.length
    ? `<p class="meta">Brands: ${l.brands.map((b) => `${esc(b.name)} (${b.sources.join(', ')})`).join('; ')}</p>`
    : ''
  const covered = l.endorsements.filter((e) => e.covered)
  const endorsements = covered.length
    ? `<h3>Endorsements the disclosures must cover</h3><table><tbody>${covered
        .map(
          (e) =>
            `<tr><td class="w18">${esc(e.kind.replace(/-/g, ' '))}</td><td>${md(e.text, 300)}</td><td class="w18">${esc([e.brand, e.person].filter(Boolean).join(' · '))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
  return `${disclosures}${brands}${endorsements}`
}

function findingsSection(l: LegalView): string {
  if (l.findings.length === 0) return '<p class="ok">No findings.</p>'
  return `<table><thead><tr><th class="w10">Severity</th><th class="w26">Rule</th><th>Explanation</th></tr></thead><tbody>${l.findings
    .map((f) => {
      const cls = f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'info'
      const accepted = f.accepted
        ? `<br><span class="ok">Accepted by ${esc(f.accepted.by)} (${day(f.accepted.at)}): ${esc(f.accepted.reason)}</span>`
        : ''
      return `<tr><td><span class="pill ${cls}">${f.severity}</span></td><td>${esc(f.title)}<br><span class="mono muted">${esc(f.rule)}</span></td><td>${esc(f.message)}${accepted}</td></tr>`
    })
    .join('')}</tbody></table>`
}

function signoffSection(l: LegalView): string {
  const s = l.signoff
  if (!s) return '<p class="bad">Legal has not signed off this draft.</p>'
  const r = s.record
  // An approval beside an open error is never shown as all clear.
  const openErrors = l.findings.filter((f) => f.severity === 'error' && !f.accepted).length
  const state = s.stale
    ? '<span class="pill bad">Stale: signed text has changed</span>'
    : r.decision !== 'approve'
      ? '<span class="pill bad">Changes requested</span>'
      : openErrors > 0
        ? `<span class="pill warn">Approved, with ${openErrors} open error finding${openErrors === 1 ? '' : 's'}</span>`
        : '<span class="pill ok">Approved, holds for the current revision</span>'
  const changed = s.changed
    .map(
      (c) =>
        `<p><b>${esc(c.role === 'disclosure' ? 'Disclosure' : 'Covered passage')} changed:</b></p><blockquote>${c.diff
          .map((seg, i) => {
            // A deletion next to an insertion: kept apart, so their words do not run together.
            const prev = c.diff[i - 1]
            const gap =
              prev &&
              prev.type !== 'equal' &&
              seg.type !== 'equal' &&
              prev.type !== seg.type &&
              !/\s$/.test(prev.text) &&
              !/^\s/.test(seg.text)
                ? ' '
                : ''
            return seg.type === 'insert'
              ? `${gap}<ins>${esc(seg.text)}</ins>`
              : seg.type === 'delete'
                ? `${gap}<del>${esc(seg.text)}</del>`
                : esc(seg.text)
          })
          .join('')}</blockquote>`,
    )
    .join('')
  const passages = r.passages
    .map(
      (p) =>
        `<tr><td class="w14">${esc(p.role)}</td><td>${md(p.exact, 240)}</td><td class="mono w30">sha-256 ${esc(p.hash)}</td></tr>`,
    )
    .join('')
  const history = l.history
    .map(
      (h) =>
        `<tr><td>${day(h.at)}</td><td>${esc(h.by)} (${esc(ROLE_LABELS[h.role])})</td><td>${h.decision === 'approve' ? 'Approved' : 'Changes requested'}</td><td>revision ${h.revisionNumber ?? '?'}</td><td>${esc(h.comment)}</td></tr>`,
    )
    .join('')
  return `<div class="signoff"><p>${state}</p><p><b>${r.decision === 'approve' ? 'Approved' : 'Changes requested'} by ${esc(r.by)}</b> (${esc(ROLE_LABELS[r.role])}), ${day(r.at)}, on revision ${s.revisionNumber ?? '?'}${
    r.comment ? `<br>“${esc(r.comment)}”` : ''
  }</p>${changed}<p class="meta">Bound to ${r.passages.length} passage${r.passages.length === 1 ? '' : 's'}; body sha-256 <span class="mono">${esc(r.bodyHash)}</span>${s.intact ? '' : ' — <span class="bad">stored passage hashes do not match their text</span>'}</p>${
    passages ? `<table><tbody>${passages}</tbody></table>` : ''
  }</div><h3>All sign-offs</h3><table><thead><tr><th>When</th><th>Who</th><th>Decision</th><th>On</th><th>Comment</th></tr></thead><tbody>${history}</tbody></table>`
}

function auditSection(d: ReportData): string {
  const v = d.verdict
  const head = v.intact
    ? `<p><span class="pill ok">Audit trail intact</span> ${v.events} events, each chained to the one before by sha-256, and the draft matches the last one.</p>`
    : `<p><span class="pill bad">Audit trail altered</span> ${esc(v.firstBadSeq !== null ? `First altered event: #${v.firstBadSeq}. ` : '')}${esc(v.reason.charAt(0).toUpperCase() + v.reason.slice(1))}.</p>`
  const rows = d.audit
    .map(
      (e) =>
        `<tr><td>${e.seq}</td><td>${day(e.at)}</td><td>${esc(e.by)}<br><span class="muted">${esc(ROLE_LABELS[e.role])}</span></td><td>${esc(e.action)}<br><span class="muted mono">${esc(e.target)}</span></td><td class="mono">${json(e.before)}</td><td class="mono">${json(e.after)}</td></tr>`,
    )
    .join('')
  return `${head}<table><thead><tr><th>#</th><th class="w12">When</th><th class="w13">Who</th><th class="w18">What</th><th>Before</th><th>After</th></tr></thead><tbody>${rows}</tbody></table>`
}

/** The review report: one self-contained HTML page (inline CSS, no scripts, nothing remote). */
export function renderReport(d: ReportData): string {
  const l = d.legal
  const ready = l.readiness
  const box = (label: string, clear: boolean) =>
    `<div class="box"><b class="${clear ? 'ok' : 'bad'}">${clear ? 'Clear' : 'Blocked'}</b>${label}</div>`
  const blocking = ready.items.filter((i) => i.severity === 'error')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Galley">
<title>Review report — ${esc(d.draft.title)}</title>
<style>${CSS}</style></head>
<body>
<header>
<p class="meta">Galley review report</p>
<h1>${esc(d.draft.title)}</h1>
<p class="meta">${d.draft.byline ? `${esc(d.draft.byline)} · ` : ''}Status: ${esc(STATUS_LABELS[d.draft.status])} · Revision ${d.revision.number} (sha-256 <span class="mono">${esc(d.revision.hash.slice(0, 16))}…</span>)<br>
Generated ${day(d.generatedAt)}${d.generatedBy ? ` by ${esc(d.generatedBy.name)} (${esc(ROLE_LABELS[d.generatedBy.role])})` : ''}</p>
</header>
<h2>Can this go out?</h2>
<p><span class="pill ${ready.ready ? 'ok' : 'bad'}">${ready.ready ? 'Ready: every area is clear' : `Not ready: ${blocking.length} blocking item${blocking.length === 1 ? '' : 's'}`}</span></p>
<div class="summary">${box('Claims', ready.clear.claims)}${box('Quotes', ready.clear.quotes)}${box('Disclosures and sign-off', ready.clear.disclosures)}</div>
${blocking.length ? `<ul>${blocking.map((i) => `<li>${esc(i.area)}: ${esc(i.message)}</li>`).join('')}</ul>` : ''}
<h2>Legal sign-off</h2>
${signoffSection(l)}
<h2>Disclosures</h2>
${disclosuresSection(l)}
<h2>Findings</h2>
${findingsSection(l)}
<h2>Claims and verdicts</h2>
${claimsSection(d)}
${queriesSection(d)}<h2>Quotes</h2>
${ready.transcripts.note ? `<p class="meta">${esc(ready.transcripts.note)}</p>` : ''}
${quotesSection(d)}
<h2>Audit trail</h2>
${auditSection(d)}
<footer>Galley flags and explains; the lawyer decides. Draft id ${esc(d.draft.id)}.</footer>
</body></html>
`
}

/** Gathers a draft's review state and renders the report. */
export async function buildReport(
  library: Library,
  draftId: string,
): Promise<{ fileName: string; html: string }> {
  const legal = await legalView(library, draftId)
  const people = listPeople(library)
  const snap = library.store.read(draftId, (file, current) => ({
    draft: { ...file.draft },
    revision: { number: current.number, id: current.id, hash: current.hash },
    claims: structuredClone(file.claims),
    queries: structuredClone(file.queries),
    attachments: new Map(file.attachments.map((a) => [a.id, a.name])),
    quotes: analyseDraft(file, current.body, people).quotes,
    audit: structuredClone(file.audit),
    verdict: verifyAudit(file, leftOutRecords(library, draftId)),
    file: structuredClone({ ...file, revisions: [], audit: [] }),
  }))
  const check = await checkQuotes(library, draftId, snap.file, snap.quotes)
  const html = renderReport({
    ...snap,
    generatedAt: new Date().toISOString(),
    generatedBy: profileOf(library),
    quotes: snap.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      label: check.labels.get(q.key) ?? 'unchecked',
    })),
    legal,
  })
  return { fileName: `${slug(snap.draft.title)}-review-report.html`, html }
}

/** A file-name-safe form of a title. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60) || 'draft'
  )
}
