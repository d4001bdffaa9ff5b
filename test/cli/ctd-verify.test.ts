import t, { type Test } from 'tap'
import { spawnSync } from 'node:child_process'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/ctd-verify.ts'
import { canonicalJson, sha256Hex } from '../../src/domain/canonical.ts'
import { formatCheckpoint } from '../../src/lib/tlog/checkpoint.ts'
import { consistencyRanges, inclusionRanges, leafHash, lookupFrom, rangeHash, TreeBuilder, type Hash, type NodeId } from '../../src/lib/tlog/merkle.ts'
import { formatVerifierKey, signerFromPem, signNote, verifierKeyOf } from '../../src/lib/tlog/note.ts'

const ORIGIN = 'cum-thi-dua.local/audit-log'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function keyPair(name = ORIGIN) {
  const privatePem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  const signer = signerFromPem(name, privatePem)
  /** The public key as an operator may hand it over: PEM (SPKI), without the key's name. */
  const pem = createPublicKey(privatePem).export({ format: 'pem', type: 'spki' }).toString()
  return { signer, vkey: formatVerifierKey(verifierKeyOf(name, signer.publicKey)), pem, privatePem }
}

/** Audit events as GET /v1/audit-events serves them, hash-chained like the service's. */
function auditEvents(n: number, change?: { seq: number; name: string }) {
  const events: Record<string, unknown>[] = []
  let prevHash = '0'.repeat(64)
  for (let seq = 1; seq <= n; seq++) {
    const name = change?.seq === seq ? change.name : `Ủy ban ${seq}`
    const event = {
      seq,
      occurredAt: new Date(Date.UTC(2024, 0, 1, 8, seq)).toISOString(),
      actorKeyId: '7d0c2a5e-1f0b-4c51-9a57-3d4d2b1c0e01',
      actorRole: 'admin',
      actorCommitteeId: null,
      action: seq === 1 ? 'committee.created' : 'committee.updated',
      entityType: 'committee',
      entityId: `c-${seq % 7}`,
      before: seq === 1 ? null : { name: `Ủy ban ${seq - 1}`, level: 'province' },
      after: { name, level: 'province', codes: [seq, seq * 2] },
      requestId: `req-${seq}`,
      prevHash,
    }
    const hash = sha256Hex(prevHash + canonicalJson(event))
    events.push({ ...event, hash })
    prevHash = hash
  }
  return events
}

/** A log over the events, and the documents the service would serve for it. */
function auditLog(events: Record<string, unknown>[], signer = keyPair().signer) {
  const tree = new TreeBuilder(0)
  const nodes: (NodeId & { hash: Hash })[] = []
  for (const e of events) nodes.push(...tree.append(leafHash(canonicalJson(e))))
  const get = lookupFrom(nodes)
  const b64 = (h: Hash) => h.toString('base64')
  const root = (n: number) => rangeHash(0, n, get)
  const checkpoint = (n: number) => {
    const note = signNote(formatCheckpoint({ origin: ORIGIN, size: n, root: root(n) }), signer)
    return { origin: ORIGIN, treeSize: n, rootHash: b64(root(n)), keyId: signer.keyId, keyName: signer.name, note, createdAt: '2024-01-02T00:00:00.000Z' }
  }
  return {
    checkpoint,
    inclusion: (seq: number, n: number) => ({
      seq,
      leafIndex: seq - 1,
      treeSize: n,
      leafHash: b64(rangeHash(seq - 1, seq, get)),
      auditPath: inclusionRanges(seq - 1, n).map((r) => b64(rangeHash(r.lo, r.hi, get))),
      rootHash: b64(root(n)),
      event: events[seq - 1],
      checkpoint: checkpoint(n),
    }),
    consistency: (from: number, to: number) => ({
      from,
      to,
      proof: consistencyRanges(from, to).map((r) => b64(rangeHash(r.lo, r.hi, get))),
      fromRoot: b64(root(from)),
      toRoot: b64(root(to)),
      fromCheckpoint: checkpoint(from),
      toCheckpoint: checkpoint(to),
    }),
  }
}

