// ml-logistic-regression ships no types: the part eval/train-claims.ts uses.
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix'
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number })
    /** One-vs-rest classifiers, one per class; each has its weights as a 1×n matrix. */
    classifiers: { weights: Matrix }[]
    train(features: Matrix, target: Matrix): void
    predict(features: Matrix): number[]
  }
}
