import type { Db, DbOrTx } from '../../db/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { formatCheckpoint } from '../../lib/tlog/checkpoint.ts'
import { TreeBuilder } from '../../lib/tlog/merkle.ts'
import { turnTaker } from '../../lib/turns.ts'
import { signNote, type NoteSigner } from '../../lib/tlog/note.ts'
import { logRepository, type CheckpointRow, type Head, type Placed, type StoredNode } from './log-repository.ts'
import { auditRepository, eventLeafHash, hashAndLeaf, servedEventOf, toChainedEvent } from './repository.ts'

/** The advisory lock whose holder is the one sequencer of the whole database (any replica). */
export const SEQUENCER_LOCK = 7_402_118_011

/**
 * How long a nudge waits for others before the sequencer runs: writes arriving together share
 * one batch (its lock, head and commit round trips) instead of each paying for its own.
 */
const COALESCE_MS = 20

export interface SequencerOptions {
  /** Most events integrated in one transaction. */
  batchSize: number
  /** How often an idle replica looks for events committed elsewhere (ms). */
  pollMs: number
  /** Cut a checkpoint once this many events are past the last one… */
  checkpointEvery: number
  /** …or once the last is this old and events came since (ms). */
  checkpointIntervalMs: number
  /** Signs checkpoints; without one the log is sequenced and proven, but no checkpoint is cut. */
  signer: NoteSigner | null
  /** The checkpoint origin (C2SP tlog-checkpoint's first line). */
  origin: string
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void }
}

/**
 * The log's sequencer. Writers record events unsequenced (audit_pending) in their own
 * transactions and never wait for each other; the sequencer, one at a time across every replica
 * (an advisory lock), takes the committed ones in order and, in one transaction per batch, gives
 * each its position, chain hash and tree leaf, stores the tree nodes they complete, and cuts a
 * signed checkpoint when one is due. A batch is all or nothing: killed halfway, it leaves the
 * events pending, and the next batch (on any replica) does it again from the stored head.
 */
export class AuditSequencer {
  private stopped = false
  private wanted = false
  private wake: (() => void) | null = null
  private nudged: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private failures = 0
  /**
   * The tree's right edge after this replica's last batch, with the chain hash at that size: reused
   * only while the head still has both (a batch rolled back with a request's transaction leaves a
   * stale edge whose hash no head will match).
   */
  private edge: { tree: TreeBuilder; hash: string } | null = null
  private keyChecked: string | null = null
  /** Told after each batch commits (the change feed's long polls wake on it). */
  private readonly progress = new Set<() => void>()
  /** This replica's key was superseded (or its id taken by another key): it never signs again. */
  private cannotSign = false

  constructor(
    private readonly db: Db,
    private readonly opts: SequencerOptions,
  ) {}

