import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { dismissProblem, restoreBackup } from './restore'

type RecoveryChannel = Extract<ChannelName, 'library:restoreBackup' | 'library:dismissProblem'>

/** The channels that deal with quarantined files. */
export function recoveryHandlers({ library }: HandlerContext): Pick<Handlers, RecoveryChannel> {
  return {
    'library:restoreBackup': async ({ problemId }) => restoreBackup(library, problemId),
    'library:dismissProblem': async ({ problemId }) => dismissProblem(library, problemId),
  }
}
