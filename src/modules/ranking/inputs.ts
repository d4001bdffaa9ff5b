import type { DbOrTx } from '../../db/client.ts'
import { allocateAwards, type AwardType } from '../../domain/awards.ts'
import type { RankingInput, Ranking } from '../../domain/ranking.ts'
import type { Adjustment } from '../../domain/scoring.ts'
import type { Scheme } from '../../domain/scheme.ts'
import { clusterRepository, type ClusterRow, type ClusterYearRow } from '../clusters/repository.ts'
import { planningRepository } from '../planning/repository.ts'
import { rankingRepository, type ScoreEntry } from './repository.ts'

export interface LoadedInputs {
  input: RankingInput
  scheme: Scheme
  awardTypes: AwardType[]
}

/** Gathers everything the ranking is computed from: one place, the same for live and final. */
export async function loadRankingInputs(db: DbOrTx, cluster: ClusterRow, cy: ClusterYearRow): Promise<LoadedInputs | null> {
  const planning = planningRepository(db)
  const repo = rankingRepository(db)
  const schemeRow = await planning.scheme(cy.id)
  if (!schemeRow) return null
  const members = (await clusterRepository(db).members(cy.id)).map((m) => ({ committeeId: m.committeeId, code: m.code ?? m.name }))

  const targets: Record<string, Record<string, string>> = {}
  for (const t of await planning.targets(cy.id)) (targets[t.committeeId] ??= {})[t.criterionCode] = t.value

  const fyValues: RankingInput['fyValues'] = {}
  for (const r of await repo.acceptedFy(cy.id)) {
    const entry = (fyValues[r.committeeId] ??= { values: {}, late: r.late })
    if (r.indicatorCode) entry.values[r.indicatorCode] = r.officialValue ?? r.value!
  }

  const assessments: Record<string, Record<string, Record<string, string>>> = {}
  for (const a of await repo.assessments(cy.id)) {
    const byTarget = (assessments[a.assessorId] ??= {})
    for (const s of a.scores as ScoreEntry[]) (byTarget[s.targetId] ??= {})[s.criterionCode] = s.score
  }

  const adjustments: Adjustment[] = (await repo.adjustments(cy.id, { activeOnly: true })).map((a) =>
    a.type === 'manual'
      ? { type: 'manual', id: a.id, committeeId: a.committeeId, criterionCode: a.criterionCode!, points: a.points!, reason: a.reason }
      : a.type === 'disqualification'
        ? { type: 'disqualification', id: a.id, committeeId: a.committeeId, reason: a.reason }
        : { type: a.type as 'bonus' | 'penalty', id: a.id, committeeId: a.committeeId, points: a.points!, reason: a.reason },
  )
  const tieResolutions = (await repo.tieResolutions(cy.id)).map((t) => ({
    id: t.id,
    order: t.orderedCommitteeIds,
    reason: t.reason,
    ...(t.tally ? { tally: t.tally as Record<string, string | number> } : {}),
    recordedAt: t.recordedAt.toISOString(),
  }))
  const awardTypes = (await repo.awardTypesOf(cluster.organizerCommitteeId)).map((t) => ({ code: t.code, precedence: t.precedence, names: { vi: t.nameVi, en: t.nameEn ?? undefined } }))
  return { input: { scheme: schemeRow.scheme, members, targets, fyValues, assessments, adjustments, tieResolutions }, scheme: schemeRow.scheme, awardTypes }
}

export interface Blocker {
  code: string
  message: string
  details?: Record<string, unknown>
}

/**
 * What stands between the live ranking and finalisation: FY still open, FY submissions not yet
 * accepted, missing peer assessments, and ties that cross an award boundary without a vote.
 */
export async function finalizationBlockers(db: DbOrTx, cy: ClusterYearRow, loaded: LoadedInputs, ranking: Ranking): Promise<Blocker[]> {
  const blockers: Blocker[] = []
  // FY is over once closed early or past its deadline (late input may still arrive, but scoring may start).
  const fy = await planningRepository(db).period(cy.id, 'FY')
  const fyOpen = !fy || (!fy.closedAt && Date.now() <= fy.closesAt.getTime())
  if (fyOpen) blockers.push({ code: 'FY_NOT_CLOSED', message: 'The FY input window is not closed yet' })
  // Drafts never submitted are no submission (the member then has none); submitted and returned ones await review.
  const pending = (await rankingRepository(db).fySubmissions(cy.id)).filter((s) => s.status === 'submitted' || s.status === 'returned')
  if (pending.length > 0) {
    blockers.push({
      code: 'SUBMISSIONS_NOT_ACCEPTED',
      message: `${pending.length} FY submission(s) are not accepted yet`,
      details: { submissions: pending.map((s) => ({ id: s.id, committeeId: s.committeeId, status: s.status })) },
    })
  }
  const missingAssessments = ranking.members.flatMap((m) =>
    m.missing.filter((x) => x.code === 'MISSING_ASSESSMENT').map((x) => ({ committeeId: m.committeeId, ...x })),
  )
  if (missingAssessments.length > 0) {
    blockers.push({ code: 'ASSESSMENTS_MISSING', message: 'Some peer assessments are missing', details: { missing: missingAssessments } })
  }
  const manual = ranking.members.flatMap((m) => m.missing.filter((x) => x.code === 'MISSING_MANUAL_POINTS').map((x) => ({ committeeId: m.committeeId, ...x })))
  if (manual.length > 0) blockers.push({ code: 'MANUAL_POINTS_MISSING', message: 'Points agreed by the conference are not entered yet', details: { missing: manual } })
  const allocation = allocateAwards({
    ranking: { members: ranking.members },
    awardRules: loaded.scheme.awardRules,
    awardTypes: loaded.awardTypes,
    memberCount: ranking.members.length,
  })
  if (allocation.unresolvedTies.length > 0) {
    blockers.push({
      code: 'TIE_AT_AWARD_BOUNDARY',
      message: 'A tie crosses an award quota boundary; record a vote that orders it',
      details: { ties: allocation.unresolvedTies },
    })
  }
  return blockers
}
