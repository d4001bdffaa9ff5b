import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { adjustments, assessmentHistory, assessments, awardTypes, clusters, rankingSnapshots, tieResolutions } from '../../db/schema.ts'
import type { SubmissionStatus } from '../../domain/workflows.ts'

export type AssessmentRow = typeof assessments.$inferSelect
export type AdjustmentRow = typeof adjustments.$inferSelect
export type TieResolutionRow = typeof tieResolutions.$inferSelect
export type SnapshotRow = typeof rankingSnapshots.$inferSelect
export interface FySubmissionRow {
  id: string
  committeeId: string
  status: SubmissionStatus
  late: boolean
  /** Accepted only: [indicatorCode, value or null (declared not applicable)]; null without values or when not accepted. */
  values: [string, string | null][] | null
}
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
    async assessmentScoresSince(
      clusterYearId: string,
      known: ReadonlyMap<string, string>,
    ): Promise<{ assessorId: string; key: string; scores: ScoreEntry[] | null }[]> {
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
    /** The active adjustments as the ranking takes them: only the columns it reads. */
    async activeAdjustments(clusterYearId: string) {
      return db
        .select({
          id: adjustments.id,
          committeeId: adjustments.committeeId,
          type: adjustments.type,
          criterionCode: adjustments.criterionCode,
          points: adjustments.points,
          reason: adjustments.reason,
        })
        .from(adjustments)
        .where(and(eq(adjustments.clusterYearId, clusterYearId), isNull(adjustments.withdrawnAt)))
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
    /**
     * The year's FY submissions (for finalisation's blockers) and, for the accepted ones, their
     * values, official where corrected (for the ranking): one row per submission, its values as
     * [indicatorCode, value] pairs aggregated by the database, numerics as their text.
     */
    async fySubmissions(clusterYearId: string): Promise<FySubmissionRow[]> {
      const result = await db.execute(sql`
        select s.id, s.committee_id as "committeeId", s.status, s.late,
          case when s.status = 'accepted' then (
            select json_agg(json_build_array(v.indicator_code, coalesce(v.official_value, v.value)::text))
            from submission_values v where v.submission_id = s.id
          ) end as "values"
        from submissions s
        where s.cluster_year_id = ${clusterYearId} and s.period = 'FY'`)
      return rows<FySubmissionRow>(result)
    },
    async snapshot(clusterYearId: string): Promise<SnapshotRow | undefined> {
      const [row] = await db.select().from(rankingSnapshots).where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row
    },
    async insertSnapshot(row: typeof rankingSnapshots.$inferInsert): Promise<SnapshotRow> {
      const [created] = await db.insert(rankingSnapshots).values(row).returning()
      return created!
    },
    /** The award types of a cluster's organiser, by the cluster's id (read beside the cluster-year, not after it). */
    async awardTypesOfCluster(clusterId: string) {
      return db
        .select()
        .from(awardTypes)
        .where(sql`${awardTypes.organizerCommitteeId} = (select ${clusters.organizerCommitteeId} from ${clusters} where ${clusters.id} = ${clusterId})`)
        .orderBy(asc(awardTypes.precedence))
    },
  }
}
