import type { ChannelName, Handlers } from '@shared/contract'
import { SOURCE_FILE_BYTES } from '@shared/channels/claims'
import { GalleyError } from '@shared/errors'
import { decodeBase64 } from '../base64'
import type { HandlerContext } from '../handlers'
import { newId } from '../ids'
import {
  changeClaim,
  createClaim,
  dismissSuggestion,
  exportClaims,
  listClaims,
  prepareSuggestions,
  setVerdict,
} from './service'
import { addAttachment } from '../drafts/attachments'
import { commentOnQuery, deleteQuery, resolveQuery } from './queries'

type ClaimChannel = Extract<
  ChannelName,
  `claims:${string}` | `suggestions:${string}` | `queries:${string}`
>

/** The fact-check channels over one library. */
export function claimHandlers({ library, analysis }: HandlerContext): Pick<Handlers, ClaimChannel> {
  return {
    'claims:list': async ({ draftId }) => {
      await analysis.prepare(draftId)
      await prepareSuggestions(library, draftId)
      return listClaims(library, draftId)
    },
    'claims:create': async ({ draftId, ...input }, caller) =>
      createClaim(library, draftId, input, caller),
    'claims:setVerdict': async ({ draftId, claimId, verdict, reason }, caller) =>
      setVerdict(library, draftId, claimId, verdict, reason, caller),
    'claims:update': async ({ draftId, claimId, note, assignee }) => {
      return changeClaim(library, draftId, claimId, 'claim.update', (claim) => {
        if (note !== undefined) claim.note = note
        if (assignee !== undefined) claim.assignee = assignee || null
      })
    },
    'claims:addSource': async ({ draftId, claimId, file, ...source }) => {
      // Refuse before copying anything: an unknown claim or a draft in the trash.
      library.store.read(draftId, (f) => {
        if (!f.claims.some((c) => c.id === claimId)) {
          throw new GalleyError('not-found', 'That claim is not in this draft any more.')
        }
      })
      let attachment = null
      if (file) {
        const bytes = decodeBase64(file.dataBase64)
        if (bytes.byteLength === 0) {
          throw new GalleyError(
            'unreadable-file',
            `"${file.fileName}" is empty, so there is nothing to keep as a source.`,
          )
        }
        if (bytes.byteLength > SOURCE_FILE_BYTES) {
          throw new GalleyError(
            'file-too-large',
            `"${file.fileName}" is larger than 25 MB; attach a smaller file or cite it instead.`,
          )
        }
        attachment = await addAttachment(library, draftId, file.fileName, 'source', bytes)
      }
      const claim = await changeClaim(library, draftId, claimId, 'claim.source-add', (claim) => {
        claim.sources.push({
          id: newId('s'),
          citation: source.citation,
          ...(source.url ? { url: source.url.trim() } : {}),
          ...(source.accessed ? { accessed: source.accessed } : {}),
          ...(source.note ? { note: source.note } : {}),
          ...(attachment ? { attachmentId: attachment.id } : {}),
        })
      })
      return { claim, attachment }
    },
    'claims:removeSource': async ({ draftId, claimId, sourceId }) => {
      return changeClaim(library, draftId, claimId, 'claim.source-remove', (claim) => {
        const before = claim.sources.length
        claim.sources = claim.sources.filter((s) => s.id !== sourceId)
        if (claim.sources.length === before) {
          throw new GalleyError('not-found', 'That source is not on this claim any more.')
        }
      })
    },
    'claims:comment': async ({ draftId, claimId, text }, by) => {
      return changeClaim(library, draftId, claimId, 'claim.comment', (claim) => {
        if (claim.comments.length >= 500) claim.comments.shift()
        claim.comments.push({
          id: newId('m'),
          by: by.name,
          role: by.role,
          at: new Date().toISOString(),
          text,
        })
      })
    },
    'claims:delete': async ({ draftId, claimId }) => {
      await library.store.update(draftId, 'claims', (file, _current, audit) => {
        const gone = file.claims.find((c) => c.id === claimId)
        if (!gone) throw new GalleyError('not-found', 'That claim is not in this draft any more.')
        file.claims = file.claims.filter((c) => c.id !== claimId)
        audit({
          action: 'claim.delete',
          target: `claim/${claimId}`,
          before: { exact: gone.anchor.exact, verdict: gone.verdict },
        })
      })
      return { ok: true as const }
    },
    'claims:dismissSuggestion': async ({ draftId, key }) => {
      await dismissSuggestion(library, draftId, key)
      return { ok: true as const }
    },
    'claims:export': async ({ draftId, format }) => exportClaims(library, draftId, format),
    'queries:resolve': async ({ draftId, queryId, resolved }, by) =>
      resolveQuery(library, draftId, queryId, resolved, by),
    'queries:comment': async ({ draftId, queryId, text }, by) =>
      commentOnQuery(library, draftId, queryId, text, by),
    'queries:delete': async ({ draftId, queryId }) => {
      await deleteQuery(library, draftId, queryId)
      return { ok: true as const }
    },
  }
}
