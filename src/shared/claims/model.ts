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
  /** A clause is proposed when its probability is at least this. */
  readonly threshold: number
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
  }
}

/** The probability the model gives a candidate whose features are `x` (in FEATURES order). */
export function probability(model: ClaimModel, x: ArrayLike<number>): number {
  let z = 0
  const w = model.weights
  for (let i = 0; i < w.length; i++) z += (w[i] ?? 0) * (x[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}
