import t from 'tap'
import { allocateAwards, assertAwardsWithinRules, checkAwards, quotaOf } from '../../src/domain/awards.ts'
import type { AllocationResult, AwardType, RankedEntry } from '../../src/domain/awards.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { rankCluster } from '../../src/domain/ranking.ts'
import { validateScheme } from '../../src/domain/scheme.ts'
import type { AwardRule } from '../../src/domain/scheme.ts'
import type { Adjustment } from '../../src/domain/scoring.ts'

const rule = (awardTypeCode: string, over: Partial<AwardRule> = {}): AwardRule => ({
  awardTypeCode,
  maxCount: null,
  maxShare: null,
  minTotal: null,
  maxRank: null,
  ...over,
})

// UBTƯ's award types (Ủy ban Trung ương MTTQ Việt Nam)
const ubtuTypes: AwardType[] = [
  { code: 'BANG_KHEN', precedence: 3, names: { vi: 'Bằng khen', en: 'Certificate of merit' } },
  { code: 'CO_XUAT_SAC_TOAN_DIEN', precedence: 1, names: { vi: 'Cờ thi đua xuất sắc toàn diện', en: 'Comprehensive-excellence flag' } },
  { code: 'CO_XUAT_SAC', precedence: 2, names: { vi: 'Cờ thi đua xuất sắc', en: 'Excellence flag' } },
]

const awardsOf = (r: AllocationResult) => Object.fromEntries(r.allocations.map((a) => [a.committeeId, a.awardTypeCode]))

/** A ranked entry; `tied` members share `rank`. */
const entry = (committeeId: string, rank: number, total: string, over: Partial<RankedEntry> = {}): RankedEntry => ({
  committeeId,
  code: committeeId.toUpperCase(),
  rank,
  tied: false,
  total,
  eligibility: { eligible: true, reasons: [] },
  ...over,
})

