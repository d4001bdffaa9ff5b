import t from 'tap'
import fc from 'fast-check'
import { generateKeyPairSync } from 'node:crypto'
import {
  consistencyRanges,
  EMPTY_ROOT,
  inclusionRanges,
  leafHash,
  lookupFrom,
  nodeHash,
  rangeHash,
  rootHash,
  splitPoint,
  TreeBuilder,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type NodeId,
} from '../../src/lib/tlog/merkle.ts'
import { formatVerifierKey, openNote, parseVerifierKey, signerFromPem, signNote, verifierKeyOf } from '../../src/lib/tlog/note.ts'
import { formatCheckpoint, parseCheckpoint } from '../../src/lib/tlog/checkpoint.ts'

/** MTH as RFC 9162 2.1.1 defines it, by recursion over the leaves: the yardstick. */
function mth(leaves: Hash[]): Hash {
  if (leaves.length === 0) return EMPTY_ROOT
  if (leaves.length === 1) return leaves[0]!
  const k = splitPoint(leaves.length)
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)))
}

/** Builds a tree of n leaves with TreeBuilder and returns its leaves and every stored node. */
function build(n: number) {
  const leaves = Array.from({ length: n }, (_, i) => leafHash(`leaf ${i}`))
  const tree = new TreeBuilder(0)
  const nodes: (NodeId & { hash: Hash })[] = []
  for (const l of leaves) nodes.push(...tree.append(l))
  return { leaves, tree, nodes, get: lookupFrom(nodes) }
}

t.test('RFC 6962 / 9162 reference roots (the certificate-transparency test vectors)', async (t) => {
  const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f']
  const roots = [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
    '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
    'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
    '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  ]
  const tree = new TreeBuilder(0)
  const nodes: (NodeId & { hash: Hash })[] = []
  inputs.forEach((hex, i) => {
    nodes.push(...tree.append(leafHash(Buffer.from(hex, 'hex'))))
    t.equal(tree.root().toString('hex'), roots[i], `root of size ${i + 1} (builder)`)
    t.equal(rootHash(i + 1, lookupFrom(nodes)).toString('hex'), roots[i], `root of size ${i + 1} (stored nodes)`)
  })
  t.equal(EMPTY_ROOT.toString('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
})

t.test('roots, inclusion and consistency proofs from stored nodes agree with the recursive definition', async (t) => {
  const { leaves, nodes, get } = build(70)
  t.ok(nodes.length < 2 * 70, 'about 2n nodes are stored')
  for (let n = 1; n <= 70; n++) {
    const root = mth(leaves.slice(0, n))
    t.ok(rootHash(n, get).equals(root), `root at ${n}`)
    for (let m = 0; m < n; m++) {
      const path = inclusionRanges(m, n).map((r) => rangeHash(r.lo, r.hi, get))
      if (!verifyInclusion(m, n, leaves[m]!, path, root)) t.fail(`inclusion ${m} in ${n}`)
      if (path.length > 0) {
        const bad = [...path]
        bad[0] = leafHash('tampered')
        if (verifyInclusion(m, n, leaves[m]!, bad, root)) t.fail(`tampered inclusion ${m} in ${n} accepted`)
      }
      if (verifyInclusion(m, n, leafHash('other'), path, root)) t.fail(`wrong leaf ${m} in ${n} accepted`)
    }
    for (let m = 1; m <= n; m++) {
      const proof = consistencyRanges(m, n).map((r) => rangeHash(r.lo, r.hi, get))
      const old = mth(leaves.slice(0, m))
      if (!verifyConsistency(m, n, old, root, proof)) t.fail(`consistency ${m} → ${n}`)
      if (m < n && verifyConsistency(m, n, leafHash('x'), root, proof)) t.fail(`consistency ${m} → ${n} with a wrong old root accepted`)
      if (m < n && proof.length > 0 && verifyConsistency(m, n, old, root, proof.slice(1))) t.fail(`short consistency proof ${m} → ${n} accepted`)
    }
  }
  t.pass('checked every leaf and size up to 70')
})

t.test('proof sizes stay logarithmic (property)', async (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 40 }), (n, x) => {
      const m = x % n
      const bound = Math.ceil(Math.log2(n)) + 1
      const inclusion = inclusionRanges(m, n)
      const consistency = consistencyRanges(Math.max(1, m), n)
      return inclusion.length <= bound && consistency.length <= bound + 1
    }),
  )
  t.pass()
})

t.test('the frontier of a stored tree resumes building', async (t) => {
  const { leaves, nodes } = build(45)
  const resumed = new TreeBuilder(
    29,
    nodes.filter((n) => TreeBuilder.frontierNodes(29).some((f) => f.level === n.level && f.index === n.index)),
  )
  for (const l of leaves.slice(29)) resumed.append(l)
  t.ok(resumed.root().equals(mth(leaves)))
  t.throws(() => new TreeBuilder(29, []), /missing/)
})

t.test('signed notes and verifier keys (C2SP signed-note)', async (t) => {
  const { privateKey } = generateKeyPairSync('ed25519')
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' })
  const signer = signerFromPem('example.org/log', pem)
  const vkey = formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))
  t.match(vkey, /^example\.org\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/)
  t.same(parseVerifierKey(vkey).keyId, signer.keyId)

  const text = formatCheckpoint({ origin: 'example.org/log', size: 7, root: leafHash('r') })
  const note = signNote(text, signer)
  t.match(note, /\n\n\u2014 example\.org\/log [A-Za-z0-9+/=]+\n$/)
  const opened = openNote(note, [parseVerifierKey(vkey)])
  t.equal(opened.verifiedBy.length, 1)
  t.equal(parseCheckpoint(opened.text).size, 7)

  const altered = note.replace('\n7\n', '\n8\n')
  t.equal(openNote(altered, [parseVerifierKey(vkey)]).verifiedBy.length, 0, 'a changed size fails the signature')
  const other = signerFromPem('example.org/log', generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }))
  t.equal(openNote(note, [verifierKeyOf(other.name, other.publicKey)]).verifiedBy.length, 0, 'another key does not verify it')
  t.throws(() => parseVerifierKey(vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')), /does not match/)
  t.throws(() => parseCheckpoint('o\n01\nAAAA\n'), /tree size/)
  t.throws(() => signerFromPem('x', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' })), /Ed25519/)
})

t.test('a Go sumdb verifier key string parses (interoperability)', async (t) => {
  // The public key of sum.golang.org, as Go's toolchain embeds it.
  const k = parseVerifierKey('sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8')
  t.equal(k.name, 'sum.golang.org')
  t.equal(k.keyId, '033de0ae')
})
