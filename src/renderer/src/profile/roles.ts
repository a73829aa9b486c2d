import type { Role } from '@shared/domain'

/** What each role does in Galley, in one line: shown where a person picks a role. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  'fact-checker': 'Marks checkable claims, researches them and records verdicts with sources.',
  editor: 'Receives new versions, compares revisions and accepts or rejects changes.',
  legal: 'Reviews sponsorship and disclosure text and signs off on it.',
}
