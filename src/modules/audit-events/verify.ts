import type { DbOrTx } from '../../db/client.ts'
import { parseCheckpoint } from '../../lib/tlog/checkpoint.ts'
import { nodeKey, TreeBuilder, type Hash, type NodeId } from '../../lib/tlog/merkle.ts'
import { openNote, verifierKeyOf } from '../../lib/tlog/note.ts'
import { logRepository, type CheckpointRow, type SigningKeyRow } from './log-repository.ts'
import { auditRepository, eventLeafHash, servedEventOf, toChainedEvent } from './repository.ts'
import { eventHash, GENESIS_HASH } from './service.ts'

export const BREAK_REASONS = [
  'SEQUENCE_GAP',
  'PREV_HASH_MISMATCH',
  'HASH_MISMATCH',
  'HEAD_MISMATCH',
  'LEAF_MISMATCH',
  'NODE_MISMATCH',
  'NODE_MISSING',
  'NODE_EXTRA',
  'TREE_SIZE_MISMATCH',
  'CHECKPOINT_ROOT_MISMATCH',
  'CHECKPOINT_SIGNATURE_INVALID',
  'CHECKPOINT_BEYOND_LOG',
] as const

export interface LogBreak {
  /** The event where the break shows (for a tree node: the last leaf it covers). */
  seq: number
  reason: (typeof BREAK_REASONS)[number]
  expected: string
  found: string
  /** The tree node concerned, when the break is in the tree. */
  node: NodeId | null
  /** The checkpoint concerned, by its tree size. */
  checkpoint: number | null
}

export interface Verification {
  checked: number
  lastSeq: number
  lastHash: string
  treeSize: number
  rootHash: string
  checkpointsChecked: number
  firstBroken: LogBreak | null
}

const lastLeafOf = (n: NodeId) => (n.index + 1) * 2 ** n.level

/**
 * Recomputes the whole log in order, as an outside auditor would from the events: the chain
 * (each hash and link), every tree node from the leaves up, and every checkpoint's root and
 * signature. Names the first broken thing.
 */
export async function verifyLog(db: DbOrTx, batchSize = 2000): Promise<Verification> {
  const events = auditRepository(db)
  const log = logRepository(db)
  const head = await log.head()
  const keys = new Map<string, SigningKeyRow>((await log.keys()).map((k) => [k.keyId, k]))
  const checkpoints = await log.checkpointsUpTo(Number.MAX_SAFE_INTEGER)
  let cp = 0
  const tree = new TreeBuilder(0)
  let prevSeq = 0
  let prevHash = GENESIS_HASH
  let checked = 0
  let expectedNodes = 0

  const state = (firstBroken: LogBreak | null): Verification => ({
    checked,
    lastSeq: prevSeq,
    lastHash: prevHash,
    treeSize: tree.size,
    rootHash: tree.root().toString('base64'),
    checkpointsChecked: cp,
    firstBroken,
  })
  const broken = (seq: number, reason: LogBreak['reason'], expected: string, found: string, extra: Partial<LogBreak> = {}) =>
    state({ seq, reason, expected, found, node: null, checkpoint: null, ...extra })

  const checkCheckpoint = (c: CheckpointRow, root: Hash) => {
    if (!c.rootHash.equals(root)) {
      return broken(c.treeSize, 'CHECKPOINT_ROOT_MISMATCH', root.toString('base64'), c.rootHash.toString('base64'), { checkpoint: c.treeSize })
    }
    const key = keys.get(c.keyId)
    let good = false
    try {
      // Signed by the key it names, and saying what the row says (size, root, origin).
      const opened = openNote(c.note, key ? [verifierKeyOf(key.name, key.publicKey)] : [])
      const parsed = parseCheckpoint(opened.text)
      good = opened.verifiedBy.length > 0 && parsed.size === c.treeSize && parsed.root.equals(c.rootHash) && parsed.origin === c.origin
    } catch {
      // A note that does not parse is as bad as one that does not verify.
    }
    if (!good) {
      return broken(c.treeSize, 'CHECKPOINT_SIGNATURE_INVALID', `a note for size ${c.treeSize} signed by key ${c.keyId}`, c.note, { checkpoint: c.treeSize })
    }
    return null
  }

  for (;;) {
    const batch = await events.after(prevSeq, batchSize)
    const built: (NodeId & { hash: Hash })[] = []
    const reached: { c: CheckpointRow; root: Hash }[] = []
    for (const row of batch) {
      if (row.seq !== prevSeq + 1) return broken(row.seq, 'SEQUENCE_GAP', String(prevSeq + 1), String(row.seq))
      if (row.prevHash !== prevHash) return broken(row.seq, 'PREV_HASH_MISMATCH', prevHash, row.prevHash)
      const recomputed = eventHash(toChainedEvent(row))
      if (recomputed !== row.hash) return broken(row.seq, 'HASH_MISMATCH', recomputed, row.hash)
      prevSeq = row.seq
      prevHash = row.hash
      checked += 1
      if (tree.size < head.treeSize) built.push(...tree.append(eventLeafHash(servedEventOf(row))))
      // A checkpoint's root is the recomputed tree's at its size, checked once this batch's nodes are.
      while (cp + reached.length < checkpoints.length && checkpoints[cp + reached.length]!.treeSize === tree.size)
        reached.push({ c: checkpoints[cp + reached.length]!, root: tree.root() })
    }
    // The stored nodes these leaves complete, compared with the recomputed ones.
    if (built.length > 0) {
      expectedNodes += built.length
      const stored = new Map((await log.nodes(built)).map((n) => [nodeKey(n), n.hash]))
      for (const n of built) {
        const found = stored.get(nodeKey(n))
        const where = { node: { level: n.level, index: n.index } }
        if (!found) return broken(lastLeafOf(n), 'NODE_MISSING', n.hash.toString('hex'), '(none)', where)
        if (!found.equals(n.hash))
          return broken(lastLeafOf(n), n.level === 0 ? 'LEAF_MISMATCH' : 'NODE_MISMATCH', n.hash.toString('hex'), found.toString('hex'), where)
      }
    }
    for (const { c, root } of reached) {
      const bad = checkCheckpoint(c, root)
      if (bad) return bad
      cp += 1
    }
    if (batch.length < batchSize) break
  }
  if (head.seq !== prevSeq || head.hash !== prevHash) {
    return broken(head.seq, 'HEAD_MISMATCH', `${prevSeq}:${prevHash}`, `${head.seq}:${head.hash}`)
  }
  if (tree.size !== head.treeSize) return broken(prevSeq, 'TREE_SIZE_MISMATCH', String(tree.size), String(head.treeSize))
  const storedNodes = await log.nodeCount()
  if (storedNodes !== expectedNodes) return broken(prevSeq, 'NODE_EXTRA', `${expectedNodes} nodes`, `${storedNodes} nodes`)
  if (cp < checkpoints.length) {
    const c = checkpoints[cp]!
    return broken(prevSeq, 'CHECKPOINT_BEYOND_LOG', `a tree of at most ${tree.size} events`, `a checkpoint of ${c.treeSize}`, { checkpoint: c.treeSize })
  }
  return state(null)
}
