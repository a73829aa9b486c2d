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
  LibraryViewSchema,
} from '../domain'
import { body, byline, ok, title } from './fields'

const byId = z.strictObject({ id: IdSchema })

/** The library of drafts: list, create, rename, archive, trash; a draft's attachments. */
export const draftChannels = {
  'drafts:list': {
    input: z.strictObject({
      view: LibraryViewSchema,
      query: z.string().max(LIMITS.queryChars).optional(),
      /** Only the first rows (the window's first screen, asked before the whole list). */
      first: z.number().int().min(1).max(10_000).optional(),
    }),
    output: z.array(DraftSummarySchema),
  },
  'drafts:get': { input: byId, output: DraftDetailSchema },
  'drafts:create': {
    access: 'profile',
    input: z.strictObject({ title, byline: byline.optional(), body: body.optional() }),
    output: DraftRecordSchema,
  },
  'drafts:rename': {
    access: 'profile',
    input: z.strictObject({ id: IdSchema, title }),
    output: DraftRecordSchema,
  },
  'drafts:updateMeta': {
    access: 'profile',
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
    access: 'profile',
    input: z.strictObject({ id: IdSchema, archived: z.boolean() }),
    output: DraftRecordSchema,
  },
  'drafts:trash': {
    access: 'profile',
    input: byId,
    output: DraftRecordSchema,
  },
  'drafts:restore': {
    access: 'profile',
    input: byId,
    output: DraftRecordSchema,
  },
  'drafts:deleteForever': {
    access: 'profile',
    input: byId,
    output: ok,
  },
  /**
   * Whether the views of a draft's current revision can be shown at once: true unless a long
   * text's analysis (quotes, speakers, disclosures, suggested claims) is still running off the
   * event loop. Asking starts it; an analysis:ready event says when it is done, so the window
   * shows that the analysis is in progress instead of waiting on quotes:list or legal:get.
   */
  'drafts:analysis': {
    input: z.strictObject({ draftId: IdSchema }),
    output: z.object({
      revisionId: IdSchema,
      ready: z.boolean(),
      characters: z.number().int().min(0),
    }),
  },
  'drafts:readAttachment': {
    input: z.strictObject({ draftId: IdSchema, attachmentId: IdSchema }),
    output: z.object({ attachment: AttachmentSchema, text: z.string() }),
  },
} as const
