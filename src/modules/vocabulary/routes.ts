import { createHash } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { notModified } from '../../lib/etag.ts'
import { problems } from '../../lib/http-schemas.ts'
import { VOCABULARY } from '../../lib/i18n/vocabulary.ts'
import { EVERY_ROLE, grant } from '../../plugins/auth.ts'

const Labelled = {
  vi: Type.String({ description: 'Vietnamese label, with full diacritics' }),
  en: Type.String({ description: 'English label' }),
}

const VocabularySchema = Type.Object(
  {
    groups: Type.Array(
      Type.Object(
        {
          name: Type.String({ description: 'The group, e.g. clusterYearStatuses, roles, problemCodes' }),
          ...Labelled,
          codes: Type.Array(
            Type.Object({ code: Type.String({ description: 'The value as the API sends and takes it' }), ...Labelled }, { additionalProperties: false }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'Vocabulary' },
)

/** GET /v1/vocabulary: the same for every caller and every request until the service is upgraded. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const body = { groups: [...VOCABULARY] }
  const etag = `"vocabulary-${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22)}"`
  app.get(
    '/v1/vocabulary',
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'getVocabulary',
        tags: ['vocabulary'],
        summary: 'Every code the API uses, with Vietnamese and English labels',
        description:
          'Statuses (committee, cluster-year, submission, award proposal), roles, levels, periods, criterion methods and kinds, ' +
          'indicator value types and directions, rotation policies, adjustment types, the codes of problems and of field errors, ' +
          'and the other closed sets of values the API sends or takes, each in a named group, so that portals and scripts can show ' +
          'them to people. Send If-None-Match with the ETag to get 304 when nothing changed.',
        headers: Type.Object({
          'if-none-match': Type.Optional(Type.String({ description: 'The ETag last read: 304 when it still matches' })),
        }),
        response: {
          200: VocabularySchema,
          304: { description: 'Not modified: the ETag still matches (no body)', type: 'null' },
          ...problems(401, 403),
        },
      },
    },
    async (req, reply) => {
      reply.header('etag', etag)
      if (notModified(req.headers['if-none-match'], etag)) return reply.code(304).send(undefined as never)
      return body
    },
  )
}

export default routes
