import { Suspense, lazy } from 'react'
import { Loading } from '../ui/States'
import type { CompareView, CompareViewProps } from './CompareView'

interface CompareModule {
  readonly CompareView: typeof CompareView
}

let loaded: CompareModule | null = null
let loading: Promise<CompareModule> | null = null

/** Loads the comparison's code ahead of use (it carries the diff engine and the detectors). */
export function preloadCompare(): Promise<CompareModule> {
  loading ??= import('./CompareView').then((m) => (loaded = m))
  return loading
}

const Lazy = lazy(() => preloadCompare().then((m) => ({ default: m.CompareView })))

/**
 * The comparison, loaded on first use. Once preloaded it renders at once: React holds a
 * Suspense fallback on screen for at least 300 ms, which a preloaded module need not pay.
 */
export function LazyCompareView(props: CompareViewProps) {
  const View = loaded?.CompareView
  if (View) return <View {...props} />
  return (
    <Suspense fallback={<Loading label="Opening the comparison…" />}>
      <Lazy {...props} />
    </Suspense>
  )
}
