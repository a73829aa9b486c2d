import { GalleyError } from '@shared/errors'
import { formatReport, hasErrors, runCheck } from '../core/check/run'
import { LIBRARY_USAGE, isLibraryCommand, runLibraryCommand } from './library'
import { SYNC_USAGE, syncCommand } from './sync'

export const USAGE = `Usage: galley check FILE [--json]
       galley import FILE [--draft ID] --library DIR
       galley list --library DIR [--json]
       galley export --library DIR --draft ID --as FORMAT [--revision N] --out FILE
       galley redline --library DIR --draft ID --from N --to M --as docx|pdf --out FILE
       galley sync --library DIR [--remote URL]

  galley check FILE [--json]
      Reads FILE (.md, .txt, .html or .docx) with Galley's importers and runs the offline
      checks: suggested claims to fact-check, quotes and disclosures. --json prints one JSON
      object: { file, claims, quotes, disclosures, findings }.
${LIBRARY_USAGE}
${SYNC_USAGE}
  -h, --help  print this help

Exit status: 0 done (check: no finding is an error), 1 check found an error, 2 bad input (one
sentence on stderr says what; nothing is written), 3 the library is open in another Galley,
4 (sync) the shared library could not be reached.
`

/** Where the command writes; a parameter so tests can capture it. */
export interface Io {
  readonly out: (s: string) => void
  readonly err: (s: string) => void
}

const processIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
}

/** `galley` with its arguments (without node and the script); resolves to the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = [...argv]
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    ;(args.length === 0 ? io.err : io.out)(USAGE)
    return args.length === 0 ? 2 : 0
  }
  const [command, ...rest] = args
  if (command && isLibraryCommand(command)) return runLibraryCommand(command, rest, io)
  if (command === 'sync') return syncCommand(rest, io)
  if (command !== 'check') {
    io.err(`galley: unknown command "${command ?? ''}".\n\n${USAGE}`)
    return 2
  }
  const json = rest.includes('--json')
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--json')
  const files = rest.filter((a) => !a.startsWith('-'))
  if (unknown.length > 0 || files.length !== 1) {
    const why =
      unknown.length > 0
        ? `unknown option ${unknown.join(', ')}`
        : files.length === 0
          ? 'no FILE given'
          : 'give one FILE at a time'
    io.err(`galley check: ${why}.\n\n${USAGE}`)
    return 2
  }
  try {
    const report = await runCheck(files[0] ?? '')
    io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
    return hasErrors(report) ? 1 : 0
  } catch (e) {
    if (e instanceof GalleyError) {
      io.err(`galley check: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
