// Unmounts what each test rendered, and fills in the few browser APIs jsdom lacks that
// Radix primitives and the article touch.
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver
Element.prototype.scrollIntoView ??= function scrollIntoView() {}
Element.prototype.hasPointerCapture ??= () => false
Element.prototype.releasePointerCapture ??= () => {}
// jsdom lays nothing out: a range has no boxes (revealing a span in the article asks for one).
Range.prototype.getBoundingClientRect ??= () => new DOMRect()

afterEach(() => {
  cleanup()
})
