/**
 * The rules about a cluster-year, as pure functions of its state, the input and `now`. Before
 * the aggregate was modelled, each of these was checked only through HTTP, with windows built
 * relative to the machine's clock.
 */
import t from 'tap'
import {
  assertPeriodClosable,
  assertPeriodSettable,
  assertPlanEditable,
  assertRankingInputsOpen,
  finalizationPath,
  fyOver,
  inputWindow,
  nextRuleChange,
  periodState,
  type ClusterYearState,
  type ClusterYearStatus,
} from '../../src/domain/cluster-year.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { finalizationBlockers } from '../../src/domain/finalization.ts'
import { validateAdjustment, validateAssessment, validateTieVote, validateWithdrawal } from '../../src/domain/peer-review.ts'
import { missingTargets, validatePact, validateTargets } from '../../src/domain/planning.ts'
import type { Ranking } from '../../src/domain/ranking.ts'
import { validateScheme, type Scheme } from '../../src/domain/scheme.ts'
import { checkCorrections, checkReportedValue, checkValues, submissionEditability } from '../../src/domain/submission-values.ts'
import type { IndicatorRule } from '../../src/domain/indicators.ts'

const refusal = (fn: () => unknown): { kind: string; code: string; details?: unknown; errors?: unknown } | null => {
  try {
    fn()
    return null
  } catch (e) {
    if (e instanceof DomainError) return { kind: e.kind, code: e.code, details: e.details, errors: e.errors }
    throw e
  }
}

const scheme: Scheme = validateScheme(
  {
    criteria: [
      { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '40', indicatorCode: 'HOUSES_BUILT' },
      { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '40', indicatorCode: 'FUND_RAISED' },
      { code: 'PEER', title: 'Đánh giá chéo', group: 'B', kind: 'standard', method: 'assessed', maxPoints: '20' },
      { code: 'MODEL', title: 'Mô hình mới', group: 'C', kind: 'bonus', method: 'manual', maxPoints: '5' },
    ],
    bonusCap: '5',
    penaltyCap: '10',
    tieBreakGroups: ['A'],
    latePenalty: { points: '2' },
    classificationBands: [{ code: 'TOT', label: 'Tốt', minTotal: '0' }],
    awardRules: [],
  },
  { indicatorCodes: ['HOUSES_BUILT', 'FUND_RAISED'], awardTypeCodes: [] },
)

const A = '00000000-0000-7000-8000-00000000000a'
const B = '00000000-0000-7000-8000-00000000000b'
const C = '00000000-0000-7000-8000-00000000000c'
const at = (iso: string) => new Date(iso)

const state = (over: Partial<ClusterYearState> = {}): ClusterYearState => ({
  id: '00000000-0000-7000-8000-0000000000ff',
  clusterId: '00000000-0000-7000-8000-0000000000fe',
  year: 2024,
  status: 'reporting',
  organizerCommitteeId: '00000000-0000-7000-8000-0000000000fd',
  headId: A,
  deputyId: B,
  members: [A, B, C],
  scheme,
  periods: {
    H1: { opensAt: at('2024-01-01T00:00:00Z'), closesAt: at('2024-06-30T16:59:59Z'), closedAt: null },
    FY: { opensAt: at('2024-07-01T00:00:00Z'), closesAt: at('2024-11-30T16:59:59Z'), closedAt: null },
  },
  objectionWindow: null,
  ...over,
})

t.test('input windows: open, not yet, past the deadline, closed early, final', async (t) => {
  const s = state()
  t.same(inputWindow(s, 'H1', at('2024-03-01T00:00:00Z')), { late: false })
  t.match(
    refusal(() => inputWindow(s, 'FY', at('2024-03-01T00:00:00Z'))),
    { code: 'PERIOD_NOT_OPEN', details: { period: 'FY' } },
  )
  t.match(
    refusal(() => inputWindow(s, 'H1', at('2024-07-01T00:00:00Z'))),
    { code: 'PERIOD_CLOSED', details: { reason: 'deadline_passed' } },
  )
  // The deadline names the last moment: it is still inside.
  t.same(inputWindow(s, 'H1', at('2024-06-30T16:59:59Z')), { late: false })
  // A scheme with a late penalty takes late FY input, marked late; H1 never.
  t.same(inputWindow(s, 'FY', at('2024-12-05T00:00:00Z')), { late: true })
  const noLate = state({ scheme: { ...scheme, latePenalty: null } })
  t.match(
    refusal(() => inputWindow(noLate, 'FY', at('2024-12-05T00:00:00Z'))),
    { code: 'PERIOD_CLOSED' },
  )
  const closed = state({ periods: { ...s.periods, FY: { ...s.periods.FY!, closedAt: at('2024-10-01T00:00:00Z') } } })
  t.match(
    refusal(() => inputWindow(closed, 'FY', at('2024-10-02T00:00:00Z'))),
    { code: 'PERIOD_CLOSED', details: { reason: 'closed_early' } },
  )
  for (const status of ['finalized', 'closed'] as ClusterYearStatus[]) {
    t.match(
      refusal(() => inputWindow(state({ status }), 'H1', at('2024-03-01T00:00:00Z'))),
      { code: 'PERIOD_CLOSED', details: { reason: 'cluster_year_finalized' } },
    )
  }
  t.match(
    refusal(() => inputWindow(state({ periods: {} }), 'H1', at('2024-03-01T00:00:00Z'))),
    { code: 'PERIOD_NOT_OPEN', details: { opensAt: null } },
  )
})

