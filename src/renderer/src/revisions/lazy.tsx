import { Loading } from '../ui/States'
import { deferred } from '../ui/deferred'

const compare = deferred(
  () => import('./CompareView').then((m) => m.CompareView),
  () => <Loading label="Opening the comparison…" />,
)

/** Loads the comparison's code ahead of use (it carries the diff engine and the detectors). */
export const preloadCompare = compare.preload

/** The comparison, loaded on first use (or once a draft is open: see Shell). */
export const LazyCompareView = compare.Component
