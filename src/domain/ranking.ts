/**
 * Ranking (xếp hạng) of one cluster-year: order by total, the tie-break chain, standard
 * competition ranking (1, 2, 2, 4), recorded votes (suy tôn) that order a tied group,
 * classification bands (xếp loại) and eligibility. Pure and deterministic: input order never
 * changes the result.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical.ts'
import { MAX_DECIMAL_PLACES, type Scheme } from './scheme.ts'
import type { Adjustment, CriterionLine, ExactMemberScore, MemberScore, ScoringInput } from './scoring.ts'
import { formatExact, parseExact, roundExact, scoreClusterExact, scoreClusterLean, ScoringMemo } from './scoring.ts'

/** Bump whenever a rule that changes any number or rank changes; finalised snapshots record it. */
export const ALGORITHM_VERSION = 'ranking/1.0.0'

/** Tie-break comparisons look at 10 decimal places, so a division remainder at the 20th cannot split a real tie. */
const COMPARE_PLACES = 10

/** A recorded vote (suy tôn) ordering one tied group; `order` lists committee ids, best first. */
export interface TieResolution {
  id: string
  order: string[]
  reason: string
  tally?: Record<string, string | number>
  recordedAt?: string
}

export interface RankingInput extends ScoringInput {
  tieResolutions?: TieResolution[]
}

export type EligibilityReason = 'DISQUALIFIED' | 'MISSING_FY_SUBMISSION'

export interface RankedMember extends MemberScore {
  rank: number
  /** True while the tie-break chain cannot separate this member from another and no vote has. */
  tied: boolean
  tieResolution: { id: string; position: number; reason: string } | null
  classification: { code: string; label: string } | null
  eligibility: { eligible: boolean; reasons: EligibilityReason[] }
}

export interface TieGroup {
  rank: number
  committeeIds: string[]
  total: string
  resolved: boolean
  resolutionId: string | null
}

export interface Ranking {
  algorithmVersion: string
  /** In rank order; still-tied members by code. */
  members: RankedMember[]
  /** Every group the tie-break chain could not separate, resolved by a vote or not. */
  ties: TieGroup[]
  /** True when no member has a missing input. */
  complete: boolean
  /** Votes that no longer match a tied group exactly (the inputs changed after the vote). */
  unusedTieResolutions: string[]
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

interface Keyed {
  e: ExactMemberScore
  key: bigint[]
}

/** Descending by every key; 0 when the tie-break chain cannot separate the two. */
function compareKeys(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] > b[i] ? -1 : 1
  }
  return 0
}

function classify(scheme: Scheme, totalFx: bigint): { code: string; label: string } | null {
  let found: { code: string; label: string; min: bigint } | null = null
  for (const b of scheme.classificationBands) {
    const min = parseExact(b.minTotal)
    if (min === null || min > totalFx) continue
    if (found === null || min > found.min) found = { code: b.code, label: b.label, min }
  }
  return found && { code: found.code, label: found.label }
}

/** Scores and ranks the cluster. Throws INVALID_RANKING_INPUT for malformed inputs (see scoring). */
export function rankCluster(input: RankingInput): Ranking {
  return rankScored(input, scoreClusterExact(input))
}

/**
 * What rankClusterWith keeps between rankings of one cluster-year: each member's score and what it
 * read (ScoringMemo), so a member whose reads did not change is not scored again.
 */
export class RankingMemo {
  readonly scoring = new ScoringMemo()
  private readonly sources = new WeakMap<RankedMember, MemberScore>()

  /** The score a ranked member of this memo's rankings was made from: the same object for as long as the member's reads do not change. */
  scoreOf(member: RankedMember): MemberScore | undefined {
    return this.sources.get(member)
  }

  /** @internal */
  noteSource(member: RankedMember, score: MemberScore): void {
    this.sources.set(member, score)
  }
}

/**
 * rankCluster(input), scoring again only the members whose inputs or cluster-wide facts changed
 * since the last ranking with `memo`: the same ranking (test/domain/ranking-memo.test.ts).
 */
export function rankClusterWith(input: RankingInput, memo: RankingMemo): Ranking {
  return rankScored(input, scoreClusterExact(input, memo.scoring), memo)
}

/** A ranking whose members carry no criterion lines (`lines` is empty); `linesOf` computes a member's. */
export interface LeanRanking {
  ranking: Ranking
  /** The member's criterion lines exactly as rankCluster gives them. */
  linesOf(committeeId: string): CriterionLine[]
}

/**
 * rankCluster without holding every member's criterion lines at once, for a consumer that writes
 * the members one by one (the export of a 500 × 500 cluster-year): the same ranking, with each
 * member's lines computed again when asked for.
 */
