import type { ReactElement, ReactNode } from 'react'
import { Tooltip } from 'radix-ui'

/**
 * Where tooltips share their timing (moving between them shows the next at once). Each view that
 * has tooltips provides it, so the window's first bundle carries no tooltip code.
 */
export function TipProvider({ children }: { children: ReactNode }) {
  return <Tooltip.Provider delayDuration={400}>{children}</Tooltip.Provider>
}

/** A small tooltip on hover and keyboard focus; the child must accept a ref. */
export function Tip({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" sideOffset={6}>
          {content}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
}
