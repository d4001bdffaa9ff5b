import { PgTransaction } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../../db/client.ts'
import { dbScopes } from '../../db/scope.ts'
import type { AwardType } from '../../domain/awards.ts'
import { finalizationBlockers, type Blocker } from '../../domain/finalization.ts'
import type { Ranking, RankingInput } from '../../domain/ranking.ts'
import type { Adjustment } from '../../domain/scoring.ts'
import type { Scheme } from '../../domain/scheme.ts'
import { membersOf, type ClusterYear } from '../cluster-years/service.ts'
import { unansweredObjections } from '../objections/service.ts'
import { rankingRepository, type ScoreEntry } from './repository.ts'

export type { Blocker } from '../../domain/finalization.ts'

export interface LoadedInputs {
  input: RankingInput
  scheme: Scheme
  awardTypes: AwardType[]
}

/** One assessor's scores as the ranking takes them: by target, then by criterion. */
function scoresByTarget(scores: readonly ScoreEntry[]): Record<string, Record<string, string>> {
  const byTarget: Record<string, Record<string, string>> = {}
  for (const s of scores) (byTarget[s.targetId] ??= {})[s.criterionCode] = s.score
  return byTarget
}

const inTransaction = (db: DbOrTx) => db instanceof PgTransaction || Boolean(dbScopes.getStore()?.tx)

/**
 * The peer scores of each year as last read, per assessor and row version: on the deadline day
 * inputs change every few seconds and mostly not the 31,248 scores of a 63-member year, which
 * are then not read again (nor parsed) but for the assessors whose row changed. Kept frozen: the
 * ranking and its digest take them as they are (the digest remembers what it wrote of a frozen
 * assessor, src/domain/ranking.ts). Read outside transactions only, so it only ever holds
 * committed rows; a row's version names its content (`version:xmin`: xmin changes with any write).
 */
export class AssessmentScores {
  private readonly years = new Map<string, Map<string, { key: string; byTarget: Readonly<Record<string, Readonly<Record<string, string>>>> }>>()

  constructor(private readonly maxYears = 100) {}

  /** The year's scores by assessor, in assessor order; reads the scores of changed rows only. */
  async read(db: DbOrTx, clusterYearId: string): Promise<Map<string, Record<string, Record<string, string>>>> {
    const held = this.years.get(clusterYearId) ?? new Map()
    const known = new Map([...held].map(([id, e]) => [id, e.key] as const))
    const now = new Map<string, { key: string; byTarget: Readonly<Record<string, Readonly<Record<string, string>>>> }>()
    for (const r of await rankingRepository(db).assessmentScoresSince(clusterYearId, known)) {
      const kept = held.get(r.assessorId)
      if (r.scores === null && kept && kept.key === r.key) now.set(r.assessorId, kept)
      else now.set(r.assessorId, { key: r.key, byTarget: deepFreeze(scoresByTarget(r.scores ?? [])) })
    }
    if (!this.years.has(clusterYearId) && this.years.size >= this.maxYears) this.years.delete(this.years.keys().next().value!)
    this.years.set(clusterYearId, now)
    return new Map([...now].map(([id, e]) => [id, e.byTarget as Record<string, Record<string, string>>]))
  }
}

function deepFreeze(byTarget: Record<string, Record<string, string>>) {
  for (const id in byTarget) Object.freeze(byTarget[id])
  return Object.freeze(byTarget)
}

/**
 * Gathers everything the ranking is computed from: one place, the same for live and final.
 * With `scores`, the peer scores are read through it (outside a transaction).
 */
export async function loadRankingInputs(db: DbOrTx, cy: ClusterYear, scores?: AssessmentScores): Promise<LoadedInputs | null> {
  const { state } = cy
  const scheme = state.scheme
  if (!scheme) return null
  const repo = rankingRepository(db)
  const members = (await membersOf(db, state.id)).map((m) => ({ committeeId: m.committeeId, code: m.code ?? m.name }))

  const targets: Record<string, Record<string, string>> = {}
  if (!cy.targets) throw new Error('the ranking needs the cluster-year loaded with its targets')
  for (const t of cy.targets) (targets[t.committeeId] ??= {})[t.criterionCode] = t.value

  const fyValues: RankingInput['fyValues'] = {}
  for (const r of await repo.acceptedFy(state.id)) {
    const entry = (fyValues[r.committeeId] ??= { values: {}, late: r.late })
    // An indicator declared not applicable has no value: it scores as a missing value did (docs/scoring.md).
    const value = r.officialValue ?? r.value
    if (r.indicatorCode && value !== null) entry.values[r.indicatorCode] = value
  }

  const assessments: Record<string, Record<string, Record<string, string>>> = {}
  if (scores && !inTransaction(db)) {
    for (const [assessorId, byTarget] of await scores.read(db, state.id)) assessments[assessorId] = byTarget
  } else {
    for (const a of await repo.assessments(state.id)) assessments[a.assessorId] = scoresByTarget(a.scores as ScoreEntry[])
  }

  const adjustments: Adjustment[] = (await repo.adjustments(state.id, { activeOnly: true })).map((a) =>
    a.type === 'manual'
      ? { type: 'manual', id: a.id, committeeId: a.committeeId, criterionCode: a.criterionCode!, points: a.points!, reason: a.reason }
      : a.type === 'disqualification'
        ? { type: 'disqualification', id: a.id, committeeId: a.committeeId, reason: a.reason }
        : { type: a.type as 'bonus' | 'penalty', id: a.id, committeeId: a.committeeId, points: a.points!, reason: a.reason },
  )
  const tieResolutions = (await repo.tieResolutions(state.id)).map((t) => ({
    id: t.id,
    order: t.orderedCommitteeIds,
    reason: t.reason,
    ...(t.tally ? { tally: t.tally as Record<string, string | number> } : {}),
    recordedAt: t.recordedAt.toISOString(),
  }))
  const awardTypes = (await repo.awardTypesOf(state.organizerCommitteeId)).map((t) => ({
    code: t.code,
    precedence: t.precedence,
    names: { vi: t.nameVi, en: t.nameEn ?? undefined },
  }))
  return { input: { scheme, members, targets, fyValues, assessments, adjustments, tieResolutions }, scheme, awardTypes }
}

/** What stands between the live ranking and finalisation at `now` (the rule is the domain's). */
export async function blockersOf(db: DbOrTx, cy: ClusterYear, loaded: LoadedInputs, ranking: Ranking, now: Date): Promise<Blocker[]> {
  const fySubmissions = await rankingRepository(db).fySubmissions(cy.state.id)
  const openObjections = await unansweredObjections(db, cy)
  return finalizationBlockers({ state: cy.state, now, scheme: loaded.scheme, awardTypes: loaded.awardTypes, fySubmissions, ranking, openObjections })
}
