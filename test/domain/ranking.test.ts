import t from 'tap'
import { ALGORITHM_VERSION, rankCluster, rankingInputsDigest } from '../../src/domain/ranking.ts'
import type { RankedMember, RankingInput, TieResolution } from '../../src/domain/ranking.ts'
import { validateScheme } from '../../src/domain/scheme.ts'
import type { Adjustment } from '../../src/domain/scoring.ts'

/** Manual criteria only, so each test sets the points it needs directly. */
function schemeWith(tieBreakGroups: string[] = [], bands: { code: string; label: string; minTotal: string }[] = []) {
  return validateScheme({
    criteria: [
      { code: 'A1', title: 'Nhóm A', group: 'A', kind: 'standard', method: 'manual', maxPoints: '60' },
      { code: 'B1', title: 'Nhóm B', group: 'B', kind: 'standard', method: 'manual', maxPoints: '60' },
      { code: 'BON', title: 'Thưởng', group: 'T', kind: 'bonus', method: 'manual', maxPoints: '10' },
      { code: 'PEN', title: 'Trừ', group: 'P', kind: 'penalty', method: 'manual', maxPoints: '10' },
    ],
    bonusCap: '10',
    penaltyCap: '10',
    tieBreakGroups,
    classificationBands: bands,
  })
}

type Points = [a: string, b: string, bonus?: string, penalty?: string]

function inputOf(points: Record<string, Points>, over: Partial<RankingInput> = {}): RankingInput {
  const ids = Object.keys(points)
  const adjustments: Adjustment[] = []
  for (const id of ids) {
    const [a, b, bonus = '0', penalty = '0'] = points[id]
    for (const [code, p] of [
      ['A1', a],
      ['B1', b],
      ['BON', bonus],
      ['PEN', penalty],
    ] as const) {
      adjustments.push({ type: 'manual', committeeId: id, criterionCode: code, points: p, reason: 'hội nghị' })
    }
  }
  return {
    scheme: schemeWith(),
    members: ids.map((id) => ({ committeeId: id, code: id.toUpperCase() })),
    fyValues: Object.fromEntries(ids.map((id) => [id, { values: {} }])),
    adjustments,
    ...over,
  }
}

const summary = (members: RankedMember[]) => members.map((m) => [m.committeeId, m.rank, m.tied, m.total])

t.test('order by total; standard competition ranking 1, 2, 2, 4 with tied flags', async (t) => {
  const r = rankCluster(inputOf({ w: ['50', '40'], x: ['40', '40'], y: ['40', '40'], z: ['30', '40'] }))
  t.same(summary(r.members), [
    ['w', 1, false, '90'],
    ['x', 2, true, '80'],
    ['y', 2, true, '80'],
    ['z', 4, false, '70'],
  ])
  t.same(r.ties, [{ rank: 2, committeeIds: ['x', 'y'], total: '80', resolved: false, resolutionId: null }])
  t.equal(r.algorithmVersion, ALGORITHM_VERSION)
  t.equal(r.complete, true)
  t.same(r.unusedTieResolutions, [])
})

t.test('still-tied members are listed by code; the code never decides the rank', async (t) => {
  const r = rankCluster({
    ...inputOf({ x: ['40', '40'], y: ['40', '40'] }),
    members: [
      { committeeId: 'x', code: '25' },
      { committeeId: 'y', code: '06' },
    ],
  })
  t.same(
    r.members.map((m) => [m.code, m.rank, m.tied]),
    [
      ['06', 1, true],
      ['25', 1, true],
    ],
  )
})

t.test('tie-break 1: higher standard points', async (t) => {
  // Same total 80: x has 80 standard (+5 −5), y has 75 standard (+5).
  const r = rankCluster(inputOf({ y: ['40', '35', '5', '0'], x: ['40', '40', '5', '5'] }))
  t.same(summary(r.members), [
    ['x', 1, false, '80'],
    ['y', 2, false, '80'],
  ])
  t.same(r.ties, [])
})

t.test('tie-break 2: criterion groups in the scheme’s order', async (t) => {
  const points = { x: ['50', '30'] as Points, y: ['30', '50'] as Points }
  const ab = rankCluster(inputOf(points, { scheme: schemeWith(['A', 'B']) }))
  t.same(summary(ab.members), [
    ['x', 1, false, '80'],
    ['y', 2, false, '80'],
  ])
  const ba = rankCluster(inputOf(points, { scheme: schemeWith(['B', 'A']) }))
  t.same(summary(ba.members), [
    ['y', 1, false, '80'],
    ['x', 2, false, '80'],
  ])
  const none = rankCluster(inputOf(points))
  t.same(
    summary(none.members),
    [
      ['x', 1, true, '80'],
      ['y', 1, true, '80'],
    ],
    'no tie-break groups: still tied',
  )
  const laterGroup = rankCluster(inputOf({ x: ['40', '40', '3', '3'], y: ['40', '40', '0', '0'] }, { scheme: schemeWith(['A', 'T']) }))
  t.same(
    summary(laterGroup.members),
    [
      ['x', 1, false, '80'],
      ['y', 2, false, '80'],
    ],
    'group A equal, then group T (bonus) decides',
  )
})

