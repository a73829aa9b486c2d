import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { highlight } from './highlight'

const marks = (text: string, query: string) =>
  [...render(<p>{highlight(text, query)}</p>).container.querySelectorAll('mark')].map(
    (m) => m.textContent,
  )

describe('highlight', () => {
  it('marks every word of the query wherever it is, folding case and accents', () => {
    expect(marks('Journal of Marine Dermatology, 2024', 'marine journal')).toEqual([
      'Journal',
      'Marine',
    ])
    expect(marks('Céline said so', 'celine')).toEqual(['Céline'])
    expect(marks('Source: kelp and more kelp', 'KELP')).toEqual(['kelp', 'kelp'])
  })

  it('leaves the text as it is for a query of no word', () => {
    expect(marks('Plain words', ' - ')).toEqual([])
    expect(render(<p>{highlight('Plain words', '')}</p>).container.textContent).toBe('Plain words')
  })
})
