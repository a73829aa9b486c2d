import { nextTurn } from './turn'

/** Array items serialised per turn of the event loop. */
const BATCH = 250

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/**
 * `JSON.stringify(value)`, the same text, with long arrays (anywhere inside plain objects and
 * arrays) serialised BATCH items per turn of the event loop, so thousands of claims never hold
 * the main thread at once. The value must not change until the promise settles; changes to a
 * draft run one at a time (`Library.exclusive`), which is what makes that so in a save.
 */
export async function stringifyInSteps(value: unknown): Promise<string | undefined> {
  let count = 0
  const step = async () => {
    if (++count % BATCH === 0) await nextTurn()
  }
  const walk = async (v: unknown, inArray: boolean): Promise<string | undefined> => {
    if (Array.isArray(v)) {
      if (v.length < BATCH) return JSON.stringify(v) ?? undefined
      const parts: string[] = []
      for (const item of v) {
        parts.push((await walk(item, true)) ?? 'null')
        await step()
      }
      return `[${parts.join(',')}]`
    }
    if (isPlainObject(v) && typeof v['toJSON'] !== 'function') {
      const parts: string[] = []
      for (const [k, item] of Object.entries(v)) {
        const text = await walk(item, false)
        if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`)
      }
      return `{${parts.join(',')}}`
    }
    const text = JSON.stringify(v) as string | undefined
    return text === undefined && inArray ? 'null' : text
  }
  return walk(value, false)
}
