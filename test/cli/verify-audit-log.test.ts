/**
 * ctd-verify audit-log against exports the service produced (full, partial, proved by a
 * consistency proof), and against the same files tampered with one way at a time.
 */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/ctd-verify.ts'
import { canonicalJson, sha256Hex } from '../../src/domain/canonical.ts'
import { formatVerifierKey, signerFromPem, signNote, verifierKeyOf } from '../../src/lib/tlog/note.ts'
import { recordAudit, SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function run(...argv: string[]) {
  let out = ''
  let err = ''
  const code = main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } })
  let failed: string[] | undefined
  if (argv.includes('--json') && code !== 2)
    failed = (JSON.parse(out) as { checks: { name: string; ok: boolean }[] }).checks.filter((c) => !c.ok).map((c) => c.name)
  return { code, out, err, failed }
}

const lineArray = (body: string) => body.slice(0, -1).split('\n')
const joinLines = (lines: string[]) => lines.join('\n') + '\n'
const rehash = (e: Record<string, unknown>) => {
  const { hash: _, ...chained } = e
  return { ...chained, hash: sha256Hex((chained.prevHash as string) + canonicalJson(chained)) }
}

t.test('ctd-verify audit-log', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  for (let i = 0; i < 3; i++) await createCommittee(h, { name: `Ủy ban MTTQ "Phú Thọ", ${i}`, level: 'central' })
  await h.app.db.transaction((tx) =>
    recordAudit(
      tx,
      SYSTEM_ACTOR,
      Array.from({ length: 1500 }, (_, i) => ({ action: 'committee.updated', entityType: 'committee', entityId: `c-${i}`, after: { name: `Ủy ban số ${i}` } })),
    ),
  )
  const first = (await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json().treeSize as number
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Hòa Bình', level: 'central' })
  const second = (await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json().treeSize as number
  const exported = async (q = '') => {
    const res = await h.call(auditor, { method: 'GET', url: `/v1/exports/audit-log${q}` })
    if (res.statusCode !== 200) throw new Error(res.body)
    return res.body
  }
  const full = await exported()
  const partial = await exported(`?fromSeq=700&toSeq=${second}`)
  const prefix = await exported(`?fromSeq=11&toSeq=${first - 3}`)

  const signer = h.app.auditLog['opts'].signer!
  const vkey = formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))
  const other = signerFromPem(signer.name, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }))
  const otherKey = formatVerifierKey(verifierKeyOf(other.name, other.publicKey))
  const pem = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signer.publicKey.toString('base64url') }, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString()
  const keysJson = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/keys' })).body
  const dir = t.testdir({ 'key.pem': pem, 'keys.json': keysJson, 'pinned.txt': `# pinned\n${vkey}\n` })
  let n = 0
  const file = (body: string) => {
    const path = join(dir, `export-${n++}.ndjson`)
    writeFileSync(path, body)
    return path
  }

  t.test('exports the service produced verify', async (t) => {
    const r = run('audit-log', file(full), '--key', vkey)
    t.equal(r.code, 0, r.out + r.err)
    t.match(r.out, `✓ Chuỗi băm nguyên vẹn / hash chain: every hash recomputed, every event linked to the one before (${second} events)`)
    t.match(r.out, `✓ Cây dựng lại từ sự kiện khớp gốc đã ký / the tree rebuilt from the events has the signed root (${second} events)`)
    t.match(r.out, `Sự kiện / events:            ${second} (seq 1–${second})`)
    t.match(r.out, /✓ ĐẠT \/ PASS\n$/)

    const p = run('audit-log', file(partial), '--key', vkey, '--json', '--origin', signer.name)
    t.equal(p.code, 0, p.out)
    t.same(p.failed, [])
    t.match(JSON.parse(p.out).summary, { events: second - 699, fromSeq: 700, toSeq: second, checkpointSize: second })

    const c = run('audit-log', file(prefix), '--key', vkey)
    t.equal(c.code, 0, c.out)
    t.match(
      c.out,
      `✓ Cây dựng lại là phần đầu của cây đã ký / the rebuilt tree is a prefix of the signed tree (consistency proof) (tree of ${first - 3} → signed tree of ${first},`,
    )

    t.equal(run('audit-log', file(full), '--key', join(dir, 'key.pem')).code, 0, 'a PEM public key')
    t.equal(run('audit-log', file(full), '--key', join(dir, 'keys.json')).code, 0, 'GET /v1/audit-log/keys')
    t.equal(run('audit-log', file(full), '--key', join(dir, 'pinned.txt'), '--key', otherKey).code, 0, 'a file of keys, and a key that did not sign')
  })

  t.test('the installed command runs it too', async (t) => {
    const res = spawnSync(process.execPath, [join(ROOT, 'bin/ctd-verify.js'), 'audit-log', file(partial), '--key', vkey], { encoding: 'utf8' })
    t.equal(res.status, 0, res.stdout + res.stderr)
    t.match(res.stdout, /✓ ĐẠT \/ PASS/)
    const help = spawnSync(process.execPath, [join(ROOT, 'bin/ctd-verify.js'), '--help'], { encoding: 'utf8' })
    t.match(help.stdout, 'ctd-verify audit-log <events.ndjson> --key <key>')
  })

  t.test('an altered event: its line and seq are named', async (t) => {
    const lines = lineArray(full)
    const e = JSON.parse(lines[4]!)
    e.after.name = 'Ủy ban MTTQ tỉnh Hòa Bình (đã sửa)'
    lines[4] = JSON.stringify(e)
    const r = run('audit-log', file(joinLines(lines)), '--key', vkey, '--json')
    t.equal(r.code, 1)
    t.same(r.failed, ['chain', 'root', 'signed-root'])
    const chain = JSON.parse(r.out).checks.find((c: { name: string }) => c.name === 'chain')
    t.match(chain.detail, `line 5 (seq 5): the hash does not match the event's content`)
    const text = run('audit-log', file(joinLines(lines)), '--key', vkey)
    t.match(text.out, /✗ KHÔNG ĐẠT \/ FAIL: chain, root, signed-root\n$/)
  })

  t.test('an altered event whose hash, and every later hash, is recomputed: the chain holds, the signed root does not', async (t) => {
    const lines = lineArray(full)
    const events = lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>)
    ;(events[9]!.after as Record<string, unknown>).name = 'giả mạo'
    for (let i = 9; i < events.length; i++) {
      if (i > 9) events[i]!.prevHash = events[i - 1]!.hash
      events[i] = rehash(events[i]!)
    }
    const r = run('audit-log', file(joinLines([...events.map((e) => JSON.stringify(e)), lines.at(-1)!])), '--key', vkey, '--json')
    t.equal(r.code, 1)
    t.same(r.failed, ['root', 'signed-root'])
  })

  t.test('a dropped line', async (t) => {
    const lines = lineArray(full)
    lines.splice(100, 1)
    const r = run('audit-log', file(joinLines(lines)), '--key', vkey, '--json')
    t.equal(r.code, 1)
    t.ok(r.failed!.includes('sequence') && r.failed!.includes('chain') && r.failed!.includes('signed-root'), r.failed!.join())
    const checks = JSON.parse(r.out).checks as { name: string; detail: string }[]
    t.match(checks.find((c) => c.name === 'sequence')!.detail, 'line 101 (seq 102): expected seq 101: events 101–101 missing')
    t.match(checks.find((c) => c.name === 'chain')!.detail, 'line 101 (seq 102): prevHash')
  })

  t.test('two lines swapped', async (t) => {
    const lines = lineArray(partial)
    ;[lines[20], lines[21]] = [lines[21]!, lines[20]!]
    const r = run('audit-log', file(joinLines(lines)), '--key', vkey, '--json')
    t.equal(r.code, 1)
    t.ok(r.failed!.includes('sequence') && r.failed!.includes('signed-root'), r.failed!.join())
    t.match(JSON.parse(r.out).checks.find((c: { name: string }) => c.name === 'sequence').detail, 'line 21 (seq 721): expected seq 720')
  })

  t.test('a truncated export, and a line after the checkpoint', async (t) => {
    const lines = lineArray(full)
    const truncated = run('audit-log', file(joinLines(lines.slice(0, 50))), '--key', vkey, '--json')
    t.equal(truncated.code, 1)
    t.match(JSON.parse(truncated.out).checks[0], { name: 'lines', ok: false, detail: /no checkpoint line after 50 lines: the export is truncated/ })
    const cut = run('audit-log', file(full.slice(0, -200)), '--key', vkey, '--json')
    t.equal(cut.code, 1, 'cut mid-line')
    t.match(JSON.parse(cut.out).checks[0].detail, /does not end with a newline|not JSON/)
    const extra = run('audit-log', file(full + lines[0] + '\n'), '--key', vkey, '--json')
    t.equal(extra.code, 1)
    t.match(JSON.parse(extra.out).checks[0].detail, `line ${second + 2} comes after the checkpoint line (line ${second + 1})`)
  })

  t.test('the checkpoint: its size or root altered, its signature altered, a wrong key', async (t) => {
    const lines = lineArray(full)
    const last = JSON.parse(lines.at(-1)!)
    const withLast = (l: unknown) => file(joinLines([...lines.slice(0, -1), JSON.stringify(l)]))

    // The JSON's treeSize edited: not as signed.
    const jsonSize = run('audit-log', withLast({ ...last, checkpoint: { ...last.checkpoint, treeSize: second + 1 } }), '--key', vkey, '--json')
    t.equal(jsonSize.code, 1)
    t.same(jsonSize.failed, ['fields'])
    // The note's size edited: the signature no longer verifies.
    const note = (last.checkpoint.note as string).replace(`\n${second}\n`, `\n${second - 1}\n`)
    const noteSize = run('audit-log', withLast({ ...last, checkpoint: { ...last.checkpoint, note } }), '--key', vkey, '--json')
    t.equal(noteSize.code, 1)
    t.ok(noteSize.failed!.includes('signature'), noteSize.failed!.join())
    t.match(JSON.parse(noteSize.out).checks.find((c: { name: string }) => c.name === 'signature').detail, /does not match the note: altered or forged/)
    // A checkpoint of a shorter log, signed anew with another key: the pinned key refuses it.
    const forged = signNote(`${signer.name}\n${second}\n${last.checkpoint.rootHash}\n`, other)
    const otherSigner = run('audit-log', withLast({ ...last, checkpoint: { ...last.checkpoint, note: forged } }), '--key', vkey, '--json')
    t.equal(otherSigner.code, 1)
    t.same(otherSigner.failed, ['signature'])
    // A signature byte flipped.
    const sigLine = (last.checkpoint.note as string).split('\n').at(-2)!
    const blob = Buffer.from(sigLine.split(' ').at(-1)!, 'base64')
    blob[10]! ^= 0xff
    const flipped = (last.checkpoint.note as string).replace(sigLine, `${sigLine.split(' ').slice(0, -1).join(' ')} ${blob.toString('base64')}`)
    const badSig = run('audit-log', withLast({ ...last, checkpoint: { ...last.checkpoint, note: flipped } }), '--key', vkey, '--json')
    t.equal(badSig.code, 1)
    t.same(badSig.failed, ['signature'])
    // The wrong key for an untouched export.
    const wrong = run('audit-log', file(full), '--key', otherKey, '--json')
    t.equal(wrong.code, 1)
    t.same(wrong.failed, ['signature'])
    t.match(JSON.parse(wrong.out).checks.find((c: { name: string }) => c.name === 'signature').detail, /signed only by keys not given/)
  })

  t.test('a partial export: its left subtrees, root or range altered', async (t) => {
    const lines = lineArray(partial)
    const last = JSON.parse(lines.at(-1)!)
    const withRange = (range: object) => file(joinLines([...lines.slice(0, -1), JSON.stringify({ ...last, range: { ...last.range, ...range } })]))
    const left = last.range.leftSubtrees.map((n: { hash: string }, i: number) => (i === 0 ? { ...n, hash: Buffer.alloc(32, 7).toString('base64') } : n))
    const r = run('audit-log', withRange({ leftSubtrees: left }), '--key', vkey, '--json')
    t.equal(r.code, 1)
    t.same(r.failed, ['root', 'signed-root'])
    const missing = run('audit-log', withRange({ leftSubtrees: last.range.leftSubtrees.slice(1) }), '--key', vkey, '--json')
    t.same(missing.failed, ['left-subtrees'])
    const shifted = run('audit-log', withRange({ fromSeq: 701 }), '--key', vkey, '--json')
    t.same(shifted.failed, ['range'])
    // Events dropped from the front: the range no longer matches, and the tree would not either.
    const front = run('audit-log', file(joinLines(lines.slice(1))), '--key', vkey, '--json')
    t.equal(front.code, 1)
    t.ok(front.failed!.includes('range'), front.failed!.join())

    const pl = lineArray(prefix)
    const plast = JSON.parse(pl.at(-1)!)
    const proof = plast.range.consistencyProof.map((h: string, i: number) => (i === 0 ? Buffer.alloc(32, 1).toString('base64') : h))
    const badProof = run(
      'audit-log',
      file(joinLines([...pl.slice(0, -1), JSON.stringify({ ...plast, range: { ...plast.range, consistencyProof: proof } })])),
      '--key',
      vkey,
      '--json',
    )
    t.equal(badProof.code, 1)
    t.same(badProof.failed, ['consistency'])
  })

  t.test('usage errors exit 2', async (t) => {
    t.equal(run('audit-log', file(full)).code, 2, 'no key')
    t.equal(run('audit-log', join(dir, 'missing.ndjson'), '--key', vkey).code, 2, 'no such file')
    t.equal(run('audit-log', file(full), file(full), '--key', vkey).code, 2, 'two files')
    const pk = run('audit-log', file(full), '--key', file(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()))
    t.equal(pk.code, 2)
    t.match(pk.err, 'a private key; give its public key')
  })
})
