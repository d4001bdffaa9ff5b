/**
 * Scoring (chấm điểm) of one cluster-year: per-criterion points with explanations, capped bonus
 * and penalty, and the total. Pure and deterministic.
 *
 * Arithmetic: every decimal is held as a bigint count of 10^-20 units ("exact points"). Inputs
 * with up to 20 decimal places are therefore exact, and so are sums and products; the only
 * rounding is a quotient (ratio methods, means), rounded half-up at the 20th place, and the
 * total, rounded half-up to 2 places. decimal.js gives the same results but its 60-digit division
 * is ~15× slower, which the 1,000 × 100 benchmark cannot afford. No binary floats are used
 * (peer-score sums use integers of 10^-6 units, exact below 2^53, as a fast path).
 */
import type { FieldError } from './errors.ts'
import { invalid } from './errors.ts'
import { Decimal } from './decimal.ts'
import type { Criterion, CriterionKind, CriterionMethod, Scheme } from './scheme.ts'
import { MAX_DECIMAL_PLACES, pointerToken } from './scheme.ts'

// ---------------------------------------------------------------------------------------------
// Exact fixed-point numbers

const SCALE_DIGITS = MAX_DECIMAL_PLACES
/** 1 point in exact units. */
export const ONE = 10n ** BigInt(SCALE_DIGITS)
const ZEROS = '0'.repeat(SCALE_DIGITS)
const NUM_RE = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/

/** Parses a decimal string (or a safe integer) into exact units; null when malformed or too precise. */
export function parseExact(v: unknown): bigint | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) * ONE : null
  if (typeof v !== 'string') return null
  const m = NUM_RE.exec(v)
  if (m === null) return null
  const frac = m[3] ?? ''
  if (frac.length > SCALE_DIGITS) return null
  const n = BigInt(m[2] + frac + ZEROS.slice(frac.length))
  return m[1] === '-' ? -n : n
}

/** Canonical decimal string of exact units, without trailing zeros ("12.5", "-3", "0"). */
export function formatExact(x: bigint): string {
  if (x === 0n) return '0'
  const neg = x < 0n
  const s = (neg ? -x : x).toString().padStart(SCALE_DIGITS + 1, '0')
  const int = s.slice(0, s.length - SCALE_DIGITS)
  let end = s.length
  while (end > int.length && s.charCodeAt(end - 1) === 48) end--
  const frac = s.slice(int.length, end)
  return (neg ? '-' : '') + int + (frac === '' ? '' : '.' + frac)
}

/** Rounds half-up (ties away from zero, as decimal.js ROUND_HALF_UP) to `places` decimals. */
export function roundExact(x: bigint, places: number): bigint {
  const unit = 10n ** BigInt(SCALE_DIGITS - places)
  const q = x / unit
  const r = x % unit
  const adj = (r < 0n ? -r : r) * 2n >= unit ? (x < 0n ? -1n : 1n) : 0n
  return (q + adj) * unit
}

/** round(a × b / c) in exact units, half-up; `exact` tells whether no rounding happened. */
function mulDiv(a: bigint, b: bigint, c: bigint): { q: bigint; exact: boolean } {
  const n = a * b
  let q = n / c
  const r = n % c
  if (r !== 0n) {
    const ar = r < 0n ? -r : r
    const ac = c < 0n ? -c : c
    if (ar * 2n >= ac) q += (n < 0n) !== (c < 0n) ? -1n : 1n
  }
  return { q, exact: r === 0n }
}

const min = (a: bigint, b: bigint) => (a < b ? a : b)
const clamp = (x: bigint, hi: bigint) => (x < 0n ? 0n : x > hi ? hi : x)

/** Converts exact units to the project's Decimal (for callers that continue in decimal.js). */
export function toDecimal(x: bigint): Decimal {
  return new Decimal(formatExact(x))
}

const ROUNDING_NOTE = ` (quotient rounded half-up at ${SCALE_DIGITS} decimal places)`

// ---------------------------------------------------------------------------------------------
// Types

/** What a person needs to recompute a number by hand. */
export interface Explanation {
  method: string
  inputs: Record<string, unknown>
  formula: string
  points: string
}

export interface ClusterMember {
  committeeId: string
  code: string
}

/** A member's accepted FY submission (tổng kết): official values by indicator code. */
export interface FySubmission {
  values: Record<string, string>
  late?: boolean
}

/** Secretariat or organiser entries (điều chỉnh), each with its reason. */
export type Adjustment =
  | { type: 'manual'; id?: string; committeeId: string; criterionCode: string; points: string; reason: string }
  | { type: 'bonus' | 'penalty'; id?: string; committeeId: string; points: string; reason: string }
  | { type: 'disqualification'; id?: string; committeeId: string; reason: string }

