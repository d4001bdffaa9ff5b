import { VALUE_PROBLEM_CODES } from '../../domain/submission-values.ts'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { DomainError } from '../../domain/errors.ts'
import { IMPORT_COLUMNS, type ImportRowInput } from '../../domain/import.ts'
import { PERIODS, SUBMISSION_STATUSES } from '../../domain/workflows.ts'
import { etagOf } from '../../lib/etag.ts'
import {
  DecimalInput,
  DecimalString,
  IdempotencyHeaders,
  IdParams,
  IfMatchHeaders,
  ListQuery,
  Nullable,
  Page,
  problemResponse,
  problems,
  StringEnum,
  Timestamp,
  Uuid,
  Year,
} from '../../lib/http-schemas.ts'
import { listPage, type Keyset } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { localizeProblem } from '../../lib/i18n/localize.ts'
import { EVERY_ROLE, grant, scopeOf } from '../../plugins/auth.ts'
import { markLanguage, problemLanguageOf } from '../../plugins/problems.ts'
import { actorOf } from '../audit-events/service.ts'
import type { ImportLog } from './import-log.ts'
import { csvRows, jsonRows, runImport } from './import.ts'
import { submissionRepository, type SubmissionRow } from './repository.ts'
import { resolveCommitteeRef, submissionNotFound, submissionService } from './service.ts'

const Value = Type.Union([DecimalInput, Type.Boolean()], { description: 'Decimal string (or safe integer); booleans for boolean indicators' })
const ValueInputSchema = Type.Object(
  {
    indicatorCode: Type.String({ minLength: 1, maxLength: 64 }),
    value: Type.Optional(Nullable(Value)),
    notApplicable: Type.Optional(
      Type.Boolean({
        description: 'true: the indicator does not apply to this member (không áp dụng); no value, a notApplicableReason, and a scheme that allows it',
      }),
    ),
    notApplicableReason: Type.Optional(Nullable(Type.String({ maxLength: 2000, description: 'Why the indicator does not apply' }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    evidenceUrl: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  },
  { additionalProperties: false },
)
const Values = Type.Array(ValueInputSchema, { maxItems: 1000 })
const CreateBody = Type.Object(
  {
    clusterId: Uuid,
    year: Year,
    period: StringEnum(PERIODS),
    committeeId: Type.Optional(Uuid),
    committeeCode: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: "The committee's administrative-unit code; exactly one of committeeId and committeeCode" }),
    ),
    values: Values,
  },
  { additionalProperties: false },
)

