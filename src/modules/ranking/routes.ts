import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type, type TProperties } from 'typebox'
import { CLUSTER_YEAR_STATUSES } from '../../domain/cluster-year.ts'
import { notFound } from '../../domain/errors.ts'
import { attachment, CSV_MEDIA_TYPE } from '../../lib/csv.ts'
import { etagOf, notModified, requireIfMatchIfExists, setEtag } from '../../lib/etag.ts'
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
import { EVERY_ROLE, grant, scopeOf } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import { ClusterYearWarnings, loadClusterYear } from '../cluster-years/service.ts'
import { clusterYearScopes, requireClusterYear } from '../clusters/service.ts'
import { rankingRepository, type AdjustmentRow, type AssessmentRow, type ScoreEntry } from './repository.ts'
import { ADJUSTMENT_TYPES, rankingCsv, rankingService, type EncodedRanking, type RankingView } from './service.ts'

const AssessorParams = Type.Object({ id: Uuid, year: Year, assessorId: Uuid })

const Formula = Type.String({ description: 'The computation as a person would check it by hand' })
/** One explanation per method, its `inputs` what that method read (src/domain/scoring.ts). */
const explained = <M extends string, I extends TProperties>(method: M, description: string, inputs: I) =>
  Type.Object({ method: Type.Literal(method), inputs: Type.Object(inputs, { description }), formula: Formula, points: DecimalString })
