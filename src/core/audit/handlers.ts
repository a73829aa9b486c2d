import type { ChannelName, Handlers } from '@shared/contract'
import type { HandlerContext } from '../handlers'
import { leftOutRecords, verifyAudit } from './service'

type AuditChannel = Extract<ChannelName, `audit:${string}`>

/** A draft's audit trail and whether its hash chain still holds. */
export function auditHandlers({ library }: HandlerContext): Pick<Handlers, AuditChannel> {
  return {
    'audit:get': async ({ draftId }) =>
      library.store.read(draftId, (file) => ({
        events: structuredClone(file.audit),
        verdict: verifyAudit(file, leftOutRecords(library, draftId)),
      })),
  }
}
