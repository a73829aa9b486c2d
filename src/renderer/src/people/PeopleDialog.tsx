import { useState } from 'react'
import { UserPlus } from 'lucide-react'
import clsx from 'clsx'
import type { FoundPersonView } from '@shared/channels/quotes'
import type { PersonInput } from '@shared/channels/people'
import type { Person } from '@shared/domain'
import { mergePerson, namesakes, namesOf } from '@shared/people/namesakes'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useQuery } from '../api/useQuery'
import { useNotices } from '../app/notices'
import { connectionKindLabel } from '../quotes/labels'
import { Confirm } from '../ui/Confirm'
import { Modal } from '../ui/Modal'
import { ErrorState, Loading } from '../ui/States'
import { PersonForm } from './PersonForm'

/** A person proposed for the register (from a name found in the draft). */
export interface PersonDraft {
  readonly name: string
  readonly title: string
}

type Editing = { kind: 'person'; id: string } | { kind: 'new'; draft: PersonDraft } | null

/**
 * The people register, shared by every draft: who is quoted, their credentials and material
 * connections. Opened from the quotes panel; changes are audited in the open draft.
 */
export function PeopleDialog({
  draftId,
  proposal,
  found,
  readOnly,
  onClose,
}: {
  draftId: string
  proposal: PersonDraft | null
  found: readonly FoundPersonView[]
  readOnly: boolean
  onClose: () => void
}) {
  const api = useApi()
  const { push } = useNotices()
  const people = useQuery('people-register', () => call(api, 'people:list', {}))
  const [editing, setEditing] = useState<Editing>(
    proposal ? { kind: 'new', draft: proposal } : null,
  )
  const [busy, setBusy] = useState(false)
  const [deleting, setDeleting] = useState<Person | null>(null)
  const list = people.value?.people ?? []
  const current = editing?.kind === 'person' ? list.find((p) => p.id === editing.id) : undefined
  const proposals = found.filter((f) => namesakes(list, [f.name]).length === 0)

  const save = async (person: PersonInput) => {
    setBusy(true)
    try {
      const saved = await call(api, 'people:save', { person, draftId })
      push({ tone: 'success', title: `Saved ${saved.name} in the register` })
      people.reload()
      setEditing({ kind: 'person', id: saved.id })
    } catch (e) {
      push({ tone: 'error', title: 'The person was not saved', message: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  /** One person, one record: `form` (a new record, or the record open) goes into `into`. */
  const merge = async (into: Person, form: PersonInput) => {
    setBusy(true)
    try {
      // What the form holds joins the record that stays; a record that existed is then folded
      // in by main, which moves its quotes and transcripts over.
      const { id: _id, ...kept } = mergePerson(into, form)
      await call(api, 'people:save', { person: { ...kept, id: into.id }, draftId })
      if (form.id) await call(api, 'people:merge', { intoId: into.id, fromId: form.id, draftId })
      push({ tone: 'success', title: `Merged into ${into.name}` })
      people.reload()
      setEditing({ kind: 'person', id: into.id })
    } catch (e) {
      push({ tone: 'error', title: 'The records were not merged', message: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  const remove = async (person: Person) => {
    setBusy(true)
    try {
      await call(api, 'people:delete', { id: person.id, draftId })
      people.reload()
      setEditing(null)
    } catch (e) {
      push({ tone: 'error', title: 'The person was not removed', message: toApiError(e).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      wide
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="People register"
      description="Everyone quoted across the library: credentials, affiliations and material connections to brands."
    >
      {people.status === 'loading' ? <Loading label="Opening the register…" /> : null}
      {people.status === 'error' ? (
        <ErrorState
          title="The register could not be opened"
          error={people.error}
          onRetry={people.reload}
          retrying={people.refreshing}
        />
      ) : null}
      {people.status === 'ok' ? (
        <div className="people-layout">
          <nav className="people-nav" aria-label="People">
            {readOnly ? null : (
              <button
                type="button"
                className="button button-small"
                onClick={() => setEditing({ kind: 'new', draft: { name: '', title: '' } })}
              >
                <UserPlus aria-hidden="true" size={14} /> New person
              </button>
            )}
            <ul className="people-list">
              {list.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className={clsx('person-item', current?.id === p.id && 'is-selected')}
                    aria-current={current?.id === p.id ? 'true' : undefined}
                    onClick={() => setEditing({ kind: 'person', id: p.id })}
                  >
                    <span className="person-name">{p.name}</span>
                    {namesakes(list, namesOf(p), p.id).length > 0 ? (
                      <span className="person-duplicate">Same person as another record: merge</span>
                    ) : null}
                    <span className="person-detail">
                      {p.connections.length > 0
                        ? p.connections
                            .map((c) => `${connectionKindLabel(c.kind)}, ${c.brand}`)
                            .join(' · ')
                        : p.title || 'No title recorded'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {proposals.length > 0 && !readOnly ? (
              <>
                <p className="people-nav-label">Named in this draft</p>
                <ul className="people-list">
                  {proposals.map((f) => (
                    <li key={f.name}>
                      <button
                        type="button"
                        className="person-item person-proposal"
                        onClick={() =>
                          setEditing({
                            kind: 'new',
                            draft: { name: f.name, title: f.titles.join('; ') },
                          })
                        }
                      >
                        <span className="person-name">
                          <UserPlus aria-hidden="true" size={13} /> {f.name}
                        </span>
                        <span className="person-detail">
                          {f.titles[0] ?? `${f.mentions} mentions`} · add to register
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </nav>
          <div className="people-detail">
            {editing?.kind === 'new' ? (
              <PersonForm
                key={`new-${editing.draft.name}`}
                person={editing.draft}
                register={list}
                busy={busy}
                readOnly={readOnly}
                onSave={(p) => void save(p)}
                onOpen={(other) => setEditing({ kind: 'person', id: other.id })}
                onMerge={(other, form) => void merge(other, form)}
                onDelete={null}
                onCancel={() => setEditing(null)}
              />
            ) : current ? (
              <PersonForm
                // A record changed under the form (saved, merged) is shown afresh.
                key={JSON.stringify(current)}
                person={current}
                register={list}
                busy={busy}
                readOnly={readOnly}
                onSave={(p) => void save(p)}
                onOpen={(other) => setEditing({ kind: 'person', id: other.id })}
                onMerge={(other, form) => void merge(other, form)}
                onDelete={() => setDeleting(current)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <p className="people-hint">
                Choose a person to see or edit their record
                {readOnly ? '' : ', or add someone new'}.
              </p>
            )}
          </div>
        </div>
      ) : null}
      <Confirm
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={`Remove ${deleting?.name ?? 'this person'} from the register?`}
        description="Quotes keep the name as printed; flags that came from this record go away."
        confirmLabel="Remove"
        danger
        onConfirm={() => {
          if (deleting) void remove(deleting)
          setDeleting(null)
        }}
      />
    </Modal>
  )
}
