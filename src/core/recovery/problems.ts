import type { LibraryProblem } from '@shared/domain'
import { listProblems } from '../storage/json-store'

/** The library's quarantined files as last read, and the turn restores and dismissals take. */
export class ProblemList {
  private problems: readonly LibraryProblem[] = []
  private queue: Promise<unknown> = Promise.resolve()

  /** `unmoved`: files that could not be read nor moved, reported where they are. */
  constructor(
    private readonly dir: string,
    private readonly unmoved: () => readonly LibraryProblem[] = () => [],
  ) {}

  /** Files moved to quarantine because they could not be read, and not dealt with yet. */
  get all(): readonly LibraryProblem[] {
    return this.problems
  }

  /** Reads the quarantine again, e.g. after a problem was resolved. */
  async refresh(): Promise<void> {
    this.problems = [...(await listProblems(this.dir)), ...this.unmoved()]
  }

  /** Runs restores and dismissals in turn, so a double click restores once. */
  oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn)
    this.queue = run.catch(() => undefined)
    return run
  }
}
