import { z } from 'zod'
import { IdSchema, type Profile, type Role } from './domain'
import type { EVENT_NAMES as EVENT_NAMES_LIST } from './constants'
import type { Envelope } from './errors'
import { appChannels } from './channels/app'
import { auditChannels } from './channels/audit'
import { claimChannels } from './channels/claims'
import { draftChannels } from './channels/drafts'
import { exportChannels } from './channels/export'
import { importChannels } from './channels/import'
import { legalChannels } from './channels/legal'
import { peopleChannels } from './channels/people'
import { profileChannels } from './channels/profile'
import { quoteChannels } from './channels/quotes'
import { recoveryChannels } from './channels/recovery'
import { revisionChannels } from './channels/revisions'
import { teamChannels } from './channels/team'
import { transcriptChannels } from './channels/transcripts'

/** Every channel between renderer and main, once: name → input and output schemas. */
export const channels = {
  ...appChannels,
  ...profileChannels,
  ...draftChannels,
  ...revisionChannels,
  ...importChannels,
  ...exportChannels,
  ...claimChannels,
  ...quoteChannels,
  ...peopleChannels,
  ...transcriptChannels,
  ...legalChannels,
  ...auditChannels,
  ...recoveryChannels,
  ...teamChannels,
} as const

/** Events from main to the renderer. */
export const events = {
  'library:changed': z.object({ draftId: IdSchema.nullable(), reason: z.string() }),
  'import:progress': z.object({
    importId: IdSchema,
    fileName: z.string(),
    stage: z.enum(['reading', 'converting', 'saving', 'done', 'failed']),
    fraction: z.number().min(0).max(1),
  }),
  /** A long draft's analysis is done (drafts:analysis started it): its views can ask now. */
  'analysis:ready': z.object({ draftId: IdSchema, revisionId: IdSchema }),
  'menu:command': z.object({
    command: z.enum([
      'new-draft',
      'import',
      'import-revision',
      'find',
      'search-library',
      'toggle-edit',
      'compare-revisions',
      'export-article-docx',
      'export-article-md',
      'export-article-html',
      'export-review-docx',
      'export-claim-log',
    ]),
  }),
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>
export type EventName = keyof typeof events
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[]
export { EVENT_NAMES, isEventName } from './constants'

// The event names the renderer knows without loading any schema are exactly these events.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const eventNamesMatch: Same<EventName, (typeof EVENT_NAMES_LIST)[number]> = true
void eventNamesMatch

/** The channel Electron uses to carry every main→renderer event. */
export const EVENT_CHANNEL = 'galley:event'

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name)
}

/** What the renderer codes against, whichever transport carries it. */
export interface GalleyApi {
  invoke<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Envelope<ChannelOutput<C>>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/**
 * Who may call a channel, stated in its spec and checked once in dispatch: anyone (no `access`),
 * any profile (`'profile'`: a change someone must be recorded as making), or one role.
 */
export type Access = 'anyone' | 'profile' | { readonly role: Role; readonly to: string }

/** A channel's access as its spec states it. */
export function accessOf(channel: ChannelName): Access {
  const spec = channels[channel]
  return 'access' in spec ? spec.access : 'anyone'
}

/** The acting profile a handler receives: never null where the spec asks for one. */
export type CallerOf<C extends ChannelName> = Channels[C] extends {
  readonly access: 'profile' | { readonly role: Role }
}
  ? Profile
  : Profile | null

/** Main-side implementation of every channel; dispatch has checked the input and the caller. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, caller: CallerOf<C>) => Promise<ChannelOutput<C>>
}

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void
