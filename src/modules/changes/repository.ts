import { and, asc, eq, gt, inArray } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditChainHead, auditEvents } from '../../db/schema.ts'

export interface ChangeRow {
  seq: number
  occurredAt: Date
  action: string
  entityType: string
  entityId: string
}

export function changeRepository(db: DbOrTx) {
  return {
    /** The log's end: the position of its last sequenced event (0 when empty). */
    async head(): Promise<number> {
      const [row] = await db.select({ seq: auditChainHead.seq }).from(auditChainHead).where(eq(auditChainHead.id, 1))
      return row?.seq ?? 0
    },

    /**
     * Sequenced events after `seq` about entities of these kinds, in the log's order. Only the
     * sequencer writes audit_events, one batch per transaction under its lock, so what a reader
     * sees is always a prefix of the log: never position n + 1 without n.
     */
    async after(seq: number, types: readonly string[], limit: number): Promise<ChangeRow[]> {
      return db
        .select({
          seq: auditEvents.seq,
          occurredAt: auditEvents.occurredAt,
          action: auditEvents.action,
          entityType: auditEvents.entityType,
          entityId: auditEvents.entityId,
        })
        .from(auditEvents)
        .where(and(gt(auditEvents.seq, seq), inArray(auditEvents.entityType, [...types])))
        .orderBy(asc(auditEvents.seq))
        .limit(limit)
    },
  }
}
