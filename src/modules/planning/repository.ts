import { and, asc, eq } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { clusterYearSchemes, clusterYearTargets, pacts, periods } from '../../db/schema.ts'
import type { Scheme } from '../../domain/scheme.ts'
import type { Period } from '../../domain/workflows.ts'

export type SchemeRow = Omit<typeof clusterYearSchemes.$inferSelect, 'scheme'> & { scheme: Scheme }
export type TargetRow = typeof clusterYearTargets.$inferSelect
export type PactRow = typeof pacts.$inferSelect
export type PeriodRow = typeof periods.$inferSelect

/** Rows per INSERT of targets: 4 parameters each, well under PostgreSQL's 65,535. */
const TARGET_ROWS_PER_INSERT = 10_000

export function planningRepository(db: DbOrTx) {
  return {
    async scheme(clusterYearId: string): Promise<SchemeRow | undefined> {
      const [row] = await db.select().from(clusterYearSchemes).where(eq(clusterYearSchemes.clusterYearId, clusterYearId))
      return row as SchemeRow | undefined
    },
    async saveScheme(clusterYearId: string, scheme: Scheme, previousVersion: number | null, now: Date): Promise<SchemeRow> {
      if (previousVersion === null) {
        const [row] = await db.insert(clusterYearSchemes).values({ clusterYearId, scheme, updatedAt: now }).returning()
        return row as SchemeRow
      }
      const [row] = await db
        .update(clusterYearSchemes)
        .set({ scheme, version: previousVersion + 1, updatedAt: now })
        .where(and(eq(clusterYearSchemes.clusterYearId, clusterYearId), eq(clusterYearSchemes.version, previousVersion)))
        .returning()
      return row as SchemeRow
    },
    async targets(clusterYearId: string): Promise<TargetRow[]> {
      return db
        .select()
        .from(clusterYearTargets)
        .where(eq(clusterYearTargets.clusterYearId, clusterYearId))
        .orderBy(asc(clusterYearTargets.committeeId), asc(clusterYearTargets.criterionCode))
    },
    async replaceTargets(clusterYearId: string, rows: { committeeId: string; criterionCode: string; value: string }[]) {
      await db.delete(clusterYearTargets).where(eq(clusterYearTargets.clusterYearId, clusterYearId))
      // In pieces: one INSERT takes at most 65,535 parameters (four a row), and a PUT up to 100,000 rows.
      for (let at = 0; at < rows.length; at += TARGET_ROWS_PER_INSERT) {
        await db.insert(clusterYearTargets).values(rows.slice(at, at + TARGET_ROWS_PER_INSERT).map((r) => ({ clusterYearId, ...r })))
      }
    },
    async pact(clusterYearId: string): Promise<PactRow | undefined> {
      const [row] = await db.select().from(pacts).where(eq(pacts.clusterYearId, clusterYearId))
      return row
    },
    async insertPact(row: typeof pacts.$inferInsert): Promise<PactRow> {
      const [created] = await db.insert(pacts).values(row).returning()
      return created!
    },
    async period(clusterYearId: string, period: Period): Promise<PeriodRow | undefined> {
      const [row] = await db
        .select()
        .from(periods)
        .where(and(eq(periods.clusterYearId, clusterYearId), eq(periods.period, period)))
      return row
    },
    async periods(clusterYearId: string): Promise<PeriodRow[]> {
      return db.select().from(periods).where(eq(periods.clusterYearId, clusterYearId)).orderBy(asc(periods.period))
    },
    async upsertPeriod(
      row: { clusterYearId: string; period: Period; opensAt: Date; closesAt: Date },
      previousVersion: number | null,
      now: Date,
    ): Promise<PeriodRow> {
      if (previousVersion === null) {
        const [created] = await db
          .insert(periods)
          .values({ ...row, updatedAt: now })
          .returning()
        return created!
      }
      const [updated] = await db
        .update(periods)
        .set({ opensAt: row.opensAt, closesAt: row.closesAt, version: previousVersion + 1, updatedAt: now })
        .where(and(eq(periods.clusterYearId, row.clusterYearId), eq(periods.period, row.period), eq(periods.version, previousVersion)))
        .returning()
      return updated!
    },
    async closePeriod(clusterYearId: string, period: Period, version: number, at: Date): Promise<PeriodRow | undefined> {
      const [row] = await db
        .update(periods)
        .set({ closedAt: at, version: version + 1, updatedAt: at })
        .where(and(eq(periods.clusterYearId, clusterYearId), eq(periods.period, period), eq(periods.version, version)))
        .returning()
      return row
    },
  }
}