t.test('seed 003: northern midlands cluster, UBTƯ flags and certificates', async (t) => {
  // Cụm thi đua các tỉnh trung du và miền núi phía Bắc, 2023
  const provinces = [
    { committeeId: 'phu-tho', code: '25', strength: 10 },
    { committeeId: 'bac-kan', code: '06', strength: 9 },
    { committeeId: 'bac-giang', code: '24', strength: 8 },
    { committeeId: 'hoa-binh', code: '17', strength: 7.5 },
    { committeeId: 'tuyen-quang', code: '08', strength: 7 },
    { committeeId: 'yen-bai', code: '15', strength: 6.5 },
    { committeeId: 'thai-nguyen', code: '19', strength: 6 },
  ]
  const scheme = validateScheme({
    criteria: [
      {
        code: 'HOUSES',
        title: 'Nhà Đại đoàn kết',
        group: 'VAN_DONG',
        kind: 'standard',
        method: 'target_ratio',
        maxPoints: '30',
        indicatorCode: 'HOUSES_BUILT',
      },
      {
        code: 'POOR_FUND',
        title: 'Quỹ Vì người nghèo',
        group: 'VAN_DONG',
        kind: 'standard',
        method: 'relative_to_best',
        maxPoints: '30',
        indicatorCode: 'POOR_FUND_RAISED',
      },
      { code: 'FRONT_WORK', title: 'Công tác Mặt trận', group: 'CONG_TAC', kind: 'standard', method: 'assessed', maxPoints: '40' },
    ],
    bonusCap: '5',
    penaltyCap: '5',
    awardRules: [{ awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 }, { awardTypeCode: 'CO_XUAT_SAC', maxCount: 1 }, { awardTypeCode: 'BANG_KHEN' }],
  })
  const tenths = (x: number) => String(Math.round(x * 10)) // strength × 10, as an integer string
  const ranking = rankCluster({
    scheme,
    members: provinces.map(({ committeeId, code }) => ({ committeeId, code })),
    targets: Object.fromEntries(provinces.map((p) => [p.committeeId, { HOUSES: '1000' }])),
    fyValues: Object.fromEntries(
      provinces.map((p) => [p.committeeId, { values: { HOUSES_BUILT: `${tenths(p.strength)}0`, POOR_FUND_RAISED: `${tenths(p.strength)}000000000` } }]),
    ),
    assessments: Object.fromEntries(
      provinces.map((a) => [
        a.committeeId,
        Object.fromEntries(provinces.filter((p) => p !== a).map((p) => [p.committeeId, { FRONT_WORK: String(p.strength * 4) }])),
      ]),
    ),
  })
  t.same(
    ranking.members.slice(0, 2).map((m) => m.committeeId),
    ['phu-tho', 'bac-kan'],
    'Phú Thọ first, Bắc Kạn second',
  )
  t.equal(ranking.complete, true)
  const result = allocateAwards({ ranking, awardRules: scheme.awardRules, awardTypes: ubtuTypes, memberCount: 7 })
  t.same(awardsOf(result), {
    'phu-tho': 'CO_XUAT_SAC_TOAN_DIEN',
    'bac-kan': 'CO_XUAT_SAC',
    'bac-giang': 'BANG_KHEN',
    'hoa-binh': 'BANG_KHEN',
    'tuyen-quang': 'BANG_KHEN',
    'yen-bai': 'BANG_KHEN',
    'thai-nguyen': 'BANG_KHEN',
  })
  t.equal(result.allocations.length, 7, 'one award each')
  t.same(result.unresolvedTies, [])
  t.same(result.notAwarded, [])
  const pt = result.allocations[0]
  t.equal(pt.explanation.rank, 1)
  t.equal(pt.explanation.total, ranking.members[0].total)
  t.equal(pt.explanation.quota, 1)
  t.equal(pt.explanation.quotaUsed, 1)
  t.same(pt.explanation.rule, scheme.awardRules[0])
  const bk = result.allocations[1]
  t.same(
    bk.explanation.passedOver.map((p) => [p.awardTypeCode, p.code]),
    [['CO_XUAT_SAC_TOAN_DIEN', 'QUOTA_EXHAUSTED']],
    'Bắc Kạn: the comprehensive flag was taken',
  )
  t.same(result.quotas, [
    { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', quota: 1, used: 1, heldForTie: false },
    { awardTypeCode: 'CO_XUAT_SAC', quota: 1, used: 1, heldForTie: false },
    { awardTypeCode: 'BANG_KHEN', quota: null, used: 5, heldForTie: false },
  ])
})

t.test('seed 004: Thanh Hóa cluster no. 1, the province’s leading-unit flag', async (t) => {
  // Cụm thi đua số 1 tỉnh Thanh Hóa: 8 district-level units and 2 sector Party organisations.
  const units = [
    ['tp-thanh-hoa', 'TP_THANH_HOA', '96.5'],
    ['quang-xuong', 'QUANG_XUONG', '94'],
    ['nghi-son', 'TX_NGHI_SON', '93.75'],
    ['hoang-hoa', 'HOANG_HOA', '93'],
    ['sam-son', 'TP_SAM_SON', '92'],
    ['nga-son', 'NGA_SON', '91'],
    ['hau-loc', 'HAU_LOC', '90'],
    ['bim-son', 'TX_BIM_SON', '89'],
    ['cong-an', 'CONG_AN_TINH', '88'],
    ['khoi-cq-dn', 'KHOI_CQ_DN', '87'],
  ]
  const scheme = validateScheme({
    criteria: [{ code: 'CHAM_DIEM', title: 'Chấm điểm thi đua', group: 'CHUNG', kind: 'standard', method: 'manual', maxPoints: '100' }],
    bonusCap: '0',
    penaltyCap: '0',
    awardRules: [{ awardTypeCode: 'CO_DAN_DAU', maxCount: 1 }],
  })
  const adjustments: Adjustment[] = units.map(([id, , points]) => ({
    type: 'manual',
    committeeId: id,
    criterionCode: 'CHAM_DIEM',
    points,
    reason: 'chấm điểm',
  }))
  const ranking = rankCluster({
    scheme,
    members: units.map(([committeeId, code]) => ({ committeeId, code })),
    fyValues: Object.fromEntries(units.map(([id]) => [id, { values: {} }])),
    adjustments,
  })
  t.equal(ranking.members[0].committeeId, 'tp-thanh-hoa')
  const result = allocateAwards({
    ranking,
    awardRules: scheme.awardRules,
    awardTypes: [{ code: 'CO_DAN_DAU', precedence: 1, names: { vi: 'Cờ thi đua đơn vị dẫn đầu', en: 'Leading-unit flag' } }],
    memberCount: 10,
  })
  t.same(awardsOf(result), { 'tp-thanh-hoa': 'CO_DAN_DAU' })
  t.equal(result.notAwarded.length, 9)
  t.same(
    result.notAwarded[0].reasons.map((r) => r.code),
    ['QUOTA_EXHAUSTED'],
  )
})

const flagAndCertificate: AwardType[] = [
  { code: 'CO', precedence: 1 },
  { code: 'BANG_KHEN', precedence: 2 },
]

t.test('quota: by count, by share (floored), and the smaller of the two', async (t) => {
  t.equal(quotaOf(rule('X', { maxCount: 2 }), 7), 2)
  t.equal(quotaOf(rule('X', { maxShare: '0.3' }), 7), 2, 'floor(0.3 × 7 = 2.1)')
  t.equal(quotaOf(rule('X', { maxShare: '0.3', maxCount: 1 }), 7), 1)
  t.equal(quotaOf(rule('X', { maxShare: '0.5', maxCount: 9 }), 7), 3)
  t.equal(quotaOf(rule('X', { maxShare: '0.1' }), 7), 0)
  t.equal(quotaOf(rule('X'), 7), null, 'no limit')

  const ranking = { members: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => entry(id, i + 1, String(90 - i))) }
  const byCount = allocateAwards({ ranking, awardRules: [rule('CO', { maxCount: 2 })], awardTypes: flagAndCertificate, memberCount: 7 })
  t.same(awardsOf(byCount), { a: 'CO', b: 'CO' })
  const byShare = allocateAwards({
    ranking,
    awardRules: [rule('CO', { maxShare: '0.3' }), rule('BANG_KHEN', { maxShare: '0.5' })],
    awardTypes: flagAndCertificate,
    memberCount: 7,
  })
  t.same(awardsOf(byShare), { a: 'CO', b: 'CO', c: 'BANG_KHEN', d: 'BANG_KHEN', e: 'BANG_KHEN' })
  t.equal(byShare.allocations[1].explanation.quotaUsed, 2)
  t.match(byShare.allocations[0].explanation.text, /rank 1, total 90: highest type with room is CO/)
  const zero = allocateAwards({ ranking, awardRules: [rule('CO', { maxShare: '0.1' })], awardTypes: flagAndCertificate, memberCount: 7 })
  t.same(zero.allocations, [])
})

