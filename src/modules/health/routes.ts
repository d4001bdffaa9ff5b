import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { databaseFailureOf } from '../../db/failures.ts'
import { DomainError } from '../../domain/errors.ts'
import { problems } from '../../lib/http-schemas.ts'

const Status = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false })

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['health']
  app.get(
    '/health/live',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'live',
        tags,
        summary: 'Liveness: the process answers',
        description: 'For an orchestrator: 200 while the process runs its event loop; it does not touch the database. Not rate-limited.',
        security: [],
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    '/health/ready',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'ready',
        tags,
        summary: 'Readiness: the database answers (within 1 s, on a connection of its own)',
        description:
          'For a load balancer: 200 when the database answers, 503 DATABASE_UNAVAILABLE or DATABASE_BUSY with Retry-After otherwise. Not rate-limited.',
        security: [],
        response: { 200: Status, ...problems(503) },
      },
    },
    async () => {
      try {
        // A budget under a second, on a connection the request pool cannot hold up.
        await app.database.ping(800)
      } catch (err) {
        const busy = databaseFailureOf(err)?.code === 'DATABASE_BUSY'
        throw new DomainError(
          'unavailable',
          busy ? 'DATABASE_BUSY' : 'DATABASE_UNAVAILABLE',
          busy ? 'The database did not answer in time' : 'The database does not answer',
          { retryAfterSeconds: busy ? 1 : 2 },
        )
      }
      return { status: 'ok' as const }
    },
  )
}

export default routes
