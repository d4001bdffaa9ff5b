import { and, asc, eq, gt, gte, inArray, or, sql, type SQL } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { groupBy } from '../../lib/group.ts'
import { clusterYears, submissionReturns, submissionRevisions, submissions, submissionValues } from '../../db/schema.ts'
import type { Period, SubmissionStatus } from '../../domain/workflows.ts'

export type SubmissionRow = typeof submissions.$inferSelect
export interface KeyedSubmission {
  id: string
  clusterYearId: string
  period: Period
  committeeId: string
  status: SubmissionStatus
}
export type ValueRow = typeof submissionValues.$inferSelect
/** What a merged import row's indicator held before: [its 1-based position in the batch, value, note]; a value not applicable reads as null. */
export type ImportPrevious = [i: number, value: string | null, note: string | null]

export interface ImportValue {
  submissionId: string
  indicatorCode: string
  value: string
  note: string | null
}
export type RevisionRow = typeof submissionRevisions.$inferSelect
export type NewRevision = typeof submissionRevisions.$inferInsert
export type ReturnRow = typeof submissionReturns.$inferSelect

export interface SubmissionFilter {
  clusterId?: string | undefined
  year?: number | undefined
  period?: Period | undefined
  committeeId?: string | undefined
  status?: SubmissionStatus | undefined
  updatedSince?: string | undefined
  after?: { updatedAt: string; id: string } | undefined
  limit: number
}

