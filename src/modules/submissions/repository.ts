import { and, asc, eq, gt, gte, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { clusterYears, submissionRevisions, submissions, submissionValues } from '../../db/schema.ts'

export type SubmissionRow = typeof submissions.$inferSelect
export type ValueRow = typeof submissionValues.$inferSelect
export type RevisionRow = typeof submissionRevisions.$inferSelect

export interface SubmissionFilter {
  clusterId?: string | undefined
  year?: number | undefined
  period?: string | undefined
  committeeId?: string | undefined
  status?: string | undefined
  updatedSince?: string | undefined
  after?: { updatedAt: string; id: string } | undefined
  limit: number
}

export function submissionRepository(db: DbOrTx) {
  return {
    async findById(id: string): Promise<SubmissionRow | undefined> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, id))
      return row
    },
    async findForUpdate(id: string): Promise<SubmissionRow | undefined> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, id)).for('update')
      return row
    },
    async findByKey(clusterYearId: string, period: string, committeeId: string): Promise<SubmissionRow | undefined> {
      const [row] = await db
        .select()
        .from(submissions)
        .where(and(eq(submissions.clusterYearId, clusterYearId), eq(submissions.period, period), eq(submissions.committeeId, committeeId)))
      return row
    },
    /** Existing submissions for many (clusterYear, period, committee) keys at once, locked. */
    async findManyByKeysForUpdate(keys: { clusterYearId: string; period: string; committeeId: string }[]): Promise<SubmissionRow[]> {
      if (keys.length === 0) return []
      const conds = keys.map((k) => and(eq(submissions.clusterYearId, k.clusterYearId), eq(submissions.period, k.period), eq(submissions.committeeId, k.committeeId))!)
      return db.select().from(submissions).where(or(...conds)).for('update')
    },
    /** Keyset pagination in (updatedAt, id) order so `updatedSince` mirrors are cheap. */
    async list(f: SubmissionFilter): Promise<SubmissionRow[]> {
      const where: SQL[] = []
      if (f.clusterId) where.push(eq(submissions.clusterId, f.clusterId))
      if (f.year) where.push(eq(submissions.year, f.year))
      if (f.period) where.push(eq(submissions.period, f.period))
      if (f.committeeId) where.push(eq(submissions.committeeId, f.committeeId))
      if (f.status) where.push(eq(submissions.status, f.status))
      if (f.updatedSince) where.push(gte(submissions.updatedAt, new Date(f.updatedSince)))
      if (f.after) {
        const at = new Date(f.after.updatedAt)
        where.push(or(gt(submissions.updatedAt, at), and(eq(submissions.updatedAt, at), gt(submissions.id, f.after.id)))!)
      }
      return db
        .select()
        .from(submissions)
        .where(and(...where))
        .orderBy(asc(submissions.updatedAt), asc(submissions.id))
        .limit(f.limit + 1)
    },
    async insert(rows: (typeof submissions.$inferInsert)[]): Promise<SubmissionRow[]> {
      if (rows.length === 0) return []
      return db.insert(submissions).values(rows).returning()
    },
    async updateAtVersion(id: string, version: number, patch: Partial<typeof submissions.$inferInsert>): Promise<SubmissionRow | undefined> {
      const [row] = await db
        .update(submissions)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(submissions.id, id), eq(submissions.version, version)))
        .returning()
      return row
    },
    /** Bumps version and updatedAt of many submissions (bulk import). */
    async touch(ids: string[], at: Date): Promise<void> {
      if (ids.length === 0) return
      await db
        .update(submissions)
        .set({ version: sql`${submissions.version} + 1`, updatedAt: at })
        .where(inArray(submissions.id, ids))
    },
    async values(submissionId: string): Promise<ValueRow[]> {
      return db.select().from(submissionValues).where(eq(submissionValues.submissionId, submissionId)).orderBy(asc(submissionValues.indicatorCode))
    },
    async valuesOf(submissionIds: string[]): Promise<ValueRow[]> {
      if (submissionIds.length === 0) return []
      return db
        .select()
        .from(submissionValues)
        .where(inArray(submissionValues.submissionId, submissionIds))
        .orderBy(asc(submissionValues.submissionId), asc(submissionValues.indicatorCode))
    },
    async replaceValues(submissionId: string, rows: Omit<typeof submissionValues.$inferInsert, 'submissionId'>[]): Promise<void> {
      await db.delete(submissionValues).where(eq(submissionValues.submissionId, submissionId))
      if (rows.length > 0) await db.insert(submissionValues).values(rows.map((r) => ({ ...r, submissionId })))
    },
    /** Inserts or overwrites values (bulk import), in chunks that stay under the parameter limit. */
    async upsertValues(rows: { submissionId: string; indicatorCode: string; value: string; note: string | null }[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 5000) {
        await db
          .insert(submissionValues)
          .values(rows.slice(i, i + 5000))
          .onConflictDoUpdate({
            target: [submissionValues.submissionId, submissionValues.indicatorCode],
            set: { value: sql`excluded.value`, note: sql`excluded.note` },
          })
      }
    },
    async setOfficial(submissionId: string, indicatorCode: string, officialValue: string, reason: string): Promise<void> {
      await db
        .update(submissionValues)
        .set({ officialValue, correctionReason: reason })
        .where(and(eq(submissionValues.submissionId, submissionId), eq(submissionValues.indicatorCode, indicatorCode)))
    },
    async insertRevisions(rows: (typeof submissionRevisions.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await db.insert(submissionRevisions).values(rows)
    },
    async revisions(submissionId: string): Promise<RevisionRow[]> {
      return db.select().from(submissionRevisions).where(eq(submissionRevisions.submissionId, submissionId)).orderBy(asc(submissionRevisions.revision))
    },
    /** The cluster-year head of a submission (its secretariat reviews it). */
    async headOf(submissionId: string): Promise<{ headId: string | null } | undefined> {
      const [row] = await db
        .select({ headId: clusterYears.headId })
        .from(submissions)
        .innerJoin(clusterYears, eq(clusterYears.id, submissions.clusterYearId))
        .where(eq(submissions.id, submissionId))
      return row
    },
  }
}
