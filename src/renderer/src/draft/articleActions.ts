/** An action a side tab offers on the article's context menu (e.g. "Mark as claim"). */
export interface ArticleAction {
  readonly id: string
  readonly label: string
  /** As the shortcuts help writes it ("Mod+Shift+M"). */
  readonly shortcut?: string
  readonly disabled: boolean
  readonly run: () => void
}

/** A tab hands its actions to the draft view; [] when it has none (the native menu shows). */
export type SetArticleActions = (actions: readonly ArticleAction[]) => void
