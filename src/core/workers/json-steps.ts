import { nextTurn } from './turn'

/** Array items serialised per turn of the event loop. */
const BATCH = 250

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** Whether a value is serialised in steps (a long array, or a plain object without toJSON). */
function stepped(value: unknown): boolean {
  return Array.isArray(value)
    ? value.length >= BATCH
    : isPlainObject(value) && typeof value['toJSON'] !== 'function'
}

/**
 * `JSON.stringify(value)` as pieces of text: long arrays (inside plain objects, at any depth)
 * give a piece per BATCH items, one per turn of the event loop, so thousands of claims never
 * hold the main thread at once and the whole text need never be held (the host writes each piece
 * as it comes). Items of an array, and anything that is not a plain object, are serialised whole.
 * The value must not change until the last piece; changes to a draft run one at a time
 * (`Library.exclusive`), which is what makes that so in a save.
 */
export async function* jsonPieces(value: unknown): AsyncGenerator<string> {
  if (!stepped(value)) {
    yield (JSON.stringify(value) as string | undefined) ?? 'null'
    return
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += BATCH) {
      const batch = value.slice(i, i + BATCH).map((v) => JSON.stringify(v) ?? 'null')
      yield `${i === 0 ? '[' : ','}${batch.join(',')}`
      await nextTurn()
    }
    yield ']'
    return
  }
  let first = true
  yield '{'
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`
    if (stepped(item)) {
      first = false
      yield head
      yield* jsonPieces(item)
      continue
    }
    const text = JSON.stringify(item) as string | undefined
    if (text === undefined) continue
    first = false
    yield head + text
  }
  yield '}'
}

/** `JSON.stringify(value)`, the same text, made in steps (see jsonPieces). */
export async function stringifyInSteps(value: unknown): Promise<string | undefined> {
  if (!stepped(value)) return JSON.stringify(value) as string | undefined
  const pieces: string[] = []
  for await (const piece of jsonPieces(value)) pieces.push(piece)
  return pieces.join('')
}
