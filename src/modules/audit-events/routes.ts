import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { listPage, type Keyset } from '../../lib/pagination.ts'
import { grant } from '../../plugins/auth.ts'
import { auditRepository, toChainedEvent, type AuditEventRow } from './repository.ts'

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$' })

const AuditEventSchema = Type.Object(
  {
    seq: Type.Integer({ description: 'Position in the chain, from 1, without gaps' }),
    occurredAt: Timestamp,
    actorKeyId: Nullable(Uuid),
    actorRole: Nullable(Type.String()),
    actorCommitteeId: Nullable(Uuid),
    action: Type.String({ description: 'e.g. committee.created' }),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown({ description: 'The entity before the change (null on creation)' }),
    after: Type.Unknown({ description: 'The entity after the change' }),
    requestId: Nullable(Type.String()),
    prevHash: Hash,
    hash: Type.String({ description: 'sha256(prevHash ‖ RFC 8785 canonical JSON of the event without hash)' }),
  },
  { additionalProperties: false },
)

const toEvent = (r: AuditEventRow) => ({ ...toChainedEvent(r), hash: r.hash })
/** The chain's own order. */
const bySeq: Keyset<{ seq: number }, AuditEventRow> = { shape: { seq: 'integer' }, keyOf: (r) => ({ seq: r.seq }) }

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = auditRepository(app.db)
  const tags = ['audit']
  const access = [grant(['auditor', 'admin'])]

  app.get(
    '/v1/audit-events',
    {
      config: { access },
      schema: {
        operationId: 'listAuditEvents',
        tags,
        summary: 'The hash-chained audit log, oldest first',
        querystring: Type.Object(
          {
            entityType: Type.Optional(Type.String({ maxLength: 100 })),
            entityId: Type.Optional(Type.String({ maxLength: 100 })),
            since: Type.Optional(Timestamp),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(AuditEventSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        bySeq,
        (filter, after, limit) => repo.list({ ...filter, afterSeq: after?.seq, limit }),
        (rows) => rows.map(toEvent),
      ),
  )

  app.get(
    '/v1/audit-events/verify',
    {
      config: { access },
      schema: {
        operationId: 'verifyAuditChain',
        tags,
        summary: 'Recompute the chain and name the first broken link',
        response: {
          200: Type.Object(
            {
              valid: Type.Boolean(),
              checked: Type.Integer({ description: 'Events verified before the first break (all when valid)' }),
              lastSeq: Type.Integer(),
              lastHash: Hash,
              firstBroken: Nullable(
                Type.Object({
                  seq: Type.Integer(),
                  reason: StringEnum(['SEQUENCE_GAP', 'PREV_HASH_MISMATCH', 'HASH_MISMATCH', 'HEAD_MISMATCH'] as const),
                  expected: Type.String(),
                  found: Type.String(),
                }),
              ),
            },
            { additionalProperties: false },
          ),
          ...problems(401, 403),
        },
      },
    },
    async () => {
      const result = await repo.verify()
      return { valid: result.firstBroken === null, ...result }
    },
  )
}

export default routes
