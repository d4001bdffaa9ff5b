import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import idempotency from '../../src/plugins/idempotency.ts'
import problems from '../../src/plugins/problems.ts'
import requestScope from '../../src/plugins/request-scope.ts'
import { rows } from '../../src/db/client.ts'
import { buildTestApp } from '../helpers/app.ts'

t.test('an answer that asks for a retry is not kept: the same Idempotency-Key runs the request again', async (t) => {
  const h = await buildTestApp(t) // for its database
  const app = Fastify({ logger: false })
  await app.register(problems)
  await app.register(requestScope, { requestTimeoutMs: 0, bulkTimeoutMs: 0 })
  await app.register(fp(async () => {}, { name: 'auth' }))
  await app.register(idempotency, { db: h.app.database.direct, ttlHours: 1 })
  let calls = 0
  app.post('/work', async () => {
    calls += 1
    // The first attempt loses a deadlock, as PostgreSQL reports it through the driver.
    if (calls === 1) throw Object.assign(new Error('Failed query'), { cause: { code: '40P01' } })
    return { done: calls }
  })
  t.teardown(() => app.close())
  const send = () => app.inject({ method: 'POST', url: '/work', headers: { 'idempotency-key': 'retry-me' }, payload: { a: 1 } })

  const lost = await send()
  t.same([lost.statusCode, lost.json().code, lost.headers['retry-after']], [409, 'CONCURRENT_UPDATE', '1'])
  const retried = await send()
  t.same([retried.statusCode, retried.json(), retried.headers['idempotent-replayed']], [200, { done: 2 }, undefined], 'the retry ran')
  const replayed = await send()
  t.same([replayed.statusCode, replayed.json(), replayed.headers['idempotent-replayed']], [200, { done: 2 }, 'true'], 'the success is kept')
  t.equal(calls, 2)
})

t.test('every write is one transaction: a failure after its own transactions committed keeps nothing, key or not', async (t) => {
  const h = await buildTestApp(t) // for its database
  const { DatabaseFailure } = await import('../../src/db/scope.ts')
  const { sql } = await import('drizzle-orm')
  const app = Fastify({ logger: false })
  await app.register(problems)
  await app.register(requestScope, { requestTimeoutMs: 0, bulkTimeoutMs: 0 })
  await app.register(fp(async () => {}, { name: 'auth' }))
  await app.register(idempotency, { db: h.app.database.direct, ttlHours: 1 })
  const db = h.app.database.db
  await db.execute(sql`create table if not exists effects (n int)`)
  app.post('/write-then-fail', async () => {
    // The service's transaction commits (as a savepoint of the request's)...
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into effects values (1)`)
    })
    // ...then the answer cannot be built: the database went away.
    throw new DatabaseFailure('DATABASE_UNAVAILABLE', 'The database cannot be reached')
  })
  t.teardown(() => app.close())
  for (const headers of [{}, { 'idempotency-key': 'k' }]) {
    const res = await app.inject({ method: 'POST', url: '/write-then-fail', headers, payload: {} })
    t.equal(res.statusCode, 503)
    t.equal(res.json().code, 'DATABASE_UNAVAILABLE')
    t.ok(res.headers['retry-after'])
  }
  const [row] = rows<{ n: number }>(await db.execute(sql`select count(*)::int as n from effects`))
  t.equal(row!.n, 0, 'a 503 means nothing was kept')
})
