import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { adjustments, assessmentHistory, assessments, awardTypes, rankingSnapshots, submissions, submissionValues, tieResolutions } from '../../db/schema.ts'

export type AssessmentRow = typeof assessments.$inferSelect
export type AdjustmentRow = typeof adjustments.$inferSelect
export type TieResolutionRow = typeof tieResolutions.$inferSelect
export type SnapshotRow = typeof rankingSnapshots.$inferSelect
export interface ScoreEntry {
  targetId: string
  criterionCode: string
  score: string
}

export function rankingRepository(db: DbOrTx) {
  return {
    async assessments(clusterYearId: string): Promise<AssessmentRow[]> {
      return db.select().from(assessments).where(eq(assessments.clusterYearId, clusterYearId)).orderBy(asc(assessments.assessorId))
    },
    /**
     * Every assessor's row version (`version:xmin`: xmin changes with every write of the row,
     * whoever makes it) and its scores, except for the assessors `known` already holds at that
     * version: their scores are not read (nor detoasted, nor sent).
     */
    async assessmentScoresSince(clusterYearId: string, known: ReadonlyMap<string, string>): Promise<{ assessorId: string; key: string; scores: ScoreEntry[] | null }[]> {
      const result = await db.execute(sql`
        select a.assessor_id as "assessorId",
          case when k.key = a.version || ':' || a.xmin::text then null else a.scores end as scores,
          a.version || ':' || a.xmin::text as key
        from assessments a
        left join unnest(${sql.param([...known.keys()])}::uuid[], ${sql.param([...known.values()])}::text[]) as k(assessor_id, key)
          on k.assessor_id = a.assessor_id
        where a.cluster_year_id = ${clusterYearId}
        order by a.assessor_id`)
      return rows<{ assessorId: string; key: string; scores: ScoreEntry[] | null }>(result)
    },
    async assessment(clusterYearId: string, assessorId: string): Promise<AssessmentRow | undefined> {
      const [row] = await db
        .select()
        .from(assessments)
        .where(and(eq(assessments.clusterYearId, clusterYearId), eq(assessments.assessorId, assessorId)))
      return row
    },
    async saveAssessment(
      clusterYearId: string,
      assessorId: string,
      scores: ScoreEntry[],
      previousVersion: number | null,
      by: string | null,
      now: Date,
    ): Promise<AssessmentRow> {
      const version = (previousVersion ?? 0) + 1
      let row: AssessmentRow | undefined
      if (previousVersion === null) {
        ;[row] = await db.insert(assessments).values({ clusterYearId, assessorId, scores, updatedAt: now, updatedBy: by }).returning()
      } else {
        ;[row] = await db
          .update(assessments)
          .set({ scores, version, updatedAt: now, updatedBy: by })
          .where(and(eq(assessments.clusterYearId, clusterYearId), eq(assessments.assessorId, assessorId), eq(assessments.version, previousVersion)))
          .returning()
      }
      await db.insert(assessmentHistory).values({ clusterYearId, assessorId, version, scores, recordedAt: now, recordedBy: by })
      return row!
    },
    async assessmentHistory(clusterYearId: string, assessorId: string) {
      return db
        .select()
        .from(assessmentHistory)
        .where(and(eq(assessmentHistory.clusterYearId, clusterYearId), eq(assessmentHistory.assessorId, assessorId)))
        .orderBy(asc(assessmentHistory.version))
    },
    async adjustments(clusterYearId: string, opts: { activeOnly?: boolean } = {}): Promise<AdjustmentRow[]> {
      const where = [eq(adjustments.clusterYearId, clusterYearId)]
      if (opts.activeOnly) where.push(isNull(adjustments.withdrawnAt))
      return db
        .select()
        .from(adjustments)
        .where(and(...where))
        .orderBy(asc(adjustments.createdAt), asc(adjustments.id))
    },
    async adjustment(id: string): Promise<AdjustmentRow | undefined> {
      const [row] = await db.select().from(adjustments).where(eq(adjustments.id, id))
      return row
    },
    async insertAdjustment(row: typeof adjustments.$inferInsert): Promise<AdjustmentRow> {
      const [created] = await db.insert(adjustments).values(row).returning()
      return created!
    },
    async withdrawAdjustment(id: string, reason: string, at: Date): Promise<AdjustmentRow> {
      const [row] = await db.update(adjustments).set({ withdrawnAt: at, withdrawnReason: reason }).where(eq(adjustments.id, id)).returning()
      return row!
    },
    async tieResolutions(clusterYearId: string): Promise<TieResolutionRow[]> {
      return db.select().from(tieResolutions).where(eq(tieResolutions.clusterYearId, clusterYearId)).orderBy(asc(tieResolutions.recordedAt))
    },
    async insertTieResolution(row: typeof tieResolutions.$inferInsert): Promise<TieResolutionRow> {
      const [created] = await db.insert(tieResolutions).values(row).returning()
      return created!
    },
    /** Accepted FY submissions with their values (official where corrected). */
    async acceptedFy(clusterYearId: string) {
      return db
        .select({
          committeeId: submissions.committeeId,
          late: submissions.late,
          indicatorCode: submissionValues.indicatorCode,
          value: submissionValues.value,
          officialValue: submissionValues.officialValue,
        })
        .from(submissions)
        .leftJoin(submissionValues, eq(submissionValues.submissionId, submissions.id))
        .where(and(eq(submissions.clusterYearId, clusterYearId), eq(submissions.period, 'FY'), eq(submissions.status, 'accepted')))
    },
    async fySubmissions(clusterYearId: string) {
      return db
        .select({ id: submissions.id, committeeId: submissions.committeeId, status: submissions.status })
        .from(submissions)
        .where(and(eq(submissions.clusterYearId, clusterYearId), eq(submissions.period, 'FY')))
    },
    async snapshot(clusterYearId: string): Promise<SnapshotRow | undefined> {
      const [row] = await db.select().from(rankingSnapshots).where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row
    },
    async insertSnapshot(row: typeof rankingSnapshots.$inferInsert): Promise<SnapshotRow> {
      const [created] = await db.insert(rankingSnapshots).values(row).returning()
      return created!
    },
    async awardTypesOf(organizerCommitteeId: string) {
      return db.select().from(awardTypes).where(eq(awardTypes.organizerCommitteeId, organizerCommitteeId)).orderBy(asc(awardTypes.precedence))
    },
  }
}
