import { MEMBERSHIP_PROBLEM_CODES } from '../../domain/membership.ts'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { allowedClusterYearEvents, CLUSTER_YEAR_STATUSES } from '../../domain/cluster-year.ts'
import { COMMITTEE_LEVELS } from '../../domain/committees.ts'
import { ROTATION_POLICIES } from '../../domain/rotation.ts'
import { foldForSearch } from '../../domain/text.ts'
import { etagOf, requireIfMatchIfExists } from '../../lib/etag.ts'
import {
  describedYear,
  IdempotencyHeaders,
  IdParams,
  IfMatchHeaders,
  IfMatchIfExistsHeaders,
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
import { grant, scopeOf } from '../../plugins/auth.ts'
import { readersOf } from '../publication/service.ts'
import { actorOf } from '../audit-events/service.ts'
import { snapshotPage } from '../changes/service.ts'
import { clusterRepository, type ClusterRow, type ClusterYearRow, type HandoverRow } from './repository.ts'
import { clusterYearScopes } from './scopes.ts'
import { clusterNotFound, clusterService, clusterYearNotFound, requireClusterYear } from './service.ts'
import { ClusterYearWarnings, membersOf, warningsOf } from '../cluster-years/service.ts'

const Policy = StringEnum(ROTATION_POLICIES, 'deputy_succeeds (the deputy becomes head), round_robin (a fixed order) or elected')
const Level = StringEnum(COMMITTEE_LEVELS)
const Year = describedYear('Calendar year of the emulation cycle')
const ChosenBy = Nullable(StringEnum(['appointed', 'handover', 'override'] as const, 'How the unit got the role'))

const ClusterSchema = Type.Object(
  {
    id: Uuid,
    code: Type.String(),
    name: Type.String(),
    organizerCommitteeId: Uuid,
    memberLevel: Level,
    rotationPolicy: Policy,
    roundRobinOrder: Nullable(Type.Array(Uuid)),
    description: Nullable(Type.String()),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const MemberSchema = Type.Object(
  { committeeId: Uuid, code: Nullable(Type.String()), name: Type.String(), shortName: Nullable(Type.String()) },
  { additionalProperties: false },
)

const ClusterYearSchema = Type.Object(
  {
    id: Uuid,
    clusterId: Uuid,
    year: Type.Integer(),
    status: StringEnum(CLUSTER_YEAR_STATUSES),
    allowedEvents: Type.Array(Type.String(), { description: 'State-machine events possible from this status' }),
    members: Type.Array(MemberSchema),
    headId: Nullable(Uuid),
    deputyId: Nullable(Uuid),
    headChosenBy: ChosenBy,
    deputyChosenBy: ChosenBy,
    leadershipNote: Nullable(Type.String({ description: 'The override reason, when the organiser overrode the rotation' })),
    warnings: ClusterYearWarnings,
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const HandoverSchema = Type.Object(
  {
    id: Uuid,
    clusterId: Uuid,
    fromYear: Type.Integer(),
    toYear: Type.Integer(),
    outgoingHeadId: Nullable(Uuid),
    incomingHeadId: Uuid,
    incomingDeputyId: Nullable(Uuid),
    headChosenBy: StringEnum(['handover', 'override'] as const),
    overrideReason: Nullable(Type.String()),
    handedOverAt: Timestamp,
    venue: Type.String(),
    rotatingFlagHandedOver: Type.Boolean({ description: 'Whether the rotating flag (cờ luân lưu) was handed over' }),
    minutesRef: Nullable(Type.String()),
    recordedBy: Nullable(Uuid),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
)

const Pick = Nullable(Type.Object({ committeeId: Uuid, rule: Type.String(), reason: Type.String() }, { additionalProperties: false }))
const SuccessionSchema = Type.Object(
  {
    clusterId: Uuid,
    fromYear: Type.Integer(),
    year: Type.Integer({ description: 'The year the suggestion is for' }),
    policy: Policy,
    head: Pick,
    deputy: Pick,
    eligible: Type.Array(Type.Object({ committeeId: Uuid, code: Type.String(), lastHeadYear: Nullable(Type.Integer()) }, { additionalProperties: false })),
    rule: Type.String(),
    reason: Type.String(),
  },
  { additionalProperties: false },
)

const LeadershipSchema = Type.Object(
  {
    clusterId: Uuid,
    items: Type.Array(
      Type.Object(
        {
          year: Type.Integer(),
          status: StringEnum(CLUSTER_YEAR_STATUSES),
          headId: Nullable(Uuid),
          deputyId: Nullable(Uuid),
          headChosenBy: ChosenBy,
          deputyChosenBy: ChosenBy,
          note: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

const Code = Type.String({ minLength: 1, maxLength: 64, pattern: '^[0-9A-Za-z._-]+$' })
const ClusterBody = Type.Object(
  {
    code: Code,
    name: Type.String({ minLength: 1, maxLength: 300 }),
    organizerCommitteeId: Uuid,
    memberLevel: Level,
    rotationPolicy: Policy,
    roundRobinOrder: Type.Optional(Nullable(Type.Array(Uuid, { maxItems: 500 }))),
    description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false },
)
const ClusterPatchBody = Type.Object(
  {
    code: Type.Optional(Code),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    rotationPolicy: Type.Optional(Policy),
    roundRobinOrder: Type.Optional(Nullable(Type.Array(Uuid, { maxItems: 500 }))),
    description: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  },
  { additionalProperties: false, minProperties: 1 },
)
const Members = Type.Array(Uuid, { maxItems: 500, description: 'Committee ids of the members for the year' })
const YearBody = Type.Object(
  {
    members: Type.Optional(Members),
    headId: Type.Optional(Nullable(Uuid)),
    deputyId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
)
const HandoverBody = Type.Object(
  {
    fromYear: Year,
    incomingHeadId: Uuid,
    incomingDeputyId: Type.Optional(Nullable(Uuid)),
    handedOverAt: Timestamp,
    venue: Type.String({ minLength: 1, maxLength: 300 }),
    rotatingFlagHandedOver: Type.Boolean(),
    minutesRef: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    override: Type.Optional(
      Nullable(Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false, description: 'Organiser only' })),
    ),
  },
  { additionalProperties: false },
)

const YearParams = Type.Object({ id: Uuid, year: Year })
const CarryParams = Type.Object({ id: Uuid, year: Year, committeeId: Uuid })
const CarryBody = Type.Object(
  {
    successorId: Uuid,
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the place passes (the decision or the conference that agreed it)' }),
  },
  { additionalProperties: false },
)

const toCluster = (c: ClusterRow) => ({
  id: c.id,
  code: c.code,
  name: c.name,
  organizerCommitteeId: c.organizerCommitteeId,
  memberLevel: c.memberLevel,
  rotationPolicy: c.rotationPolicy,
  roundRobinOrder: c.rotationOrder ?? null,
  description: c.description,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
})

const toHandover = (h: HandoverRow) => ({
  ...h,
  handedOverAt: h.handedOverAt.toISOString(),
  createdAt: h.createdAt.toISOString(),
})

const yearEtag = (y: ClusterYearRow) => etagOf('cluster-year', y.id, y.version)

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = clusterRepository(app.db)
  const service = clusterService(app.db, app.clock)
  const tags = ['clusters']

  const toClusterYear = async (y: ClusterYearRow) => ({
    id: y.id,
    clusterId: y.clusterId,
    year: y.year,
    status: y.status,
    allowedEvents: allowedClusterYearEvents(y.status),
    members: await membersOf(app.db, y.id),
    headId: y.headId,
    deputyId: y.deputyId,
    headChosenBy: y.headChosenBy,
    deputyChosenBy: y.deputyChosenBy,
    leadershipNote: y.leadershipNote,
    warnings: await warningsOf(app.db, y),
    version: y.version,
    createdAt: y.createdAt.toISOString(),
    updatedAt: y.updatedAt.toISOString(),
  })
  const cluster = resource({
    find: (id: string) => repo.findById(id),
    notFound: clusterNotFound,
    etag: (c: ClusterRow) => etagOf('cluster', c.id, c.version),
    view: toCluster,
  })
  const clusterYear = resource({
    find: (id: string, year: number) => repo.findYear(id, year),
    notFound: clusterYearNotFound,
    etag: yearEtag,
    view: toClusterYear,
  })

  app.publicViews.define('cluster', { schema: ClusterSchema, read: (id) => cluster.show(id) })
  app.publicViews.define('cluster_year', {
    schema: ClusterYearSchema,
    read: async (id) => {
      const row = await repo.findYearById(id)
      return row && toClusterYear(row)
    },
  })
  app.publicViews.define('handover', {
    schema: HandoverSchema,
    read: async (id) => {
      const row = await repo.handoverById(id)
      return row && toHandover(row)
    },
  })

  // Scopes: the organiser's staff act on its clusters; the outgoing head's secretariat on its handover.
  const outgoingHeadOf = scopeOf(
    { params: IdParams, body: HandoverBody },
    async ({ params, body }) => (await requireClusterYear(app.db, params.id, body.fromYear)).headId,
  )
  const { organizers } = clusterYearScopes(app.db)

  app.post(
    '/v1/clusters',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'organizer',
            scopeOf({ body: ClusterBody }, async ({ body }) => body.organizerCommitteeId),
          ),
        ],
      },
      schema: {
        operationId: 'createCluster',
        tags,
        summary: 'Create an emulation cluster (cụm thi đua)',
        headers: IdempotencyHeaders,
        body: ClusterBody,
        response: {
          201: ClusterSchema,
          ...problems(400, 401, 403, 415, {
            409: ['CLUSTER_CODE_TAKEN'],
            422: [
              'ORGANIZER_NOT_ACTIVE',
              'MEMBER_LEVEL_NOT_BELOW_ORGANIZER',
              'ROTATION_ORDER_REQUIRED',
              'ROTATION_ORDER_DUPLICATE',
              'ROTATION_ORDER_UNKNOWN_COMMITTEE',
            ],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.createCluster(actorOf(req), req.body)
      reply.header('location', `/v1/clusters/${row.id}`)
      return reply.code(201).send(await cluster.answer(reply, row))
    },
  )

  app.get(
    '/v1/clusters',
    {
      config: { access: [grant(readersOf('cluster'))] },
      schema: {
        operationId: 'listClusters',
        tags,
        summary: 'List clusters',
        querystring: Type.Object(
          {
            organizerId: Type.Optional(Uuid),
            level: Type.Optional(Level),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in name and code, diacritics-insensitive' })),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: SnapshotPage(ClusterSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      snapshotPage(app.db, req.query, (query) =>
        listPage(
          query,
          byId,
          ({ q, level, organizerId }, after, limit) =>
            repo.list({ organizerId, memberLevel: level, search: q ? foldForSearch(q) : undefined, afterId: after?.id, limit }),
          (rows) => rows.map(toCluster),
        ),
      ),
  )

  app.get(
    '/v1/clusters/:id',
    {
      config: { access: [grant(readersOf('cluster'))] },
      schema: {
        operationId: 'getCluster',
        tags,
        summary: 'Read a cluster',
        params: IdParams,
        response: { 200: ClusterSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => cluster.read(reply, req.params.id),
  )

  app.patch(
    '/v1/clusters/:id',
    {
      config: { access: organizers },
      schema: {
        operationId: 'updateCluster',
        tags,
        summary: 'Update a cluster (If-Match required)',
        description: 'The organiser and member level are fixed at creation.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ClusterPatchBody,
        response: {
          200: ClusterSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND'],
            409: ['CLUSTER_CODE_TAKEN'],
            422: ['ROTATION_ORDER_REQUIRED', 'ROTATION_ORDER_DUPLICATE', 'ROTATION_ORDER_UNKNOWN_COMMITTEE'],
          }),
        },
      },
    },
    async (req, reply) => {
      const current = await cluster.loadIfMatch(req, req.params.id)
      return cluster.answer(reply, await service.updateCluster(actorOf(req), current.id, current.version, req.body))
    },
  )

  app.get(
    '/v1/clusters/:id/years/:year',
    {
      config: { access: [grant(readersOf('cluster_year'))] },
      schema: {
        operationId: 'getClusterYear',
        tags,
        summary: 'Read a cluster-year: status, members, head and deputy',
        params: YearParams,
        response: { 200: ClusterYearSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => clusterYear.read(reply, req.params.id, req.params.year),
  )

  // PUT creates the year (no If-Match needed) or edits it (If-Match required).
  const putYear = async (
    req: FastifyRequest,
    { id, year }: { id: string; year: number },
    body: { members?: string[]; headId?: string | null; deputyId?: string | null },
  ) => {
    await cluster.load(id)
    const existing = await repo.findYear(id, year)
    requireIfMatchIfExists(req, existing ? yearEtag(existing) : null)
    return service.putYear(actorOf(req), id, year, body, existing?.version ?? null)
  }

  app.put(
    '/v1/clusters/:id/years/:year',
    {
      config: { access: organizers },
      schema: {
        operationId: 'putClusterYear',
        tags,
        summary: 'Create or edit a cluster-year while planning',
        description:
          "Creates the year (201) or edits it (200, If-Match required). `headId`/`deputyId` are accepted only for the cluster's first year " +
          '(appointed by the organiser); later years get them through a handover (409 LEADERSHIP_BY_HANDOVER_ONLY). Omitted fields stay as they are.',
        params: YearParams,
        headers: IfMatchIfExistsHeaders,
        body: YearBody,
        response: {
          200: ClusterYearSchema,
          201: ClusterYearSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND'],
            409: ['CLUSTER_YEAR_NOT_PLANNING', 'LEADERSHIP_BY_HANDOVER_ONLY', 'MEMBER_IN_OTHER_CLUSTER'],
            422: [...MEMBERSHIP_PROBLEM_CODES],
          }),
        },
      },
    },
    async (req, reply) => {
      const { row, created } = await putYear(req, req.params, req.body)
      return reply.code(created ? 201 : 200).send(await clusterYear.answer(reply, row))
    },
  )

  app.put(
    '/v1/clusters/:id/years/:year/members',
    {
      config: { access: organizers },
      schema: {
        operationId: 'putClusterYearMembers',
        tags,
        summary: 'Set the membership for the year (while planning)',
        description:
          "Members must be active committees of the cluster's member level, at least two, and in no other cluster of the same organiser that year. " +
          'Each violation has its own code (MEMBER_NOT_FOUND, MEMBER_NOT_ACTIVE, MEMBER_LEVEL_MISMATCH, DUPLICATE_MEMBER, TOO_FEW_MEMBERS, ' +
          'MEMBER_IN_OTHER_CLUSTER, HEAD_NOT_MEMBER, DEPUTY_NOT_MEMBER, CLUSTER_YEAR_NOT_PLANNING). If-Match required when the year exists.',
        params: YearParams,
        headers: IfMatchIfExistsHeaders,
        body: Type.Object({ members: Members }, { additionalProperties: false }),
        response: {
          200: ClusterYearSchema,
          201: ClusterYearSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND'],
            409: ['CLUSTER_YEAR_NOT_PLANNING', 'MEMBER_IN_OTHER_CLUSTER'],
            422: [...MEMBERSHIP_PROBLEM_CODES],
          }),
        },
      },
    },
    async (req, reply) => {
      const { row, created } = await putYear(req, req.params, { members: req.body.members })
      return reply.code(created ? 201 : 200).send(await clusterYear.answer(reply, row))
    },
  )

  app.post(
    '/v1/clusters/:id/years/:year/members/:committeeId/carry',
    {
      config: { access: organizers },
      schema: {
        operationId: 'carryClusterYearMember',
        tags,
        summary: "Carry a merged or dissolved member's place to its successor (2025 reform)",
        description:
          "In a year not yet finalised, the ended member's place passes to one of its successors: its membership, its head or deputy role, " +
          'and while planning its targets; its submissions, scores and history stay its own. Refused when the year is closed (CLUSTER_YEAR_CLOSED) ' +
          'or finalised (RANKING_FINALIZED), the committee is not a member (NOT_A_MEMBER) or still active (MEMBER_NOT_ENDED), the successor is not ' +
          "one of its successors (NOT_A_SUCCESSOR), has ended (SUCCESSOR_NOT_ACTIVE), is not at the cluster's level (MEMBER_LEVEL_MISMATCH), " +
          'is already a member (SUCCESSOR_ALREADY_MEMBER) or in another cluster of the organiser that year (MEMBER_IN_OTHER_CLUSTER). ' +
          "Admin or the cluster's organiser.",
        params: CarryParams,
        headers: IdempotencyHeaders,
        body: CarryBody,
        response: {
          200: ClusterYearSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'NOT_A_MEMBER'],
            409: ['CLUSTER_YEAR_CLOSED', 'RANKING_FINALIZED', 'MEMBER_NOT_ENDED', 'SUCCESSOR_ALREADY_MEMBER', 'MEMBER_IN_OTHER_CLUSTER'],
            422: ['NOT_A_SUCCESSOR', 'SUCCESSOR_NOT_ACTIVE', 'MEMBER_LEVEL_MISMATCH'],
          }),
        },
      },
    },
    async (req, reply) => {
      const { id, year, committeeId } = req.params
      return clusterYear.answer(reply, await service.carryMember(actorOf(req), id, year, committeeId, req.body))
    },
  )

  app.get(
    '/v1/clusters/:id/leadership',
    {
      config: { access: [grant(readersOf('cluster_year'))] },
      schema: {
        operationId: 'getClusterLeadership',
        tags,
        summary: 'Head and deputy of every year, with how each was chosen',
        params: IdParams,
        response: { 200: LeadershipSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND'] }) },
      },
    },
    async (req) => {
      await cluster.load(req.params.id)
      const years = await repo.years(req.params.id)
      return {
        clusterId: req.params.id,
        items: years.map((y) => ({
          year: y.year,
          status: y.status,
          headId: y.headId,
          deputyId: y.deputyId,
          headChosenBy: y.headChosenBy,
          deputyChosenBy: y.deputyChosenBy,
          note: y.leadershipNote,
        })),
      }
    },
  )

  app.get(
    '/v1/clusters/:id/years/:year/succession',
    {
      config: { access: [grant(readersOf('cluster_year'))] },
      schema: {
        operationId: 'getSuccession',
        tags,
        summary: "Suggested head and deputy for next year under the cluster's rotation policy",
        params: YearParams,
        response: { 200: SuccessionSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'] }) },
      },
    },
    async (req) => {
      const s = await service.succession(req.params.id, req.params.year)
      return { clusterId: req.params.id, fromYear: req.params.year, ...s }
    },
  )

  app.post(
    '/v1/clusters/:id/handovers',
    {
      config: { access: [...organizers, grant('secretariat', outgoingHeadOf, { exact: true })] },
      schema: {
        operationId: 'recordHandover',
        tags,
        summary: 'Record the leadership handover from one year to the next',
        description:
          "fromYear must be finalized. One transaction sets next year's head and deputy (creating next year with fromYear's membership when absent) " +
          'and closes fromYear. The same unit may not head two years running unless an organiser overrides with a reason. A second handover for the same year is 409.',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: HandoverBody,
        response: {
          201: HandoverSchema,
          ...problems(400, 401, 415, {
            403: ['OVERRIDE_NOT_ALLOWED'],
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: [
              'HANDOVER_ALREADY_RECORDED',
              'CLUSTER_YEAR_NOT_FINALIZED',
              'MEMBER_IN_OTHER_CLUSTER',
              'CLUSTER_YEAR_INVALID_TRANSITION',
              'CLUSTER_YEAR_CLOSED',
            ],
            422: ['OVERRIDE_REASON_REQUIRED', 'CONSECUTIVE_HEAD', ...MEMBERSHIP_PROBLEM_CODES],
          }),
        },
      },
    },
    async (req, reply) => {
      const role = req.principal?.role
      const handover = await service.recordHandover(actorOf(req), req.params.id, req.body, { overrideAllowed: role === 'organizer' || role === 'admin' })
      reply.header('location', `/v1/clusters/${req.params.id}/handovers`)
      return reply.code(201).send(toHandover(handover))
    },
  )

  app.get(
    '/v1/clusters/:id/handovers',
    {
      config: { access: [grant(readersOf('handover'))] },
      schema: {
        operationId: 'listHandovers',
        tags,
        summary: 'Handover history, oldest first',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(HandoverSchema) }, { additionalProperties: false }),
          ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND'] }),
        },
      },
    },
    async (req) => {
      await cluster.load(req.params.id)
      return { items: (await repo.handovers(req.params.id)).map(toHandover) }
    },
  )
}

export default routes