export interface ScoringInput {
  scheme: Scheme
  members: ClusterMember[]
  /** committeeId → criterionCode → target (chỉ tiêu). */
  targets?: Record<string, Record<string, string>>
  /** committeeId → accepted FY submission. A member without one has not submitted. */
  fyValues?: Record<string, FySubmission>
  /** assessorId → targetId → criterionCode → score in [0, maxPoints]. */
  assessments?: Record<string, Record<string, Record<string, string>>>
  adjustments?: Adjustment[]
}

export type MissingCode =
  | 'MISSING_FY_SUBMISSION'
  | 'MISSING_FY_VALUE'
  | 'MISSING_TARGET'
  | 'MISSING_ASSESSMENT'
  | 'MISSING_MANUAL_POINTS'

export interface MissingInput {
  code: MissingCode
  criterionCode?: string
  indicatorCode?: string
  /** For MISSING_ASSESSMENT: the members that have not yet scored this member on this criterion. */
  assessorIds?: string[]
}

export interface CriterionLine {
  criterionCode: string
  group: string
  kind: CriterionKind
  method: CriterionMethod
  maxPoints: string
  points: string
  /** False when an input is still missing (the line then counts what is known, or 0). */
  complete: boolean
  explanation: Explanation
}

/** A bonus or penalty line that is not a criterion: an ad hoc adjustment or the late-submission penalty. */
export interface ExtraLine {
  source: 'adjustment' | 'late_fy_submission'
  adjustmentId: string | null
  points: string
  reason: string
}

export interface MemberScore {
  committeeId: string
  code: string
  lines: CriterionLine[]
  extraBonus: ExtraLine[]
  extraPenalty: ExtraLine[]
  /** Sum of standard criteria (exact). */
  standard: string
  /** Capped bonus and capped penalty (exact). */
  bonus: string
  penalty: string
  /** standard + bonus − penalty, rounded half-up to 2 places. */
  total: string
  /** Signed sum per criterion group (bonus +, penalty −, uncapped): the tie-break keys. */
  groupPoints: Record<string, string>
  explanation: { standard: Explanation; bonus: Explanation; penalty: Explanation; total: Explanation }
  fySubmitted: boolean
  lateFySubmission: boolean
  disqualifications: { adjustmentId: string | null; reason: string }[]
  missing: MissingInput[]
}

/** A member's score with the exact keys ranking compares. */
export interface ExactMemberScore {
  score: MemberScore
  totalFx: bigint
  standardFx: bigint
  /** Group sums in the scheme's tieBreakGroups order. */
  tieBreakFx: bigint[]
}

// ---------------------------------------------------------------------------------------------
// One criterion, one member: the methods

interface Num {
  fx: bigint
  s: string
}

interface Computed {
  fx: bigint
  formula: string
}

function targetRatio(max: Num, actual: Num, target: Num, lowerIsBetter: boolean): Computed {
  if (!lowerIsBetter) {
    if (target.fx <= 0n) return { fx: max.fx, formula: `target ${target.s} ≤ 0 gives full points = ${max.s}` }
    if (actual.fx >= target.fx) return { fx: max.fx, formula: `${max.s} × min(${actual.s} / ${target.s}, 1) = ${max.s} × 1 = ${max.s}` }
    if (actual.fx <= 0n) return { fx: 0n, formula: `${max.s} × min(${actual.s} / ${target.s}, 1) = 0 (never below 0)` }
    const r = mulDiv(max.fx, actual.fx, target.fx)
    const p = formatExact(r.q)
    return { fx: r.q, formula: `${max.s} × min(${actual.s} / ${target.s}, 1) = ${max.s} × ${actual.s} / ${target.s} = ${p}${r.exact ? '' : ROUNDING_NOTE}` }
  }
  // Lower is better: the ratio is inverted, so the guard against dividing by zero is on the actual.
  if (actual.fx <= 0n) return { fx: max.fx, formula: `actual ${actual.s} ≤ 0 with lower-is-better gives full points = ${max.s}` }
  if (target.fx >= actual.fx) return { fx: max.fx, formula: `${max.s} × min(${target.s} / ${actual.s}, 1) = ${max.s} × 1 = ${max.s}` }
  if (target.fx <= 0n) return { fx: 0n, formula: `${max.s} × min(${target.s} / ${actual.s}, 1) = 0 (never below 0)` }
  const r = mulDiv(max.fx, target.fx, actual.fx)
  const p = formatExact(r.q)
  return { fx: r.q, formula: `${max.s} × min(${target.s} / ${actual.s}, 1) = ${max.s} × ${target.s} / ${actual.s} = ${p}${r.exact ? '' : ROUNDING_NOTE}` }
}