const { signer, vkey, pem, privatePem } = keyPair()
const other = keyPair()
const events = auditEvents(40)
const log = auditLog(events, signer)

/** Runs the command in-process; `failed` names the failing checks of a --json run. */
function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } })
  let failed: string[] | undefined
  if (argv.includes('--json') && code !== 2)
    failed = (JSON.parse(out) as { checks: { name: string; ok: boolean }[] }).checks.filter((c) => !c.ok).map((c) => c.name)
  return { code, out, err, failed }
}

/** A fresh test directory holding the documents (JSON unless a string); their paths by name. */
function files(t: Test, docs: Record<string, unknown>): Record<string, string> {
  const dir = t.testdir(Object.fromEntries(Object.entries(docs).map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v, null, 2)])))
  return Object.fromEntries(Object.keys(docs).map((name) => [name, join(dir, name)]))
}

t.test('checkpoint: a signed note or checkpoint JSON verifies and is described', async (t) => {
  const cp = log.checkpoint(40)
  const f = files(t, { 'cp.txt': cp.note, 'cp.json': cp })
  const r = run('checkpoint', f['cp.txt']!, '--key', vkey)
  t.equal(r.code, 0, r.out + r.err)
  t.match(r.out, `✓ Chữ ký hợp lệ / signature valid (key ${signer.keyId} ${ORIGIN})`)
  t.match(r.out, `origin:            ${ORIGIN}`)
  t.match(r.out, /tree size: +40\n/)
  t.match(r.out, cp.rootHash)
  t.match(r.out, Buffer.from(cp.rootHash, 'base64').toString('hex'))
  t.match(r.out, /✓ ĐẠT \/ PASS\n$/)

  const j = run('checkpoint', f['cp.json']!, '--key', vkey, '--json', '--origin', ORIGIN)
  t.equal(j.code, 0)
  const result = JSON.parse(j.out)
  t.same(
    result.checks.map((c: { name: string }) => c.name),
    ['signature', 'fields', 'origin'],
  )
  t.same(result.checkpoint, {
    origin: ORIGIN,
    treeSize: 40,
    rootHash: cp.rootHash,
    rootHex: Buffer.from(cp.rootHash, 'base64').toString('hex'),
    keyIds: [signer.keyId],
  })

  const wrongOrigin = run('checkpoint', f['cp.txt']!, '--key', vkey, '--origin', 'other.example/log', '--json')
  t.equal(wrongOrigin.code, 1)
  t.same(wrongOrigin.failed, ['origin'])
})

t.test('checkpoint: keys from a file of lines, from the keys JSON, and repeated --key', async (t) => {
  const cp = log.checkpoint(12)
  const keysJson = {
    items: [
      { keyId: other.signer.keyId, name: ORIGIN, algorithm: 'Ed25519', publicKey: other.signer.publicKey.toString('base64'), verifierKey: other.vkey },
      { keyId: signer.keyId, name: ORIGIN, algorithm: 'Ed25519', publicKey: signer.publicKey.toString('base64'), verifierKey: vkey, validUntil: null },
    ],
  }
  const f = files(t, {
    'cp.txt': cp.note,
    'keys.txt': `# pinned on 2024-01-02, read aloud on the phone\n${other.vkey}\n\n${vkey}  # current\n`,
    'keys.json': keysJson,
    'other.txt': `${other.vkey}\n`,
  })
  t.equal(run('checkpoint', f['cp.txt']!, '--key', f['keys.txt']!).code, 0, 'lines with comments')
  t.equal(run('checkpoint', f['cp.txt']!, '--key', f['keys.json']!).code, 0, 'GET /v1/audit-log/keys')
  t.equal(run('checkpoint', f['cp.txt']!, '--key', other.vkey, '--key', vkey).code, 0, 'repeated --key')
  const only = run('checkpoint', f['cp.txt']!, '--key', f['other.txt']!, '--json')
  t.equal(only.code, 1, 'the right key is not among them')
  t.same(only.failed, ['signature'])
})

