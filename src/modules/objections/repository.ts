import { and, asc, count, eq, gt } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { objections } from '../../db/schema.ts'
import type { ObjectionStatus } from '../../domain/objections.ts'

export type ObjectionRow = typeof objections.$inferSelect

/** The objections of a cluster-year; answers are the only change one ever takes. */
export function objectionRepository(db: DbOrTx) {
  return {
    async insert(row: typeof objections.$inferInsert): Promise<ObjectionRow> {
      const [inserted] = await db.insert(objections).values(row).returning()
      return inserted!
    },
    /** One objection of this year (null when the id is another year's or none at all). */
    async find(clusterYearId: string, id: string, lock = false): Promise<ObjectionRow | undefined> {
      const query = db
        .select()
        .from(objections)
        .where(and(eq(objections.clusterYearId, clusterYearId), eq(objections.id, id)))
      const [row] = lock ? await query.for('update') : await query
      return row
    },
    /** In filing order (ids are UUIDv7), after `afterId`. */
    async list(
      clusterYearId: string,
      f: {
        status?: ObjectionStatus | undefined
        committeeId?: string | undefined
        subjectCommitteeId?: string | undefined
        afterId?: string | undefined
        limit: number
      },
    ): Promise<ObjectionRow[]> {
      const where = [eq(objections.clusterYearId, clusterYearId)]
      if (f.status) where.push(eq(objections.status, f.status))
      if (f.committeeId) where.push(eq(objections.committeeId, f.committeeId))
      if (f.subjectCommitteeId) where.push(eq(objections.subjectCommitteeId, f.subjectCommitteeId))
      if (f.afterId) where.push(gt(objections.id, f.afterId))
      return db
        .select()
        .from(objections)
        .where(and(...where))
        .orderBy(asc(objections.id))
        .limit(f.limit + 1)
    },
    /** How many still wait for an answer (finalisation's blocker). */
    async unanswered(clusterYearId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(objections)
        .where(and(eq(objections.clusterYearId, clusterYearId), eq(objections.status, 'open')))
      return row?.n ?? 0
    },
    async answer(
      id: string,
      answer: { status: Exclude<ObjectionStatus, 'open'>; answer: string; correction: string | null; answeredAt: Date; answeredBy: string | null },
    ): Promise<ObjectionRow> {
      const [row] = await db
        .update(objections)
        .set(answer)
        .where(and(eq(objections.id, id), eq(objections.status, 'open')))
        .returning()
      return row!
    },
  }
}
