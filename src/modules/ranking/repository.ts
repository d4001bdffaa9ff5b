import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { readsOf } from '../../db/reads.ts'
import { adjustments, assessmentHistory, assessments, rankingSnapshots, tieResolutions } from '../../db/schema.ts'
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
/** A part read under the fingerprint of its rows (their xmin; the FY submissions also by id): `rows` null when the key is the one the reader holds. */
export interface Keyed<T> {
  key: string
  rows: T | null
}
/** What inputRows reads, each kind as the database aggregated it. */
export interface RankingInputRows {
  members: { committeeId: string; code: string | null; name: string; shortName: string | null }[]
  /** Null when read keyed (fyKeyed). */
  fySubmissions: FySubmissionRow[] | null
  /** Read with `keyed` only: the FY submissions and the targets ([committeeId, criterionCode, value]). */
  fyKeyed: Keyed<FySubmissionRow[]> | null
  targetsKeyed: Keyed<[string, string, string][]> | null
  /** Read with `keyed` only: the fingerprint of the cluster-year's other parts (its cluster's row, scheme, periods and members; ClusterYearParts). */
  aggregateKeyed: { key: string } | null
  scores: { assessorId: string; key: string; scores: ScoreEntry[] | null }[]
  adjustments: { id: string; committeeId: string; type: string; criterionCode: string | null; points: string | null; reason: string }[]
  /** recordedAt as the database writes a timestamp in JSON. */
  ties: { id: string; orderedCommitteeIds: string[]; tally: unknown; reason: string; recordedAt: string }[]
  awardTypes: { code: string; precedence: number; nameVi: string; nameEn: string | null }[]
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
    /**
     * Everything the ranking reads of a year but the cluster-year's own rows, in one statement
     * (one snapshot, one round trip): the members with their names, the FY submissions with their
     * accepted values, every assessor's row version and scores (but for those `known` holds at
     * that version, see assessmentScoresSince), the active adjustments, the tie votes and the
     * award types of the cluster's organiser. Each kind comes as one JSON array built by the
     * database, so no row becomes an object twice; numerics as their text.
     */
    async inputRows(
      clusterYearId: string,
      clusterId: string,
      known: ReadonlyMap<string, string>,
      keyed?: { targets: string | null; fy: string | null },
    ): Promise<RankingInputRows> {
      const fySubmissions = sql`(select coalesce(json_agg(json_build_object('id', s.id, 'committeeId', s.committee_id, 'status', s.status, 'late', s.late,
                  'values', case when s.status = 'accepted' then (
                    select json_agg(json_build_array(v.indicator_code, coalesce(v.official_value, v.value)::text))
                    from submission_values v where v.submission_id = s.id) end)), '[]')
             from submissions s
             where s.cluster_year_id = ${clusterYearId} and s.period = 'FY')`
      const main = () =>
        db.execute(sql`
        select
          (select coalesce(json_agg(json_build_object('committeeId', c.id, 'code', c.code, 'name', c.name, 'shortName', c.short_name)
                  order by c.code, c.name), '[]')
             from cluster_year_members m join committees c on c.id = m.committee_id
             where m.cluster_year_id = ${clusterYearId}) as members,
          (select ${fySubmissions} where ${keyed === undefined}) as "fySubmissions",
          (select coalesce(json_agg(json_build_object('assessorId', a.assessor_id, 'key', a.version || ':' || a.xmin::text,
                  'scores', case when k.key = a.version || ':' || a.xmin::text then null else a.scores end) order by a.assessor_id), '[]')
             from assessments a
             left join unnest(${sql.param([...known.keys()])}::uuid[], ${sql.param([...known.values()])}::text[]) as k(assessor_id, key)
               on k.assessor_id = a.assessor_id
             where a.cluster_year_id = ${clusterYearId}) as scores,
          (select coalesce(json_agg(json_build_object('id', a.id, 'committeeId', a.committee_id, 'type', a.type, 'criterionCode', a.criterion_code,
                  'points', a.points::text, 'reason', a.reason) order by a.created_at, a.id), '[]')
             from adjustments a
             where a.cluster_year_id = ${clusterYearId} and a.withdrawn_at is null) as adjustments,
          (select coalesce(json_agg(json_build_object('id', t.id, 'orderedCommitteeIds', t.ordered_committee_ids, 'tally', t.tally, 'reason', t.reason,
                  'recordedAt', t.recorded_at) order by t.recorded_at), '[]')
             from tie_resolutions t
             where t.cluster_year_id = ${clusterYearId}) as ties,
          (select coalesce(json_agg(json_build_object('code', w.code, 'precedence', w.precedence, 'nameVi', w.name_vi, 'nameEn', w.name_en)
                  order by w.precedence), '[]')
             from award_types w
             where w.organizer_committee_id = (select organizer_committee_id from clusters where id = ${clusterId})) as "awardTypes"`)
      // The keyed parts' fingerprints take the database most of the work: a statement of their own, at once (outside a transaction).
      // A fingerprint is the md5 of the rows' xmin, sorted as numbers (no collation to sort by): any insert or update brings the
      // writing transaction's xid, which no row visible before its commit can hold, and a delete shortens the list.
      const parts = async () =>
        keyed === undefined
          ? null
          : db.execute(sql`
        select
          (select json_build_object('key', k.key, 'rows', case when k.key is not distinct from ${keyed.fy}::text then null else ${fySubmissions} end)
             from (select md5(coalesce(string_agg(s.id::text || '/' || s.xmin::text || coalesce((
                       select '/' || string_agg(v.xmin::text, ',' order by v.xmin::text::bigint)
                       from submission_values v where v.submission_id = s.id and s.status = 'accepted'), ''), ',' order by s.id), '')) as key
                   from submissions s
                   where s.cluster_year_id = ${clusterYearId} and s.period = 'FY') k
             ) as "fyKeyed",
          (select json_build_object('key', k.key, 'rows', case when k.key is not distinct from ${keyed.targets}::text then null else (
                    select coalesce(json_agg(json_build_array(t.committee_id, t.criterion_code, t.value::text) order by t.committee_id, t.criterion_code), '[]')
                    from cluster_year_targets t where t.cluster_year_id = ${clusterYearId}) end)
             from (select md5(coalesce(string_agg(t.xmin::text, ',' order by t.xmin::text::bigint), '')) as key
                   from cluster_year_targets t
                   where t.cluster_year_id = ${clusterYearId}) k
             ) as "targetsKeyed",
          json_build_object('key', md5(concat(
            (select c.xmin::text from clusters c where c.id = ${clusterId}), '|',
            coalesce((select s.xmin::text from cluster_year_schemes s where s.cluster_year_id = ${clusterYearId}), '-'), '|',
            coalesce((select string_agg(p.period || '=' || p.xmin::text, ',' order by p.period) from periods p where p.cluster_year_id = ${clusterYearId}), '-'), '|',
            coalesce((select string_agg(m.committee_id::text || '=' || m.xmin::text, ',' order by m.committee_id)
                      from cluster_year_members m where m.cluster_year_id = ${clusterYearId}), '-')))) as "aggregateKeyed"`)
      const [result, keyedResult] = await readsOf(db, [main, parts] as const)
      const [row] = rows<Record<string, unknown>>(result)
      const keyedRow = keyedResult === null ? { fyKeyed: null, targetsKeyed: null, aggregateKeyed: null } : rows<Record<string, unknown>>(keyedResult)[0]
      // PostgreSQL's driver parses json columns; PGlite's may hand some over as text.
      const parsed = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v)
      return Object.fromEntries(Object.entries({ ...row!, ...keyedRow! }).map(([k, v]) => [k, parsed(v)])) as unknown as RankingInputRows
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
    async snapshot(clusterYearId: string): Promise<SnapshotRow | undefined> {
      const [row] = await db.select().from(rankingSnapshots).where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row
    },
    async insertSnapshot(row: typeof rankingSnapshots.$inferInsert): Promise<SnapshotRow> {
      const [created] = await db.insert(rankingSnapshots).values(row).returning()
      return created!
    },
  }
}
