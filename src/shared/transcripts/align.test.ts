import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- test fixture: the sample article the app ships
import { SAMPLE_DRAFTS } from '../../core/sample/content'
import { detectQuotes } from '../quotes/detect'
import { alignQuote, alignQuotes, parseTranscript } from './align'

const draft = SAMPLE_DRAFTS[0]!
const transcript = parseTranscript(draft.transcript?.text ?? '', 'txt')

describe('parseTranscript', () => {
  it('reads NAME: labels into turns', () => {
    expect(transcript.segments[0]?.speaker).toBeNull()
    expect(transcript.segments[2]?.speaker).toBe('Rosalind Achterberg')
    for (const s of transcript.segments) expect(transcript.text.slice(s.start, s.end)).toBe(s.text)
  })

  it('reads VTT voices and merges a voice over cues', () => {
    const vtt = `WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Ana Ruiz>Sunscreen every day,

2
00:00:03.000 --> 00:00:05.000
<v Ana Ruiz>rain or shine.

3
00:00:05.000 --> 00:00:06.000
<v Tom>Thanks.`
    const t = parseTranscript(vtt, 'vtt')
    expect(t.segments.map((s) => [s.speaker, s.text])).toEqual([
      ['Ana Ruiz', 'Sunscreen every day, rain or shine.'],
      ['Tom', 'Thanks.'],
    ])
  })

  it('reads SRT numbering, timings and labels', () => {
    const srt = `1
00:00:01,000 --> 00:00:02,500
DR RUIZ: It is not a tan.

2
00:00:02,500 --> 00:00:04,000
It is damage.`
    const t = parseTranscript(srt, 'srt')
    expect(t.segments).toHaveLength(1)
    expect(t.segments[0]).toMatchObject({
      speaker: 'Dr Ruiz',
      text: 'It is not a tan. It is damage.',
    })
  })
})

describe('alignQuote', () => {
  it('labels the sample feature: the collagen quote is altered', () => {
    const body = draft.revisions[0]?.body ?? ''
    const quotes = detectQuotes(body)
    const results = alignQuotes(quotes, transcript)
    const label = (prefix: string) => results[quotes.findIndex((q) => q.text.startsWith(prefix))]
    const collagen = label('It will rebuild collagen')
    expect(collagen?.label).toBe('altered')
    expect(collagen?.speaker).toBe('Rosalind Achterberg')
    expect(collagen?.diff).toContainEqual({ kind: 'removed', text: 'can help' })
    expect(collagen?.diff).toContainEqual({ kind: 'added', text: 'will' })
    expect(label('Vellaria ferment is')?.label).toBe('exact')
    expect(label('is break the plant')?.label).toBe('trivial-edit')
    expect(label('No. Retinol')?.label).toBe('trivial-edit')
    expect(label('Fermented foods')?.label).toBe('not-found')
  })

  it('ignores case, curly marks and punctuation for trivial edits', () => {
    const t = parseTranscript(
      'ANA: Well, um, I think it’s fine for most people with normal skin, you know.',
      'txt',
    )
    expect(alignQuote('"I think it\'s fine for most people with normal skin."', t).label).toBe(
      'exact',
    )
    expect(alignQuote('i think its fine for most people with normal skin, you know', t).label).toBe(
      'trivial-edit',
    )
    expect(alignQuote('I think it is fine for most people with normal skin', t).label).toBe(
      'altered',
    )
  })

  it('says a quote that runs past where a partial transcript stops is not in it, not altered', () => {
    const quote =
      "Yes, most people can. I'd put vellaria in the morning and retinol at night, and I'd introduce them a week apart so you know which one your skin is reacting to."
    const whole = draft.transcript?.text ?? ''
    const cut = whole.indexOf('retinol at night,') + 'retinol at night,'.length
    const head = parseTranscript(whole.slice(0, cut), 'txt')
    expect(alignQuote(quote, head).label).toBe('not-found')
    // Words the transcript has, changed inside: still altered.
    const changed =
      "Yes, most people can. I'd put vellaria in the evening and retinol at night, and I'd introduce them"
    expect(alignQuote(changed, head).label).toBe('altered')
    // A gap the transcriber marked is an edge too.
    const gapped = parseTranscript(
      `${whole.slice(0, cut)} [inaudible] and that is all for today.`,
      'txt',
    )
    expect(alignQuote(quote, gapped).label).toBe('not-found')
    expect(alignQuote('and that is all for today', gapped).label).toBe('exact')
  })

  it('counts a compound written apart, together or hyphenated as the same words', () => {
    const t = parseTranscript(
      'ANA: Honestly, good skin care is mostly sunscreen and patience, every single day.',
      'txt',
    )
    for (const printed of [
      'good skincare is mostly sunscreen and patience',
      'good skin-care is mostly sunscreen and patience',
    ]) {
      const a = alignQuote(printed, t)
      expect(a.label).toBe('trivial-edit')
      expect(a.diff.every((d) => d.kind === 'same')).toBe(true)
    }
    expect(
      alignQuote('good skincare is mostly sunscreen and luck, every single day', t).label,
    ).toBe('altered')
  })
})
