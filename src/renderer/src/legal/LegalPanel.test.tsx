import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { LegalView } from '@shared/channels/legal'
import type { Profile } from '@shared/domain'
import { ApiProvider } from '../api/context'
import { NoticesProvider } from '../app/notices'
import { ProfileProvider, useProfile } from '../profile/context'
import { fakeApi, Refusal, type FakeReplies } from '../test/fakeApi'
import { LegalPanel } from './LegalPanel'

const HASH = 'a'.repeat(64)

function view(over: Partial<LegalView> = {}): LegalView {
  return {
    revisionId: 'r4',
    revisionNumber: 4,
    subject: '',
    needsSignoff: true,
    disclosures: [
      {
        start: 10,
        end: 50,
        text: 'Dr. Achterberg works with Orrenby.',
        kind: 'material-connection',
        wording: 'clear',
        brands: ['Orrenby'],
      },
    ],
    brands: [{ name: 'Orrenby', sources: ['person', 'text'], mentions: [{ start: 30, end: 37 }] }],
    endorsements: [
      {
        start: 60,
        end: 90,
        kind: 'connected-quote',
        text: 'I often suggest the Orrenby serum',
        brand: 'Orrenby',
        person: 'Rosalind Achterberg',
        covered: true,
      },
    ],
    findings: [
      {
        id: 'material-connection-undisclosed:abc',
        rule: 'material-connection-undisclosed',
        title: 'Endorsement by a connected person without a close disclosure',
        severity: 'error',
        message:
          'Rosalind Achterberg (ambassador of Orrenby) endorses Orrenby; the disclosure is 5 paragraphs away.',
        start: 60,
        end: 90,
        accepted: null,
      },
    ],
    signoff: {
      record: {
        id: 'so-1',
        revisionId: 'r3',
        by: 'Lena Legal',
        role: 'legal',
        at: '2026-03-01T10:00:00.000Z',
        decision: 'approve',
        comment: 'Fine.',
        bodyHash: HASH,
        passages: [],
      },
      revisionNumber: 3,
      stale: true,
      changed: [
        {
          key: 'disclosure-1',
          role: 'disclosure',
          oldText: 'Dr. Achterberg is a paid ambassador for Orrenby.',
          newText: 'Dr. Achterberg works with Orrenby.',
          range: { start: 10, end: 50 },
          diff: [
            { type: 'equal', text: 'Dr. Achterberg ' },
            { type: 'delete', text: 'is a paid ambassador for' },
            { type: 'insert', text: 'works with' },
            { type: 'equal', text: ' Orrenby.' },
          ],
        },
      ],
      intact: true,
    },
    history: [
      {
        id: 'so-1',
        revisionId: 'r3',
        by: 'Lena Legal',
        role: 'legal',
        at: '2026-03-01T10:00:00.000Z',
        decision: 'approve',
        comment: 'Fine.',
        bodyHash: HASH,
        revisionNumber: 3,
      },
    ],
    readiness: {
      ready: false,
      items: [
        {
          area: 'disclosures',
          severity: 'error',
          message: 'Legal sign-off is stale: signed text has changed since; re-sign',
        },
      ],
      clear: { claims: true, quotes: true, disclosures: false },
      transcripts: { checked: 0, note: null },
      suggestions: { open: 0, block: false, listed: 0 },
    },
    ...over,
  }
}

function setup(profile: Profile, extra: FakeReplies = {}) {
  const api = fakeApi({
    'legal:get': () => view(),
    'profile:get': () => profile,
    'app:info': () => ({ version: 't', mode: 'browser', libraryPath: '/lib', problems: [] }),
    ...extra,
  })
  render(
    <ApiProvider api={api}>
      <NoticesProvider>
        <ProfileProvider>
          <LegalPanel
            draftId="d1"
            revisionId="r4"
            status="in-review"
            readOnly={false}
            article={null}
          />
        </ProfileProvider>
      </NoticesProvider>
    </ApiProvider>,
  )
  return api
}

