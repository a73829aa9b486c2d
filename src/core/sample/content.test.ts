import { describe, it, expect } from 'vitest'
import { BrandRelationSchema, LIMITS, PersonSchema } from '@shared/domain'
import { countWords } from '@shared/text'
import { SAMPLE_DRAFTS, SAMPLE_PEOPLE } from './content'
import type { SampleDraft } from './content'

/** Lower case, straight quotes, no punctuation, no filler words, single spaces. */
function norm(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(um|uh|you know)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `
}

/** Like norm, but keeps filler words: used to tell "exact" from "trivial edit". */
function normKeepFiller(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `
}

const contains = (haystack: string, needle: string) => norm(haystack).includes(norm(needle))

function paragraphs(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim())
}

function paragraphIndex(body: string, text: string): number {
  const found = paragraphs(body).map((p, i) => (p.includes(text) ? i : -1))
  const hits = found.filter((i) => i >= 0)
  expect(hits, `exactly one paragraph holds ${JSON.stringify(text)}`).toHaveLength(1)
  return hits[0] ?? -1
}

const feature = SAMPLE_DRAFTS.find((d) => d.key === 'vellaria-feature') as SampleDraft
const revs = feature.revisions
const bodyAt = (i: number) => revs[i]?.body ?? ''
const transcript = feature.transcript?.text ?? ''

// The expert's words as printed in the feature (quotes and Q&A answers).
const EXACT_QUOTES = [
  "Vellaria ferment is the first botanical I've seen that behaves like a retinoid without the irritation.",
  "I often suggest the Orrenby serum to patients who can't tolerate retinol",
  "Sunscreen is still the only thing I'd call non-negotiable",
  'Vellaria is a very good extra.',
  "Yes, most people can. I'd put vellaria in the morning and retinol at night, and I'd introduce them a week apart so you know which one your skin is reacting to.",
  'Give it a month before you judge it. Brightness usually comes first; texture and fine lines take longer.',
  "Not necessarily. Above about 5 percent we saw more stinging and no extra benefit, so I'd look for something between 2 and 4 percent.",
  "There's simply no data either way, so I ask pregnant patients to wait. That's the honest answer.",
]
/** Printed without the speaker's filler words: "trivial edit", not "exact". */
const TRIVIAL_QUOTES = [
  "What the fermentation does is break the plant's polyphenols into smaller pieces that the skin can actually use.",
  "No. Retinol has fifty years of evidence behind it; vellaria has a couple of good studies. It's promising, but it's not a replacement.",
]
const ALTERED_QUOTE = 'It will rebuild collagen in anyone who uses it consistently.'
const ENDORSEMENT = 'I often suggest the Orrenby serum'
const DISCLOSURE = 'Dr. Achterberg is a paid ambassador for Orrenby.'
const AFFILIATE_NOTICE = 'We may earn a commission'

