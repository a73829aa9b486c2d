// `galley import | list | export | redline` on a library folder: the same core, channels and
// validation as the app, for newsroom pipelines. Nothing is written when a command fails.
import { existsSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract'
import { GalleyError } from '@shared/errors'
import { openCore, type GalleyCore } from '../core'
import { writeFileAtomic } from '../core/storage/atomic'
import type { Io } from './main'

/** Exit statuses: 0 done, 2 bad input (a sentence says which), 3 the library is open elsewhere. */
export const EXIT = { ok: 0, input: 2, locked: 3 } as const

export const LIBRARY_USAGE = `  galley import FILE [--draft ID | --merge] --library DIR
      Imports FILE (.md, .txt, .html, .docx or a .galley.json) as a new draft, or as a new
      revision of draft ID; prints the draft id. Made by the library's profile. With --merge,
      a .galley.json of a draft the library already has is merged into it (disputes and
      divergent revisions printed on stderr); without it, such a file becomes a named copy.
  galley list --library DIR [--json]
      Lists the library's drafts (id, title, status, revisions, claims, readiness).
  galley export --library DIR --draft ID --as FORMAT [--revision N] --out FILE
      FORMAT: docx, md or html (the article; --revision N, default the current one),
      review-docx (the review as Word comments), csv (the claim log), portable (a Galley file).
  galley redline --library DIR --draft ID --from N --to M --as docx|pdf --out FILE
      Revisions N and M as a redline: .docx with tracked changes, or PDF (needs Chromium).`

const FORMATS = ['docx', 'md', 'html', 'review-docx', 'csv', 'portable'] as const
type Format = (typeof FORMATS)[number]

/** A refusal with the exit status it ends in. */
class CliError extends Error {
  constructor(
    message: string,
    readonly status: number = EXIT.input,
  ) {
    super(message)
  }
}

type Options = Record<string, string | boolean | undefined>

function parse(
  command: string,
  args: readonly string[],
  spec: Record<string, 'string' | 'boolean'>,
) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(Object.entries(spec).map(([k, type]) => [k, { type }])),
      allowPositionals: true,
      strict: true,
    })
    return { values: values as Options, positionals }
  } catch (e) {
    // node:util says "Unknown option '--x'…" or "Option '--out <value>' argument missing".
    const first = ((e as Error).message.split('\n')[0] ?? '').replace(/\. To specify.*$/, '')
    throw new CliError(`galley ${command}: ${first.replace(/\.$/, '')}.`)
  }
}

function need(command: string, o: Options, name: string): string {
  const v = o[name]
  if (typeof v !== 'string' || v.trim() === '') {
    throw new CliError(`galley ${command}: --${name} is required.`)
  }
  return v
}

function revisionNumber(command: string, flag: string, v: string): number {
  if (!/^[1-9]\d{0,6}$/.test(v)) {
    throw new CliError(
      `galley ${command}: --${flag} takes a revision number such as 1 or 2, not "${v}".`,
    )
  }
  return Number(v)
}

/** A folder that already holds a Galley library (its drafts folder or settings). */
function existingLibrary(command: string, dir: string): string {
  const path = resolve(dir)
  if (!existsSync(path)) throw new CliError(`galley ${command}: there is no folder at ${path}.`)
  if (!statSync(path).isDirectory())
    throw new CliError(`galley ${command}: ${path} is a file, not a library folder.`)
  if (!existsSync(resolve(path, 'drafts')) && !existsSync(resolve(path, 'settings.json'))) {
    throw new CliError(
      `galley ${command}: ${path} is not a Galley library (it has no drafts folder).`,
    )
  }
  return path
}

/** Where --out goes: its folder must exist, and it must not be a folder itself. */
function outPath(command: string, out: string): string {
  const path = resolve(out)
  if (!existsSync(dirname(path))) {
    throw new CliError(`galley ${command}: the folder ${dirname(path)} does not exist.`)
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new CliError(`galley ${command}: --out ${path} is a folder; give a file name.`)
  }
  return path
}

async function withCore<T>(path: string, work: (core: GalleyCore) => Promise<T>): Promise<T> {
  const core = await openCore({
    libraryPath: path,
    mode: 'browser',
    lockLabel: 'command-line',
    version: 'cli',
    emit: () => undefined,
    seedSample: false,
  })
  try {
    return await work(core)
  } finally {
    await core.close()
  }
}

async function call<C extends ChannelName>(
  core: GalleyCore,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const res = await core.dispatch(channel, input)
  if (!res.ok) throw new GalleyError(res.error.code, res.error.message)
  return res.value as ChannelOutput<C>
}

