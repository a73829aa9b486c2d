import {
  anchorAt,
  ClaimSchema,
  CLAIM_LIMITS,
  QuerySchema,
  type Claim,
  type ClaimComment,
  type Query,
  type WordOrigin,
} from '@shared/claims'
import type { Profile, Revision } from '@shared/domain'
import { newId } from '../ids'
import type { Library } from '../library'
import { commentKind } from './comment-kind'
import type { ImportedComment, WordReview } from './convert'

/** What the Word comments became, for the import notice. */
export interface CommentOutcome {
  readonly comments: number
  readonly claims: number
  readonly queries: number
  readonly replies: number
  /** Of the claims and queries: those whose range is only in the text before the tracked changes, or not found. */
  readonly orphaned: number
}

const URL_IN = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[a-z0-9-]+\.[a-z]{2,}[^\s<>"]*/i
const NOT_FOUND = '[the commented text was not found in the imported text]'

function rootOf(c: ImportedComment, byId: ReadonlyMap<string, ImportedComment>): ImportedComment {
  let at = c
  const seen = new Set<string>()
  while (at.parentId !== null && !seen.has(at.id)) {
    seen.add(at.id)
    const parent = byId.get(at.parentId)
    if (!parent) break
    at = parent
  }
  return at
}

/**
 * Turns a Word document's comments into claims (the comment as the research note, replies as
 * thread comments) and queries (the comment and its replies as the thread), anchored in the
 * revision whose text holds their range, in one write. Every record is checked against its
 * schema before anything is written.
 */
export async function addWordComments(
  library: Library,
  draftId: string,
  review: WordReview,
  revisions: { readonly after: Revision; readonly before: Revision | null },
  fileName: string,
  by: Profile,
  at = new Date(),
): Promise<CommentOutcome> {
  const byId = new Map(review.comments.map((c) => [c.id, c]))
  const roots = review.comments.filter((c) => rootOf(c, byId) === c)
  const repliesOf = new Map<string, ImportedComment[]>()
  for (const c of review.comments) {
    const root = rootOf(c, byId)
    if (root !== c) repliesOf.set(root.id, [...(repliesOf.get(root.id) ?? []), c])
  }
  const when = at.toISOString()
  const claims: Claim[] = []
  const queries: Query[] = []
  let orphaned = 0
  let replies = 0
  for (const c of roots) {
    const side = c.place?.side === 'before' && revisions.before ? revisions.before : revisions.after
    const anchor = c.place
      ? anchorAt(side.body, c.place.start, c.place.end)
      : { start: 0, end: NOT_FOUND.length, exact: NOT_FOUND, prefix: '', suffix: '' }
    if (anchor.exact.length > CLAIM_LIMITS.exactChars) {
      anchor.end = anchor.start + CLAIM_LIMITS.exactChars
      anchor.exact = anchor.exact.slice(0, CLAIM_LIMITS.exactChars)
    }
    const status = c.place?.side === 'after' ? ('anchored' as const) : ('orphaned' as const)
    if (status === 'orphaned') orphaned++
    const origin: WordOrigin = {
      kind: 'word-comment',
      fileName: fileName.slice(0, 255),
      author: c.author,
      at: c.date,
      commentId: c.id.slice(0, 40),
    }
    const thread = (list: readonly ImportedComment[]): ClaimComment[] =>
      list
        .filter((r) => r.text.length > 0)
        .slice(0, CLAIM_LIMITS.comments)
        .map((r) => ({
          id: newId('m'),
          by: r.author,
          role: by.role,
          at: r.date ?? when,
          text: r.text.slice(0, CLAIM_LIMITS.commentChars),
          from: 'word' as const,
        }))
    const answers = repliesOf.get(c.id) ?? []
    replies += answers.length
    const verdict = commentKind(c.text, anchor.exact)
    const createdBy = { name: by.name, role: by.role }
    if (verdict.kind === 'claim') {
      const url = URL_IN.exec(c.text)?.[0]
      const citation = url ? c.text.replace(url, '').replace(/\s+/g, ' ').trim() : ''
      claims.push(
        ClaimSchema.parse({
          id: newId('c'),
          revisionId: side.id,
          anchor,
          status,
          verdict: 'unchecked',
          needsRecheck: false,
          ...(c.text ? { note: c.text.slice(0, CLAIM_LIMITS.noteChars) } : {}),
          sources: url
            ? [
                {
                  id: newId('s'),
                  citation: (citation || `Linked in ${c.author}'s Word comment`).slice(
                    0,
                    CLAIM_LIMITS.citationChars,
                  ),
                  url: url.slice(0, CLAIM_LIMITS.urlChars),
                },
              ]
            : [],
          comments: thread(answers),
          history: [
            {
              verdict: 'unchecked',
              by: by.name,
              role: by.role,
              at: when,
              reason:
                `From a Word comment by ${c.author} in ${fileName} (a claim because ${verdict.why})${c.done ? '; marked done in Word' : ''}`.slice(
                  0,
                  CLAIM_LIMITS.reasonChars,
                ),
            },
          ],
          assignee: null,
          origin,
          createdAt: when,
          createdBy,
          updatedAt: when,
        }),
      )
    } else {
      const first = thread([c])
      queries.push(
        QuerySchema.parse({
          id: newId('q'),
          revisionId: side.id,
          anchor,
          status,
          comments: [
            ...(first.length > 0
              ? first
              : [
                  {
                    id: newId('m'),
                    by: c.author,
                    role: by.role,
                    at: c.date ?? when,
                    text: '(an empty comment)',
                    from: 'word',
                  },
                ]),
            ...thread(answers),
          ].slice(0, CLAIM_LIMITS.comments),
          resolved: c.done ? { by: 'Word (marked done)', at: when } : null,
          events: c.done
            ? [{ action: 'resolved', by: 'Word (marked done)', role: null, at: when }]
            : [],
          origin,
          createdAt: when,
          createdBy,
          updatedAt: when,
        }),
      )
    }
  }
  if (claims.length + queries.length > 0) {
    await library.store.update(draftId, 'imported', (file, _current, audit) => {
      file.claims.push(...claims)
      file.queries.push(...queries)
      audit({
        action: 'import.word-comments',
        target: `draft/${draftId}`,
        after: { fileName, claims: claims.length, queries: queries.length, replies },
      })
    })
  }
  return {
    comments: review.comments.length,
    claims: claims.length,
    queries: queries.length,
    replies,
    orphaned,
  }
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/** The import notice's sentence about the comments. */
export function commentSummary(o: CommentOutcome): string {
  const parts = [
    o.claims > 0 ? `${plural(o.claims, 'claim')} with the comment as the research note` : null,
    o.queries > 0 ? `${plural(o.queries, 'query', 'queries')} in the Claims margin` : null,
  ].filter(Boolean)
  const repliesText =
    o.replies === 1
      ? '; 1 reply became a thread comment'
      : o.replies > 1
        ? `; ${plural(o.replies, 'reply', 'replies')} became thread comments`
        : ''
  const orphanText =
    o.orphaned > 0
      ? ` ${plural(o.orphaned, 'comment is', 'comments are')} on text that is not in the current revision, listed under Orphaned.`
      : ''
  return `${plural(o.comments, 'Word comment')} came in: ${parts.join(' and ')}${repliesText}.${orphanText}`
}

/** The import notice's sentence about pending tracked changes. */
export function changesSummary(
  changes: NonNullable<WordReview['changes']>,
  revisions: { before: number; after: number } | null,
): string {
  const kinds = [
    changes.insertions > 0 ? plural(changes.insertions, 'insertion') : null,
    changes.deletions > 0 ? plural(changes.deletions, 'deletion') : null,
    changes.moves > 0 ? plural(changes.moves, 'move') : null,
  ].filter(Boolean)
  const who = changes.authors.length > 0 ? ` by ${listOf(changes.authors)}` : ''
  const formatting =
    changes.formatting > 0
      ? ` ${plural(changes.formatting, 'formatting change')} (bold, styles, layout) ${changes.formatting === 1 ? 'is' : 'are'} counted but not shown: the text keeps the formatting as changed.`
      : ''
  if (!revisions) {
    return `The document has ${plural(changes.formatting, 'pending formatting change')}${who} and no pending text changes.${formatting}`
  }
  return `The document has pending tracked changes (${kinds.join(', ')}${who}). Nothing was accepted or rejected: revision ${revisions.before} is the text before them and revision ${revisions.after} the text after them. Open Compare (in the draft header or History) to review them.${formatting}`
}

export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
