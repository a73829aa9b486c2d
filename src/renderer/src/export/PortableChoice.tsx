import { AlertDialog } from 'radix-ui'

/** What to do with a portable file whose draft is already in the library. */
export type PortableChoice = 'merge' | 'copy' | 'cancel'

export interface PortableQuestion {
  readonly fileName: string
  /** The draft here that the file is another copy of. */
  readonly existingTitle: string
  readonly answer: (choice: PortableChoice) => void
}

/**
 * Asks whether a returning portable file is merged into its draft or imported as a copy.
 * Merge is the default action; Escape cancels and nothing is imported.
 */
export function PortableChoiceDialog({ question }: { readonly question: PortableQuestion | null }) {
  return (
    <AlertDialog.Root
      open={question !== null}
      onOpenChange={(open) => {
        if (!open) question?.answer('cancel')
      }}
    >
      <AlertDialog.Portal>
        <div className="backdrop" aria-hidden="true" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">
            “{question?.existingTitle}” is already in this library
          </AlertDialog.Title>
          <AlertDialog.Description className="modal-description">
            “{question?.fileName}” is another copy of that draft. Merging adds its new revisions,
            claims, verdicts, sources and comments to the draft here: a verdict given differently on
            the two copies is shown as disputed, revisions made apart are both kept for an editor to
            reconcile, and its sign-offs come in as imported history only. Or import it as a
            separate draft named as a copy.
          </AlertDialog.Description>
          <div className="modal-actions">
            <AlertDialog.Cancel className="button">Cancel</AlertDialog.Cancel>
            <AlertDialog.Action className="button" onClick={() => question?.answer('copy')}>
              Import as a copy
            </AlertDialog.Action>
            <AlertDialog.Action
              className="button button-primary"
              onClick={() => question?.answer('merge')}
            >
              Merge into the draft
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
