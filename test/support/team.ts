// Team tests' shared set-up: one real Git smart-HTTP server (git http-backend) for the file, a
// fresh temp folder per test, and libraries opened with openCore that are closed after each test.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { openCore, type GalleyCore } from '../../src/core'
import { startGitServer, type GitServer } from '../harness/git-server'

export interface TeamFixture {
  /** The file's Git server (started before its first test). */
  readonly server: GitServer
  /** This test's temp folder (removed after it). */
  readonly root: string
  /** Opens a library in `dir`, closed after the test. */
  open(dir: string, seedSample?: boolean): Promise<GalleyCore>
  /** Closes a library before the test ends. */
  close(core: GalleyCore): Promise<void>
}

/** Registers the hooks of a team test file: a server with `token`, temp folders named `prefix…`. */
export function teamFixture(token: string, prefix: string): TeamFixture {
  let server: GitServer | null = null
  let root = ''
  const cores: GalleyCore[] = []
  beforeAll(async () => {
    server = await startGitServer({ token })
  })
  afterAll(async () => {
    await server?.close()
  })
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), prefix))
  })
  afterEach(async () => {
    await Promise.all(cores.splice(0).map((c) => c.close()))
    await rm(root, { recursive: true, force: true })
  })
  return {
    get server() {
      if (!server) throw new Error('the Git server has not started')
      return server
    },
    get root() {
      return root
    },
    async open(dir, seedSample = true) {
      const core = await openCore({
        libraryPath: dir,
        mode: 'browser',
        version: 'test',
        emit: () => undefined,
        seedSample,
      })
      cores.push(core)
      return core
    },
    async close(core) {
      cores.splice(cores.indexOf(core), 1)
      await core.close()
    },
  }
}

/** A library's channels as functions: a refusal throws with its code and sentence. */
export function caller(core: GalleyCore) {
  return async <C extends ChannelName>(c: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const res = await core.dispatch(c, input)
    if (!res.ok) throw new Error(`${c}: ${res.error.code}: ${res.error.message}`)
    return res.value as ChannelOutput<C>
  }
}
