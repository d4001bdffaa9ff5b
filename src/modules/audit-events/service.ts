import { sql, type SQL } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import { canonicalJson, sha256Hex } from '../../domain/canonical.ts'
import { DomainError } from '../../domain/errors.ts'
import type { DbOrTx } from '../../db/client.ts'
import type { NodeId } from '../../lib/tlog/merkle.ts'
import { logRepository } from './log-repository.ts'
import type { ChainedEvent } from './repository.ts'

/** Who did it, from which request: passed from the edge into every service that writes. */
export interface Actor {
  keyId: string | null
  role: string | null
  committeeId: string | null
  requestId: string | null
}

export const SYSTEM_ACTOR: Actor = { keyId: null, role: 'system', committeeId: null, requestId: null }

export function actorOf(req: FastifyRequest): Actor {
  const p = req.principal
  return { keyId: p?.keyId ?? null, role: p?.role ?? null, committeeId: p?.committeeId ?? null, requestId: String(req.id) }
}

export interface AuditInput {
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
}

export const GENESIS_HASH = '0'.repeat(64)

/** What the log keeps of a row: everything but derived search columns. */
export const auditView = <T extends { searchText?: unknown }>(row: T | undefined): Omit<T, 'searchText'> | undefined => {
  if (!row) return row
  const { searchText: _, ...rest } = row
  return rest
}

/** hash = sha256(prevHash ‖ RFC 8785 canonical JSON of the event without its hash). */
export function eventHash(e: ChainedEvent): string {
  return sha256Hex(e.prevHash + canonicalJson(e))
}

/**
 * In JSON text as JSON.stringify writes it, the escapes jsonb refuses: `\u0000` (NUL) and a lone
 * surrogate (`\ud800`–`\udfff`; a well-formed pair is written as itself, not escaped). The
 * backslash must be one, not the second of an escaped backslash (`\\u0000` is text).
 */
const UNSTORABLE_ESCAPE = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f])/i

/**
 * The statement that records events in the caller's transaction (null when there are none), to
 * run alone or inside a larger statement (a CTE: a bulk writer sends it with its own writes in
 * one round trip). The events are written unsequenced, to audit_pending: no lock is shared with
 * any other writer. The sequencer gives them their position, chain hash and tree leaf after the
 * transaction commits (sequencer.ts); a transaction that rolls back leaves no event.
 */
export function auditStatement(actor: Actor, inputs: AuditInput[]): SQL | null {
  if (inputs.length === 0) return null
  // The log records when things happened by the server's own clock, not the rules' (which tests move).
  const occurredAt = new Date().toISOString()
  const rows = inputs.map((input) => ({
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    // Dates become strings and undefined members disappear, as in the JSON the event is read back from.
    before: input.before ?? null,
    after: input.after ?? null,
  }))
  // One statement whatever the count, the rows as one JSON document: bulk imports append
  // thousands of events at once. The payloads stay json (checked, not parsed) until the sequencer
  // moves them into audit_events as jsonb; what jsonb would refuse is refused here, before.
  const json = JSON.stringify(rows)
  if (UNSTORABLE_ESCAPE.test(json)) throw new DomainError('bad_request', 'INVALID_TEXT', 'Text contains a character the database cannot store')
  return sql`
    insert into audit_pending (occurred_at, actor_key_id, actor_role, actor_committee_id, action, entity_type, entity_id, before, after, request_id)
    select ${occurredAt}::timestamptz, ${actor.keyId}::uuid, ${actor.role}::text, ${actor.committeeId}::uuid, action, "entityType", "entityId",
           before, after, ${actor.requestId}::text
    from rows from (json_to_recordset(${json}::json) as (action text, "entityType" text, "entityId" text, before json, after json))
      with ordinality as e(action, "entityType", "entityId", before, after, n)
    order by n`
}

/** Records events in the caller's transaction: they commit, or roll back, with the change. */
export async function recordAudit(tx: DbOrTx, actor: Actor, inputs: AuditInput | AuditInput[]): Promise<void> {
  const statement = auditStatement(actor, Array.isArray(inputs) ? inputs : [inputs])
  if (statement) await tx.execute(statement)
}

/* The optimistic update at a version, with its audit event: one way for every module. */

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
  await recordAudit(tx, actor, {
    action: change.action,
    entityType: change.entityType,
    entityId: change.before.id,
    before: view(change.before),
    after: view(updated),
  })
  return updated
}

// What other modules (the exports) read of the log, through this module's service: an event and a
// checkpoint exactly as this module serves them, and the stored tree nodes.
export { servedEventOf, type AuditEventRow, type ChainedEvent, type ServedEvent } from './repository.ts'
export { checkpointView, type CheckpointView } from './proofs.ts'
export type { CheckpointRow } from './log-repository.ts'

/** The stored Merkle tree nodes among `ids`, in one statement. */
export const readTreeNodes = (db: DbOrTx, ids: NodeId[]) => logRepository(db).nodes(ids)
