import { z } from 'zod'
import {
  AttachmentSchema,
  BrandRelationSchema,
  DraftDetailSchema,
  DraftRecordSchema,
  DraftStatusSchema,
  DraftSummarySchema,
  IdSchema,
  LIMITS,
  LibraryProblemSchema,
  LibraryViewSchema,
  ProfileSchema,
  RevisionInfoSchema,
  RevisionSchema,
} from './domain'
import type { EVENT_NAMES as EVENT_NAMES_LIST } from './constants'
import type { Envelope } from './errors'
import { auditChannels } from './channels/audit'
import { claimChannels } from './channels/claims'
import { legalChannels } from './channels/legal'
import { recoveryChannels } from './channels/recovery'
import { quoteChannels } from './channels/quotes'
import { revisionChannels } from './channels/revisions'

const title = z
  .string()
  .max(LIMITS.titleChars, `A title can be at most ${LIMITS.titleChars} characters`)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'A title is required'))
const byline = z
  .string()
  .max(LIMITS.bylineChars)
  .transform((s) => s.trim())
const message = z
  .string()
  .max(LIMITS.messageChars, `A message can be at most ${LIMITS.messageChars} characters`)
  .transform((s) => s.trim())
const body = z
  .string()
  .max(
    LIMITS.bodyChars,
    `A draft can be at most ${LIMITS.bodyChars.toLocaleString('en')} characters`,
  )
const empty = z.strictObject({})
const byId = z.strictObject({ id: IdSchema })
const ok = z.object({ ok: z.literal(true) })
const base64Max = Math.ceil((LIMITS.importBytes * 4) / 3) + 8

/** Every channel between renderer and main, once: name → input and output schemas. */
export const channels = {
  'app:info': {
    input: empty,
    output: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser']),
      libraryPath: z.string(),
      problems: z.array(LibraryProblemSchema),
    }),
  },
  'profile:get': { input: empty, output: ProfileSchema.nullable() },
  'profile:set': { input: z.strictObject(ProfileSchema.shape), output: ProfileSchema },
  'drafts:list': {
    input: z.strictObject({
      view: LibraryViewSchema,
      query: z.string().max(LIMITS.queryChars).optional(),
    }),
    output: z.array(DraftSummarySchema),
  },
  'drafts:get': { input: byId, output: DraftDetailSchema },
  'drafts:create': {
    input: z.strictObject({ title, byline: byline.optional(), body: body.optional() }),
    output: DraftRecordSchema,
  },
  'drafts:rename': { input: z.strictObject({ id: IdSchema, title }), output: DraftRecordSchema },
  'drafts:updateMeta': {
    input: z.strictObject({
      id: IdSchema,
      byline: byline.optional(),
      credits: z.array(byline).max(LIMITS.credits).optional(),
      status: DraftStatusSchema.optional(),
      relations: z
        .array(z.strictObject(BrandRelationSchema.shape))
        .max(LIMITS.relations)
        .optional(),
    }),
    output: DraftRecordSchema,
  },
  'drafts:archive': {
    input: z.strictObject({ id: IdSchema, archived: z.boolean() }),
    output: DraftRecordSchema,
  },
  'drafts:trash': { input: byId, output: DraftRecordSchema },
  'drafts:restore': { input: byId, output: DraftRecordSchema },
  'drafts:deleteForever': { input: byId, output: ok },
  'revisions:get': {
    input: z.strictObject({ draftId: IdSchema, revisionId: IdSchema }),
    output: RevisionSchema,
  },
  'revisions:save': {
    input: z.strictObject({ draftId: IdSchema, baseRevisionId: IdSchema, body, message }),
    output: RevisionInfoSchema,
  },
  'import:file': {
    input: z.strictObject({
      fileName: z.string().min(1).max(LIMITS.fileNameChars),
      dataBase64: z.string().max(base64Max, 'The file is larger than 20 MB'),
      /** Import as a new revision of this draft instead of a new draft. */
      draftId: IdSchema.optional(),
      message: message.optional(),
      /** Lets the caller match `import:progress` events to this import. */
      importId: IdSchema.optional(),
    }),
    output: z.object({
      draft: DraftRecordSchema,
      revision: RevisionInfoSchema,
      warnings: z.array(z.string()),
    }),
  },
  'attachments:read': {
    input: z.strictObject({ draftId: IdSchema, attachmentId: IdSchema }),
    output: z.object({ attachment: AttachmentSchema, text: z.string() }),
  },
  ...claimChannels,
  ...revisionChannels,
  ...auditChannels,
  ...legalChannels,
  ...quoteChannels,
  ...recoveryChannels,
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
  'menu:command': z.object({
    command: z.enum([
      'new-draft',
      'import',
      'import-revision',
      'find',
      'toggle-edit',
      'compare-revisions',
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

/** Main-side implementation of every channel. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>>
}

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void
