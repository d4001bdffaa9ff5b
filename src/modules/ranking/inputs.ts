import type { DbOrTx } from '../../db/client.ts'
import { inTransaction } from '../../db/reads.ts'
import type { AwardType } from '../../domain/awards.ts'
import { finalizationBlockers, type Blocker } from '../../domain/finalization.ts'
import type { Ranking, RankingInput } from '../../domain/ranking.ts'
import type { Adjustment } from '../../domain/scoring.ts'
import type { Scheme } from '../../domain/scheme.ts'
import type { SubmissionStatus } from '../../domain/workflows.ts'
import type { ClusterYear, ClusterYearParts } from '../cluster-years/service.ts'
import { unansweredObjections } from '../objections/service.ts'
import { rankingRepository, type FySubmissionRow, type Keyed, type RankingInputRows, type ScoreEntry } from './repository.ts'

export type { Blocker } from '../../domain/finalization.ts'

export interface LoadedInputs {
  input: RankingInput
  scheme: Scheme
  awardTypes: AwardType[]
  /** The members' names as the ranking shows them (short name, else name), by committee id. */
  names: Map<string, string>
  /** Every FY submission of the year, for finalisation's blockers. */
  fySubmissions: { id: string; committeeId: string; status: SubmissionStatus }[]
}

/** One assessor's scores as the ranking takes them: by target, then by criterion. */
function scoresByTarget(scores: readonly ScoreEntry[]): Record<string, Record<string, string>> {
  const byTarget: Record<string, Record<string, string>> = {}
  for (const s of scores) (byTarget[s.targetId] ??= {})[s.criterionCode] = s.score
  return byTarget
}

/**
 * The peer scores of each year as last read, per assessor and row version: on the deadline day
 * inputs change every few seconds and mostly not the 31,248 scores of a 63-member year, which
 * are then not read again (nor parsed) but for the assessors whose row changed. Kept frozen: the
 * ranking and its digest take them as they are (the digest remembers what it wrote of a frozen
 * assessor, src/domain/ranking.ts). Read outside transactions only, so it only ever holds
 * committed rows; a row's version names its content (`version:xmin`: xmin changes with any write).
 */
type KeptScores = { key: string; byTarget: Readonly<Record<string, Readonly<Record<string, string>>>> }

export class AssessmentScores {
  private readonly years = new Map<string, Map<string, KeptScores>>()

  constructor(private readonly maxYears = 100) {}

  /**
   * What is held for the year, as it is now: the read leaves out the assessors held at their
   * row's version (keysOf), and `take` answers those from this same snapshot, whatever other
   * reads keep or evict meanwhile.
   */
  known(clusterYearId: string): ReadonlyMap<string, KeptScores> {
    return new Map(this.years.get(clusterYearId) ?? [])
  }

  /**
   * Keeps what a read answered (scores null: held, in `snapshot`, at that version) and returns
   * the year's scores by assessor, in the read's order; null should an unchanged row not be in
   * the snapshot at its version (then the caller reads the year whole).
   */
  take(
    clusterYearId: string,
    snapshot: ReadonlyMap<string, KeptScores>,
    read: readonly { assessorId: string; key: string; scores: ScoreEntry[] | null }[],
  ): Map<string, Record<string, Record<string, string>>> | null {
    const now = new Map<string, KeptScores>()
    for (const r of read) {
      if (r.scores === null) {
        const kept = snapshot.get(r.assessorId)
        if (!kept || kept.key !== r.key) return null
        now.set(r.assessorId, kept)
      } else now.set(r.assessorId, { key: r.key, byTarget: deepFreeze(scoresByTarget(r.scores)) })
    }
    // Least recently read out first: a year read again moves to the end.
    this.years.delete(clusterYearId)
    if (this.years.size >= this.maxYears) this.years.delete(this.years.keys().next().value!)
    this.years.set(clusterYearId, now)
    return new Map([...now].map(([id, e]) => [id, e.byTarget as Record<string, Record<string, string>>]))
  }

