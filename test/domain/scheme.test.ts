import t from 'tap'
import { DomainError } from '../../src/domain/errors.ts'
import type { FieldError } from '../../src/domain/errors.ts'
import { acceptsLateSubmissions, criteriaNeedingTargets, schemeIndicatorCodes, validateScheme } from '../../src/domain/scheme.ts'

const criterion = (over: Record<string, unknown> = {}) => ({
  code: 'HOUSES',
  title: 'Nhà Đại đoàn kết',
  group: 'Vận động',
  kind: 'standard',
  method: 'target_ratio',
  maxPoints: '10',
  indicatorCode: 'HOUSES_BUILT',
  ...over,
})

const valid = (over: Record<string, unknown> = {}) => ({
  criteria: [
    criterion(),
    criterion({ code: 'POOR_FUND', method: 'relative_to_best', indicatorCode: 'POOR_FUND_RAISED', maxPoints: '15.50' }),
    criterion({ code: 'NEW_RURAL', method: 'threshold', indicatorCode: 'NEW_RURAL_COMMUNES', group: 'Xây dựng' }),
    criterion({ code: 'FRONT_WORK', method: 'assessed', indicatorCode: undefined, group: 'Xây dựng', maxPoints: 20 }),
    criterion({ code: 'HOST', kind: 'bonus', method: 'manual', indicatorCode: null, group: 'Thưởng', maxPoints: '3' }),
    criterion({ code: 'VIOLATION', kind: 'penalty', method: 'manual', indicatorCode: undefined, group: 'Trừ', maxPoints: '5' }),
  ],
  bonusCap: '5',
  penaltyCap: '10',
  tieBreakGroups: ['Xây dựng', 'Vận động'],
  latePenalty: { points: '2.0' },
  classificationBands: [
    { code: 'KHA', label: 'Khá', minTotal: '0' },
    { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
    { code: 'TOT', label: 'Tốt', minTotal: '85' },
  ],
  awardRules: [{ awardTypeCode: 'CO_THI_DUA_XUAT_SAC', maxCount: 1, maxShare: '0.2', minTotal: '90', maxRank: 1 }, { awardTypeCode: 'BANG_KHEN' }],
  ...over,
})

/** The field errors of a rejected scheme; fails unless it is rejected with INVALID_SCHEME (422). */
function errorsOf(input: unknown, options?: Parameters<typeof validateScheme>[1]): FieldError[] {
  try {
    validateScheme(input, options)
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'INVALID_SCHEME' || e.kind !== 'invalid') throw e
    return e.errors ?? []
  }
  throw new Error('expected the scheme to be rejected')
}

const has = (errors: FieldError[], pointer: string, code: string) => errors.some((e) => e.pointer === pointer && e.code === code)

t.test('a rejected scheme is a 422 DomainError with code INVALID_SCHEME', async (t) => {
  const e = t.throws(() => validateScheme({})) as unknown as DomainError
  t.ok(e instanceof DomainError)
  t.equal(e.code, 'INVALID_SCHEME')
  t.equal(e.kind, 'invalid')
  t.ok(Array.isArray(e.errors) && e.errors.length > 0)
})

t.test('a valid scheme is normalised', async (t) => {
  const s = validateScheme(valid())
  t.equal(s.criteria.length, 6)
  t.same(s.criteria[0], {
    code: 'HOUSES',
    title: 'Nhà Đại đoàn kết',
    group: 'Vận động',
    kind: 'standard',
    method: 'target_ratio',
    maxPoints: '10',
    indicatorCode: 'HOUSES_BUILT',
    lowerIsBetter: false,
  })
  t.equal(s.criteria[1].maxPoints, '15.5', 'decimals in canonical form')
  t.equal(s.criteria[3].maxPoints, '20', 'safe integers accepted and turned into strings')
  t.equal(s.criteria[3].indicatorCode, null)
  t.equal(s.latePenalty?.points, '2')
  t.same(
    s.classificationBands.map((b) => b.code),
    ['XUAT_SAC', 'TOT', 'KHA'],
    'bands sorted from the highest minimum',
  )
  t.same(s.awardRules[0], { awardTypeCode: 'CO_THI_DUA_XUAT_SAC', maxCount: 1, maxShare: '0.2', minTotal: '90', maxRank: 1 })
  t.same(s.awardRules[1], { awardTypeCode: 'BANG_KHEN', maxCount: null, maxShare: null, minTotal: null, maxRank: null })
  t.same(s.tieBreakGroups, ['Xây dựng', 'Vận động'])
})

