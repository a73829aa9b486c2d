// `npm start`: Galley in Electron where its binary exists, else in browser mode. Args are forwarded.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
// Run the JS entry with this node rather than node_modules/.bin (a .cmd shim on Windows).
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')

/** True when an Electron binary is installed: the one electron-vite would launch. */
function hasElectronBinary() {
  const override = process.env['ELECTRON_EXEC_PATH']
  if (override) return existsSync(override)
  const electronDir = join(root, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  const executable = readFileSync(pathFile, 'utf8').trim()
  return executable !== '' && existsSync(join(electronDir, 'dist', executable))
}

/** Runs a child with our stdio, forwarding SIGINT/SIGTERM, and exits with its status. */
function runToEnd(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    })
  }
  child.on('error', (e) => {
    console.error(`Could not start ${command}: ${e.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (hasElectronBinary()) {
  // preview = build, then launch Electron on the build; args after `--` go to the app.
  runToEnd(process.execPath, [electronVite, 'preview', ...(args.length ? ['--', ...args] : [])])
} else {
  console.log(
    "Electron's binary is not available on this machine, so Galley starts in browser mode.",
  )
  const build = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '')
    process.stderr.write(build.stderr ?? '')
    console.error('Building Galley failed; see the errors above.')
    process.exit(build.status ?? 1)
  }
  runToEnd(process.execPath, [join(root, 'scripts', 'serve.js'), ...args])
}
