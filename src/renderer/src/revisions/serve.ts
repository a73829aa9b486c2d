import type { Answered, CompareAnswer } from './protocol'

// A dedicated worker's postMessage takes a transfer list; the DOM typings describe the window's.
const scope = self as unknown as { postMessage(m: CompareAnswer, transfer?: Transferable[]): void }

/** Makes this worker answer each request with `answer`, one at a time, in the order asked. */
export function serve<R extends { readonly id: number }>(answer: (m: R) => Answered): void {
  onmessage = (e: MessageEvent<R>) => {
    const m = e.data
    try {
      const [a, transfer] = answer(m)
      scope.postMessage(a, transfer)
    } catch (err) {
      scope.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) })
    }
  }
}
