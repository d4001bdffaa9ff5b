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
  429: 'Too many requests (RATE_LIMITED, AUTH_THROTTLED); retry after Retry-After',
  503: 'The database is unavailable, busy or slow, or the request ran out of time; retry after Retry-After',
}

/** The error responses a route declares, each an application/problem+json Problem. */
export function problems(...statuses: number[]) {
  const out: Record<number, { description: string; content: { 'application/problem+json': { schema: TSchema } } }> = {}
  for (const s of statuses) {
    out[s] = { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/problem+json': { schema: Type.Ref('Problem') } } }
  }
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

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag last read; required (428 without it)' })),
})

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'Replays the first response for 24 h; another body gives 422' }),
  ),
})