  /** Starts the background loop (outside any request, so no request's deadline reaches it). */
  start(): void {
    if (this.running) return
    this.running = this.loop()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.nudged) clearTimeout(this.nudged)
    this.nudged = null
    this.wake?.()
    await this.running
  }

  /** Calls `listener` after each batch this replica commits; returns the function that stops it. */
  onProgress(listener: () => void): () => void {
    this.progress.add(listener)
    return () => this.progress.delete(listener)
  }

  /** Something was written here: sequence soon (after COALESCE_MS) rather than at the next poll. */
  nudge(): void {
    this.wanted = true
    if (this.nudged || this.stopped) return
    this.nudged = setTimeout(() => {
      this.nudged = null
      this.wake?.()
    }, COALESCE_MS)
    this.nudged.unref()
  }

  /**
   * Integrates every event committed before the call (on this handle: inside a request's
   * transaction, as part of it). Reads of the log call it first, so they never miss an event.
   */
  async flush(db: DbOrTx = this.db): Promise<void> {
    const repo = logRepository(db)
    const upTo = await repo.lastPendingId()
    const head = await repo.head()
    if (upTo === null && head.treeSize === head.seq) return
    for (;;) {
      const r = await this.batch(db, { wait: true, upTo: upTo ?? 0 })
      if (!r?.more) return
    }
  }

  /** Flushes, then cuts a checkpoint of the whole log now unless the last one already covers it. */
  async checkpointNow(db: DbOrTx = this.db): Promise<{ checkpoint: CheckpointRow; created: boolean }> {
    if (!this.opts.signer)
      throw new DomainError('conflict', 'SIGNING_KEY_MISSING', 'No signing key is configured (AUDIT_SIGNING_KEY_FILE): checkpoints cannot be signed')
    await this.flush(db)
    const r = await this.batch(db, { wait: true, upTo: 0, forceCheckpoint: true })
    if (r?.checkpoint) return { checkpoint: r.checkpoint, created: true }
    const repo = logRepository(db)
    const key = await repo.key(this.opts.signer.keyId)
    if (key?.validUntil)
      throw new DomainError(
        'conflict',
        'SIGNING_KEY_RETIRED',
        `This replica's signing key ${key.keyId} was superseded by a newer key; a replica with the new key signs`,
      )
    const [latest, head] = await Promise.all([repo.latestCheckpoint(), repo.head()])
    if (!latest) throw new DomainError('conflict', 'LOG_EMPTY', 'The log holds no event yet: there is nothing to checkpoint')
    if (latest.treeSize !== head.treeSize) throw new Error(`audit sequencer: no checkpoint was cut at ${head.treeSize} (latest ${latest.treeSize})`)
    return { checkpoint: latest, created: false }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        const wanted = this.wanted
        this.wanted = false
        if (wanted || (await this.due())) {
          for (;;) {
            const r = await this.batch(this.db, { wait: false })
            if (!r?.more || this.stopped) break
          }
        }
        this.failures = 0
      } catch (err) {
        // The database may be down or restarting: the events wait in audit_pending, committed.
        this.failures += 1
        this.edge = null
        if (this.failures === 1 || this.failures % 50 === 0) this.opts.log.warn({ err, failures: this.failures }, 'audit sequencer: batch failed; retrying')
      }
      if (this.stopped) break
      const delay = this.failures > 0 ? Math.min(5000, this.opts.pollMs * 2 ** Math.min(this.failures, 5)) : this.opts.pollMs
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay)
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
        // Nudged while busy: run now, unless the nudge's own timer is still coalescing.
        if (this.stopped || (this.wanted && !this.nudged)) this.wake()
      })
      this.wake = null
    }
  }

  /** Anything to do? Pending events, a tree behind its chain, or a checkpoint due. */
  private async due(): Promise<boolean> {
    const p = await logRepository(this.db).probe()
    return p.pending || p.treeSize < p.seq || this.checkpointDue(p.treeSize, p.checkpointSize, p.checkpointAt, false)
  }

  private checkpointDue(size: number, lastSize: number, lastAt: Date | null, force: boolean): boolean {
    if (!this.opts.signer || this.cannotSign || size <= lastSize) return false
    // When a checkpoint was cut is the server's own record, like an event's occurredAt.
    const age = lastAt ? Date.now() - lastAt.getTime() : Infinity
    return force || size - lastSize >= this.opts.checkpointEvery || age >= this.opts.checkpointIntervalMs
  }

  /** One transaction: under the lock, extend the tree and place a batch of events; cut a checkpoint if due. */
  private async batch(
    db: DbOrTx,
    opts: { wait: boolean; upTo?: number; forceCheckpoint?: boolean },
  ): Promise<{ more: boolean; checkpoint: CheckpointRow | null } | null> {
    let edge: TreeBuilder | null = null
    try {
      const result = await db.transaction(async (tx) => {
        const repo = logRepository(tx)
        if (!(await repo.lockSequencer(SEQUENCER_LOCK, opts.wait))) return null
        const head = await repo.head()
        edge = await this.edgeAt(tx, head)
        const { batchSize } = this.opts
        let more = false
        let after: Head = head
        if (head.treeSize < head.seq) {
          // The chain is ahead of the tree (events from before the tree existed): leaves first.
          const events = await auditRepository(tx).after(head.treeSize, batchSize)
          const nodes: StoredNode[] = []
          for (const e of events) nodes.push(...edge.append(eventLeafHash(servedEventOf(e))))
          after = { ...head, treeSize: edge.size }
          await repo.integrate([], nodes, after)
          more = true
        } else if (opts.upTo !== 0) {
          const pending = await repo.pending(batchSize, opts.upTo)
          if (pending.length > 0) {
            let { seq, hash: prevHash } = head
            const placed: Placed[] = []
            const nodes: StoredNode[] = []
            // Hashing a batch (a bulk import's events are kilobytes each) takes turns with the
            // requests this replica serves, as the import that wrote them does.
            const turn = turnTaker({ ownRequest: false, every: 1 })
            for (const p of pending) {
              const wait = turn()
              if (wait) await wait
              seq += 1
              const { hash, leaf } = hashAndLeaf(toChainedEvent({ ...p, seq, prevHash }))
              placed.push({ id: p.id, seq, prevHash, hash })
              nodes.push(...edge.append(leaf))
              prevHash = hash
            }
            after = { seq, hash: prevHash, treeSize: edge.size }
            const moved = await repo.integrate(placed, nodes, after)
            // Only this lock's holder deletes pending rows: a shortfall means something else did.
            if (moved !== placed.length) throw new Error(`audit sequencer: ${placed.length} events placed but ${moved} moved`)
            more = pending.length === batchSize
          }
        }
        const checkpoint = after.treeSize < after.seq ? null : await this.maybeCheckpoint(tx, edge, opts.forceCheckpoint === true)
        return { more, checkpoint, head: after }
      })
      if (result && result.head.treeSize === result.head.seq && edge) this.edge = { tree: edge, hash: result.head.hash }
      // Committed, unless inside a caller's transaction (a flush from a request): then it is told too
      // early, and a woken reader finds nothing new and waits again.
      if (result) for (const listener of this.progress) listener()
      return result && { more: result.more, checkpoint: result.checkpoint }
    } catch (err) {
      this.edge = null
      throw err
    }
  }

  /** The tree's right edge at `size`: this replica's own when still current, else read (log n nodes). */
  private async edgeAt(tx: DbOrTx, head: Head): Promise<TreeBuilder> {
    const cached = this.edge
    if (cached && head.treeSize === head.seq && cached.tree.size === head.treeSize && cached.hash === head.hash) return cached.tree.clone()
    return new TreeBuilder(head.treeSize, await logRepository(tx).nodes(TreeBuilder.frontierNodes(head.treeSize)))
  }

  private async maybeCheckpoint(tx: DbOrTx, edge: TreeBuilder, force: boolean): Promise<CheckpointRow | null> {
    const signer = this.opts.signer
    if (!signer) return null
    const repo = logRepository(tx)
    const last = await repo.latestCheckpoint()
    if (!this.checkpointDue(edge.size, last?.treeSize ?? 0, last?.createdAt ?? null, force)) return null
    const now = new Date()
    const key = await repo.registerKey({ keyId: signer.keyId, name: signer.name, publicKey: signer.publicKey }, now)
    if (!key.publicKey.equals(signer.publicKey)) {
      this.cannotSign = true
      this.warnOnce(key.keyId, 'audit sequencer: another key with this key id is registered; not signing')
      return null
    }
    if (key.validUntil !== null) {
      // A newer key has signed since (a rolling rotation): this replica leaves checkpoints to it.
      this.cannotSign = true
      this.warnOnce(key.keyId, "audit sequencer: this replica's signing key was superseded by a newer one; not signing")
      return null
    }
    const root = edge.root()
    const note = signNote(formatCheckpoint({ origin: this.opts.origin, size: edge.size, root }), signer)
    return repo.insertCheckpoint({ treeSize: edge.size, rootHash: root, origin: this.opts.origin, keyId: signer.keyId, note, createdAt: now })
  }

  private warnOnce(keyId: string, msg: string) {
    if (this.keyChecked === keyId) return
    this.keyChecked = keyId
    this.opts.log.warn({ keyId }, msg)
  }
}
