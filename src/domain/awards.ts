/**
 * Award allocation (đề nghị khen thưởng) from a final ranking under the cluster-year's award
 * rules, and the quota re-check at approval time. Pure and deterministic.
 */
import { conflict, invalid } from './errors.ts'
import type { FieldError } from './errors.ts'
import { Decimal } from './decimal.ts'
import type { AwardRule } from './scheme.ts'
import { parseExact } from './scoring.ts'

/** An organiser's award type. Lower precedence numbers rank first (1 = the highest award). */
export interface AwardType {
  code: string
  precedence: number
  names?: { vi: string; en?: string }
}

/** What allocation needs from a ranked member (a RankedMember, or a frozen snapshot row). */
export interface RankedEntry {
  committeeId: string
  code: string
  rank: number
  tied: boolean
  total: string
  eligibility: { eligible: boolean; reasons: string[] }
}

export interface AllocationInput {
  ranking: { members: RankedEntry[] }
  awardRules: AwardRule[]
  awardTypes: AwardType[]
  memberCount: number
}

export type PassOverCode =
  | 'BELOW_MIN_TOTAL'
  | 'ABOVE_MAX_RANK'
  | 'QUOTA_EXHAUSTED'
  | 'TIE_AT_QUOTA_BOUNDARY'
  /** An unresolved tie above holds the rest of this type's quota. */
  | 'HELD_FOR_TIE'

export interface PassOver {
  awardTypeCode: string
  code: PassOverCode
  message: string
}

export interface AwardAllocation {
  committeeId: string
  code: string
  awardTypeCode: string
  explanation: {
    rank: number
    total: string
    rule: AwardRule
    precedence: number
    /** null: no limit. */
    quota: number | null
    /** How many of this type were allocated once this member's was counted. */
    quotaUsed: number
    /** Higher types this member did not get, and why. */
    passedOver: PassOver[]
    text: string
  }
}

export interface NotAwarded {
  committeeId: string
  code: string
  rank: number
  total: string
  /** Eligibility codes (DISQUALIFIED, MISSING_FY_SUBMISSION, …) or the pass-over reasons per type. */
  reasons: { code: string; awardTypeCode: string | null; message: string }[]
}

export interface UnresolvedTie {
  code: 'TIE_AT_QUOTA_BOUNDARY'
  awardTypeCode: string
  rank: number
  committeeIds: string[]
  quota: number | null
  quotaLeft: number
}

export interface QuotaUse {
  awardTypeCode: string
  quota: number | null
  used: number
  heldForTie: boolean
}

export interface AllocationResult {
  allocations: AwardAllocation[]
  notAwarded: NotAwarded[]
  unresolvedTies: UnresolvedTie[]
  quotas: QuotaUse[]
}

