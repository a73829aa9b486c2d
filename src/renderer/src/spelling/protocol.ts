/** Messages between the window and the spelling worker (spell.worker.ts). */
export type ToWorker =
  | {
      readonly type: 'init'
      readonly aff: string
      readonly dic: string
      readonly words: readonly string[]
    }
  | { readonly type: 'check'; readonly id: number; readonly words: readonly string[] }
  | { readonly type: 'suggest'; readonly id: number; readonly word: string }
  | { readonly type: 'add'; readonly word: string }

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'checked'; readonly id: number; readonly wrong: readonly string[] }
  | { readonly type: 'suggested'; readonly id: number; readonly suggestions: readonly string[] }
