import { Suspense, lazy, useState, type ComponentType, type ReactNode } from 'react'

export interface Deferred<P extends object> {
  /** Renders the component: at once when its code is in, else `fallback` until it is. */
  readonly Component: (props: P) => ReactNode
  /** Loads its code ahead of use; never fails (a failed load is tried again on use). */
  readonly preload: () => Promise<void>
}

/** Shown in place of a part whose code could not be fetched (the host stopped meanwhile). */
function Unavailable() {
  return (
    <p className="form-error" role="alert">
      This part of Galley could not be loaded: Galley’s host is not answering. Once Galley is
      running again, reload the window.
    </p>
  )
}

/**
 * A component whose code loads on first use (or on `preload`), kept out of the window's first
 * bundle. Once loaded it renders directly: React holds a Suspense fallback on screen for at least
 * 300 ms, which code that is already here need not pay, so callers preload what a person is
 * likely to open soon. A failed load never takes the window down: it is tried again next time,
 * and meanwhile a sentence says what happened.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): Deferred<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const fetchCode = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = null
        throw e
      },
    ))
  const makeLazy = () =>
    lazy(() =>
      fetchCode().then(
        (c) => ({ default: c }),
        () => {
          Lazy = makeLazy() // the next use tries again
          return { default: Unavailable as ComponentType<P> }
        },
      ),
    )
  let Lazy = makeLazy()
  function Component(props: P) {
    // The path is chosen once per mount: a part first shown through Suspense stays there once
    // its code is in, or the switch would mount it afresh and lose what was typed into it.
    const [Loaded] = useState(() => loaded)
    if (Loaded) return <Loaded {...props} />
    return (
      <Suspense fallback={fallback(props)}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return {
    Component,
    preload: () =>
      fetchCode().then(
        () => undefined,
        () => undefined,
      ),
  }
}