export function rankClusterLean(input: RankingInput): LeanRanking {
  const lean = scoreClusterLean(input)
  const index = new Map(input.members.map((m, i) => [m.committeeId, i] as const))
  return {
    ranking: rankScored(input, lean.scores),
    linesOf(committeeId) {
      const i = index.get(committeeId)
      if (i === undefined) throw new Error(`${committeeId} is not a member of this ranking`)
      return lean.linesOf(i)
    },
  }
}

function rankScored(input: RankingInput, scored: ExactMemberScore[], memo?: RankingMemo): Ranking {
  const keyed: Keyed[] = scored.map((e) => ({
    e,
    // total, then standard points, then each tie-break group in the scheme's order.
    key: [e.totalFx, roundExact(e.standardFx, COMPARE_PLACES), ...e.tieBreakFx.map((g) => roundExact(g, COMPARE_PLACES))],
  }))
  keyed.sort((a, b) => compareKeys(a.key, b.key) || cmpStr(a.e.score.code, b.e.score.code) || cmpStr(a.e.score.committeeId, b.e.score.committeeId))

  const resolutions = [...(input.tieResolutions ?? [])].sort(
    (a, b) => cmpStr(b.recordedAt ?? '', a.recordedAt ?? '') || cmpStr(b.id, a.id), // latest first
  )
  const used = new Set<string>()
  const members: RankedMember[] = []
  const ties: TieGroup[] = []
  let complete = true

  for (let start = 0; start < keyed.length;) {
    let end = start + 1
    while (end < keyed.length && compareKeys(keyed[start].key, keyed[end].key) === 0) end++
    const group = keyed.slice(start, end)
    const rank = start + 1
    let placed: { k: Keyed; rank: number; tied: boolean; resolution: RankedMember['tieResolution'] }[]
    if (group.length === 1) placed = [{ k: group[0], rank, tied: false, resolution: null }]
    else {
      const ids = new Set(group.map((k) => k.e.score.committeeId))
      const vote = resolutions.find((r) => r.order.length === ids.size && new Set(r.order).size === ids.size && r.order.every((id) => ids.has(id)))
      if (vote) {
        used.add(vote.id)
        const pos = new Map(vote.order.map((id, i) => [id, i] as const))
        placed = group
          .map((k) => {
            const p = pos.get(k.e.score.committeeId) as number
            return { k, rank: rank + p, tied: false, resolution: { id: vote.id, position: p + 1, reason: vote.reason } }
          })
          .sort((a, b) => a.rank - b.rank)
      } else placed = group.map((k) => ({ k, rank, tied: true, resolution: null }))
      ties.push({
        rank,
        committeeIds: group.map((k) => k.e.score.committeeId),
        total: group[0].e.score.total,
        resolved: vote !== undefined,
        resolutionId: vote?.id ?? null,
      })
    }
    for (const p of placed) {
      const s = p.k.e.score
      const reasons: EligibilityReason[] = []
      if (s.disqualifications.length > 0) reasons.push('DISQUALIFIED')
      if (!s.fySubmitted) reasons.push('MISSING_FY_SUBMISSION')
      if (s.missing.length > 0) complete = false
      const ranked: RankedMember = {
        ...s,
        rank: p.rank,
        tied: p.tied,
        tieResolution: p.resolution,
        classification: classify(input.scheme, p.k.e.totalFx),
        eligibility: { eligible: reasons.length === 0, reasons },
      }
      memo?.noteSource(ranked, s)
      members.push(ranked)
    }
    start = end
  }

  return {
    algorithmVersion: ALGORITHM_VERSION,
    members,
    ties,
    complete,
    unusedTieResolutions: (input.tieResolutions ?? [])
      .map((r) => r.id)
      .filter((id) => !used.has(id))
      .sort(),
  }
}

// ---------------------------------------------------------------------------------------------
// Digest of the inputs, for the finalised snapshot

/** A decimal string in canonical form, or anything else unchanged ("8.50" and "8.5" are the same input). */
const normDecimal = (v: unknown): unknown => {
  if (typeof v === 'string' && isCanonicalDecimal(v)) return v
  const fx = parseExact(v)
  return fx === null ? v : formatExact(fx)
}

/**
 * Is `v` already what formatExact(parseExact(v)) gives back: -?(0|[1-9]\d*)(\.\d*[1-9])?, not
 * "-0", at most MAX_DECIMAL_PLACES decimals? Almost every input is (a score, a target), and the
 * scan costs a fraction of the parse and format it saves.
 */
