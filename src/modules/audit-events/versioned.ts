import type { DbOrTx } from '../../db/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { auditView, recordAudit, type Actor } from './service.ts'

/** 412 ETAG_MISMATCH: the row is no longer at the version the client read (its If-Match). */
export const changedSinceRead = (what: string) =>
  new DomainError('precondition_failed', 'ETAG_MISMATCH', `The ${what} changed since you read it; read it again and retry`)

/** Inside the writing transaction, against the row as locked there: still the version the client read? */
export function assertAtVersion(current: { version: number }, expected: number, what: string): void {
  if (current.version !== expected) throw changedSinceRead(what)
}

export interface VersionedChange<R> {
  /** Names the resource in the 412 (e.g. 'committee'). */
  what: string
  action: string
  entityType: string
  before: R & { id: string }
  /** The repository's update at the version read: undefined when someone else got there first. */
  write(): Promise<R | undefined>
  /** What the audit log keeps of a row (auditView: all but derived search columns). */
  view?: (row: R) => unknown
}

/**
 * The optimistic update of one row with its audit event, in the caller's transaction: the row is
 * written only while still at the version read (412 ETAG_MISMATCH otherwise), and the event
 * records it before and after, so the change and its record commit together.
 */
export async function updateAtVersion<R>(tx: DbOrTx, actor: Actor, change: VersionedChange<R>): Promise<R> {
  const updated = await change.write()
  if (updated === undefined) throw changedSinceRead(change.what)
  const view = change.view ?? ((row: R) => auditView(row as R & { searchText?: unknown }))
  await recordAudit(tx, actor, { action: change.action, entityType: change.entityType, entityId: change.before.id, before: view(change.before), after: view(updated) })
  return updated
}
