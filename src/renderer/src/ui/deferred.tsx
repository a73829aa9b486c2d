import { Suspense, lazy, type ComponentType, type ReactNode } from 'react'

export interface Deferred<P extends object> {
  /** Renders the component: at once when its code is in, else `fallback` until it is. */
  readonly Component: (props: P) => ReactNode
  /** Loads its code ahead of use. */
  readonly preload: () => Promise<unknown>
}

/**
 * A component whose code loads on first use (or on `preload`), kept out of the window's first
 * bundle. Once loaded it renders directly: React holds a Suspense fallback on screen for at least
 * 300 ms, which code that is already here need not pay, so callers preload what a person is
 * likely to open soon.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): Deferred<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const preload = () => (loading ??= load().then((c) => (loaded = c)))
  const Lazy = lazy(() => preload().then((c) => ({ default: c })))
  function Component(props: P) {
    const Loaded = loaded
    if (Loaded) return <Loaded {...props} />
    return (
      <Suspense fallback={fallback(props)}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return { Component, preload }
}