t.test('period states and when the rules next change on their own', async (t) => {
  const fy = state().periods.FY!
  t.equal(periodState(fy, at('2024-06-01T00:00:00Z')), 'not_open')
  t.equal(periodState(fy, at('2024-08-01T00:00:00Z')), 'open')
  t.equal(periodState(fy, at('2024-12-01T00:00:00Z')), 'closed')
  t.equal(periodState({ ...fy, closedAt: at('2024-08-02T00:00:00Z') }, at('2024-08-01T00:00:00Z')), 'closed')
  t.notOk(fyOver(state(), at('2024-11-30T16:59:59Z')))
  t.ok(fyOver(state(), at('2024-11-30T17:00:00Z')))
  t.equal(nextRuleChange(state(), at('2024-06-01T00:00:00Z')), fy.opensAt.getTime())
  t.equal(nextRuleChange(state(), at('2024-08-01T00:00:00Z')), fy.closesAt.getTime() + 1)
  t.equal(nextRuleChange(state(), at('2024-12-01T00:00:00Z')), Number.POSITIVE_INFINITY)
})

t.test('what each status allows: plan edits, ranking inputs, periods, finalisation', async (t) => {
  t.equal(
    refusal(() => assertPlanEditable(state({ status: 'planning' }))),
    null,
  )
  t.match(
    refusal(() => assertPlanEditable(state({ status: 'pact_signed' }))),
    { code: 'SCHEME_FROZEN', details: { status: 'pact_signed' } },
  )
  t.match(
    refusal(() => assertRankingInputsOpen(state({ status: 'planning' }))),
    { code: 'PACT_NOT_SIGNED' },
  )
  t.match(
    refusal(() => assertRankingInputsOpen(state({ status: 'finalized' }))),
    { code: 'RANKING_FINALIZED' },
  )
  t.equal(
    refusal(() => assertRankingInputsOpen(state({ status: 'scoring' }))),
    null,
  )
  const window = { opensAt: at('2024-07-01T00:00:00Z'), closesAt: at('2024-12-31T00:00:00Z') }
  t.match(
    refusal(() => assertPeriodSettable(state({ status: 'planning' }), 'H1', window, undefined)),
    { code: 'PACT_NOT_SIGNED' },
  )
  t.match(
    refusal(() => assertPeriodSettable(state({ status: 'pact_signed' }), 'FY', window, undefined)),
    { code: 'H1_NOT_OPEN' },
  )
  t.match(
    refusal(() => assertPeriodSettable(state({ status: 'finalized' }), 'FY', window, undefined)),
    { code: 'CLUSTER_YEAR_NOT_REPORTING' },
  )
  t.match(
    refusal(() => assertPeriodSettable(state(), 'FY', { opensAt: window.closesAt, closesAt: window.opensAt }, undefined)),
    { kind: 'invalid', code: 'INVALID_WINDOW' },
  )
  t.match(
    refusal(() => assertPeriodSettable(state(), 'FY', window, { ...window, closedAt: at('2024-08-01T00:00:00Z') })),
    { code: 'PERIOD_CLOSED' },
  )
  t.equal(assertPeriodClosable(state(), 'FY'), 'start_scoring', 'closing FY ends reporting')
  t.equal(assertPeriodClosable(state(), 'H1'), null)
  t.match(
    refusal(() => assertPeriodClosable(state({ periods: {} }), 'FY')),
    { code: 'PERIOD_NOT_SET' },
  )
  t.same(finalizationPath(state({ status: 'reporting' })), ['start_scoring', 'finalize'])
  t.same(finalizationPath(state({ status: 'scoring' })), ['finalize'])
  t.match(
    refusal(() => finalizationPath(state({ status: 'closed' }))),
    { code: 'RANKING_ALREADY_FINALIZED' },
  )
  t.match(
    refusal(() => finalizationPath(state({ status: 'pact_signed' }))),
    { code: 'CLUSTER_YEAR_NOT_SCORING' },
  )
})

