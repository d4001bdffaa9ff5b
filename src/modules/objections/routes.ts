import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { notFound } from '../../domain/errors.ts'
import { MAX_OBJECTION_DAYS, OBJECTION_OUTCOMES, OBJECTION_STATUSES, objectionWindowState } from '../../domain/objections.ts'
import { IdempotencyHeaders, ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid, Year, YearParams } from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { grant, scopeOf, type Grant, type ScopeResolver } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import { memberIdsOf, requireClusterYear, type ClusterYearRow } from '../cluster-years/service.ts'
import { clusterYearScopes } from '../clusters/service.ts'
import { objectionRepository, type ObjectionRow } from './repository.ts'
import { objectionNotFound, objectionService } from './service.ts'

const WindowSchema = Type.Object(
  {
    opensAt: Timestamp,
    closesAt: Timestamp,
    state: StringEnum(['not_open', 'open', 'closed'] as const, 'Where the window stands now'),
  },
  { $id: 'ObjectionWindow', description: 'The objection window (khiếu nại, giải trình) on the provisional ranking' },
)

const ObjectionSchema = Type.Object(
  {
    id: Uuid,
    clusterYearId: Uuid,
    committeeId: Uuid,
    subjectCommitteeId: Uuid,
    criterionCode: Nullable(Type.String({ description: 'The criterion of that score; null: the total or the rank' })),
    reason: Type.String(),
    status: StringEnum(OBJECTION_STATUSES, 'open: awaiting the answer; accepted: corrected (see correction); rejected: see answer'),
    filedAt: Timestamp,
    filedBy: Nullable(Uuid),
    answer: Nullable(Type.String({ description: "The secretariat's reason" })),
    correction: Nullable(Type.String({ description: 'For an accepted objection: the correction made through the normal paths' })),
    answeredAt: Nullable(Timestamp),
    answeredBy: Nullable(Uuid),
  },
  { $id: 'Objection' },
)

const ObjectionParams = Type.Object({ id: Uuid, year: Year, objectionId: Uuid })
const Text = (description: string) => Type.String({ minLength: 1, maxLength: 4000, description })

const toObjection = (r: ObjectionRow) => ({
  id: r.id,
  clusterYearId: r.clusterYearId,
  committeeId: r.committeeId,
  subjectCommitteeId: r.subjectCommitteeId,
  criterionCode: r.criterionCode,
  reason: r.reason,
  status: r.status,
  filedAt: r.filedAt.toISOString(),
  filedBy: r.filedBy,
  answer: r.answer,
  correction: r.correction,
  answeredAt: r.answeredAt?.toISOString() ?? null,
  answeredBy: r.answeredBy,
})

