import type { Mention } from '../language/mentions'
import type { CodeTie } from './connections'
import { NEGATION, PUBLICATION_NOUNS, PUBLICATION_OWNERS } from './lexicon'
import { quoteAt, type SlotContext } from './slots'
import { clausesOf, type Clause, type Word } from './words'

/**
 * Who owns the publication, and what else that owner owns: "Backyard Post is published by Y,
 * which also owns Z", "Our parent company, Y, also makes Z", "Z is owned by Y, which also
 * publishes this magazine", "This magazine and Z are both owned by Y". The publication's praise
 * of Z is then an endorsement by a connected party (the publication itself), which the ownership
 * line must sit beside.
 */
export interface OwnerLink {
  /** The piece's own publication, by name, else "this publication". */
  readonly publication: string
  /** The owner, as the text names it (empty when only "our parent company" says so). */
  readonly owner: string
  /** Other businesses the owner holds, as the text names them. */
  readonly brands: readonly string[]
  /** Where the statement ends, when the holding is told in the next sentence. */
  readonly end?: number
}

/** The piece's own publication when no line names it. */
const SELF = 'this publication'

const BE = new Set(['is', 'are', 'was', 'were'])
/** Verbs by which an owner holds or makes another business's goods. */
const HOLDS = new Set([
  'owns',
  'own',
  'makes',
  'make',
  'manufactures',
  'produces',
  'sells',
  'runs',
  'operates',
  'controls',
])
/** What a publication is of its owner: "a Y publication", "a Y title". */
const TITLE_NOUNS = new Set([
  'publication',
  'title',
  'magazine',
  'brand',
  'website',
  'site',
  'newsletter',
  'newspaper',
])

/** Whether a sentence is someone's quoted words (its first word inside a quote). */
const quoted = (ctx: SlotContext, c: Clause) =>
  !!quoteAt(ctx, c.words.find((w) => w.pos !== 'PUNCT')?.start ?? c.sentence.start)

/** Words one of the owner links needs (a cheap gate before reading a sentence). */
const LINK_WORDS = new Set(['owned', 'published', 'part', ...PUBLICATION_OWNERS, ...TITLE_NOUNS])

const lowers = (ws: readonly Word[]) => ws.map((w) => w.lower)

/** The first word after a label that opens the sentence ("Disclosure:", "Note:") and articles. */
function opening(ws: readonly Word[]): number {
  const colon = ws.findIndex((w, k) => k <= 3 && w.text === ':')
  let k = colon >= 0 ? colon + 1 : 0
  while (
    k < ws.length &&
    (ws[k]?.pos === 'DET' || ws[k]?.pos === 'PUNCT') &&
    !selfAt(lowers(ws), k)
  )
    k++
  return k
}

/** The mention word k starts or sits in, and the index past its last word. */
function mentionFrom(ws: readonly Word[], k: number): { m: Mention; end: number } | null {
  const m = ws[k]?.mention
  if (!m) return null
  let e = k
  while (ws[e]?.mention === m) e++
  return { m, end: e }
}

/** The first mention at or after k (skipping "the", "a" and commas), within `span` words. */
function nextMention(ws: readonly Word[], k: number, span = 3): { m: Mention; end: number } | null {
  for (let j = k; j < Math.min(ws.length, k + span); j++) {
    const hit = mentionFrom(ws, j)
    if (hit) return hit
    const low = ws[j]?.lower ?? ''
    if (!['the', 'a', 'an', ',', 'group', 'company'].includes(low)) return null
  }
  return null
}

/** Whether a name is the piece's own publication: its byline, masthead lines or footer name it. */
function ownPublication(ctx: SlotContext, name: string, c: Clause): boolean {
  const ps = ctx.doc.paragraphs
  const low = name.toLowerCase()
  const framed = ps.some(
    (p) =>
      (p.role === 'byline' ||
        p.role === 'boilerplate' ||
        p.role === 'caption' ||
        p.role === 'headline') &&
      p.index !== c.paragraph.index &&
      p.text.toLowerCase().includes(low),
  )
  if (framed) return true
  // A footer line ("X is published by Y, …" among the last three paragraphs) says who the
  // publication is, of itself: a name the running text never uses (a company it reports on is
  // named in the body).
  return (
    c.paragraph.index >= ps.length - 3 &&
    !ctx.doc.mentions.some((m) => {
      if (m.name.toLowerCase() !== low) return false
      const p = ps.find((x) => x.start <= m.start && m.start < x.end)
      return !!p && p.index !== c.paragraph.index && p.role === 'body'
    })
  )
}

