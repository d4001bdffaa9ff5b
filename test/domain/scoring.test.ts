import t from 'tap'
import { Decimal, roundHalfUp } from '../../src/domain/decimal.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { validateScheme } from '../../src/domain/scheme.ts'
import type { Scheme } from '../../src/domain/scheme.ts'
import {
  capSum,
  formatExact,
  parseExact,
  roundExact,
  scoreAssessed,
  scoreCluster,
  scoreRelativeToBest,
  scoreTargetRatio,
  scoreThreshold,
  totalOf,
} from '../../src/domain/scoring.ts'
import type { Adjustment, MemberScore, ScoringInput } from '../../src/domain/scoring.ts'

t.test('exact numbers: parse, format, round half-up', async (t) => {
  for (const s of ['0', '12.5', '-3', '0.00000000000000000001', '157000000000', '99999999999999999999.99', '1.123456', '1234567890.1234567']) {
    t.equal(formatExact(parseExact(s) as bigint), new Decimal(s).toFixed(), `${s} round-trips`)
  }
  t.equal(formatExact(parseExact('8.50') as bigint), '8.5')
  t.equal(formatExact(parseExact(42) as bigint), '42')
  for (const bad of ['', '-', '01', '1.', '.5', '1e3', '1,5', ' 1', '1.000000000000000000001', 1.5, null]) {
    t.equal(parseExact(bad), null, `${JSON.stringify(bad)} refused`)
  }
  const r = (s: string) => formatExact(roundExact(parseExact(s) as bigint, 2))
  t.equal(r('2.345'), '2.35', '2.345 → 2.35')
  t.equal(r('2.344'), '2.34', '2.344 → 2.34')
  t.equal(r('2.3449999'), '2.34')
  t.equal(r('-2.345'), '-2.35', 'half away from zero, as decimal.js ROUND_HALF_UP')
  t.equal(r('-2.344'), '-2.34')
  t.equal(r('99.995'), '100')
})

t.test('target_ratio', async (t) => {
  const tr = (actual: string, target: string, lowerIsBetter = false, maxPoints = '10') => scoreTargetRatio({ maxPoints, actual, target, lowerIsBetter })
  t.equal(tr('450', '500').points, '9', '10 × 450/500')
  t.equal(tr('450', '500').formula, '10 × min(450 / 500, 1) = 10 × 450 / 500 = 9')
  t.equal(tr('600', '500').points, '10', 'over the target is capped at the maximum')
  t.equal(tr('500', '500').points, '10')
  t.equal(tr('123', '0').points, '10', 'target 0 gives full points')
  t.equal(tr('0', '0').points, '10')
  t.equal(tr('0', '500').points, '0')
  t.equal(tr('-5', '500').points, '0', 'never below 0')
  t.equal(tr('1', '3').points, '3.33333333333333333333', 'quotient rounded half-up at the 20th place')
  t.equal(tr('2', '3').points, '6.66666666666666666667')
  t.match(tr('1', '3').formula, /rounded half-up/)
  t.equal(tr('6485', '6000', false, '12.5').points, '12.5')
  t.equal(tr('5', '6', false, '12.5').points, '10.41666666666666666667')
  // lower is better: target / actual
  t.equal(tr('10', '5', true).points, '5', '10 × 5/10')
  t.equal(tr('4', '5', true).points, '10', 'below the ceiling: full points')
  t.equal(tr('0', '5', true).points, '10', 'actual 0 gives full points')
  t.equal(tr('3', '0', true).points, '0', 'target 0 with any occurrence: 0 / 3 = 0')
  t.same(tr('10', '5', true).inputs, { actual: '10', target: '5', lowerIsBetter: true, maxPoints: '10' })
  t.equal(tr('10', '5', true).method, 'target_ratio')
})

t.test('threshold', async (t) => {
  const th = (actual: string, target: string, lowerIsBetter = false) => scoreThreshold({ maxPoints: '4', actual, target, lowerIsBetter })
  t.equal(th('30', '30').points, '4', 'met exactly')
  t.equal(th('31', '30').points, '4')
  t.equal(th('29.99', '30').points, '0', 'missed by a hair')
  t.equal(th('2', '3', true).points, '4', 'lower is better: at or under the target')
  t.equal(th('3', '3', true).points, '4')
  t.equal(th('4', '3', true).points, '0')
  t.match(th('29.99', '30').formula, /not met/)
})

