import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { dismissProblem, restoreBackup } from './restore'

type RecoveryChannel = Extract<ChannelName, 'recovery:restoreBackup' | 'recovery:dismissProblem'>

/** The channels that deal with quarantined files. */
export function recoveryHandlers({ library }: HandlerContext): Pick<Handlers, RecoveryChannel> {
  return {
    'recovery:restoreBackup': async ({ problemId }) => restoreBackup(library, problemId),
    'recovery:dismissProblem': async ({ problemId }) => dismissProblem(library, problemId),
  }
}