t.test('finalisation blockers depend on now, the submissions and the ranking', async (t) => {
  let rank = 0
  const member = (committeeId: string, missing: { code: string; criterionCode?: string }[] = []) => ({
    committeeId,
    code: committeeId,
    rank: ++rank,
    tied: false,
    total: '90',
    groupPoints: {},
    eligibility: { eligible: true, reasons: [] },
    missing,
  })
  const ranking = {
    members: [
      member(A),
      member(B, [{ code: 'MISSING_ASSESSMENT', criterionCode: 'PEER' }]),
      member(C, [{ code: 'MISSING_MANUAL_POINTS', criterionCode: 'MODEL' }]),
    ],
  } as unknown as Ranking
  const fySubmissions = [
    { id: 's1', committeeId: A, status: 'accepted' as const },
    { id: 's2', committeeId: B, status: 'returned' as const },
    { id: 's3', committeeId: C, status: 'draft' as const },
  ]
  const before = finalizationBlockers({ state: state(), now: at('2024-11-01T00:00:00Z'), scheme, awardTypes: [], fySubmissions, ranking, openObjections: 0 })
  t.same(
    before.map((b) => b.code),
    ['FY_NOT_CLOSED', 'SUBMISSIONS_NOT_ACCEPTED', 'ASSESSMENTS_MISSING', 'MANUAL_POINTS_MISSING'],
  )
  t.same(before[1]!.details, { submissions: [{ id: 's2', committeeId: B, status: 'returned' }] }, 'drafts never submitted are no submission')
  // The same inputs a second past the FY deadline: the window no longer blocks.
  const after = finalizationBlockers({ state: state(), now: at('2024-11-30T17:00:00Z'), scheme, awardTypes: [], fySubmissions, ranking, openObjections: 0 })
  t.same(
    after.map((b) => b.code),
    ['SUBMISSIONS_NOT_ACCEPTED', 'ASSESSMENTS_MISSING', 'MANUAL_POINTS_MISSING'],
  )
  const clear = finalizationBlockers({
    state: state(),
    now: at('2024-12-01T00:00:00Z'),
    scheme,
    awardTypes: [],
    fySubmissions: [fySubmissions[0]!],
    ranking: { members: [member(A)] } as unknown as Ranking,
    openObjections: 0,
  })
  t.same(clear, [])
})

t.test('values: one check for submissions and the import', async (t) => {
  const rules = new Map<string, IndicatorRule>([
    ['HOUSES_BUILT', { code: 'HOUSES_BUILT', valueType: 'integer', minValue: '0', maxValue: null }],
    ['FUND_RAISED', { code: 'FUND_RAISED', valueType: 'integer', minValue: '0', maxValue: null }],
    ['OTHER', { code: 'OTHER', valueType: 'decimal', minValue: null, maxValue: null }],
  ])
  const inScheme = new Set(['HOUSES_BUILT', 'FUND_RAISED'])
  t.same(checkReportedValue('HOUSES_BUILT', '12', rules, inScheme), { ok: true, value: '12' })
  t.match(checkReportedValue('NOPE', '1', rules, inScheme), { ok: false, field: 'indicatorCode', code: 'UNKNOWN_INDICATOR' })
  t.match(checkReportedValue('OTHER', '1', rules, inScheme), { ok: false, field: 'indicatorCode', code: 'INDICATOR_NOT_IN_SCHEME' })
  t.match(checkReportedValue('OTHER', '1.5', rules, null), { ok: true, value: '1.5' }, 'a year without a scheme takes any catalogued indicator')
  t.match(checkReportedValue('HOUSES_BUILT', '-1', rules, inScheme), { ok: false, field: 'value' })
  const { values, errors } = checkValues(
    [
      { indicatorCode: 'HOUSES_BUILT', value: 12 },
      { indicatorCode: 'HOUSES_BUILT', value: 13 },
      { indicatorCode: 'OTHER', value: '1' },
      { indicatorCode: 'FUND_RAISED', value: '1.5', note: 'x' },
    ],
    { rules, schemeIndicators: inScheme, notApplicable: new Set() },
  )
  t.same(values, [{ indicatorCode: 'HOUSES_BUILT', value: '12', notApplicable: false, notApplicableReason: null, note: null, evidenceUrl: null }])
  t.same(
    errors.map((e) => [e.pointer, e.code]),
    [
      ['/values/1/indicatorCode', 'DUPLICATE_INDICATOR'],
      ['/values/2/indicatorCode', 'INDICATOR_NOT_IN_SCHEME'],
      ['/values/3/value', errors[2]!.code],
    ],
  )
  const corrected = checkCorrections(
    [
      { indicatorCode: 'HOUSES_BUILT', officialValue: '10', reason: ' counted twice ' },
      { indicatorCode: 'FUND_RAISED', officialValue: '5', reason: '' },
      { indicatorCode: 'OTHER', officialValue: '1', reason: 'x' },
    ],
    new Set(['HOUSES_BUILT', 'FUND_RAISED']),
    rules,
  )
  t.same(corrected.corrections, [
    { indicatorCode: 'HOUSES_BUILT', value: '10', reason: 'counted twice' },
    { indicatorCode: 'FUND_RAISED', value: '5', reason: '' },
  ])
  t.same(
    corrected.errors.map((e) => e.code),
    ['CORRECTION_REASON_REQUIRED', 'NOT_REPORTED'],
  )
})

