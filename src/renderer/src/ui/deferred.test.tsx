import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deferred } from './deferred'

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

describe('deferred', () => {
  it('shows the fallback, then the component; once loaded it renders directly', async () => {
    const part = deferred(
      () => Promise.resolve(Hello),
      ({ name }) => <p>Loading {name}</p>,
    )
    const first = render(<part.Component name="Ana" />)
    expect(screen.getByText('Loading Ana')).toBeTruthy()
    expect(await screen.findByText('Hello Ana')).toBeTruthy()
    first.unmount()
    render(<part.Component name="Ben" />)
    expect(screen.getByText('Hello Ben')).toBeTruthy()
  })

  it('says so when its code cannot be fetched, and tries again on the next use', async () => {
    let fail = true
    const part = deferred(() =>
      fail ? Promise.reject(new Error('host gone')) : Promise.resolve(Hello),
    )
    await expect(part.preload()).resolves.toBeUndefined()
    const first = render(<part.Component name="Ana" />)
    expect((await screen.findByRole('alert')).textContent).toMatch(/host is not answering/)
    first.unmount()
    fail = false
    render(<part.Component name="Ben" />)
    expect(await screen.findByText('Hello Ben')).toBeTruthy()
  })
})
