// A real library in a temp folder for core tests: opened with openCore, called through the same
// dispatch the window uses, closed and removed after the test (or after the file).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import type { Role } from '@shared/domain'
import { openCore, type GalleyCore } from '../../src/core'

export interface TestProfile {
  readonly name: string
  readonly role: Role
}

export interface TestLibrary {
  readonly core: GalleyCore
  readonly dir: string
  /** Calls a channel and returns its value; a refusal throws with its code and sentence. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel that must refuse, and returns the refusal. */
  refused(channel: ChannelName, input: unknown): Promise<{ code: string; message: string }>
}

interface Options {
  /** The profile set before the test runs (none: the library has no profile yet). */
  readonly profile?: TestProfile
  /** One library for the whole file instead of a fresh one per test. */
  readonly perFile?: boolean
  readonly seedSample?: boolean
}

/** Registers the hooks that give each test (or the file) a fresh library; read it in tests. */
export function useTestLibrary(prefix: string, options: Options = {}): TestLibrary {
  let dir: string | null = null
  let core: GalleyCore | null = null
  const open = async (): Promise<void> => {
    dir = await mkdtemp(join(tmpdir(), prefix))
    core = await openCore({
      libraryPath: dir,
      mode: 'browser',
      version: 'test',
      emit: () => undefined,
      seedSample: options.seedSample ?? false,
    })
    if (options.profile) await lib.call('profile:set', options.profile)
  }
  const close = async (): Promise<void> => {
    await core?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
    core = null
    dir = null
  }
  const lib: TestLibrary = {
    get core() {
      if (!core) throw new Error('the test library is not open')
      return core
    },
    get dir() {
      if (!dir) throw new Error('the test library is not open')
      return dir
    },
    async call(channel, input) {
      const res = await lib.core.dispatch(channel, input)
      if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
      return res.value as never
    },
    async refused(channel, input) {
      const res = await lib.core.dispatch(channel, input)
      if (res.ok) throw new Error(`${channel} was not refused`)
      return res.error
    },
  }
  if (options.perFile) {
    beforeAll(open)
    afterAll(close)
  } else {
    beforeEach(open)
    afterEach(close)
  }
  return lib
}

/** Writes the sample library into `dir` (opened once with openCore, then closed). */
export async function seedSampleLibrary(dir: string): Promise<void> {
  const core = await openCore({
    libraryPath: dir,
    mode: 'browser',
    version: 'test',
    emit: () => undefined,
  })
  await core.close()
}