describe('LegalPanel', () => {
  it('shows findings with rule, severity and explanation, and a stale sign-off with its word diff', async () => {
    setup({ name: 'Lena Legal', role: 'legal' })
    const findings = await screen.findByRole('region', { name: 'Findings' })
    expect(within(findings).getByText('Error')).toBeTruthy()
    expect(within(findings).getByText('material-connection-undisclosed')).toBeTruthy()
    expect(within(findings).getByText(/disclosure is 5 paragraphs away/)).toBeTruthy()
    const status = screen.getByText('Sign-off is stale').closest('.legal-status') as HTMLElement
    expect(status.querySelector('del')?.textContent).toBe('is a paid ambassador for')
    expect(status.querySelector('ins')?.textContent).toBe('works with')
    // The words of the deletion and the insertion do not run together.
    expect(status.querySelector('.legal-diff')?.textContent).toBe(
      'Dr. Achterberg is a paid ambassador for works with Orrenby.',
    )
    expect(screen.getByRole('button', { name: /Can this go out\? 1 blocking/ })).toBeTruthy()
  })

  it('disables the sign-off form for a non-legal profile, with the reason', async () => {
    setup({ name: 'Eda Editor', role: 'editor' })
    const button = await screen.findByRole('button', { name: 'Re-sign revision 4' })
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true))
    expect(screen.getByText(/Only a profile with the Legal role can sign off/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Accept…' })).toBeNull()
  })

  it('signs the current revision as legal, and shows main’s refusal in its words', async () => {
    let refuse = true
    const api = setup(
      { name: 'Lena Legal', role: 'legal' },
      {
        'legal:signoff': () => {
          if (refuse) {
            throw new Refusal(
              'forbidden-role',
              'Only a profile with the Legal role can sign off disclosures; you are working as Eda Editor (Editor).',
            )
          }
          return { ...view().signoff!.record, id: 'so-2', revisionId: 'r4' }
        },
      },
    )
    const user = userEvent.setup()
    const button = await screen.findByRole('button', { name: 'Re-sign revision 4' })
    // Nothing is pre-selected: no decision, no sign-off.
    expect((screen.getByRole('radio', { name: 'Approve' }) as HTMLInputElement).checked).toBe(false)
    expect((button as HTMLButtonElement).disabled).toBe(true)
    // Approving beside an open error asks for an explicit acknowledgement first.
    await user.click(screen.getByRole('radio', { name: 'Approve' }))
    expect((button as HTMLButtonElement).disabled).toBe(true)
    await user.click(screen.getByRole('checkbox', { name: /I have read the 1 open error finding/ }))
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
    await user.click(button)
    expect((await screen.findByRole('alert')).textContent).toMatch(/you are working as Eda Editor/)
    refuse = false
    await user.click(screen.getByRole('radio', { name: 'Request changes' }))
    await user.type(screen.getByRole('textbox', { name: /Comment/ }), 'Say paid ambassador.')
    await user.click(button)
    await waitFor(() => expect(api.inputs('legal:signoff')).toHaveLength(2))
    expect(api.inputs('legal:signoff')[1]).toEqual({
      draftId: 'd1',
      revisionId: 'r4',
      decision: 'request-changes',
      comment: 'Say paid ambassador.',
    })
  })

  it('never shows an approval beside an open error as signed off in green', async () => {
    const signoff = view().signoff!
    setup(
      { name: 'Lena Legal', role: 'legal' },
      {
        'legal:get': () =>
          view({
            signoff: { ...signoff, record: { ...signoff.record, revisionId: 'r4' }, stale: false },
          }),
      },
    )
    const title = await screen.findByText('Signed off, with 1 open error finding')
    const status = title.closest('.legal-status') as HTMLElement
    expect(status.classList.contains('legal-status-signed')).toBe(false)
    expect(status.classList.contains('legal-status-changes')).toBe(true)
  })

  it('follows a role switch at once: the form and the accept buttons are disabled', async () => {
    const user = userEvent.setup()
    let stored: Profile = { name: 'Lena Legal', role: 'legal' }
    const api = fakeApi({
      'legal:get': () => view(),
      'profile:get': () => stored,
      'profile:set': (p) => (stored = p),
    })
    function Switch() {
      const { save } = useProfile()
      return (
        <button type="button" onClick={() => void save({ name: 'Lena Legal', role: 'editor' })}>
          Switch to editor
        </button>
      )
    }
    render(
      <ApiProvider api={api}>
        <NoticesProvider>
          <ProfileProvider>
            <Switch />
            <LegalPanel
              draftId="d1"
              revisionId="r4"
              status="in-review"
              readOnly={false}
              article={null}
            />
          </ProfileProvider>
        </NoticesProvider>
      </ApiProvider>,
    )
    await screen.findByRole('button', { name: 'Accept…' })
    await user.click(screen.getByRole('radio', { name: 'Request changes' }))
    expect(
      (screen.getByRole('button', { name: 'Re-sign revision 4' }) as HTMLButtonElement).disabled,
    ).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Switch to editor' }))
    await waitFor(() =>
      expect(
        (screen.getByRole('button', { name: 'Re-sign revision 4' }) as HTMLButtonElement).disabled,
      ).toBe(true),
    )
    // Disabled by its fieldset, which the property does not reflect.
    expect(screen.getByRole('radio', { name: 'Request changes' }).matches(':disabled')).toBe(true)
    expect(screen.queryByRole('button', { name: 'Accept…' })).toBeNull()
    expect(screen.getByText(/You are working as Lena Legal \(Editor\)/)).toBeTruthy()
  })

  it('opens publish readiness and shows the gate’s refusal when marking ready', async () => {
    const api = setup(
      { name: 'Eda Editor', role: 'editor' },
      {
        'drafts:updateMeta': () => {
          throw new Refusal(
            'conflict',
            'This draft cannot be marked ready yet: 1 blocking item in disclosures.',
          )
        },
      },
    )
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: /Can this go out\?/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Can this go out?' })
    expect(within(dialog).getByText(/Legal sign-off is stale/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Mark ready' }))
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /cannot be marked ready yet/,
    )
    expect(api.inputs('drafts:updateMeta')).toEqual([{ id: 'd1', status: 'ready' }])
  })

  it('counts every open suggestion that blocks, and says when only the first are listed', async () => {
    // A long draft's answer lists the first 500 of its open suggestions (the Claims tab has all).
    const base = view()
    const suggestion = (n: number) => ({
      area: 'claims' as const,
      severity: 'error' as const,
      kind: 'suggestion' as const,
      message: `Suggested claim never accepted or dismissed: “Sales rose ${n} percent”`,
      start: n,
      end: n + 1,
    })
    const long = view({
      readiness: {
        ...base.readiness,
        items: [...base.readiness.items, ...Array.from({ length: 500 }, (_, n) => suggestion(n))],
        clear: { claims: false, quotes: true, disclosures: false },
        suggestions: { open: 1_200, block: true, listed: 500 },
      },
    })
    setup({ name: 'Lena Legal', role: 'legal' }, { 'legal:get': () => long })
    const user = userEvent.setup()
    // 1 stale sign-off + 1,200 suggestions, not the 501 items listed.
    await user.click(await screen.findByRole('button', { name: 'Can this go out? 1201 blocking' }))
    const dialog = await screen.findByRole('dialog', { name: 'Can this go out?' })
    expect(within(dialog).getByText('Not yet: 1201 blocking items.')).toBeTruthy()
    expect(
      within(dialog).getByText(
        'The first 500 of 1,200 are listed here; the Claims tab lists them all.',
      ),
    ).toBeTruthy()
  })

  it('sets the subject the credentials check uses, and reloads the findings', async () => {
    let subject = ''
    const api = setup(
      { name: 'Eda Editor', role: 'editor' },
      {
        'legal:get': () => view({ subject }),
        'legal:setSubject': (input) => {
          subject = input.subject.trim()
          return { subject }
        },
      },
    )
    const user = userEvent.setup()
    const field = await screen.findByRole('textbox', { name: 'Subject of the piece' })
    const save = screen.getByRole('button', { name: 'Save subject' })
    expect((save as HTMLButtonElement).disabled).toBe(true)
    await user.type(field, 'skincare')
    await user.click(save)
    await waitFor(() =>
      expect(api.inputs('legal:setSubject')).toEqual([{ draftId: 'd1', subject: 'skincare' }]),
    )
    await waitFor(() => expect(api.inputs('legal:get').length).toBeGreaterThan(1))
    const saved = await screen.findByRole('textbox', { name: 'Subject of the piece' })
    expect((saved as HTMLInputElement).value).toBe('skincare')
    const again = screen.getByRole('button', { name: 'Save subject' })
    expect((again as HTMLButtonElement).disabled).toBe(true)
  })

  it('says no sign-off is needed when the revision has nothing to disclose', async () => {
    setup(
      { name: 'Eda Editor', role: 'editor' },
      { 'legal:get': () => view({ signoff: null, history: [], needsSignoff: false }) },
    )
    expect(
      await screen.findByText(/None needed for now: this revision has nothing to disclose/),
    ).toBeTruthy()
  })
})