t.test('relative_to_best', async (t) => {
  const rb = (actual: string, best: string, lowerIsBetter = false) => scoreRelativeToBest({ maxPoints: '20', actual, best, lowerIsBetter })
  t.equal(rb('50', '200').points, '5', '20 × 50/200')
  t.equal(rb('200', '200').points, '20', 'the best gets the maximum')
  t.equal(rb('0', '0').points, '0', 'best 0 gives 0')
  t.equal(rb('0', '200').points, '0')
  t.equal(rb('4', '2', true).points, '10', 'lower is better: 20 × 2/4')
  t.equal(rb('2', '2', true).points, '20')
  t.equal(rb('0', '0', true).points, '20', 'actual 0 gives full points')
  t.equal(rb('5', '0', true).points, '0', 'best 0, actual 5: 20 × 0/5')
  t.match(rb('50', '200').formula, /20 × 50 \/ best 200 = 5/)
})

t.test('assessed: mean, self excluded, trimmed from five assessors', async (t) => {
  const four = scoreAssessed({ maxPoints: '10', scores: { a: '8', b: '9', c: '10', d: '7' } })
  t.equal(four.points, '8.5', 'four assessors: plain mean (34/4)')
  t.equal(four.inputs.droppedHighest, null)
  const withSelf = scoreAssessed({ maxPoints: '10', scores: { a: '8', b: '9', self: '10' }, selfId: 'self' })
  t.equal(withSelf.points, '8.5', 'own score never counts')
  t.equal(withSelf.inputs.assessors, 2)
  const five = scoreAssessed({ maxPoints: '10', scores: { a: '2', b: '9', c: '10', d: '8', e: '7' } })
  t.equal(five.points, '8', '(36 − 10 − 2) / 3')
  t.same(five.inputs.droppedHighest, { assessorId: 'c', score: '10' })
  t.same(five.inputs.droppedLowest, { assessorId: 'a', score: '2' })
  t.equal(five.formula, '(36 − highest 10 − lowest 2) / 3 = 8')
  const ties = scoreAssessed({ maxPoints: '10', scores: { e: '9', d: '9', c: '9', b: '5', a: '5' } })
  t.same(ties.inputs.droppedHighest, { assessorId: 'c', score: '9' }, 'among equal scores the smallest assessor id is named')
  t.same(ties.inputs.droppedLowest, { assessorId: 'a', score: '5' })
  t.equal(ties.points, '7.66666666666666666667')
  t.equal(scoreAssessed({ maxPoints: '10', scores: {} }).points, '0', 'no scores yet')
  t.equal(scoreAssessed({ maxPoints: '10', scores: { a: '8.25' } }).points, '8.25')
  const e = t.throws(() => scoreAssessed({ maxPoints: '10', scores: { a: '11' } })) as unknown as DomainError
  t.equal(e.code, 'OUT_OF_RANGE')
  const bad = t.throws(() => scoreAssessed({ maxPoints: '10', scores: { a: 'nine' } })) as unknown as DomainError
  t.equal(bad.code, 'INVALID_DECIMAL')
})

t.test('caps and the total', async (t) => {
  t.same(capSum(['2', '2.5'], '5').capped, '4.5')
  t.same(capSum(['3', '2.5'], '5'), {
    uncapped: '5.5',
    capped: '5',
    explanation: { method: 'cap', inputs: { lines: ['3', '2.5'], cap: '5' }, formula: 'min(3 + 2.5, 5) = 5', points: '5' },
  })
  t.equal(capSum([], '5').capped, '0')
  t.equal(totalOf('2.345', '0', '0'), '2.35', '2.345 → 2.35')
  t.equal(totalOf('2.344', '0', '0'), '2.34', '2.344 → 2.34')
  t.equal(totalOf('80.333', '5', '2.008'), '83.33')
  t.equal(totalOf('1', '0', '3'), '-2', 'penalties can push a total below zero')
})

// -----------------------------------------------------------------------------------------------
// The whole cluster

