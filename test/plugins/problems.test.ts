import Fastify from 'fastify'
import t from 'tap'
import { DomainError } from '../../src/domain/errors.ts'
import problems from '../../src/plugins/problems.ts'

t.test('the error handler maps kinds, database states and the unexpected, never leaking a stack', async (t) => {
  const app = Fastify({ logger: false })
  await app.register(problems)
  const dbError = (code: string) => Object.assign(new Error('Failed query: insert …'), { cause: { code } })
  app.get('/domain', async () => {
    throw new DomainError('conflict', 'PERIOD_CLOSED', 'closed', { details: { period: 'FY' } })
  })
  app.get('/deadlock', async () => {
    throw dbError('40P01')
  })
  app.get('/boom', async () => {
    throw new Error('secret internals at /srv/app.ts:12')
  })
  t.teardown(() => app.close())

  const domain = await app.inject('/domain')
  t.same([domain.statusCode, domain.json().code, domain.json().details], [409, 'PERIOD_CLOSED', { period: 'FY' }])
  // Constraint violations (23505, 23503, …): test/db/constraints.test.ts, with the database's own errors.
  const deadlock = await app.inject('/deadlock')
  t.same([deadlock.statusCode, deadlock.json().code, deadlock.headers['retry-after']], [409, 'CONCURRENT_UPDATE', '1'], 'a deadlock says when to retry')
  const boom = await app.inject('/boom')
  t.equal(boom.statusCode, 500)
  t.equal(boom.json().code, 'INTERNAL_ERROR')
  t.notMatch(boom.body, /secret internals|app\.ts/, 'the message and stack stay in the log')
  t.match(boom.headers['content-type'], /application\/problem\+json/)
})