t.test('why a submission is locked, at a given moment', async (t) => {
  const s = state()
  const june = at('2024-06-01T00:00:00Z')
  t.same(submissionEditability({ status: 'accepted', period: 'H1' }, s, june), { editable: false, code: 'SUBMISSION_ACCEPTED' })
  t.same(submissionEditability({ status: 'submitted', period: 'H1' }, s, june), { editable: false, code: 'SUBMISSION_UNDER_REVIEW' })
  t.same(submissionEditability({ status: 'draft', period: 'H1' }, s, june), { editable: true, code: null })
  t.same(submissionEditability({ status: 'draft', period: 'FY' }, s, june), { editable: false, code: 'PERIOD_NOT_OPEN' })
  t.same(submissionEditability({ status: 'draft', period: 'H1' }, s, at('2024-08-01T00:00:00Z')), { editable: false, code: 'PERIOD_CLOSED' })
  t.same(
    submissionEditability({ status: 'returned', period: 'H1' }, s, at('2024-08-01T00:00:00Z')),
    { editable: true, code: null },
    'the review outlives the window',
  )
  t.same(submissionEditability({ status: 'returned', period: 'H1' }, state({ status: 'finalized' }), june), { editable: false, code: 'PERIOD_CLOSED' })
  t.same(submissionEditability({ status: 'draft', period: 'H1' }, null, june), { editable: false, code: 'PERIOD_NOT_OPEN' })
})

t.test('targets and the pact', async (t) => {
  const s = state({ status: 'planning' })
  const rows = validateTargets(s, scheme, [
    { committeeId: A, criterionCode: 'HOUSES', value: 100 },
    { committeeId: B, criterionCode: 'HOUSES', value: '100.50' },
  ])
  t.same(rows, [
    { committeeId: A, criterionCode: 'HOUSES', value: '100' },
    { committeeId: B, criterionCode: 'HOUSES', value: '100.5' },
  ])
  const bad = refusal(() =>
    validateTargets(s, scheme, [
      { committeeId: A, criterionCode: 'HOUSES', value: '1' },
      { committeeId: A, criterionCode: 'HOUSES', value: '2' },
      { committeeId: 'x', criterionCode: 'FUND', value: '-1' },
      { committeeId: B, criterionCode: 'NOPE', value: '1' },
    ]),
  )
  t.same(
    (bad!.errors as { code: string }[]).map((e) => e.code),
    ['DUPLICATE_TARGET', 'TARGET_NOT_MEMBER', 'TARGET_NOT_APPLICABLE', 'INVALID_TARGET', 'UNKNOWN_CRITERION'],
  )
  t.same(missingTargets(s.members, scheme, rows), [{ committeeId: C, criterionCode: 'HOUSES' }])
  const signatories = [A, B, C].map((committeeId) => ({ committeeId }))
  t.match(
    refusal(() => validatePact(s, scheme, rows, signatories)),
    { code: 'TARGETS_INCOMPLETE', details: { missing: [{ committeeId: C, criterionCode: 'HOUSES' }] } },
  )
  t.match(
    refusal(() => validatePact(s, scheme, rows, [{ committeeId: A }, { committeeId: A }])),
    { code: 'DUPLICATE_SIGNATORY' },
  )
  t.equal(
    refusal(() => validatePact(s, scheme, [...rows, { committeeId: C, criterionCode: 'HOUSES' }], signatories)),
    null,
  )
})

