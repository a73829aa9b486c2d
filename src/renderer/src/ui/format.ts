// Times and counts in English, as Intl's 'en' formats give them, written out here: the first
// Intl object a page makes loads ICU's data (15–25 ms of the window's main thread in Chromium,
// 30–110 ms on a busy machine), and every row of the library list shows a time and counts, so
// its first paint would wait for it (docs/storage.md). format.test.ts holds them to Intl's.

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute'

const UNITS: readonly [Unit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** The words Intl.RelativeTimeFormat('en', { numeric: 'auto' }) uses instead of -1, 0 and 1. */
const NAMED: Readonly<Record<Unit, readonly [string, string, string]>> = {
  year: ['last year', 'this year', 'next year'],
  month: ['last month', 'this month', 'next month'],
  week: ['last week', 'this week', 'next week'],
  day: ['yesterday', 'today', 'tomorrow'],
  hour: ['1 hour ago', 'this hour', 'in 1 hour'],
  minute: ['1 minute ago', 'this minute', 'in 1 minute'],
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "1,234": a whole number with thousands separators, as `n.toLocaleString('en')` writes it. */
export function count(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en')
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',')
  return n < 0 ? `-${digits}` : digits
}

/** "in 3 days", "yesterday", "2 hours ago", for a whole number of units. */
function relative(value: number, unit: Unit): string {
  if (value >= -1 && value <= 1) return NAMED[unit][value + 1] ?? ''
  return value < 0 ? `${count(-value)} ${unit}s ago` : `in ${count(value)} ${unit}s`
}

/** "3 hours ago", "yesterday", "just now". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso)
  if (Number.isNaN(then.getTime())) return 'unknown time'
  const seconds = (then.getTime() - now.getTime()) / 1000
  if (Math.abs(seconds) < 45) return 'just now'
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative(Math.round(seconds / size), unit)
  }
  return relative(Math.round(seconds / 60), 'minute')
}

let exact: Intl.DateTimeFormat | null = null

/** "Mar 12, 2026, 2:05 PM" in the reader's time zone. */
export function exactTime(iso: string): string {
  const then = new Date(iso)
  if (Number.isNaN(then.getTime())) return iso
  const year = then.getFullYear()
  if (year < 1000 || year > 9999) {
    exact ??= new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
    return exact.format(then)
  }
  const hours = then.getHours()
  const minutes = String(then.getMinutes()).padStart(2, '0')
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
  return `${MONTHS[then.getMonth()] ?? ''} ${then.getDate()}, ${year}, ${clock}`
}

/** "1 revision", "3 revisions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`
}

/** "812 bytes", "14 KB", "2.3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
