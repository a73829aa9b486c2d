import { Component, type ErrorInfo, type ReactNode } from 'react'
import { AlertTriangle } from 'lucide-react'

/** What went wrong, in words a person can act on. */
export function describeRenderError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof RangeError && /call stack/i.test(message)) {
    return 'its text nests quotes, lists or emphasis so deeply that it cannot be displayed (the view ran out of room working through it).'
  }
  return message.endsWith('.') ? message : `${message}.`
}

/**
 * Keeps one part of the window (the article, a side panel) from taking the whole app down: if
 * it throws while rendering, it is replaced by a sentence saying what could not be shown and
 * why, and everything around it keeps working. A new `resetKey` (another draft or revision)
 * tries again.
 */
export class PanelBoundary extends Component<
  { what: string; resetKey?: string; children: ReactNode },
  { error: unknown; key: string | undefined }
> {
  override state: { error: unknown; key: string | undefined } = {
    error: null,
    key: this.props.resetKey,
  }

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') }
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string },
    state: { error: unknown; key: string | undefined },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`Galley could not show ${this.props.what}:`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <div className="panel-failed" role="alert">
        <AlertTriangle aria-hidden="true" size={18} />
        <div>
          <p className="panel-failed-title">Galley could not show {this.props.what}</p>
          <p className="panel-failed-text">
            {describeRenderError(this.state.error)} The rest of Galley works as usual; nothing was
            changed or lost.
          </p>
        </div>
      </div>
    )
  }
}