const YEAR_MISSING = ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND']

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const service = objectionService(app.db, app.clock)
  const repo = objectionRepository(app.db)
  const scopes = clusterYearScopes(app.db)
  const tags = ['ranking']
  const base = '/v1/clusters/:id/years/:year'

  /** The window as the year's row holds it, and where it stands now; null before it is opened. */
  const windowOf = (row: ClusterYearRow) => {
    if (!row.objectionsOpenAt || !row.objectionsCloseAt) return null
    const w = { opensAt: row.objectionsOpenAt, closesAt: row.objectionsCloseAt }
    return { opensAt: w.opensAt.toISOString(), closesAt: w.closesAt.toISOString(), state: objectionWindowState(w, app.clock()) }
  }

  // A member's keys read its year's objections (its own and the others'): the member itself, not
  // the committees above it. Organisers, the secretariat, auditors and admins read every one.
  const memberOfYear: ScopeResolver = Object.assign(
    async (req: FastifyRequest) => {
      const { id, year } = req.params as { id: string; year: number }
      const mine = req.principal?.committeeId
      if (!mine) return null
      const row = await requireClusterYear(app.db, id, year)
      return (await memberIdsOf(app.db, row.id)).includes(mine) ? mine : null
    },
    { reads: { params: YearParams } },
  )
  const readers: Grant[] = [
    grant(['admin', 'auditor']),
    grant('organizer', scopes.organizerOf),
    grant('secretariat', scopes.headOf, { exact: true }),
    grant('submitter', memberOfYear, { exact: true }),
  ]
  // The filing member's keys (a provincial key may act for a member below it).
  const filers: Grant[] = [
    grant('admin'),
    grant(
      'submitter',
      scopeOf({ body: Type.Object({ committeeId: Uuid }) }, async ({ body }) => body.committeeId),
    ),
  ]

  app.get(
    `${base}/objection-window`,
    {
      config: { access: readers },
      schema: {
        operationId: 'getObjectionWindow',
        tags,
        summary: 'The objection window on the provisional ranking, once opened',
        params: YearParams,
        response: { 200: WindowSchema, ...problems(400, 401, 403, { 404: [...YEAR_MISSING, 'OBJECTION_WINDOW_NOT_FOUND'] }) },
      },
    },
    async (req) => {
      const window = windowOf(await requireClusterYear(app.db, req.params.id, req.params.year))
      if (!window) throw notFound('OBJECTION_WINDOW_NOT_FOUND', 'No objection window has been opened for this cluster-year')
      return window
    },
  )

  app.post(
    `${base}/objection-window`,
    {
      config: { access: scopes.organizers },
      schema: {
        operationId: 'openObjectionWindow',
        tags,
        summary: 'Open the objection window (khiếu nại, giải trình) on the provisional ranking',
        description:
          `Once the FY period is over and before the ranking is final, the organiser opens one window of \`days\` days (1 to ${MAX_OBJECTION_DAYS}), ` +
          `from \`opensAt\` (default now, at most ${MAX_OBJECTION_DAYS} days ahead). While it is open members file objections; finalisation waits until it is over and every objection ` +
          'is answered (blockers OBJECTION_WINDOW_OPEN and OBJECTIONS_UNANSWERED). Codes: 409 FY_NOT_CLOSED, OBJECTION_WINDOW_EXISTS (one ' +
          'window per year), RANKING_FINALIZED, CLUSTER_YEAR_NOT_SCORING; 422 INVALID_WINDOW.',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            days: Type.Integer({ minimum: 1, maximum: MAX_OBJECTION_DAYS, description: 'How many days it stays open' }),
            opensAt: Type.Optional(Timestamp),
          },
          { additionalProperties: false },
        ),
        response: {
          201: WindowSchema,
          ...problems(400, 401, 403, 415, {
            404: YEAR_MISSING,
            409: ['FY_NOT_CLOSED', 'OBJECTION_WINDOW_EXISTS', 'RANKING_FINALIZED', 'CLUSTER_YEAR_NOT_SCORING'],
            422: ['INVALID_WINDOW'],
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(windowOf((await service.openWindow(actorOf(req), req.params.id, req.params.year, req.body)).row)!),
  )

  app.get(
    `${base}/objections`,
    {
      config: { access: readers },
      schema: {
        operationId: 'listObjections',
        tags,
        summary: "The year's objections and their answers, in filing order",
        description: 'Not public: members, the secretariat, the organiser, auditors and admins read them.',
        params: YearParams,
        querystring: Type.Object(
          {
            status: Type.Optional(StringEnum(OBJECTION_STATUSES)),
            committeeId: Type.Optional(Uuid),
            subjectCommitteeId: Type.Optional(Uuid),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(ObjectionSchema), ...problems(400, 401, 403, { 404: YEAR_MISSING }) },
      },
    },
    async (req) => {
      const row = await requireClusterYear(app.db, req.params.id, req.params.year)
      return listPage(
        req.query,
        byId,
        (filter, after, limit) => repo.list(row.id, { ...filter, afterId: after?.id, limit }),
        (rows) => rows.map(toObjection),
      )
    },
  )

  app.post(
    `${base}/objections`,
    {
      config: { access: filers },
      schema: {
        operationId: 'fileObjection',
        tags,
        summary: "File an objection against a line of a member's score (its own or another's)",
        description:
          'While the objection window is open, by the filing member (committeeId). Attach evidence with POST /v1/attachments?kind=objection. ' +
          'Codes: 409 OBJECTION_WINDOW_NOT_OPEN (details.reason: not_opened, not_open, closed), RANKING_FINALIZED; 422 NOT_A_MEMBER, UNKNOWN_CRITERION, ' +
          'REASON_REQUIRED.',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            committeeId: Uuid,
            subjectCommitteeId: Uuid,
            criterionCode: Type.Optional(Nullable(Type.String({ maxLength: 100, description: 'The criterion; omitted or null: the total or the rank' }))),
            reason: Text('What is wrong, and why'),
          },
          { additionalProperties: false },
        ),
        response: {
          201: ObjectionSchema,
          ...problems(400, 401, 403, 415, {
            404: YEAR_MISSING,
            409: ['OBJECTION_WINDOW_NOT_OPEN', 'RANKING_FINALIZED'],
            422: ['NOT_A_MEMBER', 'UNKNOWN_CRITERION', 'REASON_REQUIRED'],
          }),
        },
      },
    },
    async (req, reply) => reply.code(201).send(toObjection(await service.file(actorOf(req), req.params.id, req.params.year, req.body))),
  )

  app.get(
    `${base}/objections/:objectionId`,
    {
      config: { access: readers },
      schema: {
        operationId: 'getObjection',
        tags,
        summary: 'One objection and its answer',
        params: ObjectionParams,
        response: { 200: ObjectionSchema, ...problems(400, 401, 403, { 404: [...YEAR_MISSING, 'OBJECTION_NOT_FOUND'] }) },
      },
    },
    async (req) => {
      const row = await requireClusterYear(app.db, req.params.id, req.params.year)
      const found = await repo.find(row.id, req.params.objectionId)
      if (!found) throw objectionNotFound(req.params.objectionId)
      return toObjection(found)
    },
  )

  app.post(
    `${base}/objections/:objectionId/answer`,
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'answerObjection',
        tags,
        summary: 'Answer an objection: accepted, with the correction made, or rejected, with the reason',
        description:
          'By the secretariat (or the organiser), once, before finalisation; the window may be over. An accepted objection names the ' +
          'correction it made through the normal paths (a corrected value on acceptance, an adjustment, a new assessment). Codes: 409 ' +
          'OBJECTION_ALREADY_ANSWERED, RANKING_FINALIZED; 422 REASON_REQUIRED, CORRECTION_REQUIRED, CORRECTION_NOT_ALLOWED.',
        params: ObjectionParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            outcome: StringEnum(OBJECTION_OUTCOMES),
            reason: Type.String({ maxLength: 4000, description: 'Why' }),
            correction: Type.Optional(Nullable(Type.String({ maxLength: 4000, description: 'For accepted: what was corrected, and where' }))),
          },
          { additionalProperties: false },
        ),
        response: {
          200: ObjectionSchema,
          ...problems(400, 401, 403, 415, {
            404: [...YEAR_MISSING, 'OBJECTION_NOT_FOUND'],
            409: ['OBJECTION_ALREADY_ANSWERED', 'RANKING_FINALIZED'],
            422: ['REASON_REQUIRED', 'CORRECTION_REQUIRED', 'CORRECTION_NOT_ALLOWED'],
          }),
        },
      },
    },
    async (req) => toObjection(await service.answer(actorOf(req), req.params.id, req.params.year, req.params.objectionId, req.body)),
  )
}

export default routes
