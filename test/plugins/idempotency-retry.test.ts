import Fastify from 'fastify'
import fp from 'fastify-plugin'
import t from 'tap'
import idempotency from '../../src/plugins/idempotency.ts'
import problems from '../../src/plugins/problems.ts'
import requestScope from '../../src/plugins/request-scope.ts'
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
