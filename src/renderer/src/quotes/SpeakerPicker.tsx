import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { Check, X } from 'lucide-react'
import clsx from 'clsx'

export interface SpeakerChoice {
  readonly name: string
  readonly personId: string | null
}

interface Option {
  readonly id: string
  readonly label: string
  readonly detail: string
  readonly choice: SpeakerChoice | null
}

/**
 * A combobox for a quote's speaker: type to filter the people register and the names found in
 * the draft, or keep what you typed; arrows move, Enter chooses, Escape cancels.
 */
export function SpeakerPicker({
  initial,
  people,
  found,
  onChoose,
  onCancel,
}: {
  initial: string
  people: readonly { id: string; name: string; title: string }[]
  found: readonly string[]
  onChoose: (choice: SpeakerChoice | null) => void
  onCancel: () => void
}) {
  const id = useId()
  const [text, setText] = useState(initial)
  const [index, setIndex] = useState(0)
  const options = useMemo(() => {
    const q = text.trim().toLowerCase()
    const match = (s: string) => !q || s.toLowerCase().includes(q)
    const out: Option[] = []
    for (const p of people)
      if (match(p.name))
        out.push({
          id: `p-${p.id}`,
          label: p.name,
          detail: p.title || 'In the register',
          choice: { name: p.name, personId: p.id },
        })
    for (const name of found)
      if (match(name) && !people.some((p) => p.name === name))
        out.push({
          id: `f-${name}`,
          label: name,
          detail: 'Named in this draft',
          choice: { name, personId: null },
        })
    const typed = text.trim()
    if (typed && !out.some((o) => o.label.toLowerCase() === typed.toLowerCase()))
      out.push({
        id: 'typed',
        label: typed,
        detail: 'Use this name',
        choice: { name: typed, personId: null },
      })
    out.push({ id: 'none', label: 'No speaker', detail: 'Nobody is named', choice: null })
    return out
  }, [text, people, found])
  const active = Math.min(index, options.length - 1)
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-opt-${i}`

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setIndex((active + 1) % options.length)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setIndex((active - 1 + options.length) % options.length)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const o = options[active]
      if (o) onChoose(o.choice)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      onCancel()
    }
  }

  return (
    <div className="speaker-picker">
      <div className="speaker-picker-row">
        <input
          className="input"
          role="combobox"
          aria-label="Speaker"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={optionId(active)}
          autoFocus
          value={text}
          placeholder="Type a name…"
          onChange={(e) => {
            setText(e.target.value)
            setIndex(0)
          }}
          onKeyDown={onKey}
        />
        <button type="button" className="icon-button" aria-label="Cancel" onClick={onCancel}>
          <X aria-hidden="true" size={16} />
        </button>
      </div>
      <ul className="speaker-options" role="listbox" id={listId} aria-label="Speakers">
        {options.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={clsx('speaker-option', i === active && 'is-active')}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setIndex(i)}
            onClick={() => onChoose(o.choice)}
          >
            <span className="speaker-option-name">
              {o.label}
              {o.label === initial && o.choice ? <Check aria-hidden="true" size={14} /> : null}
            </span>
            <span className="speaker-option-detail">{o.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
