import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Profile } from '@shared/domain'
import { ApiProvider } from '../api/context'
import { fakeApi } from '../test/fakeApi'
import { ProfileProvider, useCurrentProfile, useProfile } from './context'

function Name({ label }: { label: string }) {
  const p = useCurrentProfile()
  return <p aria-label={label}>{p ? `${p.name} (${p.role})` : 'nobody'}</p>
}

function SaveButton({ next }: { next: Profile }) {
  const { save } = useProfile()
  return (
    <button type="button" onClick={() => void save(next)}>
      Save
    </button>
  )
}

function setup(first: Profile | null) {
  let stored = first
  const api = fakeApi({
    'profile:get': () => stored,
    'profile:set': (p) => (stored = p),
  })
  render(
    <ApiProvider api={api}>
      <ProfileProvider>
        <Name label="header" />
        <Name label="claims" />
        <SaveButton next={{ name: 'Lena Legal', role: 'legal' }} />
      </ProfileProvider>
    </ApiProvider>,
  )
  return {
    api,
    setStored: (p: Profile) => {
      stored = p
    },
  }
}

const text = (label: string) => screen.getByLabelText(label).textContent

describe('ProfileProvider', () => {
  it('loads the profile once for every view below it', async () => {
    const { api } = setup({ name: 'Rita Checker', role: 'fact-checker' })
    await waitFor(() => expect(text('header')).toBe('Rita Checker (fact-checker)'))
    expect(text('claims')).toBe('Rita Checker (fact-checker)')
    expect(api.inputs('profile:get')).toHaveLength(1)
  })

  it('shows a saved profile everywhere at once and reads it again', async () => {
    const { api } = setup(null)
    await waitFor(() => expect(api.inputs('profile:get')).toHaveLength(1))
    expect(text('claims')).toBe('nobody')
    act(() => screen.getByRole('button', { name: 'Save' }).click())
    await waitFor(() => expect(text('claims')).toBe('Lena Legal (legal)'))
    expect(text('header')).toBe('Lena Legal (legal)')
    expect(api.inputs('profile:set')).toEqual([{ name: 'Lena Legal', role: 'legal' }])
    await waitFor(() => expect(api.inputs('profile:get')).toHaveLength(2))
  })

  it('reads it again when the window gets focus or the whole library changed', async () => {
    const { api, setStored } = setup({ name: 'Rita Checker', role: 'fact-checker' })
    await waitFor(() => expect(text('claims')).toBe('Rita Checker (fact-checker)'))
    setStored({ name: 'Rita Checker', role: 'editor' })
    act(() => void window.dispatchEvent(new Event('focus')))
    await waitFor(() => expect(text('claims')).toBe('Rita Checker (editor)'))
    setStored({ name: 'Rita Checker', role: 'legal' })
    act(() => api.emit('library:changed', { draftId: 'd1', reason: 'saved' }))
    act(() => api.emit('library:changed', { draftId: null, reason: 'restored' }))
    await waitFor(() => expect(text('claims')).toBe('Rita Checker (legal)'))
    expect(api.inputs('profile:get')).toHaveLength(3)
  })

  it('says what is missing when used outside a provider', () => {
    expect(() => render(<Name label="alone" />)).toThrow(/ProfileProvider/)
  })
})