/** Revision number → id in a draft, refusing a number the draft does not have. */
async function revisionId(
  core: GalleyCore,
  command: string,
  draftId: string,
  n: number,
): Promise<string> {
  const detail = await call(core, 'drafts:get', { id: draftId })
  const r = detail.revisions.find((x) => x.number === n)
  if (!r) {
    const have = detail.revisions.map((x) => x.number).sort((a, b) => a - b)
    throw new CliError(
      `galley ${command}: draft ${draftId} has no revision ${n} (it has ${have.length === 1 ? 'revision' : 'revisions'} ${have.join(', ')}).`,
    )
  }
  return r.id
}

async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('import', args, {
    library: 'string',
    draft: 'string',
    merge: 'boolean',
  })
  const library = need('import', values, 'library')
  if (positionals.length !== 1) {
    throw new CliError(
      `galley import: ${positionals.length === 0 ? 'no FILE given' : 'give one FILE at a time'}.`,
    )
  }
  const file = resolve(positionals[0] ?? '')
  if (!existsSync(file) || !statSync(file).isFile())
    throw new CliError(`galley import: there is no file at ${file}.`)
  const path = resolve(library)
  const fresh = !existsSync(path)
  try {
    const { draftId } = await withCore(path, async (core) => {
      const draft = values['draft']
      if (typeof draft === 'string') await call(core, 'drafts:get', { id: draft }) // not-found first
      if (/\.galley(\.json)?$/i.test(file)) {
        const { readFile } = await import('node:fs/promises')
        const bytes = await readFile(file)
        if (typeof draft === 'string') {
          throw new CliError(
            'galley import: a Galley file becomes a draft of its own; leave out --draft.',
          )
        }
        const portable = {
          fileName: file.split(/[\\/]/).pop() ?? 'draft.galley.json',
          dataBase64: bytes.toString('base64'),
        }
        const here = values['merge']
          ? (await call(core, 'import:inspectPortable', portable)).existing
          : null
        const out = await call(core, 'import:portable', {
          ...portable,
          ...(here ? { mergeInto: here.draftId } : {}),
        })
        const m = out.merged
        if (m) {
          io.err(
            `galley import: merged into “${out.title}”: ${m.revisionsAdded} new revision(s), ${m.claimsAdded} new claim(s).\n`,
          )
          for (const line of [...m.disputes, ...m.divergent, ...m.notes]) io.err(`  ${line}\n`)
        } else if (values['merge']) {
          io.err(
            'galley import: no draft here is a copy of this file; imported it as a new draft.\n',
          )
        }
        return { draftId: out.draftId }
      }
      if (values['merge']) {
        throw new CliError('galley import: --merge is for a Galley file (.galley.json).')
      }
      return core.importPath(file, typeof draft === 'string' ? { draftId: draft } : {})
    })
    io.out(`${draftId}\n`)
    return EXIT.ok
  } catch (e) {
    // A library folder this command made for an import that failed is taken away again.
    if (fresh) await rm(path, { recursive: true, force: true })
    throw e
  }
}

async function listCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('list', args, { library: 'string', json: 'boolean' })
  if (positionals.length > 0) throw new CliError(`galley list: unexpected "${positionals[0]}".`)
  const path = existingLibrary('list', need('list', values, 'library'))
  const drafts = await withCore(path, (core) => call(core, 'drafts:list', { view: 'active' }))
  const rows = drafts.map((d) => ({
    id: d.id,
    title: d.title,
    byline: d.byline,
    status: d.status,
    updatedAt: d.updatedAt,
    revisions: d.revisionCount,
    claims: d.claims,
    ...(d.readiness ? { readiness: d.readiness } : {}),
  }))
  if (values['json']) io.out(`${JSON.stringify(rows, null, 2)}\n`)
  else {
    for (const d of rows) {
      io.out(
        `${d.id}  ${d.title}  (${d.status}, ${d.revisions} revision${d.revisions === 1 ? '' : 's'}, ${d.claims.total} claim${d.claims.total === 1 ? '' : 's'})\n`,
      )
    }
  }
  return EXIT.ok
}

