import { Type, type TSchema } from 'typebox'

/**
 * Schemas shared by every route, defined once. `Problem` is registered with the app
 * (addSchema) so the contract names it once under components and routes reference it.
 */
export const FieldErrorSchema = Type.Object(
  {
    pointer: Type.String({ description: 'RFC 6901 JSON pointer to the offending value' }),
    location: Type.Enum(['body', 'query', 'path', 'header']),
    code: Type.String({ description: 'Stable machine code, e.g. REQUIRED, UNKNOWN_FIELD, INVALID_FORMAT' }),
    message: Type.String(),
  },
  { additionalProperties: false },
)

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI reference identifying the problem type' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable code (e.g. PERIOD_CLOSED)' }),
    requestId: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details' },
)

export const ProblemRef = Type.Ref('Problem')

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request or failed validation',
  401: 'Missing or invalid API key',
  403: 'Role or committee scope does not allow this',
  404: 'Not found',
  409: 'Not allowed in the current state',
  412: 'If-Match does not match the current ETag',
  413: 'Body too large',
  414: 'A path parameter is too long',
  415: 'Unsupported content type',
  422: 'Breaks a rule',
  428: 'If-Match required',
  429: 'Too many requests; retry after Retry-After',
  503: 'The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After',
}

/** The problem codes an operation declares for one status (those common to every operation are added by the swagger plugin). */
export type ProblemCodes = Record<number, readonly string[]>

export interface ProblemResponse {
  description: string
  content: { 'application/problem+json': { schema: TSchema } }
}

/**
 * One error response: the Problem schema with the codes this operation can answer with at this
 * status, and any extension members (RFC 9457 §3.2) the operation adds.
 */
export function problemResponse(status: number, codes: readonly string[], extension: Record<string, TSchema> = {}, description?: string): ProblemResponse {
  return {
    description: description ?? STATUS_TEXT[status] ?? 'Error',
    content: {
      'application/problem+json': {
        schema: Type.Unsafe({
          allOf: [Type.Ref('Problem'), { type: 'object', properties: { code: { type: 'string', enum: [...codes] }, ...extension } }],
        }),
      },
    },
  }
}

/** The codes a problem response of problemResponse() lists (for the swagger plugin to add to). */
export function problemCodesOf(response: unknown): string[] | undefined {
  const schema = (response as { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> })?.content?.[
    'application/problem+json'
  ]?.schema
  return schema?.allOf?.[1]?.properties?.code?.enum
}

/**
 * The error responses a route declares, each an application/problem+json Problem: a status
 * alone (its codes are those every operation shares, added centrally), or `{ status: [codes] }`
 * for the codes this operation adds.
 */
export function problems(...specs: (number | ProblemCodes)[]) {
  const codes = new Map<number, string[]>()
  for (const spec of specs) {
    if (typeof spec === 'number') codes.set(spec, codes.get(spec) ?? [])
    else for (const [s, list] of Object.entries(spec)) codes.set(Number(s), [...new Set([...(codes.get(Number(s)) ?? []), ...list])])
  }
  const out: Record<number, ProblemResponse> = {}
  for (const [s, list] of codes) out[s] = problemResponse(s, list)
  return out
}

/** A closed set of strings, typed as its literals. */
export const StringEnum = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>(Type.Enum([...values], description ? { description } : {}))

export const Uuid = Type.String({ format: 'uuid', description: 'UUID' })
export const IdParams = Type.Object({ id: Uuid })
const yearRange = { minimum: 2000, maximum: 2100 }
/** The calendar year of an emulation cycle (a cluster-year's year): in paths, queries and bodies. */
export const Year = Type.Integer(yearRange)
/** The same year, with a description of what it means where it is used. */
export const describedYear = (description: string) => Type.Integer({ ...yearRange, description })
/** A cluster-year's path: /v1/clusters/{id}/years/{year}. */
export const YearParams = Type.Object({ id: Uuid, year: Year })
export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339 timestamp' })
export const DateOnly = Type.String({ format: 'date', description: 'Calendar date (YYYY-MM-DD)' })
export const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()])

/** Decimal quantity: a JSON string; inputs may also send a safe integer as a number. */
export const DecimalString = Type.String({ pattern: '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$', description: 'Exact decimal as a string' })
export const DecimalInput = Type.Union([DecimalString, Type.Integer({ minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER })])

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size (max 500)' })),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'Opaque cursor from nextCursor' })),
}

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Cursor of the next page; null at the end' }),
  })

/** A list a portal mirrors: a page, and the change feed's cursor to follow from once every page is read (snapshot then follow). */
export const SnapshotPage = <T extends TSchema>(item: T) =>
  Type.Object({
    ...Page(item).properties,
    changesCursor: Type.String({
      description:
        'Where to follow GET /v1/changes from after reading this list: taken before its first page and the same on every page, so no change is lost between the list and the feed',
    }),
  })

/** The description that marks If-Match as required in the contract (runtime validation stays lenient: 428, not 400). */
export const IF_MATCH_REQUIRED = 'The ETag last read. Required: without it the answer is 428 IF_MATCH_REQUIRED'

/** An update of an existing resource: If-Match required (428 IF_MATCH_REQUIRED without it, 412 when stale). */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: IF_MATCH_REQUIRED })),
})

/** A PUT that creates or replaces: If-Match is required once the resource exists, and must be absent before. */
export const IfMatchIfExistsHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ description: 'The ETag last read: required once the resource exists (428 without it); absent when creating it (412 if sent)' }),
  ),
})

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Replays the first response for 24 h; another body gives 422' })),
})
