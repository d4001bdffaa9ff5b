import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { COMMITTEE_KINDS, COMMITTEE_LEVELS, COMMITTEE_STATUSES, END_REASONS } from '../../domain/committees.ts'
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
import { committeeLinks, committeeNotFound, committeeService, type CommitteeLinks } from './service.ts'

const Level = StringEnum(COMMITTEE_LEVELS, 'central, province, district (huyện), commune (xã, phường), residential_area (khu dân cư)')
const Kind = StringEnum(COMMITTEE_KINDS, 'front_committee, or a non-Front unit that sits in a cluster')

const Decision = Type.Object(
  {
    number: Type.String({ minLength: 1, maxLength: 100, description: 'The decision or resolution number (e.g. 202/2025/QH15)' }),
    date: DateOnly,
    issuer: Nullable(Type.String({ maxLength: 300, description: 'Who issued it (Quốc hội, Ban Thường trực …)' })),
  },
  { additionalProperties: false, description: 'The decision (quyết định, nghị quyết) that ordered the merge or dissolution' },
)
const DecisionInput = Type.Object(
  {
    number: Type.String({ minLength: 1, maxLength: 100, description: 'The decision or resolution number (e.g. 202/2025/QH15)' }),
    date: DateOnly,
    issuer: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300, description: 'Who issued it (Quốc hội, Ban Thường trực …)' }))),
  },
  { additionalProperties: false, description: 'The decision (quyết định, nghị quyết) that ordered it' },
)

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
    endReason: Nullable(StringEnum(END_REASONS, 'How it ended: merged into one successor, or dissolved (its level abolished); null while active')),
    endDecision: Nullable(Decision),
    successorIds: Type.Array(Uuid, {
      description: 'Where its area went: the one successor when merged (as successorId), the committees named when dissolved (possibly none)',
    }),
    predecessors: Type.Array(Uuid, { description: 'Committees merged into this one, or dissolved naming it as a successor (in id order)' }),
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

const MergeBody = Type.Object({ successorId: Uuid, effectiveDate: DateOnly, decision: Type.Optional(Nullable(DecisionInput)) }, { additionalProperties: false })
const MergesBody = Type.Object(
  {
    predecessorIds: Type.Array(Uuid, { minItems: 1, maxItems: 100, description: 'The committees merged, all into the one successor' }),
    successorId: Uuid,
    effectiveDate: DateOnly,
    decision: Type.Optional(Nullable(DecisionInput)),
  },
  { additionalProperties: false },
)
const DissolveBody = Type.Object(
  {
    effectiveDate: DateOnly,
    decision: DecisionInput,
    successorIds: Type.Optional(
      Type.Array(Uuid, { maxItems: 100, description: 'The committees its area went to, of any level (a district’s went to communes); may be empty' }),
    ),
  },
  { additionalProperties: false },
)
const MergesResult = Type.Object(
  { successor: CommitteeSchema, predecessors: Type.Array(CommitteeSchema, { description: 'The merged committees, in the order named' }) },
  { additionalProperties: false },
)

const NO_LINKS: CommitteeLinks = { successorIds: [], predecessors: [] }

