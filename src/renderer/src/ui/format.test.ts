import { afterEach, describe, expect, it } from 'vitest'
import { count, exactTime, plural, relativeTime } from './format'

// The window writes times and counts without Intl (format.ts says why); they must read exactly
// as Intl's 'en' formats, which they replaced.
const intlRelative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const intlExact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })

/** A seeded sequence, so a failure shows again. */
function* randoms(seed: number, n: number) {
  let s = seed
  for (let i = 0; i < n; i++) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    yield s / 2_147_483_648
  }
}

const zone = process.env['TZ']
afterEach(() => {
  if (zone === undefined) delete process.env['TZ']
  else process.env['TZ'] = zone
})

describe('count', () => {
  it('writes whole numbers as toLocaleString("en") does', () => {
    for (const n of [0, 1, -1, 12, 999, 1_000, -1_000, 12_345, 999_999, 1_000_000, 2 ** 53 - 1]) {
      expect(count(n)).toBe(n.toLocaleString('en'))
    }
    for (const r of randoms(7, 500)) {
      const n = Math.floor(r * 10 ** Math.floor(r * 12))
      expect(count(n)).toBe(n.toLocaleString('en'))
    }
    expect(count(1.5)).toBe('1.5')
    expect(plural(1_234, 'claim')).toBe('1,234 claims')
    expect(plural(1, 'revision')).toBe('1 revision')
  })
})

describe('relativeTime', () => {
  it('reads as Intl.RelativeTimeFormat("en", { numeric: "auto" }) for every unit and distance', () => {
    const now = new Date('2026-06-15T12:00:00.000Z')
    const units = [
      ['year', 365 * 24 * 3600],
      ['month', 30 * 24 * 3600],
      ['week', 7 * 24 * 3600],
      ['day', 24 * 3600],
      ['hour', 3600],
      ['minute', 60],
    ] as const
    const seconds = [45, 59, 60, 89, 90, 3_599, 3_600, 5_399, 86_399, 86_400, 129_600, 604_799]
    for (const r of randoms(11, 400)) seconds.push(Math.floor(45 + r * 3_000 * 365 * 24 * 3600))
    for (const s of seconds) {
      for (const sign of [-1, 1]) {
        const at = new Date(now.getTime() + sign * s * 1000).toISOString()
        const [unit, size] = units.find(([, size]) => s >= size) ?? ['minute', 60]
        expect(relativeTime(at, now)).toBe(intlRelative.format(Math.round((sign * s) / size), unit))
      }
    }
    expect(relativeTime(now.toISOString(), now)).toBe('just now')
    expect(relativeTime('not a date', now)).toBe('unknown time')
  })
})

describe('exactTime', () => {
  it('reads as Intl.DateTimeFormat("en", medium date, short time) in the reader’s zone', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      process.env['TZ'] = tz
      const intl = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
      for (const r of randoms(tz.length, 300)) {
        // 1970 to 2100, and every hour of one day.
        const iso = new Date(Math.floor(r * 4_102_444_800_000)).toISOString()
        expect(exactTime(iso)).toBe(intl.format(new Date(iso)))
      }
      if (tz === 'Asia/Kolkata')
        expect(exactTime('2026-03-29T00:07:00Z')).toBe('Mar 29, 2026, 5:37 AM')
      for (let h = 0; h < 24; h++) {
        const iso = new Date(Date.UTC(2026, 2, 29, h, 7)).toISOString()
        expect(exactTime(iso)).toBe(intl.format(new Date(iso)))
      }
    }
    // Outside four-digit years, Intl's own.
    if (zone === undefined) delete process.env['TZ']
    else process.env['TZ'] = zone
    const far = new Date(Date.UTC(12_000, 0, 1)).toISOString()
    expect(exactTime(far)).toBe(intlExact.format(new Date(far)))
    expect(exactTime('not a date')).toBe('not a date')
  })
})
