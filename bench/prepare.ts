import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ensureChromium } from '../e2e/support/chromium'

const root = join(import.meta.dirname, '..')

export interface PrepareOptions {
  /** Builds Galley (out/main, out/preload, out/renderer); returns its status and output. */
  readonly build?: () => { status: number | null; output: string }
  /** Finds or installs the Chromium the window scenarios drive. */
  readonly chromium?: () => string
  /** Where a failed build's output goes. */
  readonly write?: (text: string) => void
}

function electronViteBuild(): { status: number | null; output: string } {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const r = spawnSync(process.execPath, [cli, 'build'], { cwd: root, encoding: 'utf8' })
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}` }
}

/**
 * What the scenarios need before the first one runs: a build of the current sources (several
 * start the browser host from out/, and a stale build would measure old code) and a Chromium.
 * Throws one line when either cannot be had.
 */
export function prepareBench(options: PrepareOptions = {}): void {
  const { status, output } = (options.build ?? electronViteBuild)()
  if (status !== 0) {
    ;(options.write ?? ((text: string) => process.stderr.write(text)))(output)
    throw new Error('Building Galley for the benchmarks failed; see the errors above.')
  }
  ;(options.chromium ?? ensureChromium)()
}
