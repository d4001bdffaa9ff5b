import { eq, sql } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import { canonicalJson, sha256Hex } from '../../domain/canonical.ts'
import type { DbOrTx } from '../../db/client.ts'
import { auditChainHead } from '../../db/schema.ts'

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

/** The fields the hash covers, in their canonical (JSON) form. */
export interface ChainedEvent {
  seq: number
  occurredAt: string
  actorKeyId: string | null
  actorRole: string | null
  actorCommitteeId: string | null
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
  requestId: string | null
  prevHash: string
}

/** hash = sha256(prevHash ‖ RFC 8785 canonical JSON of the event without its hash). */
export function eventHash(e: ChainedEvent): string {
  return sha256Hex(e.prevHash + canonicalJson(e))
}

/**
 * Appends events to the chain inside the caller's transaction. The head row is locked first, so
 * concurrent writers queue on it: sequence numbers never repeat and the chain never forks.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, inputs: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(inputs) ? inputs : [inputs]
  if (list.length === 0) return
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update')
  if (!head) throw new Error('audit chain head is missing; were the migrations applied?')
  let { seq, hash: prevHash } = head
  const occurredAt = new Date().toISOString()
  const rows = list.map((input) => {
    seq += 1
    // Dates become strings and undefined members disappear in the hash (canonicalJson) exactly as
    // in the JSON the row is stored from, so the event reads back from jsonb as it was hashed.
    const event: ChainedEvent = {
      seq,
      occurredAt,
      actorKeyId: actor.keyId,
      actorRole: actor.role,
      actorCommitteeId: actor.committeeId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before ?? null,
      after: input.after ?? null,
      requestId: actor.requestId,
      prevHash,
    }
    const hash = eventHash(event)
    prevHash = hash
    return { seq, action: event.action, entityType: event.entityType, entityId: event.entityId, before: event.before, after: event.after, prevHash: event.prevHash, hash }
  })
  // One statement whatever the count, the rows as one JSON document: bulk imports append
  // hundreds of events at once, and PostgreSQL parses each payload straight into jsonb.
  await tx.execute(sql`
    insert into audit_events (seq, occurred_at, actor_key_id, actor_role, actor_committee_id, action, entity_type, entity_id, before, after, request_id, prev_hash, hash)
    select seq, ${occurredAt}::timestamptz, ${actor.keyId}::uuid, ${actor.role}::text, ${actor.committeeId}::uuid, action, "entityType", "entityId",
           before, after, ${actor.requestId}::text, "prevHash", hash
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as e(seq bigint, action text, "entityType" text, "entityId" text, before jsonb, after jsonb, "prevHash" text, hash text)`)
  await tx.update(auditChainHead).set({ seq, hash: prevHash }).where(eq(auditChainHead.id, 1))
}
