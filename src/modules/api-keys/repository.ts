import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { apiKeys } from '../../db/schema.ts'
import type { Role } from '../../domain/roles.ts'

export type ApiKeyRow = typeof apiKeys.$inferSelect

export function apiKeyRepository(db: DbOrTx) {
  return {
    async findById(id: string): Promise<ApiKeyRow | undefined> {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id))
      return row
    },
    async insert(row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
      const [created] = await db.insert(apiKeys).values(row).returning()
      return created!
    },
    async list(f: { role?: Role | undefined; committeeId?: string | undefined; afterId?: string | undefined; limit: number }) {
      const where: SQL[] = []
      if (f.role) where.push(eq(apiKeys.role, f.role))
      if (f.committeeId) where.push(eq(apiKeys.committeeId, f.committeeId))
      if (f.afterId) where.push(gt(apiKeys.id, f.afterId))
      return db
        .select()
        .from(apiKeys)
        .where(and(...where))
        .orderBy(asc(apiKeys.id))
        .limit(f.limit + 1)
    },
    async revoke(id: string, reason: string | null, at: Date): Promise<ApiKeyRow | undefined> {
      const [row] = await db.update(apiKeys).set({ revokedAt: at, revokedReason: reason }).where(eq(apiKeys.id, id)).returning()
      return row
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(apiKeys)
      return Number(row?.n ?? 0)
    },
  }
}
