import { sql } from 'drizzle-orm'
import t from 'tap'
import { auditEvents } from '../../src/db/schema.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

t.test('every change writes a chained audit event in its transaction', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  const c = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const etag = (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${c.id}` })).headers.etag as string
  await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${c.id}`,
    headers: { 'if-match': etag, 'x-request-id': 'req-audit-1' },
    body: { shortName: 'UBTƯ' },
  })

  const res = await h.call(auditor, { method: 'GET', url: `/v1/audit-events?entityType=committee&entityId=${c.id}` })
  t.equal(res.statusCode, 200)
  const events = res.json().items
  t.same(
    events.map((e: { action: string }) => e.action),
    ['committee.created', 'committee.updated'],
  )
  const [created, updated] = events
  t.equal(created.before, null)
  t.equal(created.after.name, 'Ủy ban Trung ương MTTQ Việt Nam')
  t.notOk('searchText' in created.after, 'derived search columns stay out of the log')
  t.equal(updated.before.shortName, null)
  t.equal(updated.after.shortName, 'UBTƯ')
  t.equal(updated.requestId, 'req-audit-1')
  t.equal(updated.actorRole, 'admin')
  t.match(updated.actorKeyId, /^[0-9a-f-]{36}$/)
  t.equal(updated.prevHash, created.hash, 'each event links to the one before')
  t.equal(updated.seq, created.seq + 1)

  // A refused change writes nothing.
  await h.app.auditLog.flush()
  const before = (await h.app.db.select().from(auditEvents)).length
  await h.call(h.adminToken, { method: 'PATCH', url: `/v1/committees/${c.id}`, headers: { 'if-match': etag }, body: { shortName: 'stale' } })
  await h.app.auditLog.flush()
  t.equal((await h.app.db.select().from(auditEvents)).length, before)

  const since = await h.call(auditor, { method: 'GET', url: `/v1/audit-events?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}` })
  t.same(since.json().items, [])
  const paged = await h.call(auditor, { method: 'GET', url: '/v1/audit-events?limit=1' })
  t.equal(paged.json().items.length, 1)
  const next = await h.call(auditor, { method: 'GET', url: `/v1/audit-events?limit=1&cursor=${paged.json().nextCursor}` })
  t.equal(next.json().items[0].seq, paged.json().items[0].seq + 1)

  const verify = await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })
  t.match(verify.json(), { valid: true, checked: verify.json().lastSeq, treeSize: verify.json().lastSeq, firstBroken: null })
  t.ok(verify.json().checked >= 3)
})

t.test('append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async (t) => {
  const h = await buildTestApp(t)
  await createCommittee(h, { name: 'UBTƯ', level: 'central' })
  await h.app.auditLog.flush()
  const refusal = async (statement: ReturnType<typeof sql>) => {
    try {
      await h.app.db.execute(statement)
      return 'accepted'
    } catch (err) {
      return String((err as { cause?: Error }).cause?.message ?? (err as Error).message)
    }
  }
  t.match(await refusal(sql`update audit_events set action = 'x'`), /append-only \(UPDATE refused\)/)
  t.match(await refusal(sql`delete from audit_events`), /append-only \(DELETE refused\)/)
  t.match(await refusal(sql`truncate audit_events`), /append-only \(TRUNCATE refused\)/)
  t.ok((await h.app.db.select().from(auditEvents)).length > 0)
})

t.test('verify names the first broken link after a superuser edit that bypasses the trigger', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  for (const name of ['A', 'B', 'C']) await createCommittee(h, { name, level: 'central' })
  await h.app.auditLog.flush()
  const events = await h.app.db.select().from(auditEvents).orderBy(auditEvents.seq)
  const target = events[2]!
  // A superuser can switch the trigger off; the chain still gives the edit away.
  await h.app.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`)
    await tx.execute(sql`update audit_events set after = jsonb_set(after, '{name}', '"Tampered"') where seq = ${target.seq}`)
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`)
  })
  const res = await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })
  const body = res.json()
  t.equal(body.valid, false)
  t.equal(body.firstBroken.seq, target.seq)
  t.equal(body.firstBroken.reason, 'HASH_MISMATCH')
  t.equal(body.checked, target.seq - 1)

  // Rewriting the hash too breaks the next link instead.
  await h.app.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`)
    await tx.execute(sql`update audit_events set hash = ${'f'.repeat(64)} where seq = ${target.seq}`)
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`)
  })
  const again = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal(again.firstBroken.seq, target.seq)

  // Deleting the last event leaves the head pointing past the end.
  await h.app.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`)
    await tx.execute(sql`update audit_events set hash = ${target.hash} where seq = ${target.seq}`)
    await tx.execute(sql`update audit_events set after = ${JSON.stringify(target.after)}::jsonb where seq = ${target.seq}`)
    await tx.execute(sql`delete from audit_events where seq = (select max(seq) from audit_events)`)
    await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`)
  })
  const tail = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal(tail.valid, false)
  t.equal(tail.firstBroken.reason, 'HEAD_MISMATCH')
})

t.test('concurrent writers never fork the chain or reuse a sequence number', async (t) => {
  const h = await buildTestApp(t, { PG_POOL_SIZE: 10 })
  const auditor = await h.token('auditor')
  const n = 40
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) => h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body: { name: `Committee ${i}`, level: 'central' } })),
  )
  t.ok(
    results.every((r) => r.statusCode === 201),
    'all writes succeed',
  )
  await h.app.auditLog.flush()
  const events = await h.app.db.select().from(auditEvents).orderBy(auditEvents.seq)
  const seqs = events.map((e) => e.seq)
  t.same(
    seqs,
    Array.from({ length: seqs.length }, (_, i) => i + 1),
    'sequence numbers 1..N without gaps or repeats',
  )
  t.equal(new Set(events.map((e) => e.prevHash)).size, events.length, 'no two events share a parent: no fork')
  const verify = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal(verify.valid, true)
  t.equal(verify.checked, events.length)
})
