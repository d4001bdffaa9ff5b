import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { DomainError } from '../../domain/errors.ts'
import { problems } from '../../lib/http-schemas.ts'

const Status = Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false })

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['health']
  app.get('/health/live', {
    config: { access: 'public' },
    schema: { operationId: 'live', tags, summary: 'Liveness: the process answers', security: [], response: { 200: Status } },
  }, async () => ({ status: 'ok' as const }))

  app.get('/health/ready', {
    config: { access: 'public' },
    schema: {
      operationId: 'ready',
      tags,
      summary: 'Readiness: the database answers',
      security: [],
      response: { 200: Status, ...problems(503) },
    },
  }, async () => {
    try {
      await app.database.ping()
    } catch {
      throw new DomainError('unavailable', 'DATABASE_UNAVAILABLE', 'The database does not answer')
    }
    return { status: 'ok' as const }
  })
}

export default routes