t.test('a quotient remainder at the 20th decimal place does not split a tie', async (t) => {
  const scheme = validateScheme({
    criteria: ['C1', 'C2', 'C3'].map((code) => ({
      code,
      title: code,
      group: 'G',
      kind: 'standard',
      method: 'target_ratio',
      maxPoints: '10',
      indicatorCode: `I_${code}`,
    })),
    bonusCap: '0',
    penaltyCap: '0',
    tieBreakGroups: ['G'],
  })
  const r = rankCluster({
    scheme,
    members: [
      { committeeId: 'x', code: 'X' },
      { committeeId: 'y', code: 'Y' },
    ],
    targets: { x: { C1: '3', C2: '3', C3: '3' }, y: { C1: '3', C2: '3', C3: '3' } },
    fyValues: { x: { values: { I_C1: '1', I_C2: '1', I_C3: '1' } }, y: { values: { I_C1: '3', I_C2: '0', I_C3: '0' } } },
  })
  t.equal(r.members.find((m) => m.committeeId === 'x')?.standard, '9.99999999999999999999')
  t.equal(r.members.find((m) => m.committeeId === 'y')?.standard, '10')
  t.same(summary(r.members), [
    ['x', 1, true, '10'],
    ['y', 1, true, '10'],
  ])
})

t.test('a recorded vote orders exactly the tied group', async (t) => {
  const base = inputOf({ w: ['50', '40'], x: ['40', '40'], y: ['40', '40'], z: ['30', '40'] })
  const vote: TieResolution = { id: 'vote-1', order: ['y', 'x'], reason: 'suy tôn tại hội nghị', tally: { y: 5, x: 2 }, recordedAt: '2023-12-01T09:00:00Z' }
  const r = rankCluster({ ...base, tieResolutions: [vote] })
  t.same(summary(r.members), [
    ['w', 1, false, '90'],
    ['y', 2, false, '80'],
    ['x', 3, false, '80'],
    ['z', 4, false, '70'],
  ])
  t.same(r.members[1].tieResolution, { id: 'vote-1', position: 1, reason: 'suy tôn tại hội nghị' })
  t.same(r.members[2].tieResolution, { id: 'vote-1', position: 2, reason: 'suy tôn tại hội nghị' })
  t.same(r.ties, [{ rank: 2, committeeIds: ['x', 'y'], total: '80', resolved: true, resolutionId: 'vote-1' }])
  t.same(r.unusedTieResolutions, [])

  const newer: TieResolution = { id: 'vote-0', order: ['x', 'y'], reason: 'bỏ phiếu lại', recordedAt: '2023-12-02T09:00:00Z' }
  const r2 = rankCluster({ ...base, tieResolutions: [vote, newer] })
  t.same(
    r2.members.slice(1, 3).map((m) => [m.committeeId, m.rank]),
    [
      ['x', 2],
      ['y', 3],
    ],
    'the latest vote for the group counts',
  )
  t.same(r2.unusedTieResolutions, ['vote-1'])
})

t.test('a vote that does not match the tied group exactly is not applied', async (t) => {
  const base = inputOf({ x: ['40', '40'], y: ['40', '40'], z: ['40', '40'] })
  const partial: TieResolution = { id: 'v', order: ['x', 'y'], reason: 'chỉ hai đơn vị' }
  const r = rankCluster({ ...base, tieResolutions: [partial] })
  t.same(
    r.members.map((m) => [m.rank, m.tied]),
    [
      [1, true],
      [1, true],
      [1, true],
    ],
  )
  t.same(r.unusedTieResolutions, ['v'])
  const stale = rankCluster({ ...inputOf({ x: ['41', '40'], y: ['40', '40'] }), tieResolutions: [{ id: 'old', order: ['y', 'x'], reason: 'r' }] })
  t.same(
    summary(stale.members),
    [
      ['x', 1, false, '81'],
      ['y', 2, false, '80'],
    ],
    'no tie any more: the old vote changes nothing',
  )
  t.same(stale.unusedTieResolutions, ['old'])
})

t.test('eligibility: a disqualified member keeps its rank; a member without an accepted FY submission is ineligible', async (t) => {
  const base = inputOf({ x: ['50', '40'], y: ['40', '40'], z: ['30', '30'] })
  const r = rankCluster({
    ...base,
    adjustments: [...(base.adjustments ?? []), { type: 'disqualification', id: 'dq', committeeId: 'x', reason: 'vi phạm nghiêm trọng' }],
    fyValues: { x: { values: {} }, y: { values: {} } },
  })
  const [x, y, z] = r.members
  t.equal(x.committeeId, 'x')
  t.equal(x.rank, 1, 'still first')
  t.same(x.eligibility, { eligible: false, reasons: ['DISQUALIFIED'] })
  t.same(x.disqualifications, [{ adjustmentId: 'dq', reason: 'vi phạm nghiêm trọng' }])
  t.same(y.eligibility, { eligible: true, reasons: [] })
  t.same(z.eligibility, { eligible: false, reasons: ['MISSING_FY_SUBMISSION'] })
  t.equal(r.complete, false, 'a missing submission is a missing input')
  t.same(z.missing, [{ code: 'MISSING_FY_SUBMISSION' }])
})

