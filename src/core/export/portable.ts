import { auditSigner } from '../team/signing'
import { z } from 'zod'
import {
  AttachmentSchema,
  PersonSchema,
  type Attachment,
  type Person,
  type Profile,
} from '@shared/domain'
import { LIMITS } from '@shared/constants'
import type { ImportedLegal, LegalState } from '@shared/records'
import { GalleyError } from '@shared/errors'
import { appendAudit, verifyAudit } from '../audit/service'
import { sha256 } from '../ids'
import type { Library } from '../library'
import {
  DRAFT_MIGRATIONS,
  DRAFT_SCHEMA_VERSION,
  DraftFileSchema,
  type DraftFile,
} from '../storage/draft-file'
import { migrate, SchemaError } from '../storage/migrations'
import { slug } from './report'
import { addAttachment, readAttachment } from '../drafts/attachments'
import { createDraft, deleteDraftForever, trashDraft } from '../drafts/service'
import { namesakes, namesOf } from '@shared/people/namesakes'
import { addPeople, registerPeople } from '../people/service'
import { profileOf } from '../profile/service'
import { nestingProblem } from '@shared/text/nesting'

/** Identifies a Galley portable draft file; bump the version when its shape changes. */
export const PORTABLE_FORMAT = 'galley-portable-draft'
export const PORTABLE_VERSION = 1

const PortableAttachmentSchema = AttachmentSchema.extend({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  dataBase64: z.string(),
})

/** The portable file: the draft file as stored, the people it uses and its attachments' bytes. */
export const PortableFileSchema = z.object({
  format: z.literal(PORTABLE_FORMAT),
  version: z.literal(PORTABLE_VERSION),
  exportedAt: z.string(),
  exportedBy: z.object({ name: z.string(), role: z.string() }).nullable(),
  /** The draft file (any schema version this Galley can migrate). */
  draft: z.record(z.string(), z.unknown()),
  people: z.array(PersonSchema),
  attachments: z.array(PortableAttachmentSchema),
})
export type PortableFile = z.infer<typeof PortableFileSchema>

/** People the draft uses: tied to its quotes or transcripts, or named in any of its revisions. */
function peopleUsed(file: Readonly<DraftFile>, people: readonly Person[]): Person[] {
  const ids = new Set<string>()
  for (const q of file.quotes) if (q.speaker?.personId) ids.add(q.speaker.personId)
  for (const t of file.transcripts) if (t.personId) ids.add(t.personId)
  const bodies = file.revisions.map((r) => r.body)
  return people.filter((p) => ids.has(p.id) || bodies.some((b) => b.includes(p.name)))
}

/** One JSON file holding everything about a draft, for another Galley library to import. */
export async function exportPortable(
  library: Library,
  draftId: string,
): Promise<{ fileName: string; text: string }> {
  const people = registerPeople(library)
  const { file, used } = library.store.read(draftId, (f) => ({
    file: structuredClone(f) as DraftFile,
    used: peopleUsed(f, people),
  }))
  const attachments = []
  for (const att of file.attachments) {
    const { bytes } = await readAttachment(library, draftId, att.id)
    attachments.push({
      ...att,
      sha256: sha256(bytes),
      dataBase64: Buffer.from(bytes).toString('base64'),
    })
  }
  const portable: PortableFile = {
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    exportedAt: new Date().toISOString(),
    exportedBy: profileOf(library),
    // A whole draft in one file, as schema 4 wrote it: schema 5 changed only how a library keeps
    // drafts on disk (one file per record), so a Galley of schema 4 still reads this file.
    draft: { ...file, schemaVersion: 4 } as unknown as Record<string, unknown>,
    people: structuredClone(used),
    attachments,
  }
  return { fileName: `${slug(file.draft.title)}.galley.json`, text: JSON.stringify(portable) }
}

/** What one portable file may bring, like every other input. */
export const PORTABLE_LIMITS = { people: 1_000, attachments: 200 } as const

function validTime(text: string): boolean {
  return text.length <= 40 && !Number.isNaN(Date.parse(text))
}

function refuse(why: string): never {
  throw new GalleyError(
    'unreadable-file',
    `This is not a Galley draft file Galley can import: ${why}.`,
  )
}

