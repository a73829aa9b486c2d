import { useCallback } from 'react'
import type { ChannelInput, ChannelName } from '@shared/contract'
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
    ): Promise<boolean> => {
      try {
        await call(api, channel, input)
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

  return {
    rename: (id, title) => run('drafts:rename', { id, title }, 'The draft was not renamed'),
    setArchived: (id, archived) =>
      run(
        'drafts:archive',
        { id, archived },
        archived ? 'The draft was not archived' : 'The draft was not unarchived',
      ),
    trash: (id) => run('drafts:trash', { id }, 'The draft was not moved to the trash'),
    restore: (id) => run('drafts:restore', { id }, 'The draft was not restored'),
    deleteForever: (id) => run('drafts:deleteForever', { id }, 'The draft was not deleted'),
  }
}
