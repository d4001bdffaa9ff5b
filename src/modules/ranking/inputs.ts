import type { DbOrTx } from '../../db/client.ts'
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

/** Gathers everything the ranking is computed from: one place, the same for live and final. */
export async function loadRankingInputs(db: DbOrTx, cy: ClusterYear): Promise<LoadedInputs | null> {
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
  for (const a of await repo.assessments(state.id)) {
    const byTarget = (assessments[a.assessorId] ??= {})
    for (const s of a.scores as ScoreEntry[]) (byTarget[s.targetId] ??= {})[s.criterionCode] = s.score
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
