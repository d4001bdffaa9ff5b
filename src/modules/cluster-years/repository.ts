import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { prepared } from '../../db/prepared.ts'
import {
  clusters,
  clusterYearMembers,
  clusterYears,
  clusterYearSchemes,
  clusterYearTargets,
  committees,
  committeeSuccessors,
  periods,
} from '../../db/schema.ts'
import type { ClusterYearStatus } from '../../domain/cluster-year.ts'
import type { Target } from '../../domain/planning.ts'
import type { MemberStanding } from '../../domain/reform.ts'
import type { Scheme } from '../../domain/scheme.ts'

export type ClusterRow = typeof clusters.$inferSelect
export type ClusterYearRow = typeof clusterYears.$inferSelect
export type PeriodRow = typeof periods.$inferSelect

/** The ranking read asks this on every request: prepared once per database handle. */
const yearByKey = prepared('cluster_year_by_key', (db) =>
  db
    .select()
    .from(clusterYears)
    .where(and(eq(clusterYears.clusterId, sql.placeholder('clusterId')), eq(clusterYears.year, sql.placeholder('year')))),
)

/** The queries that load the cluster-year aggregate; every change to it goes through its owners. */
export function clusterYearRepository(db: DbOrTx) {
  return {
    /** The year and its cluster; with `lock`, the year's row is locked (FOR UPDATE) until commit. */
    async find(where: { clusterId: string; year: number } | { id: string }, lock: boolean) {
      const filter = 'id' in where ? eq(clusterYears.id, where.id) : and(eq(clusterYears.clusterId, where.clusterId), eq(clusterYears.year, where.year))
      const query = db
        .select({ row: clusterYears, cluster: clusters })
        .from(clusterYears)
        .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
        .where(filter)
      const [found] = lock ? await query.for('update', { of: clusterYears }) : await query
      return found
    },
    /** The year's row alone, by a prepared statement. */
    async row(clusterId: string, year: number): Promise<ClusterYearRow | undefined> {
      return (await yearByKey(db, { clusterId, year }))[0]
    },
    async cluster(clusterId: string): Promise<ClusterRow> {
      const [row] = await db.select().from(clusters).where(eq(clusters.id, clusterId))
      if (!row) throw new Error(`cluster ${clusterId} of a year read is gone`)
      return row
    },
    async clusterExists(clusterId: string): Promise<boolean> {
      const [row] = await db.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, clusterId))
      return row !== undefined
    },
    async memberIds(clusterYearId: string): Promise<string[]> {
      const rows = await db
        .select({ id: clusterYearMembers.committeeId })
        .from(clusterYearMembers)
        .where(eq(clusterYearMembers.clusterYearId, clusterYearId))
        .orderBy(asc(clusterYearMembers.committeeId))
      return rows.map((r) => r.id)
    },
    async scheme(clusterYearId: string): Promise<{ scheme: Scheme; version: number } | undefined> {
      const [row] = await db
        .select({ scheme: clusterYearSchemes.scheme, version: clusterYearSchemes.version })
        .from(clusterYearSchemes)
        .where(eq(clusterYearSchemes.clusterYearId, clusterYearId))
      return row as { scheme: Scheme; version: number } | undefined
    },
    /** Canonical: in member then criterion order. */
    async targets(clusterYearId: string): Promise<Target[]> {
      return db
        .select({ committeeId: clusterYearTargets.committeeId, criterionCode: clusterYearTargets.criterionCode, value: clusterYearTargets.value })
        .from(clusterYearTargets)
        .where(eq(clusterYearTargets.clusterYearId, clusterYearId))
        .orderBy(asc(clusterYearTargets.committeeId), asc(clusterYearTargets.criterionCode))
    },
    async periods(clusterYearId: string): Promise<PeriodRow[]> {
      return db.select().from(periods).where(eq(periods.clusterYearId, clusterYearId)).orderBy(asc(periods.period))
    },
    async setStatus(row: ClusterYearRow, status: ClusterYearStatus, at: Date): Promise<ClusterYearRow | undefined> {
      const [updated] = await db
        .update(clusterYears)
        .set({ status, version: row.version + 1, updatedAt: at })
        .where(and(eq(clusterYears.id, row.id), eq(clusterYears.version, row.version)))
        .returning()
      return updated
    },
    async setObjectionWindow(row: ClusterYearRow, window: { opensAt: Date; closesAt: Date }, at: Date): Promise<ClusterYearRow | undefined> {
      const [updated] = await db
        .update(clusterYears)
        .set({ objectionsOpenAt: window.opensAt, objectionsCloseAt: window.closesAt, version: row.version + 1, updatedAt: at })
        .where(and(eq(clusterYears.id, row.id), eq(clusterYears.version, row.version)))
        .returning()
      return updated
    },
    async lockMany(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return
      await db
        .select({ id: clusterYears.id })
        .from(clusterYears)
        .where(inArray(clusterYears.id, [...ids]))
        .orderBy(asc(clusterYears.id))
        .for('update')
    },
    /** The years not yet closed that hold one of these committees as a member, locked in id order (a committee's end touches them). */
    async lockOpenYearsHolding(committeeIds: readonly string[]): Promise<string[]> {
      if (committeeIds.length === 0) return []
      const found = await db
        .selectDistinct({ id: clusterYears.id })
        .from(clusterYearMembers)
        .innerJoin(clusterYears, eq(clusterYears.id, clusterYearMembers.clusterYearId))
        .where(and(inArray(clusterYearMembers.committeeId, [...committeeIds]), ne(clusterYears.status, 'closed')))
        .orderBy(asc(clusterYears.id))
      const ids = found.map((r) => r.id)
      await this.lockMany(ids)
      return ids
    },
    /** A new version of each of these locked years, whose view changed without a write of their own. */
    async bumpVersions(ids: readonly string[], at: Date): Promise<{ id: string; version: number }[]> {
      if (ids.length === 0) return []
      return db
        .update(clusterYears)
        .set({ version: sql`${clusterYears.version} + 1`, updatedAt: at })
        .where(inArray(clusterYears.id, [...ids]))
        .returning({ id: clusterYears.id, version: clusterYears.version })
    },
    /** Carries a member's place to its successor: the membership row, head and deputy roles, and (while planning) its targets. */
    async carryMember(row: ClusterYearRow, fromId: string, toId: string, moveTargets: boolean, at: Date): Promise<ClusterYearRow | undefined> {
      await db
        .update(clusterYearMembers)
        .set({ committeeId: toId })
        .where(and(eq(clusterYearMembers.clusterYearId, row.id), eq(clusterYearMembers.committeeId, fromId)))
      if (moveTargets) {
        await db
          .update(clusterYearTargets)
          .set({ committeeId: toId })
          .where(and(eq(clusterYearTargets.clusterYearId, row.id), eq(clusterYearTargets.committeeId, fromId)))
      }
      const [updated] = await db
        .update(clusterYears)
        .set({
          headId: row.headId === fromId ? toId : row.headId,
          deputyId: row.deputyId === fromId ? toId : row.deputyId,
          version: row.version + 1,
          inputsVersion: sql`${clusterYears.inputsVersion} + 1`,
          updatedAt: at,
        })
        .where(and(eq(clusterYears.id, row.id), eq(clusterYears.version, row.version)))
        .returning()
      return updated
    },
    /** Marks the ranking's inputs changed (the cached live ranking is then recomputed). */
    async bumpInputs(clusterYearId: string): Promise<void> {
      await db
        .update(clusterYears)
        .set({ inputsVersion: sql`${clusterYears.inputsVersion} + 1` })
        .where(eq(clusterYears.id, clusterYearId))
    },
    /** The years this committee is a member of and that are not final: their rankings show its name and code. */
    async bumpInputsOfMember(committeeId: string): Promise<void> {
      await db.execute(sql`
        update cluster_years set inputs_version = inputs_version + 1
        where status not in ('finalized', 'closed')
          and id in (select cluster_year_id from cluster_year_members where committee_id = ${committeeId})`)
    },
  }
}

