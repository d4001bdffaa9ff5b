import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { OFFICER_POSITIONS } from '../../domain/officers.ts'
import { DateOnly, IdempotencyHeaders, IdParams, Nullable, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { grant, scopeOf } from '../../plugins/auth.ts'
import { readersOf } from '../publication/service.ts'
import { actorOf } from '../audit-events/service.ts'
import { committeeNotFound, findCommittee } from '../committees/service.ts'
import { officerRepository, type TenureRow } from './repository.ts'
import { officerService } from './service.ts'

const Position = StringEnum(
  OFFICER_POSITIONS,
  'chair (Chủ tịch), standing_vice_chair (Phó Chủ tịch Thường trực), vice_chair (Phó Chủ tịch), working_board_head (Trưởng Ban Công tác Mặt trận)',
)

const TenureSchema = Type.Object(
  {
    id: Uuid,
    committeeId: Uuid,
    position: Position,
    personName: Type.String(),
    title: Nullable(Type.String()),
    termLabel: Nullable(Type.String({ description: 'e.g. nhiệm kỳ 2024-2029' })),
    startDate: DateOnly,
    endDate: Nullable(Type.String({ format: 'date', description: 'Exclusive end; null while the tenure is open' })),
    reason: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
)

const toTenure = (t: TenureRow) => ({ ...t, createdAt: t.createdAt.toISOString() })

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = officerRepository(app.db)
  const service = officerService(app.db, app.clock)
  const tags = ['committees']
  app.publicViews.define('officer_tenure', {
    schema: TenureSchema,
    read: async (id) => {
      const row = await repo.findById(id)
      return row && toTenure(row)
    },
  })

  app.get(
    '/v1/committees/:id/officers',
    {
      config: { access: [grant(readersOf('officer_tenure'))] },
      schema: {
        operationId: 'listOfficers',
        tags,
        summary: "A committee's officer tenures, current and past",
        params: IdParams,
        querystring: Type.Object(
          { position: Type.Optional(Position), current: Type.Optional(Type.Boolean({ description: 'Only open tenures' })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(TenureSchema) }, { additionalProperties: false }),
          ...problems(400, 401, 403, { 404: ['COMMITTEE_NOT_FOUND'] }),
        },
      },
    },
    async (req) => {
      if (!(await findCommittee(app.db, req.params.id))) throw committeeNotFound(req.params.id)
      return { items: (await repo.list(req.params.id, req.query)).map(toTenure) }
    },
  )

  app.post(
    '/v1/committees/:id/officers/handover',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            ['organizer', 'secretariat'],
            scopeOf({ params: IdParams }, async ({ params }) => params.id),
          ),
        ],
      },
      schema: {
        operationId: 'handoverOfficer',
        tags,
        summary: 'Close the current tenure of a position and open the next, in one step',
        description:
          'Single-holder positions (chair, standing vice-chair, working-board head) never overlap; vice-chairs may be several: name the ' +
          'outgoing tenure when more than one is open, or set `additional` to appoint one more. The outgoing tenure ends on effectiveDate ' +
          '(exclusive) and the new one starts that day; a date before the current tenure began is refused.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            position: Position,
            incoming: Type.Object(
              { personName: Type.String({ minLength: 1, maxLength: 200 }), title: Type.Optional(Nullable(Type.String({ maxLength: 300 }))) },
              { additionalProperties: false },
            ),
            effectiveDate: DateOnly,
            termLabel: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
            reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
            outgoingTenureId: Type.Optional(Nullable(Uuid)),
            additional: Type.Optional(Type.Boolean({ description: 'Vice-chairs only: appoint without closing a tenure' })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ opened: TenureSchema, closed: Type.Array(TenureSchema) }, { additionalProperties: false }),
          ...problems(400, 401, 403, 415, 422, {
            404: ['COMMITTEE_NOT_FOUND'],
            409: ['COMMITTEE_NOT_ACTIVE', 'TENURE_NOT_OPEN'],
            422: ['INVALID_DATE', 'EFFECTIVE_DATE_BEFORE_TENURE_START', 'TENURE_OVERLAP', 'OUTGOING_TENURE_REQUIRED', 'POSITION_SINGLE_HOLDER'],
          }),
        },
      },
    },
    async (req, reply) => {
      const { opened, closed } = await service.handover(actorOf(req), req.params.id, req.body)
      reply.header('location', `/v1/committees/${req.params.id}/officers`)
      return reply.code(201).send({ opened: toTenure(opened), closed: closed.map(toTenure) })
    },
  )
}

export default routes
