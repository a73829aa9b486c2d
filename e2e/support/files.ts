import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@playwright/test'

/** A 1×1 transparent PNG: a real image, to rename into a text file's name. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/** A folder for this test's fixture files, inside its own Playwright output folder. */
export async function fixtureDir(): Promise<string> {
  const dir = test.info().outputPath('files')
  await mkdir(dir, { recursive: true })
  return dir
}

async function put(dir: string, fileName: string, data: string | Buffer): Promise<string> {
  const path = join(dir, fileName)
  await writeFile(path, data)
  return path
}

/** Writes a Markdown file and returns its path. */
export function writeMarkdown(dir: string, fileName: string, text: string): Promise<string> {
  return put(dir, fileName, text)
}

/** Writes an HTML file and returns its path. */
export function writeHtml(dir: string, fileName: string, html: string): Promise<string> {
  return put(dir, fileName, html)
}

/** A complete HTML page with a heading, a paragraph and some content that must be dropped. */
export function htmlPage(title: string, paragraph: string): string {
  return [
    '<!doctype html>',
    `<html><head><title>${title}</title><style>p { color: red }</style></head>`,
    '<body>',
    `<h1>${title}</h1>`,
    `<p onclick="alert(1)">${paragraph}</p>`,
    '<script>window.__hacked = true</script>',
    '</body></html>',
  ].join('\n')
}

/** Random bytes named like a .docx: not a zip, so no importer can read it. */
export function writeCorruptDocx(dir: string, fileName = 'broken.docx'): Promise<string> {
  return put(dir, fileName, randomBytes(4096))
}

/** A PNG renamed to .md: binary content under a text file's name. */
export function writePngAsMarkdown(dir: string, fileName = 'photo.md'): Promise<string> {
  return put(dir, fileName, PNG_1X1)
}
