/**
 * src/cli/json-stream.ts: a plan builds what it keeps as JSON.parse would and lets the rest go
 * by; the canonical hashers give sha256 of canonicalJson of the parsed value, whatever the
 * chunks, the white space and (hashSorted) the member order.
 */
import t from 'tap'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { canonicalJson, sha256Hex } from '../../src/domain/canonical.ts'
import {
  build,
  bufferSource,
  CanonicalHasher,
  hashSorted,
  KEEP,
  readRange,
  SKIP,
  STREAMED,
  type Each,
  type Fields,
  type Plan,
} from '../../src/cli/json-stream.ts'

const source = (text: string) => bufferSource(Buffer.from(text, 'utf8'))
const fields = (f: Record<string, Plan>, other: Plan = SKIP): Fields => ({ kind: 'fields', fields: f, other })

t.test('keep builds what JSON.parse builds, in chunks of any size', async (t) => {
  const text = '{"a":[1,{"b":"é😀","__proto__":{"x":1}}],"a":[2],"c":null,"d":{"e":[[],{}]}}'
  for (const size of [1, 3, 64]) {
    const value = build(source(text), KEEP, size) as Record<string, unknown>
    t.equal(JSON.stringify(value), JSON.stringify(JSON.parse(text)), `chunks of ${size}`)
  }
  const proto = (build(source('{"__proto__":{"x":1}}'), KEEP) as Record<string, unknown>).__proto__
  t.same(proto, { x: 1 }, '"__proto__" is an own member, as JSON.parse makes it')
  t.equal(Object.getPrototypeOf(build(source('{"__proto__":{"x":1}}'), KEEP)), Object.prototype)
})

t.test('fields keeps the members named; each hands the elements over one at a time and keeps none', async (t) => {
  const text = '{"big":[{"id":1,"revisions":[1,2,3]},{"id":2,"revisions":[4]}],"small":{"k":1},"other":[1,2,3],"n":5}'
  const seen: unknown[] = []
  const ranges: string[] = []
  let begun = 0
  const each: Each = {
    kind: 'each',
    item: fields({ id: KEEP }),
    begin: () => begun++,
    each: (v, start, end) => {
      seen.push(v)
      ranges.push(text.slice(start, end))
    },
  }
  for (const size of [1, 5, 1000]) {
    seen.length = 0
    ranges.length = 0
    const value = build(source(text), fields({ big: each, small: KEEP, n: KEEP }), size)
    t.same(value, { big: STREAMED, small: { k: 1 }, n: 5 }, 'the others are skipped; the array read element by element stands as STREAMED')
    t.equal((value as { big: unknown }).big, STREAMED)
    t.same(seen, [{ id: 1 }, { id: 2 }], 'each element built by its plan: revisions skipped')
    t.same(ranges, ['{"id":1,"revisions":[1,2,3]}', '{"id":2,"revisions":[4]}'], 'with its place in the input')
  }
  t.equal(begun, 3)

  const shapes = build(source('{"big":{"id":1},"small":[1],"n":"x","m":7}'), fields({ big: each, small: fields({}), n: each, m: fields({}) })) as Record<
    string,
    unknown
  >
  t.same(shapes, { big: {}, small: [], n: 'x', m: 7 }, 'a value of another shape than planned is read over and stands as {} or [], a primitive as itself')
  t.notOk(Array.isArray(shapes.big))
  t.ok(Array.isArray(shapes.small))

  let items = 0
  const twice = build(source('{"big":[{"id":1},{"id":2}],"big":[{"id":3}]}'), fields({ big: { ...each, begin: () => (items = 0), each: () => items++ } }))
  t.same(twice, { big: STREAMED })
  t.equal(items, 1, 'a repeated member: begin again, the last one counts')
})