export function isCanonicalDecimal(v: string): boolean {
  const len = v.length
  let i = v.charCodeAt(0) === 45 ? 1 : 0
  const intStart = i
  while (i < len) {
    const ch = v.charCodeAt(i)
    if (ch < 48 || ch > 57) break
    i++
  }
  const intDigits = i - intStart
  if (intDigits === 0 || (intDigits > 1 && v.charCodeAt(intStart) === 48)) return false
  if (i === len) return !(intStart === 1 && intDigits === 1 && v.charCodeAt(1) === 48) // "-0" is "0"
  if (v.charCodeAt(i) !== 46) return false
  const fracStart = ++i
  while (i < len) {
    const ch = v.charCodeAt(i)
    if (ch < 48 || ch > 57) return false
    i++
  }
  const fracDigits = len - fracStart
  return fracDigits > 0 && fracDigits <= MAX_DECIMAL_PLACES && v.charCodeAt(len - 1) !== 48
}

function normRecord(r: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(r ?? {})) out[k] = normDecimal((r as Record<string, unknown>)[k])
  return out
}

function normAdjustment(a: Adjustment): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  if ('points' in a) out.points = normDecimal(a.points)
  return out
}

/**
 * The canonical, order-independent form of the ranking inputs: members and lists sorted,
 * decimals in canonical form ("8.50" and "8.5" are the same input). JCS sorts object keys.
 */
export function canonicalRankingInputs(input: RankingInput): Record<string, unknown> {
  const targets: Record<string, unknown> = {}
  for (const id of Object.keys(input.targets ?? {})) targets[id] = normRecord(input.targets?.[id])
  const fyValues: Record<string, unknown> = {}
  for (const [id, fy] of Object.entries(input.fyValues ?? {})) fyValues[id] = { values: normRecord(fy.values), late: fy.late === true }
  const assessments: Record<string, unknown> = {}
  for (const [a, byTarget] of Object.entries(input.assessments ?? {})) {
    const t: Record<string, unknown> = {}
    for (const [target, scores] of Object.entries(byTarget)) t[target] = normRecord(scores)
    assessments[a] = t
  }
  // Sorted by their JSON with sorted keys, each written once (not once per comparison).
  const adjustments = (input.adjustments ?? [])
    .map((a) => {
      const norm = normAdjustment(a)
      return { norm, key: JSON.stringify(sortKeys(norm)) }
    })
    .sort((a, b) => cmpStr(a.key, b.key))
    .map((a) => a.norm)
  return {
    scheme: input.scheme,
    members: [...input.members].map((m) => ({ committeeId: m.committeeId, code: m.code })).sort((a, b) => cmpStr(a.committeeId, b.committeeId)),
    targets,
    fyValues,
    assessments,
    adjustments,
    tieResolutions: [...(input.tieResolutions ?? [])].sort((a, b) => cmpStr(a.id, b.id)),
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v === null || typeof v !== 'object') return v
  const o = v as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => [k, sortKeys(o[k])]),
  )
}

/**
 * canonicalJson(canonicalRankingInputs(input)), written directly: the 63 × 62 × 8 peer scores of a
 * large year are most of it, and building the canonical objects first and walking them again cost
 * five times as much (bench/ranking-read.ts). test/domain/ranking-digest.test.ts holds the two equal.
 */
export function canonicalRankingInputsJson(input: RankingInput): string {
  const parts: string[] = []
  const utf8 = new TextDecoder()
  writeCanonicalRankingInputs(input, (piece) => parts.push(typeof piece === 'string' ? piece : utf8.decode(piece)))
  return parts.join('')
}

/** sha256 (hex) of the canonical JSON of the ranking inputs, hashed piece by piece as it is written. */
export function rankingInputsDigest(input: RankingInput): string {
  const hash = createHash('sha256')
  writeCanonicalRankingInputs(input, (piece) => hash.update(piece))
  return hash.digest('hex')
}

/** Hands the canonical JSON of the inputs to `put` in order, a member or an assessor at a time (a short string each, never one long rope). */
function writeCanonicalRankingInputs(input: RankingInput, put: (piece: string | Uint8Array) => void): void {
  const c = canonicalRankingInputs({ ...input, adjustments: [], targets: {}, fyValues: {}, assessments: {} })
  put('{"adjustments":' + adjustmentsJson(input.adjustments ?? []) + ',"assessments":{')
  let first = true
  for (const a of sortedKeys(input.assessments)) {
    put((first ? '' : ',') + jsonKey(a) + ':')
    put(assessorJson(input.assessments![a]!))
    first = false
  }
  put('},"fyValues":{')
  put(
    keptSection(input.fyValues, () => {
      let out = ''
      for (const id of sortedKeys(input.fyValues)) {
        const e = input.fyValues![id]!
        out += (out ? ',' : '') + jsonKey(id) + ':{"late":' + (e.late === true ? 'true' : 'false') + ',"values":' + decimalRecordJson(e.values) + '}'
      }
      return out
    }),
  )
  put('},"members":' + canonicalJson(c.members) + ',"scheme":' + canonicalJson(c.scheme) + ',"targets":{')
  put(
    keptSection(input.targets, () => {
      let out = ''
      for (const id of sortedKeys(input.targets)) out += (out ? ',' : '') + jsonKey(id) + ':' + decimalRecordJson(input.targets![id])
      return out
    }),
  )
  put('},"tieResolutions":' + canonicalJson(c.tieResolutions) + '}')
}

