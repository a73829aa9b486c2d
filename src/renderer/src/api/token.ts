const KEY = 'galley.token'

/** The parts of the page the token handling touches; passed in so tests can give their own. */
export interface TokenPlace {
  readonly location: Pick<Location, 'href'>
  readonly history: Pick<History, 'replaceState' | 'state'>
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>
}

/**
 * The browser host's launch token: taken from `?token=` (then kept in sessionStorage so a
 * reload works, and removed from the address bar), or from sessionStorage.
 */
export function takeToken(place: TokenPlace): string | null {
  const url = new URL(place.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    place.storage.setItem(KEY, fromUrl)
    url.searchParams.delete('token')
    place.history.replaceState(place.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return place.storage.getItem(KEY)
}
