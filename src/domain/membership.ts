import { levelRank, type CommitteeLevel } from './committees.ts'
import { invalid, type FieldError } from './errors.ts'

/** What the membership rules need to know of a proposed member. */
export interface MemberCandidate {
  id: string
  level: string
  status: string
}

export const MIN_MEMBERS = 2

/** Every code a year's membership and leadership can be refused with (validateMembership, validateLeadership). */
export const MEMBERSHIP_PROBLEM_CODES = [
  'MEMBER_NOT_FOUND',
  'MEMBER_NOT_ACTIVE',
  'MEMBER_LEVEL_MISMATCH',
  'DUPLICATE_MEMBER',
  'TOO_FEW_MEMBERS',
  'HEAD_NOT_MEMBER',
  'DEPUTY_NOT_MEMBER',
  'HEAD_EQUALS_DEPUTY',
] as const

/**
 * Membership of a cluster-year: every committee exists, is active and of the cluster's member
 * level, none is listed twice, and there are at least two. All problems are reported at once,
 * each with its pointer into `members`, so a script can fix them in one pass.
 */
export function validateMembership(input: {
  memberIds: readonly string[]
  found: ReadonlyMap<string, MemberCandidate>
  memberLevel: string
  pointer?: string
}): void {
  const base = input.pointer ?? '/members'
  const errors: FieldError[] = []
  const seen = new Set<string>()
  input.memberIds.forEach((id, i) => {
    const pointer = `${base}/${i}`
    if (seen.has(id)) {
      errors.push({ pointer, code: 'DUPLICATE_MEMBER', message: `${id} is listed more than once` })
      return
    }
    seen.add(id)
    const c = input.found.get(id)
    if (!c) errors.push({ pointer, code: 'MEMBER_NOT_FOUND', message: `no committee ${id}` })
    else if (c.status !== 'active') errors.push({ pointer, code: 'MEMBER_NOT_ACTIVE', message: `${id} is ${c.status}` })
    else if (c.level !== input.memberLevel) {
      errors.push({ pointer, code: 'MEMBER_LEVEL_MISMATCH', message: `${id} is a ${c.level} committee; this cluster holds ${input.memberLevel} committees` })
    }
  })
  if (seen.size < MIN_MEMBERS) {
    errors.push({ pointer: base, code: 'TOO_FEW_MEMBERS', message: `a cluster-year needs at least ${MIN_MEMBERS} members` })
  }
  if (errors.length > 0) {
    throw invalid(errors[0]!.code, `The membership is invalid: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
  }
}

/** A cluster's members sit below its organiser (UBTƯ organises provinces; a province, districts). */
export function assertMemberLevelBelowOrganizer(organizerLevel: CommitteeLevel, memberLevel: CommitteeLevel): void {
  if (levelRank(memberLevel) <= levelRank(organizerLevel)) {
    throw invalid('MEMBER_LEVEL_NOT_BELOW_ORGANIZER', `A ${organizerLevel} committee cannot organise a cluster of ${memberLevel} committees`, {
      errors: [{ pointer: '/memberLevel', code: 'MEMBER_LEVEL_NOT_BELOW_ORGANIZER', message: `must be below ${organizerLevel}` }],
    })
  }
}