const AgainstTarget = {
  indicatorCode: Type.String(),
  actual: Nullable(DecimalString),
  target: Nullable(DecimalString),
  lowerIsBetter: Type.Boolean(),
}
const Dropped = Nullable(Type.Object({ assessorId: Uuid, score: DecimalString }, { description: 'Dropped from the mean (five or more assessors)' }))
const LineExplanation = Type.Union([
  explained('target_ratio', 'The FY value against the target', AgainstTarget),
  explained('threshold', 'The FY value against the threshold', AgainstTarget),
  explained('relative_to_best', 'The FY value against the best member', {
    indicatorCode: Type.String(),
    actual: Nullable(DecimalString),
    best: Nullable(DecimalString),
    bestMembers: Type.Array(Type.String(), { description: 'Codes of the members holding the best value' }),
    lowerIsBetter: Type.Boolean(),
  }),
  explained('assessed', 'The peer scores: a mean, trimmed of the highest and lowest from five assessors', {
    assessors: Type.Integer(),
    expectedAssessors: Type.Integer(),
    sum: DecimalString,
    droppedHighest: Dropped,
    droppedLowest: Dropped,
    divisor: Type.Integer(),
  }),
  explained('manual', 'The points agreed by the conference (an adjustment of type manual)', { adjustmentId: Nullable(Uuid), reason: Nullable(Type.String()) }),
])
const Capped = { criteria: Type.Array(Type.String()), adjustments: Type.Array(DecimalString), uncapped: DecimalString, cap: DecimalString }
const TotalExplanation = Type.Object({
  standard: explained('sum', 'The standard criteria summed', { criteria: Type.Array(Type.String()) }),
  bonus: explained('bonus_cap', 'Bonus criteria and bonus adjustments, capped', Capped),
  penalty: explained('penalty_cap', 'Penalty criteria and penalty adjustments, capped', Capped),
  total: explained('total', 'Standard plus bonus minus penalty, rounded half up to 2 places', {
    standard: DecimalString,
    bonus: DecimalString,
    penalty: DecimalString,
  }),
})
const Missing = Type.Object({
  code: Type.String({ description: 'MISSING_FY_SUBMISSION, MISSING_FY_VALUE, MISSING_TARGET, MISSING_ASSESSMENT, MISSING_MANUAL_POINTS' }),
  criterionCode: Type.Optional(Type.String()),
  indicatorCode: Type.Optional(Type.String()),
  assessorIds: Type.Optional(Type.Array(Uuid)),
})
const ExtraLine = Type.Object({ source: Type.String(), adjustmentId: Nullable(Uuid), points: DecimalString, reason: Type.String() })
const RankedMember = Type.Object({
  committeeId: Uuid,
  code: Type.String(),
  name: Type.String(),
  rank: Type.Integer(),
  tied: Type.Boolean({ description: 'True while no rule and no recorded vote separates this member from another' }),
  tieResolution: Nullable(Type.Object({ id: Uuid, position: Type.Integer(), reason: Type.String() })),
  total: DecimalString,
  standard: DecimalString,
  bonus: DecimalString,
  penalty: DecimalString,
  classification: Nullable(Type.Object({ code: Type.String(), label: Type.String() })),
  eligibility: Type.Object({ eligible: Type.Boolean(), reasons: Type.Array(Type.String({ description: 'DISQUALIFIED, MISSING_FY_SUBMISSION' })) }),
  awardEligibility: Type.Array(
    Type.Object({
      awardTypeCode: Type.String(),
      eligible: Type.Boolean(),
      reasons: Type.Array(Type.String({ description: 'DISQUALIFIED, MISSING_FY_SUBMISSION, BELOW_MIN_TOTAL, ABOVE_MAX_RANK' })),
    }),
    { description: 'Per award rule of the scheme, whether the member may receive it at all (quotas aside)' },
  ),
  lines: Type.Array(
    Type.Object({
      criterionCode: Type.String(),
      group: Type.String(),
      kind: Type.String(),
      method: Type.String(),
      maxPoints: DecimalString,
      points: DecimalString,
      complete: Type.Boolean(),
      explanation: LineExplanation,
    }),
  ),
  extraBonus: Type.Array(ExtraLine),
  extraPenalty: Type.Array(ExtraLine),
  groupPoints: Type.Record(Type.String(), DecimalString),
  explanation: TotalExplanation,
  fySubmitted: Type.Boolean(),
  lateFySubmission: Type.Boolean(),
  disqualifications: Type.Array(Type.Object({ adjustmentId: Nullable(Uuid), reason: Type.String() })),
  missing: Type.Array(Missing),
})
const RankingSchema = Type.Object({
  clusterId: Uuid,
  year: Type.Integer(),
  status: StringEnum(CLUSTER_YEAR_STATUSES),
  final: Type.Boolean({ description: 'True once finalised: the frozen snapshot' }),
  algorithmVersion: Type.String(),
  inputsDigest: Type.String({ description: 'sha256 of the canonical inputs' }),
  computedAt: Timestamp,
  complete: Type.Boolean({ description: 'No member has a missing input' }),
  members: Type.Array(RankedMember),
  ties: Type.Array(
    Type.Object({ rank: Type.Integer(), committeeIds: Type.Array(Uuid), total: DecimalString, resolved: Type.Boolean(), resolutionId: Nullable(Uuid) }),
  ),
  unusedTieResolutions: Type.Array(Uuid),
  blockers: Type.Array(
    Type.Object({
      code: Type.String({ description: 'FY_NOT_CLOSED, SUBMISSIONS_NOT_ACCEPTED, ASSESSMENTS_MISSING, MANUAL_POINTS_MISSING, TIE_AT_AWARD_BOUNDARY' }),
      message: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
    { description: 'What finalisation still needs' },
  ),
  warnings: ClusterYearWarnings,
})

const AssessmentSchema = Type.Object(
  {
    assessorId: Uuid,
    scores: Type.Array(Type.Object({ targetId: Uuid, criterionCode: Type.String(), score: DecimalString })),
    version: Type.Integer(),
    updatedAt: Timestamp,
    history: Type.Optional(
      Type.Array(
        Type.Object({
          version: Type.Integer(),
          recordedAt: Timestamp,
          recordedBy: Nullable(Uuid),
          scores: Type.Array(Type.Object({ targetId: Uuid, criterionCode: Type.String(), score: DecimalString })),
        }),
      ),
    ),
  },
  { additionalProperties: false },
)
const AdjustmentSchema = Type.Object(
  {
    id: Uuid,
    committeeId: Uuid,
    type: StringEnum(ADJUSTMENT_TYPES),
    criterionCode: Nullable(Type.String()),
    points: Nullable(DecimalString),
    reason: Type.String(),
    createdAt: Timestamp,
    createdBy: Nullable(Uuid),
    withdrawnAt: Nullable(Timestamp),
    withdrawnReason: Nullable(Type.String()),
  },
  { additionalProperties: false },
)

const toAssessment = (a: AssessmentRow) => ({
  assessorId: a.assessorId,
  scores: a.scores as ScoreEntry[],
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
})
const toAdjustment = (a: AdjustmentRow) => ({
  id: a.id,
  committeeId: a.committeeId,
  type: a.type,
  criterionCode: a.criterionCode,
  points: a.points,
  reason: a.reason,
  createdAt: a.createdAt.toISOString(),
  createdBy: a.createdBy,
  withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
  withdrawnReason: a.withdrawnReason,
})

type Coding = 'br' | 'gzip' | null
/** RFC 9110 §12.4.2's qvalue. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

/**
 * The content coding a ranking goes out in: of brotli and gzip, the one Accept-Encoding rates
 * higher (brotli on a tie), by name or by `*`; none when neither is acceptable (`q=0` refuses,
 * RFC 9110 §12.5.3).
 */
function codingFor(req: FastifyRequest): Coding {
  const rated = new Map<string, number>()
  for (const part of String(req.headers['accept-encoding'] ?? '').split(',')) {
    const [named = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase())
    if (named === '') continue
    const q = params.find((p) => p.startsWith('q='))?.slice(2)
    // A weight off the grammar (0 to 1, three decimals at most) makes the entry void.
    if (q !== undefined && !QVALUE.test(q)) continue
    rated.set(named === 'x-gzip' ? 'gzip' : named, q === undefined ? 1 : Number(q))
  }
  const weightOf = (coding: string) => rated.get(coding) ?? rated.get('*') ?? 0
  const br = weightOf('br')
  const gzip = weightOf('gzip')
  if (br > 0 && br >= gzip) return 'br'
  return gzip > 0 ? 'gzip' : null
}

/**
 * The ETag of the ranking's JSON in a content coding: the identity body's with a suffix, since
 * each coding's bytes differ and a strong ETag names one sequence of bytes (RFC 9110 §8.8.3).
 */
const codedEtagOf = (etag: string, coding: Coding) => (coding ? `${etag.slice(0, -1)}-${coding}"` : etag)

/**
 * Sends the ranking's JSON in the client's coding under that coding's ETag (see codedEtagOf):
 * the cached bytes (portals polling rankings take them compressed), except that the read that
 * computed the ranking sends its fast brotli, other bytes than the kept one, under the weak form
 * of the brotli ETag (EncodedRanking.fresh).
 */
async function sendEncoded(reply: FastifyReply, ranking: EncodedRanking, coding: Coding) {
  reply.type('application/json; charset=utf-8').header('etag', codedEtagOf(ranking.etag, coding))
  if (!coding) return reply.send(ranking.identity as never)
  // (A replay of an idempotent finalize sends the identity body: under its ETag.)
  reply.header('content-encoding', coding).identityEtag = ranking.etag
  if (coding === 'br' && ranking.fresh) return reply.header('etag', `W/${codedEtagOf(ranking.etag, 'br')}`).send(ranking.fresh.br() as never)
  return reply.send((await ranking.encoded(coding)) as never)
}

/**
 * Does the client ask for the ranking as CSV? Only when it names text/csv and rates it above
 * JSON (wildcards count for JSON, the representation of record): `Accept: text/csv`, or
 * `text/csv, application/json;q=0.5`.
 */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false
  let csv = 0
  let json = 0
  let csvFirst = false
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (!Number.isFinite(q)) continue
    if (type === 'text/csv') {
      if (json === 0 && q > 0) csvFirst = true
      csv = Math.max(csv, q)
    } else if (type === 'application/json' || type === 'application/*' || type === '*/*') json = Math.max(json, q)
  }
  return csv > 0 && (csv > json || (csv === json && csvFirst))
}

