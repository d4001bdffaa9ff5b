import { sql } from 'drizzle-orm'
import { generateKeyPairSync } from 'node:crypto'
import t, { type Test } from 'tap'
import { rows } from '../../src/db/client.ts'
import { auditEvents } from '../../src/db/schema.ts'
import { canonicalJson } from '../../src/domain/canonical.ts'
import { parseCheckpoint } from '../../src/lib/tlog/checkpoint.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../../src/lib/tlog/merkle.ts'
import { openNote, parseVerifierKey, signerFromPem, type VerifierKey } from '../../src/lib/tlog/note.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

const b = (s: string) => Buffer.from(s, 'base64')

/** Verifies a checkpoint note with the published keys, as an outside auditor would; answers its size and root. */
function openCheckpoint(t: Test, note: string, keys: VerifierKey[]) {
  const opened = openNote(note, keys)
  t.ok(opened.verifiedBy.length > 0, 'the checkpoint is signed by a published key')
  return parseCheckpoint(opened.text)
}

async function publishedKeys(h: Pick<TestApp, 'call'>, token: string): Promise<VerifierKey[]> {
  const res = await h.call(token, { method: 'GET', url: '/v1/audit-log/keys' })
  return res.json().items.map((k: { verifierKey: string }) => parseVerifierKey(k.verifierKey))
}

/** Superuser edits that bypass the append-only triggers (what an attacker with the database could do). */
async function tamper(h: TestApp, table: string, statement: ReturnType<typeof sql>) {
  await h.app.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`alter table ${table} disable trigger ${table}_no_update_delete`))
    await tx.execute(statement)
    await tx.execute(sql.raw(`alter table ${table} enable trigger ${table}_no_update_delete`))
  })
}

