import type { DbOrTx } from '../../db/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { consistencyRanges, inclusionRanges, lookupFrom, nodesFor, rangeHash, rootHash, rootNodes } from '../../lib/tlog/merkle.ts'
import { openNote } from '../../lib/tlog/note.ts'
import { logRepository, type CheckpointRow } from './log-repository.ts'
import { servedEventOf, type ServedEvent } from './repository.ts'

export interface CheckpointView {
  origin: string
  treeSize: number
  rootHash: string
  keyId: string
  keyName: string
  note: string
  createdAt: string
}

export const checkpointView = (c: CheckpointRow): CheckpointView => ({
  origin: c.origin,
  treeSize: c.treeSize,
  rootHash: c.rootHash.toString('base64'),
  keyId: c.keyId,
  keyName: openNote(c.note, []).signatures[0]!.name,
  note: c.note,
  createdAt: c.createdAt.toISOString(),
})

const b64 = (h: Buffer) => h.toString('base64')

/** The tree holds `size` events; asking beyond that is asking about a log that does not exist yet. */
function requireWithinLog(size: number, sequenced: number, what: string) {
  if (size > sequenced) {
    throw new DomainError('conflict', 'TREE_SIZE_UNKNOWN', `${what} is ${size}, but the log holds ${sequenced} sequenced events`, {
      details: { treeSize: sequenced },
    })
  }
}

/**
 * RFC 9162 inclusion proof of event `seq` (leaf seq − 1) in the tree of `treeSize` (by default
 * the latest checkpoint's): O(log n) node reads, in two rounds. Everything the tree holds is
 * immutable once the head counts it (events, nodes, checkpoints are append-only), so a proof
 * needs no snapshot: the first read fixes the tree's size, the second reads below it, its event
 * and nodes side by side.
 */
export async function inclusionProof(db: DbOrTx, seq: number, treeSize: number | undefined) {
  const log = logRepository(db)
  const { treeSize: sequenced, checkpoint } = await log.treeAndCheckpoint(treeSize)
  if (seq > sequenced) throw new DomainError('not_found', 'AUDIT_EVENT_NOT_FOUND', `No sequenced audit event ${seq}`)
  let size = treeSize
  if (size === undefined) {
    if (!checkpoint || checkpoint.treeSize < seq) {
      throw new DomainError(
        'conflict',
        'NOT_YET_CHECKPOINTED',
        `Event ${seq} is not in a signed checkpoint yet: pass treeSize, or retry after the next checkpoint`,
        {
          details: { latestCheckpoint: checkpoint?.treeSize ?? 0, treeSize: sequenced },
        },
      )
    }
    size = checkpoint.treeSize
  }
  if (seq > size) throw new DomainError('bad_request', 'SEQ_NOT_IN_TREE', `Event ${seq} is not in a tree of ${size} events`)
  requireWithinLog(size, sequenced, 'treeSize')
  const ranges = inclusionRanges(seq - 1, size)
  const [row, nodes] = await Promise.all([log.event(seq), log.nodes([...nodesFor([...ranges, { lo: seq - 1, hi: seq }]), ...rootNodes(size)])])
  if (!row) throw new Error(`audit log: event ${seq} is missing below the head's tree size ${sequenced}`)
  const get = lookupFrom(nodes)
  const event: ServedEvent = servedEventOf(row)
  return {
    seq,
    leafIndex: seq - 1,
    treeSize: size,
    leafHash: b64(get({ level: 0, index: seq - 1 })),
    auditPath: ranges.map((r) => b64(rangeHash(r.lo, r.hi, get))),
    rootHash: b64(rootHash(size, get)),
    event,
    checkpoint: checkpoint ? checkpointView(checkpoint) : null,
  }
}

/**
 * RFC 9162 consistency proof between the trees of `from` and `to` (by default the latest
 * checkpoint's), in two rounds as for an inclusion proof.
 */
export async function consistencyProof(db: DbOrTx, from: number, to: number | undefined) {
  const log = logRepository(db)
  const { treeSize: sequenced, checkpoint } = await log.treeAndCheckpoint(to)
  let size = to
  if (size === undefined) {
    if (!checkpoint) throw new DomainError('not_found', 'NO_CHECKPOINT', 'No checkpoint has been cut yet: pass to')
    size = checkpoint.treeSize
  }
  if (from > size) throw new DomainError('bad_request', 'INVALID_TREE_SIZES', `from (${from}) is larger than to (${size})`)
  requireWithinLog(size, sequenced, 'to')
  const ranges = consistencyRanges(from, size)
  const [nodes, [fromCheckpoint]] = await Promise.all([
    log.nodes([...nodesFor(ranges), ...rootNodes(from), ...rootNodes(size)]),
    log.checkpointsAt(from === size ? [] : [from]),
  ])
  const get = lookupFrom(nodes)
  const toView = checkpoint ? checkpointView(checkpoint) : null
  return {
    from,
    to: size,
    proof: ranges.map((r) => b64(rangeHash(r.lo, r.hi, get))),
    fromRoot: b64(rootHash(from, get)),
    toRoot: b64(rootHash(size, get)),
    fromCheckpoint: from === size ? toView : fromCheckpoint ? checkpointView(fromCheckpoint) : null,
    toCheckpoint: toView,
  }
}
