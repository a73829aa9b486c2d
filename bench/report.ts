/** One measured figure of `npm run bench`. */
export interface Result {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly target: number
  readonly better: 'lower' | 'higher'
}

export function passes(r: Result): boolean {
  return r.better === 'lower' ? r.value <= r.target : r.value >= r.target
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2
}

/** A plain table: name, value, unit, target and pass/fail. */
export function table(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.name,
    r.value.toFixed(r.value < 10 ? 2 : 1),
    r.unit,
    `${r.better === 'lower' ? '≤' : '≥'} ${r.target}`,
    passes(r) ? 'pass' : 'FAIL',
  ])
  const head = ['scenario', 'median', 'unit', 'target', 'result']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
