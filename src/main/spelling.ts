// Chromium's own spell-checker stays off in Galley's windows: on Windows and Linux it would
// download its dictionaries (.bdic files, Chromium's own format, not the Hunspell .aff/.dic Galley
// ships) from Google's servers, which an offline tool must not do. The window checks spelling
// itself (src/renderer/src/spelling: nspell with the dictionary-en files main serves over
// profile:spelling), with its own suggestions menu and the library's house words, exactly as in
// browser mode.
import type { Session } from 'electron'
import { APP_HOST, APP_SCHEME } from './protocol'

/** Where Chromium would look for dictionaries: inside the app, where there are none to fetch. */
export const NO_DICTIONARY_URL = `${APP_SCHEME}://${APP_HOST}/no-dictionaries/`

/** Turns Chromium's spell-checker off for a session and points its downloader inside the app. */
export function keepSpellingOffline(session: Session): void {
  session.setSpellCheckerEnabled(false)
  // Should anything turn it back on, the dictionaries would be looked for here, not on the internet.
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL)
}
