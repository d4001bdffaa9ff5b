import { AsyncLocalStorage } from 'node:async_hooks'
import type { Tx } from './types.ts'

/**
 * Why a request's database work was stopped from outside its own code: its deadline passed, or
 * its client went away. Every query the request starts afterwards fails at once, and the ones
 * running are cancelled, so the request stops holding a connection.
 */
export type AbortReason = 'REQUEST_TIMEOUT' | 'CLIENT_CLOSED'

/** The database side of one HTTP request (carried through its handler by AsyncLocalStorage). */
export interface DbScope {
  /**
   * The request's own transaction, when it has one (a POST with an Idempotency-Key: the effect
   * and its stored answer commit together). Every query of the handler runs in it, and the
   * handler's own transactions become savepoints of it.
   */
  tx: Tx | null
  /** Set once the request's work is to stop. */
  aborted: AbortReason | null
  /**
   * Set once the handler has answered: what is left (committing the request's transaction with
   * its stored answer) is no longer stopped by the deadline or by the client leaving.
   */
  settled: boolean
  /** Cancels what the request is running now (installed by the driver adapter). */
  cancelers: Set<() => void>
  /** Work to do only once the request's transaction has committed (cache fills, say). */
  afterCommit: (() => void)[]
}

export const dbScopes = new AsyncLocalStorage<DbScope>()

export const newScope = (): DbScope => ({ tx: null, aborted: null, settled: false, cancelers: new Set(), afterCommit: [] })

/**
 * Runs `fn` once what the current request wrote is committed: at once outside a request's
 * transaction, after its commit inside one, never if it rolls back. For in-memory state derived
 * from the database (a cache), which must not hold what may never have been. Register it once
 * the service's own work is done (its savepoint released): a savepoint rolled back under a
 * request that still commits does not take its callbacks with it.
 */
export function whenCommitted(fn: () => void) {
  const scope = dbScopes.getStore()
  if (scope?.tx) scope.afterCommit.push(fn)
  else fn()
}

/** Stops a request's database work: running statements are cancelled, new ones refused. */
export function abortScope(scope: DbScope, reason: AbortReason) {
  if (scope.aborted || scope.settled) return
  scope.aborted = reason
  for (const cancel of scope.cancelers) cancel()
}

/**
 * A failure of the database or of the way to it, rather than of the request: the service
 * answers 503 with Retry-After and the client tries again. `code` is the problem code.
 */
export class DatabaseFailure extends Error {
  override name = 'DatabaseFailure'
  /** False for a failure that waiting will not cure (a wrong password, no such database). */
  readonly transient: boolean
  constructor(
    readonly code: DatabaseFailureCode,
    message: string,
    options?: { cause?: unknown; transient?: boolean },
  ) {
    super(message, options)
    this.transient = options?.transient ?? true
  }
}

export type DatabaseFailureCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY' | 'STATEMENT_TIMEOUT' | 'LOCK_TIMEOUT' | 'TRANSACTION_TIMEOUT' | AbortReason

/** Thrown instead of running a query for a request that has been stopped. */
export function abortedError(reason: AbortReason): DatabaseFailure {
  return new DatabaseFailure(reason, reason === 'REQUEST_TIMEOUT' ? 'The request ran past its deadline and was stopped' : 'The client closed the connection')
}

/**
 * Whether a statement may still run for this scope. Rolling back is always allowed: a stopped
 * request must still be able to undo its transaction before its connection goes back.
 */
export function refusal(scope: DbScope | undefined, statement: unknown): DatabaseFailure | null {
  if (!scope?.aborted || scope.settled) return null
  const text = typeof statement === 'string' ? statement : (statement as { text?: unknown } | null)?.text
  if (typeof text === 'string' && /^\s*rollback\b/i.test(text)) return null
  return abortedError(scope.aborted)
}

/** The scope of the request being served here, if any. */
export const currentScope = () => dbScopes.getStore()
