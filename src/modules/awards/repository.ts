import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { awardProposalEvents, awardProposals, awardTypes, clusters, clusterYears } from '../../db/schema.ts'
import type { AwardProposalStatus } from '../../domain/workflows.ts'

export type AwardTypeRow = typeof awardTypes.$inferSelect
export type ProposalRow = typeof awardProposals.$inferSelect
export type ProposalEventRow = typeof awardProposalEvents.$inferSelect

export function awardRepository(db: DbOrTx) {
  return {
    async type(id: string) {
      const [row] = await db.select().from(awardTypes).where(eq(awardTypes.id, id))
      return row
    },
    async typesOf(organizerId: string) {
      return db.select().from(awardTypes).where(eq(awardTypes.organizerCommitteeId, organizerId)).orderBy(asc(awardTypes.precedence))
    },
    async listTypes(f: { organizerId?: string | undefined; afterId?: string | undefined; limit: number }) {
      const where: SQL[] = []
      if (f.organizerId) where.push(eq(awardTypes.organizerCommitteeId, f.organizerId))
      if (f.afterId) where.push(gt(awardTypes.id, f.afterId))
      return db
        .select()
        .from(awardTypes)
        .where(and(...where))
        .orderBy(asc(awardTypes.id))
        .limit(f.limit + 1)
    },
    async insertType(row: typeof awardTypes.$inferInsert) {
      const [created] = await db.insert(awardTypes).values(row).returning()
      return created!
    },
    async updateTypeAtVersion(id: string, version: number, patch: Partial<typeof awardTypes.$inferInsert>) {
      const [row] = await db
        .update(awardTypes)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(awardTypes.id, id), eq(awardTypes.version, version)))
        .returning()
      return row
    },
    /** Every cluster-year of the organiser's clusters: their rankings depend on its award types. */
    async clusterYearIdsOf(organizerId: string): Promise<string[]> {
      const rows = await db
        .select({ id: clusterYears.id })
        .from(clusterYears)
        .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
        .where(eq(clusters.organizerCommitteeId, organizerId))
      return rows.map((r) => r.id)
    },

    async proposal(id: string) {
      const [row] = await db.select().from(awardProposals).where(eq(awardProposals.id, id))
      return row
    },
    async proposalForUpdate(id: string) {
      const [row] = await db.select().from(awardProposals).where(eq(awardProposals.id, id)).for('update')
      return row
    },
    async proposalsOf(clusterYearId: string) {
      return db
        .select()
        .from(awardProposals)
        .where(eq(awardProposals.clusterYearId, clusterYearId))
        .orderBy(asc(awardProposals.createdAt), asc(awardProposals.id))
    },
    async listProposals(f: {
      clusterId?: string | undefined
      year?: number | undefined
      status?: AwardProposalStatus | undefined
      committeeId?: string | undefined
      awardTypeCode?: string | undefined
      afterId?: string | undefined
      limit: number
    }) {
      const where: SQL[] = []
      if (f.clusterId) where.push(eq(awardProposals.clusterId, f.clusterId))
      if (f.year) where.push(eq(awardProposals.year, f.year))
      if (f.status) where.push(eq(awardProposals.status, f.status))
      if (f.committeeId) where.push(eq(awardProposals.committeeId, f.committeeId))
      if (f.awardTypeCode) where.push(eq(awardProposals.awardTypeCode, f.awardTypeCode))
      if (f.afterId) where.push(gt(awardProposals.id, f.afterId))
      return db
        .select()
        .from(awardProposals)
        .where(and(...where))
        .orderBy(asc(awardProposals.id))
        .limit(f.limit + 1)
    },
    async insertProposals(rows: (typeof awardProposals.$inferInsert)[]) {
      if (rows.length === 0) return []
      return db.insert(awardProposals).values(rows).returning()
    },
    async setStatus(id: string, version: number, status: AwardProposalStatus, at: Date) {
      const [row] = await db
        .update(awardProposals)
        .set({ status, version: version + 1, updatedAt: at })
        .where(and(eq(awardProposals.id, id), eq(awardProposals.version, version)))
        .returning()
      return row
    },
    async insertEvent(row: typeof awardProposalEvents.$inferInsert) {
      const [created] = await db.insert(awardProposalEvents).values(row).returning()
      return created!
    },
    async eventsOf(ids: string[]) {
      if (ids.length === 0) return []
      return db
        .select()
        .from(awardProposalEvents)
        .where(inArray(awardProposalEvents.proposalId, ids))
        .orderBy(asc(awardProposalEvents.at), asc(awardProposalEvents.id))
    },
  }
}