t.test('missing inputs make the ranking incomplete', async (t) => {
  const base = inputOf({ x: ['50', '40'], y: ['40', '40'] })
  const r = rankCluster({
    ...base,
    adjustments: (base.adjustments ?? []).filter((a) => !(a.type === 'manual' && a.committeeId === 'y' && a.criterionCode === 'B1')),
  })
  t.equal(r.complete, false)
  t.same(r.members[1].missing, [{ code: 'MISSING_MANUAL_POINTS', criterionCode: 'B1' }])
})

t.test('classification bands beside the rank', async (t) => {
  const bands = [
    { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
    { code: 'TOT', label: 'Tốt', minTotal: '85' },
    { code: 'KHA', label: 'Khá', minTotal: '0' },
  ]
  const r = rankCluster(inputOf({ a: ['55', '40'], b: ['45', '40'], c: ['44.99', '40'], d: ['0', '0', '0', '5'] }, { scheme: schemeWith([], bands) }))
  t.same(
    r.members.map((m) => [m.committeeId, m.total, m.classification?.code ?? null]),
    [
      ['a', '95', 'XUAT_SAC'],
      ['b', '85', 'TOT'],
      ['c', '84.99', 'KHA'],
      ['d', '-5', null],
    ],
    'a total below every band has none',
  )
  t.same(r.members[0].classification, { code: 'XUAT_SAC', label: 'Xuất sắc' })
  const plain = rankCluster(inputOf({ a: ['55', '40'] }))
  t.equal(plain.members[0].classification, null, 'a scheme without bands classifies no one')
})

t.test('the total is rounded half-up to 2 places before ranking', async (t) => {
  const r = rankCluster(inputOf({ x: ['2.345', '0'], y: ['2.344', '0'], z: ['2.3449', '0'] }))
  t.same(
    r.members.map((m) => [m.committeeId, m.total, m.rank, m.tied]),
    [
      ['x', '2.35', 1, false],
      ['z', '2.34', 2, false],
      ['y', '2.34', 3, false],
    ],
    'equal rounded totals are separated by the exact standard points',
  )
})

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs]
  let s = seed
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}
const reorder = <V>(o: Record<string, V>, seed: number): Record<string, V> => Object.fromEntries(shuffled(Object.entries(o), seed))

t.test('input order never changes the result or the digest', async (t) => {
  const base: RankingInput = {
    ...inputOf({ w: ['50', '40'], x: ['40', '40', '1'], y: ['40', '40', '1'], z: ['30', '40'], v: ['40', '40', '1'] }, { scheme: schemeWith(['B']) }),
    tieResolutions: [{ id: 'r1', order: ['y', 'v', 'x'], reason: 'suy tôn' }],
  }
  const expected = JSON.stringify(rankCluster(base))
  const digest = rankingInputsDigest(base)
  for (let seed = 1; seed <= 5; seed++) {
    const other: RankingInput = {
      ...base,
      members: shuffled(base.members, seed),
      adjustments: shuffled(base.adjustments ?? [], seed + 7),
      fyValues: reorder(base.fyValues ?? {}, seed),
      tieResolutions: shuffled(base.tieResolutions ?? [], seed),
    }
    t.equal(JSON.stringify(rankCluster(other)), expected, `shuffle ${seed}`)
    t.equal(rankingInputsDigest(other), digest)
  }
})

t.test('the inputs digest: canonical decimals, sensitive to any real change', async (t) => {
  const base = inputOf({ x: ['50', '40'], y: ['40', '40'] })
  const d = rankingInputsDigest(base)
  t.match(d, /^[0-9a-f]{64}$/)
  const padded = {
    ...base,
    adjustments: (base.adjustments ?? []).map((a) => (a.type === 'manual' && a.points === '50' ? { ...a, points: '50.00' } : a)),
  }
  t.equal(rankingInputsDigest(padded), d, '"50.00" and "50" are the same input')
  const changed = {
    ...base,
    adjustments: (base.adjustments ?? []).map((a) => (a.type === 'manual' && a.points === '50' ? { ...a, points: '49.99' } : a)),
  }
  t.not(rankingInputsDigest(changed), d)
  t.not(rankingInputsDigest({ ...base, tieResolutions: [{ id: 'v', order: ['x'], reason: 'r' }] }), d)
  t.not(rankingInputsDigest({ ...base, fyValues: { x: { values: {}, late: true }, y: { values: {} } } }), d)
  t.match(ALGORITHM_VERSION, /\S/)
})