const scheme: Scheme = validateScheme({
  criteria: [
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'VAN_DONG', kind: 'standard', method: 'target_ratio', maxPoints: '10', indicatorCode: 'HOUSES_BUILT' },
    { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'VAN_DONG', kind: 'standard', method: 'relative_to_best', maxPoints: '20', indicatorCode: 'POOR_FUND' },
    { code: 'RURAL', title: 'Xã nông thôn mới', group: 'XAY_DUNG', kind: 'standard', method: 'threshold', maxPoints: '5', indicatorCode: 'NEW_RURAL' },
    { code: 'WORK', title: 'Công tác Mặt trận', group: 'XAY_DUNG', kind: 'standard', method: 'assessed', maxPoints: '10' },
    { code: 'REPORT', title: 'Báo cáo', group: 'XAY_DUNG', kind: 'standard', method: 'manual', maxPoints: '5' },
    { code: 'INITIATIVE', title: 'Sáng kiến', group: 'THUONG', kind: 'bonus', method: 'manual', maxPoints: '4' },
    { code: 'COMPLAINTS', title: 'Đơn thư', group: 'TRU', kind: 'penalty', method: 'target_ratio', maxPoints: '3', indicatorCode: 'COMPLAINTS' },
  ],
  bonusCap: '5',
  penaltyCap: '4',
  latePenalty: { points: '1.5' },
})

const members = [
  { committeeId: 'pt', code: '25' },
  { committeeId: 'bk', code: '06' },
  { committeeId: 'bg', code: '24' },
]

function input(over: Partial<ScoringInput> = {}): ScoringInput {
  const scoresFor = (self: string, score: string) =>
    Object.fromEntries(members.filter((m) => m.committeeId !== self).map((m) => [m.committeeId, { WORK: score }]))
  return {
    scheme,
    members,
    targets: {
      pt: { HOUSES: '500', RURAL: '10' },
      bk: { HOUSES: '400', RURAL: '10', COMPLAINTS: '1' },
      bg: { HOUSES: '300', RURAL: '10', COMPLAINTS: '2' },
    },
    fyValues: {
      pt: { values: { HOUSES_BUILT: '600', POOR_FUND: '200', NEW_RURAL: '12', COMPLAINTS: '2' } },
      bk: { values: { HOUSES_BUILT: '300', POOR_FUND: '50', NEW_RURAL: '9', COMPLAINTS: '0' } },
      bg: { values: { HOUSES_BUILT: '300', POOR_FUND: '100', NEW_RURAL: '10', COMPLAINTS: '1' }, late: true },
    },
    assessments: { pt: scoresFor('pt', '9'), bk: scoresFor('bk', '8'), bg: scoresFor('bg', '7') },
    adjustments: [
      { type: 'manual', committeeId: 'pt', criterionCode: 'REPORT', points: '5', reason: 'đúng hạn' },
      { type: 'manual', committeeId: 'bk', criterionCode: 'REPORT', points: '4', reason: 'thiếu phụ lục' },
      { type: 'manual', committeeId: 'bg', criterionCode: 'REPORT', points: '4.5', reason: 'đủ' },
      { type: 'manual', committeeId: 'pt', criterionCode: 'INITIATIVE', points: '4', reason: 'đăng cai hội nghị' },
      { type: 'manual', committeeId: 'bk', criterionCode: 'INITIATIVE', points: '0', reason: 'không' },
      { type: 'manual', committeeId: 'bg', criterionCode: 'INITIATIVE', points: '1', reason: 'mô hình mới' },
      { type: 'bonus', id: 'adj-1', committeeId: 'pt', points: '2', reason: 'Bằng khen của Thủ tướng' },
      { type: 'penalty', id: 'adj-2', committeeId: 'bk', points: '3', reason: 'báo cáo sai số liệu' },
    ],
    ...over,
  }
}

const byId = (scores: MemberScore[], id: string) => scores.find((s) => s.committeeId === id) as MemberScore
const line = (s: MemberScore, code: string) => s.lines.find((l) => l.criterionCode === code)!