/** Parses and checks a portable file: format, schema (migrated), attachment bytes. */
export function readPortable(text: string): { portable: PortableFile; file: DraftFile } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    refuse('it is not JSON')
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(raw)
  if (!head.success || head.data.format !== PORTABLE_FORMAT) refuse('it has no Galley format mark')
  if (head.data.version > PORTABLE_VERSION) {
    refuse(`it was written by a newer Galley (format version ${head.data.version})`)
  }
  const parsed = PortableFileSchema.safeParse(raw)
  if (!parsed.success) refuse('its contents do not have the expected shape')
  let doc: Record<string, unknown>
  try {
    doc = migrate(parsed.data.draft, DRAFT_SCHEMA_VERSION, DRAFT_MIGRATIONS)
  } catch (e) {
    if (e instanceof SchemaError) refuse(e.message)
    throw e
  }
  const file = DraftFileSchema.safeParse(doc)
  if (!file.success) refuse('its draft does not have the expected shape')
  if (!file.data.revisions.some((r) => r.id === file.data.draft.currentRevisionId)) {
    refuse('its current revision is missing')
  }
  for (const r of file.data.revisions) {
    if (sha256(r.body) !== r.hash) refuse(`revision ${r.number} does not match its content hash`)
    const nested = nestingProblem(r.body)
    if (nested) refuse(`revision ${r.number} ${nested.replace(/^it /, '')}`)
  }
  const { people, attachments } = parsed.data
  if (people.length > PORTABLE_LIMITS.people) {
    refuse(
      `it brings ${people.length.toLocaleString('en')} people; one file may add at most ${PORTABLE_LIMITS.people.toLocaleString('en')} people to the register`,
    )
  }
  if (attachments.length > PORTABLE_LIMITS.attachments) {
    refuse(
      `it has ${attachments.length.toLocaleString('en')} attachments; a draft file may bring at most ${PORTABLE_LIMITS.attachments}`,
    )
  }
  if (!validTime(parsed.data.exportedAt)) refuse('its export date is not a date')
  for (const a of attachments) {
    if (!validTime(a.addedAt)) refuse(`the attachment “${a.name}” has no valid date`)
    const data = Buffer.from(a.dataBase64, 'base64')
    if (sha256(data) !== a.sha256) {
      refuse(`the attachment “${a.name}” did not arrive intact`)
    }
    if (data.byteLength > LIMITS.importBytes) {
      refuse(`the attachment “${a.name}” is larger than Galley keeps`)
    }
  }
  return { portable: parsed.data, file: file.data }
}

/** What the audit event of an import or a merge records of the file that came in. */
export function arrivedFrom(
  portable: PortableFile,
  incoming: DraftFile,
  fileName: string,
  auditIntact: boolean,
) {
  return {
    draftId: incoming.draft.id,
    fileName,
    exportedAt: portable.exportedAt,
    exportedBy: portable.exportedBy?.name ?? null,
    auditIntact,
    status: incoming.draft.status,
    signoffs: incoming.legal.signoffs.length,
    accepted: incoming.legal.accepted.length,
  }
}

export interface ImportedPortable {
  readonly draftId: string
  readonly title: string
  readonly revisions: number
  readonly attachments: number
  readonly people: { readonly added: number; readonly matched: number }
}

/**
 * Matches the file's people to the register by name or other name (initials aside), adding the
 * missing ones; old id → new id. A person already here is never added twice.
 */
export async function mergePeople(
  library: Library,
  people: readonly Person[],
): Promise<{ ids: Map<string, string>; added: number; matched: number }> {
  const byName = (person: Person) => namesakes(registerPeople(library), namesOf(person))[0]
  const missing = people.filter((p) => !byName(p))
  if (missing.length > 0) {
    await addPeople(
      library,
      missing.map(({ id: _id, ...p }) => structuredClone(p)),
    )
  }
  const ids = new Map<string, string>()
  for (const p of people) {
    const here = byName(p)
    if (here) ids.set(p.id, here.id)
  }
  return { ids, added: missing.length, matched: people.length - missing.length }
}

/**
 * The legal state an imported draft starts with: the subject kept, but every sign-off and
 * accepted finding of the other library moved to its imported history, where the Legal view
 * shows it as such; none counts as approval here.
 */
export function importedLegal(legal: LegalState, from: ImportedLegal['from']): LegalState {
  const history = [...(legal.imported ?? [])]
  if (legal.signoffs.length > 0 || legal.accepted.length > 0) {
    history.push({ from, signoffs: legal.signoffs, accepted: legal.accepted })
  }
  return {
    subject: legal.subject,
    accepted: [],
    signoffs: [],
    ...(history.length > 0 ? { imported: history.slice(-100) } : {}),
  }
}

