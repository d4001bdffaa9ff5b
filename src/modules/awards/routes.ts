import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { notFound } from '../../domain/errors.ts'
import { AWARD_PROPOSAL_STATUSES } from '../../domain/workflows.ts'
import { etagOf } from '../../lib/etag.ts'
import {
  DateOnly,
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
  Year,
  YearParams,
} from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { grant, scopeOf } from '../../plugins/auth.ts'
import { readersOf } from '../publication/service.ts'
import { actorOf } from '../audit-events/service.ts'
import { snapshotPage } from '../changes/service.ts'
import { findClusterYearById } from '../cluster-years/service.ts'
import { clusterYearScopes } from '../clusters/service.ts'
import { awardRepository, type AwardTypeRow, type ProposalRow } from './repository.ts'
import { awardService, proposalNotFound } from './service.ts'

const AwardTypeSchema = Type.Object(
  {
    id: Uuid,
    organizerCommitteeId: Uuid,
    code: Type.String(),
    nameVi: Type.String(),
    nameEn: Nullable(Type.String()),
    precedence: Type.Integer({ description: 'Lower ranks first (1 is the highest award)' }),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const AwardTypeBody = Type.Object(
  {
    organizerCommitteeId: Uuid,
    code: Type.String({ pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$', maxLength: 64 }),
    nameVi: Type.String({ minLength: 1, maxLength: 300 }),
    nameEn: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    precedence: Type.Integer({ minimum: 1, maximum: 1000 }),
  },
  { additionalProperties: false },
)

const EventSchema = Type.Object(
  {
    action: StringEnum(['submit', 'approve', 'reject', 'revoke'] as const),
    decisionNumber: Nullable(Type.String()),
    decisionDate: Nullable(DateOnly),
    signer: Nullable(Type.String({ description: "The signer's name" })),
    signerTitle: Nullable(Type.String({ description: "The signer's title (chức vụ); required on approval" })),
    reason: Nullable(Type.String()),
    evidence: Nullable(Type.String()),
    at: Timestamp,
    actorKeyId: Nullable(Uuid),
  },
  { additionalProperties: false },
)

const ProposalSchema = Type.Object(
  {
    id: Uuid,
    clusterId: Uuid,
    year: Type.Integer(),
    committeeId: Uuid,
    awardTypeCode: Type.String(),
    status: StringEnum(AWARD_PROPOSAL_STATUSES),
    origin: StringEnum(['generated', 'hand'] as const, 'generated from the final ranking, or entered by hand by the cluster with its reason'),
    reason: Nullable(Type.String({ description: 'Why the cluster proposed it by hand; null for a generated one' })),
    explanation: Type.Object(
      {
        rank: Type.Integer(),
        total: DecimalString,
        // Typed in the contract; the handler passes the stored explanation through as it was drafted.
        rule: Type.Unsafe<unknown>(
          Type.Object(
            {
              awardTypeCode: Type.String(),
              maxCount: Nullable(Type.Integer({ description: 'At most this many; null: no limit' })),
              maxShare: Nullable(DecimalString),
              minTotal: Nullable(DecimalString),
              maxRank: Nullable(Type.Integer({ description: 'Best (lowest) rank allowed' })),
            },
            { description: "The award rule of the scheme applied (as in the scheme's awardRules)" },
          ),
        ),
        text: Type.String({ description: 'Why this member gets this award' }),
      },
      { additionalProperties: true },
    ),
    events: Type.Array(EventSchema, { description: 'Submission, decisions and revocation, oldest first; never edited' }),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const toType = (t: AwardTypeRow) => ({ ...t, createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString() })

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = awardRepository(app.db)
  const service = awardService(app.db, app.clock)
  const scopes = clusterYearScopes(app.db)
  const tags = ['awards']

  const views = async (rows: ProposalRow[]) => {
    const events = await repo.eventsOf(rows.map((r) => r.id))
    return rows.map((p) => ({
      id: p.id,
      clusterId: p.clusterId,
      year: p.year,
      committeeId: p.committeeId,
      awardTypeCode: p.awardTypeCode,
      status: p.status,
      origin: p.origin,
      reason: p.reason,
      explanation: p.explanation as { rank: number; total: string; rule: unknown; text: string },
      events: events
        .filter((e) => e.proposalId === p.id)
        .map((e) => ({
          action: e.action,
          decisionNumber: e.decisionNumber,
          decisionDate: e.decisionDate,
          signer: e.signer,
          signerTitle: e.signerTitle,
          reason: e.reason,
          evidence: e.evidence,
          at: e.at.toISOString(),
          actorKeyId: e.actorKeyId,
        })),
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    }))
  }

  const awardType = resource({
    find: (id: string) => repo.type(id),
    notFound: (id: string) => notFound('AWARD_TYPE_NOT_FOUND', `No award type ${id}`),
    etag: (t: AwardTypeRow) => etagOf('award-type', t.id, t.version),
    view: toType,
  })
  const proposal = resource({
    find: (id: string) => repo.proposal(id),
    notFound: proposalNotFound,
    etag: (p: ProposalRow) => etagOf('award-proposal', p.id, p.version),
    view: async (p: ProposalRow) => (await views([p]))[0]!,
  })
  app.publicViews.define('award_type', { schema: AwardTypeSchema, read: (id) => awardType.show(id) })
  app.publicViews.define('award_proposal', { schema: ProposalSchema, read: (id) => proposal.show(id) })

  // The head's secretariat submits the cluster's proposals; the organiser decides on them.
  const proposalCluster = async (id: string) => {
    const p = await repo.proposal(id)
    if (!p) throw proposalNotFound(id)
    const { row, cluster } = (await findClusterYearById(app.db, p.clusterYearId))!
    return { organizer: cluster.organizerCommitteeId, head: row.headId }
  }
  const secretariatOfProposal = [
    grant('admin'),
    grant(
      'secretariat',
      scopeOf({ params: IdParams }, async ({ params }) => (await proposalCluster(params.id)).head),
      { exact: true },
    ),
  ]
  const organizerOfProposal = [
    grant('admin'),
    grant(
      'organizer',
      scopeOf({ params: IdParams }, async ({ params }) => (await proposalCluster(params.id)).organizer),
    ),
  ]

  app.post(
    '/v1/award-types',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'organizer',
            scopeOf({ body: AwardTypeBody }, async ({ body }) => body.organizerCommitteeId),
          ),
        ],
      },
      schema: {
        operationId: 'createAwardType',
        tags,
        summary: "Add an award type to an organiser's list",
        description:
          'e.g. UBTƯ: comprehensive-excellence flag (1), excellence flag (2), certificate of merit (3). 409 AWARD_TYPE_CODE_TAKEN, PRECEDENCE_TAKEN.',
        headers: IdempotencyHeaders,
        body: AwardTypeBody,
        response: {
          201: AwardTypeSchema,
          ...problems(400, 401, 403, 415, { 409: ['AWARD_TYPE_CODE_TAKEN', 'PRECEDENCE_TAKEN'], 422: ['ORGANIZER_NOT_ACTIVE'] }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.createType(actorOf(req), req.body)
      reply.header('location', `/v1/award-types/${row.id}`)
      return reply.code(201).send(await awardType.answer(reply, row))
    },
  )

  app.get(
    '/v1/award-types',
    {
      config: { access: [grant(readersOf('award_type'))] },
      schema: {
        operationId: 'listAwardTypes',
        tags,
        summary: 'Award types',
        querystring: Type.Object({ organizerId: Type.Optional(Uuid), ...ListQuery }, { additionalProperties: false }),
        response: { 200: SnapshotPage(AwardTypeSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      snapshotPage(app.db, req.query, (query) =>
        listPage(
          query,
          byId,
          ({ organizerId }, after, limit) => repo.listTypes({ organizerId, afterId: after?.id, limit }),
          (rows) => rows.map(toType),
        ),
      ),
  )

  app.get(
    '/v1/award-types/:id',
    {
      config: { access: [grant(readersOf('award_type'))] },
      schema: {
        operationId: 'getAwardType',
        tags,
        summary: 'Read an award type',
        params: IdParams,
        response: { 200: AwardTypeSchema, ...problems(400, 401, 403, { 404: ['AWARD_TYPE_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => awardType.read(reply, req.params.id),
  )

  app.patch(
    '/v1/award-types/:id',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'organizer',
            scopeOf({ params: IdParams }, async ({ params }) => (await repo.type(params.id))?.organizerCommitteeId ?? null),
          ),
        ],
      },
      schema: {
        operationId: 'updateAwardType',
        tags,
        summary: 'Rename or reorder an award type (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: Type.Object(
          {
            nameVi: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
            nameEn: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
            precedence: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: AwardTypeSchema, ...problems(400, 401, 403, 412, 415, 428, { 404: ['AWARD_TYPE_NOT_FOUND'], 409: ['PRECEDENCE_TAKEN'] }) },
      },
    },
    async (req, reply) => {
      const current = await awardType.loadIfMatch(req, req.params.id)
      return awardType.answer(reply, await service.updateType(actorOf(req), current.id, current.version, req.body))
    },
  )

  app.post(
    '/v1/clusters/:id/years/:year/award-proposals/generate',
    {
      config: { access: [grant('admin'), grant('secretariat', scopes.headOf, { exact: true }), grant('organizer', scopes.organizerOf)] },
      schema: {
        operationId: 'generateAwardProposals',
        tags,
        summary: 'Draft the award proposals from the final ranking under the quotas',
        description:
          'Walks the final ranking: each eligible member gets the highest award type it qualifies for that has quota left; one award per member. ' +
          'Each proposal carries its explanation (rank, total, rule); members left out are listed with their reasons. 409 RANKING_NOT_FINAL, PROPOSALS_ALREADY_GENERATED.',
        params: YearParams,
        headers: IdempotencyHeaders,
        response: {
          201: Type.Object(
            {
              items: Type.Array(ProposalSchema),
              notAwarded: Type.Array(
                Type.Object({
                  committeeId: Uuid,
                  code: Type.String(),
                  rank: Type.Integer(),
                  total: DecimalString,
                  reasons: Type.Array(Type.Object({ code: Type.String(), awardTypeCode: Nullable(Type.String()), message: Type.String() })),
                }),
              ),
            },
            { additionalProperties: false },
          ),
          ...problems(400, 401, 403, 422, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['RANKING_NOT_FINAL', 'PROPOSALS_ALREADY_GENERATED', 'TIE_AT_AWARD_BOUNDARY'],
          }),
        },
      },
    },
    async (req, reply) => {
      const { proposals, notAwarded } = await service.generate(actorOf(req), req.params.id, req.params.year)
      return reply.code(201).send({ items: await views(proposals), notAwarded })
    },
  )

  app.post(
    '/v1/clusters/:id/years/:year/award-proposals',
    {
      config: { access: [grant('admin'), grant('secretariat', scopes.headOf, { exact: true }), grant('organizer', scopes.organizerOf)] },
      schema: {
        operationId: 'proposeAward',
        tags,
        summary: 'Propose an award by hand, outside the generated list, with a reason',
        description:
          'A draft proposal for one member, under the same rules as the generated list: the award rule of the type and its quota (counting the ' +
          'drafted, submitted and approved proposals), one proposal per member per cluster-year, eligibility, minimum total and best rank, and ' +
          'precedence along the final ranking (no member ranked below another gets a higher award). 409 RANKING_NOT_FINAL, MEMBER_ALREADY_PROPOSED, ' +
          'QUOTA_EXCEEDED, PRECEDENCE_INVERTED, NO_AWARD_RULE, NOT_RANKED, NOT_ELIGIBLE, BELOW_MIN_TOTAL, ABOVE_MAX_RANK; 422 REASON_REQUIRED, ' +
          'UNKNOWN_AWARD_TYPE. Once a cluster-year has a proposal, generate answers PROPOSALS_ALREADY_GENERATED: generate first, then add by hand.',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            committeeId: Uuid,
            awardTypeCode: Type.String({ minLength: 1, maxLength: 64 }),
            reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the cluster proposes this member (tờ trình)' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: ProposalSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: [
              'RANKING_NOT_FINAL',
              'MEMBER_ALREADY_PROPOSED',
              'QUOTA_EXCEEDED',
              'PRECEDENCE_INVERTED',
              'NO_AWARD_RULE',
              'NOT_RANKED',
              'NOT_ELIGIBLE',
              'BELOW_MIN_TOTAL',
              'ABOVE_MAX_RANK',
            ],
            422: ['REASON_REQUIRED', 'UNKNOWN_AWARD_TYPE'],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.propose(actorOf(req), req.params.id, req.params.year, req.body)
      reply.header('location', `/v1/award-proposals/${row.id}`)
      return reply.code(201).send(await proposal.answer(reply, row))
    },
  )

  app.get(
    '/v1/award-proposals',
    {
      config: { access: [grant(readersOf('award_proposal'))] },
      schema: {
        operationId: 'listAwardProposals',
        tags,
        summary: 'Award proposals and decisions',
        querystring: Type.Object(
          {
            clusterId: Type.Optional(Uuid),
            year: Type.Optional(Year),
            status: Type.Optional(StringEnum(AWARD_PROPOSAL_STATUSES)),
            committeeId: Type.Optional(Uuid),
            awardTypeCode: Type.Optional(Type.String({ maxLength: 64 })),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: SnapshotPage(ProposalSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      snapshotPage(app.db, req.query, (query) =>
        listPage(query, byId, (filter, after, limit) => repo.listProposals({ ...filter, afterId: after?.id, limit }), views),
      ),
  )

  app.get(
    '/v1/award-proposals/:id',
    {
      config: { access: [grant(readersOf('award_proposal'))] },
      schema: {
        operationId: 'getAwardProposal',
        tags,
        summary: 'Read a proposal with its events',
        params: IdParams,
        response: { 200: ProposalSchema, ...problems(400, 401, 403, { 404: ['PROPOSAL_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => proposal.read(reply, req.params.id),
  )

  const DecisionBody = (extra: Record<string, ReturnType<typeof Type.String>> = {}) =>
    Type.Object(
      {
        decisionNumber: Type.String({ minLength: 1, maxLength: 100, description: 'e.g. 123/QĐ-MTTW-BTT' }),
        decisionDate: DateOnly,
        signer: Type.Optional(Nullable(Type.String({ maxLength: 200, description: "The signer's name; required on approval (SIGNER_REQUIRED)" }))),
        signerTitle: Type.Optional(
          Nullable(Type.String({ maxLength: 200, description: "The signer's title, e.g. Phó Chủ tịch; required on approval (SIGNER_REQUIRED)" })),
        ),
        ...extra,
      },
      { additionalProperties: false },
    )
  const actionSchema = (name: string, summary: string, description: string) => ({
    operationId: `${name}AwardProposal`,
    tags,
    summary,
    description,
    params: IdParams,
    headers: IdempotencyHeaders,
    response: {
      200: ProposalSchema,
      ...problems(400, 401, 403, 415, {
        404: ['PROPOSAL_NOT_FOUND'],
        409: [
          'PROPOSAL_NOT_DRAFT',
          'PROPOSAL_NOT_SUBMITTED',
          'PROPOSAL_ALREADY_DECIDED',
          'PROPOSAL_NOT_APPROVED',
          'PROPOSAL_ALREADY_REVOKED',
          'PROPOSAL_INVALID_ACTION',
          'ALREADY_AWARDED',
          'NO_AWARD_RULE',
          'QUOTA_EXCEEDED',
          'NOT_RANKED',
          'NOT_ELIGIBLE',
          'BELOW_MIN_TOTAL',
          'ABOVE_MAX_RANK',
        ],
        422: ['DECISION_NUMBER_REQUIRED', 'DECISION_DATE_INVALID', 'SIGNER_REQUIRED', 'REVOCATION_REASON_REQUIRED', 'REJECTION_REASON_REQUIRED'],
      }),
    },
  })
  const Reason = Type.String({ minLength: 1, maxLength: 2000 })

  app.post(
    '/v1/award-proposals/:id/submit',
    {
      config: { access: secretariatOfProposal },
      schema: actionSchema(
        'submit',
        'Send the proposal to the organising committee',
        "By the head's secretariat. 409 PROPOSAL_NOT_DRAFT, PROPOSAL_ALREADY_DECIDED.",
      ),
    },
    async (req, reply) => proposal.answer(reply, await service.act(actorOf(req), req.params.id, 'submit', {})),
  )

  app.post(
    '/v1/award-proposals/:id/approve',
    {
      config: { access: organizerOfProposal },
      schema: {
        ...actionSchema(
          'approve',
          'Approve with the decision number, date and signer',
          "By the organiser, as the paper decision is written: its number, date, and the signer's name and title (422 SIGNER_REQUIRED). " +
            'Quotas are checked again (409 QUOTA_EXCEEDED, ALREADY_AWARDED, NOT_ELIGIBLE, …); 409 PROPOSAL_NOT_SUBMITTED, PROPOSAL_ALREADY_DECIDED.',
        ),
        body: DecisionBody(),
      },
    },
    async (req, reply) => proposal.answer(reply, await service.act(actorOf(req), req.params.id, 'approve', req.body)),
  )

  app.post(
    '/v1/award-proposals/:id/reject',
    {
      config: { access: organizerOfProposal },
      schema: {
        ...actionSchema('reject', 'Reject with the decision number, date and reason', 'By the organiser. 422 REJECTION_REASON_REQUIRED.'),
        body: DecisionBody({ reason: Reason }),
      },
    },
    async (req, reply) => proposal.answer(reply, await service.act(actorOf(req), req.params.id, 'reject', req.body)),
  )

  app.post(
    '/v1/award-proposals/:id/revoke',
    {
      config: { access: organizerOfProposal },
      schema: {
        ...actionSchema(
          'revoke',
          'Revoke an approved award (e.g. for false declarations)',
          'By the organiser, with the revoking decision, its grounds and evidence. The approval stays on record. 409 PROPOSAL_NOT_APPROVED, PROPOSAL_ALREADY_REVOKED.',
        ),
        body: DecisionBody({ reason: Reason, evidence: Reason }),
      },
    },
    async (req, reply) => proposal.answer(reply, await service.act(actorOf(req), req.params.id, 'revoke', req.body)),
  )
}

export default routes
