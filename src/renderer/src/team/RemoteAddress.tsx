import { Fragment, type ReactNode } from 'react'

/**
 * An address cut after each '/' of its path (not inside the scheme's '//'): the parts a long
 * address is wrapped between.
 */
export function addressParts(url: string): string[] {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? ''
  const rest = url.slice(scheme.length).split(/(?<=\/)/)
  return rest.length > 0 ? [scheme + (rest[0] ?? ''), ...rest.slice(1)] : [scheme]
}

/**
 * A repository address as text: whole (selectable and copied as it is: `<wbr>` adds no
 * characters), in its title as well, and wrapped between its parts. Each part is kept whole on
 * a line when it fits (an inline block); a part wider than the line breaks after a hyphen, and
 * one with none anywhere (`overflow-wrap`), so nothing runs out of the dialog.
 */
export function RemoteAddress({ url, plain = false }: { url: string; plain?: boolean }) {
  const parts = addressParts(url)
  return (
    <span className={plain ? 'remote-address remote-address-plain' : 'remote-address'} title={url}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          <span className="remote-address-part">{part}</span>
        </Fragment>
      ))}
    </span>
  )
}

/** An http(s) address inside a sentence, without the punctuation that ends the sentence. */
const ADDRESS = /https?:\/\/[^\s"'<>]*[^\s"'<>.,;:!?)]/g

/**
 * A sentence (a sync's failure, the state's detail) with every address in it shown as
 * RemoteAddress in the sentence's own font, so a long one wraps between its parts.
 */
export function TextWithAddresses({ text }: { text: string }) {
  const out: ReactNode[] = []
  let at = 0
  for (const m of text.matchAll(ADDRESS)) {
    out.push(text.slice(at, m.index))
    out.push(<RemoteAddress key={m.index} url={m[0]} plain />)
    at = m.index + m[0].length
  }
  out.push(text.slice(at))
  return <>{out}</>
}
