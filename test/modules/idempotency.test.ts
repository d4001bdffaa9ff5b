import { connect, type AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import t from 'tap'
import { idempotencyKeys } from '../../src/db/schema.ts'
import { committees } from '../../src/db/schema.ts'
import { buildTestApp } from '../helpers/app.ts'
import { scoredClusterYear } from '../helpers/fixtures.ts'

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
  t.ok(
    statuses.every((s) => s === 201 || s === 409),
    `only 201 or 409: ${statuses.join(',')}`,
  )
  const created = results.filter((r) => r.statusCode === 201)
  t.ok(created.length >= 1)
  t.equal(new Set(created.map((r) => r.json().id)).size, 1, 'every 201 names the same committee')
  t.ok(
    results.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'IDEMPOTENCY_KEY_IN_USE' && r.headers['retry-after'] === '1'),
    'each 409 says when to retry',
  )
  t.equal((await h.app.db.select().from(committees)).length, 1)
})

t.test('the effect and its stored answer commit together, or neither does', async (t) => {
  const h = await buildTestApp(t, {}, { allowInternalErrors: true })
  const body = { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' }
  const post = () => h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'atomic' }, body })
  // Storing the answer fails (as a commit can): the committee must not be created either.
  await h.app.db.execute(
    sql.raw(`create function refuse_answers() returns trigger language plpgsql as $$ begin raise exception 'answer store refused'; end $$`),
  )
  await h.app.db.execute(sql.raw('create trigger refuse_answers before insert on idempotency_keys for each row execute function refuse_answers()'))
  const failed = await post()
  t.ok(failed.statusCode >= 500, `the request failed (${failed.statusCode})`)
  t.equal(failed.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal((await h.app.db.select().from(committees)).length, 0, 'no effect without its stored answer')
  await h.app.db.execute(sql.raw('drop trigger refuse_answers on idempotency_keys'))
  const retried = await post()
  t.equal(retried.statusCode, 201, 'the retry runs at once: nothing holds the key')
  const [stored] = await h.app.db.select().from(idempotencyKeys)
  t.equal(stored?.state, 'completed')
  t.equal(stored?.responseBody?.toString('utf8'), retried.body, 'the stored answer is the bytes sent')
  t.equal((await post()).headers['idempotent-replayed'], 'true')
  t.equal((await h.app.db.select().from(committees)).length, 1)
})

t.test('an answer lost with its connection is replayed, never duplicated', async (t) => {
  const h = await buildTestApp(t)
  await h.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = h.app.server.address() as AddressInfo
  const payload = JSON.stringify({ name: 'Ủy ban MTTQ tỉnh Phú Thọ', level: 'central' })
  // The client writes its request and hangs up without reading the answer.
  await new Promise<void>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end(
        `POST /v1/committees HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${h.adminToken}\r\nidempotency-key: lost\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
      )
      socket.destroy()
      resolve()
    })
    socket.on('error', reject)
  })
  // The retry: until the first has finished it is told to wait (409 + Retry-After); then it gets
  // the first one's answer, or runs once if the first left nothing.
  let retry
  for (let attempt = 0; attempt < 200; attempt++) {
    retry = await fetch(`http://127.0.0.1:${port}/v1/committees`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.adminToken}`, 'idempotency-key': 'lost', 'content-type': 'application/json' },
      body: payload,
    })
    if (retry.status !== 409) break
    t.equal(retry.headers.get('retry-after'), '1')
    await new Promise((r) => setTimeout(r, 50))
  }
  t.equal(retry?.status, 201)
  t.equal((await h.app.db.select().from(committees)).length, 1, 'exactly one committee')
  const again = await fetch(`http://127.0.0.1:${port}/v1/committees`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.adminToken}`, 'idempotency-key': 'lost', 'content-type': 'application/json' },
    body: payload,
  })
  t.equal(again.headers.get('idempotent-replayed'), 'true')
})

t.test('a compressed answer is stored so that it replays faithfully, whatever the retry accepts', async (t) => {
  const h = await buildTestApp(t)
  const r = await scoredClusterYear(h, {
    names: ['Phú Thọ', 'Bắc Kạn'],
    scheme: {
      criteria: [
        {
          code: 'HOUSES',
          title: 'Nhà Đại đoàn kết',
          group: 'A',
          kind: 'standard',
          method: 'relative_to_best',
          maxPoints: '100',
          indicatorCode: 'HOUSES_BUILT',
        },
      ],
      bonusCap: '0',
      penaltyCap: '0',
      tieBreakGroups: ['A'],
      latePenalty: null,
      classificationBands: [],
      awardRules: [],
    },
    values: [{ HOUSES_BUILT: 1500 }, { HOUSES_BUILT: 1400 }],
  })
  const finalize = (encoding?: string) =>
    h.call(h.adminToken, {
      method: 'POST',
      url: `${r.base}/ranking/finalize`,
      headers: { 'idempotency-key': 'finalize-once', ...(encoding ? { 'accept-encoding': encoding } : {}) },
    })
  const first = await finalize('gzip')
  t.equal(first.statusCode, 200, 'a success stays a success after its commit')
  t.equal(first.headers['content-encoding'], 'gzip')
  t.match(first.headers.etag, /-gzip"$/, 'under the gzip body’s own ETag')
  const decoded = JSON.parse(gunzipSync(first.rawPayload).toString('utf8'))
  t.equal(decoded.final, true)
  const identity = await h.call(h.adminToken, { method: 'GET', url: `${r.base}/ranking` })
  for (const encoding of [undefined, 'gzip', 'br']) {
    const replay = await finalize(encoding)
    t.equal(replay.statusCode, 200)
    t.equal(replay.headers['idempotent-replayed'], 'true')
    t.equal(replay.headers['content-encoding'], undefined, 'replayed without content coding, which every client reads')
    t.same(replay.json(), decoded, `the same answer (${encoding ?? 'identity'})`)
    t.equal(replay.headers.etag, identity.headers.etag, 'under the ETag of the body it sends: the identity one')
  }
})

t.test(
  'a duplicate that arrives while the first is running gets 409 with Retry-After (PostgreSQL)',
  { skip: process.env.DATABASE_URL ? false : 'PGlite runs one transaction at a time: the duplicate waits and is replayed (see the concurrent test)' },
  async (t) => {
    const h = await buildTestApp(t)
    const locker = new pg.Client({ connectionString: (h.app.database.pool as unknown as { options: { connectionString: string } }).options.connectionString })
    await locker.connect()
    t.teardown(() => locker.end())
    await locker.query('begin')
    await locker.query('lock table committees in share row exclusive mode')
    const body = { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' }
    const send = () => h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'running' }, body })
    const first = send()
    // Wait (bounded) until the first request is queued on the lock, holding its key.
    for (let i = 0; i < 200; i++) {
      const { rows } = await locker.query(`select count(*)::int as n from pg_locks where not granted and relation = 'committees'::regclass`)
      if (rows[0].n > 0) break
      await new Promise((r) => setTimeout(r, 20))
    }
    const duplicate = await send()
    t.equal(duplicate.statusCode, 409)
    t.equal(duplicate.json().code, 'IDEMPOTENCY_KEY_IN_USE')
    t.equal(duplicate.headers['retry-after'], '1')
    await locker.query('commit')
    t.equal((await first).statusCode, 201)
    const later = await send()
    t.equal(later.headers['idempotent-replayed'], 'true')
    t.equal((await h.app.db.select().from(committees)).length, 1)
  },
)
