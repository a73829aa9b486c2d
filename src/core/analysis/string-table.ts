/**
 * Distinct strings, each numbered by where it was first added: the compact forms an analysis
 * thread sends (./shared-reading.ts, ./suggestion-codec.ts) carry numbers and one table of the
 * strings they stand for, instead of a copy of a string at every place it is used.
 */
export function stringTable(): { readonly strings: string[]; intern(s: string): number } {
  const strings: string[] = []
  const index = new Map<string, number>()
  return {
    strings,
    intern(s) {
      let k = index.get(s)
      if (k === undefined) {
        k = strings.length
        strings.push(s)
        index.set(s, k)
      }
      return k
    },
  }
}