const SubmissionSchema = Type.Object(
  {
    id: Uuid,
    clusterId: Uuid,
    year: Type.Integer(),
    period: StringEnum(PERIODS),
    committeeId: Uuid,
    status: StringEnum(SUBMISSION_STATUSES),
    late: Type.Boolean({ description: 'Submitted after the FY deadline under a scheme that accepts late input' }),
    returnReason: Nullable(Type.String({ description: 'Why it was last returned for revision; kept after it is revised and resubmitted' })),
    returns: Type.Array(
      Type.Object(
        {
          revision: Type.Integer({ description: 'The revision that was returned' }),
          reason: Type.String(),
          returnedAt: Timestamp,
          returnedBy: Nullable(Uuid),
        },
        { additionalProperties: false },
      ),
      { description: 'Every return for revision, oldest first' },
    ),
    revision: Type.Integer({ description: 'Number of times submitted; each submit stores an immutable revision' }),
    submittedAt: Nullable(Timestamp),
    acceptedAt: Nullable(Timestamp),
    values: Type.Array(
      Type.Object(
        {
          indicatorCode: Type.String(),
          value: Nullable(DecimalString),
          notApplicable: Type.Boolean({ description: 'Declared not applicable: value is null and notApplicableReason says why' }),
          notApplicableReason: Nullable(Type.String()),
          note: Nullable(Type.String()),
          evidenceUrl: Nullable(Type.String()),
          officialValue: Nullable(DecimalString),
          correctionReason: Nullable(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    lock: Type.Object(
      {
        editable: Type.Boolean(),
        code: Nullable(Type.String({ description: 'Why values are locked: SUBMISSION_ACCEPTED, SUBMISSION_UNDER_REVIEW, PERIOD_CLOSED, PERIOD_NOT_OPEN' })),
      },
      { additionalProperties: false },
    ),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)

const RevisionSchema = Type.Object(
  {
    revision: Type.Integer(),
    submittedAt: Timestamp,
    submittedBy: Nullable(Uuid),
    late: Type.Boolean(),
    values: Type.Array(
      Type.Object({
        indicatorCode: Type.String(),
        value: Nullable(DecimalString),
        note: Nullable(Type.String()),
        evidenceUrl: Nullable(Type.String()),
        notApplicable: Type.Optional(Type.Literal(true)),
        notApplicableReason: Type.Optional(Type.String()),
      }),
    ),
  },
  { additionalProperties: false },
)

const ImportItemSchema = Type.Object(
  {
    index: Type.Integer({ description: '0-based position of the item or CSV record' }),
    row: Type.Optional(Type.Integer({ description: 'CSV line number (the header is line 1)' })),
    status: StringEnum(['created', 'updated', 'unchanged', 'rejected'] as const),
    code: Type.Optional(Type.String()),
    message: Type.Optional(Type.String()),
    column: Type.Optional(StringEnum(IMPORT_COLUMNS)),
    pointer: Type.Optional(Type.String()),
    submissionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)
const Summary = Type.Object(
  { created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), rejected: Type.Integer() },
  { additionalProperties: false },
)
const ImportResultSchema = Type.Object(
  { dryRun: Type.Boolean(), atomic: Type.Boolean(), summary: Summary, items: Type.Array(ImportItemSchema) },
  { additionalProperties: false },
)
/**
 * The import's 422: the one Problem shape, IMPORT_REJECTED adding the per-row answer as extension
 * members (RFC 9457 §3.2) beside the problem's own; CSV_COLUMNS_INVALID lists the columns in `errors`.
 */
const ImportRejected = problemResponse(
  422,
  ['IMPORT_REJECTED', 'CSV_COLUMNS_INVALID'],
  {
    summary: { ...Summary, description: 'IMPORT_REJECTED: how many rows were rejected (nothing was written)' },
    items: Type.Array(ImportItemSchema, { description: 'IMPORT_REJECTED: every row, answered as in a 200 or 207' }),
  },
  'Rejected: an atomic import with a rejected row, every row rejected (IMPORT_REJECTED, with the rows), or a CSV header without the columns',
)

const ImportRow = Type.Object(
  {
    committeeCode: Type.Optional(
      Type.String({ description: 'Administrative-unit code of the reporting committee; exactly one of committeeCode and committeeId' }),
    ),
    committeeId: Type.Optional(Type.String({ description: 'Id of the reporting committee (for members without a code)' })),
    clusterCode: Type.String(),
    year: Type.Union([Type.Integer(), Type.String()]),
    period: Type.String({ description: 'H1 or FY' }),
    indicatorCode: Type.String(),
    value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
    note: Type.Optional(Nullable(Type.String())),
  },
  { additionalProperties: false },
)

/** Oldest change first, so a mirror pages with updatedSince and the cursor. */
const byChange: Keyset<{ updatedAt: string; id: string }, SubmissionRow> = {
  shape: { updatedAt: 'timestamp', id: 'uuid' },
  keyOf: (r) => ({ updatedAt: r.updatedAt.toISOString(), id: r.id }),
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = submissionRepository(app.db)
  const service = submissionService(app.db, app.clock)
  const tags = ['submissions']

  const view = async (s: SubmissionRow, years?: Parameters<typeof service.editability>[1]) => {
    return {
      id: s.id,
      clusterId: s.clusterId,
      year: s.year,
      period: s.period,
      committeeId: s.committeeId,
      status: s.status,
      late: s.late,
      returnReason: s.returnReason,
      returns: (await repo.returns(s.id)).map((r) => ({
        revision: r.revision,
        reason: r.reason,
        returnedAt: r.returnedAt.toISOString(),
        returnedBy: r.returnedBy,
      })),
      revision: s.revision,
      submittedAt: s.submittedAt?.toISOString() ?? null,
      acceptedAt: s.acceptedAt?.toISOString() ?? null,
      values: (await repo.values(s.id)).map(({ submissionId: _, ...v }) => v),
      lock: await service.editability(s, years),
      version: s.version,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    }
  }
  const submission = resource({
    find: (id: string) => repo.findById(id),
    notFound: submissionNotFound,
    etag: (s: SubmissionRow) => etagOf('submission', s.id, s.version),
    view: (s: SubmissionRow) => view(s),
  })

  // Scopes: the member (and the committees above it) for its own submission; the head's secretariat reviews.
  const committeeOf = scopeOf({ params: IdParams }, async ({ params: { id } }) => {
    const s = await repo.findById(id)
    if (!s) throw submissionNotFound(id)
    return s.committeeId
  })
  const headOf = scopeOf({ params: IdParams }, async ({ params: { id } }) => {
    const h = await repo.headOf(id)
    if (!h) throw submissionNotFound(id)
    return h.headId
  })
  const submitters = [grant('admin'), grant('submitter', committeeOf)]
  const reviewers = [grant('admin'), grant('secretariat', headOf, { exact: true })]

  app.post(
    '/v1/submissions',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'submitter',
            scopeOf({ body: CreateBody }, async ({ body }) => resolveCommitteeRef(app.db, body)),
          ),
        ],
      },
      schema: {
        operationId: 'createSubmission',
        tags,
        summary: "Start a committee's submission for a cluster-year period (a draft)",
        description:
          'One per cluster-year, period and committee (409 SUBMISSION_EXISTS names the existing one). The committee is named by committeeId or ' +
          'committeeCode, exactly one (422 COMMITTEE_ID_OR_CODE_REQUIRED, COMMITTEE_ID_AND_CODE, UNKNOWN_COMMITTEE). Values are checked against the ' +
          'catalogue (type, bounds) and the scheme: UNKNOWN_INDICATOR, INDICATOR_NOT_IN_SCHEME, DUPLICATE_INDICATOR, INVALID_DECIMAL, INVALID_VALUE_TYPE, ' +
          'VALUE_BELOW_MIN, VALUE_ABOVE_MAX, VALUE_REQUIRED; an indicator declared not applicable needs a reason (NOT_APPLICABLE_REASON_REQUIRED) and a ' +
          'scheme that allows it (NOT_APPLICABLE_NOT_ALLOWED), and no value (VALUE_WITH_NOT_APPLICABLE). Outside the window: 409 PERIOD_NOT_OPEN or PERIOD_CLOSED.',
        headers: IdempotencyHeaders,
        body: CreateBody,
        response: {
          201: SubmissionSchema,
          ...problems(400, 401, 403, 415, {
            404: ['CLUSTER_NOT_FOUND', 'CLUSTER_YEAR_NOT_FOUND'],
            409: ['SUBMISSION_EXISTS', 'PERIOD_NOT_OPEN', 'PERIOD_CLOSED'],
            422: ['NOT_A_MEMBER', 'COMMITTEE_ID_OR_CODE_REQUIRED', 'COMMITTEE_ID_AND_CODE', 'UNKNOWN_COMMITTEE', ...VALUE_PROBLEM_CODES],
          }),
        },
      },
    },
    async (req, reply) => {
      const row = await service.create(actorOf(req), req.body)
      reply.header('location', `/v1/submissions/${row.id}`)
      return reply.code(201).send(await submission.answer(reply, row))
    },
  )

  app.get(
    '/v1/submissions',
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'listSubmissions',
        tags,
        summary: 'List submissions, oldest change first',
        description: 'Ordered by updatedAt then id, so a mirror can page with updatedSince and the cursor.',
        querystring: Type.Object(
          {
            clusterId: Type.Optional(Uuid),
            year: Type.Optional(Year),
            period: Type.Optional(StringEnum(PERIODS)),
            committeeId: Type.Optional(Uuid),
            status: Type.Optional(StringEnum(SUBMISSION_STATUSES)),
            updatedSince: Type.Optional(Timestamp),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(SubmissionSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        byChange,
        (filter, after, limit) => repo.list({ ...filter, after: after ?? undefined, limit }),
        async (rows) => {
          // One cluster-year load per cluster-year of the page, not per row.
          const years = new Map()
          const items = []
          for (const s of rows) items.push(await view(s, years))
          return items
        },
      ),
  )

  app.get(
    '/v1/submissions/:id',
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'getSubmission',
        tags,
        summary: 'Read a submission and why it is locked, if it is',
        params: IdParams,
        response: { 200: SubmissionSchema, ...problems(400, 401, 403, { 404: ['SUBMISSION_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => submission.read(reply, req.params.id),
  )

  const updateSchema = (mode: 'merge' | 'replace') => ({
    operationId: mode === 'merge' ? 'updateSubmission' : 'replaceSubmissionValues',
    tags,
    summary:
      mode === 'merge'
        ? 'Change the named values of a draft or returned submission, keeping the others (If-Match required)'
        : 'Replace every value of a draft or returned submission (If-Match required)',
    description:
      (mode === 'merge'
        ? 'Each value named takes its new value or not-applicable declaration; values not named stay as they are (use PUT to remove one). '
        : 'The values become exactly the ones sent: a value not sent is removed. ') +
      'The values are checked as on creation. Locked values say why: 409 SUBMISSION_ACCEPTED, SUBMISSION_UNDER_REVIEW, PERIOD_CLOSED, PERIOD_NOT_OPEN.',
    params: IdParams,
    headers: IfMatchHeaders,
    body: Type.Object({ values: Values }, { additionalProperties: false }),
    response: {
      200: SubmissionSchema,
      ...problems(400, 401, 403, 412, 415, 428, {
        404: ['SUBMISSION_NOT_FOUND'],
        409: ['SUBMISSION_ACCEPTED', 'SUBMISSION_UNDER_REVIEW', 'PERIOD_NOT_OPEN', 'PERIOD_CLOSED'],
        422: [...VALUE_PROBLEM_CODES],
      }),
    },
  })

  app.patch('/v1/submissions/:id', { config: { access: submitters }, schema: updateSchema('merge') }, async (req, reply) => {
    const current = await submission.loadIfMatch(req, req.params.id)
    return submission.answer(reply, await service.update(actorOf(req), current.id, current.version, req.body, 'merge'))
  })

  app.put('/v1/submissions/:id', { config: { access: submitters }, schema: updateSchema('replace') }, async (req, reply) => {
    const current = await submission.loadIfMatch(req, req.params.id)
    return submission.answer(reply, await service.update(actorOf(req), current.id, current.version, req.body, 'replace'))
  })

  const actionSchema = (name: string, summary: string, description: string) => ({
    operationId: `${name}Submission`,
    tags,
    summary,
    description,
    params: IdParams,
    headers: IdempotencyHeaders,
    response: {
      200: SubmissionSchema,
      ...problems(400, 401, 403, 415, {
        404: ['SUBMISSION_NOT_FOUND'],
        409: [
          'SUBMISSION_NOT_DRAFT',
          'SUBMISSION_NOT_SUBMITTED',
          'SUBMISSION_ACCEPTED',
          'SUBMISSION_EMPTY',
          'SUBMISSION_INCOMPLETE',
          'SUBMISSION_INVALID_ACTION',
          'PERIOD_NOT_OPEN',
          'PERIOD_CLOSED',
        ],
        422: ['RETURN_REASON_REQUIRED', 'NOT_REPORTED', 'CORRECTION_REASON_REQUIRED', ...VALUE_PROBLEM_CODES],
      }),
    },
  })

  app.post(
    '/v1/submissions/:id/submit',
    {
      config: { access: submitters },
      schema: actionSchema(
        'submit',
        'Submit for review',
        'Stores an immutable revision. Every indicator of the scheme needs a value or a not-applicable declaration: 409 SUBMISSION_INCOMPLETE ' +
          'lists the others in details.missingIndicators. 409 SUBMISSION_NOT_DRAFT, SUBMISSION_ACCEPTED, SUBMISSION_EMPTY, PERIOD_NOT_OPEN, PERIOD_CLOSED; a late FY ' +
          'submission is accepted only when the scheme allows it, and is marked late. A returned submission may be resubmitted after the window.',
      ),
    },
    async (req, reply) => {
      const row = await service.submit(actorOf(req), req.params.id)
      return submission.answer(reply, row)
    },
  )

  app.post(
    '/v1/submissions/:id/return',
    {
      config: { access: reviewers },
      schema: {
        ...actionSchema('return', 'Return to the member with a reason', '409 SUBMISSION_NOT_SUBMITTED; 422 RETURN_REASON_REQUIRED.'),
        body: Type.Object({ reason: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }),
      },
    },
    async (req, reply) => {
      const row = await service.return(actorOf(req), req.params.id, req.body.reason)
      return submission.answer(reply, row)
    },
  )

  app.post(
    '/v1/submissions/:id/accept',
    {
      config: { access: reviewers },
      schema: {
        ...actionSchema(
          'accept',
          'Accept, optionally correcting values with reasons',
          'Corrections keep the reported value and set the official one used for scoring (NOT_REPORTED, CORRECTION_REASON_REQUIRED, value codes). ' +
            'Accepted values are locked (SUBMISSION_ACCEPTED).',
        ),
        // No body at all is the same as {}.
        body: Nullable(
          Type.Object(
            {
              corrections: Type.Optional(
                Type.Array(
                  Type.Object(
                    { indicatorCode: Type.String(), officialValue: Value, reason: Type.String({ maxLength: 2000 }) },
                    { additionalProperties: false },
                  ),
                  { maxItems: 1000 },
                ),
              ),
            },
            { additionalProperties: false },
          ),
        ),
      },
    },
    async (req, reply) => {
      const row = await service.accept(actorOf(req), req.params.id, req.body?.corrections ?? [])
      return submission.answer(reply, row)
    },
  )

  app.get(
    '/v1/submissions/:id/revisions',
    {
      config: { access: [grant(EVERY_ROLE)] },
      schema: {
        operationId: 'listSubmissionRevisions',
        tags,
        summary: 'The immutable revisions stored at each submit',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(RevisionSchema) }, { additionalProperties: false }),
          ...problems(400, 401, 403, { 404: ['SUBMISSION_NOT_FOUND'] }),
        },
      },
    },
    async (req) => {
      await submission.load(req.params.id)
      const revisions = await repo.revisions(req.params.id)
      return {
        items: revisions.map((r) => ({
          revision: r.revision,
          submittedAt: r.submittedAt.toISOString(),
          submittedBy: r.submittedBy,
          late: r.late,
          values: r.values as {
            indicatorCode: string
            value: string | null
            note: string | null
            evidenceUrl: string | null
            notApplicable?: true
            notApplicableReason?: string
          }[],
        })),
      }
    },
  )

  app.post(
    '/v1/submissions/import',
    {
      config: { access: [grant(['admin', 'submitter'])], acceptsCsv: true, normalisesText: true, bulk: true },
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        operationId: 'importSubmissions',
        tags,
        summary: 'Bulk import of values, JSON or CSV (upserts drafts)',
        description:
          `JSON: { "items": [ { committeeCode, clusterCode, year, period, indicatorCode, value, note? } ] }. CSV (text/csv): a header naming the columns ` +
          `${IMPORT_COLUMNS.join(', ')}; BOM, CRLF, quoted fields and blank lines are fine. \`decimal=comma\` reads Vietnamese numbers ` +
          '("6.485" = 6485, "8,05" = 8.05). Every row is answered: created, updated, unchanged or rejected with its code, column and CSV line. ' +
          'Duplicate rows (same committee, cluster, year, period, indicator) are all rejected (DUPLICATE_ROW). Permissions are checked per row. ' +
          '`dryRun=true` runs every check and writes nothing; `submit=true` submits each submission whose rows all passed. A partly rejected ' +
          'import answers 207; with `atomic=true` any rejection rejects all (422 IMPORT_REJECTED, nothing written).',
        headers: IdempotencyHeaders,
        querystring: Type.Object(
          {
            dryRun: Type.Optional(Type.Boolean({ default: false })),
            atomic: Type.Optional(Type.Boolean({ default: false })),
            submit: Type.Optional(Type.Boolean({ default: false })),
            decimal: Type.Optional(StringEnum(['point', 'comma'] as const, 'CSV number notation: point (8.05) or comma (Vietnamese: 6.485 and 8,05)')),
          },
          { additionalProperties: false },
        ),
        // Per media type: the JSON body is validated against the items; a CSV body reaches the
        // handler as its bytes (app.ts), read and checked row by row by the import.
        body: {
          content: {
            'application/json': { schema: Type.Object({ items: Type.Array(ImportRow, { maxItems: 200_000 }) }, { additionalProperties: false }) },
            'text/csv': { schema: { description: `UTF-8 CSV with a header naming the columns ${IMPORT_COLUMNS.join(', ')}` } },
          },
        },
        response: {
          200: ImportResultSchema,
          207: ImportResultSchema,
          ...problems(401, 403, 413, 415, { 400: ['MALFORMED_CSV'] }),
          422: ImportRejected,
        },
      },
    },
    async (req, reply) => {
      const { dryRun = false, atomic = false, submit = false, decimal = 'point' } = req.query
      // A CSV body arrives as its bytes (app.ts); a JSON one has been validated against the items.
      const raw = req.body as unknown
      // A body per media type is validated only when one came: none at all is refused here.
      if (raw === undefined || raw === null) {
        throw new DomainError('bad_request', 'EMPTY_BODY', 'Send the rows: a JSON body {"items": [...]} or a text/csv body')
      }
      const isCsv = Buffer.isBuffer(raw)
      const source = isCsv ? () => csvRows(raw) : () => jsonRows((raw as { items: ImportRowInput[] }).items)
      const result = await runImport({
        db: app.db,
        clock: app.clock,
        actor: actorOf(req),
        principal: req.principal!,
        source,
        opts: { dryRun, atomic, submit, comma: isCsv && decimal === 'comma' },
      })
      const { rejected } = result.summary
      if (rejected > 0 && (atomic || rejected === result.items.length)) {
        reply.code(422).type('application/problem+json')
        const lang = problemLanguageOf(req)
        markLanguage(reply, lang)
        return sendImportAnswer(
          req,
          reply,
          localizeProblem(lang, {
            type: '/problems/import-rejected',
            title: 'Unprocessable Content',
            status: 422,
            detail: atomic ? `${rejected} row(s) rejected; the atomic import wrote nothing` : 'Every row was rejected; nothing was written',
            code: 'IMPORT_REJECTED',
            requestId: String(req.id),
            instance: req.url,
            summary: result.summary,
          }),
          result.items,
        )
      }
      reply.code(rejected > 0 ? 207 : 200).type('application/json; charset=utf-8')
      return sendImportAnswer(req, reply, { dryRun: result.dryRun, atomic: result.atomic, summary: result.summary }, result.items)
    },
  )
}

/**
 * Sends an import's answer: the given members, then `items`, written from the compact log in
 * chunks. Streamed, so a 100,000-row answer is never one string; with an Idempotency-Key the
 * answer is stored for replays, so it is built whole instead.
 */
function sendImportAnswer(req: FastifyRequest, reply: FastifyReply, head: Record<string, unknown>, items: ImportLog) {
  const open = JSON.stringify(head).slice(0, -1) + ',"items":['
  function* chunks() {
    yield open
    yield* items.json()
    yield ']}'
  }
  if (req.idempotencyClaim) return reply.send([...chunks()].join('') as never)
  return reply.send(Readable.from(chunks()) as never)
}

export default routes
