import { Fragment } from 'react'
import { DropdownMenu } from 'radix-ui'
import { ChevronDown, Download } from 'lucide-react'
import { useApi } from '../api/context'
import { DRAFT_EXPORTS, EXPORT_NAMES, makeDraftExport } from './articleExports'
import { useExport, useExportState } from './useExport'

export interface ExportMenuProps {
  readonly draftId: string
  /** The revision on screen: the article items export it; null for the current one. */
  readonly revision: { readonly id: string; readonly number: number } | null
}

/**
 * The draft's Export menu: the article (of the revision on screen) as .docx, Markdown or HTML,
 * the review as a .docx with comments, and the claim log as CSV.
 */
export function ExportMenu({ draftId, revision }: ExportMenuProps) {
  const api = useApi()
  const run = useExport()
  const busy = useExportState()
  return (
    <>
      {/* Not modal: a modal menu locks scrolling with an injected <style>, which the CSP refuses. */}
      <DropdownMenu.Root modal={false}>
        {/* Icon and chevron only: the toolbar has no room for another worded button at 1440 px. */}
        <DropdownMenu.Trigger
          className="button export-trigger"
          disabled={busy !== null}
          aria-busy={busy !== null}
          aria-label="Export"
          title="Export the article, the review or the claim log"
        >
          {busy ? (
            <span className="spinner spinner-small" aria-hidden="true" />
          ) : (
            <Download aria-hidden="true" size={16} />
          )}
          <ChevronDown aria-hidden="true" size={14} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            {DRAFT_EXPORTS.map(({ kind, label }, i) => (
              <Fragment key={kind}>
                {i === 3 ? <DropdownMenu.Separator className="menu-separator" /> : null}
                <DropdownMenu.Item
                  className="menu-item"
                  onSelect={() =>
                    void run(EXPORT_NAMES[kind], () =>
                      makeDraftExport(
                        api,
                        kind,
                        draftId,
                        kind.startsWith('article') ? revision?.id : undefined,
                      ),
                    )
                  }
                >
                  {label}
                  {revision && kind.startsWith('article') ? (
                    <span className="menu-shortcut">revision {revision.number}</span>
                  ) : null}
                </DropdownMenu.Item>
              </Fragment>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {busy?.slow ? (
        <span className="export-progress" role="status">
          Making the {busy.label}…
        </span>
      ) : null}
    </>
  )
}