t.test('every event has an inclusion proof and every two checkpoints a consistency proof that verify against the signed notes', async (t) => {
  // Only the first checkpoint is cut on its own (at once); the others on demand.
  const h = await buildTestApp(t, { AUDIT_CHECKPOINT_INTERVAL_S: 3600 })
  const auditor = await h.token('auditor')
  const reader = await h.token('reader')
  for (let i = 0; i < 5; i++) await createCommittee(h, { name: `Ủy ban ${i}`, level: 'central' })
  const first = await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  t.ok([200, 201].includes(first.statusCode), 'cut now, or already by the sequencer')
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).statusCode, 200, 'nothing new: the latest stands')
  for (let i = 5; i < 13; i++) await createCommittee(h, { name: `Ủy ban ${i}`, level: 'province' })
  const second = await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  t.equal(second.statusCode, 201)

  // Public: a reader may fetch the keys and the latest checkpoint, as JSON and as the note itself.
  const keys = await publishedKeys(h, reader)
  t.equal(keys.length, 1)
  const latest = await h.call(reader, { method: 'GET', url: '/v1/audit-log/checkpoint' })
  t.equal(latest.statusCode, 200)
  t.same(latest.json().log, { treeSize: second.json().treeSize, unsequenced: 0 })
  const note = await h.call(reader, { method: 'GET', url: '/v1/audit-log/checkpoint', headers: { accept: 'text/plain' } })
  t.match(note.headers['content-type'], /^text\/plain/)
  t.equal(note.body, latest.json().note)
  // One ETag per representation, and If-None-Match answers 304 while it holds.
  t.not(note.headers.etag, latest.headers.etag)
  for (const [res, accept] of [
    [latest, 'application/json'],
    [note, 'text/plain'],
  ] as const) {
    const again = await h.call(reader, { method: 'GET', url: '/v1/audit-log/checkpoint', headers: { accept, 'if-none-match': `W/${res.headers.etag}` } })
    t.equal(again.statusCode, 304, `${accept}: not modified`)
    t.equal(again.body, '')
  }
  const cp2 = openCheckpoint(t, note.body, keys)
  t.equal(cp2.origin, h.config.AUDIT_LOG_ORIGIN)
  t.equal(cp2.size, second.json().treeSize)
  const cp1 = openCheckpoint(t, first.json().note, keys)
  t.equal((await h.call(reader, { method: 'GET', url: '/v1/audit-events/1/inclusion-proof' })).statusCode, 403, 'proofs are for auditors')

  // Inclusion of every event in the newer checkpoint, recomputed from the event as served.
  const all = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events?limit=500' })).json().items
  t.equal(all.length, cp2.size)
  for (const event of all) {
    const proof = (await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${event.seq}/inclusion-proof` })).json()
    t.same(proof.event, event)
    const leaf = leafHash(Buffer.from(canonicalJson(event), 'utf8'))
    t.equal(proof.leafHash, leaf.toString('base64'))
    t.equal(proof.treeSize, cp2.size)
    t.ok(verifyInclusion(proof.leafIndex, proof.treeSize, leaf, proof.auditPath.map(b), cp2.root), `event ${event.seq} is in the signed tree`)
    if (event.seq <= cp1.size) {
      const older = (await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${event.seq}/inclusion-proof?treeSize=${cp1.size}` })).json()
      t.ok(verifyInclusion(older.leafIndex, cp1.size, leaf, older.auditPath.map(b), cp1.root), `event ${event.seq} is in the older tree`)
      t.equal(older.checkpoint.note, first.json().note)
    }
  }
  // A changed event no longer matches its leaf.
  const forged = { ...all[2], action: 'committee.deleted' }
  const p3 = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/3/inclusion-proof' })).json()
  t.notOk(verifyInclusion(2, cp2.size, leafHash(canonicalJson(forged)), p3.auditPath.map(b), cp2.root))

  // Consistency: the older checkpoint's tree is a prefix of the newer one's; every pair of sizes.
  const c = (await h.call(auditor, { method: 'GET', url: `/v1/audit-log/consistency-proof?from=${cp1.size}` })).json()
  t.equal(c.to, cp2.size)
  t.same([c.fromCheckpoint.note, c.toCheckpoint.note], [first.json().note, latest.json().note])
  t.ok(verifyConsistency(cp1.size, cp2.size, cp1.root, cp2.root, c.proof.map(b)), 'the log only grew between the two checkpoints')
  t.notOk(verifyConsistency(cp1.size, cp2.size, cp2.root, cp2.root, c.proof.map(b)))
  for (let from = 1; from <= cp2.size; from++) {
    const p = (await h.call(auditor, { method: 'GET', url: `/v1/audit-log/consistency-proof?from=${from}&to=${cp2.size}` })).json()
    if (!verifyConsistency(from, cp2.size, b(p.fromRoot), cp2.root, p.proof.map(b))) t.fail(`consistency ${from} → ${cp2.size}`)
    const incl = (await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${from}/inclusion-proof?treeSize=${from}` })).json()
    t.equal(incl.rootHash, p.fromRoot, `the root at ${from} is the same from both proofs`)
  }

  // A replica that last proved against an older checkpoint proves against the newer one once it is
  // cut, read in the same snapshot as its nodes.
  for (let i = 13; i < 16; i++) await createCommittee(h, { name: `Ủy ban ${i}`, level: 'province' })
  const third = await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  const cp3 = openCheckpoint(t, third.json().note, keys)
  for (const seq of [1, cp2.size, cp3.size]) {
    const p = (await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${seq}/inclusion-proof` })).json()
    t.equal(p.treeSize, cp3.size, `event ${seq}: against the newest checkpoint`)
    t.equal(p.checkpoint.note, third.json().note)
    t.ok(verifyInclusion(seq - 1, cp3.size, leafHash(canonicalJson(p.event)), p.auditPath.map(b), cp3.root), `event ${seq} is in the newest tree`)
  }
  const c3 = (await h.call(auditor, { method: 'GET', url: `/v1/audit-log/consistency-proof?from=${cp2.size}` })).json()
  t.equal(c3.to, cp3.size)
  t.ok(verifyConsistency(cp2.size, cp3.size, cp2.root, cp3.root, c3.proof.map(b)), 'and the newest extends the one before')

  // History, newest first, cursor paged.
  const page1 = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoints?limit=1' })).json()
  t.equal(page1.items[0].treeSize, cp3.size)
  const page2 = (await h.call(auditor, { method: 'GET', url: `/v1/audit-log/checkpoints?limit=1&cursor=${page1.nextCursor}` })).json()
  t.ok(page2.items[0].treeSize < cp3.size)

  // Asking beyond the log, or for an event outside the tree, is refused plainly.
  const ahead = await h.call(auditor, { method: 'GET', url: `/v1/audit-events/1/inclusion-proof?treeSize=${cp2.size + 50}` })
  t.equal(ahead.statusCode, 409)
  t.equal(ahead.json().code, 'TREE_SIZE_UNKNOWN')
  t.equal((await h.call(auditor, { method: 'GET', url: `/v1/audit-events/5/inclusion-proof?treeSize=4` })).json().code, 'SEQ_NOT_IN_TREE')
  t.equal((await h.call(auditor, { method: 'GET', url: `/v1/audit-events/99999/inclusion-proof` })).json().code, 'AUDIT_EVENT_NOT_FOUND')
  t.equal((await h.call(auditor, { method: 'GET', url: `/v1/audit-log/consistency-proof?from=9&to=3` })).json().code, 'INVALID_TREE_SIZES')

  const verify = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.match(verify, { valid: true, treeSize: cp3.size, rootHash: third.json().rootHash })
  t.ok(verify.checkpointsChecked >= 2, 'every checkpoint was checked (the background cuts some too)')
})

