import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addressParts, RemoteAddress, TextWithAddresses } from './RemoteAddress'

const LONG = 'http://127.0.0.1:54321/git/newsroom-features-desk-2026-long-repository-name.git'

describe('a repository address on screen', () => {
  it('is cut after each slash of its path, never inside the scheme', () => {
    expect(addressParts(LONG)).toEqual([
      'http://127.0.0.1:54321/',
      'git/',
      'newsroom-features-desk-2026-long-repository-name.git',
    ])
    expect(addressParts('https://git.example.org/')).toEqual(['https://git.example.org/'])
    expect(addressParts('not an address')).toEqual(['not an address'])
  })

  it('reads and copies as the whole address, which its title also holds', () => {
    const { container } = render(<RemoteAddress url={LONG} />)
    const el = container.querySelector('.remote-address')
    expect(el?.textContent).toBe(LONG)
    expect(el?.getAttribute('title')).toBe(LONG)
    expect(container.querySelectorAll('wbr')).toHaveLength(2)
  })

  it('in a sentence, the address without the full stop that ends it, in the sentence’s font', () => {
    const text = `The server at ${LONG} refused the token. Check it (at ${LONG}).`
    const { container } = render(
      <p>
        <TextWithAddresses text={text} />
      </p>,
    )
    expect(container.textContent).toBe(text)
    const shown = [...container.querySelectorAll('.remote-address')]
    expect(shown.map((el) => el.getAttribute('title'))).toEqual([LONG, LONG])
    expect(shown.every((el) => el.classList.contains('remote-address-plain'))).toBe(true)
  })
})