export const toCommittee = (r: CommitteeRow, links: CommitteeLinks = NO_LINKS) => ({
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
  endReason: r.endReason ?? null,
  endDecision: r.endDecision ?? null,
  successorIds: links.successorIds,
  predecessors: links.predecessors,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
})

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = committeeRepository(app.db)
  const service = committeeService(app.db, app.clock)
  /** The views of these rows, their successors and predecessors read in one pass. */
  const viewsOf = async (rows: CommitteeRow[]) => {
    const links = await committeeLinks(
      app.db,
      rows.map((r) => r.id),
    )
    return rows.map((r) => toCommittee(r, links.get(r.id)))
  }
  const committee = resource({
    find: (id: string) => repo.findById(id),
    notFound: committeeNotFound,
    etag: (r: CommitteeRow) => etagOf('committee', r.id, r.version),
    view: async (r: CommitteeRow) => (await viewsOf([r]))[0]!,
  })
  const tags = ['committees']
  app.publicViews.define('committee', {
    schema: CommitteeSchema,
    read: (id) => committee.show(id),
    readMany: async (ids) => new Map((await viewsOf(await repo.findByIds(ids))).map((v) => [v.id, v])),
  })

  // Organizers act on committees below their own: the scope is the parent of what they touch,
  // and of where it goes (a new parent, a successor).
  const parentOf = async (id: string) => (await committee.load(id)).parentId
  const patchScope = scopeOf({ params: IdParams, body: PatchBody }, async ({ params, body }) => {
    const current = await parentOf(params.id)
    return body.parentId === undefined ? [current] : [current, body.parentId]
  })
  const mergeScope = scopeOf({ params: IdParams, body: MergeBody }, async ({ params, body }) => [await parentOf(params.id), body.successorId])
  // Several merged at once: the parents of all that are merged, and the successor. A predecessor
  // that does not exist is the service's 422, with its pointer, not a scope question.
  const mergesScope = scopeOf({ body: MergesBody }, async ({ body }) => [
    ...(await repo.findByIds(body.predecessorIds)).map((r) => r.parentId),
    body.successorId,
  ])
  const dissolveScope = scopeOf({ params: IdParams, body: DissolveBody }, async ({ params, body }) => [await parentOf(params.id), ...(body.successorIds ?? [])])

  app.get(
    '/v1/committees',
    {
      config: { access: [grant(readersOf('committee'))] },
      schema: {
        operationId: 'listCommittees',
        tags,
        summary: 'List committees',
        description:
          'Cursor-paginated, in creation order. `q` ignores diacritics, case, đ/d and tone placement. ' +
          '`successorId` lists the predecessors of that committee: those merged into it, or dissolved naming it as a successor.',
        querystring: Type.Object(
          {
            parentId: Type.Optional(Uuid),
            level: Type.Optional(Level),
            status: Type.Optional(StringEnum(COMMITTEE_STATUSES)),
            successorId: Type.Optional(Uuid),
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
          viewsOf,
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
        description:
          'The merged committee keeps its history (status merged, validTo, successorId, endDecision); its active children move under the successor, ' +
          'which lists it in `predecessors`. Open cluster-years holding it warn of it (MEMBER_MERGED). Admin, or an organizer whose scope covers ' +
          "the committee's parent and the successor.",
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

  app.post(
    '/v1/committees/merges',
    {
      config: { access: [grant('admin'), grant('organizer', mergesScope)] },
      schema: {
        operationId: 'mergeCommittees',
        tags,
        summary: 'Merge several committees into one successor in one step (administrative reform)',
        description:
          'All or nothing: each predecessor is checked as a single merge is, and every problem is answered at once with its pointer ' +
          '(`/predecessorIds/2`); the code is the first one. Each merged committee keeps its history, its active children move under the successor, ' +
          'and the successor lists them in `predecessors`. Admin, or an organizer whose scope covers the parents of the merged committees and the successor.',
        headers: IdempotencyHeaders,
        body: MergesBody,
        response: {
          200: MergesResult,
          ...problems(400, 401, 403, 415, {
            422: [
              'SUCCESSOR_NOT_FOUND',
              'SUCCESSOR_NOT_ACTIVE',
              'PREDECESSOR_NOT_FOUND',
              'PREDECESSOR_NOT_ACTIVE',
              'DUPLICATE_PREDECESSOR',
              'MERGE_INTO_SELF',
              'MERGE_CYCLE',
              'MERGE_LEVEL_MISMATCH',
              'EFFECTIVE_DATE_BEFORE_VALID_FROM',
            ],
          }),
        },
      },
    },
    async (req) => {
      const { successor, predecessors } = await service.mergeMany(actorOf(req), req.body)
      const [s, ...p] = await viewsOf([successor, ...predecessors])
      return { successor: s!, predecessors: p }
    },
  )

  app.post(
    '/v1/committees/:id/dissolve',
    {
      config: { access: [grant('admin'), grant('organizer', dissolveScope)] },
      schema: {
        operationId: 'dissolveCommittee',
        tags,
        summary: 'Dissolve a committee: end it without a single successor (the district level, 1 July 2025)',
        description:
          'The committee keeps its history (status dissolved, validTo, endDecision, successorIds). Its active children move to its **parent** ' +
          '(a committee without a parent that still has active children is refused: CHILDREN_WITHOUT_PARENT). `successorIds` optionally names ' +
          'the committees its area went to, of any level; each lists it in `predecessors`. Open cluster-years holding it warn of it (MEMBER_DISSOLVED). ' +
          "Admin, or an organizer whose scope covers the committee's parent and every successor named.",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: DissolveBody,
        response: {
          200: CommitteeSchema,
          ...problems(400, 401, 403, 415, {
            404: ['COMMITTEE_NOT_FOUND'],
            409: ['COMMITTEE_ALREADY_ENDED', 'CHILDREN_WITHOUT_PARENT'],
            422: ['EFFECTIVE_DATE_BEFORE_VALID_FROM', 'SUCCESSOR_NOT_FOUND', 'SUCCESSOR_NOT_ACTIVE', 'SUCCESSOR_IS_SELF', 'DUPLICATE_SUCCESSOR'],
          }),
        },
      },
    },
    async (req, reply) => committee.answer(reply, await service.dissolve(actorOf(req), req.params.id, req.body)),
  )
}

export default routes
