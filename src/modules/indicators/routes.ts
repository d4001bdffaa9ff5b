import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { notFound } from '../../domain/errors.ts'
import { DIRECTIONS, VALUE_TYPES } from '../../domain/indicators.ts'
import { foldForSearch, toNfc } from '../../domain/text.ts'
import { etagOf } from '../../lib/etag.ts'
import {
  DecimalInput,
  DecimalString,
  IdempotencyHeaders,
  IdParams,
  IfMatchHeaders,
  ListQuery,
  Nullable,
  SnapshotPage,
  problems,
  StringEnum,
  Timestamp,
  Uuid,
} from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { grant } from '../../plugins/auth.ts'
import { readersOf } from '../publication/service.ts'
import { actorOf, updateAtVersion } from '../audit-events/service.ts'
import { snapshotPage } from '../changes/service.ts'
import { indicatorRepository, type IndicatorRow } from './repository.ts'
import { indicatorSearchText as searchText, indicatorService } from './service.ts'

const ValueTypeSchema = StringEnum(VALUE_TYPES, 'integer, decimal, boolean (true/false, stored 1/0) or percent (0..100)')
const DirectionSchema = StringEnum(DIRECTIONS, 'Whether a higher or a lower value is better')

const IndicatorSchema = Type.Object(
  {
    id: Uuid,
    code: Type.String({ description: 'UPPER_SNAKE, unique' }),
    nameVi: Type.String(),
    nameEn: Nullable(Type.String()),
    unit: Type.String({ description: 'đồng, house, commune, person, percent, count, …' }),
    valueType: ValueTypeSchema,
    direction: DirectionSchema,
    minValue: Nullable(DecimalString),
    maxValue: Nullable(DecimalString),
    description: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const toIndicator = (r: IndicatorRow) => ({
  id: r.id,
  code: r.code,
  nameVi: r.nameVi,
  nameEn: r.nameEn,
  unit: r.unit,
  valueType: r.valueType,
  direction: r.direction,
  minValue: r.minValue,
  maxValue: r.maxValue,
  description: r.description,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
})

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = indicatorRepository(app.db)
  const tags = ['indicators']
  const writers = [grant(['admin', 'organizer'])]
  const indicator = resource({
    find: (id: string) => repo.findById(id),
    notFound: (id: string) => notFound('INDICATOR_NOT_FOUND', `No indicator ${id}`),
    etag: (r: IndicatorRow) => etagOf('indicator', r.id, r.version),
    view: toIndicator,
  })
  app.publicViews.define('indicator', { schema: IndicatorSchema, read: (id) => indicator.show(id) })

  app.post(
    '/v1/indicators',
    {
      config: { access: writers },
      schema: {
        operationId: 'createIndicator',
        tags,
        summary: 'Add an indicator to the catalogue',
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            code: Type.String({ pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$', maxLength: 64, description: 'UPPER_SNAKE, e.g. HOUSES_BUILT' }),
            nameVi: Type.String({ minLength: 1, maxLength: 300 }),
            nameEn: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
            unit: Type.String({ minLength: 1, maxLength: 50 }),
            valueType: ValueTypeSchema,
            direction: Type.Optional(DirectionSchema),
            minValue: Type.Optional(Nullable(DecimalInput)),
            maxValue: Type.Optional(Nullable(DecimalInput)),
            description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
          },
          { additionalProperties: false },
        ),
        response: {
          201: IndicatorSchema,
          ...problems(400, 401, 403, 415, {
            409: ['INDICATOR_CODE_TAKEN'],
            422: ['INVALID_DECIMAL', 'MAX_BELOW_MIN', 'BOUNDS_NOT_APPLICABLE', 'OUT_OF_RANGE'],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await indicatorService(app.db, app.clock).create(actorOf(req), req.body)
      reply.header('location', `/v1/indicators/${row.id}`)
      return reply.code(201).send(await indicator.answer(reply, row))
    },
  )

  app.get(
    '/v1/indicators',
    {
      config: { access: [grant(readersOf('indicator'))] },
      schema: {
        operationId: 'listIndicators',
        tags,
        summary: 'The indicator catalogue',
        querystring: Type.Object(
          { q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), valueType: Type.Optional(ValueTypeSchema), ...ListQuery },
          { additionalProperties: false },
        ),
        response: { 200: SnapshotPage(IndicatorSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      snapshotPage(app.db, req.query, (query) =>
        listPage(
          query,
          byId,
          ({ q, valueType }, after, limit) => repo.list({ search: q ? foldForSearch(q) : undefined, valueType, afterId: after?.id, limit }),
          (rows) => rows.map(toIndicator),
        ),
      ),
  )

  app.get(
    '/v1/indicators/:id',
    {
      config: { access: [grant(readersOf('indicator'))] },
      schema: {
        operationId: 'getIndicator',
        tags,
        summary: 'Read an indicator',
        params: IdParams,
        response: { 200: IndicatorSchema, ...problems(400, 401, 403, { 404: ['INDICATOR_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => indicator.read(reply, req.params.id),
  )

  app.patch(
    '/v1/indicators/:id',
    {
      config: { access: writers },
      schema: {
        operationId: 'updateIndicator',
        tags,
        summary: 'Rename or describe an indicator (If-Match required)',
        description: 'Code, unit, value type, direction and bounds are fixed once created: submissions and schemes rely on them.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: Type.Object(
          {
            nameVi: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            nameEn: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
            description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: IndicatorSchema, ...problems(400, 401, 403, 412, 415, 428, { 404: ['INDICATOR_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => {
      const current = await indicator.loadIfMatch(req, req.params.id)
      const row = await app.db.transaction(async (tx) => {
        const nameVi = req.body.nameVi !== undefined ? toNfc(req.body.nameVi) : current.nameVi
        const nameEn = req.body.nameEn !== undefined ? (req.body.nameEn ? toNfc(req.body.nameEn) : null) : current.nameEn
        return updateAtVersion(tx, actorOf(req), {
          what: 'indicator',
          action: 'indicator.updated',
          entityType: 'indicator',
          before: current,
          write: () =>
            indicatorRepository(tx).updateAtVersion(current.id, current.version, {
              nameVi,
              nameEn,
              description: req.body.description !== undefined ? req.body.description : current.description,
              searchText: searchText({ code: current.code, nameVi, nameEn }),
              updatedAt: app.clock(),
            }),
        })
      })
      return indicator.answer(reply, row)
    },
  )
}

export default routes
