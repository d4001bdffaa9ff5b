import t from 'tap'
import { idempotencyKeys } from '../../src/db/schema.ts'
import { committees } from '../../src/db/schema.ts'
import { buildTestApp } from '../helpers/app.ts'

t.test('Idempotency-Key: replay, conflict, reuse, scope', async (t) => {
  const h = await buildTestApp(t)
  const post = (key: string, body: unknown, token = h.adminToken) =>
    h.call(token, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': key }, body })
  const body = { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' }

  const first = await post('k-1', body)
  t.equal(first.statusCode, 201)
  const replay = await post('k-1', { level: 'central', name: 'Ủy ban Trung ương MTTQ Việt Nam' })
  t.equal(replay.statusCode, 201, 'the first status is replayed (key order does not matter)')
  t.equal(replay.body, first.body, 'the first body is replayed')
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.headers.location, first.headers.location)
  t.equal(replay.headers.etag, first.headers.etag)
  t.equal((await h.app.db.select().from(committees)).length, 1, 'nothing was created twice')

  const reused = await post('k-1', { ...body, name: 'Other' })
  t.equal(reused.statusCode, 422)
  t.equal(reused.json().code, 'IDEMPOTENCY_KEY_REUSED')

  // A request still running holds the key: a duplicate gets 409.
  const principal = (await h.app.db.select().from(idempotencyKeys))[0]!.principal
  await h.app.db.insert(idempotencyKeys).values({
    principal, key: 'k-busy', method: 'POST', path: '/v1/committees', requestHash: 'x', state: 'in_progress',
    createdAt: new Date(), expiresAt: new Date(Date.now() + 3600_000),
  })
  const busy = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'k-busy' }, body })
  t.equal(busy.statusCode, 422, 'another body than the running one is a reuse')
  await h.app.db.update(idempotencyKeys).set({ requestHash: (await h.app.db.select().from(idempotencyKeys))[0]!.requestHash })
  const busySame = await post('k-busy', body)
  t.equal(busySame.statusCode, 409)
  t.equal(busySame.json().code, 'IDEMPOTENCY_KEY_IN_USE')

  // A claim left by a request that died (older than the lease) no longer holds the key.
  await h.app.db.update(idempotencyKeys).set({ createdAt: new Date(Date.now() - 11 * 60_000) }).where((await import('drizzle-orm')).eq(idempotencyKeys.key, 'k-busy'))
  const reclaimed = await post('k-busy', body)
  t.equal(reclaimed.statusCode, 201, 'an abandoned claim is taken over')

  // Errors are stored too: a replayed 4xx stays the same 4xx.
  const bad = await post('k-bad', { name: 'x', level: 'district', parentId: '01900000-0000-7000-8000-000000000000' })
  t.equal(bad.statusCode, 422)
  const badAgain = await post('k-bad', { name: 'x', level: 'district', parentId: '01900000-0000-7000-8000-000000000000' })
  t.equal(badAgain.statusCode, 422)
  t.equal(badAgain.headers['idempotent-replayed'], 'true')

  // Keys belong to the API key that sent them: another client may use the same string.
  const other = await h.token('admin')
  const otherFirst = await post('k-1', { name: 'Another', level: 'central' }, other)
  t.equal(otherFirst.statusCode, 201)
  t.not(otherFirst.headers['idempotent-replayed'], 'true')

  const invalid = await post('bad key with spaces', body)
  t.equal(invalid.statusCode, 400)
  t.equal(invalid.json().code, 'INVALID_IDEMPOTENCY_KEY')

  // An expired record no longer binds its key.
  await h.app.db.update(idempotencyKeys).set({ expiresAt: new Date(Date.now() - 1000) })
  const fresh = await post('k-1', { ...body, name: 'After expiry' })
  t.equal(fresh.statusCode, 201)
})

t.test('concurrent duplicates create exactly one resource', async (t) => {
  const h = await buildTestApp(t)
  const body = { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' }
  const results = await Promise.all(
    Array.from({ length: 8 }, () => h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'same' }, body })),
  )
  const statuses = results.map((r) => r.statusCode).sort()
  t.ok(statuses.every((s) => s === 201 || s === 409), `only 201 or 409: ${statuses}`)
  const created = results.filter((r) => r.statusCode === 201)
  t.ok(created.length >= 1)
  t.equal(new Set(created.map((r) => r.json().id)).size, 1, 'every 201 names the same committee')
  t.ok(results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'IDEMPOTENCY_KEY_IN_USE'))
  t.equal((await h.app.db.select().from(committees)).length, 1)
})
