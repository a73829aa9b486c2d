// Unmounts what each test rendered, and fills in the few browser APIs jsdom lacks that
// Radix primitives touch.
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

afterEach(() => {
  cleanup()
})
