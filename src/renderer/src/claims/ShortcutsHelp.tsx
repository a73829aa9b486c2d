import { CLAIM_SHORTCUTS, keyLabel } from '../app/shortcuts'
import { Modal } from '../ui/Modal'

/** The margin's keys, as a dialog (the "?" key or the keyboard button). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal
      open={open}
      onOpenChange={(o) => !o && onClose()}
      title="Fact-check shortcuts"
      description="Single keys work when the focus is not in a text field."
    >
      <table className="shortcuts-table">
        <tbody>
          {CLAIM_SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' or ' : null}
                    <kbd>{keyLabel(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
