import { asc, desc, eq, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { rows } from '../../db/client.ts'
import { auditChainHead, auditCheckpoints, auditEvents, auditPending, auditSigningKeys } from '../../db/schema.ts'
import type { Hash, NodeId } from '../../lib/tlog/merkle.ts'

export type PendingRow = typeof auditPending.$inferSelect
export type CheckpointRow = typeof auditCheckpoints.$inferSelect
export type SigningKeyRow = typeof auditSigningKeys.$inferSelect
export type StoredNode = NodeId & { hash: Hash }

export interface Head {
  seq: number
  hash: string
  treeSize: number
}

/** An event the sequencer has placed: the pending row it came from, its position and chain hashes. */
export interface Placed {
  id: number
  seq: number
  prevHash: string
  hash: string
}

/** The SQL of the sequenced log: the chain head, the tree's nodes, pending events, checkpoints and keys. */
export function logRepository(db: DbOrTx) {
  return {
    async head(): Promise<Head> {
      const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1))
      if (!head) throw new Error('audit chain head is missing; were the migrations applied?')
      return head
    },

    /** The stored nodes among `ids` (one statement whatever their number). */
    async nodes(ids: NodeId[]): Promise<StoredNode[]> {
      if (ids.length === 0) return []
      const wanted = JSON.stringify(ids.map((n) => ({ l: n.level, i: n.index })))
      const found = await db.execute(sql`
        select n.level, n.idx, n.hash from jsonb_to_recordset(${wanted}::jsonb) as w(l smallint, i bigint)
        join audit_tree_nodes n on n.level = w.l and n.idx = w.i`)
      return rows<{ level: number; idx: string | number; hash: Buffer | Uint8Array }>(found).map((r) => ({
        level: Number(r.level),
        index: Number(r.idx),
        hash: Buffer.from(r.hash),
      }))
    },

    async nodeCount(): Promise<number> {
      const [r] = rows<{ n: string | number }>(await db.execute(sql`select count(*) as n from audit_tree_nodes`))
      return Number(r?.n ?? 0)
    },

    /** Takes the sequencer's lock for this transaction: waits for it, or (try) answers false at once. */
    async lockSequencer(key: number, wait: boolean): Promise<boolean> {
      if (wait) {
        // Waiting here is expected (another replica's batch): no lock_timeout for this queue.
        await db.execute(sql`set local lock_timeout = 0`)
        await db.execute(sql`select pg_advisory_xact_lock(${key})`)
        await db.execute(sql`set local lock_timeout to default`)
        return true
      }
      const [r] = rows<{ locked: boolean }>(await db.execute(sql`select pg_try_advisory_xact_lock(${key}) as locked`))
      return r?.locked === true
    },

    async pending(limit: number, upTo?: number): Promise<PendingRow[]> {
      return db
        .select()
        .from(auditPending)
        .where(upTo === undefined ? undefined : lte(auditPending.id, upTo))
        .orderBy(asc(auditPending.id))
        .limit(limit)
    },

    /** The highest pending id visible now (null when none wait). */
    async lastPendingId(): Promise<number | null> {
      const [r] = rows<{ id: string | number | null }>(await db.execute(sql`select max(id) as id from audit_pending`))
      return r?.id === null || r?.id === undefined ? null : Number(r.id)
    },

    async pendingCount(): Promise<number> {
      const [r] = rows<{ n: string | number }>(await db.execute(sql`select count(*) as n from audit_pending`))
      return Number(r?.n ?? 0)
    },

    /** What the idle loop needs to know, in one statement. */
    async probe(): Promise<{ pending: boolean; seq: number; treeSize: number; checkpointSize: number; checkpointAt: Date | null }> {
      const [r] = rows<{ pending: boolean; seq: string | number; tree_size: string | number; cp_size: string | number | null; cp_at: string | Date | null }>(
        await db.execute(sql`
          select exists(select 1 from audit_pending) as pending, h.seq, h.tree_size,
                 c.tree_size as cp_size, c.created_at as cp_at
          from audit_chain_head h
          left join lateral (select tree_size, created_at from audit_checkpoints order by tree_size desc limit 1) c on true
          where h.id = 1`),
      )
      if (!r) throw new Error('audit chain head is missing; were the migrations applied?')
      return {
        pending: r.pending,
        seq: Number(r.seq),
        treeSize: Number(r.tree_size),
        checkpointSize: r.cp_size === null ? 0 : Number(r.cp_size),
        checkpointAt: r.cp_at === null ? null : new Date(r.cp_at),
      }
    },

    async event(seq: number) {
      const [row] = await db.select().from(auditEvents).where(eq(auditEvents.seq, seq))
      return row
    },

    /**
     * Moves placed events from audit_pending into audit_events, stores the tree's new nodes and
     * the new head: one statement, so a batch is all or nothing. Answers how many rows moved.
     */
    async integrate(placed: Placed[], nodes: StoredNode[], head: Head): Promise<number> {
      const parts: SQL[] = []
      if (placed.length > 0) {
        parts.push(sql`x as (select * from jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) as x(id bigint, seq bigint, "prevHash" text, hash text))`)
        parts.push(sql`moved as (delete from audit_pending p using x where p.id = x.id returning p.*)`)
        parts.push(sql`placed as (
          insert into audit_events (seq, occurred_at, actor_key_id, actor_role, actor_committee_id, action, entity_type, entity_id, before, after, request_id, prev_hash, hash)
          select x.seq, m.occurred_at, m.actor_key_id, m.actor_role, m.actor_committee_id, m.action, m.entity_type, m.entity_id, m.before, m.after, m.request_id, x."prevHash", x.hash
          from moved m join x on x.id = m.id
          returning 1)`)
      }
      if (nodes.length > 0) {
        const json = JSON.stringify(nodes.map((n) => ({ l: n.level, i: n.index, h: n.hash.toString('hex') })))
        parts.push(
          sql`nodes as (insert into audit_tree_nodes (level, idx, hash) select l, i, decode(h, 'hex') from jsonb_to_recordset(${json}::jsonb) as n(l smallint, i bigint, h text))`,
        )
      }
      parts.push(sql`head as (update audit_chain_head set seq = ${head.seq}, hash = ${head.hash}, tree_size = ${head.treeSize} where id = 1)`)
      const moved = placed.length > 0 ? sql`(select count(*) from placed)` : sql`0`
      const [r] = rows<{ n: string | number }>(await db.execute(sql`with ${sql.join(parts, sql`, `)} select ${moved} as n`))
      return Number(r?.n ?? 0)
    },

    /**
     * A proof's first read, one statement: how many events the tree holds, and the checkpoint at
     * `size` (null when none was cut there), or the latest one when no size is given.
     */
    async treeAndCheckpoint(size: number | undefined): Promise<{ treeSize: number; checkpoint: CheckpointRow | null }> {
      const at = size ?? null
      const [r] = rows<{
        tree_size: string | number
        c_size: string | number | null
        c_root: Buffer | Uint8Array | null
        c_origin: string | null
        c_key: string | null
        c_note: string | null
        c_at: string | Date | null
      }>(
        await db.execute(sql`
          select h.tree_size, c.tree_size as c_size, c.root_hash as c_root, c.origin as c_origin, c.key_id as c_key, c.note as c_note, c.created_at as c_at
          from audit_chain_head h
          left join lateral (
            select * from audit_checkpoints where ${at}::bigint is null or tree_size = ${at}::bigint order by tree_size desc limit 1
          ) c on true
          where h.id = 1`),
      )
      if (!r) throw new Error('audit chain head is missing; were the migrations applied?')
      const checkpoint =
        r.c_size === null
          ? null
          : {
              treeSize: Number(r.c_size),
              rootHash: Buffer.from(r.c_root!),
              origin: r.c_origin!,
              keyId: r.c_key!,
              note: r.c_note!,
              createdAt: new Date(r.c_at!),
            }
      return { treeSize: Number(r.tree_size), checkpoint }
    },

    async latestCheckpoint(): Promise<CheckpointRow | undefined> {
      const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.treeSize)).limit(1)
      return row
    },

    async checkpointsAt(sizes: number[]): Promise<CheckpointRow[]> {
      if (sizes.length === 0) return []
      return db.select().from(auditCheckpoints).where(inArray(auditCheckpoints.treeSize, sizes))
    },

    /** Newest first, below `before` (a tree size) when given. */
    async checkpoints(limit: number, before?: number): Promise<CheckpointRow[]> {
      return db
        .select()
        .from(auditCheckpoints)
        .where(before === undefined ? undefined : lt(auditCheckpoints.treeSize, before))
        .orderBy(desc(auditCheckpoints.treeSize))
        .limit(limit)
    },

    /** Every checkpoint up to a size, oldest first (verify's scan). */
    async checkpointsUpTo(size: number): Promise<CheckpointRow[]> {
      return db.select().from(auditCheckpoints).where(lte(auditCheckpoints.treeSize, size)).orderBy(asc(auditCheckpoints.treeSize))
    },

    /** Stores a checkpoint unless one exists for its size (that one stands: one root per size). */
    async insertCheckpoint(row: CheckpointRow): Promise<CheckpointRow> {
      await db.insert(auditCheckpoints).values(row).onConflictDoNothing({ target: auditCheckpoints.treeSize })
      const [stored] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.treeSize, row.treeSize))
      return stored!
    },

    async keys(): Promise<SigningKeyRow[]> {
      return db.select().from(auditSigningKeys).orderBy(asc(auditSigningKeys.validFrom), asc(auditSigningKeys.keyId))
    },

    async key(keyId: string): Promise<SigningKeyRow | undefined> {
      const [row] = await db.select().from(auditSigningKeys).where(eq(auditSigningKeys.keyId, keyId))
      return row
    },

    /**
     * Registers a key the first time it signs: from then on it is the current key, and every
     * earlier one is valid until now (their checkpoints stay verifiable by their public keys).
     */
    async registerKey(row: { keyId: string; name: string; publicKey: Buffer }, now: Date): Promise<SigningKeyRow> {
      const existing = await this.key(row.keyId)
      if (existing) return existing
      await db.update(auditSigningKeys).set({ validUntil: now }).where(isNull(auditSigningKeys.validUntil))
      const [created] = await db
        .insert(auditSigningKeys)
        .values({ ...row, validFrom: now, validUntil: null })
        .returning()
      return created!
    },
  }
}
