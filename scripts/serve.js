// `npm run serve`: starts Galley's browser host, building it first if there is no build yet.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { HOST_NODE_FLAGS, hostEnv } from './host-node-flags.js'

const root = join(import.meta.dirname, '..')
const entry = join(root, 'out', 'main', 'serve.js')
const args = process.argv.slice(2)
const rebuild = args.includes('--build')

if (rebuild || !existsSync(entry) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (build.status !== 0) {
    console.error('Building Galley failed; see the errors above.')
    process.exit(build.status ?? 1)
  }
}

// The host's own Node options and C library settings (its memory: see host-node-flags.js).
const child = spawn(
  process.execPath,
  [...HOST_NODE_FLAGS, entry, ...args.filter((a) => a !== '--build')],
  { cwd: root, stdio: 'inherit', env: hostEnv() },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
