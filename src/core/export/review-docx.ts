// The review as a Word document: the current article with every claim, quote, query, legal
// finding and disclosure as a comment at its span, and the sign-off's state on the title.
import { VERDICT_LABELS, type Claim } from '@shared/claims/domain'
import { verdictReason } from '@shared/claims/export'
import type { LegalView } from '@shared/channels/legal'
import { ROLE_LABELS, type Role } from '@shared/domain'
import { plainMarkdown } from '@shared/text/markdown'
import type { Library } from '../library'
import { analyseDraft } from '../legal/analysis'
import { legalView } from '../legal/view'
import { listPeople } from '../people/service'
import { checkQuotes } from '../transcripts/check'
import { MEDIA_TYPES, type ExportedFile } from './article'
import { articleDocx, type DocxComment } from './docx-article'
import { slug } from './report'

const QUOTE_LABELS: Readonly<Record<string, string>> = {
  exact: 'exact',
  'trivial-edit': 'trivial edit',
  altered: 'ALTERED',
  'not-found': 'not in the transcript',
  unchecked: 'no transcript',
}

const STATUS_NOTES: Readonly<Record<Claim['status'], string>> = {
  anchored: '',
  moved: 'The claimed text moved since it was marked.',
  changed: 'The claimed text changed since it was marked.',
  orphaned: 'Orphaned: the claimed text is gone from this revision.',
}

