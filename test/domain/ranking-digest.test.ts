import t from 'tap'
import fc from 'fast-check'
import { canonicalJson, digestOf } from '../../src/domain/canonical.ts'
import { canonicalRankingInputs, canonicalRankingInputsJson, isCanonicalDecimal, rankingInputsDigest, type RankingInput } from '../../src/domain/ranking.ts'
import { formatExact, parseExact } from '../../src/domain/scoring.ts'
import { validateScheme } from '../../src/domain/scheme.ts'

// The digest of the ranking's inputs is written directly (canonicalRankingInputsJson) for speed;
// it must stay byte for byte what the general canonical walk writes of canonicalRankingInputs.

/** Decimal-looking strings, canonical or not, and a few that are no decimal at all. */
const decimalish = fc.oneof(
  fc.stringMatching(/^-?[0-9]{1,4}(\.[0-9]{0,4})?$/),
  fc.constantFrom('-0', '0', '-0.0', '0.50', '007', '1e5', ' 1', '', '-', '.5', '5.', '1.000000000000000000001', '12345678901234567890.5', 'x'),
  fc.integer({ min: -1000, max: 1000 }).map(String),
)
/** Record values as the inputs may hold them: mostly decimal strings, sometimes numbers or nothing. */
const value = fc.oneof({ weight: 8, arbitrary: decimalish }, fc.integer(), fc.constant(undefined), fc.double({ noNaN: true, noDefaultInfinity: true }))
const key = fc.oneof(fc.uuid(), fc.constantFrom('C1', 'C10', 'C2', '10', '9', 'Tiêu chí', 'a"b', 'ß', '\u00e9', 'e\u0301', 'Z', 'a'))
const rec = <T>(v: fc.Arbitrary<T>) => fc.dictionary(key, v, { maxKeys: 5 })

const scheme = validateScheme({
  criteria: [
    { code: 'A1', title: 'Một', group: 'A', kind: 'standard', method: 'assessed', maxPoints: '5' },
    { code: 'B1', title: 'Hai', group: 'B', kind: 'bonus', method: 'manual', maxPoints: '2' },
  ],
  bonusCap: '5',
  penaltyCap: '5',
})

const inputs: fc.Arbitrary<RankingInput> = fc.record({
  scheme: fc.constant(scheme),
  members: fc.array(fc.record({ committeeId: fc.uuid(), code: fc.string() }), { maxLength: 4 }),
  targets: rec(rec(value)),
  fyValues: rec(fc.record({ values: rec(value), late: fc.oneof(fc.boolean(), fc.constant(undefined)) })),
  assessments: rec(rec(rec(value))),
  adjustments: fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('bonus' as const), committeeId: fc.uuid(), points: decimalish, reason: fc.string() }),
      fc.record({
        type: fc.constant('manual' as const),
        id: fc.uuid(),
        committeeId: fc.uuid(),
        criterionCode: fc.constant('B1'),
        points: decimalish,
        reason: fc.string(),
      }),
      fc.record({ type: fc.constant('disqualification' as const), committeeId: fc.uuid(), reason: fc.string() }),
    ),
    { maxLength: 4 },
  ),
  tieResolutions: fc.array(fc.record({ id: fc.uuid(), order: fc.array(fc.uuid(), { maxLength: 3 }), reason: fc.string() }), { maxLength: 2 }),
}) as fc.Arbitrary<RankingInput>

t.test('isCanonicalDecimal says exactly when parsing and formatting gives the string back', async (t) => {
  fc.assert(
    fc.property(decimalish, (v) => {
      const fx = parseExact(v)
      const roundTrips = fx !== null && formatExact(fx) === v
      // Past MAX_DECIMAL_PLACES a string does not parse: normalising keeps it as it is either way.
      return isCanonicalDecimal(v) === roundTrips || (fx === null && isCanonicalDecimal(v))
    }),
    { numRuns: 2000 },
  )
  for (const v of ['0', '-1.5', '12.25', '100']) t.ok(isCanonicalDecimal(v), v)
  for (const v of ['-0', '0.50', '007', '1.', '.5', '', '-', '1e5', '+1']) t.notOk(isCanonicalDecimal(v), v)
})

t.test('canonicalRankingInputsJson is the canonical JSON of canonicalRankingInputs', async () => {
  fc.assert(
    fc.property(inputs, (input) => canonicalRankingInputsJson(input) === canonicalJson(canonicalRankingInputs(input))),
    { numRuns: 500 },
  )
})

/** The inputs with their assessors, targets and FY values frozen all the way down, as the service keeps them. */
function frozen(input: RankingInput): RankingInput {
  const freeze = <T>(o: T): T => {
    if (o !== null && typeof o === 'object') {
      for (const v of Object.values(o)) freeze(v)
      Object.freeze(o)
    }
    return o
  }
  const copy = structuredClone(input)
  freeze(copy.assessments)
  freeze(copy.targets)
  freeze(copy.fyValues)
  return copy
}

t.test('frozen records are written once and kept: the same canonical JSON, the first time and again', async () => {
  fc.assert(
    fc.property(inputs, (input) => {
      const kept = frozen(input)
      const expected = canonicalJson(canonicalRankingInputs(input))
      return (
        canonicalRankingInputsJson(kept) === expected &&
        canonicalRankingInputsJson(kept) === expected &&
        rankingInputsDigest(kept) === digestOf(canonicalRankingInputs(input))
      )
    }),
    { numRuns: 300 },
  )
})

t.test('rankingInputsDigest is the digest of the canonical inputs', async (t) => {
  fc.assert(
    fc.property(inputs, (input) => rankingInputsDigest(input) === digestOf(canonicalRankingInputs(input))),
    { numRuns: 200 },
  )
  t.throws(() => rankingInputsDigest({ scheme, members: [], assessments: { '\ud800': {} } }), /Lone surrogate/)
})
