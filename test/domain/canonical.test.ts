import t from 'tap'
import fc from 'fast-check'
import canonicalize from 'canonicalize'
import { canonicalJson, digestOf } from '../../src/domain/canonical.ts'

const reference = canonicalize as unknown as (v: unknown) => string | undefined

// Strings drawn from the whole of Unicode (astral planes, combining marks, controls, quotes and
// backslashes) so that escaping and member ordering by UTF-16 code units are both exercised.
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '\u2028', '\u0000', 'é', 'é', '😀', 'Ủy ban'),
)
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyString,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyString, fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 6 }),
  ),
})).value

t.test('equals the reference implementation (RFC 8785) on any JSON value', async (t) => {
  fc.assert(
    fc.property(json, (v) => canonicalJson(v) === reference(v)),
    { numRuns: 2000 },
  )
  t.pass('2,000 random documents serialised byte for byte as the reference does')
})

t.test('RFC 8785 examples: member order by UTF-16 code units, number forms, escapes', async (t) => {
  // The sorting example of RFC 8785 §3.2.3 (names compared as UTF-16 code units).
  const sorting = {
    '\u20ac': 'Euro Sign',
    '\r': 'Carriage Return',
    '\ufb33': 'Hebrew Letter Dalet With Dagesh',
    '1': 'One',
    '\ud83d\ude00': 'Emoji: Grinning Face',
    '\u0080': 'Control',
    '\u00f6': 'Latin Small Letter O With Diaeresis',
  }
  t.equal(
    canonicalJson(sorting),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  )
  // RFC 8785's own example: the literal is written as the RFC writes it, beyond double precision on purpose.
  // eslint-disable-next-line no-loss-of-precision
  t.equal(canonicalJson({ numbers: [333333333.33333329, 1e30, 4.5, 0.002, 1e-27, -0, 1e21] }), '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27,0,1e+21]}')
  t.equal(canonicalJson({ b: [1, { d: true, c: null }], a: 'x\n"y"' }), '{"a":"x\\n\\"y\\"","b":[1,{"c":null,"d":true}]}')
})

t.test('JSON.stringify semantics for what JSON cannot hold', async (t) => {
  t.equal(canonicalJson({ at: new Date('2024-01-15T02:00:00.000Z'), gone: undefined, fn: () => 1 }), '{"at":"2024-01-15T02:00:00.000Z"}')
  t.equal(canonicalJson([undefined, () => 1, Symbol('s')]), '[null,null,null]')
  t.equal(canonicalJson({ at: new Date('2024-01-15T02:00:00.000Z') }), reference({ at: new Date('2024-01-15T02:00:00.000Z') }))
  t.throws(() => canonicalJson(undefined), TypeError)
})

t.test('refuses what I-JSON forbids, as the reference does', async (t) => {
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, { x: Number.NEGATIVE_INFINITY }, 'a\ud800', { '\udc00': 1 }, [1n]]) {
    t.throws(() => canonicalJson(bad), TypeError)
    t.throws(() => reference(bad))
  }
  const cyclic: Record<string, unknown> = { a: 1 }
  cyclic.self = cyclic
  t.throws(() => canonicalJson(cyclic), TypeError)
})

t.test('digestOf is sha256 over the canonical bytes', async (t) => {
  t.equal(digestOf({ b: 1, a: 'Hòa Bình' }), digestOf({ a: 'Hòa Bình', b: 1 }))
  t.equal(digestOf({}), '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
})
