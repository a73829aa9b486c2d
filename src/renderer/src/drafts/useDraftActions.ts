import { useCallback } from 'react'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import type { DraftRecord } from '@shared/domain'
import { call } from '../api/call'
import { useApi } from '../api/context'
import { toApiError } from '../api/errors'
import { useNotices } from '../app/notices'

export interface DraftActions {
  readonly rename: (id: string, title: string) => Promise<boolean>
  readonly setArchived: (id: string, archived: boolean) => Promise<boolean>
  readonly trash: (id: string) => Promise<boolean>
  readonly restore: (id: string) => Promise<boolean>
  readonly deleteForever: (id: string) => Promise<boolean>
}

/**
 * The library's actions on one draft. Each reports a refusal as a notice in the host's own
 * words and resolves to whether it worked; `onDone` reloads what shows the draft.
 */
export function useDraftActions(onDone: () => void): DraftActions {
  const api = useApi()
  const { push } = useNotices()

  const run = useCallback(
    async <C extends ChannelName>(
      channel: C,
      input: ChannelInput<C>,
      failure: string,
      success?: (value: ChannelOutput<C>) => string,
    ): Promise<boolean> => {
      try {
        const value = await call(api, channel, input)
        if (success) push({ tone: 'success', title: success(value) })
        return true
      } catch (e) {
        push({ tone: 'error', title: failure, message: toApiError(e).message })
        return false
      } finally {
        onDone()
      }
    },
    [api, push, onDone],
  )

  const named = (d: DraftRecord) => `“${d.title}”`
  return {
    rename: (id, title) =>
      run(
        'drafts:rename',
        { id, title },
        'The draft was not renamed',
        (d) => `Renamed to ${named(d)}`,
      ),
    setArchived: (id, archived) =>
      run(
        'drafts:archive',
        { id, archived },
        archived ? 'The draft was not archived' : 'The draft was not unarchived',
        (d) => (archived ? `Archived ${named(d)}` : `${named(d)} is back among the active drafts`),
      ),
    trash: (id) =>
      run(
        'drafts:trash',
        { id },
        'The draft was not moved to the trash',
        (d) => `Moved ${named(d)} to the trash`,
      ),
    restore: (id) =>
      run(
        'drafts:restore',
        { id },
        'The draft was not restored',
        // A draft archived before it was trashed goes back to Archived: say where it went.
        (d) =>
          `Restored ${named(d)} to ${d.archivedAt === null ? 'the active drafts' : 'Archived'}`,
      ),
    deleteForever: (id) =>
      run('drafts:deleteForever', { id }, 'The draft was not deleted', () => 'Deleted for good'),
  }
}
