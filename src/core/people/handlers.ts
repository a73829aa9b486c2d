import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { draftDetail } from '../drafts/service'
import { deletePerson, listPeople, savePerson } from './service'

type PeopleChannel = Extract<ChannelName, `people:${string}`>

/** The people register, shared by every draft of the library. */
export function peopleHandlers({ library }: HandlerContext): Pick<Handlers, PeopleChannel> {
  /** Records a register change in the audit trail of the draft it was made from. */
  const audit = async (
    draftId: string | undefined,
    entry: { action: string; target: string; before?: unknown; after?: unknown },
  ) => {
    if (!draftId) return
    await library.store.update(draftId, 'people', (_file, _current, sink) => sink(entry))
  }
  /** The draft to audit in (not-found before any change); a draft in the trash takes no writes. */
  const auditTarget = (draftId: string | undefined) =>
    draftId && draftDetail(library, draftId).draft.trashedAt === null ? draftId : undefined
  return {
    'people:list': async () => ({
      people: [...listPeople(library)].sort((a, b) => a.name.localeCompare(b.name)),
    }),
    'people:save': async ({ person, draftId }) => {
      const target = auditTarget(draftId)
      const { before, after } = await savePerson(library, person)
      await audit(target, { action: 'person.save', target: `person/${after.id}`, before, after })
      return after
    },
    'people:delete': async ({ id, draftId }) => {
      const target = auditTarget(draftId)
      const gone = await deletePerson(library, id)
      await audit(target, { action: 'person.delete', target: `person/${id}`, before: gone })
      return { ok: true as const }
    },
  }
}
