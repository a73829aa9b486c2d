import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { EventSink } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { defaultLibraryPath, lastLibraryFile, LibrarySwitcher, openCore } from '../core'
import { startHost, type Host } from './server'

const USAGE = `Usage: npm run serve -- [--port N] [--library DIR] [--no-sample]

Starts Galley in browser mode on 127.0.0.1 and prints the address to open.
  --port N       port to listen on (default: any free port)
  --library DIR  library folder (default: $GALLEY_LIBRARY, else the library opened last,
                 else ${defaultLibraryPath()})
  --no-sample    do not write the sample library into an empty library`

function version(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        library: { type: 'string' },
        'no-sample': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (args.help) {
    console.log(USAGE)
    return 0
  }
  const port = args.port === undefined ? 0 : Number(args.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${args.port}".`)
    return 2
  }
  // The library opened last (Open shared library…, then "Open it now") is opened again, unless
  // a folder is named; a named folder is not remembered over it.
  const last = lastLibraryFile(join(dirname(defaultLibraryPath()), 'last-library.json'))
  const named = args.library ?? process.env['GALLEY_LIBRARY']
  const libraryPath = named ?? (await last.read()) ?? defaultLibraryPath()

  let host: Host | null = null
  const emit: EventSink = (event, payload) => host?.emit(event, payload)
  const core: LibrarySwitcher = new LibrarySwitcher(
    (path) =>
      openCore({
        libraryPath: path,
        mode: 'browser',
        version: version(),
        emit,
        seedSample: !args['no-sample'],
        warmAnalysers: true,
        openLibrary: async (folder) => {
          const opened = await core.open(folder)
          console.log(`Library: ${opened}`)
          return opened
        },
      }),
    named ? undefined : (path) => last.write(path),
  )
  try {
    await core.start(libraryPath)
  } catch (e) {
    if (e instanceof GalleyError) {
      console.error(e.message)
      return e.code === 'library-locked' ? 3 : 1
    }
    throw e
  }
  try {
    host = await startHost({
      dispatch: core.dispatch,
      rendererDir: join(import.meta.dirname, '../renderer'),
      port,
    })
  } catch (e) {
    await core.close()
    const err = e as NodeJS.ErrnoException
    console.error(
      err.code === 'EADDRINUSE'
        ? `Port ${port} is already in use; choose another with --port.`
        : err.message,
    )
    return 1
  }
  console.log(`Galley is running at ${host.url}`)
  console.log(`Library: ${core.libraryPath}`)

  const started = host
  await new Promise<void>((resolve) => {
    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      void started
        .close()
        .then(() => core.close())
        .then(resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