/** "X and Y" as one name, when the text also names X and Y apart: the two names. */
function splitPair(ctx: SlotContext, name: string): string[] {
  const parts = name.split(/\s+(?:and|&)\s+/)
  if (parts.length !== 2) return [name]
  const apart = (x: string) => ctx.doc.mentions.some((m) => m.name === x)
  return parts.every(apart) ? parts : [name]
}

/** Whether the byline, masthead or furniture names it (not only the footer's place). */
function framedName(ctx: SlotContext, name: string, c: Clause): boolean {
  const low = name.toLowerCase()
  return ctx.doc.paragraphs.some(
    (p) =>
      p.index !== c.paragraph.index &&
      p.role !== 'body' &&
      p.role !== 'heading' &&
      p.text.toLowerCase().includes(low),
  )
}

/** "this magazine", "our newsletter", "we": the piece's own publication at word k. */
function selfAt(low: readonly string[], k: number): boolean {
  if (low[k] === 'we') return true
  return (low[k] === 'this' || low[k] === 'our') && PUBLICATION_NOUNS.has(low[k + 1] ?? '')
}

/** Businesses named after a holding verb: "owns Z", "also makes Z and W". */
function heldAfter(ws: readonly Word[], k: number, not: readonly string[]): string[] {
  const out: string[] = []
  for (let j = k + 1; j < ws.length; j++) {
    const w = ws[j]
    if (!w) break
    if (w.text === '.' || w.text === ';') break
    // "… owns Z, which makes grills": the next clause's verb ends the list.
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.lower === 'which' || w.lower === 'who') break
    const hit = mentionFrom(ws, j)
    if (!hit) continue
    if (!not.some((n) => n.toLowerCase() === hit.m.name.toLowerCase())) out.push(hit.m.name)
    j = hit.end - 1
  }
  return [...new Set(out)]
}

