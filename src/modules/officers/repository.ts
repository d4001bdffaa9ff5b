import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { officerTenures } from '../../db/schema.ts'
import type { OfficerPosition } from '../../domain/officers.ts'

export type TenureRow = typeof officerTenures.$inferSelect

export function officerRepository(db: DbOrTx) {
  return {
    async list(committeeId: string, f: { position?: OfficerPosition | undefined; current?: boolean | undefined } = {}): Promise<TenureRow[]> {
      const where = [eq(officerTenures.committeeId, committeeId)]
      if (f.position) where.push(eq(officerTenures.position, f.position))
      if (f.current) where.push(isNull(officerTenures.endDate))
      return db
        .select()
        .from(officerTenures)
        .where(and(...where))
        .orderBy(asc(officerTenures.position), asc(officerTenures.startDate), asc(officerTenures.id))
    },
    async findById(id: string): Promise<TenureRow | undefined> {
      const [row] = await db.select().from(officerTenures).where(eq(officerTenures.id, id))
      return row
    },
    async close(ids: string[], endDate: string): Promise<TenureRow[]> {
      if (ids.length === 0) return []
      return db.update(officerTenures).set({ endDate }).where(inArray(officerTenures.id, ids)).returning()
    },
    async insert(row: typeof officerTenures.$inferInsert): Promise<TenureRow> {
      const [created] = await db.insert(officerTenures).values(row).returning()
      return created!
    },
  }
}
