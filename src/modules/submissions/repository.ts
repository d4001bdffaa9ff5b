import { and, asc, eq, gt, gte, inArray, or, sql, type SQL } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { clusterYears, submissionRevisions, submissions, submissionValues } from '../../db/schema.ts'

export type SubmissionRow = typeof submissions.$inferSelect
export interface KeyedSubmission {
  id: string
  clusterYearId: string
  period: string
  committeeId: string
  status: string
}
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
    /**
     * Existing submissions for many (clusterYear, period, committee) keys at once, locked. Bulk
     * statements pass whole columns as arrays (unnest): one parameter each, whatever the count.
     */
    async findManyByKeysForUpdate(keys: { clusterYearId: string; period: string; committeeId: string }[]): Promise<KeyedSubmission[]> {
      if (keys.length === 0) return []
      const result = await db.execute(sql`
        select s.id, s.cluster_year_id as "clusterYearId", s.period, s.committee_id as "committeeId", s.status
        from submissions s
        join unnest(${sql.param(keys.map((k) => k.clusterYearId))}::uuid[], ${sql.param(keys.map((k) => k.period))}::text[],
                    ${sql.param(keys.map((k) => k.committeeId))}::uuid[]) as k(cy, p, c)
          on s.cluster_year_id = k.cy and s.period = k.p and s.committee_id = k.c
        for update of s`)
      return rows<KeyedSubmission>(result)
    },
    /** Inserts many draft submissions in one statement. */
    async insertDrafts(drafts: KeyedSubmission[], year: (clusterYearId: string) => { clusterId: string; year: number }, at: Date): Promise<void> {
      if (drafts.length === 0) return
      const doc = drafts.map((d) => {
        const y = year(d.clusterYearId)
        return { id: d.id, cy: d.clusterYearId, cl: y.clusterId, yr: y.year, p: d.period, c: d.committeeId }
      })
      await db.execute(sql`
        insert into submissions (id, cluster_year_id, cluster_id, year, period, committee_id, status, created_at, updated_at)
        select id, cy, cl, yr, p, c, 'draft', ${at}, ${at}
        from json_to_recordset(${JSON.stringify(doc)}::json) as k(id uuid, cy uuid, cl uuid, yr int, p text, c uuid)`)
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
    async replaceValues(submissionId: string, rows: Omit<typeof submissionValues.$inferInsert, 'submissionId'>[]): Promise<void> {
      await db.delete(submissionValues).where(eq(submissionValues.submissionId, submissionId))
      if (rows.length > 0) await db.insert(submissionValues).values(rows.map((r) => ({ ...r, submissionId })))
    },
    /**
     * Inserts or overwrites values (bulk import) in one statement. The rows travel as one JSON
     * document: PostgreSQL parses it in one go, where array parameters would be escaped element by
     * element on the way out and parsed again on the way in.
     */
    async upsertValues(values: { submissionId: string; indicatorCode: string; value: string; note: string | null }[]): Promise<void> {
      if (values.length === 0) return
      await db.execute(sql`
        insert into submission_values (submission_id, indicator_code, value, note)
        select "submissionId", "indicatorCode", value, note
        from json_to_recordset(${JSON.stringify(values)}::json) as v("submissionId" uuid, "indicatorCode" text, value numeric, note text)
        on conflict (submission_id, indicator_code) do update set value = excluded.value, note = excluded.note`)
    },
    /** What a bulk import compares against: the current value and note of each indicator. */
    async currentValuesOf(submissionIds: string[]): Promise<{ submissionId: string; indicatorCode: string; value: string; note: string | null }[]> {
      if (submissionIds.length === 0) return []
      return db
        .select({ submissionId: submissionValues.submissionId, indicatorCode: submissionValues.indicatorCode, value: submissionValues.value, note: submissionValues.note })
        .from(submissionValues)
        .where(inArray(submissionValues.submissionId, submissionIds))
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