  /** The year's scores by assessor, in assessor order; reads the scores of changed rows only. */
  async read(db: DbOrTx, clusterYearId: string): Promise<Map<string, Record<string, Record<string, string>>>> {
    const repo = rankingRepository(db)
    const snapshot = this.known(clusterYearId)
    return (
      this.take(clusterYearId, snapshot, await repo.assessmentScoresSince(clusterYearId, keysOf(snapshot))) ??
      this.take(clusterYearId, new Map(), await repo.assessmentScoresSince(clusterYearId, new Map()))!
    )
  }
}

/** The row version of each assessor held (for a read to leave them out). */
const keysOf = (snapshot: ReadonlyMap<string, KeptScores>) => new Map([...snapshot].map(([id, e]) => [id, e.key] as const))

function deepFreeze(byTarget: Record<string, Record<string, string>>) {
  for (const id in byTarget) Object.freeze(byTarget[id])
  return Object.freeze(byTarget)
}

/** A part of a year as last read, frozen, under the fingerprint (`key`) of the rows it was read from. */
interface KeptPart<T> {
  key: string
  value: T
}
type TargetsRecord = Readonly<Record<string, Readonly<Record<string, string>>>>
interface FyPart {
  fySubmissions: readonly FySubmissionRow[]
  fyValues: Readonly<RankingInput['fyValues'] & object>
}

/**
 * The targets (1,134 rows for 63 × 18), the FY submissions with their accepted values and the
 * cluster-year's other parts (ClusterYearParts) of each year as last read, under the fingerprint
 * of their rows (their xmin, which changes with any write of a row, whoever makes it): a cold read
 * reads them again only when a row was written, inserted or deleted since. Kept frozen, as the
 * ranking takes them: its memo and the digest then see the same objects (src/domain/scoring.ts,
 * src/domain/ranking.ts). Outside transactions only, like AssessmentScores; at most 100 years,
 * least recently read out first.
 */
export class KeptParts {
  private readonly years = new Map<string, { targets?: KeptPart<TargetsRecord>; fy?: KeptPart<FyPart>; aggregate?: KeptPart<ClusterYearParts> }>()

  constructor(private readonly maxYears = 100) {}

  /** What is held for the year now: a read that finds its key unchanged answers from this snapshot. */
  known(clusterYearId: string) {
    return { ...this.years.get(clusterYearId) }
  }

  keep(clusterYearId: string, targets: KeptPart<TargetsRecord>, fy: KeptPart<FyPart>): void {
    this.put(clusterYearId, { ...this.years.get(clusterYearId), targets, fy })
  }

  /**
   * The cluster-year's parts besides its row (its cluster, scheme, periods, members), read after a
   * read found their fingerprint `key` changed: kept under that key (they are at least as new).
   */
  keepAggregate(clusterYearId: string, key: string, parts: ClusterYearParts): ClusterYearParts {
    const frozen = freezeDeep({ ...parts, periodRows: parts.periodRows.map((p) => Object.freeze({ ...p })), cluster: Object.freeze({ ...parts.cluster }) })
    this.put(clusterYearId, { ...this.years.get(clusterYearId), aggregate: { key, value: frozen } })
    return frozen
  }

  private put(clusterYearId: string, held: { targets?: KeptPart<TargetsRecord>; fy?: KeptPart<FyPart>; aggregate?: KeptPart<ClusterYearParts> }) {
    this.years.delete(clusterYearId)
    if (this.years.size >= this.maxYears) this.years.delete(this.years.keys().next().value!)
    this.years.set(clusterYearId, held)
  }
}

function targetsRecord(rows: readonly { committeeId: string; criterionCode: string; value: string }[]): Record<string, Record<string, string>> {
  const targets: Record<string, Record<string, string>> = {}
  for (const t of rows) (targets[t.committeeId] ??= {})[t.criterionCode] = t.value
  return targets
}

