import { and, asc, eq, gt, gte, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditChainHead, auditEvents } from '../../db/schema.ts'
import { eventHash, GENESIS_HASH, type ChainedEvent } from './service.ts'

export type AuditEventRow = typeof auditEvents.$inferSelect

export interface ChainBreak {
  seq: number
  reason: 'SEQUENCE_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH' | 'HEAD_MISMATCH'
  expected: string
  found: string
}

export const toChainedEvent = (r: AuditEventRow): ChainedEvent => ({
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

    /** Recomputes the whole chain in order; names the first broken link. */
    async verify(batchSize = 2000): Promise<{ checked: number; lastSeq: number; lastHash: string; firstBroken: ChainBreak | null }> {
      let prevSeq = 0
      let prevHash = GENESIS_HASH
      let checked = 0
      for (;;) {
        const batch = await db.select().from(auditEvents).where(gt(auditEvents.seq, prevSeq)).orderBy(asc(auditEvents.seq)).limit(batchSize)
        for (const row of batch) {
          const broken = (reason: ChainBreak['reason'], expected: string, found: string) => ({
            checked,
            lastSeq: prevSeq,
            lastHash: prevHash,
            firstBroken: { seq: row.seq, reason, expected, found },
          })
          if (row.seq !== prevSeq + 1) return broken('SEQUENCE_GAP', String(prevSeq + 1), String(row.seq))
          if (row.prevHash !== prevHash) return broken('PREV_HASH_MISMATCH', prevHash, row.prevHash)
          const recomputed = eventHash(toChainedEvent(row))
          if (recomputed !== row.hash) return broken('HASH_MISMATCH', recomputed, row.hash)
          prevSeq = row.seq
          prevHash = row.hash
          checked += 1
        }
        if (batch.length < batchSize) break
      }
      const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1))
      if (head && (head.seq !== prevSeq || head.hash !== prevHash)) {
        return {
          checked,
          lastSeq: prevSeq,
          lastHash: prevHash,
          firstBroken: { seq: head.seq, reason: 'HEAD_MISMATCH', expected: `${prevSeq}:${prevHash}`, found: `${head.seq}:${head.hash}` },
        }
      }
      return { checked, lastSeq: prevSeq, lastHash: prevHash, firstBroken: null }
    },
  }
}
