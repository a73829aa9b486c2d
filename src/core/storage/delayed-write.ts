/**
 * Writes a derived file (an index, a cache) a moment after it changed: changes close together are
 * written once, one write at a time, and a failed write never fails the caller (the file is
 * rebuilt when missing or stale). `close` writes what is pending and takes no more changes.
 */
export class DelayedWrite {
  private timer: NodeJS.Timeout | null = null
  private saving: Promise<void> = Promise.resolve()
  private stopped = false

  constructor(
    private readonly write: () => Promise<void>,
    private readonly delayMs: number,
  ) {}

  /** Whether `stop` or `close` was called: changes are no longer taken. */
  get closed(): boolean {
    return this.stopped
  }

  /** Asks for a write `delayMs` from now (a later change moves it on). */
  changed(): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
    this.timer.unref()
  }

  /** Writes now if a write is pending; resolves when the last write is done. */
  flush(): Promise<void> {
    if (!this.timer) return this.saving
    clearTimeout(this.timer)
    this.timer = null
    this.saving = this.saving.then(() => this.write()).catch(() => undefined)
    return this.saving
  }

  /** Takes no more changes (what is pending is still written by `flush`). */
  stop(): void {
    this.stopped = true
  }

  /** No more changes; the pending write, if any, is made. */
  close(): Promise<void> {
    this.stop()
    return this.flush()
  }
}
