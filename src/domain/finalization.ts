import { allocateAwards, type AwardType } from './awards.ts'
import { fyOver, type ClusterYearState } from './cluster-year.ts'
import { objectionWindowState } from './objections.ts'
import type { Ranking } from './ranking.ts'
import type { Scheme } from './scheme.ts'
import type { SubmissionStatus } from './workflows.ts'

/** One thing that stands between the live ranking and finalisation (tổng kết). */
export interface Blocker {
  code:
    | 'FY_NOT_CLOSED'
    | 'SUBMISSIONS_NOT_ACCEPTED'
    | 'ASSESSMENTS_MISSING'
    | 'MANUAL_POINTS_MISSING'
    | 'TIE_AT_AWARD_BOUNDARY'
    | 'OBJECTION_WINDOW_OPEN'
    | 'OBJECTIONS_UNANSWERED'
  message: string
  details?: Record<string, unknown>
}

/**
 * What stands between the live ranking and finalisation at `now`: the FY window still open, FY
 * submissions not yet accepted (drafts never submitted are no submission; submitted and returned
 * ones await review), missing peer assessments and conference points, and ties that cross an
 * award boundary without a vote. Empty when the ranking may be frozen.
 */
export function finalizationBlockers(input: {
  state: Pick<ClusterYearState, 'periods' | 'objectionWindow'>
  now: Date
  /** How many objections still wait for the secretariat's answer. */
  openObjections: number
  scheme: Scheme
  awardTypes: readonly AwardType[]
  fySubmissions: readonly { id: string; committeeId: string; status: SubmissionStatus }[]
  ranking: Pick<Ranking, 'members'>
}): Blocker[] {
  const { ranking } = input
  const blockers: Blocker[] = []
  // FY is over once closed early or past its deadline (late input may still arrive, but scoring may start).
  if (!fyOver(input.state, input.now)) blockers.push({ code: 'FY_NOT_CLOSED', message: 'The FY input window is not closed yet' })
  const pending = input.fySubmissions.filter((s) => s.status === 'submitted' || s.status === 'returned')
  if (pending.length > 0) {
    blockers.push({
      code: 'SUBMISSIONS_NOT_ACCEPTED',
      message: `${pending.length} FY submission(s) are not accepted yet`,
      details: { submissions: pending.map((s) => ({ id: s.id, committeeId: s.committeeId, status: s.status })) },
    })
  }
  const window = input.state.objectionWindow
  const where = objectionWindowState(window, input.now)
  if (window && (where === 'open' || where === 'not_open')) {
    blockers.push({
      code: 'OBJECTION_WINDOW_OPEN',
      message: `The objection window is open until ${window.closesAt.toISOString()}`,
      details: { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() },
    })
  }
  if (input.openObjections > 0) {
    blockers.push({
      code: 'OBJECTIONS_UNANSWERED',
      message: `${input.openObjections} objection(s) await an answer`,
      // A count only: the ranking is public, objections are not (who objected to whom); the
      // year's members and secretariat list them with GET …/objections?status=open.
      details: { count: input.openObjections },
    })
  }
  const missingOf = (code: string) =>
    ranking.members.flatMap((m) => m.missing.filter((x) => x.code === code).map((x) => ({ committeeId: m.committeeId, ...x })))
  const assessments = missingOf('MISSING_ASSESSMENT')
  if (assessments.length > 0) blockers.push({ code: 'ASSESSMENTS_MISSING', message: 'Some peer assessments are missing', details: { missing: assessments } })
  const manual = missingOf('MISSING_MANUAL_POINTS')
  if (manual.length > 0)
    blockers.push({ code: 'MANUAL_POINTS_MISSING', message: 'Points agreed by the conference are not entered yet', details: { missing: manual } })
  const allocation = allocateAwards({
    ranking: { members: ranking.members },
    awardRules: input.scheme.awardRules,
    awardTypes: [...input.awardTypes],
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
