import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { prepared } from '../../db/prepared.ts'
import { clusters, clusterYearMembers, clusterYears, clusterYearSchemes, clusterYearTargets, committees, periods } from '../../db/schema.ts'
import type { ClusterYearStatus } from '../../domain/cluster-year.ts'
import type { Target } from '../../domain/planning.ts'
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
    /** Marks the ranking's inputs changed (the cached live ranking is then recomputed). */
    async bumpInputs(clusterYearId: string): Promise<void> {
      await db
        .update(clusterYears)
        .set({ inputsVersion: sql`${clusterYears.inputsVersion} + 1` })
        .where(eq(clusterYears.id, clusterYearId))
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
