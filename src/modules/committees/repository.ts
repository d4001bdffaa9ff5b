import { and, asc, eq, gt, inArray, like, sql, type SQL } from 'drizzle-orm'
import { prepared } from '../../db/prepared.ts'
import { escapeLike, rows, type DbOrTx } from '../../db/client.ts'
import { committees, committeeSuccessors } from '../../db/schema.ts'
import type { CommitteeLevel, CommitteeStatus } from '../../domain/committees.ts'

export type CommitteeRow = typeof committees.$inferSelect
export type NewCommitteeRow = typeof committees.$inferInsert

export interface CommitteeFilter {
  parentId?: string | undefined
  level?: CommitteeLevel | undefined
  status?: CommitteeStatus | undefined
  /** Only the predecessors of this committee (merged into it, or dissolved naming it). */
  successorId?: string | undefined
  /** Already folded with foldForSearch. */
  search?: string | undefined
  afterId?: string | undefined
  limit: number
}

/** Reading a committee by id is the hottest query: prepared once per database handle. */
const byId = prepared('committee_by_id', (db) =>
  db
    .select()
    .from(committees)
    .where(eq(committees.id, sql.placeholder('id'))),
)

/** Drizzle access to committees over any handle (database or transaction). */
export function committeeRepository(db: DbOrTx) {
  return {
    /** The ids of the active committees with these codes, by code (in statements of at most 5,000 codes). */
    async activeIdsByCode(codes: readonly string[]): Promise<Map<string, string>> {
      const ids = new Map<string, string>()
      if (codes.length === 0) return ids
      // The codes as one array parameter: a bulk import names thousands, and a parameter each costs
      // more to build and bind than the lookup itself.
      const found = await db
        .select({ id: committees.id, code: committees.code })
        .from(committees)
        .where(and(sql`${committees.code} = any(${sql.param([...codes])}::text[])`, eq(committees.status, 'active')))
      for (const f of found) ids.set(f.code!, f.id)
      return ids
    },
    /** The committees of these ids that exist (in no particular order). */
    async findByIds(ids: readonly string[]): Promise<CommitteeRow[]> {
      if (ids.length === 0) return []
      return db
        .select()
        .from(committees)
        .where(inArray(committees.id, [...ids]))
    },
    async findById(id: string): Promise<CommitteeRow | undefined> {
      return (await byId(db, { id }))[0]
    },

    async findByIdForUpdate(id: string): Promise<CommitteeRow | undefined> {
      const [row] = await db.select().from(committees).where(eq(committees.id, id)).for('update')
      return row
    },

    /**
     * The committees of these ids that exist, locked until commit in id order (two writers never
     * wait on each other in a circle). FOR NO KEY UPDATE: the ids never change, so a writer that
     * only references these rows (a membership row's foreign key takes KEY SHARE) is not held up.
     */
    async lockByIds(ids: readonly string[]): Promise<Map<string, CommitteeRow>> {
      if (ids.length === 0) return new Map()
      const found = await db
        .select()
        .from(committees)
        .where(inArray(committees.id, [...new Set(ids)]))
        .orderBy(asc(committees.id))
        .for('no key update')
      return new Map(found.map((r) => [r.id, r]))
    },

    async findActiveByCode(code: string): Promise<CommitteeRow | undefined> {
      const [row] = await db
        .select()
        .from(committees)
        .where(and(eq(committees.code, code), eq(committees.status, 'active')))
      return row
    },

    async list(f: CommitteeFilter): Promise<CommitteeRow[]> {
      const where: SQL[] = []
      if (f.parentId) where.push(eq(committees.parentId, f.parentId))
      if (f.level) where.push(eq(committees.level, f.level))
      if (f.status) where.push(eq(committees.status, f.status))
      if (f.successorId) {
        where.push(
          inArray(
            committees.id,
            db.select({ id: committeeSuccessors.committeeId }).from(committeeSuccessors).where(eq(committeeSuccessors.successorId, f.successorId)),
          ),
        )
      }
      if (f.search) where.push(like(committees.searchText, `%${escapeLike(f.search)}%`))
      if (f.afterId) where.push(gt(committees.id, f.afterId))
      return db
        .select()
        .from(committees)
        .where(and(...where))
        .orderBy(asc(committees.id))
        .limit(f.limit + 1)
    },

    async insert(row: NewCommitteeRow): Promise<CommitteeRow> {
      const [created] = await db.insert(committees).values(row).returning()
      return created!
    },

    /** Updates only when the row is still at `version`; undefined when someone else got there first. */
    async updateAtVersion(id: string, version: number, patch: Partial<NewCommitteeRow>): Promise<CommitteeRow | undefined> {
      const [row] = await db
        .update(committees)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(committees.id, id), eq(committees.version, version)))
        .returning()
      return row
    },

    async activeChildren(id: string): Promise<CommitteeRow[]> {
      return db
        .select()
        .from(committees)
        .where(and(eq(committees.parentId, id), eq(committees.status, 'active')))
    },

    /** Records where an ended committee's area went, in the order named. */
    async insertSuccessors(committeeId: string, successorIds: readonly string[]): Promise<void> {
      if (successorIds.length === 0) return
      await db.insert(committeeSuccessors).values(successorIds.map((successorId, position) => ({ committeeId, successorId, position })))
    },

    /** Each committee's successors (in the order named) and predecessors (in id order), for these ids. */
    async linksOf(ids: readonly string[]): Promise<Map<string, { successorIds: string[]; predecessors: string[] }>> {
      const links = new Map(ids.map((id) => [id, { successorIds: [] as string[], predecessors: [] as string[] }]))
      if (ids.length === 0) return links
      const list = [...ids]
      const [out, into] = [
        await db
          .select()
          .from(committeeSuccessors)
          .where(inArray(committeeSuccessors.committeeId, list))
          .orderBy(asc(committeeSuccessors.committeeId), asc(committeeSuccessors.position)),
        await db
          .select()
          .from(committeeSuccessors)
          .where(inArray(committeeSuccessors.successorId, list))
          .orderBy(asc(committeeSuccessors.successorId), asc(committeeSuccessors.committeeId)),
      ]
      for (const r of out) links.get(r.committeeId)?.successorIds.push(r.successorId)
      for (const r of into) links.get(r.successorId)?.predecessors.push(r.committeeId)
      return links
    },

    /** The committee and all committees above it, nearest first. */
    async ancestorsOrSelf(id: string): Promise<string[]> {
      const result = await db.execute<{ id: string }>(sql`
        with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from committees where id = ${id}
          union all
          select c.id, c.parent_id, up.depth + 1 from committees c join up on c.id = up.parent_id where up.depth < 32
        )
        select id from up order by depth`)
      return rows<{ id: string }>(result).map((r) => r.id)
    },

    /** The successor, its successor, and so on (a merged committee points at its successor). */
    async successorChain(id: string): Promise<string[]> {
      const result = await db.execute<{ id: string }>(sql`
        with recursive chain(id, successor_id, depth) as (
          select id, successor_id, 0 from committees where id = ${id}
          union all
          select c.id, c.successor_id, chain.depth + 1 from committees c join chain on c.id = chain.successor_id where chain.depth < 64
        )
        select id from chain where depth > 0 order by depth`)
      return rows<{ id: string }>(result).map((r) => r.id)
    },
  }
}

/** The committee and every committee below it (a provincial key acts for those). */
export async function descendantsOrSelf(db: DbOrTx, id: string): Promise<Set<string>> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive down(id, depth) as (
      select id, 0 from committees where id = ${id}
      union all
      select c.id, down.depth + 1 from committees c join down on c.parent_id = down.id where down.depth < 32
    )
    select id from down`)
  return new Set(rows<{ id: string }>(result).map((r) => r.id))
}
