import type { ClusterYearState } from './cluster-year.ts'
import { parseDecimal } from './decimal.ts'
import { conflict, invalid, type FieldError } from './errors.ts'
import type { Scheme } from './scheme.ts'

/* ------------------------------------------------------------------------------------------ *
 * Chấm điểm chéo (peer assessment) and the conference's adjustments: what the ranking is computed
 * from besides the reported values. Pure checks of the input against the cluster-year's state.
 * ------------------------------------------------------------------------------------------ */

export interface ScoreEntry {
  targetId: string
  criterionCode: string
  score: string
}

/** Only a member assesses (422 ASSESSOR_NOT_MEMBER). */
export function assertAssessor(state: Pick<ClusterYearState, 'members'>, assessorId: string): void {
  if (!state.members.includes(assessorId)) throw invalid('ASSESSOR_NOT_MEMBER', `Committee ${assessorId} is not a member of this cluster-year`)
}

/**
 * One assessor's scores of every other member on every peer-assessed criterion: never itself
 * (SELF_ASSESSMENT, refused whatever else is wrong: there is no override), members only, each
 * pair once, within the criterion's points, and complete. Returns the scores canonical and sorted,
 * or throws 422 with every problem and its pointer.
 */
export function validateAssessment(
  state: Pick<ClusterYearState, 'members'>,
  scheme: Scheme,
  assessorId: string,
  scores: readonly { targetId: string; criterionCode: string; score: unknown }[],
): ScoreEntry[] {
  assertAssessor(state, assessorId)
  const members = new Set(state.members)
  const assessed = new Map(scheme.criteria.filter((c) => c.method === 'assessed').map((c) => [c.code, c]))
  const errors: FieldError[] = []
  const seen = new Set<string>()
  const clean: ScoreEntry[] = []
  scores.forEach((s, i) => {
    const p = `/scores/${i}`
    if (s.targetId === assessorId) return void errors.push({ pointer: `${p}/targetId`, code: 'SELF_ASSESSMENT', message: 'members never score themselves' })
    if (!members.has(s.targetId)) return void errors.push({ pointer: `${p}/targetId`, code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' })
    const criterion = assessed.get(s.criterionCode)
    if (!criterion)
      return void errors.push({ pointer: `${p}/criterionCode`, code: 'NOT_ASSESSED_CRITERION', message: 'is not a peer-assessed criterion of the scheme' })
    const key = `${s.targetId}|${s.criterionCode}`
    if (seen.has(key)) return void errors.push({ pointer: p, code: 'DUPLICATE_SCORE', message: 'this member and criterion are scored twice' })
    seen.add(key)
    const d = parseDecimal(s.score)
    if (d === null || d.isNegative() || d.gt(criterion.maxPoints)) {
      return void errors.push({ pointer: `${p}/score`, code: 'SCORE_OUT_OF_RANGE', message: `must be a decimal from 0 to ${criterion.maxPoints}` })
    }
    clean.push({ targetId: s.targetId, criterionCode: s.criterionCode, score: d.toFixed() })
  })
  const self = errors.filter((e) => e.code === 'SELF_ASSESSMENT')
  if (self.length > 0) throw invalid('SELF_ASSESSMENT', 'An assessor never scores itself', { errors: self })
  for (const target of [...members].sort()) {
    if (target === assessorId) continue
    for (const code of assessed.keys()) {
      if (!seen.has(`${target}|${code}`)) errors.push({ pointer: '/scores', code: 'ASSESSMENT_INCOMPLETE', message: `no score for ${target} on ${code}` })
    }
  }
  if (errors.length > 0) throw invalid(errors[0]!.code, `The assessment is invalid: ${errors.length} problem(s)`, { errors })
  return clean.sort((a, b) => (a.targetId + a.criterionCode < b.targetId + b.criterionCode ? -1 : 1))
}

export const ADJUSTMENT_TYPES = ['manual', 'bonus', 'penalty', 'disqualification'] as const
export type AdjustmentType = (typeof ADJUSTMENT_TYPES)[number]

export interface AdjustmentInput {
  committeeId: string
  type: AdjustmentType
  criterionCode?: string | null | undefined
  points?: string | number | null | undefined
  reason: string
}

/** An adjustment in force, as far as the rules need it. */
export interface ActiveAdjustment {
  id: string
  type: AdjustmentType
  committeeId: string
  criterionCode: string | null
}

const fail = (code: string, pointer: string, message: string) => invalid(code, message, { errors: [{ pointer, code, message }] })

/**
 * An adjustment agreed by the conference: for a member, with its reason; manual points for a
 * criterion the conference scores (method manual), once per member and criterion, within its
 * points; a bonus or penalty above 0 and standing alone; a disqualification without points.
 * Returns what is stored: the criterion, the points canonical and the reason trimmed.
 */
export function validateAdjustment(
  state: Pick<ClusterYearState, 'members'>,
  scheme: Scheme,
  input: AdjustmentInput,
  active: readonly ActiveAdjustment[],
): { criterionCode: string | null; points: string | null; reason: string } {
  if (!state.members.includes(input.committeeId)) throw fail('NOT_A_MEMBER', '/committeeId', 'is not a member of the cluster-year')
  if (!input.reason.trim()) throw fail('REASON_REQUIRED', '/reason', 'every adjustment needs its reason')
  const given = input.points !== undefined && input.points !== null
  const points = given ? parseDecimal(input.points) : null
  if (given && points === null) throw fail('INVALID_DECIMAL', '/points', 'must be a decimal string')
  let criterionCode: string | null = null
  if (input.type === 'manual') {
    const criterion = scheme.criteria.find((c) => c.code === input.criterionCode)
    if (!criterion || criterion.method !== 'manual')
      throw fail('NOT_MANUAL_CRITERION', '/criterionCode', 'must name a criterion scored by the conference (method manual)')
    if (!points || points.isNegative() || points.gt(criterion.maxPoints))
      throw fail('POINTS_OUT_OF_RANGE', '/points', `must be from 0 to ${criterion.maxPoints}`)
    const existing = active.find((a) => a.type === 'manual' && a.committeeId === input.committeeId && a.criterionCode === criterion.code)
    if (existing)
      throw conflict('ADJUSTMENT_EXISTS', 'Points for this member and criterion are already entered; withdraw them first', { adjustmentId: existing.id })
    criterionCode = criterion.code
  } else if (input.type === 'bonus' || input.type === 'penalty') {
    if (input.criterionCode) throw fail('CRITERION_NOT_ALLOWED', '/criterionCode', 'bonus and penalty adjustments stand alone; use the scheme for criteria')
    if (!points || points.lte(0)) throw fail('POINTS_OUT_OF_RANGE', '/points', 'must be a decimal above 0')
  } else if (given) {
    throw fail('POINTS_NOT_ALLOWED', '/points', 'a disqualification carries no points')
  }
  return { criterionCode, points: points?.toFixed() ?? null, reason: input.reason.trim() }
}

/** Withdrawing an adjustment: once, and saying why. Returns the reason trimmed. */
export function validateWithdrawal(adjustment: { withdrawnAt: Date | null }, reason: string): string {
  if (adjustment.withdrawnAt) throw conflict('ADJUSTMENT_WITHDRAWN', 'The adjustment was already withdrawn')
  if (!reason.trim()) {
    throw invalid('REASON_REQUIRED', 'Say why the adjustment is withdrawn', {
      errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'is required' }],
    })
  }
  return reason.trim()
}

/**
 * Suy tôn: a vote orders exactly one group the tie-break chain left tied, and has its record.
 * Returns the reason trimmed.
 */
export function validateTieVote(
  ties: readonly { rank: number; committeeIds: readonly string[]; resolved: boolean }[],
  input: { orderedCommitteeIds: readonly string[]; reason: string },
): string {
  const wanted = [...input.orderedCommitteeIds].sort().join(',')
  if (!ties.some((t) => [...t.committeeIds].sort().join(',') === wanted)) {
    throw invalid('NOT_A_TIED_GROUP', 'The committees named are not exactly one group the ranking leaves tied', {
      details: { ties: ties.map((t) => ({ rank: t.rank, committeeIds: t.committeeIds, resolved: t.resolved })) },
      errors: [{ pointer: '/orderedCommitteeIds', code: 'NOT_A_TIED_GROUP', message: 'must list exactly the members of one tied group' }],
    })
  }
  if (!input.reason.trim())
    throw invalid('REASON_REQUIRED', 'A vote needs its record', { errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'is required' }] })
  return input.reason.trim()
}