async function exportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('export', args, {
    library: 'string',
    draft: 'string',
    as: 'string',
    revision: 'string',
    out: 'string',
  })
  if (positionals.length > 0) throw new CliError(`galley export: unexpected "${positionals[0]}".`)
  const path = existingLibrary('export', need('export', values, 'library'))
  const draftId = need('export', values, 'draft')
  const as = need('export', values, 'as')
  if (!(FORMATS as readonly string[]).includes(as)) {
    throw new CliError(`galley export: --as takes ${FORMATS.join(', ')}; not "${as}".`)
  }
  const format = as as Format
  const rev = values['revision']
  if (typeof rev === 'string' && !['docx', 'md', 'html'].includes(format)) {
    throw new CliError(
      `galley export: --revision is for the article (docx, md, html); ${format} is of the current revision.`,
    )
  }
  const out = outPath('export', need('export', values, 'out'))
  const data = await withCore(path, async (core): Promise<Uint8Array> => {
    switch (format) {
      case 'docx':
      case 'md':
      case 'html': {
        const revisionIdValue =
          typeof rev === 'string'
            ? await revisionId(core, 'export', draftId, revisionNumber('export', 'revision', rev))
            : undefined
        const f = await call(core, 'export:article', {
          draftId,
          format,
          ...(revisionIdValue ? { revisionId: revisionIdValue } : {}),
        })
        return Buffer.from(f.dataBase64, 'base64')
      }
      case 'review-docx':
        return Buffer.from(
          (await call(core, 'export:reviewDocx', { draftId })).dataBase64,
          'base64',
        )
      case 'csv':
        return Buffer.from((await call(core, 'export:claimLog', { draftId })).dataBase64, 'base64')
      case 'portable':
        return Buffer.from((await call(core, 'export:draft', { draftId })).text, 'utf8')
    }
  })
  await writeFileAtomic(out, data, { mode: 0o666 })
  io.out(`${out}\n`)
  return EXIT.ok
}

async function redlineCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('redline', args, {
    library: 'string',
    draft: 'string',
    from: 'string',
    to: 'string',
    as: 'string',
    out: 'string',
  })
  if (positionals.length > 0) throw new CliError(`galley redline: unexpected "${positionals[0]}".`)
  const path = existingLibrary('redline', need('redline', values, 'library'))
  const draftId = need('redline', values, 'draft')
  const from = revisionNumber('redline', 'from', need('redline', values, 'from'))
  const to = revisionNumber('redline', 'to', need('redline', values, 'to'))
  if (from === to)
    throw new CliError('galley redline: --from and --to must be two different revisions.')
  const as = need('redline', values, 'as')
  if (as !== 'docx' && as !== 'pdf')
    throw new CliError(`galley redline: --as takes docx or pdf; not "${as}".`)
  const out = outPath('redline', need('redline', values, 'out'))
  const data = await withCore(path, async (core) => {
    const fromRevisionId = await revisionId(core, 'redline', draftId, from)
    const toRevisionId = await revisionId(core, 'redline', draftId, to)
    const f = await call(core, 'export:redline', {
      draftId,
      fromRevisionId,
      toRevisionId,
      format: as,
    })
    return Buffer.from(f.dataBase64, 'base64')
  })
  await writeFileAtomic(out, data, { mode: 0o666 })
  io.out(`${out}\n`)
  return EXIT.ok
}

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: Io) => Promise<number>>> = {
  import: importCommand,
  list: listCommand,
  export: exportCommand,
  redline: redlineCommand,
}

/** Whether `command` is one of the library commands. */
export function isLibraryCommand(command: string): boolean {
  return Object.hasOwn(COMMANDS, command)
}

/** Runs a library command; refusals become one sentence on stderr and exit 2 (3 when locked). */
export async function runLibraryCommand(
  command: string,
  args: readonly string[],
  io: Io,
): Promise<number> {
  const run = COMMANDS[command]
  if (!run) throw new Error(`not a library command: ${command}`)
  try {
    return await run(args, io)
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`)
      return e.status
    }
    if (e instanceof GalleyError && e.code === 'no-profile') {
      io.err(
        `galley ${command}: this library has no profile yet, and every change is recorded with who made it: open the library in Galley once and say who you are.\n`,
      )
      return EXIT.input
    }
    if (e instanceof GalleyError) {
      io.err(`galley ${command}: ${e.message}\n`)
      return e.code === 'library-locked' ? EXIT.locked : EXIT.input
    }
    const errno = e as NodeJS.ErrnoException
    if (typeof errno.code === 'string' && typeof errno.path === 'string') {
      // A file the system would not let us read or write (EACCES, ENOSPC, EROFS …).
      io.err(`galley ${command}: ${errno.path}: ${errno.message.replace(/^[A-Z]+: /, '')}\n`)
      return EXIT.input
    }
    throw e
  }
}
