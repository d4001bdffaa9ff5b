import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { digestOf } from '../../domain/canonical.ts'
import { notFound } from '../../domain/errors.ts'
import { periodState } from '../../domain/cluster-year.ts'
import { CRITERION_KINDS, CRITERION_METHODS } from '../../domain/scheme.ts'
import { PERIODS, type Period } from '../../domain/workflows.ts'
import { etagOf, requireIfMatch, requireIfMatchIfExists, setEtag } from '../../lib/etag.ts'
import {
  DecimalInput,
  DecimalString,
  IdempotencyHeaders,
  IfMatchIfExistsHeaders,
  Nullable,
  problems,
  StringEnum,
  Timestamp,
  Uuid,
  Year,
  YearParams,
} from '../../lib/http-schemas.ts'
import { resource } from '../../lib/resource.ts'
import { EVERY_ROLE, grant } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import type { ClusterYearRow } from '../cluster-years/service.ts'
import { clusterYearScopes, requireClusterYear } from '../clusters/service.ts'
import { planningRepository, type PactRow, type PeriodRow, type SchemeRow } from './repository.ts'
import { planningService } from './service.ts'

const PeriodParams = Type.Object({ id: Uuid, year: Year, period: StringEnum(PERIODS, 'H1 (six months, sơ kết) or FY (full year, tổng kết)') })