t.test('defaults: no tie-break groups, no late acceptance, no bands, no award rules', async (t) => {
  const s = validateScheme({ criteria: [criterion()], bonusCap: 0, penaltyCap: '0' })
  t.same(s.tieBreakGroups, [])
  t.equal(s.latePenalty, null)
  t.same(s.classificationBands, [])
  t.same(s.awardRules, [])
  t.equal(acceptsLateSubmissions(s), false)
  t.equal(acceptsLateSubmissions(validateScheme(valid())), true)
})

t.test('text is NFC and trimmed', async (t) => {
  const decomposed = 'Ho\u0300a Bi\u0300nh' // "Hòa Bình" with combining marks
  const s = validateScheme({ ...valid(), criteria: [criterion({ title: `  ${decomposed} ` })], tieBreakGroups: [] })
  t.equal(s.criteria[0].title, 'Hòa Bình'.normalize('NFC'))
})

t.test('criteriaNeedingTargets and schemeIndicatorCodes', async (t) => {
  const s = validateScheme(valid())
  t.same(
    criteriaNeedingTargets(s).map((c) => c.code),
    ['HOUSES', 'NEW_RURAL'],
    'only target_ratio and threshold need a target',
  )
  t.same(schemeIndicatorCodes(s), ['HOUSES_BUILT', 'NEW_RURAL_COMMUNES', 'POOR_FUND_RAISED'])
})

t.test('not an object', async (t) => {
  t.ok(has(errorsOf(null), '', 'INVALID_TYPE'))
  t.ok(has(errorsOf([]), '', 'INVALID_TYPE'))
})

t.test('criteria: required, array, non-empty', async (t) => {
  t.ok(has(errorsOf({ bonusCap: '0', penaltyCap: '0' }), '/criteria', 'REQUIRED'))
  t.ok(has(errorsOf({ criteria: {}, bonusCap: '0', penaltyCap: '0' }), '/criteria', 'INVALID_TYPE'))
  t.ok(has(errorsOf({ criteria: [], bonusCap: '0', penaltyCap: '0' }), '/criteria', 'EMPTY'))
  t.ok(has(errorsOf({ ...valid(), criteria: ['x'] }), '/criteria/0', 'INVALID_TYPE'))
})

t.test('criterion fields each report their own pointer and code', async (t) => {
  const cases: [Record<string, unknown>, string, string][] = [
    [{ code: undefined }, '/criteria/0/code', 'REQUIRED'],
    [{ code: 'houses' }, '/criteria/0/code', 'INVALID_CODE'],
    [{ code: 'HOUSES__X' }, '/criteria/0/code', 'INVALID_CODE'],
    [{ code: 7 }, '/criteria/0/code', 'INVALID_TYPE'],
    [{ title: '  ' }, '/criteria/0/title', 'REQUIRED'],
    [{ title: 3 }, '/criteria/0/title', 'INVALID_TYPE'],
    [{ group: undefined }, '/criteria/0/group', 'REQUIRED'],
    [{ kind: 'extra' }, '/criteria/0/kind', 'INVALID_ENUM'],
    [{ kind: undefined }, '/criteria/0/kind', 'REQUIRED'],
    [{ method: 'average' }, '/criteria/0/method', 'INVALID_ENUM'],
    [{ method: undefined }, '/criteria/0/method', 'REQUIRED'],
    [{ maxPoints: undefined }, '/criteria/0/maxPoints', 'REQUIRED'],
    [{ maxPoints: '0' }, '/criteria/0/maxPoints', 'OUT_OF_RANGE'],
    [{ maxPoints: '-1' }, '/criteria/0/maxPoints', 'OUT_OF_RANGE'],
    [{ maxPoints: 'ten' }, '/criteria/0/maxPoints', 'INVALID_DECIMAL'],
    [{ maxPoints: 1.5 }, '/criteria/0/maxPoints', 'INVALID_DECIMAL'],
    [{ maxPoints: '1,5' }, '/criteria/0/maxPoints', 'INVALID_DECIMAL'],
    [{ maxPoints: '1.000000000000000000001' }, '/criteria/0/maxPoints', 'TOO_MANY_DECIMALS'],
    [{ indicatorCode: undefined }, '/criteria/0/indicatorCode', 'INDICATOR_REQUIRED'],
    [{ indicatorCode: 'houses built' }, '/criteria/0/indicatorCode', 'INVALID_CODE'],
    [{ method: 'assessed' }, '/criteria/0/indicatorCode', 'INDICATOR_NOT_ALLOWED'],
    [{ method: 'manual' }, '/criteria/0/indicatorCode', 'INDICATOR_NOT_ALLOWED'],
    [{ lowerIsBetter: 'yes' }, '/criteria/0/lowerIsBetter', 'INVALID_TYPE'],
    [{ method: 'assessed', indicatorCode: null, lowerIsBetter: true }, '/criteria/0/lowerIsBetter', 'NOT_APPLICABLE'],
    [{ weight: 2 }, '/criteria/0/weight', 'UNKNOWN_FIELD'],
  ]
  for (const [over, pointer, code] of cases) {
    const errors = errorsOf({ ...valid(), criteria: [criterion(over)], tieBreakGroups: [] })
    t.ok(has(errors, pointer, code), `${JSON.stringify(over)} → ${pointer} ${code}`)
    for (const e of errors) t.type(e.message, 'string')
  }
})

