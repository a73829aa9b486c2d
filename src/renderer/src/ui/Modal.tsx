import type { ReactNode } from 'react'
import { Dialog } from 'radix-ui'
import { X } from 'lucide-react'
import clsx from 'clsx'

export interface ModalProps {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  readonly title: string
  readonly description?: ReactNode
  readonly children: ReactNode
  /** A first-start dialog cannot be dismissed: it has no close button and ignores Escape. */
  readonly dismissible?: boolean
  readonly wide?: boolean
}

/**
 * A modal dialog (Radix). Its backdrop is our own element: Radix's Overlay locks scrolling by
 * injecting a <style> tag, which the CSP (style-src 'self') refuses.
 */
export function Modal({
  open,
  onOpenChange,
  title,
  description,
  children,
  dismissible = true,
  wide = false,
}: ModalProps) {
  const block = (e: Event) => {
    if (!dismissible) e.preventDefault()
  }
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <div className="backdrop" aria-hidden="true" />
        <Dialog.Content
          className={clsx('modal', wide && 'modal-wide')}
          onEscapeKeyDown={block}
          onPointerDownOutside={block}
          onInteractOutside={block}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="modal-head">
            <Dialog.Title className="modal-title">{title}</Dialog.Title>
            {dismissible ? (
              <Dialog.Close className="icon-button" aria-label="Close">
                <X aria-hidden="true" size={18} />
              </Dialog.Close>
            ) : null}
          </div>
          {description ? (
            <Dialog.Description className="modal-description">{description}</Dialog.Description>
          ) : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