t.test('an event not yet in a checkpoint says so; the checkpoint follows within its interval', async (t) => {
  const h = await buildTestApp(t, { AUDIT_CHECKPOINT_EVERY: 1_000_000, AUDIT_CHECKPOINT_INTERVAL_S: 3600 })
  const auditor = await h.token('auditor')
  t.equal((await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint' })).json().code, 'NO_CHECKPOINT')
  await createCommittee(h, { name: 'A', level: 'central' })
  await h.app.auditLog.flush()
  // The first checkpoint is due at once (none yet); then none until the interval or the count.
  await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  const size = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint' })).json().treeSize
  await createCommittee(h, { name: 'B', level: 'central' })
  const res = await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${size + 1}/inclusion-proof` })
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'NOT_YET_CHECKPOINTED')
  t.equal(res.json().details.latestCheckpoint, size)
  const unsigned = await h.call(auditor, { method: 'GET', url: `/v1/audit-events/${size + 1}/inclusion-proof?treeSize=${size + 1}` })
  t.equal(unsigned.statusCode, 200, 'a proof against a tree size without a checkpoint is still served')
  t.equal(unsigned.json().checkpoint, null)
  // The JSON's ETag follows the log's size too, though the checkpoint stays.
  const before = await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint' })
  await createCommittee(h, { name: 'C', level: 'central' })
  await h.app.auditLog.flush()
  const after = await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint', headers: { 'if-none-match': before.headers.etag as string } })
  t.equal(after.statusCode, 200, 'changed: the log grew')
  t.equal(after.json().treeSize, size)
  t.equal(after.json().log.treeSize, before.json().log.treeSize + 1)
})

t.test('checkpoints are cut by count as events are sequenced in the background', async (t) => {
  const h = await buildTestApp(t, { AUDIT_CHECKPOINT_EVERY: 3, AUDIT_CHECKPOINT_INTERVAL_S: 3600, AUDIT_SEQUENCER_POLL_MS: 20 })
  const auditor = await h.token('auditor')
  for (let i = 0; i < 9; i++) await createCommittee(h, { name: `C${i}`, level: 'central' })
  // No flush: the background sequencer alone integrates and signs (polled until it has).
  let latest
  for (let i = 0; i < 500; i++) {
    latest = await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint' })
    if (latest.statusCode === 200 && latest.json().log.unsequenced === 0 && latest.json().treeSize >= latest.json().log.treeSize - 2) break
    await new Promise((r) => setTimeout(r, 20))
  }
  t.equal(latest!.statusCode, 200)
  const history = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoints?limit=100' })).json().items
  t.ok(history.length >= 2, 'several checkpoints were cut')
  t.equal(new Set(history.map((c: { treeSize: number }) => c.treeSize)).size, history.length, 'one checkpoint per size')
})

t.test('tampering with an event, a tree node, a leaf or a checkpoint: verify names it', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  for (let i = 0; i < 6; i++) await createCommittee(h, { name: `T${i}`, level: 'central' })
  await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  const verify = async () => (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal((await verify()).valid, true)

  // An inner node of the tree.
  const [node] = rows<{ hash: Buffer }>(await h.app.db.execute(sql`select hash from audit_tree_nodes where level = 1 and idx = 1`))
  await tamper(h, 'audit_tree_nodes', sql`update audit_tree_nodes set hash = ${Buffer.alloc(32, 7)} where level = 1 and idx = 1`)
  let v = await verify()
  t.match(v, { valid: false, firstBroken: { reason: 'NODE_MISMATCH', node: { level: 1, index: 1 }, seq: 4 } })
  await tamper(h, 'audit_tree_nodes', sql`update audit_tree_nodes set hash = ${node!.hash} where level = 1 and idx = 1`)
  t.equal((await verify()).valid, true, 'restored')

  // A leaf.
  await tamper(h, 'audit_tree_nodes', sql`update audit_tree_nodes set hash = ${Buffer.alloc(32, 1)} where level = 0 and idx = 4`)
  v = await verify()
  t.match(v, { valid: false, firstBroken: { reason: 'LEAF_MISMATCH', node: { level: 0, index: 4 }, seq: 5 } })
  await tamper(h, 'audit_tree_nodes', sql`delete from audit_tree_nodes where level = 0 and idx = 4`)
  t.match(await verify(), { firstBroken: { reason: 'NODE_MISSING', node: { level: 0, index: 4 } } })
  const leaf = (await h.app.db.select().from(auditEvents).orderBy(auditEvents.seq))[4]!
  const { eventLeafHash, servedEventOf } = await import('../../src/modules/audit-events/repository.ts')
  await h.app.db.execute(sql`insert into audit_tree_nodes (level, idx, hash) values (0, 4, ${eventLeafHash(servedEventOf(leaf))})`)
  t.equal((await verify()).valid, true, 'restored')

  // A checkpoint whose size or root was changed no longer carries a valid signature.
  const [cp] = rows<{ tree_size: number; note: string }>(
    await h.app.db.execute(sql`select tree_size, note from audit_checkpoints order by tree_size desc limit 1`),
  )
  await tamper(h, 'audit_checkpoints', sql`update audit_checkpoints set note = replace(note, ${`\n${cp!.tree_size}\n`}, ${`\n${Number(cp!.tree_size) + 1}\n`})`)
  t.match(await verify(), { valid: false, firstBroken: { reason: 'CHECKPOINT_SIGNATURE_INVALID', checkpoint: Number(cp!.tree_size) } })
  await tamper(h, 'audit_checkpoints', sql`update audit_checkpoints set note = ${cp!.note}, root_hash = ${Buffer.alloc(32)}`)
  t.match(await verify(), { valid: false, firstBroken: { reason: 'CHECKPOINT_ROOT_MISMATCH' } })
})

t.test('a tree lost or never built (an upgraded log) is rebuilt from the events', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  for (let i = 0; i < 7; i++) await createCommittee(h, { name: `U${i}`, level: 'central' })
  await h.app.auditLog.flush()
  const before = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  // As after migration 0007 on a database with events: a chain and no tree.
  await h.app.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_tree_nodes disable trigger audit_tree_nodes_no_update_delete`)
    await tx.execute(sql`delete from audit_tree_nodes`)
    await tx.execute(sql`alter table audit_tree_nodes enable trigger audit_tree_nodes_no_update_delete`)
    await tx.execute(sql`update audit_chain_head set tree_size = 0`)
  })
  await h.app.auditLog.flush()
  const after = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.match(after, { valid: true, treeSize: before.treeSize, rootHash: before.rootHash })
})

