import { conflict, invalid, type FieldError } from './errors.ts'

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

/** How a committee's life ended: merged into one successor, or dissolved (its level abolished, its area shared out). */
export const END_REASONS = ['merged', 'dissolved'] as const
export type EndReason = (typeof END_REASONS)[number]

/** The decision (quyết định, nghị quyết) that ordered a merge or a dissolution. */
export interface EndDecision {
  number: string
  date: string
  issuer: string | null
}

/**
 * Several committees merged into one successor in one step (Resolution 202/2025/QH15 merged two
 * or three provinces at once): every predecessor is checked as a single merge is, and every
 * problem is reported at once with its pointer (`/predecessorIds/2`), so nothing is half-done.
 * `chains` holds each predecessor's id mapped to the successor's chain (see validateMerge).
 */
export function validateMerges(input: {
  predecessorIds: readonly string[]
  found: ReadonlyMap<string, MergeSubject>
  successor: MergeSubject | undefined
  successorId: string
  successorChain: readonly string[]
  effectiveDate: string
}): void {
  const errors: FieldError[] = []
  const { successor, successorId } = input
  if (!successor) errors.push({ pointer: '/successorId', code: 'SUCCESSOR_NOT_FOUND', message: 'does not name a committee' })
  else if (successor.status !== 'active') errors.push({ pointer: '/successorId', code: 'SUCCESSOR_NOT_ACTIVE', message: `is ${successor.status}` })
  const seen = new Set<string>()
  input.predecessorIds.forEach((id, i) => {
    const pointer = `/predecessorIds/${i}`
    const add = (code: string, message: string) => errors.push({ pointer, code, message })
    if (seen.has(id)) return add('DUPLICATE_PREDECESSOR', `${id} is listed more than once`)
    seen.add(id)
    if (id === successorId) return add('MERGE_INTO_SELF', 'is the successor itself')
    const c = input.found.get(id)
    if (!c) return add('PREDECESSOR_NOT_FOUND', `no committee ${id}`)
    if (input.successorChain.includes(id)) return add('MERGE_CYCLE', 'the successor was itself merged into this committee')
    if (c.status !== 'active') return add('PREDECESSOR_NOT_ACTIVE', `is ${c.status}; it was already merged or dissolved`)
    if (successor && c.level !== successor.level) return add('MERGE_LEVEL_MISMATCH', `is a ${c.level} committee; the successor is ${successor.level}`)
    if (c.validFrom && input.effectiveDate < c.validFrom) add('EFFECTIVE_DATE_BEFORE_VALID_FROM', `existed only from ${c.validFrom}`)
  })
  if (errors.length > 0) {
    throw invalid(errors[0]!.code, `The merge is refused, nothing was changed: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
  }
}

/**
 * Dissolution (giải thể, kết thúc hoạt động): the committee ends without a single successor, as
 * the district level did on 1 July 2025. `successors` are the committees its area went to, if
 * named (of any level: a district's went to communes); each must be active and not the committee
 * itself. Its active children move to its parent, so a committee without a parent that still has
 * active children cannot be dissolved.
 */
export function validateDissolve(input: {
  committee: MergeSubject & { parentId: string | null }
  successorIds: readonly string[]
  found: ReadonlyMap<string, MergeSubject>
  activeChildren: number
  effectiveDate: string
}): void {
  const { committee } = input
  if (committee.status !== 'active') {
    throw conflict('COMMITTEE_ALREADY_ENDED', `The committee is ${committee.status}; it cannot be dissolved`, { status: committee.status })
  }
  const errors: FieldError[] = []
  if (committee.validFrom && input.effectiveDate < committee.validFrom) {
    errors.push({ pointer: '/effectiveDate', code: 'EFFECTIVE_DATE_BEFORE_VALID_FROM', message: `must be on or after ${committee.validFrom}` })
  }
  const seen = new Set<string>()
  input.successorIds.forEach((id, i) => {
    const pointer = `/successorIds/${i}`
    if (seen.has(id)) return errors.push({ pointer, code: 'DUPLICATE_SUCCESSOR', message: `${id} is listed more than once` })
    seen.add(id)
    if (id === committee.id) return errors.push({ pointer, code: 'SUCCESSOR_IS_SELF', message: 'is the dissolved committee itself' })
    const s = input.found.get(id)
    if (!s) return errors.push({ pointer, code: 'SUCCESSOR_NOT_FOUND', message: 'does not name a committee' })
    if (s.status !== 'active') errors.push({ pointer, code: 'SUCCESSOR_NOT_ACTIVE', message: `is ${s.status}` })
  })
  if (errors.length > 0) {
    throw invalid(errors[0]!.code, `The dissolution is refused: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
  }
  if (!committee.parentId && input.activeChildren > 0) {
    throw conflict('CHILDREN_WITHOUT_PARENT', `The committee has no parent to take its ${input.activeChildren} active children; move them first`, {
      activeChildren: input.activeChildren,
    })
  }
}
