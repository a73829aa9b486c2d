#!/usr/bin/env node
// `npx galley COMMAND …`: the offline checks and the library commands (import, list, export,
// redline). No build needed:
// tsx compiles the TypeScript sources on the fly, with the repo's node tsconfig for `@shared/*`.
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
register({ tsconfig: join(root, 'tsconfig.node.json') })

const { main } = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href)
process.exitCode = await main(process.argv.slice(2))