/** min(maxCount, floor(maxShare × memberCount)); null when the rule sets neither. */
export function quotaOf(rule: AwardRule, memberCount: number): number | null {
  let q: number | null = rule.maxCount ?? null
  if (rule.maxShare !== null && rule.maxShare !== undefined) {
    const byShare = new Decimal(rule.maxShare).times(memberCount).floor().toNumber()
    q = q === null ? byShare : Math.min(q, byShare)
  }
  return q
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function totalFx(total: string): bigint {
  const fx = parseExact(total)
  if (fx === null) throw invalid('INVALID_RANKING', `total "${total}" is not a decimal`)
  return fx
}

/** Why a member at this rank and total cannot have this type at all (quota aside), or null. */
function ruleBars(rule: AwardRule, rank: number, total: bigint): PassOver | null {
  if (rule.minTotal !== null && rule.minTotal !== undefined && total < (parseExact(rule.minTotal) as bigint)) {
    return { awardTypeCode: rule.awardTypeCode, code: 'BELOW_MIN_TOTAL', message: `total below the minimum ${rule.minTotal}` }
  }
  if (rule.maxRank !== null && rule.maxRank !== undefined && rank > rule.maxRank) {
    return { awardTypeCode: rule.awardTypeCode, code: 'ABOVE_MAX_RANK', message: `rank ${rank} is below the best ${rule.maxRank} allowed` }
  }
  return null
}

interface TypedRule {
  rule: AwardRule
  type: AwardType
  quota: number | null
  used: number
  held: boolean
}

function prepareRules(awardRules: AwardRule[], awardTypes: AwardType[], memberCount: number): TypedRule[] {
  const types = new Map(awardTypes.map((t) => [t.code, t] as const))
  const errors: FieldError[] = []
  const seen = new Set<string>()
  const out: TypedRule[] = []
  awardRules.forEach((rule, i) => {
    const type = types.get(rule.awardTypeCode)
    if (type === undefined)
      errors.push({ pointer: `/awardRules/${i}/awardTypeCode`, code: 'UNKNOWN_AWARD_TYPE', message: `no award type ${rule.awardTypeCode}` })
    else if (seen.has(rule.awardTypeCode))
      errors.push({ pointer: `/awardRules/${i}/awardTypeCode`, code: 'DUPLICATE', message: `award type ${rule.awardTypeCode} has two rules` })
    else out.push({ rule, type, quota: quotaOf(rule, memberCount), used: 0, held: false })
    seen.add(rule.awardTypeCode)
  })
  if (errors.length > 0) throw invalid('INVALID_AWARD_RULES', 'the award rules do not match the award types', { errors })
  return out.sort((a, b) => a.type.precedence - b.type.precedence || cmpStr(a.type.code, b.type.code))
}

/**
 * Walks the ranking from the top: each eligible member gets the highest-precedence type it
 * qualifies for (minTotal, maxRank) with quota left; one award per member. A still-tied group
 * that a quota cannot cover entirely is not split: it is reported as TIE_AT_QUOTA_BOUNDARY, no one
 * in it gets that type, and the rest of that type's quota is held (no lower-ranked member takes it).
 */
export function allocateAwards(input: AllocationInput): AllocationResult {
  const rules = prepareRules(input.awardRules, input.awardTypes, input.memberCount)
  const ranked = [...input.ranking.members].sort((a, b) => a.rank - b.rank || cmpStr(a.code, b.code) || cmpStr(a.committeeId, b.committeeId))
  const allocations: AwardAllocation[] = []
  const notAwarded: NotAwarded[] = []
  const unresolvedTies: UnresolvedTie[] = []
  const awarded = new Set<string>()

  for (let start = 0; start < ranked.length;) {
    // A group is the members sharing a rank while still tied; everyone else stands alone.
    let end = start + 1
    if (ranked[start].tied) while (end < ranked.length && ranked[end].tied && ranked[end].rank === ranked[start].rank) end++
    const group = ranked.slice(start, end)
    start = end

    const eligible: RankedEntry[] = []
    for (const m of group) {
      if (awarded.has(m.committeeId)) continue // listed twice: one award per member, ever
      if (m.eligibility.eligible) eligible.push(m)
      else {
        notAwarded.push({
          committeeId: m.committeeId,
          code: m.code,
          rank: m.rank,
          total: m.total,
          reasons: m.eligibility.reasons.map((code) => ({ code, awardTypeCode: null, message: `not eligible: ${code}` })),
        })
      }
    }
    if (eligible.length === 0) continue
    const rank = eligible[0].rank
    const total = totalFx(eligible[0].total)
    const passedOver: PassOver[] = []
    let granted: TypedRule | null = null
    for (const r of rules) {
      const code = r.rule.awardTypeCode
      const bar = ruleBars(r.rule, rank, total)
      if (bar) {
        passedOver.push(bar)
        continue
      }
      if (r.held) {
        passedOver.push({ awardTypeCode: code, code: 'HELD_FOR_TIE', message: `the rest of the ${code} quota is held for an unresolved tie above` })
        continue
      }
      const left = r.quota === null ? Infinity : r.quota - r.used
      if (left <= 0) {
        passedOver.push({ awardTypeCode: code, code: 'QUOTA_EXHAUSTED', message: `the ${code} quota of ${r.quota} is used up` })
        continue
      }
      if (left < eligible.length) {
        r.held = true
        unresolvedTies.push({
          code: 'TIE_AT_QUOTA_BOUNDARY',
          awardTypeCode: code,
          rank,
          committeeIds: eligible.map((m) => m.committeeId),
          quota: r.quota,
          quotaLeft: left,
        })
        passedOver.push({
          awardTypeCode: code,
          code: 'TIE_AT_QUOTA_BOUNDARY',
          message: `${eligible.length} members tied at rank ${rank} for ${left} remaining ${code}; a recorded vote must order them`,
        })
        continue
      }
      granted = r
      break
    }
    if (granted === null) {
      for (const m of eligible) {
        notAwarded.push({
          committeeId: m.committeeId,
          code: m.code,
          rank: m.rank,
          total: m.total,
          reasons:
            passedOver.length > 0
              ? passedOver.map((p) => ({ code: p.code, awardTypeCode: p.awardTypeCode, message: p.message }))
              : [{ code: 'NO_AWARD_RULE', awardTypeCode: null, message: 'the cluster-year has no award rules' }],
        })
      }
      continue
    }
    const g = granted
    g.used += eligible.length
    for (const m of eligible) {
      awarded.add(m.committeeId)
      const limits = [
        g.quota === null ? 'no quota' : `quota ${g.quota}`,
        g.rule.minTotal != null ? `min total ${g.rule.minTotal}` : null,
        g.rule.maxRank != null ? `best ${g.rule.maxRank} ranks` : null,
      ].filter((x) => x !== null)
      allocations.push({
        committeeId: m.committeeId,
        code: m.code,
        awardTypeCode: g.rule.awardTypeCode,
        explanation: {
          rank: m.rank,
          total: m.total,
          rule: g.rule,
          precedence: g.type.precedence,
          quota: g.quota,
          quotaUsed: g.used,
          passedOver,
          text: `rank ${m.rank}${eligible.length > 1 ? ' (tied)' : ''}, total ${m.total}: highest type with room is ${g.rule.awardTypeCode} (${limits.join(', ')}; ${g.used}${g.quota === null ? '' : ` of ${g.quota}`} used)`,
        },
      })
    }
  }

  return {
    allocations,
    notAwarded,
    unresolvedTies,
    quotas: rules.map((r) => ({ awardTypeCode: r.rule.awardTypeCode, quota: r.quota, used: r.used, heldForTie: r.held })),
  }
}

// ---------------------------------------------------------------------------------------------
// Approval-time re-check

export interface GrantedAward {
  committeeId: string
  awardTypeCode: string
}

export type AwardViolationCode =
  | 'QUOTA_EXCEEDED'
  | 'ALREADY_AWARDED'
  | 'NO_AWARD_RULE'
  | 'NOT_RANKED'
  | 'NOT_ELIGIBLE'
  | 'BELOW_MIN_TOTAL'
  | 'ABOVE_MAX_RANK'
  | 'MEMBER_ALREADY_PROPOSED'
  | 'PRECEDENCE_INVERTED'

export interface AwardViolation {
  code: AwardViolationCode
  awardTypeCode: string
  committeeIds: string[]
  message: string
}

/**
 * Re-checks a set of awards (already approved plus the ones being approved) against the rules:
 * quota per type, one award per member, and — when the final ranking is given — eligibility,
 * minTotal and maxRank. Returns every violation, in a stable order.
 */
export function checkAwards(input: {
  awards: GrantedAward[]
  awardRules: AwardRule[]
  memberCount: number
  ranking?: { members: RankedEntry[] }
}): AwardViolation[] {
  const violations: AwardViolation[] = []
  const rules = new Map(input.awardRules.map((r) => [r.awardTypeCode, r] as const))
  const byMember = new Map<string, string[]>()
  const byType = new Map<string, string[]>()
  for (const a of input.awards) {
    byMember.set(a.committeeId, [...(byMember.get(a.committeeId) ?? []), a.awardTypeCode])
    byType.set(a.awardTypeCode, [...(byType.get(a.awardTypeCode) ?? []), a.committeeId])
  }
  for (const [id, types] of [...byMember].sort((a, b) => cmpStr(a[0], b[0]))) {
    if (types.length > 1) {
      violations.push({
        code: 'ALREADY_AWARDED',
        awardTypeCode: [...types].sort().join(','),
        committeeIds: [id],
        message: `${id} would hold ${types.length} awards in one cluster-year`,
      })
    }
  }
  const ranked = new Map((input.ranking?.members ?? []).map((m) => [m.committeeId, m] as const))
  for (const [code, ids] of [...byType].sort((a, b) => cmpStr(a[0], b[0]))) {
    const rule = rules.get(code)
    const sortedIds = [...ids].sort()
    if (rule === undefined) {
      violations.push({ code: 'NO_AWARD_RULE', awardTypeCode: code, committeeIds: sortedIds, message: `the cluster-year has no rule for ${code}` })
      continue
    }
    const quota = quotaOf(rule, input.memberCount)
    if (quota !== null && ids.length > quota) {
      violations.push({
        code: 'QUOTA_EXCEEDED',
        awardTypeCode: code,
        committeeIds: sortedIds,
        message: `${ids.length} ${code} awards exceed the quota of ${quota}`,
      })
    }
    if (input.ranking === undefined) continue
    for (const id of sortedIds) {
      const m = ranked.get(id)
      if (m === undefined) {
        violations.push({ code: 'NOT_RANKED', awardTypeCode: code, committeeIds: [id], message: `${id} is not in the final ranking` })
        continue
      }
      if (!m.eligibility.eligible) {
        violations.push({
          code: 'NOT_ELIGIBLE',
          awardTypeCode: code,
          committeeIds: [id],
          message: `${id} is not eligible: ${m.eligibility.reasons.join(', ')}`,
        })
      }
      const bar = ruleBars(rule, m.rank, totalFx(m.total))
      if (bar) violations.push({ code: bar.code as AwardViolationCode, awardTypeCode: code, committeeIds: [id], message: `${id}: ${bar.message}` })
    }
  }
  return violations
}

/** Throws conflict(<first violation's code>) with every violation in details, or returns. */
export function assertAwardsWithinRules(input: Parameters<typeof checkAwards>[0]): void {
  const violations = checkAwards(input)
  if (violations.length > 0) {
    const first = violations[0]
    throw conflict(first.code, first.message, { violations })
  }
}

/**
 * Per award type, whether a ranked member may receive it at all (quotas aside): the member's
 * own eligibility first (disqualified, no accepted FY submission), then the rule's minimum
 * total and best rank. Shown beside the ranking so nobody has to guess before allocation.
 */
export function awardEligibility(member: RankedEntry, rules: readonly AwardRule[]): { awardTypeCode: string; eligible: boolean; reasons: string[] }[] {
  return rules.map((rule) => {
    const reasons = [...member.eligibility.reasons]
    const bar = ruleBars(rule, member.rank, totalFx(member.total))
    if (bar) reasons.push(bar.code)
    return { awardTypeCode: rule.awardTypeCode, eligible: reasons.length === 0, reasons }
  })
}

// ---------------------------------------------------------------------------------------------
// A proposal entered by hand (outside the generated list)

/** A proposal of the cluster-year as the hand-entry check sees it. */
export interface ExistingProposal {
  committeeId: string
  awardTypeCode: string
  status: 'draft' | 'submitted' | 'approved' | 'rejected' | 'revoked'
}

/** Proposals that still count: drafted, submitted or approved (not rejected, not revoked). */
const standing = (p: ExistingProposal) => p.status === 'draft' || p.status === 'submitted' || p.status === 'approved'

/**
 * Whether the cluster may propose `proposal` by hand, outside the generated list, under the same
 * rules as the list: one proposal per member per cluster-year, ever (MEMBER_ALREADY_PROPOSED);
 * the type's rule, quota, eligibility, minimum total and best rank (checkAwards, counting the
 * standing proposals); and precedence along the ranking: no member ranked below another may be
 * proposed a higher award than it, nor one ranked above it a lower one (PRECEDENCE_INVERTED).
 * Returns every violation, the new proposal's first; the type must be one of `awardTypes`.
 */
export function checkHandProposal(input: {
  proposal: GrantedAward
  existing: readonly ExistingProposal[]
  awardRules: AwardRule[]
  awardTypes: readonly AwardType[]
  memberCount: number
  ranking: { members: RankedEntry[] }
}): AwardViolation[] {
  const { proposal } = input
  const id = proposal.committeeId
  const code = proposal.awardTypeCode
  if (input.existing.some((p) => p.committeeId === id)) {
    return [{ code: 'MEMBER_ALREADY_PROPOSED', awardTypeCode: code, committeeIds: [id], message: `${id} already has a proposal in this cluster-year` }]
  }
  const others = input.existing.filter(standing)
  const violations = checkAwards({
    awards: [...others, proposal].map((p) => ({ committeeId: p.committeeId, awardTypeCode: p.awardTypeCode })),
    awardRules: input.awardRules,
    memberCount: input.memberCount,
    ranking: input.ranking,
  }).filter((v) => v.committeeIds.includes(id) && (v.awardTypeCode === code || v.code === 'ALREADY_AWARDED'))
  const precedence = new Map(input.awardTypes.map((t) => [t.code, t.precedence] as const))
  const ranked = new Map(input.ranking.members.map((m) => [m.committeeId, m] as const))
  const mine = ranked.get(id)
  const myPrecedence = precedence.get(code)
  if (mine !== undefined && myPrecedence !== undefined) {
    const inverted = others
      .filter((p) => {
        const other = ranked.get(p.committeeId)
        const theirs = precedence.get(p.awardTypeCode)
        if (other === undefined || theirs === undefined) return false
        // Lower precedence numbers are higher awards; equal ranks (a tie) constrain nothing.
        return (mine.rank > other.rank && myPrecedence < theirs) || (mine.rank < other.rank && myPrecedence > theirs)
      })
      .map((p) => p.committeeId)
      .sort()
    if (inverted.length > 0) {
      violations.push({
        code: 'PRECEDENCE_INVERTED',
        awardTypeCode: code,
        committeeIds: [id, ...inverted],
        message: `${code} for rank ${mine.rank} would invert the order of the awards proposed for ${inverted.join(', ')}`,
      })
    }
  }
  // What bars the member itself comes before what bars the type's quota or the order of the list.
  return violations.sort((a, b) => HAND_ORDER.indexOf(a.code) - HAND_ORDER.indexOf(b.code))
}

const HAND_ORDER: AwardViolationCode[] = [
  'NO_AWARD_RULE',
  'NOT_RANKED',
  'NOT_ELIGIBLE',
  'BELOW_MIN_TOTAL',
  'ABOVE_MAX_RANK',
  'ALREADY_AWARDED',
  'QUOTA_EXCEEDED',
  'PRECEDENCE_INVERTED',
]
