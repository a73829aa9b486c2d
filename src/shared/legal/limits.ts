import type { BrandFamily } from '../language/brands'
import { familiesIn } from '../language/brands'
import type { DocParagraph } from '../language/document'
import { SPEECH_VERBS } from '../language/lexicon'
import { postedBy } from '../quotes/speakers'
import type { TextRange } from './domain'
import type { SlotContext } from './slots'
import type { Statement } from './statements'

/**
 * What the disclosure checks cannot read, said out loud instead of reported as nothing: text
 * in another language, disclosures inside images, embedded posts and videos, and quotation
 * marks the quotes engine did not read as quotes (so their speaker and any endorsement in them
 * went unchecked). Each limit is one info finding.
 */
export interface Limit extends TextRange {
  readonly key: string
  readonly message: string
}

/** Common English words: running English text is about a third of them. */
const ENGLISH = new Set(
  'the a an and or but of to in on at by for with from as is are was were be been has have had it its this that these those he she they we you i his her their our your not no so if then than there which who what when where how all any more most some such can will would should could may might do does did just also only into over about after before up out one two'.split(
    ' ',
  ),
)

const letters = (s: string) => s.match(/\p{L}+/gu) ?? []

/** Whether a paragraph reads as another language: few English function words, or another script. */
export function foreignParagraph(p: DocParagraph): boolean {
  // A web address is no language: "Lab page: https://uni.example/lab" is a short English label.
  const text = p.setting.links.length > 0 ? p.text.replace(WEB_ADDRESS, ' ') : p.text
  const other = OTHER_SCRIPT.test(text)
  // With nothing but ASCII and English punctuation (most paragraphs) the letters are A–Z: the
  // words are read lower-cased without a Unicode-property scan (the same words, 1 % of `galley
  // check` on real writing).
  const words = other ? letters(text) : (text.toLowerCase().match(/[a-z]+/g) ?? [])
  if (words.length < 8) return false
  // Letters of another script are counted only when there is one: counting every letter of
  // every paragraph made a list of each (about 0.3 s over 5,000,000 characters).
  if (other) {
    const latin = text.replace(NOT_LATIN, '').length
    const all = text.replace(NOT_LETTER, '').length
    if (all > 0 && latin / all < 0.5) return true
  }
  let common = 0
  for (const w of words) if (ENGLISH.has(other ? w.toLowerCase() : w)) common++
  return common / words.length < 0.08
}

/**
 * A character that may be a letter of another script: anything but ASCII and the punctuation
 * English text uses (a scan with a class per character; a Unicode-property test on every
 * paragraph took as long as the counting it spares).
 */
const OTHER_SCRIPT = /[^\t\n\r\x20-\x7e\u00a0\u2010-\u2015\u2018-\u201f\u2026\u00a3\u20ac\u00b0]/
const NOT_LATIN = /\P{Script=Latin}+/gu
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"]+/g
const NOT_LETTER = /\P{L}+/gu

const DISCLOSURE_WORDS =
  /\b(?:ad|ads|advert\w*|sponsor\w*|paid|partner\w*|gift\w*|affiliate\w*|commission\w*|promot\w*|collab\w*)\b|#\w+/i

/** Images: Markdown `![alt](…)` and the "[image: alt]" placeholders imports leave. */
function images(body: string): { range: TextRange; alt: string }[] {
  const out: { range: TextRange; alt: string }[] = []
  const re =
    /!\[([^\]\n]*)\]\([^)\n]*\)|\\?\[(?:image|img|photo|picture|graphic)\s*:\s*([^\]\n]*)\\?\]/gi
  for (let m = re.exec(body); m; m = re.exec(body))
    out.push({
      range: { start: m.index, end: m.index + m[0].length },
      alt: (m[1] ?? m[2] ?? '').trim(),
    })
  return out
}

/** Embedded posts, videos and frames an import leaves as a placeholder. */
const EMBED =
  /\\?\[(?:video|embed|embedded|tweet|instagram|tiktok|youtube|iframe|audio|podcast|social)[^\]\n]*\\?\]|<iframe\b[^>]*>/gi

/** Quotation-mark pairs by style, for passages the quotes engine did not read. */
const QUOTE_STYLES: readonly { name: string; re: RegExp }[] = [
  { name: '“curly double”', re: /“([^”\n]{12,})”/g },
  { name: '"straight double"', re: /(?<![\p{L}\p{N}])"([^"\n]{12,})"/gu },
  { name: '‘curly single’', re: /(?<![\p{L}\p{N}])‘([^’\n]{12,}?)’(?![\p{L}\p{N}])/gu },
  { name: '«guillemet»', re: /[«‹]([^»›\n]{12,})[»›]/g },
  { name: '„low-high“', re: /„([^“”\n]{12,})[“”]/g },
  { name: '「corner」', re: /[「『]([^」』\n]{6,})[」』]/g },
  // Dialogue introduced by a dash, as in many European styles: "— It works, says Ana."
  { name: 'dialogue-dash', re: /^[ \t]*[—–―][ \t]*([^\n]{12,})/gm },
]

/**
 * Whether a range overlaps any of `ranges`: ranges sorted by start once, with the furthest end
 * so far, so each question is a binary search (a long draft has tens of thousands of quotes).
 */