t.test('readRange reads one value between two offsets, after a prefix if given', async (t) => {
  const text = '{"a":[10,{"b":2}],"c":3}'
  t.same(build(source(text), KEEP, 2, 5, 17), [10, { b: 2 }])
  const got: unknown[] = []
  readRange(
    source(text),
    {
      openObject: () => got.push('{'),
      closeObject: () => got.push('}'),
      openArray: () => got.push('['),
      closeArray: (end) => got.push(`]@${end}`),
      key: (k) => got.push(k),
      primitive: (v, start) => got.push(`${String(v)}@${start}`),
    },
    4,
    8,
    17,
    Buffer.from('[0'),
  )
  t.same(got, ['[', '0@7', '{', 'b', '2@14', '}', ']@17'], 'the prefix stands just before the start, offsets stay those of the input')
})

const anyString = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('', '"', '\\', '/', '\u0000', '\u001f', 'é', '😀', '\uffff', 'Ủy ban'))
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyString,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyString, tie('value'), { maxKeys: 6 }),
  ),
})).value

/** Members in another order, everywhere. */
const shuffled = (v: unknown, seed: number): unknown =>
  Array.isArray(v)
    ? v.map((x) => shuffled(x, seed))
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .sort((a, b) => (seed % 2 ? b.localeCompare(a) : a.length - b.length))
            .map((k) => [k, shuffled((v as Record<string, unknown>)[k], seed)]),
        )
      : v

const digestSorted = (text: string, size: number) => {
  const hash = createHash('sha256')
  hashSorted(source(text), hash, 0, Buffer.byteLength(text), size)
  return hash.digest('hex')
}

t.test('the hashers give sha256 of canonicalJson of the parsed value', async (t) => {
  fc.assert(
    fc.property(json, fc.integer({ min: 1, max: 13 }), fc.nat(), fc.constantFrom(0, 2), (v, size, seed, indent) => {
      const want = sha256Hex(canonicalJson(v))
      // In canonical order (white space aside): written token by token.
      const ordered = JSON.stringify(JSON.parse(canonicalJson(v)), null, indent)
      const hash = createHash('sha256')
      const hasher = new CanonicalHasher(hash)
      readRange(source(ordered), hasher, size)
      hasher.flush()
      // In any order: each object's members read again in sorted order.
      const any = JSON.stringify(shuffled(v, seed), null, indent)
      return hash.digest('hex') === want && digestSorted(any, size) === want
    }),
    { numRuns: 1000 },
  )
  t.pass('1,000 random documents, in and out of order, in chunks of 1 to 13 bytes')
})

t.test('hashSorted: repeated names (the last counts), long arrays in batches, deep nesting; refuses what canonicalJson refuses', async (t) => {
  const dup = '{"b":1,"a":{"z":[1,2],"y":0},"b":{"x":"last"}}'
  t.equal(digestSorted(dup, 3), sha256Hex(canonicalJson(JSON.parse(dup))))
  const long = JSON.stringify(Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? { z: i, a: [i, { y: 1, x: 2 }] } : i % 3 === 1 ? [i] : `s${i}`)))
  t.equal(digestSorted(long, 500), sha256Hex(canonicalJson(JSON.parse(long))), 'an array of 3,000 elements, listed a batch at a time')
  let deep: unknown = 1
  for (let i = 0; i < 990; i++) deep = { z: deep, a: i }
  const text = JSON.stringify(deep)
  t.equal(digestSorted(text, 4096), sha256Hex(canonicalJson(JSON.parse(text))), '990 levels of objects out of order, without recursion')
  t.throws(() => digestSorted('{"b":"\\ud800","a":1}', 5), /Lone surrogate is not allowed/)
  t.throws(() => digestSorted('{"b":1,"a":1e400}', 5), /Infinity is not allowed/)
  const hasher = new CanonicalHasher(createHash('sha256'))
  readRange(source('{"a":-1e400,"b":"\\udc00"}'), hasher)
  t.match(hasher.error, { message: '-Infinity is not allowed' }, 'the canonical hasher keeps the first refusal')
})