function threshold(max: Num, actual: Num, target: Num, lowerIsBetter: boolean): Computed {
  const met = lowerIsBetter ? actual.fx <= target.fx : actual.fx >= target.fx
  const op = lowerIsBetter ? (met ? '≤' : '>') : met ? '≥' : '<'
  return met
    ? { fx: max.fx, formula: `${actual.s} ${op} target ${target.s}: met, full points = ${max.s}` }
    : { fx: 0n, formula: `${actual.s} ${op} target ${target.s}: not met = 0` }
}

function relativeToBest(max: Num, actual: Num, best: Num, lowerIsBetter: boolean): Computed {
  if (!lowerIsBetter) {
    if (best.fx <= 0n) return { fx: 0n, formula: `best in cluster ${best.s} ≤ 0 gives 0` }
    const r = mulDiv(max.fx, actual.fx, best.fx)
    const fx = clamp(r.q, max.fx)
    const note = fx !== r.q ? ` → ${formatExact(fx)} (kept within [0, ${max.s}])` : r.exact ? '' : ROUNDING_NOTE
    return { fx, formula: `${max.s} × ${actual.s} / best ${best.s} = ${formatExact(r.q)}${note}` }
  }
  if (actual.fx <= 0n) return { fx: max.fx, formula: `actual ${actual.s} ≤ 0 with lower-is-better gives full points = ${max.s}` }
  const r = mulDiv(max.fx, best.fx, actual.fx)
  const fx = clamp(r.q, max.fx)
  const note = fx !== r.q ? ` → ${formatExact(fx)} (kept within [0, ${max.s}])` : r.exact ? '' : ROUNDING_NOTE
  return { fx, formula: `${max.s} × best ${best.s} / ${actual.s} = ${formatExact(r.q)}${note}` }
}

/** Running peer-score statistics for one member and one criterion. */
class ScoreStats {
  count = 0
  /** Sum in 10^-6 units while every score fits exactly; NaN once the bigint sum takes over. */
  micro = 0
  big: bigint | null = null
  minFx = 0n
  maxFx = 0n
  minId = ''
  maxId = ''
  minS = ''
  maxS = ''

  add(assessorId: string, v: ScoreValue) {
    if (this.count === 0) {
      this.minFx = this.maxFx = v.fx
      this.minId = this.maxId = assessorId
      this.minS = this.maxS = v.s
    } else {
      // Equal scores: the smaller assessor id is named, so the explanation is order-independent.
      if (v.fx < this.minFx || (v.fx === this.minFx && assessorId < this.minId)) {
        this.minFx = v.fx
        this.minId = assessorId
        this.minS = v.s
      }
      if (v.fx > this.maxFx || (v.fx === this.maxFx && assessorId < this.maxId)) {
        this.maxFx = v.fx
        this.maxId = assessorId
        this.maxS = v.s
      }
    }
    this.count++
    if (this.big === null && v.micro === v.micro && this.count < 8000) this.micro += v.micro
    else {
      if (this.big === null) this.big = BigInt(this.micro) * MICRO_TO_FX
      this.big += v.fx
    }
  }

  sumFx(): bigint {
    return this.big ?? BigInt(this.micro) * MICRO_TO_FX
  }
}

const MICRO_TO_FX = 10n ** BigInt(SCALE_DIGITS - 6)

interface ScoreValue extends Num {
  /** The value in 10^-6 units when exact and below 10^6 points; NaN otherwise. */
  micro: number
}

function scoreValue(s: string, fx: bigint): ScoreValue {
  const m = NUM_RE.exec(s)
  let micro = Number.NaN
  if (m !== null && m[2].length <= 6 && (m[3] ?? '').length <= 6) {
    micro = Number(m[2]) * 1e6 + Number((m[3] ?? '').padEnd(6, '0'))
    if (m[1] === '-') micro = -micro
  }
  return { s, fx, micro }
}

