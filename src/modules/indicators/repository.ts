import { and, asc, eq, gt, inArray, like, type SQL } from 'drizzle-orm'
import { escapeLike, type DbOrTx } from '../../db/client.ts'
import { indicators } from '../../db/schema.ts'
import type { ValueType } from '../../domain/indicators.ts'

export type IndicatorRow = typeof indicators.$inferSelect

export function indicatorRepository(db: DbOrTx) {
  return {
    async findById(id: string) {
      const [row] = await db.select().from(indicators).where(eq(indicators.id, id))
      return row
    },
    async findByCode(code: string) {
      const [row] = await db.select().from(indicators).where(eq(indicators.code, code))
      return row
    },
    async findByCodes(codes: string[]): Promise<IndicatorRow[]> {
      if (codes.length === 0) return []
      return db.select().from(indicators).where(inArray(indicators.code, codes))
    },
    /** The whole catalogue (tens of rows). */
    async all(): Promise<IndicatorRow[]> {
      return db.select().from(indicators)
    },
    async allCodes(): Promise<string[]> {
      return (await db.select({ code: indicators.code }).from(indicators)).map((r) => r.code)
    },
    async list(f: { search?: string | undefined; valueType?: ValueType | undefined; afterId?: string | undefined; limit: number }) {
      const where: SQL[] = []
      if (f.search) where.push(like(indicators.searchText, `%${escapeLike(f.search)}%`))
      if (f.valueType) where.push(eq(indicators.valueType, f.valueType))
      if (f.afterId) where.push(gt(indicators.id, f.afterId))
      return db
        .select()
        .from(indicators)
        .where(and(...where))
        .orderBy(asc(indicators.id))
        .limit(f.limit + 1)
    },
    async insert(row: typeof indicators.$inferInsert) {
      const [created] = await db.insert(indicators).values(row).returning()
      return created!
    },
    async updateAtVersion(id: string, version: number, patch: Partial<typeof indicators.$inferInsert>) {
      const [row] = await db
        .update(indicators)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(indicators.id, id), eq(indicators.version, version)))
        .returning()
      return row
    },
  }
}
