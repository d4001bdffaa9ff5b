import { DatabaseFailure, type DbScope } from './scope.ts'

/**
 * Which failures are the database's (or the way to it) rather than the request's, and which
 * problem each becomes. They all answer 503 with Retry-After: the same request can succeed later.
 */

/** Network errors of the socket to PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED'])

/** SQLSTATEs that say the server, not the statement, is the problem. */
function unavailableState(state: string): boolean {
  return (
    (state.startsWith('08') && state !== '08P01') || // connection exception (not a protocol violation: a bug)
    state.startsWith('53') || // insufficient resources: too many connections, disk full, out of memory
    state.startsWith('58') || // system error (I/O)
    state === '57P01' || // admin_shutdown: the server is stopping (a restart)
    state === '57P02' || // crash_shutdown
    state === '57P03' || // cannot_connect_now: starting up or in recovery
    state === '57P04' // database_dropped
  )
}

const codeOf = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** An error the server sent about the statement itself (a SQLSTATE that is not an outage's). */
const statementError = (err: unknown): boolean => {
  const code = codeOf(err)
  return code?.length === 5 && !unavailableState(code)
}

/**
 * A failure to get a connection: the server is down (or refusing), or the pool stayed full, or
 * the configuration is wrong (a bad password, a database that does not exist): clients get 503
 * all the same, but a start-up does not wait for that to pass (see `transient`).
 */
export function connectFailure(err: unknown): Error {
  if (err instanceof DatabaseFailure) return err
  const code = codeOf(err)
  // pg-pool reports a wait for a pooled connection that ran out with this message and no code.
  if (code === undefined && /timeout exceeded when trying to connect/i.test((err as Error)?.message ?? '')) {
    return new DatabaseFailure('DATABASE_BUSY', 'No database connection came free in time', { cause: err })
  }
  const transient = code === undefined || NETWORK_CODES.has(code) || unavailableState(code)
  const why = err instanceof Error ? `: ${err.message}` : ''
  return new DatabaseFailure('DATABASE_UNAVAILABLE', `The database cannot be reached${why}`, { cause: err, transient })
}

/**
 * Errors a connection emitted as its own `error` event: pg emits one only when the connection
 * itself fails (the server closed it, the socket broke). pg-pool's `query()` hands that same error
 * to its caller as the query's, before the query's own callback runs (so before it can be
 * translated), and without a SQLSTATE: this set is how they are still known for what they are.
 */
const CONNECTION_ERRORS = new WeakSet<object>()

/** Marks an error a connection emitted as its `error` event (see CONNECTION_ERRORS). */
export function markConnectionError(err: unknown): void {
  if (err !== null && typeof err === 'object') CONNECTION_ERRORS.add(err)
}

/** A query's error on a connection that has died under it (no SQLSTATE: the socket closed). */
export function lostConnection(err: unknown): unknown {
  if (err instanceof DatabaseFailure || statementError(err)) return err
  const why = err instanceof Error ? `: ${err.message}` : ''
  return new DatabaseFailure('DATABASE_UNAVAILABLE', `The connection to the database was lost${why}`, { cause: err })
}

/**
 * The database failure behind an error, if it is one: the error itself or any error in its
 * `cause` chain (drizzle wraps the driver's error), read by SQLSTATE or network error code.
 */
export function databaseFailureOf(err: unknown, scope?: DbScope | null): DatabaseFailure | null {
  for (let e: unknown = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseFailure) return e
    if (CONNECTION_ERRORS.has(e as object) && !statementError(e)) {
      return new DatabaseFailure('DATABASE_UNAVAILABLE', 'The connection to the database was lost', { cause: e })
    }
    const code = codeOf(e)
    if (!code) continue
    if (code === '57014') {
      // query_canceled: by this service (the request was stopped) or by statement_timeout.
      if (scope?.aborted) return new DatabaseFailure(scope.aborted, 'The request was stopped', { cause: e })
      return new DatabaseFailure('STATEMENT_TIMEOUT', 'A database statement ran past its time limit', { cause: e })
    }
    if (code === '55P03') return new DatabaseFailure('LOCK_TIMEOUT', 'Data this request needs stayed locked by another change too long', { cause: e })
    if (code === '25P03') return new DatabaseFailure('TRANSACTION_TIMEOUT', 'The transaction stayed idle too long and was ended', { cause: e })
    if (unavailableState(code) || NETWORK_CODES.has(code)) {
      return new DatabaseFailure('DATABASE_UNAVAILABLE', 'The database cannot be reached', { cause: e })
    }
  }
  return null
}

/** Seconds a client should wait before trying again, per failure. */
export const RETRY_AFTER_SECONDS: Record<DatabaseFailure['code'], number> = {
  DATABASE_UNAVAILABLE: 2,
  DATABASE_BUSY: 1,
  STATEMENT_TIMEOUT: 5,
  LOCK_TIMEOUT: 1,
  TRANSACTION_TIMEOUT: 1,
  REQUEST_TIMEOUT: 5,
  CLIENT_CLOSED: 1,
}
