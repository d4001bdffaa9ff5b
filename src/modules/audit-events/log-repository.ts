import { asc, desc, eq, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { rows } from '../../db/client.ts'
import { auditChainHead, auditCheckpoints, auditEvents, auditPending, auditSigningKeys } from '../../db/schema.ts'
import type { Hash, NodeId } from '../../lib/tlog/merkle.ts'
import type { AuditEventRow } from './repository.ts'

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

export interface ProofRead {
  treeSize: number
  checkpoint: CheckpointRow | null
  also: CheckpointRow | null
  event: AuditEventRow | undefined
  nodes: StoredNode[]
}

interface CheckpointJson {
  s: number
  r: string
  o: string
  k: string
  n: string
  a: string
}

const checkpointOfJson = (c: CheckpointJson): CheckpointRow => ({
  treeSize: Number(c.s),
  rootHash: Buffer.from(c.r, 'hex'),
  origin: c.o,
  keyId: c.k,
  note: c.n,
  createdAt: new Date(c.a),
})

/** audit_events as row_to_json writes it. */
interface EventJson {
  seq: number
  occurred_at: string
  actor_key_id: string | null
  actor_role: string | null
  actor_committee_id: string | null
  action: string
  entity_type: string
  entity_id: string
  before: unknown
  after: unknown
  request_id: string | null
  prev_hash: string
  hash: string
}

const eventOfJson = (e: EventJson): AuditEventRow => ({
  seq: Number(e.seq),
  occurredAt: new Date(e.occurred_at),
  actorKeyId: e.actor_key_id,
  actorRole: e.actor_role,
  actorCommitteeId: e.actor_committee_id,
  action: e.action,
  entityType: e.entity_type,
  entityId: e.entity_id,
  before: e.before,
  after: e.after,
  requestId: e.request_id,
  prevHash: e.prev_hash,
  hash: e.hash,
})

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

    /**
     * What the idle loop needs to know, in one statement. Pending events are looked for through
     * the primary key (the first id), not by scanning the table: the sequencer deletes every row
     * it places, so the heap holds dead rows until a vacuum, and a bulk import's rows not yet
     * committed; an index scan marks the dead ones' entries once and skips them after, where a
     * scan of the heap would read them all again at every poll (30 ms a poll after a few imports,
     * with autovacuum off or behind).
     */
    async probe(): Promise<{ pending: boolean; seq: number; treeSize: number; checkpointSize: number; checkpointAt: Date | null }> {
      const [r] = rows<{ pending: boolean; seq: string | number; tree_size: string | number; cp_size: string | number | null; cp_at: string | Date | null }>(
        await db.execute(sql`
          select (select id from audit_pending order by id limit 1) is not null as pending, h.seq, h.tree_size,
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
          select x.seq, m.occurred_at, m.actor_key_id, m.actor_role, m.actor_committee_id, m.action, m.entity_type, m.entity_id, m.before::jsonb, m.after::jsonb, m.request_id, x."prevHash", x.hash
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
     * Everything a proof reads, in one statement and so one snapshot: how many events the tree
     * holds, the checkpoint at `checkpointAt` (the latest when undefined; null when none), the
     * one at `alsoCheckpointAt`, event `seq`, and the stored nodes among `nodes`.
     */
    async proofRead(q: { checkpointAt: number | undefined; alsoCheckpointAt?: number; seq?: number; nodes: NodeId[] }): Promise<ProofRead> {
      const at = q.checkpointAt ?? null
      const wanted = JSON.stringify(q.nodes.map((n) => ({ l: n.level, i: n.index })))
      const cp = sql`json_build_object('s', c.tree_size, 'r', encode(c.root_hash, 'hex'), 'o', c.origin, 'k', c.key_id, 'n', c.note, 'a', c.created_at)`
      const [r] = rows<{
        tree_size: string | number
        cp: CheckpointJson | null
        also: CheckpointJson | null
        event: EventJson | null
        nodes: [number, number, string][] | null
      }>(
        await db.execute(sql`
          select h.tree_size,
            (select ${cp} from audit_checkpoints c where ${at}::bigint is null or c.tree_size = ${at}::bigint order by c.tree_size desc limit 1) as cp,
            (select ${cp} from audit_checkpoints c where c.tree_size = ${q.alsoCheckpointAt ?? null}::bigint) as also,
            (select row_to_json(e) from audit_events e where e.seq = ${q.seq ?? null}::bigint) as event,
            (select json_agg(json_build_array(n.level, n.idx, encode(n.hash, 'hex')))
               from jsonb_to_recordset(${wanted}::jsonb) as w(l smallint, i bigint)
               join audit_tree_nodes n on n.level = w.l and n.idx = w.i) as nodes
          from audit_chain_head h where h.id = 1`),
      )
      if (!r) throw new Error('audit chain head is missing; were the migrations applied?')
      return {
        treeSize: Number(r.tree_size),
        checkpoint: r.cp && checkpointOfJson(r.cp),
        also: r.also && checkpointOfJson(r.also),
        event: r.event ? eventOfJson(r.event) : undefined,
        nodes: (r.nodes ?? []).map(([level, index, hash]) => ({ level: Number(level), index: Number(index), hash: Buffer.from(hash, 'hex') })),
      }
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