t.test('checkpoint: an altered size or root, or another signer, fails the signature', async (t) => {
  const cp = log.checkpoint(40)
  const f = files(t, {
    'size.txt': cp.note.replace('\n40\n', '\n41\n'),
    'root.txt': cp.note.replace(cp.rootHash, log.checkpoint(39).rootHash),
    'other.txt': auditLog(events, other.signer).checkpoint(40).note,
    'members.json': { ...cp, treeSize: 41 },
  })
  for (const name of ['size.txt', 'root.txt']) {
    const r = run('checkpoint', f[name]!, '--key', vkey)
    t.equal(r.code, 1, name)
    t.match(r.out, `✗ Chữ ký hợp lệ / signature valid (the signature of key ${signer.keyId} does not match the note`)
    t.match(r.out, /✗ KHÔNG ĐẠT \/ FAIL: signature\n$/)
  }
  const foreign = run('checkpoint', f['other.txt']!, '--key', vkey)
  t.equal(foreign.code, 1)
  t.match(foreign.out, `signed only by keys not given: ${other.signer.keyId}`)
  // The JSON members are not signed: a checkpoint JSON whose members disagree with its note is refused.
  const members = run('checkpoint', f['members.json']!, '--key', vkey, '--json')
  t.equal(members.code, 1)
  t.same(members.failed, ['fields'])
  t.match(JSON.parse(members.out).checks[1].detail, 'treeSize 41')
})

t.test('checkpoint, inclusion, consistency: an Ed25519 public key in PEM, a file or the text', async (t) => {
  const cp = log.checkpoint(40)
  const f = files(t, {
    'cp.txt': cp.note,
    'altered.txt': cp.note.replace('\n40\n', '\n41\n'),
    'inclusion.json': log.inclusion(17, 40),
    'consistency.json': log.consistency(10, 40),
    'key.pem': pem,
    'other.pem': other.pem,
  })
  const r = run('checkpoint', f['cp.txt']!, '--key', f['key.pem']!)
  t.equal(r.code, 0, r.out + r.err)
  // A PEM key has no name: it verifies the signature of any name its key id matches.
  t.match(r.out, `✓ Chữ ký hợp lệ / signature valid (key ${signer.keyId} ${ORIGIN})`)
  t.match(r.out, `Khóa ký / signer key id:     ${signer.keyId}`)
  // --key=… : PEM text starts with dashes, which an option's separate value may not.
  t.equal(run('checkpoint', f['cp.txt']!, `--key=${pem}`).code, 0, 'PEM text')
  t.equal(run('checkpoint', f['cp.txt']!, '--key', f['other.pem']!, '--key', vkey).code, 0, 'with a verifier key, one of them signed')
  for (const [command, file] of [
    ['inclusion', 'inclusion.json'],
    ['consistency', 'consistency.json'],
  ] as const) {
    const p = run(command, f[file]!, '--key', f['key.pem']!, '--json', '--origin', ORIGIN)
    t.equal(p.code, 0, command)
    t.same(p.failed, [], command)
  }

  const altered = run('checkpoint', f['altered.txt']!, '--key', f['key.pem']!)
  t.equal(altered.code, 1, 'an altered note')
  t.match(altered.out, `(the signature of key ${signer.keyId} does not match the note: altered or forged)`)
  const foreign = run('checkpoint', f['cp.txt']!, '--key', f['other.pem']!, '--json')
  t.equal(foreign.code, 1, 'another key')
  t.same(foreign.failed, ['signature'])
  t.match(JSON.parse(foreign.out).checks[0].detail, `signed only by keys not given: ${signer.keyId} ${ORIGIN}`)
  const inclusion = run('inclusion', f['inclusion.json']!, '--key', f['other.pem']!, '--json')
  t.same(inclusion.failed, ['signature'])
  const consistency = run('consistency', f['consistency.json']!, '--key', f['other.pem']!, '--json')
  t.same(consistency.failed, ['old-signature', 'new-signature'])
})