t.test('every method that needs an indicator requires one', async (t) => {
  for (const method of ['target_ratio', 'threshold', 'relative_to_best']) {
    const errors = errorsOf({ ...valid(), criteria: [criterion({ method, indicatorCode: null })], tieBreakGroups: [] })
    t.ok(has(errors, '/criteria/0/indicatorCode', 'INDICATOR_REQUIRED'), method)
  }
  const ok = validateScheme({ ...valid(), criteria: [criterion({ lowerIsBetter: true })], tieBreakGroups: [] })
  t.equal(ok.criteria[0].lowerIsBetter, true)
})

t.test('duplicate criterion codes', async (t) => {
  const errors = errorsOf({ ...valid(), criteria: [criterion(), criterion({ title: 'again' })], tieBreakGroups: [] })
  t.ok(has(errors, '/criteria/1/code', 'DUPLICATE'))
})

t.test('indicator catalogue and award types are checked when given', async (t) => {
  const errors = errorsOf(valid(), { indicatorCodes: ['HOUSES_BUILT'], awardTypeCodes: ['BANG_KHEN'] })
  t.ok(has(errors, '/criteria/1/indicatorCode', 'UNKNOWN_INDICATOR'))
  t.ok(has(errors, '/criteria/2/indicatorCode', 'UNKNOWN_INDICATOR'))
  t.notOk(has(errors, '/criteria/0/indicatorCode', 'UNKNOWN_INDICATOR'))
  t.ok(has(errors, '/awardRules/0/awardTypeCode', 'UNKNOWN_AWARD_TYPE'))
  t.notOk(has(errors, '/awardRules/1/awardTypeCode', 'UNKNOWN_AWARD_TYPE'))
})

t.test('caps', async (t) => {
  const v = valid()
  t.ok(has(errorsOf({ ...v, bonusCap: '-1' }), '/bonusCap', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf({ ...v, penaltyCap: undefined }), '/penaltyCap', 'REQUIRED'))
  t.ok(has(errorsOf({ ...v, penaltyCap: 'lots' }), '/penaltyCap', 'INVALID_DECIMAL'))
})

t.test('tie-break groups', async (t) => {
  const v = valid()
  t.ok(has(errorsOf({ ...v, tieBreakGroups: ['Không có'] }), '/tieBreakGroups/0', 'UNKNOWN_GROUP'))
  t.ok(has(errorsOf({ ...v, tieBreakGroups: ['Vận động', 'Vận động'] }), '/tieBreakGroups/1', 'DUPLICATE'))
  t.ok(has(errorsOf({ ...v, tieBreakGroups: [''] }), '/tieBreakGroups/0', 'INVALID_TYPE'))
  t.ok(has(errorsOf({ ...v, tieBreakGroups: 'Vận động' }), '/tieBreakGroups', 'INVALID_TYPE'))
})

t.test('late penalty', async (t) => {
  const v = valid()
  t.ok(has(errorsOf({ ...v, latePenalty: { points: '-1' } }), '/latePenalty/points', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf({ ...v, latePenalty: {} }), '/latePenalty/points', 'REQUIRED'))
  t.ok(has(errorsOf({ ...v, latePenalty: true }), '/latePenalty', 'INVALID_TYPE'))
  t.ok(has(errorsOf({ ...v, latePenalty: { points: '1', days: 3 } }), '/latePenalty/days', 'UNKNOWN_FIELD'))
  t.equal(validateScheme({ ...v, latePenalty: { points: '0' } }).latePenalty?.points, '0', 'accepted late at no cost')
})