function overlapsAny(ranges: readonly TextRange[]): (r: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  let far = -Infinity
  for (const q of sorted) reach.push((far = Math.max(far, q.end)))
  return (r) => {
    // The ranges starting before r ends: the last of them is at `lo - 1`.
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as TextRange).start < r.end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && (reach[lo - 1] as number) > r.start
  }
}

export interface LimitInput {
  readonly ctx: SlotContext
  readonly body: string
  readonly statements: readonly Statement[]
  readonly families: readonly BrandFamily[]
  /** Whether the piece has anything a disclosure must cover. */
  readonly endorsed: boolean
}

/** The limits of this analysis for one body, as info findings. */
export function analysisLimits(input: LimitInput): Limit[] {
  const { ctx, body, statements, families } = input
  const out: Limit[] = []
  const paras = ctx.doc.paragraphs

  // Another language.
  const foreign = paras.filter((p) => p.role !== 'links' && foreignParagraph(p))
  for (let i = 0; i < foreign.length;) {
    const first = foreign[i] as DocParagraph
    let j = i
    while (j + 1 < foreign.length && (foreign[j + 1]?.index ?? 0) === (foreign[j]?.index ?? 0) + 1)
      j++
    const last = foreign[j] as DocParagraph
    const which =
      first === last
        ? `Paragraph ${first.index + 1} does`
        : `Paragraphs ${first.index + 1}–${last.index + 1} do`
    out.push({
      key: `language|${first.index}`,
      start: first.start,
      end: last.end,
      message: `${which} not read as English, so Galley did not look for disclosures or endorsements there; have someone who reads the language check it.`,
    })
    i = j + 1
  }

  // Images: a disclosure in alt text, and what a picture may show.
  const pics = images(body)
  for (const img of pics) {
    if (!DISCLOSURE_WORDS.test(img.alt)) continue
    out.push({
      key: `image|${img.alt.toLowerCase().slice(0, 60)}`,
      ...img.range,
      message: `An image’s description (“${img.alt.slice(0, 60)}”) reads like a disclosure, but Galley cannot see the picture and many readers never see the description; make sure the disclosure is also in the text.`,
    })
  }
  if (pics.length > 0 && input.endorsed) {
    const first = pics[0]?.range ?? { start: 0, end: 0 }
    out.push({
      key: 'images',
      ...first,
      message: `Galley cannot read text inside the piece’s ${pics.length === 1 ? 'image' : `${pics.length} images`}, so a disclosure or an endorsement shown only in a picture was not checked.`,
    })
  }

  // Embeds.
  for (let m = EMBED.exec(body); m; m = EMBED.exec(body)) {
    out.push({
      key: `embed|${m[0].toLowerCase().slice(0, 40)}`,
      start: m.index,
      end: m.index + m[0].length,
      message: `The embedded post or video here (“${m[0].slice(0, 40)}”) cannot be read, so a disclosure or an endorsement inside it was not checked.`,
    })
  }
  EMBED.lastIndex = 0

  // Quotation marks the quotes engine did not read as quotes.
  const read = overlapsAny(ctx.quotes)
  for (const style of QUOTE_STYLES) {
    const missed: { range: TextRange; text: string; brand: boolean }[] = []
    let readCount = 0
    style.re.lastIndex = 0
    for (let m = style.re.exec(body); m; m = style.re.exec(body)) {
      const inner = m[1] ?? ''
      const at = m.index + m[0].length - inner.length
      const range = { start: at, end: at + inner.length }
      if (inner.trim().split(/\s+/).length < 4) continue
      if (read(range)) {
        readCount++
        continue
      }
      // A passage that is itself a disclosure was read as one.
      if (statements.some((s) => s.start < range.end && range.start < s.end)) continue
      const brand = familiesIn(ctx.doc, families, range.start, range.end).length > 0
      missed.push({ range, text: inner, brand })
    }
    // A style the engine reads elsewhere: what it left out are titles and scare quotes.
    const dialogue = style.name === 'dialogue-dash'
    if (dialogue) {
      // Speech, not a dash before a list item or a credit: a verb of saying in it ("— Posted by
      // Ruby Okafor" credits the post above).
      const spoken = missed.filter(
        (x) =>
          !postedBy(x.text) &&
          x.text
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((w) => SPEECH_VERBS.has(w)),
      )
      missed.length = 0
      missed.push(...spoken)
    }
    if (
      readCount > 0 ||
      missed.length === 0 ||
      (missed.length < 2 && !dialogue && !missed.some((x) => x.brand))
    )
      continue
    const first = missed.find((x) => x.brand) ?? missed[0]
    if (!first) continue
    out.push({
      key: `quotes|${style.name}`,
      ...first.range,
      message: `Galley did not read ${missed.length === 1 ? 'this passage' : `${missed.length} passages`} ${style.name === 'dialogue-dash' ? 'of speech introduced by a dash' : `in ${style.name} quotation marks`} as ${missed.length === 1 ? 'a quote' : 'quotes'} (the first: “${first.text.slice(0, 50)}${first.text.length > 50 ? '…' : ''}”), so who says ${missed.length === 1 ? 'it' : 'them'}, and any endorsement in ${missed.length === 1 ? 'it' : 'them'}, was not checked.`,
    })
  }
  return out
}
