import { conflict, forbidden, invalid } from './errors.ts'
import type { FieldError } from './errors.ts'
import type { ClusterYearStatus } from './cluster-year.ts'

/**
 * Rotation of a cluster's leadership (bầu luân phiên): one head (Cụm trưởng) and at most one
 * deputy (Cụm phó) per cluster-year, both members, never the same unit; the same unit may not
 * head two years running unless the organiser overrides with a reason.
 */
export const ROTATION_POLICIES = ['deputy_succeeds', 'round_robin', 'elected'] as const
export type RotationPolicy = (typeof ROTATION_POLICIES)[number]

/** One year of the leadership history. */
export interface LeadershipEntry {
  year: number
  headId: string | null
  deputyId: string | null
}

/** A member of the year the suggestion is for; the code breaks ties (administrative-unit code). */
export interface RotationMember {
  id: string
  code: string
}

/** Machine rules behind a suggestion; the `reason` beside each is for people. */
export type SuccessionRule =
  | 'deputy_succeeds' // this year's deputy becomes head
  | 'least_recently_led' // the member that headed least recently (never-headed first, then by code)
  | 'round_robin_next' // the next in the fixed order after this year's head
  | 'round_robin_start' // no usable head this year: the first member in the order
  | 'elected' // the conference elects; no suggestion
  | 'no_eligible_member' // nobody qualifies

export interface SuccessionPick {
  committeeId: string
  rule: SuccessionRule
  reason: string
}

export interface EligibleMember {
  committeeId: string
  code: string
  /** The last year (≤ the current one) this unit was head, null when never. */
  lastHeadYear: number | null
}