/** The CSV's ETag: the JSON's with a suffix, so each representation has its own (RFC 9110 §8.8.3). */
const csvEtagOf = (jsonEtag: string) => `${jsonEtag.slice(0, -1)}-csv"`

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = rankingRepository(app.db)
  const service = rankingService(app.db, app.clock)
  const scopes = clusterYearScopes(app.db)
  const tags = ['ranking']
  const base = '/v1/clusters/:id/years/:year'

  const yearOr404 = (id: string, year: number) => requireClusterYear(app.db, id, year)
  /** The CSV of each cached ranking, made on first use and kept as long as its JSON bytes are. */
  const csvOf = new WeakMap<Buffer, { bytes: Buffer; filename: string }>()
  async function rankingCsvOf(clusterId: string, year: number, ranking: EncodedRanking) {
    const made = csvOf.get(ranking.identity)
    if (made) return made
    const view = JSON.parse(ranking.identity.toString('utf8')) as RankingView
    // The criteria's titles and the cluster's code (for the file name): the scheme is frozen from the pact on.
    const cy = await loadClusterYear(app.db, clusterId, year, { lock: false })
    const csv = rankingCsv(view, cy.state.scheme, cy.cluster.code, year)
    csvOf.set(ranking.identity, csv)
    return csv
  }
  const assessmentEtag = (cy: string, a: AssessmentRow) => etagOf(`assessment-${a.assessorId}`, cy, a.version)
  // One assessor's current scores, shown with every earlier version.
  const assessment = resource({
    find: async (clusterYearId: string, assessorId: string) => {
      const row = await repo.assessment(clusterYearId, assessorId)
      return row && { clusterYearId, row }
    },
    notFound: () => notFound('ASSESSMENT_NOT_FOUND', 'This assessor has not scored yet'),
    etag: ({ clusterYearId, row }) => assessmentEtag(clusterYearId, row),
    view: async ({ clusterYearId, row }) => {
      const history = (await repo.assessmentHistory(clusterYearId, row.assessorId)).map((h) => ({
        version: h.version,
        recordedAt: h.recordedAt.toISOString(),
        recordedBy: h.recordedBy,
        scores: h.scores as ScoreEntry[],
      }))
      return { ...toAssessment(row), history }
    },
  })

  app.get(
    `${base}/assessments`,
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'listAssessments',
        tags,
        summary: "Every assessor's current peer scores",
        params: YearParams,
        response: {
          200: Type.Object({ items: Type.Array(AssessmentSchema) }),
          ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'] }),
        },
      },
    },
    async (req) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      return { items: (await repo.assessments(cy.id)).map(toAssessment) }
    },
  )

  app.get(
    `${base}/assessments/:assessorId`,
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'getAssessment',
        tags,
        summary: "One assessor's scores, with every earlier version",
        params: AssessorParams,
        response: { 200: AssessmentSchema, ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'ASSESSMENT_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => assessment.read(reply, (await yearOr404(req.params.id, req.params.year)).id, req.params.assessorId),
  )

  app.put(
    `${base}/assessments/:assessorId`,
    {
      config: {
        access: [
          grant(
            ['submitter', 'secretariat', 'organizer'],
            scopeOf({ params: AssessorParams }, async ({ params }) => params.assessorId),
            { exact: true },
          ),
        ],
      },
      schema: {
        operationId: 'putAssessment',
        tags,
        summary: "Record one assessor's peer scores (chấm điểm chéo)",
        description:
          'Scores for every peer-assessed criterion and every other member, each within [0, maxPoints]. A self row is refused (422 SELF_ASSESSMENT; ' +
          'there is no override). Other codes: ASSESSOR_NOT_MEMBER, NOT_A_MEMBER, NOT_ASSESSED_CRITERION, DUPLICATE_SCORE, SCORE_OUT_OF_RANGE, ' +
          'ASSESSMENT_INCOMPLETE; 409 RANKING_FINALIZED. Editable until finalisation; each version is kept. If-Match required once scores exist.',
        params: AssessorParams,
        headers: IfMatchIfExistsHeaders,
        body: Type.Object(
          {
            scores: Type.Array(Type.Object({ targetId: Uuid, criterionCode: Type.String(), score: DecimalInput }, { additionalProperties: false }), {
              maxItems: 50_000,
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: AssessmentSchema,
          ...problems(400, 401, 403, 412, 415, 428, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['RANKING_FINALIZED', 'PACT_NOT_SIGNED', 'SCHEME_REQUIRED'],
            422: [
              'SELF_ASSESSMENT',
              'ASSESSOR_NOT_MEMBER',
              'NOT_A_MEMBER',
              'NOT_ASSESSED_CRITERION',
              'DUPLICATE_SCORE',
              'SCORE_OUT_OF_RANGE',
              'ASSESSMENT_INCOMPLETE',
            ],
          }),
        },
      },
    },
    async (req, reply) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      const current = await repo.assessment(cy.id, req.params.assessorId)
      requireIfMatchIfExists(req, current ? assessmentEtag(cy.id, current) : null)
      const row = await service.putAssessment(actorOf(req), req.params.id, req.params.year, req.params.assessorId, req.body.scores, current?.version ?? null)
      setEtag(reply, assessmentEtag(cy.id, row))
      return toAssessment(row)
    },
  )

  app.get(
    `${base}/adjustments`,
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'listAdjustments',
        tags,
        summary: 'Manual points, bonus, penalty and disqualifications, withdrawn ones included',
        params: YearParams,
        response: {
          200: Type.Object({ items: Type.Array(AdjustmentSchema) }),
          ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'] }),
        },
      },
    },
    async (req) => {
      const cy = await yearOr404(req.params.id, req.params.year)
      return { items: (await repo.adjustments(cy.id)).map(toAdjustment) }
    },
  )

  app.post(
    `${base}/adjustments`,
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'createAdjustment',
        tags,
        summary: 'Enter manual points, a bonus, a penalty or a disqualification, with its reason',
        description:
          'manual: points agreed by the conference for a criterion of method manual (one active entry per member and criterion); bonus and ' +
          'penalty: free-standing points, capped by the scheme; disqualification: the unit keeps its rank but gets no award. Codes: NOT_A_MEMBER, ' +
          'NOT_MANUAL_CRITERION, POINTS_OUT_OF_RANGE, CRITERION_NOT_ALLOWED, POINTS_NOT_ALLOWED, REASON_REQUIRED; 409 ADJUSTMENT_EXISTS, RANKING_FINALIZED.',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            committeeId: Uuid,
            type: StringEnum(ADJUSTMENT_TYPES),
            criterionCode: Type.Optional(Nullable(Type.String())),
            points: Type.Optional(Nullable(DecimalInput)),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: AdjustmentSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['ADJUSTMENT_EXISTS', 'RANKING_FINALIZED', 'PACT_NOT_SIGNED', 'SCHEME_REQUIRED'],
            422: [
              'NOT_A_MEMBER',
              'REASON_REQUIRED',
              'INVALID_DECIMAL',
              'NOT_MANUAL_CRITERION',
              'POINTS_OUT_OF_RANGE',
              'CRITERION_NOT_ALLOWED',
              'POINTS_NOT_ALLOWED',
            ],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.createAdjustment(actorOf(req), req.params.id, req.params.year, req.body)
      return reply.code(201).send(toAdjustment(row))
    },
  )

  app.post(
    `${base}/adjustments/:adjustmentId/withdraw`,
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'withdrawAdjustment',
        tags,
        summary: 'Withdraw an adjustment (it stays in the record)',
        params: Type.Object({ id: Uuid, year: Year, adjustmentId: Uuid }),
        headers: IdempotencyHeaders,
        body: Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }),
        response: {
          200: AdjustmentSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND', 'ADJUSTMENT_NOT_FOUND'],
            409: ['ADJUSTMENT_WITHDRAWN', 'RANKING_FINALIZED', 'PACT_NOT_SIGNED'],
            422: ['REASON_REQUIRED'],
          }),
        },
      },
    },
    async (req) => toAdjustment(await service.withdrawAdjustment(actorOf(req), req.params.id, req.params.year, req.params.adjustmentId, req.body.reason)),
  )

  app.get(
    `${base}/ranking`,
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'getRanking',
        tags,
        summary: 'The live ranking with per-criterion explanations, ties, eligibility and what is missing; the frozen one once final',
        description:
          'Computed once per version of its inputs and cached. Send If-None-Match with the ETag to get 304 when nothing changed. ' +
          'Each representation has its own strong ETag: the JSON, the JSON in br and in gzip (the tag with -br, -gzip), the CSV (-csv). ' +
          'The read that computes a new version, when it takes br, gets a faster, larger brotli body under the weak form of the br ETag (W/"…-br"); ' +
          'every later br read gets the cached body under the strong one (If-None-Match compares weakly: either gets 304).',
        params: YearParams,
        headers: Type.Object({
          'if-none-match': Type.Optional(Type.String()),
          'accept-encoding': Type.Optional(Type.String({ description: 'br or gzip get the cached compressed body (JSON)' })),
          accept: Type.Optional(Type.String({ description: 'text/csv for the ranking as a spreadsheet table; JSON otherwise' })),
        }),
        response: {
          200: {
            description: 'The ranking: JSON, or with Accept: text/csv a table for spreadsheets',
            content: {
              'application/json': { schema: RankingSchema },
              'text/csv': {
                schema: Type.String({
                  description:
                    'UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting; a header row (Hạng, Đồng hạng, Mã đơn vị, Tên đơn vị, Tổng điểm, ' +
                    'Điểm tiêu chí chính, Điểm thưởng, Điểm trừ, Xếp loại, Đủ điều kiện khen thưởng, Lý do không đủ điều kiện, then one column per ' +
                    'criterion: "<title> (<code>, tối đa <max>)"), one row per member in rank order. Decimals exactly as in the JSON. ' +
                    'Sent as an attachment (Content-Disposition), with its own ETag.',
                }),
              },
            },
          },
          304: { description: 'Not modified: the ETag still matches (no body)', type: 'null' },
          ...problems(400, 401, 403, { 404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'], 409: ['SCHEME_REQUIRED'] }),
        },
      },
    },
    async (req, reply) => {
      const ranking = await service.rankingJson(req.params.id, req.params.year)
      const csv = wantsCsv(req.headers.accept)
      const coding = csv ? null : codingFor(req)
      const etag = csv ? csvEtagOf(ranking.etag) : codedEtagOf(ranking.etag, coding)
      reply.header('etag', etag).header('vary', 'accept, accept-encoding')
      if (notModified(req.headers['if-none-match'], etag)) return reply.code(304).send(undefined as never)
      if (!csv) return sendEncoded(reply, ranking, coding)
      const { bytes, filename } = await rankingCsvOf(req.params.id, req.params.year, ranking)
      return reply
        .type(CSV_MEDIA_TYPE)
        .header('content-disposition', attachment(filename))
        .send(bytes as never)
    },
  )

  app.post(
    `${base}/ranking/tie-resolutions`,
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'recordTieResolution',
        tags,
        summary: 'Record a vote (suy tôn) that orders a tied group',
        description: 'The committees must be exactly one group the ranking leaves tied (422 NOT_A_TIED_GROUP, with the current ties in details).',
        params: YearParams,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            orderedCommitteeIds: Type.Array(Uuid, { minItems: 2, maxItems: 500, description: 'The tied members, first place first' }),
            tally: Type.Optional(
              Nullable(
                Type.Record(Type.String(), Type.Union([Type.String(), Type.Integer()]), { description: 'Votes per committee or any record of the count' }),
              ),
            ),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object(
            {
              id: Uuid,
              orderedCommitteeIds: Type.Array(Uuid),
              tally: Nullable(Type.Record(Type.String(), Type.Unknown())),
              reason: Type.String(),
              recordedAt: Timestamp,
            },
            { additionalProperties: false },
          ),
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['RANKING_FINALIZED', 'PACT_NOT_SIGNED', 'SCHEME_REQUIRED'],
            422: ['NOT_A_TIED_GROUP', 'REASON_REQUIRED'],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.recordTieResolution(actorOf(req), req.params.id, req.params.year, req.body)
      return reply.code(201).send({
        id: row.id,
        orderedCommitteeIds: row.orderedCommitteeIds,
        tally: (row.tally as Record<string, unknown> | null) ?? null,
        reason: row.reason,
        recordedAt: row.recordedAt.toISOString(),
      })
    },
  )

  app.post(
    `${base}/ranking/finalize`,
    {
      config: { access: scopes.organizersAndSecretariat },
      schema: {
        operationId: 'finalizeRanking',
        tags,
        summary: 'Freeze the ranking with the digest of its inputs',
        description:
          'Needs FY closed, every FY submission accepted, every assessment present, the conference points entered and every tie that crosses an ' +
          'award boundary resolved; otherwise 409 FINALIZE_BLOCKED listing the blockers. The cluster-year becomes finalized.',
        params: YearParams,
        headers: IdempotencyHeaders,
        response: {
          200: RankingSchema,
          ...problems(400, 401, 403, 422, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: [
              'FINALIZE_BLOCKED',
              'RANKING_ALREADY_FINALIZED',
              'CLUSTER_YEAR_NOT_SCORING',
              'SCHEME_REQUIRED',
              'CLUSTER_YEAR_INVALID_TRANSITION',
              'CLUSTER_YEAR_CLOSED',
            ],
          }),
        },
      },
    },
    async (req, reply) => {
      const ranking = await service.finalize(actorOf(req), req.params.id, req.params.year)
      reply.header('vary', 'accept-encoding')
      return sendEncoded(reply, ranking, codingFor(req))
    },
  )
}

export default routes