const who = (name: string, role?: Role | null) => (role ? `${name} (${ROLE_LABELS[role]})` : name)
const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`

/**
 * The entry of a claim's history that recorded its verdict: the newest one a person made, not
 * the notes re-anchoring adds ("Its text changed in revision 3 …", "… kept as an orphan").
 */
export function verdictEntry(c: Claim): Claim['history'][number] | undefined {
  const own = c.history.filter(
    (h) => !/^Its text (changed|was not found) in revision \d+/.test(h.reason ?? ''),
  )
  return own.at(-1) ?? c.history.at(-1)
}

/** A claim's comment thread: the verdict, reason, sources, assignee; its comments as replies. */
export function claimComment(c: Claim, attachments: ReadonlyMap<string, string>): DocxComment {
  const last = verdictEntry(c)
  const lines = [`Claim: ${VERDICT_LABELS[c.verdict]}${c.needsRecheck ? ' — needs re-check' : ''}`]
  if (last) lines.push(`Verdict by ${who(last.by, last.role)}, ${when(last.at)}`)
  const reason = verdictReason(c)
  if (reason) lines.push(`Reason: ${reason.text}`)
  const recheck = c.history.at(-1)
  if (c.needsRecheck && recheck?.reason && recheck !== last) lines.push(recheck.reason)
  if (c.note) lines.push(`Note: ${c.note}`)
  if (c.sources.length === 0) lines.push('Sources: none')
  else {
    lines.push(`Sources (${c.sources.length}):`)
    for (const s of c.sources) {
      const file = s.attachmentId
        ? ` — file “${attachments.get(s.attachmentId) ?? s.attachmentId}”`
        : ''
      lines.push(
        `• ${s.citation}${s.url ? ` — ${s.url}` : ''}${s.accessed ? ` (accessed ${s.accessed})` : ''}${file}${s.note ? ` — ${s.note}` : ''}`,
      )
    }
  }
  if (c.assignee) lines.push(`Assigned to ${c.assignee}`)
  const status = STATUS_NOTES[c.status]
  if (status) lines.push(status)
  if (c.status === 'orphaned') lines.push(`Claimed text: “${plainMarkdown(c.anchor.exact)}”`)
  return {
    start: c.anchor.start,
    end: c.anchor.end,
    author: c.createdBy.name,
    date: c.createdAt,
    lines,
    replies: c.comments.map((m) => ({ author: m.by, date: m.at, text: m.text })),
  }
}

function legalComments(l: LegalView, at: string): DocxComment[] {
  const out: DocxComment[] = []
  for (const f of l.findings) {
    const lines = [`Legal finding (${f.severity}): ${f.title}`, f.message, `Rule: ${f.rule}`]
    if (f.accepted) {
      lines.push(
        `Accepted by ${who(f.accepted.by, f.accepted.role)}, ${when(f.accepted.at)}: ${f.accepted.reason}`,
      )
    }
    out.push({
      start: f.start,
      end: f.end,
      author: 'Galley legal check',
      date: at,
      lines,
      resolved: Boolean(f.accepted),
    })
  }
  for (const d of l.disclosures) {
    out.push({
      start: d.start,
      end: d.end,
      author: 'Galley legal check',
      date: at,
      lines: [
        `Disclosure (${d.kind.replace(/-/g, ' ')}): wording ${d.wording}`,
        ...(d.brands.length ? [`Brands: ${d.brands.join(', ')}`] : []),
        ...(d.note ? [d.note] : []),
      ],
    })
  }
  const s = l.signoff
  if (s) {
    for (const c of s.changed) {
      if (!c.range) continue
      out.push({
        start: c.range.start,
        end: c.range.end,
        author: s.record.by,
        date: s.record.at,
        lines: [
          `Signed-off ${c.role === 'disclosure' ? 'disclosure' : 'passage'} changed since the sign-off`,
          `Signed text: “${plainMarkdown(c.oldText)}”`,
        ],
      })
    }
  }
  return out
}

/** The sign-off's state as one comment on the document. */
function signoffComment(l: LegalView, at: string): Omit<DocxComment, 'start' | 'end'> | null {
  const s = l.signoff
  if (!s) {
    if (!l.needsSignoff) return null
    return {
      author: 'Galley legal check',
      date: at,
      lines: [
        'Legal sign-off: none yet. This draft has disclosures or endorsements legal must sign off.',
      ],
    }
  }
  const r = s.record
  const openErrors = l.findings.filter((f) => f.severity === 'error' && !f.accepted).length
  const state = s.stale
    ? 'STALE: signed text has changed since'
    : r.decision !== 'approve'
      ? 'Changes requested'
      : openErrors > 0
        ? `Approved, with ${openErrors} open error finding${openErrors === 1 ? '' : 's'}`
        : 'Approved; holds for the current revision'
  return {
    author: r.by,
    date: r.at,
    lines: [
      `Legal sign-off: ${state}`,
      `${r.decision === 'approve' ? 'Approved' : 'Changes requested'} by ${who(r.by, r.role)} on revision ${s.revisionNumber ?? '?'}, ${when(r.at)}`,
      ...(r.comment ? [`“${r.comment}”`] : []),
      `Body sha-256 ${r.bodyHash}`,
    ],
  }
}

/** The review of a draft's current revision as a .docx with comments. */
export async function exportReviewDocx(library: Library, draftId: string): Promise<ExportedFile> {
  const legal = await legalView(library, draftId)
  const people = listPeople(library)
  // Comments are made inside the read: 2,000 claims are not copied to be read once.
  const snap = library.store.read(draftId, (file, current) => {
    const attachments = new Map(file.attachments.map((a) => [a.id, a.name]))
    return {
      draft: { ...file.draft },
      revision: { number: current.number, hash: current.hash, body: current.body },
      claims: file.claims.map((c) => ({
        orphaned: c.status === 'orphaned',
        comment: claimComment(c, attachments),
      })),
      queries: structuredClone(file.queries),
      quotes: analyseDraft(file, current.body, people).quotes,
      file: structuredClone({ ...file, claims: [], quotes: [], revisions: [], audit: [] }),
    }
  })
  const check = await checkQuotes(library, draftId, snap.file, snap.quotes)
  const now = new Date().toISOString()
  const comments: DocxComment[] = []
  const documentComments: Omit<DocxComment, 'start' | 'end'>[] = []
  const sign = signoffComment(legal, now)
  if (sign) documentComments.push(sign)
  for (const { orphaned, comment } of snap.claims) {
    if (orphaned) documentComments.push(comment)
    else comments.push(comment)
  }
  for (const q of snap.queries) {
    const [head, ...replies] = q.comments
    if (!head) continue
    const thread = {
      author: head.by,
      date: head.at,
      lines: [
        `Query: ${head.text}`,
        ...(q.status === 'orphaned' ? [`(Text gone: “${q.anchor.exact}”)`] : []),
      ],
      replies: replies.map((m) => ({ author: m.by, date: m.at, text: m.text })),
      resolved: q.resolved !== null,
    }
    if (q.status === 'orphaned') documentComments.push(thread)
    else comments.push({ ...thread, start: q.anchor.start, end: q.anchor.end })
  }
  for (const q of snap.quotes) {
    const label = check.labels.get(q.key) ?? 'unchecked'
    comments.push({
      start: q.start,
      end: q.end,
      author: 'Galley quote check',
      date: now,
      lines: [
        `Quote — speaker: ${q.speaker ?? 'none found'}${q.speaker ? ` (${q.speakerSource === 'confirmed' ? 'confirmed' : 'proposed from the text'})` : ''}`,
        `Transcript check: ${QUOTE_LABELS[label] ?? label}`,
      ],
    })
  }
  comments.push(...legalComments(legal, now))
  comments.sort((a, b) => a.start - b.start || b.end - a.end)
  const data = await articleDocx({
    title: snap.draft.title,
    byline: snap.draft.byline,
    body: snap.revision.body,
    comments,
    documentComments,
    description: `Galley review of revision ${snap.revision.number} (sha-256 ${snap.revision.hash})`,
  })
  return {
    fileName: `${slug(snap.draft.title)}-review-r${snap.revision.number}.docx`,
    mediaType: MEDIA_TYPES.docx,
    data,
  }
}
