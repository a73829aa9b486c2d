import type { ReactNode } from 'react'
import { ContextMenu } from 'radix-ui'
import { keyLabel } from '../app/shortcuts'
import type { ArticleAction } from './articleActions'

/**
 * The article's context menu with the open tab's actions ("Mark as claim"). With nothing to
 * offer (no selection), the browser's own menu shows instead.
 */
export function ArticleMenu({
  actions,
  children,
}: {
  actions: readonly ArticleAction[]
  children: ReactNode
}) {
  const enabled = actions.some((a) => !a.disabled)
  return (
    // Not modal: a modal menu locks scrolling with an injected <style>, which the CSP refuses.
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger asChild disabled={!enabled}>
        {children}
      </ContextMenu.Trigger>
      <ContextMenu.Portal>
        <ContextMenu.Content className="menu">
          {actions.map((a) => (
            <ContextMenu.Item
              key={a.id}
              className="menu-item"
              disabled={a.disabled}
              onSelect={a.run}
            >
              {a.label}
              {a.shortcut ? <span className="menu-shortcut">{keyLabel(a.shortcut)}</span> : null}
            </ContextMenu.Item>
          ))}
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  )
}
