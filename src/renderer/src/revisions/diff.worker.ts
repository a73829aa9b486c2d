// The compare view's diff worker (see ./workers.ts).
import { answerDiff } from './diffJob'
import { serve } from './serve'

serve(answerDiff)
