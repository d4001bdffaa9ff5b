/**
 * Scoring (chấm điểm) of one cluster-year: per-criterion points with explanations, capped bonus
 * and penalty, and the total. Pure and deterministic.
 *
 * Arithmetic: every decimal is held as a bigint count of 10^-20 units ("exact points"). Inputs
 * with up to 20 decimal places are therefore exact, and so are sums and products; the only
 * rounding is a quotient (ratio methods, means), rounded half-up at the 20th place, and the
 * total, rounded half-up to 2 places. The project's Decimal (decimal.js) would be as exact, but
 * its 60-digit division costs ~2 µs, which the 1,000 × 100 benchmark (100,000 lines) cannot
 * afford. No binary fractions are ever used: the fast paths (parsing, peer-score sums) work on
 * integers of 10^-6 units, which doubles hold exactly below 2^53.
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

/** Parses a decimal string (or a safe integer) into exact units; null when malformed or too precise. */
export function parseExact(v: unknown): bigint | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) * ONE : null
  if (typeof v !== 'string') return null
  // Hand-rolled scan of -?(0|[1-9]\d*)(\.\d+)?: this runs once per input value and a regex
  // match plus a 22-digit BigInt parse dominated the 1,000 × 100 benchmark.
  const len = v.length
  let i = 0
  const neg = len > 0 && v.charCodeAt(0) === 45
  if (neg) i++
  const intStart = i
  let intVal = 0
  while (i < len) {
    const ch = v.charCodeAt(i) - 48
    if (ch < 0 || ch > 9) break
    intVal = intVal * 10 + ch
    i++
  }
  const intDigits = i - intStart
  if (intDigits === 0 || (intDigits > 1 && v.charCodeAt(intStart) === 48)) return null
  let fracVal = 0
  let fracDigits = 0
  if (i < len) {
    if (v.charCodeAt(i) !== 46) return null
    i++
    while (i < len) {
      const ch = v.charCodeAt(i) - 48
      if (ch < 0 || ch > 9) return null
      if (fracDigits < 6) fracVal = fracVal * 10 + ch
      fracDigits++
      i++
    }
    if (fracDigits === 0 || fracDigits > SCALE_DIGITS) return null
  }
  let n: bigint
  if (intDigits <= 9 && fracDigits <= 6) {
    // Exact in a double: below 10^15 < 2^53.
    n = BigInt(intVal * 1e6 + fracVal * POW10[6 - fracDigits]) * MICRO_TO_FX
  } else {
    const dot = v.indexOf('.')
    const int = v.slice(intStart, dot < 0 ? len : dot)
    const frac = dot < 0 ? '' : v.slice(dot + 1)
    n = BigInt(int + frac + ZEROS.slice(frac.length))
  }
  return neg ? -n : n
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000]
const MICRO_TO_FX = 10n ** BigInt(SCALE_DIGITS - 6)

/** Canonical decimal string of exact units, without trailing zeros ("12.5", "-3", "0"). */
export function formatExact(x: bigint): string {
  if (x === 0n) return '0'
  const neg = x < 0n
  const s = (neg ? -x : x).toString().padStart(SCALE_DIGITS + 1, '0')
  const int = s.slice(0, s.length - SCALE_DIGITS)
  let end = s.length
  while (end > int.length && s.charCodeAt(end - 1) === 48) end--
  const frac = s.slice(int.length, end)
  return flat((neg ? '-' : '') + int + (frac === '' ? '' : '.' + frac))
}

/**
 * Makes V8 flatten a concatenated string now: a result of 100,000 lines otherwise retains every
 * piece of every formula, and the garbage collector pays for them (~25% of the large benchmark).
 */
