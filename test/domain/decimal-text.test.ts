import fc from 'fast-check'
import t from 'tap'
import { CANONICAL_DECIMAL_RE, compareCanonicalDecimals, Decimal } from '../../src/domain/decimal.ts'
import { checkIndicatorValue, type IndicatorRule, VALUE_TYPES } from '../../src/domain/indicators.ts'

// Decimals of every shape: signs, zero, long integer parts, fractions of any length.
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([neg, digits, scale]) => new Decimal(`${neg ? '-' : ''}${digits}`).dividedBy(new Decimal(10).pow(scale)).toFixed())

t.test('canonical decimal text compares as the numbers do', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        if (!CANONICAL_DECIMAL_RE.test(a) || !CANONICAL_DECIMAL_RE.test(b)) throw new Error(`not canonical: ${a} ${b}`)
        const expected = new Decimal(a).comparedTo(b)
        if (compareCanonicalDecimals(a, b) !== expected) throw new Error(`${a} vs ${b}: ${compareCanonicalDecimals(a, b)}, expected ${expected}`)
      }),
      { numRuns: 5000 },
    ),
  )
  t.equal(compareCanonicalDecimals('-0.5', '0'), -1)
  t.equal(compareCanonicalDecimals('10', '9.99'), 1)
  t.equal(compareCanonicalDecimals('0.51', '0.6'), -1)
  t.equal(compareCanonicalDecimals('-12.5', '-12.45'), -1)
})

/** The check as it was before canonical text was compared as text: a Decimal for every value. */
function reference(rule: IndicatorRule, raw: string): { ok: boolean; code?: string; value?: string } {
  const d = new Decimal(raw)
  if (rule.valueType === 'integer' && !d.isInteger()) return { ok: false, code: 'INVALID_VALUE_TYPE' }
  const min = rule.minValue ?? (rule.valueType === 'percent' ? '0' : null)
  const max = rule.maxValue ?? (rule.valueType === 'percent' ? '100' : null)
  if (min !== null && d.lt(min)) return { ok: false, code: 'VALUE_BELOW_MIN' }
  if (max !== null && d.gt(max)) return { ok: false, code: 'VALUE_ABOVE_MAX' }
  return { ok: true, value: d.toFixed() }
}

t.test('a value checked as text gets the answer a Decimal gives', async (t) => {
  const bound = fc.option(fc.integer({ min: -1000, max: 1000 }).map((n) => (n / 10).toString()))
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_TYPES.filter((v) => v !== 'boolean')), bound, bound, decimal, (valueType, minValue, maxValue, raw) => {
        const rule: IndicatorRule = { code: 'X', valueType, minValue, maxValue }
        const got = checkIndicatorValue(rule, raw)
        const want = reference(rule, raw)
        const same = got.ok ? want.ok && got.value === want.value : !want.ok && got.code === want.code
        if (!same) throw new Error(`${JSON.stringify(rule)} ${raw}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`)
      }),
      { numRuns: 5000 },
    ),
  )
})
