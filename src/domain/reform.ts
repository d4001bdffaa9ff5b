/**
 * The two-level reform of 1 July 2025 as it touches a cluster-year: members that were merged or
 * dissolved while the year was still open, and how a member's place is carried to its successor.
 */
import { isFinal, type ClusterYearStatus } from './cluster-year.ts'
import type { CommitteeStatus, EndReason } from './committees.ts'
import { conflict, invalid, notFound } from './errors.ts'

export const CLUSTER_YEAR_WARNING_CODES = ['MEMBER_MERGED', 'MEMBER_DISSOLVED'] as const
export type ClusterYearWarningCode = (typeof CLUSTER_YEAR_WARNING_CODES)[number]

/** The places a committee holds in a cluster-year. */
export const CLUSTER_YEAR_ROLES = ['member', 'head', 'deputy'] as const
export type ClusterYearRole = (typeof CLUSTER_YEAR_ROLES)[number]

/** What the warnings need to know of a member committee. */
export interface MemberStanding {
  id: string
  status: CommitteeStatus
  endReason: EndReason | null
  /** The day it ended (validTo). */
  endedOn: string | null
  successorIds: readonly string[]
}

export interface ClusterYearWarning {
  code: ClusterYearWarningCode
  committeeId: string
  /** 'member', and 'head' or 'deputy' when it holds that role too. */
  roles: ClusterYearRole[]
  effectiveDate: string | null
  successorIds: string[]
}

/**
 * The warnings of a cluster-year that is not closed: one per member that is no longer active, in
 * member order, naming the roles it holds and where its area went. A closed year is history and
 * warns of nothing; a finalised one still warns (its handover is to come).
 */
export function clusterYearWarnings(input: {
  status: ClusterYearStatus
  members: readonly string[]
  headId: string | null
  deputyId: string | null
  committees: ReadonlyMap<string, MemberStanding>
}): ClusterYearWarning[] {
  if (input.status === 'closed') return []
  const warnings: ClusterYearWarning[] = []
  for (const id of [...input.members].sort()) {
    const c = input.committees.get(id)
    if (!c || c.status === 'active') continue
    const roles: ClusterYearRole[] = ['member']
    if (input.headId === id) roles.push('head')
    if (input.deputyId === id) roles.push('deputy')
    const reason = c.endReason ?? (c.status === 'merged' ? 'merged' : 'dissolved')
    warnings.push({
      code: reason === 'merged' ? 'MEMBER_MERGED' : 'MEMBER_DISSOLVED',
      committeeId: id,
      roles,
      effectiveDate: c.endedOn,
      successorIds: [...c.successorIds],
    })
  }
  return warnings
}

/**
 * Whether an ended member's place (its membership, and its head or deputy role) may be carried to
 * `successor` in this year: the year is still open, the member is a member and has ended, the
 * successor is one of its successors, active, of the cluster's member level and not yet a member.
 */
export function validateCarry(input: {
  status: ClusterYearStatus
  members: readonly string[]
  memberLevel: string
  member: MemberStanding
  successor: { id: string; status: CommitteeStatus; level: string } | undefined
  successorId: string
}): void {
  const { member, successor, successorId } = input
  if (input.status === 'closed') throw conflict('CLUSTER_YEAR_CLOSED', 'The cluster-year is closed (handed over); its membership is history')
  if (isFinal(input.status)) throw conflict('RANKING_FINALIZED', 'The ranking is finalised; the membership it ranked stays as it was')
  if (!input.members.includes(member.id)) throw notFound('NOT_A_MEMBER', `Committee ${member.id} is not a member of this cluster-year`)
  if (member.status === 'active') {
    throw conflict('MEMBER_NOT_ENDED', 'The member is active: only a merged or dissolved member’s place is carried to its successor')
  }
  const pointer = '/successorId'
  if (!member.successorIds.includes(successorId)) {
    throw invalid('NOT_A_SUCCESSOR', `${successorId} is not among the member's successors`, {
      errors: [{ pointer, code: 'NOT_A_SUCCESSOR', message: `must be one of: ${member.successorIds.join(', ') || '(the member has none)'}` }],
    })
  }
  if (!successor || successor.status !== 'active') {
    throw invalid('SUCCESSOR_NOT_ACTIVE', 'The successor has itself ended; carry the place to its own successor', {
      errors: [{ pointer, code: 'SUCCESSOR_NOT_ACTIVE', message: `is ${successor?.status ?? 'missing'}` }],
    })
  }
  if (successor.level !== input.memberLevel) {
    throw invalid('MEMBER_LEVEL_MISMATCH', `The successor is a ${successor.level} committee; this cluster holds ${input.memberLevel} committees`, {
      errors: [{ pointer, code: 'MEMBER_LEVEL_MISMATCH', message: `must be a ${input.memberLevel} committee` }],
    })
  }
  if (input.members.includes(successorId)) throw conflict('SUCCESSOR_ALREADY_MEMBER', 'The successor is already a member of this cluster-year')
}