t.test('minTotal and maxRank send a member to a lower type, with the reason', async (t) => {
  const ranking = { members: [entry('a', 1, '96'), entry('b', 2, '94.99'), entry('c', 3, '99')] }
  const rules = [rule('CO', { minTotal: '95', maxCount: 5, maxRank: 2 }), rule('BANG_KHEN')]
  const r = allocateAwards({ ranking, awardRules: rules, awardTypes: flagAndCertificate, memberCount: 3 })
  t.same(awardsOf(r), { a: 'CO', b: 'BANG_KHEN', c: 'BANG_KHEN' })
  const b = r.allocations.find((x) => x.committeeId === 'b')!
  t.same(
    b.explanation.passedOver.map((p) => p.code),
    ['BELOW_MIN_TOTAL'],
  )
  const c = r.allocations.find((x) => x.committeeId === 'c')!
  t.same(
    c.explanation.passedOver.map((p) => p.code),
    ['ABOVE_MAX_RANK'],
  )
  const only = allocateAwards({ ranking, awardRules: [rules[0]], awardTypes: flagAndCertificate, memberCount: 3 })
  t.same(
    only.notAwarded.map((n) => [n.committeeId, n.reasons.map((x) => x.code)]),
    [
      ['b', ['BELOW_MIN_TOTAL']],
      ['c', ['ABOVE_MAX_RANK']],
    ],
  )
})

t.test('ineligible members get nothing and do not use quota', async (t) => {
  const ranking = {
    members: [
      entry('a', 1, '95', { eligibility: { eligible: false, reasons: ['DISQUALIFIED'] } }),
      entry('b', 2, '90'),
      entry('c', 3, '85', { eligibility: { eligible: false, reasons: ['MISSING_FY_SUBMISSION'] } }),
      entry('d', 4, '80'),
    ],
  }
  const r = allocateAwards({ ranking, awardRules: [rule('CO', { maxCount: 1 }), rule('BANG_KHEN')], awardTypes: flagAndCertificate, memberCount: 4 })
  t.same(awardsOf(r), { b: 'CO', d: 'BANG_KHEN' })
  t.same(
    r.notAwarded.map((n) => [n.committeeId, n.reasons.map((x) => x.code)]),
    [
      ['a', ['DISQUALIFIED']],
      ['c', ['MISSING_FY_SUBMISSION']],
    ],
  )
})