t.test('peer assessments, adjustments, withdrawals and tie votes', async (t) => {
  const s = state({ status: 'scoring' })
  t.same(
    validateAssessment(s, scheme, A, [
      { targetId: C, criterionCode: 'PEER', score: '18.50' },
      { targetId: B, criterionCode: 'PEER', score: 19 },
    ]),
    [
      { targetId: B, criterionCode: 'PEER', score: '19' },
      { targetId: C, criterionCode: 'PEER', score: '18.5' },
    ],
  )
  t.match(
    refusal(() => validateAssessment(s, scheme, 'outsider', [])),
    { code: 'ASSESSOR_NOT_MEMBER' },
  )
  // Self scores are refused before anything else is reported.
  t.match(
    refusal(() =>
      validateAssessment(s, scheme, A, [
        { targetId: A, criterionCode: 'PEER', score: '1' },
        { targetId: B, criterionCode: 'NOPE', score: '1' },
      ]),
    ),
    {
      code: 'SELF_ASSESSMENT',
      errors: [{ pointer: '/scores/0/targetId', code: 'SELF_ASSESSMENT' }],
    },
  )
  t.match(
    refusal(() => validateAssessment(s, scheme, A, [{ targetId: B, criterionCode: 'PEER', score: '21' }])),
    { code: 'SCORE_OUT_OF_RANGE' },
  )
  t.match(
    refusal(() => validateAssessment(s, scheme, A, [{ targetId: B, criterionCode: 'PEER', score: '1' }])),
    { code: 'ASSESSMENT_INCOMPLETE' },
  )

  t.same(validateAdjustment(s, scheme, { committeeId: B, type: 'manual', criterionCode: 'MODEL', points: '4.50', reason: ' mô hình ' }, []), {
    criterionCode: 'MODEL',
    points: '4.5',
    reason: 'mô hình',
  })
  const active = [{ id: 'adj1', type: 'manual' as const, committeeId: B, criterionCode: 'MODEL' }]
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'manual', criterionCode: 'MODEL', points: '1', reason: 'r' }, active)),
    { code: 'ADJUSTMENT_EXISTS', details: { adjustmentId: 'adj1' } },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'manual', criterionCode: 'PEER', points: '1', reason: 'r' }, [])),
    { code: 'NOT_MANUAL_CRITERION' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'bonus', points: '0', reason: 'r' }, [])),
    { code: 'POINTS_OUT_OF_RANGE' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'penalty', criterionCode: 'HOUSES', points: '1', reason: 'r' }, [])),
    { code: 'CRITERION_NOT_ALLOWED' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'disqualification', points: '1', reason: 'r' }, [])),
    { code: 'POINTS_NOT_ALLOWED' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: 'x', type: 'bonus', points: '1', reason: 'r' }, [])),
    { code: 'NOT_A_MEMBER' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'bonus', points: '1', reason: '  ' }, [])),
    { code: 'REASON_REQUIRED' },
  )
  t.match(
    refusal(() => validateAdjustment(s, scheme, { committeeId: B, type: 'bonus', points: 'x', reason: 'r' }, [])),
    { code: 'INVALID_DECIMAL' },
  )

  t.equal(validateWithdrawal({ withdrawnAt: null }, ' agreed again '), 'agreed again')
  t.match(
    refusal(() => validateWithdrawal({ withdrawnAt: at('2024-01-01T00:00:00Z') }, 'r')),
    { code: 'ADJUSTMENT_WITHDRAWN' },
  )
  t.match(
    refusal(() => validateWithdrawal({ withdrawnAt: null }, '')),
    { code: 'REASON_REQUIRED' },
  )

  const ties = [{ rank: 2, committeeIds: [B, C], resolved: false }]
  t.equal(validateTieVote(ties, { orderedCommitteeIds: [C, B], reason: ' biểu quyết ' }), 'biểu quyết')
  t.match(
    refusal(() => validateTieVote(ties, { orderedCommitteeIds: [A, B], reason: 'r' })),
    { code: 'NOT_A_TIED_GROUP', details: { ties: [{ rank: 2 }] } },
  )
})
