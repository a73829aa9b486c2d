import { LIMITS } from '@shared/constants'

/** The file types Import offers (the host decides what it can read). */
export const IMPORT_ACCEPT = '.md,.markdown,.txt,.html,.htm,.docx,.galley,.json'

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** A random id in the contract's id alphabet, to match `import:progress` events to an import. */
export function newImportId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return `imp_${Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('')}`
}

/** The file's bytes as base64 (without the data: URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsDataURL(file)
  })
}

/** The refusal for a file over the import limit, worded as the host words it; else null. */
export function tooLarge(file: { name: string; size: number }): string | null {
  if (file.size <= LIMITS.importBytes) return null
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`
  return `"${file.name}" is ${mb(file.size)}; Galley imports files up to ${mb(LIMITS.importBytes)}.`
}
