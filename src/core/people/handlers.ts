import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { draftDetail } from '../drafts/service'
import { deletePerson, mergePeople, registerPeople, savePerson } from './service'

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
      people: [...registerPeople(library)].sort((a, b) => a.name.localeCompare(b.name)),
    }),
    'people:save': async ({ person, draftId }) => {
      const target = auditTarget(draftId)
      const { before, after } = await savePerson(library, person)
      await audit(target, { action: 'person.save', target: `person/${after.id}`, before, after })
      return after
    },
    'people:merge': async ({ intoId, fromId, draftId }) => {
      const target = auditTarget(draftId)
      const { from, merged } = await mergePeople(library, intoId, fromId)
      // Quotes and transcripts that named the folded record now name the one that stays, in
      // every draft that can take a change (each records it in its own audit trail).
      // The library index lists the people each draft's quotes and transcripts name.
      const holders = [...library.store.entries()]
        .filter((e) => e.row.trashedAt === null && e.personIds.includes(fromId))
        .map((e) => e.row.id)
      for (const id of new Set([...holders, ...(target ? [target] : [])])) {
        await library.store.update(id, 'people', (file, _current, sink) => {
          for (const q of file.quotes) {
            if (q.speaker?.personId === fromId) q.speaker = { name: merged.name, personId: intoId }
          }
          for (const t of file.transcripts) if (t.personId === fromId) t.personId = intoId
          sink({ action: 'person.merge', target: `person/${intoId}`, before: from, after: merged })
        })
      }
      return merged
    },
    'people:delete': async ({ id, draftId }) => {
      const target = auditTarget(draftId)
      const gone = await deletePerson(library, id)
      await audit(target, { action: 'person.delete', target: `person/${id}`, before: gone })
      return { ok: true as const }
    },
  }
}