/** The assessed method: mean of peer scores; with 5 or more, one highest and one lowest dropped. */
function assessed(stats: ScoreStats, expected: number): Computed & { inputs: Record<string, unknown> } {
  const n = stats.count
  const sum = stats.sumFx()
  const base = { assessors: n, expectedAssessors: expected, sum: formatExact(sum) }
  if (n === 0) return { fx: 0n, formula: 'no peer scores yet = 0', inputs: { ...base, droppedHighest: null, droppedLowest: null, divisor: 0 } }
  if (n >= 5) {
    const kept = sum - stats.maxFx - stats.minFx
    const r = mulDiv(kept, ONE, BigInt(n - 2) * ONE)
    return {
      fx: r.q,
      formula: `(${formatExact(sum)} − highest ${stats.maxS} − lowest ${stats.minS}) / ${n - 2} = ${formatExact(r.q)}${r.exact ? '' : ROUNDING_NOTE}`,
      inputs: {
        ...base,
        droppedHighest: { assessorId: stats.maxId, score: stats.maxS },
        droppedLowest: { assessorId: stats.minId, score: stats.minS },
        divisor: n - 2,
      },
    }
  }
  const r = mulDiv(sum, ONE, BigInt(n) * ONE)
  return {
    fx: r.q,
    formula: `${formatExact(sum)} / ${n} = ${formatExact(r.q)}${r.exact ? '' : ROUNDING_NOTE}`,
    inputs: { ...base, droppedHighest: null, droppedLowest: null, divisor: n },
  }
}

// ---------------------------------------------------------------------------------------------
// String-level functions, one per method (the same code the cluster scorer runs)

function numOrThrow(v: string, name: string): Num {
  const fx = parseExact(v)
  if (fx === null) throw invalid('INVALID_DECIMAL', `${name} must be a decimal string with at most ${SCALE_DIGITS} decimal places`)
  return { fx, s: v }
}

/** target_ratio: max × min(actual / target, 1); inverted for lower-is-better. */
export function scoreTargetRatio(a: { maxPoints: string; actual: string; target: string; lowerIsBetter?: boolean }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const lower = a.lowerIsBetter ?? false
  const r = targetRatio(max, numOrThrow(a.actual, 'actual'), numOrThrow(a.target, 'target'), lower)
  const fx = clamp(r.fx, max.fx)
  return { method: 'target_ratio', inputs: { actual: a.actual, target: a.target, lowerIsBetter: lower, maxPoints: a.maxPoints }, formula: r.formula, points: formatExact(fx) }
}

/** threshold: full points when the target is met, else 0. */
export function scoreThreshold(a: { maxPoints: string; actual: string; target: string; lowerIsBetter?: boolean }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const lower = a.lowerIsBetter ?? false
  const r = threshold(max, numOrThrow(a.actual, 'actual'), numOrThrow(a.target, 'target'), lower)
  return { method: 'threshold', inputs: { actual: a.actual, target: a.target, lowerIsBetter: lower, maxPoints: a.maxPoints }, formula: r.formula, points: formatExact(r.fx) }
}

/** relative_to_best: max × actual / best (lower-is-better: max × best / actual). */
export function scoreRelativeToBest(a: { maxPoints: string; actual: string; best: string; lowerIsBetter?: boolean }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const lower = a.lowerIsBetter ?? false
  const r = relativeToBest(max, numOrThrow(a.actual, 'actual'), numOrThrow(a.best, 'best'), lower)
  return { method: 'relative_to_best', inputs: { actual: a.actual, best: a.best, lowerIsBetter: lower, maxPoints: a.maxPoints }, formula: r.formula, points: formatExact(r.fx) }
}

/** assessed: peer scores by assessor id; the member's own score (selfId) is never counted. */
export function scoreAssessed(a: { maxPoints: string; scores: Record<string, string>; selfId?: string }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const stats = new ScoreStats()
  for (const id of Object.keys(a.scores)) {
    if (id === a.selfId) continue
    const v = numOrThrow(a.scores[id], `score of ${id}`)
    if (v.fx < 0n || v.fx > max.fx) throw invalid('OUT_OF_RANGE', `the score of ${id} must be within [0, ${a.maxPoints}]`)
    stats.add(id, scoreValue(v.s, v.fx))
  }
  const r = assessed(stats, stats.count)
  return { method: 'assessed', inputs: { ...r.inputs, maxPoints: a.maxPoints }, formula: r.formula, points: formatExact(clamp(r.fx, max.fx)) }
}

/** Sum of lines capped at `cap` (bonus or penalty). */
export function capSum(lines: string[], cap: string): { uncapped: string; capped: string; explanation: Explanation } {
  const fxs = lines.map((l) => numOrThrow(l, 'points').fx)
  const capFx = numOrThrow(cap, 'cap').fx
  const sum = fxs.reduce((s, x) => s + x, 0n)
  const capped = min(sum, capFx)
  return {
    uncapped: formatExact(sum),
    capped: formatExact(capped),
    explanation: { method: 'cap', inputs: { lines, cap }, formula: `min(${lines.join(' + ') || '0'}, ${cap}) = ${formatExact(capped)}`, points: formatExact(capped) },
  }
}

