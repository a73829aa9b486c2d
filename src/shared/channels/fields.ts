import { z } from 'zod'
import { LIMITS } from '../domain'

/** Input fields several channels share, each with its limit and a sentence for people. */
export const title = z
  .string()
  .max(LIMITS.titleChars, `A title can be at most ${LIMITS.titleChars} characters`)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'A title is required'))
export const byline = z
  .string()
  .max(LIMITS.bylineChars)
  .transform((s) => s.trim())
export const message = z
  .string()
  .max(LIMITS.messageChars, `A message can be at most ${LIMITS.messageChars} characters`)
  .transform((s) => s.trim())
export const body = z
  .string()
  .max(
    LIMITS.bodyChars,
    `A draft can be at most ${LIMITS.bodyChars.toLocaleString('en')} characters`,
  )
export const empty = z.strictObject({})
export const ok = z.object({ ok: z.literal(true) })
