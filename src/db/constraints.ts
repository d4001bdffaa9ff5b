import { DomainError, type ErrorKind } from '../domain/errors.ts'

/**
 * What PostgreSQL's refusals mean, in one place: the SQLSTATE and constraint of an error, the
 * stable code each named unique constraint stands for, and the problem any other refusal becomes.
 */

export const UNIQUE_VIOLATION = '23505'

/** The SQLSTATE and constraint of a database error: on the error itself or, from drizzle, its cause. */
export function pgErrorOf(err: unknown): { code: string; constraint: string | undefined } | null {
  for (const e of [err, (err as { cause?: unknown } | null)?.cause]) {
    const { code, constraint } = (e ?? {}) as { code?: unknown; constraint?: unknown }
    if (typeof code === 'string' && code.length === 5) return { code, constraint: typeof constraint === 'string' ? constraint : undefined }
  }
  return null
}

/**
 * The unique constraints a service checks before it writes, and the conflict each stands for:
 * the same code the check reports, for the writer that loses a race past the check.
 */
export const UNIQUE_CONFLICTS = {
  committees_active_code_uq: { code: 'COMMITTEE_CODE_TAKEN', detail: 'The code is already used by an active committee' },
  clusters_code_uq: { code: 'CLUSTER_CODE_TAKEN', detail: 'The cluster code is taken' },
  cluster_year_members_one_cluster_uq: {
    code: 'MEMBER_IN_OTHER_CLUSTER',
    detail: 'A committee already belongs to another cluster of this organiser that year',
  },
  handovers_cluster_from_year_uq: { code: 'HANDOVER_ALREADY_RECORDED', detail: 'The handover from this year was already recorded' },
  indicators_code_uq: { code: 'INDICATOR_CODE_TAKEN', detail: 'The indicator code exists' },
  submissions_one_per_period_uq: { code: 'SUBMISSION_EXISTS', detail: 'This committee already has this submission' },
  award_types_organizer_code_uq: { code: 'AWARD_TYPE_CODE_TAKEN', detail: 'The award type code exists for this organiser' },
  attachments_supersedes_uq: { code: 'ATTACHMENT_ALREADY_SUPERSEDED', detail: 'The attachment is already superseded' },
} as const satisfies Record<string, { code: string; detail: string }>
export type UniqueConstraint = keyof typeof UNIQUE_CONFLICTS

/** Whether an error is a unique violation (of `constraint`, when one is named). */
export function isUniqueViolation(err: unknown, constraint?: UniqueConstraint): boolean {
  const pg = pgErrorOf(err)
  return pg?.code === UNIQUE_VIOLATION && (constraint === undefined || pg.constraint === constraint)
}

/**
 * For a write's `.catch`: a violation of `constraint` becomes its conflict (409 with its stable
 * code), said with the service's own message when it has a better one; anything else goes on.
 */
export function asConflict(constraint: UniqueConstraint, message?: string, extra: { details?: Record<string, unknown> } = {}) {
  return (err: unknown): never => {
    if (isUniqueViolation(err, constraint)) {
      const { code, detail } = UNIQUE_CONFLICTS[constraint]
      throw new DomainError('conflict', code, message ?? detail, extra)
    }
    throw err
  }
}

/** Refusals no service anticipated: still a problem with a code, by SQLSTATE. */
const SQLSTATE_REFUSALS: Record<string, { kind: ErrorKind; code: string; detail: string; retryAfterSeconds?: number }> = {
  [UNIQUE_VIOLATION]: { kind: 'conflict', code: 'ALREADY_EXISTS', detail: 'A unique constraint refused the change; the resource already exists' },
  '23503': { kind: 'invalid', code: 'REFERENCE_NOT_FOUND', detail: 'The change refers to something that does not exist' },
  // A deadlock or serialisation failure is not an answer about the request: say when to retry.
  '40001': { kind: 'conflict', code: 'CONCURRENT_UPDATE', detail: 'A concurrent change interfered; retry the request', retryAfterSeconds: 1 },
  '40P01': { kind: 'conflict', code: 'CONCURRENT_UPDATE', detail: 'A concurrent change interfered; retry the request', retryAfterSeconds: 1 },
  // Values PostgreSQL refused as input: the request's fault, whichever check let them through.
  '22P02': { kind: 'bad_request', code: 'INVALID_VALUE', detail: 'A value is not valid for its type' },
  '22003': { kind: 'bad_request', code: 'OUT_OF_RANGE', detail: 'A number is out of the range the database stores' },
  '22007': { kind: 'bad_request', code: 'INVALID_VALUE', detail: 'A date or time is not valid' },
  '22008': { kind: 'bad_request', code: 'OUT_OF_RANGE', detail: 'A date or time is out of range' },
  '22021': { kind: 'bad_request', code: 'INVALID_TEXT', detail: 'Text contains a character the database cannot store' },
  '22P05': { kind: 'bad_request', code: 'INVALID_TEXT', detail: 'Text contains a character the database cannot store' },
  '54000': { kind: 'bad_request', code: 'VALUE_TOO_LARGE', detail: 'A value is larger than the database can index' },
}

/**
 * The domain error a database refusal stands for, or null when the error is not one: a named
 * unique constraint gives its own conflict; any other known SQLSTATE its generic problem.
 */
export function refusalOf(err: unknown): DomainError | null {
  const pg = pgErrorOf(err)
  if (!pg) return null
  const named =
    pg.code === UNIQUE_VIOLATION && pg.constraint !== undefined
      ? (UNIQUE_CONFLICTS as Record<string, { code: string; detail: string }>)[pg.constraint]
      : undefined
  if (named) return new DomainError('conflict', named.code, named.detail)
  const known = SQLSTATE_REFUSALS[pg.code]
  if (!known) return null
  return new DomainError(known.kind, known.code, known.detail, known.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: known.retryAfterSeconds })
}