/** total = standard + capped bonus − capped penalty, rounded half-up to 2 places. */
export function totalOf(standard: string, bonus: string, penalty: string): string {
  const raw = numOrThrow(standard, 'standard').fx + numOrThrow(bonus, 'bonus').fx - numOrThrow(penalty, 'penalty').fx
  return formatExact(roundExact(raw, 2))
}

// ---------------------------------------------------------------------------------------------
// The whole cluster

interface PreparedCriterion {
  c: Criterion
  max: Num
  /** Index among assessed criteria, or -1. */
  assessedIndex: number
  /** relative_to_best: per member index, the parsed value (null when missing), and the best. */
  values: (Num | null)[] | null
  best: Num | null
  bestMembers: string[]
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
function byLine(a: { adjustmentId: string | null; reason: string; points?: string }, b: { adjustmentId: string | null; reason: string; points?: string }) {
  return cmpStr(a.adjustmentId ?? '', b.adjustmentId ?? '') || cmpStr(a.reason, b.reason) || cmpStr(a.points ?? '', b.points ?? '')
}

function errorsFail(errors: FieldError[]): never {
  throw invalid('INVALID_RANKING_INPUT', `the scoring inputs have ${errors.length} problem(s)`, { errors: errors.slice(0, 200) })
}

/**
 * Scores every member. Throws INVALID_RANKING_INPUT (with pointers into the input) for malformed
 * or out-of-range numbers and inconsistent adjustments; missing inputs are reported per member.
 * Peer scores by non-members, on oneself, or on criteria that are not `assessed` are not counted.
 */
export function scoreClusterExact(input: ScoringInput): ExactMemberScore[] {
  const { scheme, members } = input
  const targets = input.targets ?? {}
  const fyValues = input.fyValues ?? {}
  const assessments = input.assessments ?? {}
  const adjustments = input.adjustments ?? []
  const errors: FieldError[] = []

  // Parsed once per distinct string; the pointer is only built when a value is bad.
  const cache = new Map<string, Num>()
  const num = (v: unknown, pointer: () => string): Num | null => {
    if (typeof v === 'string') {
      const hit = cache.get(v)
      if (hit !== undefined) return hit
    }
    const fx = parseExact(v)
    if (fx === null) {
      errors.push({ pointer: pointer(), code: 'INVALID_DECIMAL', message: `must be a decimal string with at most ${SCALE_DIGITS} decimal places` })
      return null
    }
    const out = { fx, s: typeof v === 'string' ? v : String(v) }
    if (typeof v === 'string') cache.set(v, out)
    return out
  }
  const schemeNum = (v: string): Num => {
    const fx = parseExact(v)
    if (fx === null) throw invalid('INVALID_SCHEME', `scheme decimal "${v}" is malformed; validate the scheme first`)
    return { fx, s: v }
  }

  const memberIndex = new Map<string, number>()
  members.forEach((m, i) => {
    if (memberIndex.has(m.committeeId)) errors.push({ pointer: `/members/${i}/committeeId`, code: 'DUPLICATE', message: `member ${m.committeeId} is listed twice` })
    memberIndex.set(m.committeeId, i)
  })
  const n = members.length

  // Criteria
  const criterionByCode = new Map<string, number>()
  let assessedCount = 0
  const prepared: PreparedCriterion[] = scheme.criteria.map((c, i) => {
    criterionByCode.set(c.code, i)
    return { c, max: schemeNum(c.maxPoints), assessedIndex: c.method === 'assessed' ? assessedCount++ : -1, values: null, best: null, bestMembers: [] }
  })

  // relative_to_best needs the whole cluster's values first.
  for (const p of prepared) {
    if (p.c.method !== 'relative_to_best') continue
    const ind = p.c.indicatorCode as string
    const values: (Num | null)[] = new Array(n).fill(null)
    let bestFx: bigint | null = null
    for (let i = 0; i < n; i++) {
      const id = members[i].committeeId
      const raw = fyValues[id]?.values?.[ind]
      if (raw === undefined || raw === null) continue
      const v = num(raw, () => `/fyValues/${pointerToken(id)}/values/${pointerToken(ind)}`)
      values[i] = v
      if (v !== null && (bestFx === null || (p.c.lowerIsBetter ? v.fx < bestFx : v.fx > bestFx))) bestFx = v.fx
    }
    p.values = values
    if (bestFx !== null) {
      const b = bestFx
      p.best = { fx: b, s: formatExact(b) }
      p.bestMembers = members.filter((_, i) => values[i]?.fx === b).map((m) => m.code).sort()
    }
  }

  // Peer assessments, accumulated per (member, assessed criterion) in one pass.
  const stats: ScoreStats[] = new Array(n * assessedCount)
  for (let i = 0; i < stats.length; i++) stats[i] = new ScoreStats()
  if (assessedCount > 0) {
    const scoreCache = new Map<string, ScoreValue>()
    const assessedCodes = new Map(prepared.filter((p) => p.assessedIndex >= 0).map((p) => [p.c.code, p] as const))
    for (const assessorId in assessments) {
      if (!memberIndex.has(assessorId)) continue
      const byTarget = assessments[assessorId]
      for (const targetId in byTarget) {
        const ti = memberIndex.get(targetId)
        if (ti === undefined || targetId === assessorId) continue
        const byCriterion = byTarget[targetId]
        for (const code in byCriterion) {
          const p = assessedCodes.get(code)
          if (p === undefined) continue
          const raw = byCriterion[code]
          let v = scoreCache.get(raw)
          if (v === undefined) {
            const parsed = num(raw, () => `/assessments/${pointerToken(assessorId)}/${pointerToken(targetId)}/${pointerToken(code)}`)
            if (parsed === null) continue
            v = scoreValue(parsed.s, parsed.fx)
            scoreCache.set(raw, v)
          }
          if (v.fx < 0n || v.fx > p.max.fx) {
            errors.push({
              pointer: `/assessments/${pointerToken(assessorId)}/${pointerToken(targetId)}/${pointerToken(code)}`,
              code: 'OUT_OF_RANGE',
              message: `a score must be within [0, ${p.c.maxPoints}]`,
            })
            continue
          }
          stats[ti * assessedCount + p.assessedIndex].add(assessorId, v)
        }
      }
    }
  }

  // Adjustments
  const manual = new Map<string, { points: Num; reason: string; id: string | null }>()
  const extraBonus: ExtraLine[][] = members.map(() => [])
  const extraPenalty: ExtraLine[][] = members.map(() => [])
  const extraBonusFx: bigint[] = new Array(n).fill(0n)
  const extraPenaltyFx: bigint[] = new Array(n).fill(0n)
  const disqualifications: MemberScore['disqualifications'][] = members.map(() => [])
  adjustments.forEach((a, i) => {
    const base = `/adjustments/${i}`
    const mi = memberIndex.get(a.committeeId)
    if (mi === undefined) return void errors.push({ pointer: `${base}/committeeId`, code: 'UNKNOWN_MEMBER', message: `${a.committeeId} is not a member of this cluster-year` })
    if (typeof a.reason !== 'string' || a.reason.trim() === '') errors.push({ pointer: `${base}/reason`, code: 'REQUIRED', message: 'every adjustment needs a reason' })
    const id = a.id ?? null
    if (a.type === 'disqualification') {
      disqualifications[mi].push({ adjustmentId: id, reason: a.reason })
      return
    }
    const pts = num(a.points, () => `${base}/points`)
    if (pts === null) return
    if (pts.fx < 0n) return void errors.push({ pointer: `${base}/points`, code: 'OUT_OF_RANGE', message: 'points must be 0 or more' })
    if (a.type === 'manual') {
      const ci = criterionByCode.get(a.criterionCode)
      if (ci === undefined) return void errors.push({ pointer: `${base}/criterionCode`, code: 'UNKNOWN_CRITERION', message: `no criterion ${a.criterionCode} in the scheme` })
      const p = prepared[ci]
      if (p.c.method !== 'manual') return void errors.push({ pointer: `${base}/criterionCode`, code: 'NOT_MANUAL', message: `criterion ${a.criterionCode} is scored by ${p.c.method}, not by hand` })
      if (pts.fx > p.max.fx) return void errors.push({ pointer: `${base}/points`, code: 'OUT_OF_RANGE', message: `points must be within [0, ${p.c.maxPoints}]` })
      const key = `${mi}\u0000${ci}`
      if (manual.has(key)) return void errors.push({ pointer: base, code: 'DUPLICATE', message: `${a.criterionCode} already has points for ${a.committeeId}` })
      manual.set(key, { points: pts, reason: a.reason, id })
    } else if (a.type === 'bonus') {
      extraBonus[mi].push({ source: 'adjustment', adjustmentId: id, points: pts.s, reason: a.reason })
      extraBonusFx[mi] += pts.fx
    } else if (a.type === 'penalty') {
      extraPenalty[mi].push({ source: 'adjustment', adjustmentId: id, points: pts.s, reason: a.reason })
      extraPenaltyFx[mi] += pts.fx
    } else {
      errors.push({ pointer: `${base}/type`, code: 'INVALID_ENUM', message: 'type must be manual, bonus, penalty or disqualification' })
    }
  })

  // Adjustment lines are listed in a fixed order whatever order they arrived in.
  for (const list of [...extraBonus, ...extraPenalty]) list.sort(byLine)
  for (const list of disqualifications) list.sort(byLine)

  const bonusCap = schemeNum(scheme.bonusCap)
  const penaltyCap = schemeNum(scheme.penaltyCap)
  const latePenalty = scheme.latePenalty ? schemeNum(scheme.latePenalty.points) : null
  const groupNames = [...new Set(scheme.criteria.map((c) => c.group))]
  const groupIndex = new Map(groupNames.map((g, i) => [g, i] as const))

  // Per member
  const out: ExactMemberScore[] = []
  for (let mi = 0; mi < n; mi++) {
    const member = members[mi]
    const id = member.committeeId
    const fy = fyValues[id]
    const fySubmitted = fy !== undefined && fy !== null
    const late = fySubmitted && fy.late === true
    const missing: MissingInput[] = []
    if (!fySubmitted) missing.push({ code: 'MISSING_FY_SUBMISSION' })
    const lines: CriterionLine[] = new Array(prepared.length)
    let standardFx = 0n
    let bonusFx = extraBonusFx[mi]
    let penaltyFx = extraPenaltyFx[mi]
    const groupFx: bigint[] = new Array(groupNames.length).fill(0n)

    for (let ci = 0; ci < prepared.length; ci++) {
      const p = prepared[ci]
      const c = p.c
      let fx = 0n
      let complete = true
      let formula: string
      let inputs: Record<string, unknown>
      switch (c.method) {
        case 'target_ratio':
        case 'threshold': {
          const ind = c.indicatorCode as string
          const rawActual = fySubmitted ? fy.values?.[ind] : undefined
          const rawTarget = targets[id]?.[c.code]
          const actual = rawActual === undefined || rawActual === null ? null : num(rawActual, () => `/fyValues/${pointerToken(id)}/values/${pointerToken(ind)}`)
          const target = rawTarget === undefined || rawTarget === null ? null : num(rawTarget, () => `/targets/${pointerToken(id)}/${pointerToken(c.code)}`)
          inputs = { indicatorCode: ind, actual: actual?.s ?? null, target: target?.s ?? null, lowerIsBetter: c.lowerIsBetter }
          if (rawTarget === undefined || rawTarget === null) missing.push({ code: 'MISSING_TARGET', criterionCode: c.code })
          if (fySubmitted && (rawActual === undefined || rawActual === null)) missing.push({ code: 'MISSING_FY_VALUE', criterionCode: c.code, indicatorCode: ind })
          if (actual === null || target === null) {
            complete = false
            formula = !fySubmitted ? 'no accepted FY submission = 0' : actual === null ? `no accepted FY value for ${ind} = 0` : 'no target set = 0'
          } else {
            const r = c.method === 'target_ratio' ? targetRatio(p.max, actual, target, c.lowerIsBetter) : threshold(p.max, actual, target, c.lowerIsBetter)
            fx = r.fx
            formula = r.formula
          }
          break
        }
        case 'relative_to_best': {
          const ind = c.indicatorCode as string
          const actual = (p.values as (Num | null)[])[mi]
          inputs = { indicatorCode: ind, actual: actual?.s ?? null, best: p.best?.s ?? null, bestMembers: p.bestMembers, lowerIsBetter: c.lowerIsBetter }
          if (actual === null) {
            complete = false
            if (fySubmitted) missing.push({ code: 'MISSING_FY_VALUE', criterionCode: c.code, indicatorCode: ind })
            formula = !fySubmitted ? 'no accepted FY submission = 0' : `no accepted FY value for ${ind} = 0`
          } else {
            const r = relativeToBest(p.max, actual, p.best as Num, c.lowerIsBetter)
            fx = r.fx
            formula = r.formula
          }
          break
        }
        case 'assessed': {
          const st = stats[mi * assessedCount + p.assessedIndex]
          const r = assessed(st, n - 1)
          fx = r.fx
          formula = r.formula
          inputs = r.inputs
          if (st.count < n - 1) {
            complete = false
            const assessorIds: string[] = []
            for (const m of members) {
              if (m.committeeId === id) continue
              const raw = assessments[m.committeeId]?.[id]?.[c.code]
              if (raw === undefined || raw === null) assessorIds.push(m.committeeId)
            }
            missing.push({ code: 'MISSING_ASSESSMENT', criterionCode: c.code, assessorIds: assessorIds.sort() })
          }
          break
        }
        case 'manual': {
          const e = manual.get(`${mi}\u0000${ci}`)
          if (e === undefined) {
            complete = false
            missing.push({ code: 'MISSING_MANUAL_POINTS', criterionCode: c.code })
            formula = 'no points entered yet = 0'
            inputs = { adjustmentId: null, reason: null }
          } else {
            fx = e.points.fx
            formula = `agreed by the conference = ${e.points.s}`
            inputs = { adjustmentId: e.id, reason: e.reason }
          }
          break
        }
      }
      // Points never leave [0, max], whatever the inputs.
      fx = clamp(fx, p.max.fx)
      const pts = fx === p.max.fx ? c.maxPoints : fx === 0n ? '0' : formatExact(fx)
      lines[ci] = {
        criterionCode: c.code,
        group: c.group,
        kind: c.kind,
        method: c.method,
        maxPoints: c.maxPoints,
        points: pts,
        complete,
        explanation: { method: c.method, inputs, formula, points: pts },
      }
      const gi = groupIndex.get(c.group) as number
      if (c.kind === 'standard') {
        standardFx += fx
        groupFx[gi] += fx
      } else if (c.kind === 'bonus') {
        bonusFx += fx
        groupFx[gi] += fx
      } else {
        penaltyFx += fx
        groupFx[gi] -= fx
      }
    }

    const extraPen = extraPenalty[mi].slice()
    if (late && latePenalty !== null) {
      extraPen.push({ source: 'late_fy_submission', adjustmentId: null, points: latePenalty.s, reason: 'FY submission accepted after the period closed' })
      penaltyFx += latePenalty.fx
    }
    const bonusCapped = min(bonusFx, bonusCap.fx)
    const penaltyCapped = min(penaltyFx, penaltyCap.fx)
    const totalFx = roundExact(standardFx + bonusCapped - penaltyCapped, 2)
    const standard = formatExact(standardFx)
    const bonus = formatExact(bonusCapped)
    const penalty = formatExact(penaltyCapped)
    const total = formatExact(totalFx)
    const bonusUncapped = formatExact(bonusFx)
    const penaltyUncapped = formatExact(penaltyFx)
    const groupPoints: Record<string, string> = {}
    groupNames.forEach((g, i) => (groupPoints[g] = formatExact(groupFx[i])))
    const tieBreakFx = scheme.tieBreakGroups.map((g) => groupFx[groupIndex.get(g) as number] ?? 0n)

    const score: MemberScore = {
      committeeId: id,
      code: member.code,
      lines,
      extraBonus: extraBonus[mi],
      extraPenalty: extraPen,
      standard,
      bonus,
      penalty,
      total,
      groupPoints,
      explanation: {
        standard: {
          method: 'sum',
          inputs: { criteria: lines.filter((l) => l.kind === 'standard').map((l) => l.criterionCode) },
          formula: `sum of standard criteria = ${standard}`,
          points: standard,
        },
        bonus: {
          method: 'bonus_cap',
          inputs: {
            criteria: lines.filter((l) => l.kind === 'bonus').map((l) => l.criterionCode),
            adjustments: extraBonus[mi].map((l) => l.points),
            uncapped: bonusUncapped,
            cap: scheme.bonusCap,
          },
          formula: `min(${bonusUncapped}, cap ${scheme.bonusCap}) = ${bonus}`,
          points: bonus,
        },
        penalty: {
          method: 'penalty_cap',
          inputs: {
            criteria: lines.filter((l) => l.kind === 'penalty').map((l) => l.criterionCode),
            adjustments: extraPen.map((l) => l.points),
            uncapped: penaltyUncapped,
            cap: scheme.penaltyCap,
          },
          formula: `min(${penaltyUncapped}, cap ${scheme.penaltyCap}) = ${penalty}`,
          points: penalty,
        },
        total: {
          method: 'total',
          inputs: { standard, bonus, penalty },
          formula: `round_half_up(${standard} + ${bonus} − ${penalty}, 2) = ${total}`,
          points: total,
        },
      },
      fySubmitted,
      lateFySubmission: late,
      disqualifications: disqualifications[mi],
      missing,
    }
    out.push({ score, totalFx, standardFx, tieBreakFx })
  }
  if (errors.length > 0) errorsFail(errors)
  return out
}

/** Scores every member (see scoreClusterExact), ordered by member code then id. */
export function scoreCluster(input: ScoringInput): MemberScore[] {
  return scoreClusterExact(input)
    .map((e) => e.score)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.committeeId < b.committeeId ? -1 : a.committeeId > b.committeeId ? 1 : 0))
}