t.test('a tie across a quota boundary is reported, not settled', async (t) => {
  const ranking = {
    members: [entry('x', 1, '90', { tied: true }), entry('y', 1, '90', { tied: true }), entry('z', 3, '85'), entry('w', 4, '80')],
  }
  const r = allocateAwards({ ranking, awardRules: [rule('CO', { maxCount: 1 }), rule('BANG_KHEN')], awardTypes: flagAndCertificate, memberCount: 4 })
  t.same(r.unresolvedTies, [{ code: 'TIE_AT_QUOTA_BOUNDARY', awardTypeCode: 'CO', rank: 1, committeeIds: ['x', 'y'], quota: 1, quotaLeft: 1 }])
  t.same(awardsOf(r), { x: 'BANG_KHEN', y: 'BANG_KHEN', z: 'BANG_KHEN', w: 'BANG_KHEN' }, 'no one gets the contested flag')
  t.same(
    r.allocations.find((a) => a.committeeId === 'z')?.explanation.passedOver.map((p) => p.code),
    ['HELD_FOR_TIE'],
    'the flag is held for the tie, not passed down',
  )
  t.same(r.quotas[0], { awardTypeCode: 'CO', quota: 1, used: 0, heldForTie: true })

  const withoutLower = allocateAwards({ ranking, awardRules: [rule('CO', { maxCount: 1 })], awardTypes: flagAndCertificate, memberCount: 4 })
  t.same(withoutLower.allocations, [])
  t.same(
    withoutLower.notAwarded.filter((n) => n.rank === 1).map((n) => n.reasons.map((x) => x.code)),
    [['TIE_AT_QUOTA_BOUNDARY'], ['TIE_AT_QUOTA_BOUNDARY']],
  )

  const roomy = allocateAwards({ ranking, awardRules: [rule('CO', { maxCount: 2 })], awardTypes: flagAndCertificate, memberCount: 4 })
  t.same(awardsOf(roomy), { x: 'CO', y: 'CO' }, 'a tie the quota covers is no problem')
  t.same(roomy.unresolvedTies, [])
  t.match(roomy.allocations[0].explanation.text, /\(tied\)/)

  const secondTie = {
    members: [entry('a', 1, '95'), entry('x', 2, '90', { tied: true }), entry('y', 2, '90', { tied: true })],
  }
  const r2 = allocateAwards({ ranking: secondTie, awardRules: [rule('CO', { maxCount: 2 })], awardTypes: flagAndCertificate, memberCount: 3 })
  t.same(
    r2.unresolvedTies.map((u) => [u.awardTypeCode, u.rank, u.quotaLeft]),
    [['CO', 2, 1]],
    'one flag left for two tied members',
  )
})

t.test('a resolved tie or an ineligible tied member leaves no contest', async (t) => {
  const resolved = { members: [entry('y', 1, '90'), entry('x', 2, '90'), entry('z', 3, '85')] }
  const r = allocateAwards({ ranking: resolved, awardRules: [rule('CO', { maxCount: 1 })], awardTypes: flagAndCertificate, memberCount: 3 })
  t.same(awardsOf(r), { y: 'CO' })
  const oneOut = {
    members: [entry('x', 1, '90', { tied: true, eligibility: { eligible: false, reasons: ['DISQUALIFIED'] } }), entry('y', 1, '90', { tied: true })],
  }
  const r2 = allocateAwards({ ranking: oneOut, awardRules: [rule('CO', { maxCount: 1 })], awardTypes: flagAndCertificate, memberCount: 2 })
  t.same(awardsOf(r2), { y: 'CO' })
  t.same(r2.unresolvedTies, [])
})

t.test('precedence, not rule order, decides; one award per member', async (t) => {
  const ranking = { members: [entry('a', 1, '95'), entry('b', 2, '90')] }
  const r = allocateAwards({ ranking, awardRules: [rule('BANG_KHEN'), rule('CO', { maxCount: 1 })], awardTypes: flagAndCertificate, memberCount: 2 })
  t.same(awardsOf(r), { a: 'CO', b: 'BANG_KHEN' })
  const twice = allocateAwards({
    ranking: { members: [entry('a', 1, '95'), entry('a', 1, '95')] },
    awardRules: [rule('BANG_KHEN')],
    awardTypes: flagAndCertificate,
    memberCount: 1,
  })
  t.equal(twice.allocations.length, 1)
})

