import type { LibraryProblem } from '@shared/domain'

/** Whether restoring this file changes what the whole window shows (profile, people). */
export function restoresLibraryWide(problem: Pick<LibraryProblem, 'file'>): boolean {
  return !/^drafts[\\/]/.test(problem.file)
}