t.test('a cluster is scored criterion by criterion, with explanations', async (t) => {
  const scores = scoreCluster(input())
  t.same(
    scores.map((s) => s.code),
    ['06', '24', '25'],
    'ordered by member code',
  )
  const pt = byId(scores, 'pt')
  t.equal(line(pt, 'HOUSES').points, '10')
  t.equal(line(pt, 'FUND').points, '20', 'the best in the cluster')
  t.same(line(pt, 'FUND').explanation.inputs.bestMembers, ['25'])
  t.equal(line(pt, 'RURAL').points, '5')
  t.equal(line(pt, 'WORK').points, '7.5', 'mean of 8 and 7 (own score excluded)')
  t.equal(line(pt, 'REPORT').points, '5')
  t.equal(line(pt, 'INITIATIVE').points, '4')
  t.equal(line(pt, 'COMPLAINTS').points, '0', 'no target set: 0, and listed as missing')
  t.equal(pt.standard, '47.5')
  t.equal(pt.bonus, '5', 'bonus 4 + 2 capped at 5')
  t.equal(pt.explanation.bonus.formula, 'min(6, cap 5) = 5')
  t.same(pt.extraBonus, [{ source: 'adjustment', adjustmentId: 'adj-1', points: '2', reason: 'Bằng khen của Thủ tướng' }])
  t.equal(pt.total, formatExact(roundExact(parseExact(pt.standard)! + parseExact(pt.bonus)! - parseExact(pt.penalty)!, 2)))
  t.equal(pt.total, '52.5')
  t.same(pt.groupPoints, { VAN_DONG: '30', XAY_DUNG: '17.5', THUONG: '4', TRU: '0' })
  for (const l of pt.lines) {
    t.equal(l.explanation.points, l.points, `${l.criterionCode} explanation carries its points`)
    t.type(l.explanation.formula, 'string')
    t.equal(l.explanation.method, l.method)
  }

  const bk = byId(scores, 'bk')
  t.equal(line(bk, 'HOUSES').points, '7.5', '10 × 300/400')
  t.equal(line(bk, 'FUND').points, '5', '20 × 50/200')
  t.equal(line(bk, 'RURAL').points, '0', '9 < 10')
  t.equal(line(bk, 'WORK').points, '8', 'mean of 9 and 7')
  t.equal(line(bk, 'COMPLAINTS').points, '0', 'penalty criterion: 3 × min(0 / 1, 1)')
  t.equal(bk.standard, '24.5')
  t.equal(bk.penalty, '3', 'the ad hoc penalty line')
  t.equal(bk.total, '21.5')
  t.same(bk.groupPoints.TRU, '0')

  const bg = byId(scores, 'bg')
  t.equal(bg.lateFySubmission, true)
  t.same(
    bg.extraPenalty.map((l) => [l.source, l.points]),
    [['late_fy_submission', '1.5']],
    'a late FY submission costs the scheme’s late penalty',
  )
  t.equal(line(bg, 'HOUSES').points, '10')
  t.equal(line(bg, 'FUND').points, '10', '20 × 100/200')
  t.equal(line(bg, 'COMPLAINTS').points, '1.5', '3 × 1/2')
  t.equal(bg.standard, '38')
  t.equal(bg.bonus, '1')
  t.equal(bg.penalty, '3', 'COMPLAINTS 1.5 + late 1.5')
  t.equal(bg.total, '36')
  t.equal(bg.groupPoints.TRU, '-1.5', 'penalty criteria count against their group')
  t.match(bg.explanation.total, {
    method: 'total',
    inputs: { standard: '38', bonus: '1', penalty: '3' },
    formula: 'round_half_up(38 + 1 − 3, 2) = 36',
    points: '36',
  })
})

t.test('penalty criteria use targets like any other; missing inputs are listed, not thrown', async (t) => {
  const scores = scoreCluster(input())
  const pt = byId(scores, 'pt')
  t.same(pt.missing, [{ code: 'MISSING_TARGET', criterionCode: 'COMPLAINTS' }])
  t.equal(line(pt, 'COMPLAINTS').complete, false)

  const partial = scoreCluster(
    input({
      fyValues: { pt: { values: { HOUSES_BUILT: '100' } } },
      assessments: { bk: { pt: { WORK: '6' } } },
      adjustments: [],
    }),
  )
  const p = byId(partial, 'pt')
  t.same(
    p.missing.map((m) => [m.code, m.criterionCode ?? null]),
    [
      ['MISSING_FY_VALUE', 'FUND'],
      ['MISSING_FY_VALUE', 'RURAL'],
      ['MISSING_ASSESSMENT', 'WORK'],
      ['MISSING_MANUAL_POINTS', 'REPORT'],
      ['MISSING_MANUAL_POINTS', 'INITIATIVE'],
      ['MISSING_FY_VALUE', 'COMPLAINTS'],
      ['MISSING_TARGET', 'COMPLAINTS'],
    ],
  )
  t.same(p.missing.find((m) => m.code === 'MISSING_ASSESSMENT')?.assessorIds, ['bg'], 'names who has not assessed yet')
  t.equal(line(p, 'WORK').points, '6', 'counts the scores it has')
  t.equal(line(p, 'FUND').points, '0')
  t.equal(line(p, 'REPORT').explanation.formula, 'no points entered yet = 0')
  const b = byId(partial, 'bk')
  t.equal(b.fySubmitted, false)
  t.equal(b.missing[0].code, 'MISSING_FY_SUBMISSION')
  t.equal(line(b, 'HOUSES').explanation.formula, 'no accepted FY submission = 0')
  t.notOk(
    b.missing.some((m) => m.code === 'MISSING_FY_VALUE'),
    'a missing submission is reported once, not per value',
  )
})

