import { keyLabel, SHORTCUT_SECTIONS } from './shortcuts'
import { Modal } from '../ui/Modal'

/** Every view's keys, as a dialog (the "?" key anywhere, or the Claims tab's keyboard button). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal
      open={open}
      onOpenChange={(o) => !o && onClose()}
      title="Keyboard shortcuts"
      description="Ctrl is Cmd on a Mac. Single keys work when the focus is not in a text field."
      wide
    >
      <div className="shortcuts-sections">
        {SHORTCUT_SECTIONS.map((section) => (
          <section key={section.title} aria-label={section.title}>
            <h3 className="shortcuts-title">{section.title}</h3>
            <table className="shortcuts-table">
              <tbody>
                {section.keys.map((s) => (
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
          </section>
        ))}
      </div>
    </Modal>
  )
}
