import { and, asc, eq, getTableColumns, gt, gte, inArray, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { groupBy } from '../../lib/group.ts'
import {
  adjustments,
  assessmentHistory,
  attachments,
  assessments,
  auditCheckpoints,
  auditEvents,
  auditPending,
  awardProposalEvents,
  awardProposals,
  awardTypes,
  clusterYearMembers,
  clusterYears,
  clusterYearSchemes,
  clusterYearTargets,
  clusters,
  committees,
  handovers,
  indicators,
  objections,
  pacts,
  periods,
  rankingSnapshots,
  submissionReturns,
  submissionRevisions,
  submissions,
  submissionValues,
  tieResolutions,
} from '../../db/schema.ts'

export type AuditEventRow = typeof auditEvents.$inferSelect
export type CheckpointRow = typeof auditCheckpoints.$inferSelect
export type SubmissionRow = typeof submissions.$inferSelect

/** The audit events about a cluster-year's entities: (type, id) pairs, and its assessments by id prefix. */
export interface EntitySet {
  pairs: { t: string; i: string }[]
  /** Assessments are recorded as `<clusterYearId>:<assessorId>`. */
  assessmentPrefix: string
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

function aboutEntities(table: { entityType: AnyColumn; entityId: AnyColumn }, set: EntitySet): SQL {
  const pairs = JSON.stringify(set.pairs)
  return sql`((${table.entityType}, ${table.entityId}) in (select x.t, x.i from jsonb_to_recordset(${pairs}::jsonb) as x(t text, i text))
    or (${table.entityType} = 'assessment' and ${table.entityId} like ${escapeLike(set.assessmentPrefix) + '%'}))`
}

/**
 * The reads of a cluster-year export, each one table, in a stable order. Every read runs in the
 * export's one repeatable-read snapshot; the large ones (submission values, revisions, audit
 * events) are read in pages by key.
 */
export function exportRepository(db: DbOrTx) {
  return {
    async clusterYear(clusterId: string, year: number) {
      const [found] = await db
        .select({ row: clusterYears, cluster: clusters })
        .from(clusterYears)
        .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
        .where(and(eq(clusterYears.clusterId, clusterId), eq(clusterYears.year, year)))
      return found
    },
    async cluster(clusterId: string) {
      const [row] = await db.select().from(clusters).where(eq(clusters.id, clusterId))
      return row
    },
    async memberIds(clusterYearId: string): Promise<string[]> {
      const found = await db
        .select({ id: clusterYearMembers.committeeId })
        .from(clusterYearMembers)
        .where(eq(clusterYearMembers.clusterYearId, clusterYearId))
        .orderBy(asc(clusterYearMembers.committeeId))
      return found.map((r) => r.id)
    },
    async committees(ids: string[]) {
      if (ids.length === 0) return []
      return db.select().from(committees).where(inArray(committees.id, ids)).orderBy(asc(committees.id))
    },
    /** Committees merged into one of `ids` (their predecessors). */
    async predecessorsOf(ids: string[]) {
      if (ids.length === 0) return []
      return db.select().from(committees).where(inArray(committees.successorId, ids)).orderBy(asc(committees.id))
    },
    /** The handover into this year and the one out of it. */
    async handovers(clusterId: string, year: number) {
      return db
        .select()
        .from(handovers)
        .where(and(eq(handovers.clusterId, clusterId), or(eq(handovers.fromYear, year), eq(handovers.toYear, year))))
        .orderBy(asc(handovers.fromYear))
    },
    async scheme(clusterYearId: string) {
      const [row] = await db.select().from(clusterYearSchemes).where(eq(clusterYearSchemes.clusterYearId, clusterYearId))
      return row
    },
    async targets(clusterYearId: string) {
      return db
        .select({ committeeId: clusterYearTargets.committeeId, criterionCode: clusterYearTargets.criterionCode, value: clusterYearTargets.value })
        .from(clusterYearTargets)
        .where(eq(clusterYearTargets.clusterYearId, clusterYearId))
        .orderBy(asc(clusterYearTargets.committeeId), asc(clusterYearTargets.criterionCode))
    },
    async pact(clusterYearId: string) {
      const [row] = await db.select().from(pacts).where(eq(pacts.clusterYearId, clusterYearId))
      return row
    },
    async periods(clusterYearId: string) {
      return db.select().from(periods).where(eq(periods.clusterYearId, clusterYearId)).orderBy(asc(periods.period))
    },
    async awardTypes(organizerId: string) {
      return db.select().from(awardTypes).where(eq(awardTypes.organizerCommitteeId, organizerId)).orderBy(asc(awardTypes.precedence), asc(awardTypes.id))
    },
    async indicators(codes: string[]) {
      if (codes.length === 0) return []
      return db.select().from(indicators).where(inArray(indicators.code, codes)).orderBy(asc(indicators.code))
    },
    /** A page of the year's submissions in (period, committee) order, after the key given. */
    async submissions(clusterYearId: string, after: { period: string; committeeId: string } | null, limit: number): Promise<SubmissionRow[]> {
      const where: SQL[] = [eq(submissions.clusterYearId, clusterYearId)]
      if (after) {
        where.push(
          or(
            gt(submissions.period, after.period as SubmissionRow['period']),
            and(eq(submissions.period, after.period as SubmissionRow['period']), gt(submissions.committeeId, after.committeeId)),
          )!,
        )
      }
      return db
        .select()
        .from(submissions)
        .where(and(...where))
        .orderBy(asc(submissions.period), asc(submissions.committeeId))
        .limit(limit)
    },
    async submissionIds(clusterYearId: string): Promise<string[]> {
      const found = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.clusterYearId, clusterYearId))
      return found.map((r) => r.id)
    },
    async values(submissionId: string, afterCode: string | null, limit: number) {
      const where: SQL[] = [eq(submissionValues.submissionId, submissionId)]
      if (afterCode !== null) where.push(gt(submissionValues.indicatorCode, afterCode))
      return db
        .select()
        .from(submissionValues)
        .where(and(...where))
        .orderBy(asc(submissionValues.indicatorCode))
        .limit(limit)
    },
    /**
     * The first `limit` values of each of these submissions (in indicator order), by submission:
     * one statement for many submissions; a submission with `limit` of them may have more.
     */
    async firstValuesOf(submissionIds: string[], limit: number) {
      if (submissionIds.length === 0) return new Map<string, (typeof submissionValues.$inferSelect)[]>()
      const ranked = db
        .select({
          ...getTableColumns(submissionValues),
          rank: sql<number>`row_number() over (partition by ${submissionValues.submissionId} order by ${submissionValues.indicatorCode})`.as('rank'),
        })
        .from(submissionValues)
        .where(inArray(submissionValues.submissionId, submissionIds))
        .as('ranked')
      const found = await db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(asc(ranked.submissionId), asc(ranked.indicatorCode))
      return groupBy(
        found.map(({ rank: _, ...v }) => v),
        (v) => v.submissionId,
      )
    },
    /** The first `limit` revisions of each of these submissions (in order), by submission, as firstValuesOf. */
    async firstRevisionsOf(submissionIds: string[], limit: number) {
      if (submissionIds.length === 0) return new Map<string, (typeof submissionRevisions.$inferSelect)[]>()
      const ranked = db
        .select({
          ...getTableColumns(submissionRevisions),
          rank: sql<number>`row_number() over (partition by ${submissionRevisions.submissionId} order by ${submissionRevisions.revision})`.as('rank'),
        })
        .from(submissionRevisions)
        .where(inArray(submissionRevisions.submissionId, submissionIds))
        .as('ranked')
      const found = await db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(asc(ranked.submissionId), asc(ranked.revision))
      return groupBy(
        found.map(({ rank: _, ...r }) => r),
        (r) => r.submissionId,
      )
    },
    async revisions(submissionId: string, afterRevision: number, limit: number) {
      return db
        .select()
        .from(submissionRevisions)
        .where(and(eq(submissionRevisions.submissionId, submissionId), gt(submissionRevisions.revision, afterRevision)))
        .orderBy(asc(submissionRevisions.revision))
        .limit(limit)
    },
    /** The returns of these submissions (each with its reason), by submission, in order. */
    async returnsOf(submissionIds: string[]) {
      if (submissionIds.length === 0) return new Map<string, (typeof submissionReturns.$inferSelect)[]>()
      const found = await db
        .select()
        .from(submissionReturns)
        .where(inArray(submissionReturns.submissionId, submissionIds))
        .orderBy(asc(submissionReturns.submissionId), asc(submissionReturns.returnedAt), asc(submissionReturns.revision))
      return groupBy(found, (r) => r.submissionId)
    },
    async objections(clusterYearId: string) {
      return db.select().from(objections).where(eq(objections.clusterYearId, clusterYearId)).orderBy(asc(objections.id))
    },
    async assessments(clusterYearId: string) {
      return db.select().from(assessments).where(eq(assessments.clusterYearId, clusterYearId)).orderBy(asc(assessments.assessorId))
    },
    async assessmentHistory(clusterYearId: string) {
      return db
        .select()
        .from(assessmentHistory)
        .where(eq(assessmentHistory.clusterYearId, clusterYearId))
        .orderBy(asc(assessmentHistory.assessorId), asc(assessmentHistory.version))
    },
    async adjustments(clusterYearId: string) {
      return db.select().from(adjustments).where(eq(adjustments.clusterYearId, clusterYearId)).orderBy(asc(adjustments.createdAt), asc(adjustments.id))
    },
    async tieResolutions(clusterYearId: string) {
      return db
        .select()
        .from(tieResolutions)
        .where(eq(tieResolutions.clusterYearId, clusterYearId))
        .orderBy(asc(tieResolutions.recordedAt), asc(tieResolutions.id))
    },
    /** The finalisation record, without the frozen ranking and inputs it stores. */
    async finalization(clusterYearId: string) {
      const [row] = await db
        .select({
          inputsDigest: rankingSnapshots.inputsDigest,
          algorithmVersion: rankingSnapshots.algorithmVersion,
          finalizedAt: rankingSnapshots.finalizedAt,
          finalizedBy: rankingSnapshots.finalizedBy,
        })
        .from(rankingSnapshots)
        .where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row
    },
    /** The frozen ranking (the whole view), or undefined before finalisation. */
    async frozenRanking(clusterYearId: string): Promise<unknown> {
      const [row] = await db.select({ ranking: rankingSnapshots.ranking }).from(rankingSnapshots).where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row?.ranking
    },
    /** The frozen ranking without its members (and without the moment it was computed), or undefined before finalisation. */
    async frozenRankingHead(clusterYearId: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await db
        .select({ head: sql<Record<string, unknown>>`${rankingSnapshots.ranking} - 'members' - 'computedAt'` })
        .from(rankingSnapshots)
        .where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row?.head
    },
    /** The frozen ranking's members after the first `after`, in its order, at most `limit` (each holds every criterion line). */
    async frozenRankedMembers(clusterYearId: string, after: number, limit: number): Promise<unknown[]> {
      const result = await db.execute(sql`
        select m.value as member
          from ${rankingSnapshots} s, jsonb_array_elements(s.ranking -> 'members') with ordinality as m(value, n)
         where s.cluster_year_id = ${clusterYearId} and m.n > ${after}
         order by m.n
         limit ${limit}`)
      return rows<{ member: unknown }>(result).map((r) => r.member)
    },
    /** The members as the frozen ranking's inputs name them ({committeeId, code}), when finalised. */
    async frozenMembers(clusterYearId: string): Promise<{ committeeId: string; code: string }[] | null> {
      const [row] = await db
        .select({ members: sql<{ committeeId: string; code: string }[]>`${rankingSnapshots.inputs} -> 'members'` })
        .from(rankingSnapshots)
        .where(eq(rankingSnapshots.clusterYearId, clusterYearId))
      return row?.members ?? null
    },
    async proposals(clusterYearId: string) {
      return db
        .select()
        .from(awardProposals)
        .where(eq(awardProposals.clusterYearId, clusterYearId))
        .orderBy(asc(awardProposals.createdAt), asc(awardProposals.id))
    },
    /**
     * The documents attached to the year's entities (metadata with the digest, never the bytes),
     * oldest first: those of the year itself, its submissions and proposals, and of the handovers
     * the bundle carries (the one into this year belongs to the year before).
     */
    async attachments(clusterYearId: string, handoverIds: string[]) {
      const { content: _content, ...meta } = getTableColumns(attachments)
      const mine = eq(attachments.clusterYearId, clusterYearId)
      return db
        .select(meta)
        .from(attachments)
        .where(handoverIds.length === 0 ? mine : or(mine, and(eq(attachments.kind, 'handover'), inArray(attachments.ownerId, handoverIds))))
        .orderBy(asc(attachments.id))
    },
    async proposalEvents(clusterYearId: string) {
      return db
        .select({ event: awardProposalEvents })
        .from(awardProposalEvents)
        .innerJoin(awardProposals, eq(awardProposals.id, awardProposalEvents.proposalId))
        .where(eq(awardProposals.clusterYearId, clusterYearId))
        .orderBy(asc(awardProposalEvents.at), asc(awardProposalEvents.id))
        .then((found) => found.map((r) => r.event))
    },

    /* The audit log */

    /** Committed events about the entities that the sequencer has not placed yet. */
    async pendingAbout(set: EntitySet): Promise<boolean> {
      const [row] = await db.select({ id: auditPending.id }).from(auditPending).where(aboutEntities(auditPending, set)).limit(1)
      return row !== undefined
    },
    async lastSeqAbout(set: EntitySet): Promise<number | null> {
      const [row] = await db
        .select({ seq: sql<string | number | null>`max(${auditEvents.seq})` })
        .from(auditEvents)
        .where(aboutEntities(auditEvents, set))
      return row?.seq === null || row?.seq === undefined ? null : Number(row.seq)
    },
    /**
     * The positions of the events about the entities, up to `upTo`, in order. The set (tens of
     * thousands of pairs for a 10,000-member year) is sent once; the events are then read by
     * position (eventsAt), page by page. Sent with every page, it made the export quadratic.
     */
    async seqsAbout(set: EntitySet, upTo: number): Promise<number[]> {
      const found = await db
        .select({ seq: auditEvents.seq })
        .from(auditEvents)
        .where(and(lte(auditEvents.seq, upTo), aboutEntities(auditEvents, set)))
        .orderBy(asc(auditEvents.seq))
      return found.map((r) => r.seq)
    },
    async eventsAt(seqs: number[]): Promise<AuditEventRow[]> {
      if (seqs.length === 0) return []
      return db.select().from(auditEvents).where(inArray(auditEvents.seq, seqs)).orderBy(asc(auditEvents.seq))
    },
    /** The earliest checkpoint whose tree holds event `seq`: one per size, never replaced, so the choice is stable. */
    async earliestCheckpointCovering(seq: number): Promise<CheckpointRow | undefined> {
      const [row] = await db.select().from(auditCheckpoints).where(gte(auditCheckpoints.treeSize, seq)).orderBy(asc(auditCheckpoints.treeSize)).limit(1)
      return row
    },
  }
}