t.test('relative_to_best ignores members without a value, and lower-is-better takes the lowest', async (t) => {
  const s = validateScheme({
    criteria: [
      { code: 'COST', title: 'Chi phí', group: 'G', kind: 'standard', method: 'relative_to_best', maxPoints: '10', indicatorCode: 'COST', lowerIsBetter: true },
    ],
    bonusCap: '0',
    penaltyCap: '0',
  })
  const scores = scoreCluster({
    scheme: s,
    members,
    fyValues: { pt: { values: { COST: '40' } }, bk: { values: { COST: '20' } }, bg: { values: {} } },
  })
  t.equal(line(byId(scores, 'pt'), 'COST').points, '5', '10 × 20/40')
  t.equal(line(byId(scores, 'bk'), 'COST').points, '10')
  t.equal(line(byId(scores, 'bg'), 'COST').points, '0')
  t.equal(line(byId(scores, 'bg'), 'COST').complete, false)
})

t.test('assessed in a cluster of six: trimmed mean; scores by non-members, on oneself or on other criteria do not count', async (t) => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ committeeId: id, code: id.toUpperCase() }))
  const s = validateScheme({
    criteria: [
      { code: 'WORK', title: 'Công tác', group: 'G', kind: 'standard', method: 'assessed', maxPoints: '10' },
      { code: 'REPORT', title: 'Báo cáo', group: 'G', kind: 'standard', method: 'manual', maxPoints: '10' },
    ],
    bonusCap: '0',
    penaltyCap: '0',
  })
  const scores = scoreCluster({
    scheme: s,
    members: six,
    fyValues: Object.fromEntries(six.map((m) => [m.committeeId, { values: {} }])),
    assessments: {
      b: { a: { WORK: '10', REPORT: '1' } },
      c: { a: { WORK: '8' } },
      d: { a: { WORK: '7.5' } },
      e: { a: { WORK: '6' } },
      f: { a: { WORK: '2' } },
      a: { a: { WORK: '10' } },
      outsider: { a: { WORK: '0' } },
    },
  })
  const a = scores.find((x) => x.committeeId === 'a') as MemberScore
  t.equal(line(a, 'WORK').points, '7.16666666666666666667', '(33.5 − 10 − 2) / 3')
  t.same(line(a, 'WORK').explanation.inputs, {
    assessors: 5,
    expectedAssessors: 5,
    sum: '33.5',
    droppedHighest: { assessorId: 'b', score: '10' },
    droppedLowest: { assessorId: 'f', score: '2' },
    divisor: 3,
  })
  t.equal(line(a, 'WORK').complete, true)
  t.equal(line(a, 'REPORT').points, '0', 'REPORT is manual: peer scores are ignored')
})

