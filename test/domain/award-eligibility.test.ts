import t from 'tap'
import { awardEligibility } from '../../src/domain/awards.ts'

const rules = [
  { awardTypeCode: 'FLAG', maxCount: 1, maxShare: null, minTotal: '90', maxRank: 1 },
  { awardTypeCode: 'MERIT', maxCount: null, maxShare: null, minTotal: '50', maxRank: null },
]
const member = (rank: number, total: string, reasons: string[] = []) => ({
  committeeId: 'x',
  code: 'X',
  rank,
  tied: false,
  total,
  eligibility: { eligible: reasons.length === 0, reasons },
})

t.test('each reason a member cannot receive an award type, quotas aside', async (t) => {
  t.same(awardEligibility(member(1, '95'), rules), [
    { awardTypeCode: 'FLAG', eligible: true, reasons: [] },
    { awardTypeCode: 'MERIT', eligible: true, reasons: [] },
  ])
  t.same(
    awardEligibility(member(1, '89.99'), rules).map((e) => e.reasons),
    [['BELOW_MIN_TOTAL'], []],
    'below the minimum total',
  )
  t.same(
    awardEligibility(member(2, '95'), rules).map((e) => e.reasons),
    [['ABOVE_MAX_RANK'], []],
    'ranked below the best rank allowed',
  )
  t.same(
    awardEligibility(member(1, '95', ['DISQUALIFIED']), rules).map((e) => e.reasons),
    [['DISQUALIFIED'], ['DISQUALIFIED']],
  )
  t.same(
    awardEligibility(member(3, '40', ['MISSING_FY_SUBMISSION']), rules).map((e) => e.reasons),
    [
      ['MISSING_FY_SUBMISSION', 'BELOW_MIN_TOTAL'],
      ['MISSING_FY_SUBMISSION', 'BELOW_MIN_TOTAL'],
    ],
  )
})
