import { LABELLED_SENTENCES, type LabelledSentence } from './cases/claim-sentences'
import { spotClaims } from '../src/shared/claims/spotter'

/** How the spotter does on a labelled set. */
export interface SpotterScore {
  readonly precision: number
  readonly recall: number
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly trueNegatives: number
  /** Sentences the spotter got wrong, for reading, not for tuning against. */
  readonly missed: readonly string[]
  readonly wronglyFlagged: readonly string[]
}

/**
 * Precision and recall of the spotter over labelled sentences, each spotted on its own: a
 * sentence counts as flagged when the spotter proposes any span in it.
 */
export function evaluateSpotter(
  sentences: readonly LabelledSentence[] = LABELLED_SENTENCES,
): SpotterScore {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  const missed: string[] = []
  const wronglyFlagged: string[] = []
  for (const s of sentences) {
    const flagged = spotClaims(s.text).length > 0
    if (flagged && s.checkWorthy) tp++
    else if (flagged) {
      fp++
      wronglyFlagged.push(s.text)
    } else if (s.checkWorthy) {
      fn++
      missed.push(s.text)
    } else tn++
  }
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    missed,
    wronglyFlagged,
  }
}