t.test('bad inputs are refused with INVALID_RANKING_INPUT and a pointer for each', async (t) => {
  const refused = (over: Partial<ScoringInput>) => {
    try {
      scoreCluster(input(over))
    } catch (e) {
      if (e instanceof DomainError && e.code === 'INVALID_RANKING_INPUT') return e.errors ?? []
      throw e
    }
    throw new Error('expected a refusal')
  }
  const adj = (a: Adjustment) => refused({ adjustments: [a] })
  t.match(refused({ targets: { pt: { HOUSES: 'many' } } }), [{ pointer: '/targets/pt/HOUSES', code: 'INVALID_DECIMAL' }])
  t.match(refused({ fyValues: { pt: { values: { HOUSES_BUILT: '1,5', POOR_FUND: '1' } } } }), [
    { pointer: '/fyValues/pt/values/HOUSES_BUILT', code: 'INVALID_DECIMAL' },
  ])
  t.match(refused({ fyValues: { pt: { values: { POOR_FUND: 'x' } } } }), [{ pointer: '/fyValues/pt/values/POOR_FUND', code: 'INVALID_DECIMAL' }])
  t.match(refused({ assessments: { bk: { pt: { WORK: '10.5' } } } }), [{ pointer: '/assessments/bk/pt/WORK', code: 'OUT_OF_RANGE' }])
  t.match(refused({ assessments: { bk: { pt: { WORK: '-1' } } } }), [{ pointer: '/assessments/bk/pt/WORK', code: 'OUT_OF_RANGE' }])
  t.match(refused({ assessments: { bk: { pt: { WORK: 'good' } } } }), [{ pointer: '/assessments/bk/pt/WORK', code: 'INVALID_DECIMAL' }])
  t.match(adj({ type: 'manual', committeeId: 'xx', criterionCode: 'REPORT', points: '1', reason: 'r' }), [
    { pointer: '/adjustments/0/committeeId', code: 'UNKNOWN_MEMBER' },
  ])
  t.match(adj({ type: 'manual', committeeId: 'pt', criterionCode: 'NOPE', points: '1', reason: 'r' }), [
    { pointer: '/adjustments/0/criterionCode', code: 'UNKNOWN_CRITERION' },
  ])
  t.match(adj({ type: 'manual', committeeId: 'pt', criterionCode: 'HOUSES', points: '1', reason: 'r' }), [
    { pointer: '/adjustments/0/criterionCode', code: 'NOT_MANUAL' },
  ])
  t.match(adj({ type: 'manual', committeeId: 'pt', criterionCode: 'REPORT', points: '5.01', reason: 'r' }), [
    { pointer: '/adjustments/0/points', code: 'OUT_OF_RANGE' },
  ])
  t.match(adj({ type: 'bonus', committeeId: 'pt', points: '-1', reason: 'r' }), [{ pointer: '/adjustments/0/points', code: 'OUT_OF_RANGE' }])
  t.match(adj({ type: 'penalty', committeeId: 'pt', points: 'x', reason: 'r' }), [{ pointer: '/adjustments/0/points', code: 'INVALID_DECIMAL' }])
  t.match(adj({ type: 'disqualification', committeeId: 'pt', reason: ' ' }), [{ pointer: '/adjustments/0/reason', code: 'REQUIRED' }])
  t.match(adj({ type: 'award' as 'bonus', committeeId: 'pt', points: '1', reason: 'r' }), [{ pointer: '/adjustments/0/type', code: 'INVALID_ENUM' }])
  t.match(
    refused({
      adjustments: [
        { type: 'manual', committeeId: 'pt', criterionCode: 'REPORT', points: '1', reason: 'r' },
        { type: 'manual', committeeId: 'pt', criterionCode: 'REPORT', points: '2', reason: 'r2' },
      ],
    }),
    [{ pointer: '/adjustments/1', code: 'DUPLICATE' }],
  )
  t.match(refused({ members: [...members, members[0]] }), [{ pointer: '/members/3/committeeId', code: 'DUPLICATE' }])
})

t.test('bonus and penalty caps; disqualification is recorded, not scored', async (t) => {
  const scores = scoreCluster(
    input({
      adjustments: [
        { type: 'bonus', committeeId: 'bk', points: '1', reason: 'a' },
        { type: 'bonus', committeeId: 'bk', points: '1.25', reason: 'b' },
        { type: 'penalty', committeeId: 'bk', points: '0.5', reason: 'c' },
        { type: 'penalty', committeeId: 'bk', points: '3.8', reason: 'd' },
        { type: 'disqualification', id: 'dq-1', committeeId: 'bk', reason: 'vi phạm nghiêm trọng' },
      ],
    }),
  )
  const bk = byId(scores, 'bk')
  t.equal(bk.bonus, '2.25', 'under the cap: the sum')
  t.equal(bk.penalty, '4', '0.5 + 3.8 capped at 4')
  t.equal(bk.explanation.penalty.formula, 'min(4.3, cap 4) = 4')
  t.same(bk.disqualifications, [{ adjustmentId: 'dq-1', reason: 'vi phạm nghiêm trọng' }])
  t.equal(bk.total, roundHalfUp(new Decimal(bk.standard).plus(bk.bonus).minus(bk.penalty)).toFixed())
})

t.test('a scheme without late acceptance adds no late penalty line', async (t) => {
  const s = { ...scheme, latePenalty: null }
  const bg = byId(scoreCluster(input({ scheme: s })), 'bg')
  t.same(bg.extraPenalty, [])
  t.equal(bg.lateFySubmission, true)
})
