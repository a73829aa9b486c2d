// npm's postinstall step: Galley needs the Node that package.json's `engines` names (22.12 or
// later: Electron 45 and its tools require it). Where the Node running npm is older, this fetches
// Node 24 (the line Electron 45 embeds) from the npm registry into node_modules/.cache/galley-node
// and links it as node_modules/.bin/node. npm puts node_modules/.bin first on PATH for every
// `npm run` script, so `npm start`, `npm test` and `npm run bench` then run on that Node; nothing
// outside this clone changes. Where the Node is recent enough it does nothing (and removes a link
// it made earlier). See README.md, "Which Node".
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The Node line fetched from the registry when the installed one is too old. */
export const REGISTRY_NODE_RANGE = '24'

/** Parses `engines.node`: alternatives `^X.Y.Z` or `>=X.Y.Z` joined by `||`. */
export function parseEngines(range) {
  const alternatives = String(range ?? '')
    .split('||')
    .map((part) => /^(\^|>=)\s*(\d+)\.(\d+)\.(\d+)$/.exec(part.trim()))
  if (alternatives.length === 0 || alternatives.some((m) => !m)) {
    throw new Error(`engines.node must read like "^22.13.0 || >=24.0.0", not "${range}"`)
  }
  return alternatives.map((m) => ({ op: m[1], version: m.slice(2).map(Number) }))
}

/** True when `version` (`a.b.c` or `va.b.c`) is at least `minimum` ([major, minor, patch]). */
function isAtLeast(version, minimum) {
  for (let i = 0; i < 3; i++) {
    if (version[i] !== minimum[i]) return version[i] > minimum[i]
  }
  return true
}

/** True when `version` satisfies `engines.node` (only the forms parseEngines reads). */
export function satisfies(version, range) {
  const v = String(version)
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0)
  return parseEngines(range).some(
    (alt) => isAtLeast(v, alt.version) && (alt.op === '>=' || v[0] === alt.version[0]),
  )
}

/** `^22.13.0 || ^24.0.0 || >=26.0.0` in words: "22.13 or a later 22, any 24, or 26 or later". */
export function describeEngines(range) {
  const words = parseEngines(range).map(({ op, version: [major, minor, patch] }) => {
    const v = patch ? `${major}.${minor}.${patch}` : minor ? `${major}.${minor}` : `${major}`
    if (op === '>=') return `${v} or later`
    return minor || patch ? `${v} or a later ${major}` : `any ${major}`
  })
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')}, or ${words.at(-1)}`
}

/** The npm package holding Node's binary for a platform and CPU (as the `node` package names them). */
export function binaryPackage(platform, arch) {
  const os = platform === 'win32' ? 'win' : platform
  const cpu = os === 'win' && arch === 'ia32' ? 'x86' : arch
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node'
  return `${prefix}-${os}-${cpu}`
}

/** The node binary inside an installed binary package. */
function binaryIn(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.node
  if (!bin) throw new Error(`${packageDir} names no node binary`)
  return join(packageDir, bin)
}

/** The version a node binary reports, or null when it does not run here. */
function versionOf(binary) {
  const r = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

/** True when `path` is a link this script made: a symlink into our cache, or on Windows a node.exe. */
function isOurLink(path, cache, platform) {
  if (platform === 'win32') return existsSync(path)
  try {
    const info = lstatSync(path)
    if (!info.isSymbolicLink()) return false
    return resolve(dirname(path), readlinkSync(path)).startsWith(cache)
  } catch {
    return false
  }
}

/** Makes `link` start `binary`: a relative symlink, or on Windows a hard link or copy of node.exe. */
function linkBinary(binary, link) {
  rmSync(link, { force: true })
  mkdirSync(dirname(link), { recursive: true })
  if (process.platform !== 'win32') return symlinkSync(relative(dirname(link), binary), link)
  try {
    linkSync(binary, link)
  } catch {
    copyFileSync(binary, link)
  }
}

/**
 * Installs the newest `node-<os>-<cpu>@range` into `cache` with the npm that is running this
 * install (its registry and proxy settings apply; npm checks the tarball's integrity).
 */
function fetchNode(cache, pkg, range, env) {
  mkdirSync(cache, { recursive: true })
  const npmArgs = [
    'install',
    '--prefix',
    cache,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `${pkg}@${range}`,
  ]
  const npmCli = env['npm_execpath']
  const r = npmCli
    ? spawnSync(env['npm_node_execpath'] ?? process.execPath, [npmCli, ...npmArgs], {
        encoding: 'utf8',
        env,
      })
    : spawnSync('npm', npmArgs, { encoding: 'utf8', env, shell: process.platform === 'win32' })
  if (r.status !== 0) {
    const detail = `${r.stderr ?? ''}${r.error?.message ?? ''}`.trim().split('\n').at(-1)
    throw new Error(`npm could not install ${pkg}@${range}${detail ? `: ${detail}` : ''}`)
  }
}

/**
 * Decides and does what the install needs; returns the one line to print (or null when there is
 * nothing to say) and whether it failed.
 */
export function provideNode({
  root,
  outerVersion,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
  fetch = fetchNode,
}) {
  const pkgJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const wanted = pkgJson.engines?.node
  const needs = describeEngines(wanted)
  const cache = join(root, 'node_modules', '.cache', 'galley-node')
  const link = join(root, 'node_modules', '.bin', platform === 'win32' ? 'node.exe' : 'node')

  if (satisfies(outerVersion, wanted)) {
    if (!isOurLink(link, cache, platform)) return { line: null, ok: true }
    rmSync(link, { force: true })
    return {
      line: `Node ${outerVersion} is recent enough for Galley: the npm scripts use it again (removed the registry Node's link).`,
      ok: true,
    }
  }

  const pkg = binaryPackage(platform, arch)
  const packageDir = join(cache, 'node_modules', pkg)
  try {
    let binary = existsSync(packageDir) ? binaryIn(packageDir) : null
    let version = binary ? versionOf(binary) : null
    if (!version || !satisfies(version, wanted)) {
      fetch(cache, pkg, REGISTRY_NODE_RANGE, env)
      binary = binaryIn(packageDir)
      version = versionOf(binary)
      if (!version) throw new Error(`the fetched ${binary} does not run on this machine`)
      if (!satisfies(version, wanted)) throw new Error(`the registry gave Node ${version}`)
    }
    linkBinary(binary, link)
    return {
      line: `Node ${outerVersion} is not one Galley supports (it needs ${needs}), so the npm scripts run on Node ${version} from the npm registry (node_modules/.bin/node).`,
      ok: true,
    }
  } catch (e) {
    return {
      line: `Galley needs Node ${needs}, and this is Node ${outerVersion}; getting Node ${REGISTRY_NODE_RANGE} from the npm registry failed (${e instanceof Error ? e.message : String(e)}): install Node ${REGISTRY_NODE_RANGE} LTS (https://nodejs.org/) and run npm install again.`,
      ok: false,
    }
  }
}

/** The version of the Node running npm: npm's own, not a node_modules/.bin/node made earlier. */
function outerNodeVersion() {
  const npmNode = process.env['npm_node_execpath']
  if (!npmNode || resolve(npmNode) === resolve(process.execPath)) return process.versions.node
  return versionOf(npmNode) ?? process.versions.node
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { line, ok } = provideNode({
    root: fileURLToPath(new URL('..', import.meta.url)),
    outerVersion: outerNodeVersion(),
  })
  if (line) (ok ? console.log : console.error)(line)
  process.exitCode = ok ? 0 : 1
}