/** The owner link one sentence states, if any (see OwnerLink). */
export function ownerLink(ctx: SlotContext, c: Clause): OwnerLink | null {
  const ws = c.words
  const low = lowers(ws)
  if (low.some((x) => NEGATION.has(x))) return null
  let publication: string | null = null
  let owner = ''
  let after = -1
  for (let i = 0; i < ws.length && after < 0; i++) {
    const w = low[i] ?? ''
    // "P is published by Y", "This magazine is owned by Y".
    if ((w === 'published' || w === 'owned') && low[i + 1] === 'by' && BE.has(low[i - 1] ?? '')) {
      const y = nextMention(ws, i + 2)
      if (!y) continue
      const first = opening(ws)
      const p = mentionFrom(ws, first)
      if (p && p.end === i - 1 && ownPublication(ctx, p.m.name, c)) publication = p.m.name
      else if (selfAt(low, first) && first + 3 >= i - 1) publication = SELF
      else continue
      owner = y.m.name
      after = y.end
    }
    // "P is a Y publication", "This magazine is part of Y": the owner in an apposite noun.
    if (BE.has(w) && i > 0) {
      const first = opening(ws)
      const p = mentionFrom(ws, first)
      const pub =
        p && p.end === i && ownPublication(ctx, p.m.name, c)
          ? p.m.name
          : selfAt(low, first) && first + 2 === i
            ? SELF
            : null
      if (pub) {
        const part = low[i + 1] === 'part' && low[i + 2] === 'of'
        const y = part
          ? nextMention(ws, i + 3)
          : low[i + 1] === 'a' || low[i + 1] === 'an'
            ? nextMention(ws, i + 2, 1)
            : null
        if (y && (part || TITLE_NOUNS.has(low[y.end] ?? ''))) {
          publication = pub
          owner = y.m.name
          after = y.end + 1
          continue
        }
      }
    }
    // "Our parent company, Y, …", "P's publisher, Y, …".
    if (PUBLICATION_OWNERS.has(w)) {
      const mine = low[i - 1] === 'our' || (low[i - 2] === 'our' && low[i - 1] === 'parent')
      const whose =
        (low[i - 1] === "'s" || low[i - 1] === '’s') &&
        !!ws[i - 2]?.mention &&
        ownPublication(ctx, ws[i - 2]!.mention!.name, c)
      if (!mine && !whose) continue
      const k = low[i + 1] === 'company' || low[i + 1] === 'group' ? i + 2 : i + 1
      const y = nextMention(ws, k)
      publication = whose ? ws[i - 2]!.mention!.name : SELF
      owner = y?.m.name ?? ''
      after = y?.end ?? k
    }
  }
  if (publication !== null) {
    for (let k = after; k < ws.length; k++)
      if (HOLDS.has(low[k] ?? '')) {
        const brands = heldAfter(ws, k, [publication, owner])
        if (brands.length) return { publication, owner, brands }
      }
    // "P is a Y publication. Y also owns Z.": the next sentence of the paragraph, opened by
    // the owner (by name, "it", "the group", "the company"), says what else it holds.
    const next = clausesOf(ctx.doc).find(
      (x) => x.paragraph === c.paragraph && x.sentence.start >= c.sentence.end,
    )
    if (owner && next) {
      const nl = lowers(next.words)
      const opener = mentionFrom(next.words, 0)
      const byOwner =
        (opener && opener.m.name === owner) ||
        nl[0] === 'it' ||
        (nl[0] === 'the' && ['group', 'company', 'firm'].includes(nl[1] ?? ''))
      const k = nl.findIndex((x, j) => j <= 4 && HOLDS.has(x))
      if (byOwner && k > 0 && !nl.some((x) => NEGATION.has(x))) {
        const brands = heldAfter(next.words, k, [publication, owner])
        if (brands.length) return { publication, owner, brands, end: next.sentence.end }
      }
    }
  }
  // "Z and this magazine are both owned by Y", "P and Z are both owned by Y".
  for (let i = 2; i < ws.length; i++) {
    if (low[i] !== 'owned' || low[i + 1] !== 'by' || low[i - 1] !== 'both') continue
    if (!BE.has(low[i - 2] ?? '')) continue
    const names: string[] = []
    let self: string | null = null
    for (let k = 0; k < i - 2; k++) {
      if (selfAt(low, k)) self = SELF
      const hit = mentionFrom(ws, k)
      if (!hit) continue
      // "Kelda Grills and Hearth Weekly" read as one name: the two names it joins.
      for (const name of splitPair(ctx, hit.m.name))
        if (!self && ownPublication(ctx, name, c) && framedName(ctx, name, c)) self = name
        else names.push(name)
      k = hit.end - 1
    }
    if (self && names.length)
      return {
        publication: self,
        owner: nextMention(ws, i + 2)?.m.name ?? '',
        brands: names.filter((n) => n !== self),
      }
  }
  // "Z is owned by Y, which also publishes this magazine", "Z is owned by our parent company".
  for (let i = 1; i < ws.length; i++) {
    if (low[i] !== 'owned' || low[i + 1] !== 'by' || !BE.has(low[i - 1] ?? '')) continue
    const first = opening(ws)
    const z = mentionFrom(ws, first)
    if (!z || z.end !== i - 1) continue
    const rest = low.slice(i + 2)
    const ours =
      (rest[0] === 'our' && PUBLICATION_OWNERS.has(rest[1] ?? '')) ||
      rest.some((x, k) => (x === 'publishes' || x === 'owns') && selfAt(rest, k + 1))
    let pub: string | null = ours ? SELF : null
    if (!pub)
      for (let k = i + 2; k < ws.length; k++)
        if (low[k] === 'publishes' || low[k] === 'owns') {
          const p = nextMention(ws, k + 1, 2)
          if (p && ownPublication(ctx, p.m.name, c)) pub = p.m.name
        }
    if (pub)
      return { publication: pub, owner: nextMention(ws, i + 2)?.m.name ?? '', brands: [z.m.name] }
  }
  return null
}

/**
 * The publication's ties through its owner, one per business the owner also holds: "the
 * publication" as the connected party, the ownership line as the tie's disclosure.
 */
/**
 * Whether a sentence in the piece's own words says who owns the publication and what else that
 * owner holds: an ownership statement (`other`), the disclosure of the publication's tie.
 */
export function statesOwnerLink(ctx: SlotContext, c: Clause): boolean {
  if (!c.words.some((w) => LINK_WORDS.has(w.lower)) || quoted(ctx, c)) return false
  return !!ownerLink(ctx, c)
}

export function publicationTies(ctx: SlotContext): CodeTie[] {
  const out: CodeTie[] = []
  for (const c of clausesOf(ctx.doc)) {
    const r = c.paragraph.role
    if (r === 'question' || r === 'answer' || r === 'heading' || r === 'headline') continue
    // A source's "our parent company" is the source's company, not the publication.
    if (quoted(ctx, c)) continue
    if (!c.words.some((w) => LINK_WORDS.has(w.lower))) continue
    const link = ownerLink(ctx, c)
    if (!link) continue
    for (const brand of link.brands)
      out.push({
        person: link.publication,
        brand,
        at: { start: c.sentence.start, end: link.end ?? c.sentence.end },
      })
  }
  // "this publication" and its name, where another line gives it, are one party.
  const named = out.find((t) => t.person !== SELF)?.person
  return named ? out.map((t) => (t.person === SELF ? { ...t, person: named } : t)) : out
}
