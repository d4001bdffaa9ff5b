import { connect, type AddressInfo } from 'node:net'
import pg from 'pg'
import t from 'tap'
import type { Config } from '../../src/config.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'

/**
 * The service against its database misbehaving: connections killed, tables locked, a pool held
 * full, clients that give up. Each needs a second session holding locks, so PostgreSQL only;
 * PGlite is one session in this process, where none of this can happen. (The fault suite in
 * faults/ restarts a whole PostgreSQL under two replicas.)
 */
const onPostgres = process.env.DATABASE_URL ? false : 'needs PostgreSQL: PGlite has one session, which nothing else can lock or kill'

const body = { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' }
const quietTimeouts: Partial<Config> = { DB_LOCK_TIMEOUT_MS: 0, DB_STATEMENT_TIMEOUT_MS: 0, REQUEST_TIMEOUT_MS: 0 }

/** A second session on the app's database that holds a lock on `committees` until released. */
async function lockCommittees(t: { teardown(fn: () => unknown): void }, h: TestApp) {
  const url = (h.app.database.pool as unknown as { options: { connectionString: string } }).options.connectionString
  const locker = new pg.Client({ connectionString: url })
  await locker.connect()
  t.teardown(() => locker.end())
  await locker.query('begin')
  await locker.query('lock table committees in access exclusive mode')
  const waiting = async () =>
    (await locker.query(`select count(*)::int as n from pg_locks where not granted and relation = 'committees'::regclass`)).rows[0].n as number
  return {
    locker,
    /** Waits (a bounded number of polls) until `n` statements wait on the lock; returns how many do. */
    async untilWaiting(n = 1) {
      for (let i = 0; i < 500 && (await waiting()) < n; i++) await new Promise((r) => setTimeout(r, 20))
      return waiting()
    },
    waiting,
    release: () => locker.query('commit'),
  }
}

const create = (h: TestApp) => h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body })

t.test('a connection killed under a request: 503 with Retry-After, and the service goes on', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, quietTimeouts)
  const lock = await lockCommittees(t, h)
  const pending = create(h)
  t.equal(await lock.untilWaiting(), 1)
  await lock.locker.query(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'cum-thi-dua' and wait_event_type = 'Lock'`,
  )
  const res = await pending
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'DATABASE_UNAVAILABLE')
  t.ok(Number(res.headers['retry-after']) > 0, 'says when to retry')
  await lock.release()
  // Every idle connection is killed too: the pool drops them and opens new ones. (A request that
  // races the kill, on a connection whose end this process has not read yet, gets the 503 above.)
  const killed = (
    await lock.locker.query<{ pid: number }>(
      `select pid, pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'cum-thi-dua'`,
    )
  ).rows.map((r) => r.pid)
  t.ok(killed.length > 0)
  const pool = h.app.database.pool as unknown as { _clients: Array<{ processID: number }> }
  for (let i = 0; i < 500 && pool._clients.some((c) => killed.includes(c.processID)); i++) await new Promise((r) => setTimeout(r, 20))
  t.notOk(
    pool._clients.some((c) => killed.includes(c.processID)),
    'the pool dropped every killed connection (one held by a transaction whose begin failed included)',
  )
  t.equal((await create(h)).statusCode, 201, 'the next request is served')
})

t.test('a lock held too long: 503 LOCK_TIMEOUT', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, { ...quietTimeouts, DB_LOCK_TIMEOUT_MS: 200 })
  const lock = await lockCommittees(t, h)
  const res = await create(h)
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'LOCK_TIMEOUT')
  t.equal(res.headers['retry-after'], '1')
  await lock.release()
  t.equal((await create(h)).statusCode, 201)
})

t.test('a statement running too long: 503 STATEMENT_TIMEOUT', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, { ...quietTimeouts, DB_STATEMENT_TIMEOUT_MS: 300 })
  const lock = await lockCommittees(t, h)
  const res = await create(h)
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'STATEMENT_TIMEOUT')
  t.ok(res.headers['retry-after'])
  await lock.release()
})

t.test('a request past its deadline: its statement is cancelled, 503 REQUEST_TIMEOUT', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, { ...quietTimeouts, REQUEST_TIMEOUT_MS: 300 })
  const lock = await lockCommittees(t, h)
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'late' }, body })
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'REQUEST_TIMEOUT')
  t.ok(res.headers['retry-after'])
  t.equal(await lock.waiting(), 0, 'nothing of it still waits in the database')
  await lock.release()
  const retried = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: { 'idempotency-key': 'late' }, body })
  t.equal(retried.statusCode, 201, 'a retry with the same key runs: the timed-out request kept nothing')
})

t.test('a full pool: 503 DATABASE_BUSY, while readiness still answers', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, { ...quietTimeouts, PG_POOL_SIZE: 1, DB_POOL_ACQUIRE_TIMEOUT_MS: 200 })
  const lock = await lockCommittees(t, h)
  const holding = create(h)
  t.equal(await lock.untilWaiting(), 1, 'the only connection waits on the lock')
  const read = await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })
  t.equal(read.statusCode, 503)
  t.equal(read.json().code, 'DATABASE_BUSY')
  t.equal(read.headers['retry-after'], '1')
  const ready = await h.call(null, { method: 'GET', url: '/health/ready' })
  t.equal(ready.statusCode, 200, 'readiness has a connection of its own')
  await lock.release()
  t.equal((await holding).statusCode, 201)
})

t.test('a client that goes away stops holding a connection', { skip: onPostgres }, async (t) => {
  const h = await buildTestApp(t, { ...quietTimeouts, PG_POOL_SIZE: 2 })
  await h.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = h.app.server.address() as AddressInfo
  const lock = await lockCommittees(t, h)
  const payload = JSON.stringify(body)
  const sockets = [0, 1].map(() =>
    connect(port, '127.0.0.1', function (this: import('node:net').Socket) {
      this.write(
        `POST /v1/committees HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${h.adminToken}\r\n` +
          `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
      )
    }).on('error', () => {}),
  )
  t.equal(await lock.untilWaiting(2), 2, 'both requests hold a connection, waiting on the lock')
  for (const s of sockets) s.destroy()
  for (let i = 0; i < 500 && (await lock.waiting()) > 0; i++) await new Promise((r) => setTimeout(r, 20))
  t.equal(await lock.waiting(), 0, 'their statements were cancelled')
  const read = await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })
  t.equal(read.statusCode, 200, 'the pool serves others again while the lock is still held')
  await lock.release()
  const committees = await h.call(h.adminToken, { method: 'GET', url: '/v1/committees' })
  t.same(committees.json().items, [], 'nothing of the abandoned requests was written')
})