t.test('no award rules; rules that do not match the award types', async (t) => {
  const r = allocateAwards({ ranking: { members: [entry('a', 1, '95')] }, awardRules: [], awardTypes: flagAndCertificate, memberCount: 1 })
  t.same(
    r.notAwarded[0].reasons.map((x) => x.code),
    ['NO_AWARD_RULE'],
  )
  const e = t.throws(() =>
    allocateAwards({ ranking: { members: [] }, awardRules: [rule('NOPE'), rule('CO'), rule('CO')], awardTypes: flagAndCertificate, memberCount: 0 }),
  ) as unknown as DomainError
  t.equal(e.code, 'INVALID_AWARD_RULES')
  t.match(e.errors, [
    { pointer: '/awardRules/0/awardTypeCode', code: 'UNKNOWN_AWARD_TYPE' },
    { pointer: '/awardRules/2/awardTypeCode', code: 'DUPLICATE' },
  ])
})

t.test('approval-time re-check', async (t) => {
  const rules = [rule('CO', { maxCount: 1, minTotal: '90', maxRank: 2 }), rule('BANG_KHEN', { maxShare: '0.5' })]
  const ranking = {
    members: [
      entry('a', 1, '95'),
      entry('b', 2, '89'),
      entry('c', 3, '92', { eligibility: { eligible: false, reasons: ['DISQUALIFIED'] } }),
      entry('d', 4, '80'),
    ],
  }
  t.same(checkAwards({ awards: [{ committeeId: 'a', awardTypeCode: 'CO' }], awardRules: rules, memberCount: 4, ranking }), [])
  const codes = (awards: { committeeId: string; awardTypeCode: string }[]) =>
    checkAwards({ awards, awardRules: rules, memberCount: 4, ranking }).map((v) => [v.code, v.awardTypeCode, v.committeeIds])
  t.same(
    codes([
      { committeeId: 'a', awardTypeCode: 'CO' },
      { committeeId: 'd', awardTypeCode: 'CO' },
    ]),
    [
      ['QUOTA_EXCEEDED', 'CO', ['a', 'd']],
      ['BELOW_MIN_TOTAL', 'CO', ['d']],
    ],
  )
  t.same(codes([{ committeeId: 'b', awardTypeCode: 'CO' }]), [['BELOW_MIN_TOTAL', 'CO', ['b']]])
  t.same(codes([{ committeeId: 'c', awardTypeCode: 'BANG_KHEN' }]), [['NOT_ELIGIBLE', 'BANG_KHEN', ['c']]])
  t.same(
    codes([
      { committeeId: 'd', awardTypeCode: 'BANG_KHEN' },
      { committeeId: 'd', awardTypeCode: 'CO' },
    ]).map((v) => v[0]),
    ['ALREADY_AWARDED', 'BELOW_MIN_TOTAL'],
  )
  t.same(codes([{ committeeId: 'zz', awardTypeCode: 'BANG_KHEN' }]), [['NOT_RANKED', 'BANG_KHEN', ['zz']]])
  t.same(codes([{ committeeId: 'a', awardTypeCode: 'MEDAL' }]), [['NO_AWARD_RULE', 'MEDAL', ['a']]])
  t.same(
    codes(['a', 'b', 'd'].map((committeeId) => ({ committeeId, awardTypeCode: 'BANG_KHEN' }))),
    [['QUOTA_EXCEEDED', 'BANG_KHEN', ['a', 'b', 'd']]],
    'floor(0.5 × 4) = 2',
  )
  const rankOnly = checkAwards({
    awards: [{ committeeId: 'd', awardTypeCode: 'CO' }],
    awardRules: [rule('CO', { maxRank: 2 })],
    memberCount: 4,
    ranking,
  })
  t.same(
    rankOnly.map((v) => v.code),
    ['ABOVE_MAX_RANK'],
  )
  t.same(
    checkAwards({ awards: [{ committeeId: 'd', awardTypeCode: 'CO' }], awardRules: rules, memberCount: 4 }),
    [],
    'without a ranking only quotas are checked',
  )

  const e = t.throws(() =>
    assertAwardsWithinRules({
      awards: [
        { committeeId: 'a', awardTypeCode: 'CO' },
        { committeeId: 'b', awardTypeCode: 'CO' },
      ],
      awardRules: rules,
      memberCount: 4,
    }),
  ) as unknown as DomainError
  t.equal(e.code, 'QUOTA_EXCEEDED')
  t.equal(e.kind, 'conflict')
  t.match(e.details, { violations: [{ code: 'QUOTA_EXCEEDED' }] })
  t.doesNotThrow(() => assertAwardsWithinRules({ awards: [{ committeeId: 'a', awardTypeCode: 'CO' }], awardRules: rules, memberCount: 4 }))
})
