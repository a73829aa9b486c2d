import type { Library } from '../library'
import { SAMPLE_DRAFTS, SAMPLE_PEOPLE } from './content'
import { addAttachment } from '../drafts/attachments'
import { createDraft, setArchived, updateDraftMeta } from '../drafts/service'
import { addPeople } from '../people/service'
import { markSampleSeeded, sampleSeededAt } from '../profile/service'
import { saveRevision } from '../revisions/service'

const HOUR = 3_600_000

/**
 * Writes the sample library into an empty library, once: a library that was ever seeded, or
 * that holds any draft or quarantined file, is left alone.
 */
export async function seedSampleLibrary(library: Library, now = Date.now()): Promise<boolean> {
  if (
    sampleSeededAt(library) !== null ||
    library.store.size > 0 ||
    library.problems.all.length > 0
  ) {
    return false
  }
  const span = Math.max(...SAMPLE_DRAFTS.flatMap((d) => d.revisions.map((r) => r.hoursAfterStart)))
  const start = now - (span + 26) * HOUR
  for (const [index, sample] of SAMPLE_DRAFTS.entries()) {
    const [first, ...later] = sample.revisions
    if (!first) continue
    // A new revision puts a ready draft back in review, so a ready sample is marked ready once
    // its last revision is in.
    const readyLater = sample.status === 'ready' && later.length > 0
    // Older drafts first so the library list shows the feature on top.
    const offset = (SAMPLE_DRAFTS.length - index) * HOUR
    const at = (hours: number) => new Date(start - offset + hours * HOUR)
    const draft = await createDraft(
      library,
      {
        title: sample.title,
        byline: sample.byline,
        body: first.body,
        credits: [...sample.credits],
        status: readyLater ? 'in-review' : sample.status,
        relations: sample.relations.map((r) => ({ ...r })),
      },
      first.author,
      { kind: 'sample' },
      { message: first.message, at: at(first.hoursAfterStart) },
    )
    let base = draft.currentRevisionId
    for (const rev of later) {
      const saved = await saveRevision(
        library,
        draft.id,
        base,
        rev.body,
        rev.message,
        rev.author,
        { kind: 'sample' },
        at(rev.hoursAfterStart),
      )
      base = saved.id
    }
    if (readyLater) {
      const last = later.at(-1)?.hoursAfterStart ?? first.hoursAfterStart
      await updateDraftMeta(library, draft.id, { status: 'ready' }, undefined, at(last))
    }
    if (sample.transcript) {
      const bytes = new TextEncoder().encode(sample.transcript.text)
      const attachment = await addAttachment(
        library,
        draft.id,
        sample.transcript.fileName,
        'transcript',
        bytes,
        at(sample.revisions.at(-1)?.hoursAfterStart ?? 0),
      )
      // The quotes panel checks quotes against the draft's transcript records.
      await library.store.update(draft.id, 'transcripts', (file, _current, audit) => {
        file.transcripts.push({ attachmentId: attachment.id, format: 'txt', personId: null })
        audit({
          action: 'transcript.attach',
          target: `transcript/${attachment.id}`,
          after: { name: attachment.name, format: 'txt', personId: null, bytes: attachment.bytes },
        })
      })
    }
    if (sample.archived) await setArchived(library, draft.id, true, at(span))
  }
  await addPeople(
    library,
    SAMPLE_PEOPLE.map((p) => ({
      ...p,
      credentials: [...p.credentials],
      affiliations: [...p.affiliations],
      connections: p.connections.map((c) => ({ ...c })),
    })),
  )
  await markSampleSeeded(library)
  return true
}
