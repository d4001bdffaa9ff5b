import { and, asc, eq, gt, gte, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditEvents } from '../../db/schema.ts'
import { canonicalJson, canonicalPrimitive, sha256Hex } from '../../domain/canonical.ts'
import { leafHash, type Hash } from '../../lib/tlog/merkle.ts'

export type AuditEventRow = typeof auditEvents.$inferSelect

/** The fields the chain hash covers, in their canonical (JSON) form: everything served but the hash. */
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

export const toChainedEvent = (r: Omit<AuditEventRow, 'hash'>): ChainedEvent => ({
  seq: r.seq,
  occurredAt: r.occurredAt.toISOString(),
  actorKeyId: r.actorKeyId,
  actorRole: r.actorRole,
  actorCommitteeId: r.actorCommitteeId,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  before: r.before ?? null,
  after: r.after ?? null,
  requestId: r.requestId,
  prevHash: r.prevHash,
})

/** An event as GET /v1/audit-events serves it: the chained fields and the hash. */
export type ServedEvent = ChainedEvent & { hash: string }

export const servedEventOf = (r: AuditEventRow): ServedEvent => ({ ...toChainedEvent(r), hash: r.hash })

/**
 * The event's leaf in the log's Merkle tree: RFC 9162's SHA-256(0x00 ‖ leaf input), the leaf
 * input being the RFC 8785 canonical JSON (UTF-8) of the event exactly as it is served.
 */
export const eventLeafHash = (e: ServedEvent): Hash => leafHash(Buffer.from(canonicalJson(e), 'utf8'))

/**
 * An event's chain hash and tree leaf with its payload canonicalised once: the served form is
 * the chained form with `"hash"` in its sorted place, just before `"occurredAt"`, whose members
 * (and those after it) are primitives written here; should the chained text not end with them
 * exactly, both forms are canonicalised whole. The same bytes as eventHash and eventLeafHash
 * (test/modules/audit-leaf.test.ts); the sequencer hashes every event of a 100,000-row import.
 */
export function hashAndLeaf(e: ChainedEvent): { hash: string; leaf: Hash } {
  const chained = canonicalJson(e)
  const hash = sha256Hex(e.prevHash + chained)
  const tail =
    `"occurredAt":${canonicalPrimitive(e.occurredAt)},"prevHash":${canonicalPrimitive(e.prevHash)},` +
    `"requestId":${canonicalPrimitive(e.requestId)},"seq":${canonicalPrimitive(e.seq)}}`
  const served = chained.endsWith(`,${tail}`)
    ? `${chained.slice(0, chained.length - tail.length)}"hash":${canonicalPrimitive(hash)},${tail}`
    : canonicalJson({ ...e, hash })
  return { hash, leaf: leafHash(Buffer.from(served, 'utf8')) }
}

export function auditRepository(db: DbOrTx) {
  return {
    async list(f: {
      entityType?: string | undefined
      entityId?: string | undefined
      since?: string | undefined
      afterSeq?: number | undefined
      limit: number
    }) {
      const where: SQL[] = []
      if (f.entityType) where.push(eq(auditEvents.entityType, f.entityType))
      if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId))
      if (f.since) where.push(gte(auditEvents.occurredAt, new Date(f.since)))
      if (f.afterSeq !== undefined) where.push(gt(auditEvents.seq, f.afterSeq))
      return db
        .select()
        .from(auditEvents)
        .where(and(...where))
        .orderBy(asc(auditEvents.seq))
        .limit(f.limit + 1)
    },

    /** The events after `seq`, in order. */
    async after(seq: number, limit: number): Promise<AuditEventRow[]> {
      return db.select().from(auditEvents).where(gt(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq)).limit(limit)
    },
  }
}