/**
 * The title an imported draft takes: its own, or "… (copy)" ("… (copy 2)", …) while a draft of
 * this library already has that title, so the copy is never taken for the original.
 */
function copyTitle(library: Library, title: string): string {
  const taken = new Set<string>()
  for (const e of library.store.entries()) taken.add(e.row.title.trim().toLowerCase())
  if (!taken.has(title.trim().toLowerCase())) return title
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`
    const name = `${title.slice(0, LIMITS.titleChars - suffix.length).trimEnd()}${suffix}`
    if (!taken.has(name.toLowerCase())) return name
  }
}

/**
 * Imports a portable draft as a new draft of this library: every revision, claim, quote record,
 * transcript, legal state and audit event kept; attachments copied in (with new ids, and the
 * references to them rewritten); people matched or added. The audit trail gains one
 * "draft.import" event, so it stays verifiable after the rewrites.
 */
export async function importPortable(
  library: Library,
  author: Profile,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportedPortable> {
  const text = new TextDecoder('utf-8').decode(bytes)
  const { portable, file: incoming } = readPortable(text)
  const chainBefore = verifyAudit(incoming)
  // Everything was checked above, before anything is written; the people come last, once the
  // draft and its attachments are in, so a failure before then leaves the register as it was.
  const current = incoming.revisions.find((r) => r.id === incoming.draft.currentRevisionId)
  const title = copyTitle(library, incoming.draft.title)
  const placeholder = await createDraft(
    library,
    { title, body: current?.body ?? '' },
    author,
    { kind: 'imported', fileName },
    { message: `Imported from ${fileName}` },
  )
  const draftId = placeholder.id
  try {
    const attIds = new Map<string, string>()
    const added: Attachment[] = []
    for (const a of portable.attachments) {
      const att = await addAttachment(
        library,
        draftId,
        a.name,
        a.kind,
        Buffer.from(a.dataBase64, 'base64'),
        new Date(a.addedAt),
      )
      attIds.set(a.id, att.id)
      added.push(att)
    }
    const people = await mergePeople(library, portable.people)
    const person = (id: string | null) => (id === null ? null : (people.ids.get(id) ?? id))
    await library.store.update(draftId, 'imported', (file) => {
      // Named as a copy when its original is here, and saying where it came from either way.
      file.draft = {
        ...incoming.draft,
        id: draftId,
        title,
        // Never ready on arrival: only this library's gate, with its own Legal profile, says so.
        status: incoming.draft.status === 'ready' ? 'in-review' : incoming.draft.status,
        trashedAt: null,
        copyOf: {
          title: incoming.draft.title,
          draftId: incoming.draft.id,
          fileName,
          exportedAt: portable.exportedAt,
          exportedBy: portable.exportedBy?.name ?? null,
        },
      }
      file.revisions = incoming.revisions.map((r) => Object.freeze({ ...r }))
      file.attachments = added
      file.claims = incoming.claims.map((c) => ({
        ...c,
        sources: c.sources.map((s) =>
          s.attachmentId ? { ...s, attachmentId: attIds.get(s.attachmentId) ?? s.attachmentId } : s,
        ),
      }))
      file.queries = incoming.queries
      file.dismissedSuggestions = incoming.dismissedSuggestions
      file.quotes = incoming.quotes.map((q) => ({
        ...q,
        speaker: q.speaker ? { ...q.speaker, personId: person(q.speaker.personId) } : null,
      }))
      file.transcripts = incoming.transcripts.map((t) => ({
        ...t,
        attachmentId: attIds.get(t.attachmentId) ?? t.attachmentId,
        personId: person(t.personId),
      }))
      file.legal = importedLegal(incoming.legal, {
        fileName,
        exportedAt: portable.exportedAt,
        exportedBy: portable.exportedBy?.name ?? null,
        importedAt: new Date().toISOString(),
      })
      file.audit = incoming.audit
      appendAudit(
        file,
        [
          {
            action: 'draft.import',
            target: `draft/${draftId}`,
            before: arrivedFrom(portable, incoming, fileName, chainBefore.intact),
            after: { draftId, revisions: incoming.revisions.length, attachments: added.length },
          },
        ],
        author,
        undefined,
        undefined,
        auditSigner(library),
      )
    })
    return {
      draftId,
      title,
      revisions: incoming.revisions.length,
      attachments: added.length,
      people: { added: people.added, matched: people.matched },
    }
  } catch (e) {
    await trashDraft(library, draftId).catch(() => undefined)
    await deleteDraftForever(library, draftId).catch(() => undefined)
    throw e
  }
}
