/**
 * Expected failures carry a stable machine `code` and a `kind`; the HTTP edge maps the kind to a
 * status (see src/plugins/problems.ts). Nothing ever picks a status by reading a message.
 */
export type ErrorKind =
  | 'invalid' // 422: the request is well-formed but breaks a rule
  | 'bad_request' // 400: malformed input
  | 'not_found' // 404
  | 'conflict' // 409: not allowed in the current state
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'precondition_failed' // 412
  | 'precondition_required' // 428
  | 'unavailable' // 503: a dependency is down
  | 'unsupported_media_type' // 415
  | 'too_large' // 413: the request's content is larger than allowed

export interface FieldError {
  /** RFC 6901 JSON pointer into the request (body unless the message says otherwise). */
  pointer: string
  code: string
  message: string
}

export class DomainError extends Error {
  readonly code: string
  readonly kind: ErrorKind
  readonly details: Record<string, unknown> | undefined
  readonly errors: FieldError[] | undefined
  /** When a retry of the same request can succeed: after this many seconds (Retry-After). */
  readonly retryAfterSeconds: number | undefined

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    extra: { details?: Record<string, unknown>; errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message)
    this.name = 'DomainError'
    this.kind = kind
    this.code = code
    this.details = extra.details
    this.errors = extra.errors
    this.retryAfterSeconds = extra.retryAfterSeconds
  }
}

export const invalid = (code: string, message: string, extra?: { details?: Record<string, unknown>; errors?: FieldError[] }) =>
  new DomainError('invalid', code, message, extra)
export const conflict = (code: string, message: string, details?: Record<string, unknown>) => new DomainError('conflict', code, message, { details })
export const notFound = (code: string, message: string) => new DomainError('not_found', code, message)
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message)