export interface Succession {
  /** The year the suggestion is for (year + 1). */
  year: number
  policy: RotationPolicy
  head: SuccessionPick | null
  deputy: SuccessionPick | null
  /** Members who may head next year (everyone but the outgoing head), by code. */
  eligible: EligibleMember[]
  rule: SuccessionRule
  reason: string
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** Last year each committee was head, from entries up to and including `upTo`. */
function lastHeadYears(history: readonly LeadershipEntry[], upTo: number): Map<string, number> {
  const last = new Map<string, number>()
  for (const h of history) {
    if (h.year > upTo || h.headId === null) continue
    const prev = last.get(h.headId)
    if (prev === undefined || h.year > prev) last.set(h.headId, h.year)
  }
  return last
}

/** Never-headed first (by code), then the oldest last headship, ties by code. */
function leastRecentlyLed(candidates: readonly RotationMember[], last: Map<string, number>): RotationMember[] {
  return [...candidates].sort((a, b) => {
    const la = last.get(a.id)
    const lb = last.get(b.id)
    if (la === undefined && lb !== undefined) return -1
    if (la !== undefined && lb === undefined) return 1
    if (la !== undefined && lb !== undefined && la !== lb) return la - lb
    return byCode(a, b)
  })
}

function ledReason(m: RotationMember, last: Map<string, number>): string {
  const y = last.get(m.id)
  return y === undefined ? `${m.code} has never headed the cluster` : `${m.code} headed least recently (last in ${y})`
}

function pickLeastRecent(candidates: readonly RotationMember[], last: Map<string, number>, role: string): SuccessionPick | null {
  const [first] = leastRecentlyLed(candidates, last)
  if (!first) return null
  return { committeeId: first.id, rule: 'least_recently_led', reason: `${ledReason(first, last)}, so it is suggested as ${role}` }
}

/**
 * Rotates the order so it starts just after `after`, keeping only members (non-members are
 * skipped: a unit may leave the cluster while the order stays configured).
 */
function cycleAfter(order: readonly string[], after: string | null, memberIds: Set<string>): { ids: string[]; found: boolean } {
  const idx = after === null ? -1 : order.indexOf(after)
  const rotated = idx < 0 ? [...order] : [...order.slice(idx + 1), ...order.slice(0, idx + 1)]
  return { ids: rotated.filter((id) => memberIds.has(id)), found: idx >= 0 }
}

/**
 * Suggests next year's head and deputy under the cluster's policy. `members` are the members of
 * next year (or this year's when next year has none yet); `history` is the leadership so far.
 * Pure: the caller decides whether to follow it; `validateHandover` has the last word.
 */
export function suggestSuccession(input: {
  policy: RotationPolicy
  year: number
  members: readonly RotationMember[]
  history: readonly LeadershipEntry[]
  roundRobinOrder?: readonly string[] | null
}): Succession {
  const { policy, year, members, history } = input
  const current = history.find((h) => h.year === year)
  const outgoingHeadId = current?.headId ?? null
  const last = lastHeadYears(history, year)
  const byId = new Map(members.map((m) => [m.id, m]))
  const codeOf = (id: string) => byId.get(id)?.code ?? id
  const eligible: EligibleMember[] = members
    .filter((m) => m.id !== outgoingHeadId)
    .sort(byCode)
    .map((m) => ({ committeeId: m.id, code: m.code, lastHeadYear: last.get(m.id) ?? null }))
  const base = { year: year + 1, policy, eligible }
  const nobody = (why: string): Succession => ({ ...base, head: null, deputy: null, rule: 'no_eligible_member', reason: why })

  if (policy === 'elected') {
    return {
      ...base,
      head: null,
      deputy: null,
      rule: 'elected',
      reason: 'The conference elects the head and deputy (bầu); any member except the outgoing head may head',
    }
  }
  if (eligible.length === 0) return nobody('No member other than the outgoing head can lead next year')

  if (policy === 'deputy_succeeds') {
    const deputyId = current?.deputyId ?? null
    let head: SuccessionPick
    if (deputyId !== null && deputyId !== outgoingHeadId && byId.has(deputyId)) {
      head = { committeeId: deputyId, rule: 'deputy_succeeds', reason: `${codeOf(deputyId)}, deputy in ${year}, succeeds as head` }
    } else {
      // No usable deputy (none recorded, or it left the cluster): fall back to the rule for deputies.
      const why = deputyId === null ? `no deputy was recorded for ${year}` : `the ${year} deputy is not a member of ${year + 1}`
      const p = pickLeastRecent(
        members.filter((m) => m.id !== outgoingHeadId),
        last,
        'head',
      )!
      head = { ...p, reason: `${p.reason} (${why})` }
    }
    const deputy = pickLeastRecent(
      members.filter((m) => m.id !== head.committeeId),
      last,
      'deputy',
    )
    return { ...base, head, deputy, rule: 'deputy_succeeds', reason: 'The deputy succeeds as head; the unit that led least recently becomes deputy' }
  }

  // round_robin: a fixed order; the next member after this year's head.
  const order = input.roundRobinOrder ?? []
  validateRotationPolicy({ policy, roundRobinOrder: order })
  const memberIds = new Set(members.map((m) => m.id))
  const { ids, found } = cycleAfter(order, outgoingHeadId, memberIds)
  const candidates = ids.filter((id) => id !== outgoingHeadId)
  const headId = candidates[0]
  if (headId === undefined) return nobody('No member in the rotation order can head next year')
  const head: SuccessionPick = found
    ? { committeeId: headId, rule: 'round_robin_next', reason: `${codeOf(headId)} follows ${codeOf(outgoingHeadId!)} in the rotation order` }
    : {
        committeeId: headId,
        rule: 'round_robin_start',
        reason: `${codeOf(headId)} is the first member in the rotation order (no head in ${year} to follow)`,
      }
  const after = cycleAfter(order, headId, memberIds).ids.filter((id) => id !== headId)
  const deputyId = after[0]
  const deputy: SuccessionPick | null =
    deputyId === undefined
      ? null
      : { committeeId: deputyId, rule: 'round_robin_next', reason: `${codeOf(deputyId)} follows ${codeOf(headId)} in the rotation order` }
  return { ...base, head, deputy, rule: 'round_robin_next', reason: 'Heads follow the fixed rotation order; the deputy is the next in line' }
}

/** A round-robin cluster needs a non-empty order without repeats. */
export function validateRotationPolicy(input: { policy: RotationPolicy; roundRobinOrder?: readonly string[] | null }): void {
  if (input.policy !== 'round_robin') return
  const order = input.roundRobinOrder ?? []
  if (order.length === 0) {
    throw invalid('ROTATION_ORDER_REQUIRED', 'A round-robin cluster needs its rotation order', {
      errors: [{ pointer: '/roundRobinOrder', code: 'ROTATION_ORDER_REQUIRED', message: 'give the committee ids in rotation order' }],
    })
  }
  const seen = new Set<string>()
  order.forEach((id, i) => {
    if (seen.has(id)) {
      throw invalid('ROTATION_ORDER_DUPLICATE', `Committee ${id} appears twice in the rotation order`, {
        errors: [{ pointer: `/roundRobinOrder/${i}`, code: 'ROTATION_ORDER_DUPLICATE', message: 'each committee appears once' }],
      })
    }
    seen.add(id)
  })
}

function fieldError(code: string, message: string, pointer: string, details?: Record<string, unknown>) {
  const errors: FieldError[] = [{ pointer, code, message }]
  return invalid(code, message, { details, errors })
}

/**
 * Head and deputy must be members and differ. Used for the first year's appointment and for
 * membership edits (a member that heads may not be removed). Pointers default to the request
 * fields `/headId` and `/deputyId`.
 */
export function validateLeadership(input: {
  headId: string | null | undefined
  deputyId: string | null | undefined
  memberIds: Iterable<string>
  pointers?: { head?: string; deputy?: string }
}): void {
  const members = new Set(input.memberIds)
  const hp = input.pointers?.head ?? '/headId'
  const dp = input.pointers?.deputy ?? '/deputyId'
  const { headId, deputyId } = input
  if (headId != null && !members.has(headId)) {
    throw fieldError('HEAD_NOT_MEMBER', 'The head (Cụm trưởng) must be a member of the cluster-year', hp, { headId })
  }
  if (deputyId != null && !members.has(deputyId)) {
    throw fieldError('DEPUTY_NOT_MEMBER', 'The deputy (Cụm phó) must be a member of the cluster-year', dp, { deputyId })
  }
  if (headId != null && deputyId != null && headId === deputyId) {
    throw fieldError('HEAD_EQUALS_DEPUTY', 'The same unit cannot be both head and deputy', dp, { headId, deputyId })
  }
}

export type HeadChosenBy = 'handover' | 'override'

/**
 * Checks a handover from `fromYear` to the next year. The order of checks is fixed so a client
 * always sees the most fundamental problem first: state (409), permission for an override
 * (403), the override's reason, membership, then the consecutive-head rule. Returns how the
 * incoming head was chosen: `override` only when the override was needed (the outgoing head
 * heads again); an unneeded override is accepted and ignored.
 */
export function validateHandover(input: {
  fromYear: number
  outgoingHeadId: string | null
  incomingHeadId: string
  incomingDeputyId?: string | null
  nextYearMembers: Iterable<string>
  fromYearStatus: ClusterYearStatus
  override?: { reason: string } | null
  overrideAllowed: boolean
  alreadyHandedOver: boolean
}): { headChosenBy: HeadChosenBy } {
  const { fromYear, outgoingHeadId, incomingHeadId, override } = input
  const incomingDeputyId = input.incomingDeputyId ?? null
  // A closed year has been handed over: closing happens only by handover.
  if (input.alreadyHandedOver || input.fromYearStatus === 'closed') {
    throw conflict('HANDOVER_ALREADY_RECORDED', `The leadership of ${fromYear} has already been handed over`, { fromYear })
  }
  if (input.fromYearStatus !== 'finalized') {
    throw conflict('CLUSTER_YEAR_NOT_FINALIZED', `A handover needs the ${fromYear} ranking finalised; the year is '${input.fromYearStatus}'`, {
      fromYear,
      status: input.fromYearStatus,
    })
  }
  if (override != null) {
    if (!input.overrideAllowed) throw forbidden('OVERRIDE_NOT_ALLOWED', 'Only the organising committee may override the rotation rules')
    if (typeof override.reason !== 'string' || override.reason.trim() === '') {
      throw fieldError('OVERRIDE_REASON_REQUIRED', 'An override needs a reason', '/override/reason')
    }
  }
  validateLeadership({
    headId: incomingHeadId,
    deputyId: incomingDeputyId,
    memberIds: input.nextYearMembers,
    pointers: { head: '/incomingHeadId', deputy: '/incomingDeputyId' },
  })
  if (outgoingHeadId !== null && incomingHeadId === outgoingHeadId) {
    if (override == null) {
      throw fieldError(
        'CONSECUTIVE_HEAD',
        `The head of ${fromYear} may not head ${fromYear + 1} as well unless the organiser overrides with a reason`,
        '/incomingHeadId',
        { headId: incomingHeadId, fromYear },
      )
    }
    return { headChosenBy: 'override' }
  }
  return { headChosenBy: 'handover' }
}