const CriterionSchema = Type.Object(
  {
    code: Type.String({ description: 'UPPER_SNAKE, unique in the scheme' }),
    title: Type.String(),
    group: Type.String({ description: 'Section of the scheme; group sums break ties in tieBreakGroups order' }),
    kind: StringEnum(CRITERION_KINDS),
    method: StringEnum(CRITERION_METHODS),
    maxPoints: DecimalInput,
    indicatorCode: Type.Optional(Nullable(Type.String({ description: 'Required for target_ratio, threshold and relative_to_best' }))),
    lowerIsBetter: Type.Optional(Type.Boolean({ default: false })),
    allowsNotApplicable: Type.Optional(
      Type.Boolean({
        description: 'Indicator methods only: a member may declare the indicator not applicable (không áp dụng) with a reason instead of a value',
      }),
    ),
  },
  { additionalProperties: false },
)
const SchemeBody = Type.Object(
  {
    criteria: Type.Array(CriterionSchema, { maxItems: 500 }),
    bonusCap: DecimalInput,
    penaltyCap: DecimalInput,
    tieBreakGroups: Type.Optional(Type.Array(Type.String(), { maxItems: 100 })),
    latePenalty: Type.Optional(
      Nullable(Type.Object({ points: DecimalInput }, { additionalProperties: false, description: 'null: late FY submissions are refused' })),
    ),
    classificationBands: Type.Optional(
      Type.Array(Type.Object({ code: Type.String(), label: Type.String(), minTotal: DecimalInput }, { additionalProperties: false }), {
        description: 'Xếp loại, e.g. Xuất sắc ≥ 95, Tốt ≥ 85, Khá ≥ 0',
      }),
    ),
    awardRules: Type.Optional(
      Type.Array(
        Type.Object(
          {
            awardTypeCode: Type.String(),
            maxCount: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
            maxShare: Type.Optional(Nullable(DecimalInput)),
            minTotal: Type.Optional(Nullable(DecimalInput)),
            maxRank: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
)

const SchemeSchema = Type.Object(
  {
    clusterYearId: Uuid,
    frozen: Type.Boolean({ description: 'True once the pact is signed' }),
    version: Type.Integer(),
    updatedAt: Timestamp,
    scheme: Type.Object({
      criteria: Type.Array(
        Type.Object({
          code: Type.String(),
          title: Type.String(),
          group: Type.String(),
          kind: StringEnum(CRITERION_KINDS),
          method: StringEnum(CRITERION_METHODS),
          maxPoints: DecimalString,
          indicatorCode: Nullable(Type.String()),
          lowerIsBetter: Type.Boolean(),
          allowsNotApplicable: Type.Optional(Type.Boolean({ description: 'Present (true) when the indicator may be declared not applicable' })),
        }),
      ),
      bonusCap: DecimalString,
      penaltyCap: DecimalString,
      tieBreakGroups: Type.Array(Type.String()),
      latePenalty: Nullable(Type.Object({ points: DecimalString })),
      classificationBands: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), minTotal: DecimalString })),
      awardRules: Type.Array(
        Type.Object({
          awardTypeCode: Type.String(),
          maxCount: Nullable(Type.Integer()),
          maxShare: Nullable(DecimalString),
          minTotal: Nullable(DecimalString),
          maxRank: Nullable(Type.Integer()),
        }),
      ),
    }),
  },
  { additionalProperties: false },
)

const TargetSchema = Type.Object({ committeeId: Uuid, criterionCode: Type.String(), value: DecimalString }, { additionalProperties: false })
const TargetsSchema = Type.Object(
  {
    targets: Type.Array(TargetSchema),
    missing: Type.Array(Type.Object({ committeeId: Uuid, criterionCode: Type.String() }), {
      description: 'Pairs still without a target (the pact needs none missing)',
    }),
  },
  { additionalProperties: false },
)

const PactSchema = Type.Object(
  {
    clusterYearId: Uuid,
    signedAt: Timestamp,
    venue: Type.String(),
    signatories: Type.Array(Type.Object({ committeeId: Uuid, signerName: Type.String(), title: Type.String() })),
    digest: Type.String({ description: 'sha256 of the canonical scheme and targets as signed' }),
    recordedBy: Nullable(Uuid),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
)

const PeriodSchema = Type.Object(
  {
    period: StringEnum(PERIODS),
    opensAt: Timestamp,
    closesAt: Timestamp,
    closedAt: Nullable(Timestamp),
    state: StringEnum(['not_open', 'open', 'closed'] as const, 'closed once closesAt has passed or it was closed early'),
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const toPact = (p: PactRow) => ({
  ...p,
  signatories: p.signatories as { committeeId: string; signerName: string; title: string }[],
  signedAt: p.signedAt.toISOString(),
  createdAt: p.createdAt.toISOString(),
})
const toPeriod = (p: PeriodRow, now: Date) => ({
  period: p.period,
  opensAt: p.opensAt.toISOString(),
  closesAt: p.closesAt.toISOString(),
  closedAt: p.closedAt?.toISOString() ?? null,
  state: periodState(p, now),
  version: p.version,
  updatedAt: p.updatedAt.toISOString(),
})

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = planningRepository(app.db)
  const service = planningService(app.db, app.clock)
  const scopes = clusterYearScopes(app.db)
  const tags = ['pact and periods']
  const readers = [grant(EVERY_ROLE)]

  const yearOr404 = (id: string, year: number) => requireClusterYear(app.db, id, year)
  // The representation also shows whether the scheme is frozen and whether the window is open now.
  const schemeEtag = (cy: ClusterYearRow, version: number) => etagOf(`scheme-${cy.status === 'planning' ? 'open' : 'frozen'}`, cy.id, version)
  const periodEtag = (clusterYearId: string, p: PeriodRow) => etagOf(`period-${p.period}-${toPeriod(p, app.clock()).state}`, clusterYearId, p.version)
  const schemeView = (cy: ClusterYearRow, row: SchemeRow) => ({
    clusterYearId: cy.id,
    frozen: cy.status !== 'planning',
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    scheme: row.scheme,
  })
  // Each read below belongs to a cluster-year, loaded (or 404) first.
  const scheme = resource({
    find: async (cy: ClusterYearRow) => {
      const row = await repo.scheme(cy.id)
      return row && { cy, row }
    },
    notFound: () => notFound('SCHEME_NOT_FOUND', 'This cluster-year has no scheme yet'),
    etag: ({ cy, row }) => schemeEtag(cy, row.version),
    view: ({ cy, row }) => schemeView(cy, row),
  })
  const pact = resource({
    find: (cy: ClusterYearRow) => repo.pact(cy.id),
    notFound: () => notFound('PACT_NOT_FOUND', 'The pact of this cluster-year is not signed yet'),
    // A signed pact never changes: its digest identifies it.
    etag: (p: PactRow) => `"pact-${p.digest}"`,
    view: toPact,
  })
  const period = resource({
    find: async (cy: ClusterYearRow, name: Period) => {
      const row = await repo.period(cy.id, name)
      return row && { clusterYearId: cy.id, row }
    },
    notFound: (_cy, name) => notFound('PERIOD_NOT_FOUND', `${name} has no input window yet`),
    etag: ({ clusterYearId, row }) => periodEtag(clusterYearId, row),
    view: ({ row }) => toPeriod(row, app.clock()),
  })

  app.get(
    '/v1/clusters/:id/years/:year/scheme',
    {
      config: { access: readers },
      schema: {
        operationId: 'getScheme',
        tags,
        summary: 'The scoring scheme of a cluster-year',
        params: YearParams,
        response: { 200: SchemeSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'SCHEME_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => scheme.read(reply, await yearOr404(req.params.id, req.params.year)),
  )

  app.put(
    '/v1/clusters/:id/years/:year/scheme',
    {
      config: { access: scopes.organizers },
      schema: {
        operationId: 'putScheme',
        tags,
        summary: 'Set the scoring scheme while planning',
        description:
          'Criteria (method target_ratio, threshold, relative_to_best, assessed or manual; kind standard, bonus or penalty), bonus and penalty caps, ' +
          'tie-break group order, late-submission penalty, classification bands and award rules. Every problem is listed with its pointer ' +
          '(code INVALID_SCHEME). 409 SCHEME_FROZEN once the pact is signed. If-Match required when a scheme exists.',
        params: YearParams,
        headers: IfMatchIfExistsHeaders,
        body: SchemeBody,
        response: {
          200: SchemeSchema,
          201: SchemeSchema,
          ...problems(400, 401, 403, 412, 415, 428, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'], 409: ['SCHEME_FROZEN'], 422: ['INVALID_SCHEME'] }),
        },
      },
    },
    async (req, reply) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      const current = await repo.scheme(cy.id)
      requireIfMatchIfExists(req, current ? schemeEtag(cy, current.version) : null)
      const row = await service.putScheme(actorOf(req), req.params.id, req.params.year, req.body, current?.version ?? null)
      // Written while planning, so not frozen.
      return reply.code(current ? 200 : 201).send(await scheme.answer(reply, { cy, row }))
    },
  )

  app.get(
    '/v1/clusters/:id/years/:year/targets',
    {
      config: { access: readers },
      schema: {
        operationId: 'getTargets',
        tags,
        summary: "Members' targets per criterion",
        params: YearParams,
        response: { 200: TargetsSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      const { targets, missing, etag } = await service.targetsView(cy.id)
      setEtag(reply, `"targets-${etag}"`)
      return { targets, missing }
    },
  )

  app.put(
    '/v1/clusters/:id/years/:year/targets',
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'putTargets',
        tags,
        summary: 'Replace the targets while planning',
        description:
          'One target per member and per criterion that takes one (target_ratio, threshold). Codes: TARGET_NOT_MEMBER, UNKNOWN_CRITERION, ' +
          'TARGET_NOT_APPLICABLE, DUPLICATE_TARGET, INVALID_TARGET; 409 SCHEME_REQUIRED, SCHEME_FROZEN. If-Match required once targets exist.',
        params: YearParams,
        headers: IfMatchIfExistsHeaders,
        body: Type.Object(
          {
            targets: Type.Array(Type.Object({ committeeId: Uuid, criterionCode: Type.String(), value: DecimalInput }, { additionalProperties: false }), {
              maxItems: 100_000,
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: TargetsSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['SCHEME_FROZEN', 'SCHEME_REQUIRED'],
            422: ['DUPLICATE_TARGET', 'TARGET_NOT_MEMBER', 'UNKNOWN_CRITERION', 'TARGET_NOT_APPLICABLE', 'INVALID_TARGET'],
          }),
        },
      },
    },
    async (req, reply) => {
      await yearOr404(req.params.id, req.params.year)
      const result = await service.putTargets(actorOf(req), req.params.id, req.params.year, req.body.targets, (digest) => {
        if (req.headers['if-match'] !== undefined || digest !== digestOf([])) requireIfMatch(req, `"targets-${digest}"`)
      })
      setEtag(reply, `"targets-${digestOf(result.targets)}"`)
      return result
    },
  )

  app.post(
    '/v1/clusters/:id/years/:year/pact/sign',
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'signPact',
        tags,
        summary: 'Sign the emulation pact (ký kết giao ước thi đua)',
        description:
          'Every member signs once; a scheme and a target for every member and criterion that takes one are required. The cluster-year moves to ' +
          'pact_signed and its scheme and targets freeze. Codes: SIGNATORY_MISSING, SIGNATORY_NOT_MEMBER, DUPLICATE_SIGNATORY, TARGETS_INCOMPLETE ' +
          '(details.missing), SCHEME_REQUIRED, PACT_ALREADY_SIGNED.',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            signedAt: Timestamp,
            venue: Type.String({ minLength: 1, maxLength: 300 }),
            signatories: Type.Array(
              Type.Object(
                { committeeId: Uuid, signerName: Type.String({ minLength: 1, maxLength: 200 }), title: Type.String({ minLength: 1, maxLength: 300 }) },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 500 },
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: PactSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['PACT_ALREADY_SIGNED', 'CLUSTER_YEAR_NOT_PLANNING', 'SCHEME_REQUIRED', 'CLUSTER_YEAR_INVALID_TRANSITION', 'CLUSTER_YEAR_CLOSED'],
            422: ['SIGNATORY_NOT_MEMBER', 'DUPLICATE_SIGNATORY', 'SIGNATORY_MISSING', 'TARGETS_INCOMPLETE'],
          }),
        },
      },
    },
    async (req, reply) => {
      await yearOr404(req.params.id, req.params.year)
      const pact = await service.signPact(actorOf(req), req.params.id, req.params.year, req.body)
      reply.header('location', `/v1/clusters/${req.params.id}/years/${req.params.year}/pact`)
      return reply.code(201).send(toPact(pact))
    },
  )

  app.get(
    '/v1/clusters/:id/years/:year/pact',
    {
      config: { access: readers },
      schema: {
        operationId: 'getPact',
        tags,
        summary: 'The signed pact',
        params: YearParams,
        response: { 200: PactSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'PACT_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => pact.read(reply, await yearOr404(req.params.id, req.params.year)),
  )

  app.get(
    '/v1/clusters/:id/years/:year/periods/:period',
    {
      config: { access: readers },
      schema: {
        operationId: 'getPeriod',
        tags,
        summary: "A reporting period's input window",
        params: PeriodParams,
        response: { 200: PeriodSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'PERIOD_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => period.read(reply, await yearOr404(req.params.id, req.params.year), req.params.period),
  )

  app.put(
    '/v1/clusters/:id/years/:year/periods/:period',
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'putPeriod',
        tags,
        summary: "Set a period's input window",
        description:
          'Allowed once the pact is signed (409 PACT_NOT_SIGNED before); opening H1 moves the cluster-year to reporting, and FY opens after it (409 H1_NOT_OPEN). ' +
          'A closed period cannot be reopened (409 PERIOD_CLOSED). If-Match required when the window exists.',
        params: PeriodParams,
        headers: IfMatchIfExistsHeaders,
        body: Type.Object({ opensAt: Timestamp, closesAt: Timestamp }, { additionalProperties: false }),
        response: {
          200: PeriodSchema,
          201: PeriodSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: [
              'PACT_NOT_SIGNED',
              'H1_NOT_OPEN',
              'CLUSTER_YEAR_NOT_PACT_SIGNED',
              'CLUSTER_YEAR_NOT_REPORTING',
              'PERIOD_CLOSED',
              'CLUSTER_YEAR_INVALID_TRANSITION',
              'CLUSTER_YEAR_CLOSED',
            ],
            422: ['INVALID_WINDOW'],
          }),
        },
      },
    },
    async (req, reply) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      const current = await repo.period(cy.id, req.params.period)
      requireIfMatchIfExists(req, current ? periodEtag(cy.id, current) : null)
      const row = await service.putPeriod(actorOf(req), req.params.id, req.params.year, req.params.period, req.body, current?.version ?? null)
      return reply.code(current ? 200 : 201).send(await period.answer(reply, { clusterYearId: cy.id, row }))
    },
  )

  app.post(
    '/v1/clusters/:id/years/:year/periods/:period/close',
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'closePeriod',
        tags,
        summary: 'Close a period early',
        description: 'Closing FY ends reporting: the cluster-year moves to scoring. Codes: PERIOD_NOT_SET, PERIOD_ALREADY_CLOSED.',
        params: PeriodParams,
        headers: IdempotencyHeaders,
        response: {
          200: PeriodSchema,
          ...problems(400, 401, 403, 422, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['PERIOD_NOT_SET', 'PERIOD_ALREADY_CLOSED', 'CLUSTER_YEAR_NOT_REPORTING', 'CLUSTER_YEAR_INVALID_TRANSITION', 'CLUSTER_YEAR_CLOSED'],
          }),
        },
      },
    },
    async (req, reply) => {
      await yearOr404(req.params.id, req.params.year)
      const row = await service.closePeriod(actorOf(req), req.params.id, req.params.year, req.params.period)
      return period.answer(reply, { clusterYearId: row.clusterYearId, row })
    },
  )
}

export default routes