t.test('classification bands', async (t) => {
  const v = valid()
  const band = (code: string, minTotal: unknown, label: unknown = 'Nhãn') => ({ code, label, minTotal })
  t.ok(has(errorsOf({ ...v, classificationBands: [band('TOT', '85'), band('TOT', '90')] }), '/classificationBands/1/code', 'DUPLICATE'))
  t.ok(has(errorsOf({ ...v, classificationBands: [band('TOT', '85'), band('KHA', '85.0')] }), '/classificationBands/1/minTotal', 'DUPLICATE'))
  t.ok(has(errorsOf({ ...v, classificationBands: [band('TOT', 'x')] }), '/classificationBands/0/minTotal', 'INVALID_DECIMAL'))
  t.ok(has(errorsOf({ ...v, classificationBands: [band('tot', '1')] }), '/classificationBands/0/code', 'INVALID_CODE'))
  t.ok(has(errorsOf({ ...v, classificationBands: [band('TOT', '1', '')] }), '/classificationBands/0/label', 'REQUIRED'))
  t.ok(has(errorsOf({ ...v, classificationBands: {} }), '/classificationBands', 'INVALID_TYPE'))
})

t.test('award rules', async (t) => {
  const v = valid()
  const rule = (over: Record<string, unknown>) => ({ ...v, awardRules: [{ awardTypeCode: 'BANG_KHEN', ...over }] })
  t.ok(has(errorsOf(rule({ maxShare: '1.5' })), '/awardRules/0/maxShare', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf(rule({ maxShare: '-0.1' })), '/awardRules/0/maxShare', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf(rule({ maxCount: -1 })), '/awardRules/0/maxCount', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf(rule({ maxCount: 1.5 })), '/awardRules/0/maxCount', 'INVALID_TYPE'))
  t.ok(has(errorsOf(rule({ maxRank: 0 })), '/awardRules/0/maxRank', 'OUT_OF_RANGE'))
  t.ok(has(errorsOf(rule({ minTotal: 'high' })), '/awardRules/0/minTotal', 'INVALID_DECIMAL'))
  t.ok(has(errorsOf(rule({ awardTypeCode: 'bằng khen' })), '/awardRules/0/awardTypeCode', 'INVALID_CODE'))
  t.ok(has(errorsOf(rule({ quota: 3 })), '/awardRules/0/quota', 'UNKNOWN_FIELD'))
  t.ok(has(errorsOf({ ...v, awardRules: [{ awardTypeCode: 'BANG_KHEN' }, { awardTypeCode: 'BANG_KHEN' }] }), '/awardRules/1/awardTypeCode', 'DUPLICATE'))
  t.equal(validateScheme(rule({ maxShare: 1, maxCount: 0 })).awardRules[0].maxShare, '1')
})

t.test('every problem is reported at once, and unknown top-level fields too', async (t) => {
  const errors = errorsOf({
    criteria: [criterion({ code: 'bad', maxPoints: '0' }), criterion({ method: 'manual' })],
    bonusCap: '-1',
    penaltyCap: 'x',
    tieBreakGroups: ['Nowhere'],
    extra: true,
  })
  t.ok(has(errors, '/criteria/0/code', 'INVALID_CODE'))
  t.ok(has(errors, '/criteria/0/maxPoints', 'OUT_OF_RANGE'))
  t.ok(has(errors, '/criteria/1/indicatorCode', 'INDICATOR_NOT_ALLOWED'))
  t.ok(has(errors, '/bonusCap', 'OUT_OF_RANGE'))
  t.ok(has(errors, '/penaltyCap', 'INVALID_DECIMAL'))
  t.ok(has(errors, '/tieBreakGroups/0', 'UNKNOWN_GROUP'))
  t.ok(has(errors, '/extra', 'UNKNOWN_FIELD'))
  t.ok(errors.length >= 7)
})

t.test('pointers escape "/" and "~" in field names', async (t) => {
  const errors = errorsOf({ ...valid(), 'a/b~c': 1 })
  t.ok(has(errors, '/a~1b~0c', 'UNKNOWN_FIELD'))
})