function flat(s: string): string {
  flatSink ^= s.charCodeAt(0) // kept in a variable so the optimiser cannot drop the read
  return s
}
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written, never read: see flat()
let flatSink = 0

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
  const r = n - q * c
  if (r !== 0n) {
    const ar = r < 0n ? -r : r
    const ac = c < 0n ? -c : c
    if (ar * 2n >= ac) q += n < 0n !== c < 0n ? -1n : 1n
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

export type MissingCode = 'MISSING_FY_SUBMISSION' | 'MISSING_FY_VALUE' | 'MISSING_TARGET' | 'MISSING_ASSESSMENT' | 'MISSING_MANUAL_POINTS'

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

/** A method's result: exact points, their canonical string, and the formula as text. */
interface Computed {
  fx: bigint
  s: string
  formula: string
}

const full = (max: Num, formula: string): Computed => ({ fx: max.fx, s: max.s, formula })
const none = (formula: string): Computed => ({ fx: 0n, s: '0', formula })

/** max × num / den, kept within [0, max]; the formula names the quotient before clamping. */
function scaled(max: Num, num: Num, den: Num, prefix: string): Computed {
  const r = mulDiv(max.fx, num.fx, den.fx)
  const q = formatExact(r.q)
  const fx = clamp(r.q, max.fx)
  if (fx !== r.q) {
    const s = fx === 0n ? '0' : max.s
    return { fx, s, formula: `${prefix} = ${q} → ${s} (kept within [0, ${max.s}])` }
  }
  return { fx, s: q, formula: r.exact ? `${prefix} = ${q}` : `${prefix} = ${q}${ROUNDING_NOTE}` }
}

function targetRatio(max: Num, actual: Num, target: Num, lowerIsBetter: boolean): Computed {
  if (!lowerIsBetter) {
    if (target.fx <= 0n) return full(max, `target ${target.s} ≤ 0 gives full points = ${max.s}`)
    if (actual.fx >= target.fx) return full(max, `${max.s} × min(${actual.s} / ${target.s}, 1) = ${max.s} × 1 = ${max.s}`)
    if (actual.fx <= 0n) return none(`${max.s} × min(${actual.s} / ${target.s}, 1) = 0 (never below 0)`)
    return scaled(max, actual, target, `${max.s} × min(${actual.s} / ${target.s}, 1) = ${max.s} × ${actual.s} / ${target.s}`)
  }
  // Lower is better: the ratio is inverted, so the guard against dividing by zero is on the actual.
  if (actual.fx <= 0n) return full(max, `actual ${actual.s} ≤ 0 with lower-is-better gives full points = ${max.s}`)
  if (target.fx >= actual.fx) return full(max, `${max.s} × min(${target.s} / ${actual.s}, 1) = ${max.s} × 1 = ${max.s}`)
  if (target.fx <= 0n) return none(`${max.s} × min(${target.s} / ${actual.s}, 1) = 0 (never below 0)`)
  return scaled(max, target, actual, `${max.s} × min(${target.s} / ${actual.s}, 1) = ${max.s} × ${target.s} / ${actual.s}`)
}

function threshold(max: Num, actual: Num, target: Num, lowerIsBetter: boolean): Computed {
  if (lowerIsBetter) {
    return actual.fx <= target.fx
      ? full(max, `${actual.s} ≤ target ${target.s}: met, full points = ${max.s}`)
      : none(`${actual.s} > target ${target.s}: not met = 0`)
  }
  return actual.fx >= target.fx
    ? full(max, `${actual.s} ≥ target ${target.s}: met, full points = ${max.s}`)
    : none(`${actual.s} < target ${target.s}: not met = 0`)
}

function relativeToBest(max: Num, actual: Num, best: Num, lowerIsBetter: boolean): Computed {
  if (!lowerIsBetter) {
    if (best.fx <= 0n) return none(`best in cluster ${best.s} ≤ 0 gives 0`)
    return scaled(max, actual, best, `${max.s} × ${actual.s} / best ${best.s}`)
  }
  if (actual.fx <= 0n) return full(max, `actual ${actual.s} ≤ 0 with lower-is-better gives full points = ${max.s}`)
  return scaled(max, best, actual, `${max.s} × best ${best.s} / ${actual.s}`)
}

/**
 * A peer score in 10^-6 units when it has at most 6 integer and 6 decimal digits (exact in a
 * double, and a sum of fewer than 8,000 of them stays below 2^53); NaN otherwise, or when malformed.
 */
function parseMicro(v: string): number {
  const len = v.length
  let i = 0
  let intVal = 0
  while (i < len) {
    const ch = v.charCodeAt(i) - 48
    if (ch < 0 || ch > 9) break
    intVal = intVal * 10 + ch
    i++
  }
  if (i === 0 || i > 6 || (i > 1 && v.charCodeAt(0) === 48)) return Number.NaN
  if (i === len) return intVal * 1e6
  if (v.charCodeAt(i) !== 46) return Number.NaN
  const fracStart = ++i
  let fracVal = 0
  while (i < len) {
    const ch = v.charCodeAt(i) - 48
    if (ch < 0 || ch > 9) return Number.NaN
    fracVal = fracVal * 10 + ch
    i++
  }
  const fracDigits = i - fracStart
  if (fracDigits === 0 || fracDigits > 6) return Number.NaN
  return intVal * 1e6 + fracVal * POW10[6 - fracDigits]
}

const MICRO_LIMIT = 8000

/**
 * Running peer-score statistics for one member and one criterion: exact integers of 10^-6 units
 * while every score fits (the common case, no allocation), exact bigint units once one does not.
 */
class ScoreStats {
  count = 0
  big = false
  sumM = 0
  minM = 0
  maxM = 0
  sumX = 0n
  minX = 0n
  maxX = 0n
  minId = ''
  maxId = ''
  minS = ''
  maxS = ''

  addMicro(assessorId: string, s: string, m: number): void {
    if (this.big || this.count >= MICRO_LIMIT) return this.addExact(assessorId, s, BigInt(m) * MICRO_TO_FX)
    if (this.count === 0) {
      this.first(assessorId, s)
      this.minM = this.maxM = m
    } else {
      // Equal scores: the smaller assessor id is named, so the explanation is order-independent.
      if (m < this.minM || (m === this.minM && assessorId < this.minId)) {
        this.minM = m
        this.minId = assessorId
        this.minS = s
      }
      if (m > this.maxM || (m === this.maxM && assessorId < this.maxId)) {
        this.maxM = m
        this.maxId = assessorId
        this.maxS = s
      }
    }
    this.sumM += m
    this.count++
  }

  addExact(assessorId: string, s: string, fx: bigint): void {
    if (!this.big) {
      this.big = true
      this.sumX = BigInt(this.sumM) * MICRO_TO_FX
      this.minX = BigInt(this.minM) * MICRO_TO_FX
      this.maxX = BigInt(this.maxM) * MICRO_TO_FX
    }
    if (this.count === 0) {
      this.first(assessorId, s)
      this.minX = this.maxX = fx
    } else {
      if (fx < this.minX || (fx === this.minX && assessorId < this.minId)) {
        this.minX = fx
        this.minId = assessorId
        this.minS = s
      }
      if (fx > this.maxX || (fx === this.maxX && assessorId < this.maxId)) {
        this.maxX = fx
        this.maxId = assessorId
        this.maxS = s
      }
    }
    this.sumX += fx
    this.count++
  }

  private first(assessorId: string, s: string): void {
    this.minId = this.maxId = assessorId
    this.minS = this.maxS = s
  }

  sumFx(): bigint {
    return this.big ? this.sumX : BigInt(this.sumM) * MICRO_TO_FX
  }
  minFx(): bigint {
    return this.big ? this.minX : BigInt(this.minM) * MICRO_TO_FX
  }
  maxFx(): bigint {
    return this.big ? this.maxX : BigInt(this.maxM) * MICRO_TO_FX
  }
}

/** The assessed method: mean of peer scores; with 5 or more, one highest and one lowest dropped. */
function assessed(stats: ScoreStats, expected: number): Computed & { inputs: Record<string, unknown> } {
  const n = stats.count
  const sum = stats.sumFx()
  const sumS = formatExact(sum)
  if (n === 0) {
    return {
      ...none('no peer scores yet = 0'),
      inputs: { assessors: 0, expectedAssessors: expected, sum: '0', droppedHighest: null, droppedLowest: null, divisor: 0 },
    }
  }
  const trimmed = n >= 5
  const divisor = trimmed ? n - 2 : n
  const r = mulDiv(trimmed ? sum - stats.maxFx() - stats.minFx() : sum, 1n, BigInt(divisor))
  const q = formatExact(r.q)
  const head = trimmed ? `(${sumS} − highest ${stats.maxS} − lowest ${stats.minS}) / ${divisor}` : `${sumS} / ${divisor}`
  return {
    fx: r.q,
    s: q,
    formula: r.exact ? `${head} = ${q}` : `${head} = ${q}${ROUNDING_NOTE}`,
    inputs: {
      assessors: n,
      expectedAssessors: expected,
      sum: sumS,
      droppedHighest: trimmed ? { assessorId: stats.maxId, score: stats.maxS } : null,
      droppedLowest: trimmed ? { assessorId: stats.minId, score: stats.minS } : null,
      divisor,
    },
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
  return {
    method: 'target_ratio',
    inputs: { actual: a.actual, target: a.target, lowerIsBetter: lower, maxPoints: a.maxPoints },
    formula: r.formula,
    points: formatExact(fx),
  }
}

/** threshold: full points when the target is met, else 0. */
export function scoreThreshold(a: { maxPoints: string; actual: string; target: string; lowerIsBetter?: boolean }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const lower = a.lowerIsBetter ?? false
  const r = threshold(max, numOrThrow(a.actual, 'actual'), numOrThrow(a.target, 'target'), lower)
  return {
    method: 'threshold',
    inputs: { actual: a.actual, target: a.target, lowerIsBetter: lower, maxPoints: a.maxPoints },
    formula: r.formula,
    points: formatExact(r.fx),
  }
}

/** relative_to_best: max × actual / best (lower-is-better: max × best / actual). */
export function scoreRelativeToBest(a: { maxPoints: string; actual: string; best: string; lowerIsBetter?: boolean }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const lower = a.lowerIsBetter ?? false
  const r = relativeToBest(max, numOrThrow(a.actual, 'actual'), numOrThrow(a.best, 'best'), lower)
  return {
    method: 'relative_to_best',
    inputs: { actual: a.actual, best: a.best, lowerIsBetter: lower, maxPoints: a.maxPoints },
    formula: r.formula,
    points: formatExact(r.fx),
  }
}

/** assessed: peer scores by assessor id; the member's own score (selfId) is never counted. */
export function scoreAssessed(a: { maxPoints: string; scores: Record<string, string>; selfId?: string }): Explanation {
  const max = numOrThrow(a.maxPoints, 'maxPoints')
  const stats = new ScoreStats()
  for (const id of Object.keys(a.scores)) {
    if (id === a.selfId) continue
    const v = numOrThrow(a.scores[id], `score of ${id}`)
    if (v.fx < 0n || v.fx > max.fx) throw invalid('OUT_OF_RANGE', `the score of ${id} must be within [0, ${a.maxPoints}]`)
    stats.addExact(id, v.s, v.fx)
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
    explanation: {
      method: 'cap',
      inputs: { lines, cap },
      formula: `min(${lines.join(' + ') || '0'}, ${cap}) = ${formatExact(capped)}`,
      points: formatExact(capped),
    },
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
  /** Index of the criterion's group among all groups. */
  group: number
  /** Index among assessed criteria, or -1. */
  assessedIndex: number
  /** relative_to_best: per member index, the parsed value (null when missing), and the best. */
  values: (Num | null)[] | null
  best: Num | null
  bestMembers: string[]
}

interface ManualEntry {
  points: Num
  reason: string
  id: string | null
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
function byLine(a: { adjustmentId: string | null; reason: string; points?: string }, b: { adjustmentId: string | null; reason: string; points?: string }) {
  return cmpStr(a.adjustmentId ?? '', b.adjustmentId ?? '') || cmpStr(a.reason, b.reason) || cmpStr(a.points ?? '', b.points ?? '')
}

const BAD_DECIMAL = `must be a decimal string with at most ${SCALE_DIGITS} decimal places`

function num(v: unknown): Num | null {
  const fx = parseExact(v)
  return fx === null ? null : { fx, s: typeof v === 'string' ? v : String(v) }
}

function schemeNum(v: string): Num {
  const fx = parseExact(v)
  if (fx === null) throw invalid('INVALID_SCHEME', `scheme decimal "${v}" is malformed; validate the scheme first`)
  return { fx, s: v }
}

/**
 * Scores every member. Throws INVALID_RANKING_INPUT (with pointers into the input) for malformed
 * or out-of-range numbers and inconsistent adjustments; missing inputs are reported per member.
 * Peer scores by non-members, on oneself, or on criteria that are not `assessed` are not counted.
 */
export function scoreClusterExact(input: ScoringInput, memo?: ScoringMemo): ExactMemberScore[] {
  return scoreAll(input, true, memo).scores
}

/** A cluster scored without keeping its criterion lines: each member's are recomputed when asked for. */
export interface LeanScores {
  /** In member order; every `score.lines` is empty. */
  scores: ExactMemberScore[]
  /** The criterion lines of the member at `index` (in input order), exactly as scoreClusterExact gives them. */
  linesOf(index: number): CriterionLine[]
}

/**
 * scoreClusterExact for a cluster too large to hold every explanation at once (500 members ×
 * 500 criteria is 250,000 lines): the sums, keys and missing inputs are kept, the lines are not.
 * Scoring is pure, so a member's lines computed again are the same.
 */
export function scoreClusterLean(input: ScoringInput): LeanScores {
  return scoreAll(input, false)
}

/**
 * What scoring made of each member last time, and everything that member's score read: scoring
 * the cluster again with it (scoreClusterExact's `memo`) reuses a member's score, the same
 * object, when all of that is unchanged, and scores the member again otherwise. The cluster-wide
 * passes (best values, peer-score statistics, adjustments) always run; only the member's lines,
 * sums and explanations are skipped. A change of one adjustment or one peer score on the deadline
 * day rescores one member or a few of 63 (bench/ranking-read.ts). Content is compared, never
 * versions: whatever order reads arrive in, a reused score is what scoring the member now gives.
 */
export class ScoringMemo {
  private cluster: string | null = null
  private readonly members = new Map<string, MemberMemo>()
  /** What each frozen assessor's scores add to the peer-score statistics (accumulatePeerScores). */
  readonly assessors = new WeakMap<object, AssessorEntries>()

  /** The kept score of member `mi` when what it reads is what `read` says, else undefined. */
  reuse(clusterKey: string, id: string, read: MemberReads): ExactMemberScore | undefined {
    if (clusterKey !== this.cluster) return undefined
    const kept = this.members.get(id)
    if (kept === undefined || kept.read.statsKey === null || read.statsKey === null) return undefined
    const a = kept.read
    return a.statsKey === read.statsKey && a.adjustmentsKey === read.adjustmentsKey && sameRecord(a.targets, read.targets) && sameFy(a.fy, read.fy)
      ? kept.score
      : undefined
  }

  /** Keeps this scoring's members (and forgets the rest). */
  keep(clusterKey: string, scored: { id: string; read: MemberReads; score: ExactMemberScore }[]): void {
    this.cluster = clusterKey
    this.members.clear()
    for (const m of scored) this.members.set(m.id, { read: snapshotReads(m.read), score: m.score })
  }
}

/** What one member's score reads of the input beyond the cluster-wide facts. */
interface MemberReads {
  targets: Record<string, unknown> | undefined
  fy: FySubmission | undefined | null
  /** The peer-score statistics of each assessed criterion; null when one is incomplete (the missing assessors are then listed from the scores themselves). */
  statsKey: string | null
  adjustmentsKey: string
}

interface MemberMemo {
  read: MemberReads
  score: ExactMemberScore
}

/** The records as they are now: a caller may change its own objects afterwards (frozen ones cannot change). */
function snapshotReads(r: MemberReads): MemberReads {
  const copy = <T extends object | undefined | null>(o: T): T => (o === undefined || o === null || Object.isFrozen(o) ? o : ({ ...o } as T))
  const fy = r.fy === undefined || r.fy === null || Object.isFrozen(r.fy) ? r.fy : { ...r.fy, values: copy(r.fy.values) }
  return { ...r, targets: copy(r.targets), fy }
}

function sameRecord(a: Record<string, unknown> | undefined | null, b: Record<string, unknown> | undefined | null): boolean {
  if (a === b) return true
  if (a === undefined || a === null || b === undefined || b === null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (let i = 0; i < ka.length; i++) {
    // The same keys in the same order: any difference scores again.
    if (ka[i] !== kb[i] || a[ka[i]] !== b[kb[i]]) return false
  }
  return true
}

function sameFy(a: FySubmission | undefined | null, b: FySubmission | undefined | null): boolean {
  if (a === b) return true
  if (a === undefined || a === null || b === undefined || b === null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false
  return a.late === b.late && sameRecord(a.values, b.values)
}

/**
 * Everything of the cluster that a member's score reads besides its own inputs: the scheme, the
 * members (their number, ids and codes: expected assessors, best members' codes), and each
 * relative_to_best criterion's best value and who holds it.
 */
function clusterKeyOf(cluster: ClusterFacts): string {
  const bests = cluster.criteria.prepared.filter((p) => p.c.method === 'relative_to_best').map((p) => [p.best?.s ?? null, p.bestMembers])
  return JSON.stringify([cluster.scheme, cluster.members.map((m) => [m.committeeId, m.code]), bests])
}

/** The member's reads (see MemberReads) as this scoring's cluster-wide passes found them. */
function memberReadsOf(cluster: ClusterFacts, mi: number): MemberReads {
  const id = cluster.members[mi].committeeId
  const { assessedCount, prepared } = cluster.criteria
  const expected = cluster.members.length - 1
  let statsKey: string | null = ''
  for (let a = 0; a < assessedCount; a++) {
    const st = cluster.stats[mi * assessedCount + a]
    if (st.count < expected) {
      statsKey = null
      break
    }
    // Numbers, then each string after its length: no two different statistics write the same key.
    const sums = st.big ? `x${st.sumX},${st.minX},${st.maxX}` : `m${st.sumM},${st.minM},${st.maxM}`
    statsKey += `${st.count},${sums},${st.minId.length}:${st.minId}${st.maxId.length}:${st.maxId}${st.minS.length}:${st.minS}${st.maxS.length}:${st.maxS};`
  }
  const adj = cluster.adjustments
  const k = prepared.length
  const manual: unknown[] = []
  for (let ci = 0; ci < k; ci++) {
    const e = adj.manual[mi * k + ci]
    if (e !== undefined) manual.push([ci, e.points.s, e.reason, e.id])
  }
  return {
    targets: cluster.targets[id],
    fy: cluster.fyValues[id],
    statsKey,
    adjustmentsKey: JSON.stringify([manual, adj.extraBonus[mi], adj.extraPenalty[mi], adj.disqualifications[mi]]),
  }
}

function scoreAll(input: ScoringInput, keepLines: boolean, memo?: ScoringMemo): LeanScores {
  const { scheme, members } = input
  const fyValues = input.fyValues ?? {}
  const assessments = input.assessments ?? {}
  const problems = new InputProblems()

  // The cluster-wide passes come first: a member's lines read the whole cluster's values (the best
  // value), every assessor's scores, and the adjustments. Their problems are collected in this order.
  const memberIndex = indexMembers(members, problems)
  const criteria = prepareCriteria(scheme)
  findBestValues(criteria.prepared, members, fyValues, problems)
  const stats = accumulatePeerScores(criteria, members.length, memberIndex, assessments, problems, memo?.assessors)
  const adjustments = collectAdjustments(input.adjustments ?? [], members.length, memberIndex, criteria, problems)
  const cluster: ClusterFacts = {
    scheme,
    members,
    targets: input.targets ?? {},
    fyValues,
    assessments,
    criteria,
    stats,
    adjustments,
    bonusCap: schemeNum(scheme.bonusCap),
    penaltyCap: schemeNum(scheme.penaltyCap),
    latePenalty: scheme.latePenalty ? schemeNum(scheme.latePenalty.points) : null,
    tieBreakIndex: scheme.tieBreakGroups.map((g) => criteria.groupIndex.get(g)),
    problems,
  }

  // With problems in the cluster-wide passes every member is scored (and the whole list thrown
  // below); a reused member had none of its own, its reads being those of a scoring that passed.
  const remember = memo !== undefined && keepLines && problems.errors.length === 0
  const clusterKey = remember ? clusterKeyOf(cluster) : ''
  const kept: { id: string; read: MemberReads; score: ExactMemberScore }[] = []
  const out: ExactMemberScore[] = []
  for (let mi = 0; mi < members.length; mi++) {
    const read = remember ? memberReadsOf(cluster, mi) : undefined
    const e = (read && memo!.reuse(clusterKey, members[mi].committeeId, read)) ?? scoreMember(cluster, mi)
    if (!keepLines) e.score.lines = []
    if (read) kept.push({ id: members[mi].committeeId, read, score: e })
    out.push(e)
  }
  if (problems.errors.length > 0) {
    throw invalid('INVALID_RANKING_INPUT', `the scoring inputs have ${problems.errors.length} problem(s)`, { errors: problems.errors.slice(0, 200) })
  }
  if (remember) memo!.keep(clusterKey, kept)
  // Inputs with problems have thrown above: a member scored again finds none, so they go to a scratch list.
  return { scores: out, linesOf: (index) => scoreMember({ ...cluster, problems: new InputProblems() }, index).score.lines }
}

/** Problems with the scoring inputs, collected so that one answer lists them all. */
class InputProblems {
  readonly errors: FieldError[] = []
  add(pointer: string, code: string, message: string): void {
    this.errors.push({ pointer, code, message })
  }
  badDecimal(pointer: string): void {
    this.add(pointer, 'INVALID_DECIMAL', BAD_DECIMAL)
  }
}

/** The scheme's criteria with what scoring needs of them, and how to find them. */
interface PreparedCriteria {
  prepared: PreparedCriterion[]
  criterionByCode: Map<string, number>
  groupNames: string[]
  groupIndex: Map<string, number>
  /** Number of `assessed` criteria. */
  assessedCount: number
  /** Criterion codes by kind, for the explanations of the sums. */
  standardCodes: string[]
  bonusCodes: string[]
  penaltyCodes: string[]
}

/** Adjustments sorted out per member (index) and, for manual points, per criterion. */
interface MemberAdjustments {
  /** Manual points by member index × criteria + criterion index. */
  manual: (ManualEntry | undefined)[]
  extraBonus: ExtraLine[][]
  extraPenalty: ExtraLine[][]
  extraBonusFx: bigint[]
  extraPenaltyFx: bigint[]
  disqualifications: MemberScore['disqualifications'][]
}

/** Everything a member's score reads: the input, and what the cluster-wide passes made of it. */
interface ClusterFacts {
  scheme: Scheme
  members: ClusterMember[]
  targets: NonNullable<ScoringInput['targets']>
  fyValues: NonNullable<ScoringInput['fyValues']>
  assessments: NonNullable<ScoringInput['assessments']>
  criteria: PreparedCriteria
  /** Peer-score statistics by member index × assessedCount + assessed index. */
  stats: ScoreStats[]
  adjustments: MemberAdjustments
  bonusCap: Num
  penaltyCap: Num
  latePenalty: Num | null
  /** Group index of each tie-break group (undefined: a group no criterion has). */
  tieBreakIndex: (number | undefined)[]
  problems: InputProblems
}

function indexMembers(members: ClusterMember[], problems: InputProblems): Map<string, number> {
  const memberIndex = new Map<string, number>()
  members.forEach((m, i) => {
    if (memberIndex.has(m.committeeId)) problems.add(`/members/${i}/committeeId`, 'DUPLICATE', `member ${m.committeeId} is listed twice`)
    memberIndex.set(m.committeeId, i)
  })
  return memberIndex
}

function prepareCriteria(scheme: Scheme): PreparedCriteria {
  const groupNames = [...new Set(scheme.criteria.map((c) => c.group))]
  const groupIndex = new Map(groupNames.map((g, i) => [g, i] as const))
  const criterionByCode = new Map<string, number>()
  let assessedCount = 0
  const prepared: PreparedCriterion[] = scheme.criteria.map((c, i) => {
    criterionByCode.set(c.code, i)
    return {
      c,
      max: schemeNum(c.maxPoints),
      group: groupIndex.get(c.group) as number,
      assessedIndex: c.method === 'assessed' ? assessedCount++ : -1,
      values: null,
      best: null,
      bestMembers: [],
    }
  })
  const codesOf = (kind: CriterionKind) => scheme.criteria.filter((c) => c.kind === kind).map((c) => c.code)
  return {
    prepared,
    criterionByCode,
    groupNames,
    groupIndex,
    assessedCount,
    standardCodes: codesOf('standard'),
    bonusCodes: codesOf('bonus'),
    penaltyCodes: codesOf('penalty'),
  }
}

/** relative_to_best needs the whole cluster's values first: each such criterion gets them, its best and who has it. */
function findBestValues(prepared: PreparedCriterion[], members: ClusterMember[], fyValues: ClusterFacts['fyValues'], problems: InputProblems): void {
  const n = members.length
  for (const p of prepared) {
    if (p.c.method !== 'relative_to_best') continue
    const ind = p.c.indicatorCode as string
    const values = new Array<Num | null>(n).fill(null)
    let bestFx: bigint | null = null
    for (let i = 0; i < n; i++) {
      const id = members[i].committeeId
      const raw = fyValues[id]?.values?.[ind]
      if (raw === undefined || raw === null) continue
      const v = num(raw)
      if (v === null) {
        problems.badDecimal(`/fyValues/${pointerToken(id)}/values/${pointerToken(ind)}`)
        continue
      }
      values[i] = v
      if (bestFx === null || (p.c.lowerIsBetter ? v.fx < bestFx : v.fx > bestFx)) bestFx = v.fx
    }
    p.values = values
    if (bestFx !== null) {
      const b = bestFx
      p.best = { fx: b, s: formatExact(b) }
      p.bestMembers = members
        .filter((_, i) => values[i]?.fx === b)
        .map((m) => m.code)
        .sort()
    }
  }
}

/** Peer assessments, accumulated per (member, assessed criterion) in one pass over every score. */
function accumulatePeerScores(
  criteria: PreparedCriteria,
  n: number,
  memberIndex: Map<string, number>,
  assessments: ClusterFacts['assessments'],
  problems: InputProblems,
  kept?: WeakMap<object, AssessorEntries>,
): ScoreStats[] {
  const { prepared, assessedCount } = criteria
  const stats = new Array<ScoreStats>(n * assessedCount)
  for (let i = 0; i < stats.length; i++) stats[i] = new ScoreStats()
  if (assessedCount === 0) return stats
  const assessedCodes = new Map(prepared.filter((p) => p.assessedIndex >= 0).map((p) => [p.c.code, p] as const))
  const maxMicro = new Map(prepared.map((p) => [p.c.code, parseMicro(p.c.maxPoints)] as const))
  const outOfRange = (assessorId: string, targetId: string, code: string, max: string) =>
    problems.add(
      `/assessments/${pointerToken(assessorId)}/${pointerToken(targetId)}/${pointerToken(code)}`,
      'OUT_OF_RANGE',
      `a score must be within [0, ${max}]`,
    )
  // What each frozen assessor's scores add is the same for as long as the members and the assessed
  // criteria are: with a memo it is kept, and added again without parsing.
  const context = kept && `${[...memberIndex.keys()].join(',')}|${[...assessedCodes.values()].map((p) => `${p.c.code}:${p.c.maxPoints}`).join(',')}`
  for (const assessorId in assessments) {
    if (!memberIndex.has(assessorId)) continue
    const byTarget = assessments[assessorId]
    const entries = kept?.get(byTarget)
    if (entries !== undefined && entries.context === context) {
      for (let i = 0; i < entries.stat.length; i++) stats[entries.stat[i]].addMicro(assessorId, entries.raw[i], entries.micro[i])
      continue
    }
    // Kept only when every score took the fast path: no problem, no exact arithmetic.
    const made: { stat: number[]; micro: number[]; raw: string[] } | null = kept ? { stat: [], micro: [], raw: [] } : null
    let plain = true
    for (const targetId in byTarget) {
      const ti = memberIndex.get(targetId)
      if (ti === undefined || targetId === assessorId) continue
      const byCriterion = byTarget[targetId]
      const row = ti * assessedCount
      for (const code in byCriterion) {
        const p = assessedCodes.get(code)
        if (p === undefined) continue
        const raw = byCriterion[code]
        const st = stats[row + p.assessedIndex]
        // Fast path: plain scores as exact integers of 10^-6 units, no allocation.
        const m = typeof raw === 'string' ? parseMicro(raw) : Number.NaN
        const mx = maxMicro.get(code) as number
        if (!Number.isNaN(m) && !Number.isNaN(mx)) {
          if (m > mx) {
            outOfRange(assessorId, targetId, code, p.c.maxPoints)
            plain = false
          } else {
            st.addMicro(assessorId, raw, m)
            if (made) {
              made.stat.push(row + p.assessedIndex)
              made.micro.push(m)
              made.raw.push(raw)
            }
          }
          continue
        }
        plain = false
        const v = num(raw)
        if (v === null) problems.badDecimal(`/assessments/${pointerToken(assessorId)}/${pointerToken(targetId)}/${pointerToken(code)}`)
        else if (v.fx < 0n || v.fx > p.max.fx) outOfRange(assessorId, targetId, code, p.c.maxPoints)
        else st.addExact(assessorId, v.s, v.fx)
      }
    }
    if (made && plain && frozenScores(byTarget)) kept!.set(byTarget, { context: context!, stat: Int32Array.from(made.stat), micro: made.micro, raw: made.raw })
  }
  return stats
}

/** An assessor's scores that cannot change: the record and every target's record frozen. */
function frozenScores(byTarget: Record<string, Record<string, string>>): boolean {
  if (!Object.isFrozen(byTarget)) return false
  for (const id in byTarget) if (!Object.isFrozen(byTarget[id])) return false
  return true
}

/** What one assessor's scores add to the statistics, in the order they were added (see accumulatePeerScores). */
interface AssessorEntries {
  /** The members and assessed criteria they were read against. */
  context: string
  stat: Int32Array
  micro: number[]
  raw: string[]
}

/** Sorts each adjustment to its member: manual points per criterion, bonus and penalty lines, disqualifications. */
function collectAdjustments(
  adjustments: Adjustment[],
  n: number,
  memberIndex: Map<string, number>,
  criteria: PreparedCriteria,
  problems: InputProblems,
): MemberAdjustments {
  const { prepared, criterionByCode } = criteria
  const k = prepared.length
  const manual = new Array<ManualEntry | undefined>(n * k)
  const extraBonus: ExtraLine[][] = Array.from({ length: n }, () => [])
  const extraPenalty: ExtraLine[][] = Array.from({ length: n }, () => [])
  const extraBonusFx = new Array<bigint>(n).fill(0n)
  const extraPenaltyFx = new Array<bigint>(n).fill(0n)
  const disqualifications: MemberScore['disqualifications'][] = Array.from({ length: n }, () => [])
  adjustments.forEach((a, i) => {
    const base = `/adjustments/${i}`
    const mi = memberIndex.get(a.committeeId)
    if (mi === undefined) return problems.add(`${base}/committeeId`, 'UNKNOWN_MEMBER', `${a.committeeId} is not a member of this cluster-year`)
    if (typeof a.reason !== 'string' || a.reason.trim() === '') problems.add(`${base}/reason`, 'REQUIRED', 'every adjustment needs a reason')
    const id = a.id ?? null
    if (a.type === 'disqualification') {
      disqualifications[mi].push({ adjustmentId: id, reason: a.reason })
      return
    }
    if (a.type !== 'manual' && a.type !== 'bonus' && a.type !== 'penalty') {
      return problems.add(`${base}/type`, 'INVALID_ENUM', 'type must be manual, bonus, penalty or disqualification')
    }
    const pts = num(a.points)
    if (pts === null) return problems.badDecimal(`${base}/points`)
    if (pts.fx < 0n) return problems.add(`${base}/points`, 'OUT_OF_RANGE', 'points must be 0 or more')
    if (a.type === 'manual') {
      const ci = criterionByCode.get(a.criterionCode)
      if (ci === undefined) return problems.add(`${base}/criterionCode`, 'UNKNOWN_CRITERION', `no criterion ${a.criterionCode} in the scheme`)
      const p = prepared[ci]
      if (p.c.method !== 'manual')
        return problems.add(`${base}/criterionCode`, 'NOT_MANUAL', `criterion ${a.criterionCode} is scored by ${p.c.method}, not by hand`)
      if (pts.fx > p.max.fx) return problems.add(`${base}/points`, 'OUT_OF_RANGE', `points must be within [0, ${p.c.maxPoints}]`)
      if (manual[mi * k + ci] !== undefined) return problems.add(base, 'DUPLICATE', `${a.criterionCode} already has points for ${a.committeeId}`)
      manual[mi * k + ci] = { points: pts, reason: a.reason, id }
    } else if (a.type === 'bonus') {
      extraBonus[mi].push({ source: 'adjustment', adjustmentId: id, points: pts.s, reason: a.reason })
      extraBonusFx[mi] += pts.fx
    } else {
      extraPenalty[mi].push({ source: 'adjustment', adjustmentId: id, points: pts.s, reason: a.reason })
      extraPenaltyFx[mi] += pts.fx
    }
  })
  // Adjustment lines are listed in a fixed order whatever order they arrived in.
  for (const list of [...extraBonus, ...extraPenalty]) list.sort(byLine)
  for (const list of disqualifications) list.sort(byLine)
  return { manual, extraBonus, extraPenalty, extraBonusFx, extraPenaltyFx, disqualifications }
}

/** One member as its lines see it. */
interface MemberInputs {
  index: number
  id: string
  fySubmitted: boolean
  /** The accepted FY submission's values; null when there is none. */
  fyVals: Record<string, string> | null
  targets: Record<string, string>
  /** What is still missing; each line adds its own. */
  missing: MissingInput[]
}

/** One member's result on one criterion, before the [0, max] guard. */
interface LineResult {
  r: Computed
  /** False when an input is still missing. */
  complete: boolean
  inputs: Record<string, unknown>
}

function scoreMember(cluster: ClusterFacts, mi: number): ExactMemberScore {
  const { prepared, groupNames } = cluster.criteria
  const id = cluster.members[mi].committeeId
  const fy = cluster.fyValues[id]
  const fySubmitted = fy !== undefined && fy !== null
  const m: MemberInputs = {
    index: mi,
    id,
    fySubmitted,
    fyVals: fySubmitted ? (fy.values ?? {}) : null,
    targets: cluster.targets[id] ?? {},
    missing: [],
  }
  if (!fySubmitted) m.missing.push({ code: 'MISSING_FY_SUBMISSION' })

  const k = prepared.length
  const lines = new Array<CriterionLine>(k)
  let standardFx = 0n
  let bonusFx = cluster.adjustments.extraBonusFx[mi]
  let penaltyFx = cluster.adjustments.extraPenaltyFx[mi]
  const groupFx = new Array<bigint>(groupNames.length).fill(0n)
  for (let ci = 0; ci < k; ci++) {
    const p = prepared[ci]
    const c = p.c
    const line = criterionLine(cluster, m, ci)
    let r = line.r
    // The methods keep points within [0, max]; this guards that promise against any input.
    if (r.fx < 0n || r.fx > p.max.fx) r = { ...r, fx: clamp(r.fx, p.max.fx), s: formatExact(clamp(r.fx, p.max.fx)) }
    lines[ci] = {
      criterionCode: c.code,
      group: c.group,
      kind: c.kind,
      method: c.method,
      maxPoints: c.maxPoints,
      points: r.s,
      complete: line.complete,
      explanation: { method: c.method, inputs: line.inputs, formula: flat(r.formula), points: r.s },
    }
    if (c.kind === 'standard') {
      standardFx += r.fx
      groupFx[p.group] += r.fx
    } else if (c.kind === 'bonus') {
      bonusFx += r.fx
      groupFx[p.group] += r.fx
    } else {
      penaltyFx += r.fx
      groupFx[p.group] -= r.fx
    }
  }

  const late = fySubmitted && fy.late === true
  // A new list, not a push onto the cluster's: scoring a member again (linesOf) changes nothing shared.
  let extraPenalty = cluster.adjustments.extraPenalty[mi]
  if (late && cluster.latePenalty !== null) {
    const reason = 'FY submission accepted after the period closed'
    extraPenalty = [...extraPenalty, { source: 'late_fy_submission', adjustmentId: null, points: cluster.latePenalty.s, reason }]
    penaltyFx += cluster.latePenalty.fx
  }
  return summarise(cluster, m, lines, extraPenalty, { standardFx, bonusFx, penaltyFx, groupFx }, late)
}

/** One member's line for one criterion, by the criterion's method. */
function criterionLine(cluster: ClusterFacts, m: MemberInputs, ci: number): LineResult {
  const p = cluster.criteria.prepared[ci]
  switch (p.c.method) {
    case 'target_ratio':
    case 'threshold':
      return indicatorAgainstTargetLine(p, m, cluster.problems)
    case 'relative_to_best':
      return relativeToBestLine(p, m)
    case 'assessed':
      return assessedLine(cluster, p, m)
    case 'manual':
      return manualLine(cluster, m, ci)
  }
}

/** target_ratio and threshold: the member's accepted FY value against its target. */
function indicatorAgainstTargetLine(p: PreparedCriterion, m: MemberInputs, problems: InputProblems): LineResult {
  const c = p.c
  const ind = c.indicatorCode as string
  const rawActual = m.fyVals === null ? undefined : m.fyVals[ind]
  const rawTarget = m.targets[c.code]
  let actual: Num | null = null
  let target: Num | null = null
  if (rawActual !== undefined && rawActual !== null) {
    actual = num(rawActual)
    if (actual === null) problems.badDecimal(`/fyValues/${pointerToken(m.id)}/values/${pointerToken(ind)}`)
  } else if (m.fySubmitted) m.missing.push({ code: 'MISSING_FY_VALUE', criterionCode: c.code, indicatorCode: ind })
  if (rawTarget !== undefined && rawTarget !== null) {
    target = num(rawTarget)
    if (target === null) problems.badDecimal(`/targets/${pointerToken(m.id)}/${pointerToken(c.code)}`)
  } else m.missing.push({ code: 'MISSING_TARGET', criterionCode: c.code })
  const inputs = { indicatorCode: ind, actual: actual === null ? null : actual.s, target: target === null ? null : target.s, lowerIsBetter: c.lowerIsBetter }
  if (actual === null || target === null) {
    const why = !m.fySubmitted ? 'no accepted FY submission = 0' : actual === null ? `no accepted FY value for ${ind} = 0` : 'no target set = 0'
    return { r: none(why), complete: false, inputs }
  }
  const r = c.method === 'target_ratio' ? targetRatio(p.max, actual, target, c.lowerIsBetter) : threshold(p.max, actual, target, c.lowerIsBetter)
  return { r, complete: true, inputs }
}

/** relative_to_best: the member's accepted FY value against the cluster's best (found beforehand). */
function relativeToBestLine(p: PreparedCriterion, m: MemberInputs): LineResult {
  const c = p.c
  const ind = c.indicatorCode as string
  const actual = (p.values as (Num | null)[])[m.index]
  const inputs = {
    indicatorCode: ind,
    actual: actual === null ? null : actual.s,
    best: p.best === null ? null : p.best.s,
    bestMembers: p.bestMembers,
    lowerIsBetter: c.lowerIsBetter,
  }
  if (actual === null) {
    if (m.fySubmitted) m.missing.push({ code: 'MISSING_FY_VALUE', criterionCode: c.code, indicatorCode: ind })
    return { r: none(!m.fySubmitted ? 'no accepted FY submission = 0' : `no accepted FY value for ${ind} = 0`), complete: false, inputs }
  }
  return { r: relativeToBest(p.max, actual, p.best as Num, c.lowerIsBetter), complete: true, inputs }
}

/** assessed: the member's peer scores (accumulated beforehand); incomplete until every other member has scored. */
function assessedLine(cluster: ClusterFacts, p: PreparedCriterion, m: MemberInputs): LineResult {
  const expected = cluster.members.length - 1
  const st = cluster.stats[m.index * cluster.criteria.assessedCount + p.assessedIndex]
  const a = assessed(st, expected)
  if (st.count >= expected) return { r: a, complete: true, inputs: a.inputs }
  const assessorIds: string[] = []
  for (const other of cluster.members) {
    if (other.committeeId === m.id) continue
    const raw = cluster.assessments[other.committeeId]?.[m.id]?.[p.c.code]
    if (raw === undefined || raw === null) assessorIds.push(other.committeeId)
  }
  m.missing.push({ code: 'MISSING_ASSESSMENT', criterionCode: p.c.code, assessorIds: assessorIds.sort() })
  return { r: a, complete: false, inputs: a.inputs }
}

/** manual: the points the conference agreed, entered as an adjustment. */
function manualLine(cluster: ClusterFacts, m: MemberInputs, ci: number): LineResult {
  const e = cluster.adjustments.manual[m.index * cluster.criteria.prepared.length + ci]
  if (e === undefined) {
    m.missing.push({ code: 'MISSING_MANUAL_POINTS', criterionCode: cluster.criteria.prepared[ci].c.code })
    return { r: none('no points entered yet = 0'), complete: false, inputs: { adjustmentId: null, reason: null } }
  }
  const r = { fx: e.points.fx, s: formatExact(e.points.fx), formula: `agreed by the conference = ${e.points.s}` }
  return { r, complete: true, inputs: { adjustmentId: e.id, reason: e.reason } }
}

/** A member's sums before capping and rounding; bonus and penalty include the extra lines. */
interface MemberSums {
  standardFx: bigint
  bonusFx: bigint
  penaltyFx: bigint
  /** Signed, by group index. */
  groupFx: bigint[]
}

/** The member's score: capped bonus and penalty, the rounded total, group sums, and how each was reached. */
function summarise(
  cluster: ClusterFacts,
  m: MemberInputs,
  lines: CriterionLine[],
  extraPenalty: ExtraLine[],
  sums: MemberSums,
  late: boolean,
): ExactMemberScore {
  const { scheme, adjustments: adj } = cluster
  const { groupNames, standardCodes, bonusCodes, penaltyCodes } = cluster.criteria
  const mi = m.index
  const { standardFx, groupFx } = sums
  const bonusCapped = min(sums.bonusFx, cluster.bonusCap.fx)
  const penaltyCapped = min(sums.penaltyFx, cluster.penaltyCap.fx)
  const totalFx = roundExact(standardFx + bonusCapped - penaltyCapped, 2)
  const standard = formatExact(standardFx)
  const bonus = formatExact(bonusCapped)
  const penalty = formatExact(penaltyCapped)
  const total = formatExact(totalFx)
  const bonusUncapped = formatExact(sums.bonusFx)
  const penaltyUncapped = formatExact(sums.penaltyFx)
  const groupPoints: Record<string, string> = {}
  for (let g = 0; g < groupNames.length; g++) groupPoints[groupNames[g]] = formatExact(groupFx[g])
  const tieBreakFx = cluster.tieBreakIndex.map((g) => (g === undefined ? 0n : groupFx[g]))

  const score: MemberScore = {
    committeeId: m.id,
    code: cluster.members[mi].code,
    lines,
    extraBonus: adj.extraBonus[mi],
    extraPenalty,
    standard,
    bonus,
    penalty,
    total,
    groupPoints,
    explanation: {
      standard: { method: 'sum', inputs: { criteria: standardCodes }, formula: `sum of standard criteria = ${standard}`, points: standard },
      bonus: {
        method: 'bonus_cap',
        inputs: { criteria: bonusCodes, adjustments: adj.extraBonus[mi].map((l) => l.points), uncapped: bonusUncapped, cap: scheme.bonusCap },
        formula: `min(${bonusUncapped}, cap ${scheme.bonusCap}) = ${bonus}`,
        points: bonus,
      },
      penalty: {
        method: 'penalty_cap',
        inputs: { criteria: penaltyCodes, adjustments: extraPenalty.map((l) => l.points), uncapped: penaltyUncapped, cap: scheme.penaltyCap },
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
    fySubmitted: m.fySubmitted,
    lateFySubmission: late,
    disqualifications: adj.disqualifications[mi],
    missing: m.missing,
  }
  return { score, totalFx, standardFx, tieBreakFx }
}

/** Scores every member (see scoreClusterExact), ordered by member code then id. */
export function scoreCluster(input: ScoringInput): MemberScore[] {
  return scoreClusterExact(input)
    .map((e) => e.score)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.committeeId < b.committeeId ? -1 : a.committeeId > b.committeeId ? 1 : 0))
}