/**
 * What was written of a targets or FY values record frozen all the way down (the service keeps
 * them so while their rows do not change, src/modules/ranking/inputs.ts): the same bytes again.
 */
const writtenSections = new WeakMap<object, Uint8Array>()

function keptSection(record: object | undefined, write: () => string): string | Uint8Array {
  if (record === undefined || !frozenAllTheWay(record, 3)) return write()
  let kept = writtenSections.get(record)
  if (kept === undefined) writtenSections.set(record, (kept = new TextEncoder().encode(write())))
  return kept
}

function frozenAllTheWay(o: object, depth: number): boolean {
  if (!Object.isFrozen(o)) return false
  for (const v of Object.values(o)) {
    if (v !== null && typeof v === 'object' && (depth === 0 || !frozenAllTheWay(v as object, depth - 1))) return false
  }
  return true
}

const sortedKeys = (o: object | undefined) => (o ? Object.keys(o).sort() : [])

/**
 * canonicalJson of canonicalRankingInputs' adjustments: sorted by their JSON with sorted keys. An
 * adjustment as the service reads it (these keys, text values) is that JSON already, written once;
 * any other goes the general way.
 */
function adjustmentsJson(adjustments: readonly Adjustment[]): string {
  const items = adjustments.map((a) => {
    const norm = normAdjustment(a)
    const plain = plainAdjustmentJson(norm)
    return { norm, plain, key: plain ?? JSON.stringify(sortKeys(norm)) }
  })
  items.sort((a, b) => cmpStr(a.key, b.key))
  return '[' + items.map((i) => i.plain ?? canonicalJson(i.norm)).join(',') + ']'
}

const ADJUSTMENT_KEYS = new Set(['committeeId', 'criterionCode', 'id', 'points', 'reason', 'type'])

/** The JSON of an adjustment with only its own keys and well-formed text values, keys sorted (canonicalJson's bytes); null for any other. */
function plainAdjustmentJson(norm: Record<string, unknown>): string | null {
  let out = '{'
  for (const k of Object.keys(norm).sort()) {
    if (!ADJUSTMENT_KEYS.has(k)) return null
    const v = norm[k]
    if (v === undefined) continue
    if (typeof v !== 'string' || !v.isWellFormed()) return null
    out += (out.length > 1 ? ',' : '') + '"' + k + '":' + JSON.stringify(v)
  }
  return out + '}'
}

/**
 * What canonicalRankingInputsJson wrote of an assessor's scores frozen with their records (the
 * service keeps them so between reads): they cannot change, so neither can what they give.
 */
const writtenAssessors = new WeakMap<object, Uint8Array>()

function assessorJson(byTarget: Record<string, Record<string, unknown>>): string | Uint8Array {
  const kept = writtenAssessors.get(byTarget)
  if (kept !== undefined) return kept
  let t = '{'
  for (const target of sortedKeys(byTarget)) t += (t.length > 1 ? ',' : '') + jsonKey(target) + ':' + decimalRecordJson(byTarget[target])
  t += '}'
  const frozen = (r: Record<string, unknown> | undefined) => Object.isFrozen(r) && Object.values(r!).every((v) => typeof v === 'string')
  if (!Object.isFrozen(byTarget) || !Object.values(byTarget).every(frozen)) return t
  // Kept as its UTF-8 bytes: hashed as they are, and no rope of thousands of pieces to walk again.
  const bytes = new TextEncoder().encode(t)
  writtenAssessors.set(byTarget, bytes)
  return bytes
}

/** A member name as JSON: printable ASCII (ids, codes) as it is, anything else through the native serialiser. */
function jsonKey(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i)
    if (ch < 32 || ch > 126 || ch === 34 || ch === 92) {
      if (!key.isWellFormed()) throw new TypeError('Lone surrogate is not allowed')
      return JSON.stringify(key)
    }
  }
  return '"' + key + '"'
}

/** A record of decimals with its values in canonical form, as canonicalJson writes it (undefined members left out). */
function decimalRecordJson(r: Record<string, unknown> | undefined): string {
  let out = '{'
  for (const k of sortedKeys(r)) {
    const v = r![k]
    // A canonical decimal needs no escaping; anything else goes the general way.
    let value: string
    if (typeof v === 'string' && isCanonicalDecimal(v)) value = '"' + v + '"'
    else {
      const n = normDecimal(v)
      // Left out as JSON leaves them out.
      if (n === undefined || typeof n === 'function' || typeof n === 'symbol') continue
      value = canonicalJson(n)
    }
    out += (out.length > 1 ? ',' : '') + jsonKey(k) + ':' + value
  }
  return out + '}'
}
