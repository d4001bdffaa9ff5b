import t from 'tap'
import fc from 'fast-check'
import { isSealed, newSecretKey, open, opens, seal, sealedKeyOf, SecretKeyError, secretKeysFrom, sealedUnder } from '../../src/lib/secret-box.ts'

const k1 = newSecretKey()
const k2 = newSecretKey()

t.test('a sealed secret opens to itself, with the key it names, for what it belongs to only', async (t) => {
  const keys = secretKeysFrom([k1])
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (secret, context, other) => {
        const sealed = seal(keys, secret, context)
        if (!isSealed(sealed) || sealed.includes(secret.length > 3 ? secret : '\u0000none')) return false
        if (open(keys, sealed, context) !== secret) return false
        if (other === context) return true
        try {
          open(keys, sealed, other)
          return false
        } catch (err) {
          return err instanceof SecretKeyError
        }
      }),
    ),
  )
  const a = seal(keys, 'whsec_abc', 'webhook_subscription:1')
  t.not(a, seal(keys, 'whsec_abc', 'webhook_subscription:1'), 'a new nonce each time')
})

t.test('altered, cut short, or under a key not held: refused, never opened wrong', async (t) => {
  const keys = secretKeysFrom([k1])
  const sealed = seal(keys, 'whsec_abc', 'ctx')
  const body = sealed.split(':').at(-1)!
  const flipped = sealed.slice(0, -body.length) + (body[0] === 'A' ? 'B' : 'A') + body.slice(1)
  t.throws(() => open(keys, flipped, 'ctx'), /does not open: it was altered/, 'a byte changed')
  t.throws(() => open(keys, sealed.slice(0, -body.length) + body.slice(0, 8), 'ctx'), /cut short/, 'cut short')
  t.throws(() => open(secretKeysFrom([k2]), sealed, 'ctx'), /which this service does not hold/, 'under another key')
  t.throws(() => open(null, sealed, 'ctx'), /which this service does not hold/, 'with no key at all')
  t.equal(open(null, 'whsec_plain', 'ctx'), 'whsec_plain', 'a secret stored before any key is read as it is')
  t.equal(open(keys, 'whsec_plain', 'ctx'), 'whsec_plain')
})

t.test('rotation: the first key seals, every key opens', async (t) => {
  const old = secretKeysFrom([k1])
  const rotated = secretKeysFrom([k2, k1])
  const sealed = seal(old, 'whsec_abc', 'ctx')
  t.equal(open(rotated, sealed, 'ctx'), 'whsec_abc', 'sealed under the old key, opened after the rotation')
  t.ok(sealedUnder(old, sealed))
  t.notOk(sealedUnder(rotated, sealed), 'not under the current key: to be sealed again')
  t.ok(sealedUnder(rotated, seal(rotated, 'whsec_abc', 'ctx')))
  t.notOk(sealedUnder(rotated, 'whsec_plain'))
})

t.test('keys are read one per line: base64 or hex of 32 bytes; blank lines and comments skipped; anything else refused', async (t) => {
  const hex = Buffer.from(k1, 'base64').toString('hex')
  const keys = secretKeysFrom(['# current', k2, '', `  ${hex}  `])
  t.equal(keys.keys.length, 2)
  t.equal(open(keys, seal(secretKeysFrom([k1]), 's', 'c'), 'c'), 's', 'the hex key is the same key')
  t.throws(() => secretKeysFrom([]), /no key/)
  t.throws(() => secretKeysFrom(['# none']), /no key/)
  t.throws(() => secretKeysFrom(['c2hvcnQ=']), /key 1 is not 32 bytes/)
  t.throws(() => secretKeysFrom([k1, 'not base64!!']), /key 2 is not 32 bytes/)
})

t.test('which key a stored value is sealed under, and whether a set of keys opens it', async (t) => {
  const first = secretKeysFrom([newSecretKey()])
  const second = secretKeysFrom([newSecretKey()])
  const both = secretKeysFrom([newSecretKey(), ...[first, second].map((k) => k.keys[0]!.key.toString('base64'))])
  const sealed = seal(first, 'whsec_abc', 'ctx')
  t.equal(sealedKeyOf(sealed), first.keys[0]!.kid, 'the key it names')
  t.equal(sealedKeyOf('whsec_abc'), null, 'none when never sealed')
  t.ok(opens(first, sealed), 'its own key opens it')
  t.ok(opens(both, sealed), 'as does a set that holds that key beside others')
  t.notOk(opens(second, sealed), 'another key does not')
  t.notOk(opens(null, sealed), 'nor no key at all')
  t.ok(opens(null, 'whsec_abc') && opens(second, 'whsec_abc'), 'a value never sealed needs no key')
  t.equal(
    opens(both, sealed),
    (() => {
      try {
        return open(both, sealed, 'ctx') === 'whsec_abc'
      } catch {
        return false
      }
    })(),
    'as open finds',
  )
})
