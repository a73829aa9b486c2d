// A compare view's marks worker, one per side (see ./workers.ts).
import { answerMarks } from './marksJob'
import { serve } from './serve'

serve(answerMarks)