/** Namespaces the advisory locks that serialise imports into one cluster-year. */
const IMPORT_LOCK_SEED = 7_402_118_001

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
    async findByKey(clusterYearId: string, period: Period, committeeId: string): Promise<SubmissionRow | undefined> {
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
    /** Many submissions, locked (ordered by id). */
    async findManyForUpdate(ids: string[]): Promise<SubmissionRow[]> {
      if (ids.length === 0) return []
      return db.select().from(submissions).where(inArray(submissions.id, ids)).orderBy(asc(submissions.id)).for('update')
    },
    /** The values of many submissions, each's in indicator order. */
    async valuesOfMany(ids: string[]): Promise<Map<string, ValueRow[]>> {
      if (ids.length === 0) return new Map()
      const found = await db
        .select()
        .from(submissionValues)
        .where(inArray(submissionValues.submissionId, ids))
        .orderBy(asc(submissionValues.submissionId), asc(submissionValues.indicatorCode))
      return groupBy(found, (v) => v.submissionId)
    },
    /**
     * Many submissions submitted at `at`, each at its version, in one statement (whole columns as
     * arrays); returns how many were at their version.
     */
    async updateManyAtVersion(moves: { id: string; version: number; status: SubmissionStatus; late: boolean; revision: number }[], at: Date): Promise<number> {
      if (moves.length === 0) return 0
      const result = await db.execute(sql`
        update submissions s set status = u.status, late = u.late, revision = u.revision, submitted_at = ${at},
          updated_at = ${at}, version = s.version + 1
        from unnest(${sql.param(moves.map((r) => r.id))}::uuid[], ${sql.param(moves.map((r) => r.version))}::int[],
                    ${sql.param(moves.map((r) => r.status))}::text[], ${sql.param(moves.map((r) => r.late))}::boolean[],
                    ${sql.param(moves.map((r) => r.revision))}::int[])
          as u(id, version, status, late, revision)
        where s.id = u.id and s.version = u.version
        returning s.id`)
      return rows<{ id: string }>(result).length
    },
    async values(submissionId: string): Promise<ValueRow[]> {
      return db.select().from(submissionValues).where(eq(submissionValues.submissionId, submissionId)).orderBy(asc(submissionValues.indicatorCode))
    },
    async replaceValues(submissionId: string, rows: Omit<typeof submissionValues.$inferInsert, 'submissionId'>[]): Promise<void> {
      await db.delete(submissionValues).where(eq(submissionValues.submissionId, submissionId))
      if (rows.length > 0) await db.insert(submissionValues).values(rows.map((r) => ({ ...r, submissionId })))
    },
    /**
     * One batch of a bulk import as one statement (one round trip): new draft submissions, the
     * values of new drafts (plain inserts), values written into existing submissions (changed or
     * new; an equal value, same decimal text and note, is not rewritten) with those submissions'
     * version and updatedAt bumped when something changed, and any further statements the caller
     * adds (audit appends). Rows travel as JSON documents, parsed by PostgreSQL in one go. Returns,
     * by position in `merges`, what each merged indicator held before (absent: it is new).
     */
    async writeImportBatch(batch: {
      at: Date
      drafts: { id: string; clusterYearId: string; clusterId: string; year: number; period: string; committeeId: string }[]
      inserts: ImportValue[]
      merges: ImportValue[]
      also: SQL[]
    }): Promise<ImportPrevious[]> {
      const parts: SQL[] = []
      if (batch.drafts.length > 0) {
        parts.push(sql`d as (
          insert into submissions (id, cluster_year_id, cluster_id, year, period, committee_id, status, created_at, updated_at)
          select id, "clusterYearId", "clusterId", year, period, "committeeId", 'draft', ${batch.at}, ${batch.at}
          from json_to_recordset(${JSON.stringify(batch.drafts)}::json)
            as k(id uuid, "clusterYearId" uuid, "clusterId" uuid, year int, period text, "committeeId" uuid))`)
      }
      if (batch.inserts.length > 0) {
        // The drafts inserted above satisfy the foreign key: it is checked at the end of the statement.
        parts.push(sql`n as (
          insert into submission_values (submission_id, indicator_code, value, note)
          select "submissionId", "indicatorCode", value, note
          from json_to_recordset(${JSON.stringify(batch.inserts)}::json) as v("submissionId" uuid, "indicatorCode" text, value numeric, note text))`)
      }
      let result: SQL | null = null
      if (batch.merges.length > 0) {
        parts.push(sql`m as (
          select * from rows from (json_to_recordset(${JSON.stringify(batch.merges)}::json)
            as ("submissionId" uuid, "indicatorCode" text, value numeric, note text)) with ordinality as m("submissionId", "indicatorCode", value, note, i))`)
        // Every sub-statement sees the rows as they were before the statement: these are the old
        // values, with where each row is, so the update goes straight to it (no second index
        // lookup; the submissions are locked, so nothing else moves their values meanwhile). A
        // value replaces a not-applicable declaration (its old value reads as null).
        parts.push(sql`old as (
          select m.i, sv.ctid as tid, sv.value::text as value, sv.note, sv.not_applicable as na
          from m join submission_values sv on sv.submission_id = m."submissionId" and sv.indicator_code = m."indicatorCode")`)
        parts.push(sql`u as (
          update submission_values sv set value = m.value, note = m.note, not_applicable = false, not_applicable_reason = null
          from m join old on old.i = m.i
          where sv.ctid = old.tid and (old.value, old.note, old.na) is distinct from (m.value::text, m.note, false)
          returning sv.submission_id)`)
        parts.push(sql`added as (
          insert into submission_values (submission_id, indicator_code, value, note)
          select "submissionId", "indicatorCode", value, note from m where not exists (select 1 from old where old.i = m.i)
          returning submission_id)`)
        // The changed submissions as an array: found through the primary key whatever the planner
        // knows of the table (a join to the subquery was planned as a scan of every submission).
        parts.push(sql`t as (
          update submissions set version = version + 1, updated_at = ${batch.at}
          where id = any(array(select submission_id from u union select submission_id from added)))`)
        // One row: the old values as one JSON array of [i, value, note], not a row each (the
        // driver's work per row is most of what reading them back costs).
        result = sql`select coalesce(json_agg(json_build_array(i, value, note)), '[]'::json) as old from old`
      }
      batch.also.forEach((statement, k) => parts.push(sql`${sql.raw(`a${k}`)} as (${statement})`))
      if (parts.length === 0) return []
      const found = await db.execute(sql`with ${sql.join(parts, sql`, `)} ${result ?? sql`select null as old where false`}`)
      const [r] = rows<{ old: ImportPrevious[] | string }>(found)
      if (!r) return []
      const list = typeof r.old === 'string' ? (JSON.parse(r.old) as ImportPrevious[]) : r.old
      const previous = new Array<ImportPrevious>(batch.merges.length)
      for (const x of list) previous[x[0] - 1] = x
      return previous
    },
    /**
     * Starts a bulk import in the caller's transaction: its statements and lock waits are bounded
     * by the import's own deadline (IMPORT_TIMEOUT_MS, which cancels them), not by the
     * per-statement limits.
     */
    async beginImport(): Promise<void> {
      await db.execute(sql`set local statement_timeout = 0`)
      await db.execute(sql`set local lock_timeout = 0`)
    },
    /**
     * Queues this import behind any other into the same cluster-years (transaction advisory
     * locks, taken in one order so two imports never wait on each other crosswise).
     */
    async lockImportsInto(clusterYearIds: string[]): Promise<void> {
      const ids = [...new Set(clusterYearIds)]
      if (ids.length === 0) return
      await db.execute(sql`
        select pg_advisory_xact_lock(k) from (
          select hashtextextended(id, ${IMPORT_LOCK_SEED}) as k from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as id order by k
        ) as keys`)
    },
    /** The limits are back for whatever the request's transaction does after the import. */
    async endImport(): Promise<void> {
      await db.execute(sql`set local statement_timeout to default`)
      await db.execute(sql`set local lock_timeout to default`)
    },
    /** Runs statements (audit appends) as one, in one round trip, in order. */
    async runTogether(statements: SQL[]): Promise<void> {
      if (statements.length === 0) return
      await db.execute(
        sql`with ${sql.join(
          statements.map((x, k) => sql`${sql.raw(`a${k}`)} as (${x})`),
          sql`, `,
        )} select 1`,
      )
    },
    async setOfficial(submissionId: string, indicatorCode: string, officialValue: string, reason: string): Promise<void> {
      await db
        .update(submissionValues)
        .set({ officialValue, correctionReason: reason })
        .where(and(eq(submissionValues.submissionId, submissionId), eq(submissionValues.indicatorCode, indicatorCode)))
    },
    async insertReturn(row: typeof submissionReturns.$inferInsert): Promise<void> {
      await db.insert(submissionReturns).values(row)
    },
    /** Every return of a submission for revision, oldest first. */
    async returns(submissionId: string): Promise<ReturnRow[]> {
      return db.select().from(submissionReturns).where(eq(submissionReturns.submissionId, submissionId)).orderBy(asc(submissionReturns.revision))
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
