import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { COMMITTEE_KINDS, COMMITTEE_LEVELS, COMMITTEE_STATUSES } from '../../domain/committees.ts'
import { foldForSearch } from '../../domain/text.ts'
import { etagOf } from '../../lib/etag.ts'
import {
  DateOnly,
  IdempotencyHeaders,
  IdParams,
  IfMatchHeaders,
  ListQuery,
  Nullable,
  SnapshotPage,
  problems,
  Timestamp,
  StringEnum,
  Uuid,
} from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { grant, scopeOf } from '../../plugins/auth.ts'
import { readersOf } from '../publication/service.ts'
import { actorOf } from '../audit-events/service.ts'
import { snapshotPage } from '../changes/service.ts'
import { committeeRepository, type CommitteeRow } from './repository.ts'
import { committeeNotFound, committeeService } from './service.ts'

const Level = StringEnum(COMMITTEE_LEVELS, 'central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)')
const Kind = StringEnum(COMMITTEE_KINDS, 'front_committee, or a non-Front unit that sits in a cluster')

export const CommitteeSchema = Type.Object(
  {
    id: Uuid,
    code: Nullable(Type.String({ description: 'Official administrative-unit code (Phú Thọ 25, Hà Nội 01, …)' })),
    name: Type.String(),
    shortName: Nullable(Type.String()),
    level: Level,
    kind: Kind,
    parentId: Nullable(Uuid),
    status: StringEnum(COMMITTEE_STATUSES),
    validFrom: Nullable(DateOnly),
    validTo: Nullable(DateOnly),
    successorId: Nullable(Uuid),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const Code = Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9A-Za-z._-]+$' })
const Name = Type.String({ minLength: 1, maxLength: 300 })

const CreateBody = Type.Object(
  {
    code: Type.Optional(Nullable(Code)),
    name: Name,
    shortName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    level: Level,
    kind: Type.Optional(Kind),
    parentId: Type.Optional(Nullable(Uuid)),
    validFrom: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false },
)

const PatchBody = Type.Object(
  {
    code: Type.Optional(Nullable(Code)),
    name: Type.Optional(Name),
    shortName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    level: Type.Optional(Level),
    kind: Type.Optional(Kind),
    parentId: Type.Optional(Nullable(Uuid)),
    validFrom: Type.Optional(Nullable(DateOnly)),
  },
  { additionalProperties: false, minProperties: 1 },
)

const MergeBody = Type.Object({ successorId: Uuid, effectiveDate: DateOnly }, { additionalProperties: false })

export const toCommittee = (r: CommitteeRow) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  shortName: r.shortName,
  level: r.level,
  kind: r.kind,
  parentId: r.parentId,
  status: r.status,
  validFrom: r.validFrom,
  validTo: r.validTo,
  successorId: r.successorId,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
})

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = committeeRepository(app.db)
  const service = committeeService(app.db, app.clock)
  const committee = resource({
    find: (id: string) => repo.findById(id),
    notFound: committeeNotFound,
    etag: (r: CommitteeRow) => etagOf('committee', r.id, r.version),
    view: toCommittee,
  })
  const tags = ['committees']
  app.publicViews.define('committee', {
    schema: CommitteeSchema,
    read: (id) => committee.show(id),
    readMany: async (ids) => new Map((await repo.findByIds(ids)).map((r) => [r.id, toCommittee(r)])),
  })

  // Organizers act on committees below their own: the scope is the parent of what they touch,
  // and of where it goes (a new parent, a successor).
  const parentOf = async (id: string) => (await committee.load(id)).parentId
  const patchScope = scopeOf({ params: IdParams, body: PatchBody }, async ({ params, body }) => {
    const current = await parentOf(params.id)
    return body.parentId === undefined ? [current] : [current, body.parentId]
  })
  const mergeScope = scopeOf({ params: IdParams, body: MergeBody }, async ({ params, body }) => [await parentOf(params.id), body.successorId])

  app.get(
    '/v1/committees',
    {
      config: { access: [grant(readersOf('committee'))] },
      schema: {
        operationId: 'listCommittees',
        tags,
        summary: 'List committees',
        description: 'Cursor-paginated, in creation order. `q` ignores diacritics, case, đ/d and tone placement.',
        querystring: Type.Object(
          {
            parentId: Type.Optional(Uuid),
            level: Type.Optional(Level),
            status: Type.Optional(StringEnum(COMMITTEE_STATUSES)),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in name, short name and code' })),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: SnapshotPage(CommitteeSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      snapshotPage(app.db, req.query, (query) =>
        listPage(
          query,
          byId,
          ({ q, ...filter }, after, limit) => repo.list({ ...filter, search: q ? foldForSearch(q) : undefined, afterId: after?.id, limit }),
          (rows) => rows.map(toCommittee),
        ),
      ),
  )

  app.get(
    '/v1/committees/:id',
    {
      config: { access: [grant(readersOf('committee'))] },
      schema: {
        operationId: 'getCommittee',
        tags,
        summary: 'Read a committee',
        params: IdParams,
        response: { 200: CommitteeSchema, ...problems(400, 401, 403, { 404: ['COMMITTEE_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => committee.read(reply, req.params.id),
  )

  app.post(
    '/v1/committees',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'organizer',
            scopeOf({ body: CreateBody }, async ({ body }) => body.parentId),
          ),
        ],
      },
      schema: {
        operationId: 'createCommittee',
        tags,
        summary: 'Create a committee',
        headers: IdempotencyHeaders,
        body: CreateBody,
        response: {
          201: CommitteeSchema,
          ...problems(400, 401, 403, 415, { 409: ['COMMITTEE_CODE_TAKEN'], 422: ['PARENT_NOT_FOUND', 'PARENT_NOT_ACTIVE', 'LEVEL_NOT_BELOW_PARENT'] }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.create(actorOf(req), { ...req.body, kind: req.body.kind ?? 'front_committee' })
      reply.header('location', `/v1/committees/${row.id}`)
      return reply.code(201).send(await committee.answer(reply, row))
    },
  )

  app.patch(
    '/v1/committees/:id',
    {
      config: { access: [grant('admin'), grant('organizer', patchScope)] },
      schema: {
        operationId: 'updateCommittee',
        tags,
        summary: 'Update a committee (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: PatchBody,
        response: {
          200: CommitteeSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['COMMITTEE_NOT_FOUND'],
            409: ['COMMITTEE_CODE_TAKEN', 'COMMITTEE_NOT_ACTIVE'],
            422: ['PARENT_NOT_FOUND', 'PARENT_NOT_ACTIVE', 'PARENT_CYCLE', 'LEVEL_NOT_BELOW_PARENT'],
          }),
        },
      },
    },
    async (req, reply) => {
      const current = await committee.loadIfMatch(req, req.params.id)
      return committee.answer(reply, await service.update(actorOf(req), req.params.id, current.version, req.body))
    },
  )

  app.post(
    '/v1/committees/:id/merge',
    {
      config: { access: [grant('admin'), grant('organizer', mergeScope)] },
      schema: {
        operationId: 'mergeCommittee',
        tags,
        summary: 'Merge a committee into its successor (administrative reform)',
        description: 'The merged committee keeps its history; its active children move under the successor.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: MergeBody,
        response: {
          200: CommitteeSchema,
          ...problems(400, 401, 403, 415, {
            404: ['COMMITTEE_NOT_FOUND'],
            409: ['COMMITTEE_ALREADY_MERGED'],
            422: ['SUCCESSOR_NOT_FOUND', 'SUCCESSOR_NOT_ACTIVE', 'MERGE_INTO_SELF', 'MERGE_CYCLE', 'MERGE_LEVEL_MISMATCH', 'EFFECTIVE_DATE_BEFORE_VALID_FROM'],
          }),
        },
      },
    },
    async (req, reply) => committee.answer(reply, await service.merge(actorOf(req), req.params.id, req.body)),
  )
}

export default routes
