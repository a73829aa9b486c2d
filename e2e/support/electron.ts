import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

/**
 * The Electron binary, or null when there is none. It reads what the `electron` package
 * recorded instead of importing it: importing it without a binary starts a download.
 */
export function findElectron(): string | null {
  const fromEnv = process.env['ELECTRON_PATH']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  const pkg = join(root, 'node_modules', 'electron')
  try {
    const relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim()
    const dist = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(pkg, 'dist')
    const binary = join(dist, relative)
    return relative && existsSync(binary) ? binary : null
  } catch {
    return null
  }
}
