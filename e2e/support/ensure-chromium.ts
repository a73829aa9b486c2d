// Run before the end-to-end tests and the benchmarks: makes sure there is a Chromium to drive.
// Where there is none it installs one when it can do so without asking (see ensureChromium),
// else it stops with one line saying what to do.
import { ensureChromium } from './chromium'

try {
  ensureChromium()
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(1)
}
