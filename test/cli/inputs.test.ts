/**
 * src/cli/inputs.ts: one --key loader for every ctd-verify command. Each form of the same key
 * verifies the same note; what cannot be a key says where and why.
 */
import t from 'tap'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { join } from 'node:path'
import { InputError, keysFor, loadKeys, type Keys } from '../../src/cli/inputs.ts'
import { formatVerifierKey, openNote, signerFromPem, signNote, verifierKeyOf } from '../../src/lib/tlog/note.ts'

const NAME = 'cum-thi-dua.local/audit-log'
const privatePem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
const signer = signerFromPem(NAME, privatePem)
const vkey = formatVerifierKey(verifierKeyOf(NAME, signer.publicKey))
const pem = createPublicKey(privatePem).export({ format: 'pem', type: 'spki' }).toString()
const note = signNote(`${NAME}\n1\n${Buffer.alloc(32).toString('base64')}\n`, signer)

/** The key ids that verify the note. */
const verifiers = (keys: Keys) => openNote(note, keysFor(note, keys)).verifiedBy.map((k) => `${k.keyId} ${k.name}`)

t.test('every form of the key verifies the same note', async (t) => {
  const item = { keyId: signer.keyId, name: NAME, algorithm: 'Ed25519', publicKey: signer.publicKey.toString('base64'), verifierKey: vkey }
  const dir = t.testdir({
    'keys.txt': `# pinned\n${vkey} # current\n`,
    'keys.json': JSON.stringify({ items: [item] }),
    'public-only.json': JSON.stringify({ items: [{ name: NAME, publicKey: item.publicKey }] }),
    'key.pem': pem,
  })
  const forms: [string, string, 'named' | 'raw'][] = [
    ['a verifier key', vkey, 'named'],
    ['a file of them', join(dir, 'keys.txt'), 'named'],
    ['GET /v1/audit-log/keys', join(dir, 'keys.json'), 'named'],
    ['its items by publicKey', join(dir, 'public-only.json'), 'named'],
    ['a PEM file', join(dir, 'key.pem'), 'raw'],
    ['PEM text', pem, 'raw'],
  ]
  for (const [what, spec, kind] of forms) {
    const keys = loadKeys([spec])
    t.equal(keys[kind].length, 1, what)
    t.same(verifiers(keys), [`${signer.keyId} ${NAME}`], what)
  }
  const all = loadKeys(forms.map(([, spec]) => spec))
  t.same([all.named.length, all.raw.length], [4, 2], 'repeated, in any mix')
})

t.test('a PEM key is named by the note, and only under names the note uses', async (t) => {
  const keys = loadKeys([pem])
  t.same(
    keysFor(note, keys).map((k) => `${k.keyId} ${k.name}`),
    [`${signer.keyId} ${NAME}`],
  )
  t.same(keysFor('not a note', keys), [], 'a malformed note: no names, no keys')
})

t.test('what is not a key exits 2 and says where', async (t) => {
  const contradicting = { items: [{ name: NAME, publicKey: Buffer.alloc(32, 1).toString('base64'), verifierKey: vkey }] }
  const dir = t.testdir({
    'empty.txt': '# nothing yet\n\n',
    'list.json': '{"keys": []}',
    'contradicting.json': JSON.stringify(contradicting),
    'private.pem': privatePem,
  })
  const cases: [string[], RegExp][] = [
    [[], /^--key is required: a verifier key, a PEM public key, or a file of them$/],
    [['nope'], /^--key nope: neither a verifier key nor a readable file: ENOENT$/],
    [[join(dir, 'empty.txt')], /empty\.txt: no keys$/],
    [[join(dir, 'list.json')], /list\.json: expected \{"items": \[\.\.\.\]\}/],
    [[join(dir, 'contradicting.json')], /contradicting\.json: items\[0\]: publicKey and verifierKey differ$/],
    [[join(dir, 'private.pem')], /private\.pem: a private key; give its public key/],
    [['-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'], /^--key: not an Ed25519 key in PEM: /],
  ]
  for (const [specs, message] of cases) t.throws(() => loadKeys(specs), message, String(message))
  try {
    loadKeys(['nope'])
  } catch (err) {
    t.type(err, InputError, 'an input error: exit 2')
  }
})