t.test('checkpoint, inclusion, consistency: a PEM that is no Ed25519 public key exits 2', async (t) => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const f = files(t, {
    'cp.txt': log.checkpoint(40).note,
    'private.pem': privatePem,
    'rsa.pem': rsa,
    'bad.pem': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
  })
  const cases: [string[], RegExp][] = [
    [['checkpoint', f['cp.txt']!, '--key', f['private.pem']!], /private\.pem: a private key; give its public key/],
    [['inclusion', f['cp.txt']!, `--key=${privatePem}`], /--key: a private key; give its public key/],
    [['consistency', f['cp.txt']!, '--key', f['rsa.pem']!], /rsa\.pem: not an Ed25519 key in PEM/],
    [['checkpoint', f['cp.txt']!, '--key', f['bad.pem']!], /bad\.pem: not an Ed25519 key in PEM/],
    [['checkpoint', f['cp.txt']!, '--key', pem], /use '--key=-XYZ'/],
  ]
  for (const [argv, message] of cases) {
    const r = run(...argv)
    t.equal(r.code, 2, String(message))
    t.match(r.err, message)
    t.equal(r.out, '', 'nothing on stdout')
  }
})

t.test('inclusion: proofs of the first, a middle and the last event verify', async (t) => {
  for (const [seq, size] of [
    [1, 40],
    [17, 40],
    [40, 40],
    [5, 5],
    [9, 23],
  ] as const) {
    const f = files(t, { 'proof.json': log.inclusion(seq, size) })
    const r = run('inclusion', f['proof.json']!, '--key', vkey, '--json')
    t.equal(r.code, 0, `event ${seq} in ${size}`)
    t.same(r.failed, [])
  }
  const f = files(t, { 'proof.json': { ...log.inclusion(17, 40), checkpoint: null }, 'cp.txt': log.checkpoint(40).note })
  const r = run('inclusion', f['proof.json']!, '--key', vkey, '--checkpoint', f['cp.txt']!)
  t.equal(r.code, 0, 'with the checkpoint from a file')
  t.match(r.out, '✓ Sự kiện có trong nhật ký đã ký / inclusion proof valid: the event is in the signed log (leaf 16 in the signed tree of 40')
})

t.test('inclusion: tampering is caught and named', async (t) => {
  const proof = log.inclusion(17, 40)
  const event = proof.event as Record<string, unknown>
  const path = [...proof.auditPath]
  path[2] = log.inclusion(3, 40).leafHash
  const f = files(t, {
    'event.json': { ...proof, event: { ...event, after: { ...(event.after as object), name: 'Ủy ban đã sửa' } } },
    'actor.json': { ...proof, event: { ...event, actorRole: 'auditor' } },
    'path.json': { ...proof, auditPath: path },
    'index.json': { ...proof, leafIndex: 17 },
    'foreign.json': { ...proof, checkpoint: auditLog(events, other.signer).checkpoint(40) },
    'size.json': { ...log.inclusion(17, 30), checkpoint: null },
    'altered.json': { ...proof, checkpoint: { ...proof.checkpoint, note: proof.checkpoint.note.replace('\n40\n', '\n39\n') } },
    'root.json': { ...proof, rootHash: log.checkpoint(39).rootHash },
    'cp40.txt': log.checkpoint(40).note,
  })
  const cases: [string, string[], string[]?][] = [
    ['event.json', ['leaf-hash', 'inclusion']],
    ['actor.json', ['leaf-hash', 'inclusion']],
    ['path.json', ['inclusion']],
    ['index.json', ['leaf-index']],
    ['foreign.json', ['signature']],
    ['size.json', ['tree-size', 'proof-root', 'inclusion'], ['--checkpoint', f['cp40.txt']!]],
    // The note says 39 over the root of 40. The path of leaf 16 has the same shape in both
    // sizes, so the hashes alone would pass: the signature is what refuses it.
    ['altered.json', ['signature', 'fields', 'tree-size']],
    // The proof's own rootHash is never used: the event is still proven against the signed root.
    ['root.json', ['proof-root']],
  ]
  for (const [name, failures, extra = []] of cases) {
    const r = run('inclusion', f[name]!, '--key', vkey, '--json', ...extra)
    t.equal(r.code, 1, name)
    t.same(r.failed, failures, name)
  }
  const human = run('inclusion', f['path.json']!, '--key', vkey)
  t.match(human.out, '✗ Sự kiện có trong nhật ký đã ký / inclusion proof valid')
  t.match(human.out, /✗ KHÔNG ĐẠT \/ FAIL: inclusion\n$/)
})

