import { nextTurn } from './turn'

/** Array items serialised per turn of the event loop. */
const BATCH = 250

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/**
 * `JSON.stringify(value)`, the same text, with long arrays (inside plain objects, at any depth)
 * serialised BATCH items per turn of the event loop, so thousands of claims never hold the main
 * thread at once. Items of an array, and anything that is not a plain object, are serialised
 * whole. The value must not change until the promise settles; changes to a draft run one at a
 * time (`Library.exclusive`), which is what makes that so in a save.
 */
export async function stringifyInSteps(value: unknown): Promise<string | undefined> {
  if (Array.isArray(value) && value.length >= BATCH) {
    const parts: string[] = []
    for (let i = 0; i < value.length; i++) {
      parts.push((JSON.stringify(value[i]) as string | undefined) ?? 'null')
      if ((i + 1) % BATCH === 0) await nextTurn()
    }
    return `[${parts.join(',')}]`
  }
  if (isPlainObject(value) && typeof value['toJSON'] !== 'function') {
    const parts: string[] = []
    for (const [key, item] of Object.entries(value)) {
      const text = await stringifyInSteps(item)
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`)
    }
    return `{${parts.join(',')}}`
  }
  return JSON.stringify(value) as string | undefined
}