t.test('a sequencer batch that dies midway leaves every event pending, and the next one integrates them exactly once', async (t) => {
  const h = await buildTestApp(t, { AUDIT_SEQUENCER_POLL_MS: 20, AUDIT_SEQUENCER_BATCH: 4 })
  const auditor = await h.token('auditor')
  await h.app.auditLog.flush()
  // The batch's last statement fails after the events were moved (a crash between the moves and the commit).
  await h.app.db.execute(sql`create table sequencer_fault (on_ boolean)`)
  await h.app.db.execute(sql`insert into sequencer_fault values (true)`)
  await h.app.db.execute(
    sql.raw(`create function sequencer_fault() returns trigger as $$ begin
      if exists (select 1 from sequencer_fault where on_) then raise exception 'sequencer killed'; end if; return null; end $$ language plpgsql`),
  )
  await h.app.db.execute(sql`create trigger sequencer_fault after update on audit_chain_head for each statement execute function sequencer_fault()`)
  for (let i = 0; i < 10; i++) await createCommittee(h, { name: `K${i}`, level: 'central' })
  await new Promise((r) => setTimeout(r, 200))
  const [state] = rows<{ pending: number; events: number }>(
    await h.app.db.execute(sql`select (select count(*) from audit_pending)::int as pending, (select count(*) from audit_events)::int as events`),
  )
  t.ok(state!.pending >= 10, 'the events wait, committed with their changes')
  await h.app.db.execute(sql`update sequencer_fault set on_ = false`)
  const v = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.match(v, { valid: true, checked: state!.events + state!.pending })
  const events = await h.app.db.select().from(auditEvents).orderBy(auditEvents.seq)
  t.same(
    events.map((e) => e.seq),
    events.map((_, i) => i + 1),
  )
  t.equal(events.filter((e) => e.action === 'committee.created' && String((e.after as { name: string }).name).startsWith('K')).length, 10, 'each exactly once')
})

