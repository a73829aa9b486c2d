import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
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

  it('keeps what was typed into a part shown before its code was in, through a re-render', async () => {
    function Field({ label }: { label: string }) {
      const [value, setValue] = useState('')
      return <input aria-label={label} value={value} onChange={(e) => setValue(e.target.value)} />
    }
    const part = deferred(() => Promise.resolve(Field))
    const view = render(<part.Component label="Title" />)
    const input = (await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement
    fireEvent.change(input, { target: { value: 'Harbour costs' } })
    // The parent renders again now that the code is in: the field is the same one.
    view.rerender(<part.Component label="Title" />)
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(
      'Harbour costs',
    )
  })
})
