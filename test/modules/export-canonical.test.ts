import t from 'tap'
import fc from 'fast-check'
import { canonicalJson } from '../../src/domain/canonical.ts'
import { canonicalPieces, chunked, lazyArray, lazyObject } from '../../src/modules/exports/canonical-stream.ts'

const written = async (node: unknown, chunkSize?: number) => {
  let out = ''
  for await (const piece of chunkSize ? chunked(canonicalPieces(node), chunkSize) : canonicalPieces(node)) out += piece
  return out
}

/**
 * The same value as a lazy tree, at random: objects become lazy objects whose members may be
 * thunks; arrays lazy arrays, except (sometimes) arrays of plain values, which stay as they are.
 */
function lazify(value: unknown, pick: () => number): unknown {
  if (Array.isArray(value)) {
    const plain = value.every((v) => v === null || typeof v !== 'object')
    if (plain && pick() % 2 === 0) return value
    const items = value.map((v) => lazify(v, pick))
    return lazyArray(async function* () {
      yield* items
    })
  }
  if (value !== null && typeof value === 'object') {
    const members: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const lazy = lazify(v, pick)
      // Defined, not assigned: a member named __proto__ (JSON allows it) stays a member.
      Object.defineProperty(members, k, { value: pick() % 3 === 0 ? async () => lazy : lazy, enumerable: true, writable: true, configurable: true })
    }
    return lazyObject(members)
  }
  return value
}

t.test('a lazy tree is written as the canonical JSON of the value it stands for', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 64 }), async (value, seed, size) => {
      let s = seed
      const pick = () => (s = (s * 1103515245 + 12345) % 2147483648)
      const tree = lazify(value, pick)
      const expected = canonicalJson(value)
      return (await written(tree)) === expected && (await written(tree, size)) === expected
    }),
    { numRuns: 300 },
  )
  t.pass('300 random values')
})

t.test('a member named __proto__ is written like any other', async (t) => {
  const value = JSON.parse('{"__proto__":[],"a":{"__proto__":{"x":1}}}') as unknown
  t.equal(await written(lazify(value, () => 1)), canonicalJson(value))
  t.equal(canonicalJson(value), '{"__proto__":[],"a":{"__proto__":{"x":1}}}')
})

t.test('members in canonical order, undefined ones left out, empty containers, thunks evaluated in order', async (t) => {
  const order: string[] = []
  const tree = lazyObject({
    zeta: () => (order.push('zeta'), 1),
    alpha: async () => (order.push('alpha'), 'á'),
    gone: () => undefined,
    Beta: lazyArray(async function* () {}),
    empty: lazyObject({}),
    list: lazyArray(async function* () {
      yield { b: 1, a: [2, { d: null, c: true }] }
      yield undefined
      yield lazyObject({ y: 2, x: () => 'x' })
    }),
  })
  t.equal(await written(tree), '{"Beta":[],"alpha":"á","empty":{},"list":[{"a":[2,{"c":true,"d":null}],"b":1},null,{"x":"x","y":2}],"zeta":1}')
  t.same(order, ['alpha', 'zeta'], 'each thunk when its member is written, in canonical order')
})
