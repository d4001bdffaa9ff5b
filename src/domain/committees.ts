import { conflict, invalid } from './errors.ts'

/** Levels of the Front's hierarchy, highest first (Trung ương → tỉnh → huyện → xã → khu dân cư). */
export const COMMITTEE_LEVELS = ['central', 'province', 'district', 'commune', 'residential_area'] as const
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number]

/**
 * A cluster may hold units that are not Front committees (Thanh Hóa's cluster no. 1 holds sector
 * Party organisations), so a committee also has a kind.
 */
export const COMMITTEE_KINDS = ['front_committee', 'party_organization', 'agency', 'other'] as const
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number]

export const COMMITTEE_STATUSES = ['active', 'merged', 'dissolved'] as const
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number]

export const levelRank = (level: CommitteeLevel) => COMMITTEE_LEVELS.indexOf(level)

/** A child's level is strictly below its parent's. */
export function assertChildLevel(parentLevel: CommitteeLevel, childLevel: CommitteeLevel, pointer = '/parentId'): void {
  if (levelRank(childLevel) <= levelRank(parentLevel)) {
    throw invalid('LEVEL_NOT_BELOW_PARENT', `A ${childLevel} committee cannot sit under a ${parentLevel} committee`, {
      errors: [{ pointer, code: 'LEVEL_NOT_BELOW_PARENT', message: `the parent's level (${parentLevel}) must be above ${childLevel}` }],
    })
  }
}

export interface MergeSubject {
  id: string
  level: CommitteeLevel
  status: CommitteeStatus
  validFrom: string | null
}

/**
 * Administrative reform (sáp nhập): a committee merges into an active successor of the same
 * level. `successorChain` is the successor's own chain of successors, so a merge that would
 * close a loop is named as such. Dates are YYYY-MM-DD strings.
 */
export function validateMerge(input: { committee: MergeSubject; successor: MergeSubject; successorChain: string[]; effectiveDate: string }): void {
  const { committee, successor, successorChain, effectiveDate } = input
  if (committee.id === successor.id) {
    throw invalid('MERGE_INTO_SELF', 'A committee cannot be merged into itself', {
      errors: [{ pointer: '/successorId', code: 'MERGE_INTO_SELF', message: 'must differ from the merged committee' }],
    })
  }
  if (successorChain.includes(committee.id)) {
    throw invalid('MERGE_CYCLE', 'The successor was itself merged into this committee; the merge would form a cycle', {
      errors: [{ pointer: '/successorId', code: 'MERGE_CYCLE', message: 'leads back to the merged committee' }],
    })
  }
  if (committee.status !== 'active') {
    throw conflict('COMMITTEE_ALREADY_MERGED', `The committee is ${committee.status} and cannot be merged again`)
  }
  if (successor.status !== 'active') {
    throw invalid('SUCCESSOR_NOT_ACTIVE', `The successor is ${successor.status}; merge into its own successor instead`, {
      errors: [{ pointer: '/successorId', code: 'SUCCESSOR_NOT_ACTIVE', message: 'must be an active committee' }],
    })
  }
  if (committee.level !== successor.level) {
    throw invalid('MERGE_LEVEL_MISMATCH', `A ${committee.level} committee can only merge into another ${committee.level} committee`, {
      errors: [{ pointer: '/successorId', code: 'MERGE_LEVEL_MISMATCH', message: `must be a ${committee.level} committee` }],
    })
  }
  if (committee.validFrom && effectiveDate < committee.validFrom) {
    throw invalid('EFFECTIVE_DATE_BEFORE_VALID_FROM', 'The merge cannot take effect before the committee existed', {
      errors: [{ pointer: '/effectiveDate', code: 'EFFECTIVE_DATE_BEFORE_VALID_FROM', message: `must be on or after ${committee.validFrom}` }],
    })
  }
}
