import t from 'tap'
import { checkHandProposal, type RankedEntry } from '../../src/domain/awards.ts'
import { DomainError } from '../../src/domain/errors.ts'
import type { IndicatorRule } from '../../src/domain/indicators.ts'
import { notApplicableIndicatorCodes, schemeIndicatorCodes, validateScheme } from '../../src/domain/scheme.ts'
import { assertSubmissionComplete, checkValues, mergeValues, missingIndicators, readCommitteeRef } from '../../src/domain/submission-values.ts'
import { validateAwardDecision } from '../../src/domain/workflows.ts'

const criterion = (code: string, indicatorCode: string | null, extra: object = {}) => ({
  code,
  title: code,
  group: 'A',
  kind: 'standard',
  method: indicatorCode ? 'relative_to_best' : 'manual',
  maxPoints: '10',
  ...(indicatorCode ? { indicatorCode } : {}),
  ...extra,
})
const base = { bonusCap: '0', penaltyCap: '0' }

const caught = (fn: () => unknown) => {
  try {
    fn()
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected a DomainError')
}

t.test('the scheme: allowsNotApplicable on indicator criteria only, kept only when true', async (t) => {
  const scheme = validateScheme({
    ...base,
    criteria: [
      criterion('HOUSES', 'HOUSES_BUILT'),
      criterion('NTM', 'NTM_COMMUNES', { allowsNotApplicable: true }),
      criterion('NTM2', 'NTM_COMMUNES', { allowsNotApplicable: false }),
      criterion('FUND', 'FUND_RAISED', { allowsNotApplicable: true }),
    ],
  })
  t.same(
    scheme.criteria.map((c) => [c.code, 'allowsNotApplicable' in c]),
    [
      ['HOUSES', false],
      ['NTM', true],
      ['NTM2', false],
      ['FUND', true],
    ],
    'a scheme without it reads (and digests) as before',
  )
  t.same([...notApplicableIndicatorCodes(scheme)], ['FUND_RAISED'], 'an indicator one criterion needs stays required')
  t.same(schemeIndicatorCodes(scheme), ['FUND_RAISED', 'HOUSES_BUILT', 'NTM_COMMUNES'])
  const bad = caught(() =>
    validateScheme({
      ...base,
      criteria: [criterion('PEER', null, { allowsNotApplicable: true }), criterion('X', 'HOUSES_BUILT', { allowsNotApplicable: 'yes' })],
    }),
  )
  t.equal(bad.code, 'INVALID_SCHEME')
  t.same(
    bad.errors!.map((e) => [e.pointer, e.code]),
    [
      ['/criteria/0/allowsNotApplicable', 'NOT_APPLICABLE'],
      ['/criteria/1/allowsNotApplicable', 'INVALID_TYPE'],
    ],
  )
})

t.test('completeness: every scheme indicator has a value or a declaration', async (t) => {
  const required = ['FUND_RAISED', 'HOUSES_BUILT', 'NTM_COMMUNES']
  t.same(missingIndicators(required, [{ indicatorCode: 'HOUSES_BUILT' }]), ['FUND_RAISED', 'NTM_COMMUNES'])
  t.same(missingIndicators(null, []), [], 'without a scheme nothing can be required')
  t.doesNotThrow(() =>
    assertSubmissionComplete(
      required,
      required.map((indicatorCode) => ({ indicatorCode })),
    ),
  )
  const err = caught(() => assertSubmissionComplete(required, [{ indicatorCode: 'NTM_COMMUNES' }]))
  t.equal(err.kind, 'conflict')
  t.equal(err.code, 'SUBMISSION_INCOMPLETE')
  t.same(err.details, { missingIndicators: ['FUND_RAISED', 'HOUSES_BUILT'] })
})

t.test('values: a value or a not-applicable declaration with its reason, where allowed', async (t) => {
  const rules = new Map<string, IndicatorRule>([
    ['HOUSES_BUILT', { code: 'HOUSES_BUILT', valueType: 'integer', minValue: '0', maxValue: null }],
    ['NTM_COMMUNES', { code: 'NTM_COMMUNES', valueType: 'integer', minValue: '0', maxValue: null }],
  ])
  const ctx = { rules, schemeIndicators: new Set(['HOUSES_BUILT', 'NTM_COMMUNES']), notApplicable: new Set(['NTM_COMMUNES']) }
  const ok = checkValues([{ indicatorCode: 'NTM_COMMUNES', notApplicable: true, notApplicableReason: ' Phường, không có xã ' }], ctx)
  t.same(ok, {
    values: [{ indicatorCode: 'NTM_COMMUNES', value: null, notApplicable: true, notApplicableReason: 'Phường, không có xã', note: null, evidenceUrl: null }],
    errors: [],
  })
  const { values, errors } = checkValues(
    [
      { indicatorCode: 'NTM_COMMUNES', notApplicable: true },
      { indicatorCode: 'HOUSES_BUILT', notApplicable: true, notApplicableReason: 'x' },
      { indicatorCode: 'UNKNOWN', notApplicable: true, notApplicableReason: 'x' },
    ],
    ctx,
  )
  t.same(values, [])
  t.same(
    errors.map((e) => [e.pointer, e.code]),
    [
      ['/values/0/notApplicableReason', 'NOT_APPLICABLE_REASON_REQUIRED'],
      ['/values/1/notApplicable', 'NOT_APPLICABLE_NOT_ALLOWED'],
      ['/values/2/indicatorCode', 'UNKNOWN_INDICATOR'],
    ],
  )
  t.same(
    checkValues(
      [{ indicatorCode: 'NTM_COMMUNES', value: 1, notApplicable: true, notApplicableReason: 'x' }, { indicatorCode: 'HOUSES_BUILT' }],
      ctx,
    ).errors.map((e) => e.code),
    ['VALUE_WITH_NOT_APPLICABLE', 'VALUE_REQUIRED'],
  )
  t.same(
    checkValues([{ indicatorCode: 'NTM_COMMUNES', value: 4, notApplicable: false }], ctx).values.map((v) => v.value),
    ['4'],
    'notApplicable false is a plain value',
  )
})

t.test('merge (PATCH) keeps the unnamed values; named ones are replaced whole', async (t) => {
  const current = [
    { indicatorCode: 'B', value: '1', note: 'n' },
    { indicatorCode: 'A', value: '2', note: null },
  ]
  t.same(mergeValues(current, [{ indicatorCode: 'B', value: '3', note: null }]), [
    { indicatorCode: 'A', value: '2', note: null },
    { indicatorCode: 'B', value: '3', note: null },
  ])
  t.same(mergeValues(current, []), [current[1], current[0]])
})

t.test('a committee by id or by code, exactly one', async (t) => {
  t.same(readCommitteeRef({ committeeId: 'x' }), { ok: true, ref: { by: 'id', id: 'x' } })
  t.same(readCommitteeRef({ committeeCode: ' 38 ' }), { ok: true, ref: { by: 'code', code: '38' } })
  t.match(readCommitteeRef({}), { ok: false, code: 'COMMITTEE_ID_OR_CODE_REQUIRED' })
  t.match(readCommitteeRef({ committeeId: ' ', committeeCode: '' }), { ok: false, code: 'COMMITTEE_ID_OR_CODE_REQUIRED' })
  t.match(readCommitteeRef({ committeeId: 'x', committeeCode: '38' }), { ok: false, code: 'COMMITTEE_ID_AND_CODE' })
})

t.test('an approval names its signer and title', async (t) => {
  const d = { decisionNumber: '1/QĐ', decisionDate: '2024-01-15' }
  const err = caught(() => validateAwardDecision('approve', d))
  t.equal(err.code, 'SIGNER_REQUIRED')
  t.same(
    err.errors!.map((e) => e.pointer),
    ['/signer', '/signerTitle'],
  )
  t.same(
    caught(() => validateAwardDecision('approve', { ...d, signer: 'A' })).errors!.map((e) => e.pointer),
    ['/signerTitle'],
  )
  t.doesNotThrow(() => validateAwardDecision('approve', { ...d, signer: 'A', signerTitle: 'Chủ tịch' }))
  t.doesNotThrow(() => validateAwardDecision('reject', d), 'a rejection may leave the signer out, as before')
})

t.test('a hand-entered proposal: one per member, quotas, rules, precedence along the ranking', async (t) => {
  const member = (n: number, extra: Partial<RankedEntry> = {}): RankedEntry => ({
    committeeId: `m${n}`,
    code: `M${n}`,
    rank: n,
    tied: false,
    total: String(100 - n),
    eligibility: { eligible: true, reasons: [] },
    ...extra,
  })
  const ranking = {
    members: [member(1), member(2), member(3), member(4), member(5, { eligibility: { eligible: false, reasons: ['DISQUALIFIED'] } }), member(6)],
  }
  const awardTypes = [
    { code: 'FLAG', precedence: 1 },
    { code: 'MERIT', precedence: 2 },
    { code: 'OTHER', precedence: 3 },
  ]
  const awardRules = [
    { awardTypeCode: 'FLAG', maxCount: 1, maxShare: null, minTotal: null, maxRank: null },
    { awardTypeCode: 'MERIT', maxCount: 3, maxShare: null, minTotal: '95', maxRank: null },
  ]
  const check = (
    committeeId: string,
    awardTypeCode: string,
    existing: { committeeId: string; awardTypeCode: string; status: 'draft' | 'rejected' | 'approved' }[],
  ) => checkHandProposal({ proposal: { committeeId, awardTypeCode }, existing, awardRules, awardTypes, memberCount: 6, ranking }).map((v) => v.code)

  t.same(check('m2', 'MERIT', [{ committeeId: 'm1', awardTypeCode: 'FLAG', status: 'draft' }]), [])
  t.same(check('m1', 'MERIT', [{ committeeId: 'm1', awardTypeCode: 'FLAG', status: 'rejected' }]), ['MEMBER_ALREADY_PROPOSED'], 'one per member, ever')
  t.same(check('m2', 'FLAG', [{ committeeId: 'm1', awardTypeCode: 'FLAG', status: 'approved' }]), ['QUOTA_EXCEEDED'])
  t.same(check('m2', 'FLAG', [{ committeeId: 'm1', awardTypeCode: 'FLAG', status: 'rejected' }]), [], 'a rejected proposal frees its quota')
  t.same(check('m3', 'FLAG', [{ committeeId: 'm2', awardTypeCode: 'MERIT', status: 'draft' }]), ['PRECEDENCE_INVERTED'], 'below a member, above its award')
  t.same(check('m1', 'MERIT', [{ committeeId: 'm2', awardTypeCode: 'FLAG', status: 'draft' }]), ['PRECEDENCE_INVERTED'], 'above a member, below its award')
  t.same(check('m6', 'MERIT', []), ['BELOW_MIN_TOTAL'])
  t.same(check('m5', 'FLAG', []), ['NOT_ELIGIBLE'])
  t.same(
    check('x', 'FLAG', [{ committeeId: 'm1', awardTypeCode: 'FLAG', status: 'draft' }]),
    ['NOT_RANKED', 'QUOTA_EXCEEDED'],
    'the member first, then the quota',
  )
  t.same(check('m2', 'OTHER', []), ['NO_AWARD_RULE'])
})
