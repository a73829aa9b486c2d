import { describe, expect, it } from 'vitest'
import { analyseDisclosures } from './rules'

const limits = (
  body: string,
  quotes = [] as { start: number; end: number; speaker: string | null }[],
) => analyseDisclosures({ body, quotes }).findings.filter((f) => f.rule === 'analysis-limit')

describe('what the checks cannot read, said as info', () => {
  it('names paragraphs in another language', () => {
    const body = `# Creams\n\nWe tried six night creams over a month.\n\nLa crème de nuit Norvane est très douce, et elle coûte quarante euros chez le pharmacien du coin.\n\nThe best of them was the cheapest.\n`
    const [l] = limits(body)
    expect(l?.severity).toBe('info')
    expect(l?.message).toMatch(
      /^Paragraph 3 does not read as English, so Galley did not look for disclosures or endorsements there/,
    )
    expect(body.slice(l?.start, l?.end)).toMatch(/^La crème/)
  })

  it('reads a paragraph of plain ASCII letters in another language as one, and English as English', () => {
    // No accents: the paragraph is read by the ASCII way, with the same verdict.
    const latin = `# Notes\n\nWe kept a diary of the walk.\n\nNunc est bibendum, nunc pede libero pulsanda tellus, nunc saliaribus ornare pulvinar deorum tempus erat.\n`
    expect(limits(latin).map((l) => latin.slice(l.start, l.end).slice(0, 4))).toEqual(['Nunc'])
    // English with curly quotes, dashes and a pound sign is English.
    const english = `# Notes\n\n“It was the best of the walks — and it cost £12,” she said, and we agreed with her that it was.\n`
    expect(limits(english)).toEqual([])
    // English with an accented word is still English (read the Unicode way).
    const accented = `# Notes\n\nThe café at the end of the road was the only place that was open, and we had a coffee there.\n`
    expect(limits(accented)).toEqual([])
  })

  it('does not read a labelled web address as another language, but still reads the label', () => {
    const body = `# Show notes\n\nWe talked to a baker about rye starters and about why they die.\n\n- Dr. Asante's lab page: https://lennox.example/asante\n- Harrowfield dark rye: https://harrowfield.example/dark-rye\n\n- La página del laboratorio está en español y explica cómo cuidar la masa madre: https://lennox.example/es\n`
    expect(limits(body).map((l) => body.slice(l.start, l.end).slice(0, 6))).toEqual(['- La p'])
  })

  it('says when a disclosure seems to be only in an image’s description', () => {
    const body = `# Boots\n\n![Sponsored by Fellmark](https://img.example/banner.png)\n\nThe Fellmark boots kept us dry. [Buy them](https://shop.example/fellmark?tag=x-20)\n`
    const messages = limits(body).map((l) => l.message)
    expect(
      messages.some((m) =>
        /image’s description \(“Sponsored by Fellmark”\) reads like a disclosure/.test(m),
      ),
    ).toBe(true)
    expect(messages.some((m) => /cannot read text inside the piece’s image/.test(m))).toBe(true)
  })

  it('says when a style of quotation marks was not read as quotes at all', () => {
    const body = `# Springs\n\n‘The water draws the ache out of your joints,’ says Dr. Elspeth Marr.\n\n‘People leave walking like teenagers,’ she adds.\n`
    const [l] = limits(body)
    expect(l?.message).toMatch(
      /did not read 2 passages in ‘curly single’ quotation marks as quotes/,
    )
  })

  it('says when speech introduced by a dash was not read as a quote', () => {
    const body = `# Springs\n\n— The water draws the ache out of your joints, says Dr. Elspeth Marr.\n\nThe pool is open daily.\n`
    const [l] = limits(body)
    expect(l?.message).toMatch(
      /did not read this passage of speech introduced by a dash as a quote/,
    )
  })

  it('does not take a dash line crediting a post ("— Posted by …") for speech', () => {
    const body = `# Walks\n\n> Frost on the ridge at seven.\n\n— Posted by Oona Farrell (88,000 followers)\n\n> Wet socks again.\n\n— Shared by Kit Sandoval\n`
    expect(limits(body)).toEqual([])
  })

  it('says nothing when everything was read', () => {
    const body = `# Springs\n\n“The water is warm all year,” says Dr. Elspeth Marr.\n`
    const start = body.indexOf('The water')
    expect(limits(body, [{ start, end: start + 26, speaker: 'Elspeth Marr' }])).toEqual([])
  })
})