describe('sample library: the beauty feature', () => {
  it('has three revisions, in time order, each different from the one before', () => {
    expect(revs).toHaveLength(3)
    for (let i = 1; i < revs.length; i++) {
      expect(bodyAt(i)).not.toBe(bodyAt(i - 1))
      expect(revs[i]?.hoursAfterStart).toBeGreaterThan(revs[i - 1]?.hoursAfterStart ?? Infinity)
      expect(revs[i]?.message.length).toBeGreaterThan(0)
    }
  })

  it('is a feature-length piece, in review, with a transcript', () => {
    for (const rev of revs) {
      expect(countWords(rev.body)).toBeGreaterThanOrEqual(1200)
      expect(countWords(rev.body)).toBeLessThanOrEqual(1800)
    }
    expect(feature.status).toBe('in-review')
    expect(feature.transcript?.fileName).toMatch(/\.txt$/)
    expect(countWords(transcript)).toBeGreaterThanOrEqual(800)
    expect(countWords(transcript)).toBeLessThanOrEqual(1200)
  })

  it('edits the checked claim between revisions 1 and 2, and keeps most text', () => {
    expect(bodyAt(0)).toContain('38 percent within six weeks')
    expect(bodyAt(1)).toContain('38 percent within eight weeks')
    expect(bodyAt(1)).not.toContain('within six weeks')
    const before = new Set(paragraphs(bodyAt(0)))
    const changed = paragraphs(bodyAt(1)).filter((p) => !before.has(p))
    expect(changed.length).toBeGreaterThanOrEqual(2)
    expect(changed.length).toBeLessThanOrEqual(6)
  })

  it('changes the endorsement quote in revision 3 and moves a paragraph', () => {
    const quoteIn = (body: string) =>
      paragraphs(body)
        .find((p) => p.includes(ENDORSEMENT))
        ?.match(/“[^”]*”/)?.[0]
    expect(quoteIn(bodyAt(2))).toBeDefined()
    expect(quoteIn(bodyAt(2))).not.toBe(quoteIn(bodyAt(1)))
    const nutritionist = paragraphs(bodyAt(1)).find((p) => p.includes('Priya Castellane')) ?? ''
    expect(paragraphs(bodyAt(2))).toContain(nutritionist)
    const neighbour = (body: string) =>
      paragraphs(body)[paragraphIndex(body, 'Priya Castellane') - 1]
    expect(neighbour(bodyAt(2))).not.toBe(neighbour(bodyAt(1)))
  })

  it('keeps the disclosure close to the endorsement in rev 1 and far from it in rev 3', () => {
    const distance = (body: string) =>
      paragraphIndex(body, DISCLOSURE) - paragraphIndex(body, ENDORSEMENT)
    expect(Math.abs(distance(bodyAt(0)))).toBeLessThanOrEqual(2)
    expect(Math.abs(distance(bodyAt(2)))).toBeGreaterThanOrEqual(4)
    // The disclosure's own text is unchanged: it moved, it was not rewritten.
    expect(paragraphs(bodyAt(2))).toContain(
      paragraphs(bodyAt(0))[paragraphIndex(bodyAt(0), DISCLOSURE)],
    )
  })

  it('puts the affiliate notice before the first affiliate link in rev 1', () => {
    const body = bodyAt(0)
    const notice = body.indexOf(AFFILIATE_NOTICE)
    const firstLink = body.indexOf('](https://shop.example/')
    expect(notice).toBeGreaterThanOrEqual(0)
    expect(firstLink).toBeGreaterThan(notice)
    expect(body.match(/\]\(https:\/\/shop\.example\//g)?.length).toBeGreaterThanOrEqual(3)
  })

  it('has the furniture the checks look for', () => {
    for (const body of [bodyAt(0), bodyAt(2)]) {
      expect(body).toMatch(/^Photograph by \S/m)
      expect(body).toMatch(/^\*\*Q:\*\* /m)
      expect(body).toMatch(/^\*\*A:\*\* /m)
      expect(body).toMatch(/“[^”]+”/)
      expect(body).toMatch(/"[^"]+"/)
      expect(body).toMatch(/," she says, "/)
      expect(body).toMatch(/#spon\b/)
      expect(body).toMatch(/Thanks Pell & Quist/)
      expect(body).toMatch(/funded by Orrenby/)
      expect(body).toMatch(/registered nutritionist/)
      for (const claim of [
        'clinically proven to reduce wrinkles',
        'Studies show',
        'Research shows',
        'Experts say',
        'dermatologists agree',
        'board-certified dermatologist',
        'gentler than retinol',
        'the most important',
        'boosts',
        'causes',
        'leads to',
        'None of',
        'always',
        'never',
        'Only',
        'in March 2025',
        'percent',
      ]) {
        expect(body, claim).toContain(claim)
      }
    }
    // The Q&A is introduced before the first question.
    const body = bodyAt(0)
    expect(body.indexOf('questions readers send us')).toBeLessThan(body.indexOf('**Q:**'))
  })

  it("prints most of the expert's quotes as she said them, and alters one", () => {
    for (const body of [bodyAt(0), bodyAt(2)]) {
      for (const q of [...EXACT_QUOTES, ...TRIVIAL_QUOTES, ALTERED_QUOTE]) {
        if (q === TRIVIAL_QUOTES[0]) continue // printed split by its attribution
        expect(contains(body, q), `printed: ${q}`).toBe(true)
      }
      expect(body).toContain('"What the fermentation does," she says, "is break the plant')
    }
    expect(contains(bodyAt(2), "Honestly, it's the one I reach for first")).toBe(true)
    for (const q of [...EXACT_QUOTES, "Honestly, it's the one I reach for first"]) {
      expect(normKeepFiller(transcript).includes(normKeepFiller(q)), `exact: ${q}`).toBe(true)
    }
    for (const q of TRIVIAL_QUOTES) {
      expect(normKeepFiller(transcript).includes(normKeepFiller(q)), `not exact: ${q}`).toBe(false)
      expect(contains(transcript, q), `trivial edit: ${q}`).toBe(true)
    }
    expect(contains(transcript, ALTERED_QUOTE)).toBe(false)
    // ...but it is recognisably the same sentence, so the aligner can label it "altered".
    const printed = norm(ALTERED_QUOTE).trim().split(' ')
    const said = transcript
      .split(/(?<=[.?!])\s+/)
      .map((s) => norm(s).trim().split(' '))
      .map((words) => printed.filter((w) => words.includes(w)).length / printed.length)
    expect(Math.max(...said)).toBeGreaterThanOrEqual(0.6)
  })

  it('labels every transcript turn with its speaker', () => {
    const turns = transcript
      .split(/\n\s*\n/)
      .slice(1)
      .filter((t) => t.trim())
    expect(turns.length).toBeGreaterThan(10)
    for (const turn of turns) expect(turn).toMatch(/^(HATTIE BRENNOCK|ROSALIND ACHTERBERG): \S/)
  })

  it('declares the relations the body shows', () => {
    const kinds = feature.relations.map((r) => `${r.brand}/${r.kind}`)
    expect(kinds).toContain('Orrenby/brand-mentioned')
    expect(kinds).toContain('Hollowmere/affiliate')
    expect(kinds).toContain('Pell & Quist/gifted')
  })
})

describe('sample library: every draft', () => {
  it('has a key, a title, a byline and valid metadata', () => {
    const keys = SAMPLE_DRAFTS.map((d) => d.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(SAMPLE_DRAFTS.length).toBeGreaterThanOrEqual(3)
    expect(SAMPLE_DRAFTS.some((d) => d.archived === true)).toBe(true)
    for (const d of SAMPLE_DRAFTS) {
      expect(d.title.trim().length).toBeGreaterThan(0)
      expect(d.title.length).toBeLessThanOrEqual(LIMITS.titleChars)
      expect(d.byline.trim().length).toBeGreaterThan(0)
      expect(d.revisions.length).toBeGreaterThan(0)
      for (const r of d.relations) expect(() => BrandRelationSchema.parse(r)).not.toThrow()
      for (const [i, rev] of d.revisions.entries()) {
        expect(rev.message.trim().length).toBeGreaterThan(0)
        if (i > 0) expect(rev.body).not.toBe(d.revisions[i - 1]?.body)
      }
    }
  })

  it('contains no HTML in any body or transcript', () => {
    for (const d of SAMPLE_DRAFTS) {
      for (const rev of d.revisions) expect(rev.body).not.toMatch(/<\/?[a-z][^>]*>/i)
      if (d.transcript) expect(d.transcript.text).not.toMatch(/<\/?[a-z][^>]*>/i)
    }
  })
})

describe('sample library: people', () => {
  it('has unique names and valid records', () => {
    const names = SAMPLE_PEOPLE.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const [i, p] of SAMPLE_PEOPLE.entries()) {
      expect(() => PersonSchema.parse({ ...p, id: `person-${i}` })).not.toThrow()
    }
  })

  it("records the expert's ambassador connection and the nutritionist's unrelated credential", () => {
    const expert = SAMPLE_PEOPLE.find((p) => p.name === 'Rosalind Achterberg')
    expect(expert?.connections).toContainEqual(
      expect.objectContaining({ brand: 'Orrenby', kind: 'ambassador' }),
    )
    const nutritionist = SAMPLE_PEOPLE.find((p) => p.name === 'Priya Castellane')
    expect(nutritionist?.credentials.join(' ')).toMatch(/nutrition/i)
    expect(nutritionist?.credentials.join(' ')).not.toMatch(/dermatolog/i)
  })

  it('names everyone the feature quotes or credits', () => {
    const names = SAMPLE_PEOPLE.map((p) => p.name)
    for (const n of ['Rosalind Achterberg', 'Priya Castellane', 'Hattie Brennock', 'Ode Marlowe'])
      expect(names).toContain(n)
  })
})
