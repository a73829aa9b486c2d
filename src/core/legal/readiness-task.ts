// One draft's list readiness as the background pass's worker thread works it out (the compute
// worker's `readiness` task, ../workers/tasks.ts): the draft read from its file with the
// library's own validated reader, the checks that can block run on it, and only the answer
// handed back. Nothing is kept, and nothing is written but what any read of a draft file of an
// older layout writes once (the `.schema-N.bak` copy kept before migrating it in memory).
import type { Person } from '@shared/domain'
import type { DraftFile } from '../storage/draft-file'
import { readDraft } from '../store/files'
import { currentRevision } from '../store/records'
import type { RosterState } from '../team/roster'
import { listReadiness, type ReadinessSource } from './view'

/** What main sends with each draft: what readiness reads of the library besides the draft. */
export interface ReadinessTaskArgs {
  /** The library folder. */
  readonly dir: string
  readonly draftId: string
  /** The people register's records as stored. */
  readonly people: readonly Person[]
  readonly roster: RosterState
  readonly suggestionsBlockReadiness: boolean
}

/** The draft's readiness (ready, and how many items block), as `listReadiness` works it out. */
export async function readinessTask(
  args: ReadinessTaskArgs,
): Promise<{ ready: boolean; blocking: number }> {
  // A file that cannot be read fails the task: main then reads the draft itself, and moves it
  // to quarantine as any read does.
  const file = (await readDraft(args.dir, args.draftId)).data
  const own = (id: string): DraftFile => {
    if (id !== args.draftId) throw new Error(`only draft ${args.draftId} is read here, not ${id}`)
    return file
  }
  const source: ReadinessSource = {
    dir: args.dir,
    store: {
      file: own,
      read: (id, fn) => {
        const f = own(id)
        return fn(f, currentRevision(f))
      },
    },
    settings: { data: { suggestionsBlockReadiness: args.suggestionsBlockReadiness } },
    people: { data: { people: [...args.people] } },
    team: { roster: args.roster },
  }
  return listReadiness(source, args.draftId)
}
