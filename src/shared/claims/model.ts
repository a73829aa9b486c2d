import { FEATURES } from './features'
import WEIGHTS from './claim-model.json'

/**
 * The check-worthiness model: a logistic regression over the generic features of features.ts,
 * fitted by `npm run train:claims` (eval/train-claims.ts) on the labelled article sets and
 * stored as weights in claim-model.json. At run time a candidate's score is one dot product.
 */
export interface ClaimModel {
  /** Feature names, in the order of `weights`. */
  readonly features: readonly string[]
  readonly weights: readonly number[]
  /** A clause is proposed when its probability is at least this (the model deciding alone). */
  readonly threshold: number
  /**
   * The model and the rules together: when either is set, the rules' candidates are re-scored
   * instead. A clause the rules propose is kept when its probability is at least `keep` (0: all
   * kept); a clause with a cue the rules did not propose (a weak cue, or a vetoed one) is added
   * when it is at least `add` (absent: none added). Either way a suggestion's reason stays a
   * rule's: a clause with no cue is never proposed.
   */
  readonly keep?: number
  readonly add?: number
}

/** Whether the model re-scores the rules' candidates rather than deciding alone. */
export function combines(model: ClaimModel): boolean {
  return model.keep !== undefined || model.add !== undefined
}

/**
 * Whether a candidate is proposed: `score` is its probability, `ruled` what the rules alone
 * decide, `cued` whether any cue (strong or weak) matched in it.
 */
export function decides(model: ClaimModel, score: number, ruled: boolean, cued: boolean): boolean {
  if (!combines(model)) return score >= model.threshold
  if (ruled) return score >= (model.keep ?? 0)
  return cued && model.add !== undefined && score >= model.add
}

/** The shipped model, its weights lined up with FEATURES (a feature it lacks weighs 0). */
export const CLAIM_MODEL: ClaimModel = align(WEIGHTS as ClaimModel)

/** The model's weights in the order of FEATURES, whatever order it was saved in. */
export function align(model: ClaimModel): ClaimModel {
  const byName = new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0]))
  return {
    features: FEATURES,
    weights: FEATURES.map((f) => byName.get(f) ?? 0),
    threshold: model.threshold,
    ...(model.keep === undefined ? {} : { keep: model.keep }),
    ...(model.add === undefined ? {} : { add: model.add }),
  }
}

/** The probability the model gives a candidate whose features are `x` (in FEATURES order). */
export function probability(model: ClaimModel, x: ArrayLike<number>): number {
  let z = 0
  const w = model.weights
  for (let i = 0; i < w.length; i++) z += (w[i] ?? 0) * (x[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}
