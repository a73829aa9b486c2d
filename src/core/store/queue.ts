/** Changes to each draft, run one at a time in the order they were asked for. */
export class DraftQueues {
  private readonly queues = new Map<string, Promise<void>>()

  /** Runs `fn` once every change to this draft asked for before it has settled. */
  run<T>(draftId: string, fn: () => Promise<T>): Promise<T> {
    const before = this.queues.get(draftId) ?? Promise.resolve()
    const run = before.then(fn)
    const settled = run.then(
      () => undefined,
      () => undefined,
    )
    this.queues.set(draftId, settled)
    void settled.then(() => {
      if (this.queues.get(draftId) === settled) this.queues.delete(draftId)
    })
    return run
  }

  /** Whether a change to this draft is under way or waiting. */
  busy(draftId: string): boolean {
    return this.queues.has(draftId)
  }
}