function fyValuesOf(fySubmissions: readonly FySubmissionRow[]): NonNullable<RankingInput['fyValues']> {
  const fyValues: NonNullable<RankingInput['fyValues']> = {}
  for (const s of fySubmissions) {
    if (s.status !== 'accepted') continue
    const entry = (fyValues[s.committeeId] ??= { values: {}, late: s.late })
    // An indicator declared not applicable has no value: it scores as a missing value did (docs/scoring.md).
    for (const [code, value] of s.values ?? []) if (value !== null) entry.values[code] = value
  }
  return fyValues
}

function freezeDeep<T>(o: T): T {
  // A Date stays as it is (its time cannot be frozen, and no reader sets it).
  if (o !== null && typeof o === 'object' && !(o instanceof Date) && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) freezeDeep(v)
    Object.freeze(o)
  }
  return o
}

/** A keyed part: what the read answered, or the snapshot's when its key is unchanged (null: not held, read again). */
function partOf<R, T>(read: Keyed<R> | null, held: KeptPart<T> | undefined, make: (rows: R) => T): KeptPart<T> | null {
  if (read === null) return null
  if (read.rows !== null) return { key: read.key, value: freezeDeep(make(read.rows)) }
  return held !== undefined && held.key === read.key ? held : null
}

/** The rows the ranking's inputs are made of, beside the cluster-year's own (readRankingInputs). */
export type InputRows = Awaited<ReturnType<typeof readRankingInputs>>

/**
 * Reads the rows of everything the ranking is computed from but the cluster-year itself, in one
 * statement (rankingRepository.inputRows). Needs only the year's and its cluster's ids, so a
 * caller may run it beside loadClusterYear. With `scores`, the peer scores held there at their
 * row's version are not read again (outside a transaction).
 */
export async function readRankingInputs(db: DbOrTx, year: { id: string; clusterId: string }, scores?: AssessmentScores, parts?: KeptParts) {
  const keep = scores && !inTransaction(db) ? scores : undefined
  const keepParts = keep && parts
  const repo = rankingRepository(db)
  if (keep) {
    const snapshot = keep.known(year.id)
    const held = keepParts?.known(year.id)
    const rows = await repo.inputRows(year.id, year.clusterId, keysOf(snapshot), held && { targets: held.targets?.key ?? null, fy: held.fy?.key ?? null })
    const assessed = keep.take(year.id, snapshot, rows.scores)
    const kept = keepParts && keptOf(year.id, keepParts, rows, held!)
    if (assessed && (!keepParts || kept)) return inputRowsOf(rows, assessed, kept ?? undefined, held)
  }
  // Read whole: something the read named unchanged was not in the snapshot it was built from.
  const rows = await repo.inputRows(year.id, year.clusterId, new Map<string, string>(), keepParts ? { targets: null, fy: null } : undefined)
  const assessed = keep ? keep.take(year.id, new Map(), rows.scores)! : new Map(rows.scores.map((r) => [r.assessorId, scoresByTarget(r.scores ?? [])] as const))
  return inputRowsOf(rows, assessed, (keepParts && keptOf(year.id, keepParts, rows, {})) || undefined)
}

/** The keyed parts of a read, kept; null when one was named unchanged but is not in `held`. */
function keptOf(clusterYearId: string, parts: KeptParts, rows: RankingInputRows, held: ReturnType<KeptParts['known']>) {
  const targets = partOf(rows.targetsKeyed, held.targets, (r) =>
    targetsRecord(r.map(([committeeId, criterionCode, value]) => ({ committeeId, criterionCode, value }))),
  )
  const fy = partOf(rows.fyKeyed, held.fy, (r) => ({ fySubmissions: r, fyValues: fyValuesOf(r) }))
  if (targets === null || fy === null) return null
  parts.keep(clusterYearId, targets, fy)
  return { targets: targets.value, fy: fy.value }
}

