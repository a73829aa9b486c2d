import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  EventName,
  EventPayload,
  GalleyApi,
} from '@shared/contract'
import type { DraftDetail, DraftSummary, Profile, Revision, RevisionInfo } from '@shared/domain'
import type { Envelope, ErrorCode } from '@shared/errors'

type Reply<C extends ChannelName> = (
  input: ChannelInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type FakeReplies = { [C in ChannelName]?: Reply<C> }

/** A refusal the fake host answers with (an `{ ok: false }` envelope). */
export class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export interface FakeApi extends GalleyApi {
  /** Every call so far, in order. */
  readonly calls: { channel: ChannelName; input: unknown }[]
  /** The inputs of one channel's calls. */
  inputs<C extends ChannelName>(channel: C): ChannelInput<C>[]
  /** Sends an event as main would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
}

/** Replies every fake host gives unless a test says otherwise: a draft's analysis is ready. */
const DEFAULT_REPLIES: FakeReplies = {
  'drafts:analysis': () => ({ revisionId: 'r_fake', ready: true, characters: 0 }),
}

/**
 * A GalleyApi over canned replies: the transport boundary, so components run as they do in
 * the app. A reply may throw a Refusal; a channel without a reply is refused as unknown.
 */
export function fakeApi(replies: FakeReplies): FakeApi {
  const calls: { channel: ChannelName; input: unknown }[] = []
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  return {
    calls,
    inputs<C extends ChannelName>(channel: C) {
      return calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>)
    },
    async invoke<C extends ChannelName>(
      channel: C,
      input: ChannelInput<C>,
    ): Promise<Envelope<ChannelOutput<C>>> {
      calls.push({ channel, input })
      const reply = (replies[channel] ?? DEFAULT_REPLIES[channel]) as Reply<C> | undefined
      if (!reply) {
        return { ok: false, error: { code: 'unknown-channel', message: `no reply for ${channel}` } }
      }
      try {
        return { ok: true, value: await reply(input) }
      } catch (e) {
        if (e instanceof Refusal) return { ok: false, error: { code: e.code, message: e.message } }
        throw e
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      const l = listener as (payload: unknown) => void
      set.add(l)
      return () => set.delete(l)
    },
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) l(payload)
    },
  }
}

export const PROFILE: Profile = { name: 'Rita Checker', role: 'fact-checker' }
const HASH = (c: string) => c.repeat(64)

export function revisionInfo(n: number, extra: Partial<RevisionInfo> = {}): RevisionInfo {
  return {
    id: `rev${n}`,
    parentId: n > 1 ? `rev${n - 1}` : null,
    number: n,
    author: { name: n === 1 ? 'Hattie Brennock' : 'Julian Okafor', role: 'editor' },
    createdAt: new Date(Date.UTC(2026, 2, n, 10)).toISOString(),
    message: `Message of revision ${n}`,
    hash: HASH(String(n)),
    words: 100 + n,
    origin: { kind: 'edited' },
    ...extra,
  }
}

export function revision(n: number, body: string): Revision {
  return { ...revisionInfo(n), body }
}

export function summary(
  id: string,
  title: string,
  extra: Partial<DraftSummary> = {},
): DraftSummary {
  return {
    id,
    title,
    byline: 'By Hattie Brennock',
    status: 'draft',
    updatedAt: new Date().toISOString(),
    revisionCount: 1,
    archivedAt: null,
    trashedAt: null,
    snippet: null,
    claims: { total: 0, byVerdict: {}, needsRecheck: 0, orphaned: 0 },
    ...extra,
  }
}

/** A draft with `bodies.length` revisions; the last is current. */
export function detail(id: string, title: string, bodies: readonly string[]): DraftDetail {
  const revisions = bodies.map((_, i) => revisionInfo(i + 1))
  const last = bodies.length
  return {
    draft: {
      id,
      title,
      byline: 'By Hattie Brennock',
      credits: ['Photograph: Ode Marlowe'],
      status: 'in-review',
      relations: [],
      createdAt: revisions[0]?.createdAt ?? '',
      updatedAt: revisions[last - 1]?.createdAt ?? '',
      archivedAt: null,
      trashedAt: null,
      currentRevisionId: `rev${last}`,
    },
    revisions,
    current: revision(last, bodies[last - 1] ?? ''),
    attachments: [],
  }
}

export const APP_INFO: ChannelOutput<'app:info'> = {
  version: '0.1.0',
  mode: 'browser',
  libraryPath: '/tmp/library',
  problems: [],
}
