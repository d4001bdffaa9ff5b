import { and, asc, eq, gt, inArray, like, lt, ne, notInArray, sql, type SQL } from 'drizzle-orm'
import { escapeLike, type DbOrTx } from '../../db/client.ts'
import { clusterYearMembers, clusters, clusterYears, clusterYearTargets, handovers } from '../../db/schema.ts'
import type { CommitteeLevel } from '../../domain/committees.ts'

export type ClusterRow = typeof clusters.$inferSelect
export type ClusterYearRow = typeof clusterYears.$inferSelect
export type HandoverRow = typeof handovers.$inferSelect

export function clusterRepository(db: DbOrTx) {
  return {
    /** The ids of the clusters with these codes, by code (in statements of at most 5,000 codes). */
    async idsByCode(codes: readonly string[]): Promise<Map<string, string>> {
      const ids = new Map<string, string>()
      for (let at = 0; at < codes.length; at += 5000) {
        for (const f of await db
          .select({ id: clusters.id, code: clusters.code })
          .from(clusters)
          .where(inArray(clusters.code, codes.slice(at, at + 5000))))
          ids.set(f.code, f.id)
      }
      return ids
    },
    async findById(id: string): Promise<ClusterRow | undefined> {
      const [row] = await db.select().from(clusters).where(eq(clusters.id, id))
      return row
    },
    async findByIdForUpdate(id: string): Promise<ClusterRow | undefined> {
      const [row] = await db.select().from(clusters).where(eq(clusters.id, id)).for('update')
      return row
    },
    async findByCode(code: string): Promise<ClusterRow | undefined> {
      const [row] = await db.select().from(clusters).where(eq(clusters.code, code))
      return row
    },
    async list(f: {
      organizerId?: string | undefined
      memberLevel?: CommitteeLevel | undefined
      search?: string | undefined
      afterId?: string | undefined
      limit: number
    }) {
      const where: SQL[] = []
      if (f.organizerId) where.push(eq(clusters.organizerCommitteeId, f.organizerId))
      if (f.memberLevel) where.push(eq(clusters.memberLevel, f.memberLevel))
      if (f.search) where.push(like(clusters.searchText, `%${escapeLike(f.search)}%`))
      if (f.afterId) where.push(gt(clusters.id, f.afterId))
      return db
        .select()
        .from(clusters)
        .where(and(...where))
        .orderBy(asc(clusters.id))
        .limit(f.limit + 1)
    },
    async insert(row: typeof clusters.$inferInsert): Promise<ClusterRow> {
      const [created] = await db.insert(clusters).values(row).returning()
      return created!
    },
    async updateAtVersion(id: string, version: number, patch: Partial<typeof clusters.$inferInsert>) {
      const [row] = await db
        .update(clusters)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(clusters.id, id), eq(clusters.version, version)))
        .returning()
      return row
    },

    async findYear(clusterId: string, year: number): Promise<ClusterYearRow | undefined> {
      const [row] = await db
        .select()
        .from(clusterYears)
        .where(and(eq(clusterYears.clusterId, clusterId), eq(clusterYears.year, year)))
      return row
    },
    /** Marks the ranking's inputs changed (the cached live ranking is then recomputed). */
    async bumpInputs(clusterYearId: string): Promise<void> {
      await db
        .update(clusterYears)
        .set({ inputsVersion: sql`${clusterYears.inputsVersion} + 1` })
        .where(eq(clusterYears.id, clusterYearId))
    },
    async findYearById(id: string): Promise<ClusterYearRow | undefined> {
      const [row] = await db.select().from(clusterYears).where(eq(clusterYears.id, id))
      return row
    },
    async findYearByIdForUpdate(id: string): Promise<ClusterYearRow | undefined> {
      const [row] = await db.select().from(clusterYears).where(eq(clusterYears.id, id)).for('update')
      return row
    },
    async findYearForUpdate(clusterId: string, year: number): Promise<ClusterYearRow | undefined> {
      const [row] = await db
        .select()
        .from(clusterYears)
        .where(and(eq(clusterYears.clusterId, clusterId), eq(clusterYears.year, year)))
        .for('update')
      return row
    },
    async hasEarlierYear(clusterId: string, year: number): Promise<boolean> {
      const [row] = await db
        .select({ id: clusterYears.id })
        .from(clusterYears)
        .where(and(eq(clusterYears.clusterId, clusterId), lt(clusterYears.year, year)))
        .limit(1)
      return row !== undefined
    },
    async years(clusterId: string): Promise<ClusterYearRow[]> {
      return db.select().from(clusterYears).where(eq(clusterYears.clusterId, clusterId)).orderBy(asc(clusterYears.year))
    },
    async insertYear(row: typeof clusterYears.$inferInsert): Promise<ClusterYearRow> {
      const [created] = await db.insert(clusterYears).values(row).returning()
      return created!
    },
    async updateYearAtVersion(id: string, version: number, patch: Partial<typeof clusterYears.$inferInsert>) {
      const [row] = await db
        .update(clusterYears)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(clusterYears.id, id), eq(clusterYears.version, version)))
        .returning()
      return row
    },

    async memberIds(clusterYearId: string): Promise<string[]> {
      const rows = await db.select({ id: clusterYearMembers.committeeId }).from(clusterYearMembers).where(eq(clusterYearMembers.clusterYearId, clusterYearId))
      return rows.map((r) => r.id)
    },
    /** Members of the same organiser's other clusters in that year, among `committeeIds`. */
    async membershipsElsewhere(organizerId: string, year: number, committeeIds: string[], exceptClusterYearId: string | null) {
      if (committeeIds.length === 0) return []
      const where = [
        eq(clusterYearMembers.organizerCommitteeId, organizerId),
        eq(clusterYearMembers.year, year),
        inArray(clusterYearMembers.committeeId, committeeIds),
      ]
      if (exceptClusterYearId) where.push(ne(clusterYearMembers.clusterYearId, exceptClusterYearId))
      return db
        .select({ committeeId: clusterYearMembers.committeeId, clusterId: clusterYears.clusterId })
        .from(clusterYearMembers)
        .innerJoin(clusterYears, eq(clusterYears.id, clusterYearMembers.clusterYearId))
        .where(and(...where))
    },
    /** Targets of committees that are no longer members would only confuse the pact. */
    async deleteTargetsOfNonMembers(clusterYearId: string, memberIds: string[]) {
      const where = [eq(clusterYearTargets.clusterYearId, clusterYearId)]
      if (memberIds.length > 0) where.push(notInArray(clusterYearTargets.committeeId, memberIds))
      return db
        .delete(clusterYearTargets)
        .where(and(...where))
        .returning()
    },
    async replaceMembers(clusterYearId: string, organizerId: string, year: number, committeeIds: string[]) {
      await db.delete(clusterYearMembers).where(eq(clusterYearMembers.clusterYearId, clusterYearId))
      if (committeeIds.length === 0) return
      await db.insert(clusterYearMembers).values(committeeIds.map((committeeId) => ({ clusterYearId, committeeId, organizerCommitteeId: organizerId, year })))
    },

    async findHandover(clusterId: string, fromYear: number): Promise<HandoverRow | undefined> {
      const [row] = await db
        .select()
        .from(handovers)
        .where(and(eq(handovers.clusterId, clusterId), eq(handovers.fromYear, fromYear)))
      return row
    },
    async handoverById(id: string): Promise<HandoverRow | undefined> {
      const [row] = await db.select().from(handovers).where(eq(handovers.id, id))
      return row
    },
    async handovers(clusterId: string): Promise<HandoverRow[]> {
      return db.select().from(handovers).where(eq(handovers.clusterId, clusterId)).orderBy(asc(handovers.fromYear))
    },
    async insertHandover(row: typeof handovers.$inferInsert): Promise<HandoverRow> {
      const [created] = await db.insert(handovers).values(row).returning()
      return created!
    },
  }
}
