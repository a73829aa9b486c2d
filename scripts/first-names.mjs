// Writes src/shared/language/first-names.json from compromise's lexicon (a maintained English
// NLP library): first names with the gender compromise gives them. The language layer uses it
// to agree pronouns with people; compromise itself takes ~600 ms to load, too slow for a check.
// Run: node scripts/first-names.mjs
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'

const lexicon = nlp.world().model.one.lexicon
const female = []
const male = []
const unisex = []
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]+$/.test(word)) continue
  const tags = Array.isArray(tag) ? tag : [tag]
  if (tags.includes('FemaleName')) female.push(word)
  else if (tags.includes('MaleName')) male.push(word)
  else if (tags.includes('FirstName')) unisex.push(word)
}
const out = {
  source: 'compromise lexicon',
  female: female.sort(),
  male: male.sort(),
  unisex: unisex.sort(),
}
const file = join(import.meta.dirname, '..', 'src', 'shared', 'language', 'first-names.json')
writeFileSync(file, `${JSON.stringify(out)}\n`)
console.log(`${female.length} female, ${male.length} male, ${unisex.length} either → ${file}`)