t.test('two replicas: concurrent writers on both, both sequencers running; no fork, no reused or lost position', async (t) => {
  const h = await buildTestApp(t, { PG_POOL_SIZE: 8, AUDIT_SEQUENCER_POLL_MS: 10, AUDIT_SEQUENCER_BATCH: 5, AUDIT_CHECKPOINT_EVERY: 7 })
  const other = await h.replica()
  const auditor = await h.token('auditor')
  const n = 60
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      (i % 2 ? other : h).call(h.adminToken, { method: 'POST', url: '/v1/committees', body: { name: `Replica ${i}`, level: 'central' } }),
    ),
  )
  t.ok(
    results.every((r) => r.statusCode === 201),
    'every write succeeds',
  )
  await Promise.all([h.app.auditLog.flush(), other.app.auditLog.flush()])
  const events = await h.app.db.select().from(auditEvents).orderBy(auditEvents.seq)
  t.same(
    events.map((e) => e.seq),
    events.map((_, i) => i + 1),
    'positions 1..N, no gap, no repeat',
  )
  t.equal(new Set(events.map((e) => e.prevHash)).size, events.length, 'no two events share a parent')
  const created = new Set(results.map((r) => r.json().id as string))
  t.equal(events.filter((e) => created.has(e.entityId)).length, n, 'every committed change has exactly one event')
  const v = (await other.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.match(v, { valid: true, checked: events.length, treeSize: events.length })
  t.ok(v.checkpointsChecked >= 1)
})

t.test('key rotation: a new key signs from then on; checkpoints of the old one stay verifiable', async (t) => {
  const h = await buildTestApp(t, { AUDIT_CHECKPOINT_INTERVAL_S: 3600 })
  const auditor = await h.token('auditor')
  await createCommittee(h, { name: 'R1', level: 'central' })
  const old = (await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json()
  const signer = signerFromPem(h.config.AUDIT_LOG_ORIGIN, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }))
  const rotated = await h.replica({ signer })
  await createCommittee(h, { name: 'R2', level: 'central' })
  const fresh = await rotated.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  t.equal(fresh.statusCode, 201)
  t.equal(fresh.json().keyId, signer.keyId)
  t.not(old.keyId, signer.keyId)

  const keys = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/keys' })).json().items
  t.equal(keys.length, 2)
  const retired = keys.find((k: { keyId: string }) => k.keyId === old.keyId)
  t.ok(retired.validUntil, 'the old key has an end of validity')
  t.equal(keys.find((k: { keyId: string }) => k.keyId === signer.keyId).validUntil, null)
  const verifiers = keys.map((k: { verifierKey: string }) => parseVerifierKey(k.verifierKey))
  t.equal(openNote(old.note, verifiers).verifiedBy[0]!.keyId, old.keyId, 'the old checkpoint verifies with the old key')
  t.equal(openNote(fresh.json().note, verifiers).verifiedBy[0]!.keyId, signer.keyId)

  // The replica still holding the old key signs nothing more.
  await createCommittee(h, { name: 'R3', level: 'central' })
  const refused = await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  t.equal(refused.statusCode, 409)
  t.equal(refused.json().code, 'SIGNING_KEY_RETIRED')
  const v = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal(v.valid, true)
  t.ok(v.checkpointsChecked >= 2, 'checkpoints of both keys verify')
})

t.test('without a signing key the log is sequenced and proven, and no checkpoint is signed', async (t) => {
  const h = await buildTestApp(t, {}, { signer: null })
  const auditor = await h.token('auditor')
  await createCommittee(h, { name: 'N', level: 'central' })
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'SIGNING_KEY_MISSING')
  t.equal((await h.call(auditor, { method: 'GET', url: '/v1/audit-events/1/inclusion-proof?treeSize=1' })).statusCode, 200)
  t.match((await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json(), { valid: true, checkpointsChecked: 0 })
})