t.test('consistency: proofs between checkpoints verify', async (t) => {
  for (const [from, to] of [
    [10, 40],
    [1, 40],
    [16, 40],
    [39, 40],
    [40, 40],
  ] as const) {
    const f = files(t, { 'proof.json': log.consistency(from, to) })
    const r = run('consistency', f['proof.json']!, '--key', vkey, '--json', '--origin', ORIGIN)
    t.equal(r.code, 0, `${from} → ${to}`)
    t.same(r.failed, [])
  }
  const f = files(t, {
    'proof.json': { ...log.consistency(10, 40), fromCheckpoint: null, toCheckpoint: null },
    'old.txt': log.checkpoint(10).note,
    'new.json': log.checkpoint(40),
  })
  const r = run('consistency', f['proof.json']!, '--key', vkey, '--old', f['old.txt']!, '--new', f['new.json']!)
  t.equal(r.code, 0, r.out + r.err)
  t.match(r.out, '✓ Nhật ký chỉ được nối thêm / consistency proof valid: the log only grew (signed tree 10 → 40')
  t.match(r.out, `✓ Checkpoint cũ: chữ ký hợp lệ / old checkpoint: signature valid (key ${signer.keyId}`)
})

t.test('consistency: swapped, stale or rewritten checkpoints fail', async (t) => {
  // The same service key signs a log whose sixth event was rewritten afterwards.
  const forked = auditLog(auditEvents(40, { seq: 6, name: 'Ủy ban viết lại' }), signer)
  const proof = log.consistency(10, 40)
  const f = files(t, {
    'proof.json': proof,
    'cp10.txt': log.checkpoint(10).note,
    'cp30.txt': log.checkpoint(30).note,
    'cp40.txt': log.checkpoint(40).note,
    'fork40.txt': forked.checkpoint(40).note,
    'forked.json': { ...proof, toCheckpoint: forked.checkpoint(40), toRoot: forked.checkpoint(40).rootHash },
    'other.json': { ...proof, fromCheckpoint: auditLog(events, other.signer).checkpoint(10) },
  })
  const cases: [string[], string[]][] = [
    [
      ['--old', f['cp40.txt']!, '--new', f['cp10.txt']!],
      ['old-size', 'new-size', 'old-root', 'new-root', 'consistency'],
    ],
    [
      ['--new', f['cp30.txt']!],
      ['new-size', 'new-root', 'consistency'],
    ],
    [
      ['--old', f['cp30.txt']!],
      ['old-size', 'old-root', 'consistency'],
    ],
    [
      ['--new', f['fork40.txt']!],
      ['new-root', 'consistency'],
    ],
  ]
  for (const [extra, failures] of cases) {
    const r = run('consistency', f['proof.json']!, '--key', vkey, '--json', ...extra)
    t.equal(r.code, 1, extra.join(' '))
    t.same(r.failed, failures, extra.join(' '))
  }
  const forkedRun = run('consistency', f['forked.json']!, '--key', vkey)
  t.equal(forkedRun.code, 1, 'a rewritten log, consistently signed, is not an extension of the old one')
  t.match(forkedRun.out, /✗ KHÔNG ĐẠT \/ FAIL: consistency\n$/)
  const foreign = run('consistency', f['other.json']!, '--key', vkey, '--json')
  t.same(foreign.failed, ['old-signature'])
})