function inputRowsOf(
  rows: RankingInputRows,
  assessed: Map<string, Record<string, Record<string, string>>>,
  kept?: { targets: TargetsRecord; fy: FyPart },
  held?: ReturnType<KeptParts['known']>,
) {
  const { fyKeyed: _fy, targetsKeyed: _targets, aggregateKeyed, ...rest } = rows
  const aggregateKey = aggregateKeyed?.key
  return {
    ...rest,
    /** The fingerprint of the year's other parts, read with the keyed parts (KeptParts.keepAggregate). */
    aggregateKey,
    /** Those parts as held, when their fingerprint is unchanged. */
    aggregate: aggregateKey !== undefined && held?.aggregate?.key === aggregateKey ? held.aggregate.value : undefined,
    fySubmissions: kept ? kept.fy.fySubmissions : rows.fySubmissions!,
    assessed,
    /** Read with the year (KeptParts): the targets and FY values, frozen; else built from the aggregate's targets and fySubmissions. */
    targets: kept?.targets,
    fyValues: kept?.fy.fyValues,
  }
}

/** Gathers everything the ranking is computed from: one place, the same for live and final. */
export async function loadRankingInputs(db: DbOrTx, cy: ClusterYear, scores?: AssessmentScores): Promise<LoadedInputs | null> {
  if (!cy.state.scheme) return null
  return rankingInputsOf(cy, await readRankingInputs(db, cy.state, scores))
}

/** The ranking's inputs from the cluster-year (loaded with its targets) and the rows read for it; null without a scheme. */
export function rankingInputsOf(cy: ClusterYear, rows: InputRows): LoadedInputs | null {
  const { state } = cy
  const scheme = state.scheme
  if (!scheme) return null
  if (!cy.targets && !rows.targets) throw new Error('the ranking needs the cluster-year loaded with its targets')
  const { members: memberRows, fySubmissions, assessed, adjustments: adjustmentRows, ties: tieRows, awardTypes: awardTypeRows } = rows

  const members = memberRows.map((m) => ({ committeeId: m.committeeId, code: m.code ?? m.name }))
  const names = new Map(memberRows.map((m) => [m.committeeId, m.shortName ?? m.name]))

  const targets = (rows.targets ?? targetsRecord(cy.targets!)) as Record<string, Record<string, string>>
  const fyValues = (rows.fyValues ?? fyValuesOf(fySubmissions)) as RankingInput['fyValues']

  const assessments: Record<string, Record<string, Record<string, string>>> = {}
  for (const [assessorId, byTarget] of assessed) assessments[assessorId] = byTarget

  const adjustments: Adjustment[] = adjustmentRows.map((a) =>
    a.type === 'manual'
      ? { type: 'manual', id: a.id, committeeId: a.committeeId, criterionCode: a.criterionCode!, points: a.points!, reason: a.reason }
      : a.type === 'disqualification'
        ? { type: 'disqualification', id: a.id, committeeId: a.committeeId, reason: a.reason }
        : { type: a.type as 'bonus' | 'penalty', id: a.id, committeeId: a.committeeId, points: a.points!, reason: a.reason },
  )
  const tieResolutions = tieRows.map((t) => ({
    id: t.id,
    order: t.orderedCommitteeIds,
    reason: t.reason,
    ...(t.tally ? { tally: t.tally as Record<string, string | number> } : {}),
    recordedAt: new Date(t.recordedAt).toISOString(),
  }))
  const awardTypes = awardTypeRows.map((t) => ({
    code: t.code,
    precedence: t.precedence,
    names: { vi: t.nameVi, en: t.nameEn ?? undefined },
  }))
  return {
    input: { scheme, members, targets, fyValues, assessments, adjustments, tieResolutions },
    scheme,
    awardTypes,
    names,
    fySubmissions: fySubmissions.map((s) => ({ id: s.id, committeeId: s.committeeId, status: s.status })),
  }
}

/** What stands between the live ranking and finalisation at `now` (the rule is the domain's). */
export async function blockersOf(db: DbOrTx, cy: ClusterYear, loaded: LoadedInputs, ranking: Ranking, now: Date): Promise<Blocker[]> {
  const openObjections = await unansweredObjections(db, cy)
  return finalizationBlockers({
    state: cy.state,
    now,
    scheme: loaded.scheme,
    awardTypes: loaded.awardTypes,
    fySubmissions: loaded.fySubmissions,
    ranking,
    openObjections,
  })
}