export interface MemberView {
  committeeId: string
  code: string | null
  name: string
  shortName: string | null
}

/** A year's members with their codes and names, in code order (rankings and exports show them so). */
export async function memberViews(db: DbOrTx, clusterYearId: string): Promise<MemberView[]> {
  return db
    .select({ committeeId: committees.id, code: committees.code, name: committees.name, shortName: committees.shortName })
    .from(clusterYearMembers)
    .innerJoin(committees, eq(committees.id, clusterYearMembers.committeeId))
    .where(eq(clusterYearMembers.clusterYearId, clusterYearId))
    .orderBy(asc(committees.code), asc(committees.name))
}

/** The standing of a year's members that are no longer active (the reform's warnings), by id. */
export async function endedMembers(db: DbOrTx, clusterYearId: string): Promise<Map<string, MemberStanding>> {
  const ended = await db
    .select({ id: committees.id, status: committees.status, endReason: committees.endReason, endedOn: committees.validTo })
    .from(clusterYearMembers)
    .innerJoin(committees, eq(committees.id, clusterYearMembers.committeeId))
    .where(and(eq(clusterYearMembers.clusterYearId, clusterYearId), ne(committees.status, 'active')))
  const standings = new Map<string, MemberStanding>(ended.map((c) => [c.id, { ...c, successorIds: [] as string[] }]))
  if (ended.length === 0) return standings
  const links = await db
    .select()
    .from(committeeSuccessors)
    .where(
      inArray(
        committeeSuccessors.committeeId,
        ended.map((c) => c.id),
      ),
    )
    .orderBy(asc(committeeSuccessors.committeeId), asc(committeeSuccessors.position))
  for (const l of links) (standings.get(l.committeeId)!.successorIds as string[]).push(l.successorId)
  return standings
}