t.test('usage errors and malformed input exit 2 with a message', async (t) => {
  const proof = log.inclusion(3, 40)
  const f = files(t, {
    'bad.json': '{"seq": 3, "auditPath": [',
    'list.json': '[1, 2]',
    'nocp.json': { ...proof, checkpoint: null },
    'noevent.json': { ...proof, event: undefined },
    'badpath.json': { ...proof, auditPath: ['not base64!'] },
    'garbage.txt': 'hello\n',
    'keys.txt': '# nothing here\n',
    'badkey.txt': `${vkey.slice(0, -4)}AAA=\n`,
  })
  const cases: [string[], RegExp][] = [
    [[], /a command is required/],
    [['verify', f['bad.json']!, '--key', vkey], /unknown command "verify"/],
    [['inclusion', '--key', vkey], /inclusion takes exactly one file/],
    [['inclusion', f['nocp.json']!], /--key is required/],
    [['inclusion', f['nocp.json']!, '--key', vkey, '--frobnicate'], /Unknown option '--frobnicate'/],
    [['checkpoint', f['garbage.txt']!, '--key', vkey, '--old', f['garbage.txt']!], /checkpoint does not take --old/],
    [['inclusion', f['bad.json']!, '--key', vkey], /bad\.json: not valid JSON/],
    [['inclusion', f['list.json']!, '--key', vkey], /list\.json: expected a JSON object/],
    [['inclusion', join(t.testdirName, 'missing.json'), '--key', vkey], /missing\.json: ENOENT/],
    [['inclusion', f['nocp.json']!, '--key', vkey], /checkpoint is missing: pass --checkpoint <file>/],
    [['inclusion', f['noevent.json']!, '--key', vkey], /"event" must be the audit event object/],
    [['inclusion', f['badpath.json']!, '--key', vkey], /auditPath\[0\]: expected a base64 SHA-256 hash/],
    [['checkpoint', f['garbage.txt']!, '--key', vkey], /garbage\.txt: not a signed note/],
    [['checkpoint', f['garbage.txt']!, '--key', 'nope'], /--key nope: neither a verifier key nor a readable file: ENOENT/],
    [['checkpoint', f['garbage.txt']!, '--key', vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')], /does not match the key/],
    [['checkpoint', f['garbage.txt']!, '--key', f['keys.txt']!], /keys\.txt: no keys/],
    [['checkpoint', f['garbage.txt']!, '--key', f['badkey.txt']!], /badkey\.txt:1: /],
  ]
  for (const [argv, message] of cases) {
    const r = run(...argv)
    t.equal(r.code, 2, String(message))
    t.match(r.err, message)
    t.equal(r.out, '', 'nothing on stdout')
  }
  const json = run('inclusion', f['bad.json']!, '--key', vkey, '--json')
  t.equal(json.code, 2)
  t.match(JSON.parse(json.out), { ok: false, error: /not valid JSON/ })
  const help = run('--help')
  t.equal(help.code, 0)
  t.match(help.out, /ctd-verify consistency <proof\.json> --key <key>/)
  t.match(help.out, /--key <key> +a verifier key <name>\+<key id>\+<base64>, an Ed25519 public key in PEM/)
})

t.test('the executable bin/ctd-verify.js runs as a command', async (t) => {
  const cp = log.checkpoint(40)
  const f = files(t, { 'cp.txt': cp.note, 'altered.txt': cp.note.replace('\n40\n', '\n41\n') })
  const ok = spawnSync(process.execPath, ['bin/ctd-verify.js', 'checkpoint', f['cp.txt']!, '--key', vkey], { cwd: ROOT, encoding: 'utf8' })
  t.equal(ok.status, 0, ok.stderr)
  t.match(ok.stdout, `✓ Chữ ký hợp lệ / signature valid (key ${signer.keyId}`)
  t.match(ok.stdout, cp.rootHash)
  const bad = spawnSync(process.execPath, ['bin/ctd-verify.js', 'checkpoint', f['altered.txt']!, '--key', vkey], { cwd: ROOT, encoding: 'utf8' })
  t.equal(bad.status, 1)
  t.match(bad.stdout, 'FAIL: signature')
  const usage = spawnSync(process.execPath, ['bin/ctd-verify.js', 'checkpoint'], { cwd: ROOT, encoding: 'utf8' })
  t.equal(usage.status, 2)
  t.match(usage.stderr, 'checkpoint takes exactly one file')
})
