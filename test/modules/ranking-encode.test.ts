import t from 'tap'
import fc from 'fast-check'
import { awardEligibility } from '../../src/domain/awards.ts'
import { rankClusterWith, RankingMemo, type Ranking, type RankingInput } from '../../src/domain/ranking.ts'
import { validateScheme } from '../../src/domain/scheme.ts'
import { rankingBytes } from '../../src/modules/ranking/encode.ts'

// The cold read writes the ranking's JSON from each member's score, kept as bytes per score
// object, and the few fields around it (src/modules/ranking/encode.ts): the bytes must be
// JSON.stringify's of the whole view, whatever the names, and over a sequence of rankings in
// which members' scores are reused and others made anew.

const scheme = validateScheme({
  criteria: [
    { code: 'P1', title: 'Chấm chéo', group: 'A', kind: 'standard', method: 'assessed', maxPoints: '5' },
    { code: 'M1', title: 'Hội nghị', group: 'B', kind: 'standard', method: 'manual', maxPoints: '2' },
    { code: 'B1', title: 'Thưởng', group: 'C', kind: 'bonus', method: 'manual', maxPoints: '2' },
  ],
  bonusCap: '3',
  penaltyCap: '2',
  tieBreakGroups: ['A'],
  classificationBands: [{ code: 'KHA', label: 'Khá "tốt"', minTotal: '0' }],
  awardRules: [
    { awardTypeCode: 'CO', maxCount: 1 },
    { awardTypeCode: 'BK', maxShare: '0.5', minTotal: '3' },
  ],
})

const IDS = ['m0', 'm1', 'm2', 'm3', 'm4']

function input(points: string[], bonus: { m: number; points: string }[], ties: string[][]): RankingInput {
  return {
    scheme,
    members: IDS.map((committeeId, i) => ({ committeeId, code: `C${i}` })),
    fyValues: Object.fromEntries(IDS.map((id) => [id, { values: {} }])),
    assessments: Object.fromEntries(IDS.map((a) => [a, Object.fromEntries(IDS.filter((b) => b !== a).map((b) => [b, { P1: '3' }]))])),
    adjustments: [
      ...IDS.map((committeeId, i) => ({
        type: 'manual' as const,
        id: `a-${i}`,
        committeeId,
        criterionCode: 'M1',
        points: points[i % points.length]!,
        reason: 'Hội nghị',
      })),
      ...bonus.map((b, i) => ({ type: 'bonus' as const, id: `b-${i}`, committeeId: IDS[b.m]!, points: b.points, reason: 'Mô hình "mới"\n' })),
    ],
    tieResolutions: ties.map((order, i) => ({ id: `t-${i}`, order, reason: 'Suy tôn' })),
  }
}

/** The view as the service builds it (src/modules/ranking/service.ts). */
function view(ranking: Ranking, names: string[], warnings: unknown[] | undefined) {
  return {
    clusterId: 'c',
    year: 2024,
    status: 'scoring',
    final: false,
    algorithmVersion: ranking.algorithmVersion,
    inputsDigest: 'd"igest',
    computedAt: '2024-12-31T00:00:00.000Z',
    complete: ranking.complete,
    members: ranking.members.map((m, i) => ({ ...m, name: names[i % names.length]!, awardEligibility: awardEligibility(m, scheme.awardRules) })),
    ties: ranking.ties,
    unusedTieResolutions: ranking.unusedTieResolutions,
    blockers: [],
    warnings,
  }
}

const points = fc.array(fc.constantFrom('0', '1', '1.5', '2'), { minLength: 1, maxLength: 5 })
const step = fc.record({
  points,
  bonus: fc.array(fc.record({ m: fc.nat({ max: IDS.length - 1 }), points: fc.constantFrom('0.5', '1', '3') }), { maxLength: 3 }),
  ties: fc.array(fc.shuffledSubarray(IDS, { minLength: 2, maxLength: 3 }), { maxLength: 1 }),
  names: fc.array(
    fc.string({ unit: 'binary-ascii' }).map((s) => s + 'Thử Nghiệm "ấp" \u2028'),
    { minLength: 1, maxLength: 3 },
  ),
  warnings: fc.option(fc.array(fc.record({ code: fc.constant('MEMBER_MERGED'), committeeId: fc.constantFrom(...IDS) }), { maxLength: 2 }), { nil: undefined }),
})

t.test('rankingBytes writes what JSON.stringify writes of the view', async () => {
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
      const memo = new RankingMemo()
      for (const s of steps) {
        const ranking = rankClusterWith(input(s.points, s.bonus, s.ties), memo)
        const body = view(ranking, s.names, s.warnings)
        const expected = Buffer.from(JSON.stringify(body))
        // Written twice: the second time from the scores' kept bytes.
        if (!rankingBytes(body, ranking, memo).equals(expected) || !rankingBytes(body, ranking, memo).equals(expected)) return false
      }
      return true
    }),
    { numRuns: 200 },
  )
})

t.test('a member not made as the memo made it is written whole', async (t) => {
  const memo = new RankingMemo()
  const ranking = rankClusterWith(input(['1'], [], []), memo)
  const body = view(ranking, ['Một'], undefined)
  // A view member with one more field than the service's: the kept score JSON cannot be joined to it.
  const changed = { ...body, members: body.members.map((m, i) => (i === 1 ? { ...m, extra: 'x' } : m)) }
  t.equal(rankingBytes(changed, ranking, memo).toString('utf8'), JSON.stringify(changed))
  // A ranking from another memo: nothing kept is used.
  t.equal(rankingBytes(body, ranking, new RankingMemo()).toString('utf8'), JSON.stringify(body))
})
