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
 * The size of the latest checkpoint a replica has seen: a proof "against the latest checkpoint"
 * guesses it, so that its one statement can already read the right nodes.
 */
export interface LatestHint {
  size: number
}

/**
 * RFC 9162 inclusion proof of event `seq` (leaf seq − 1) in the tree of `treeSize` (by default
 * the latest checkpoint's): O(log n) nodes, read with the event, the checkpoint and the tree's
 * size in one statement. Everything the tree holds is immutable once the head counts it, and one
 * statement sees one snapshot, so no transaction is needed. Against the latest checkpoint, the
 * nodes are those of the size in `hint`; when the latest has moved on, a second statement reads
 * the nodes of the checkpoint the first one saw.
 */
export async function inclusionProof(db: DbOrTx, seq: number, treeSize: number | undefined, hint: LatestHint = { size: 0 }) {
  const log = logRepository(db)
  let checkpointAt = treeSize
  let guess = treeSize ?? hint.size
  for (;;) {
    const ranges = guess >= seq ? inclusionRanges(seq - 1, guess) : []
    const nodes = guess >= seq ? [...nodesFor([...ranges, { lo: seq - 1, hi: seq }]), ...rootNodes(guess)] : []
    const read = await log.proofRead({ checkpointAt, seq, nodes })
    const { treeSize: sequenced, checkpoint } = read
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
      hint.size = Math.max(hint.size, size)
    }
    if (seq > size) throw new DomainError('bad_request', 'SEQ_NOT_IN_TREE', `Event ${seq} is not in a tree of ${size} events`)
    requireWithinLog(size, sequenced, 'treeSize')
    if (size !== guess) {
      // The latest checkpoint is not the one guessed: read its nodes, at its size (it stays).
      guess = checkpointAt = size
      continue
    }
    if (!read.event) throw new Error(`audit log: event ${seq} is missing below the head's tree size ${sequenced}`)
    const get = lookupFrom(read.nodes)
    const event: ServedEvent = servedEventOf(read.event)
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
}

/**
 * RFC 9162 consistency proof between the trees of `from` and `to` (by default the latest
 * checkpoint's), in one statement as an inclusion proof is.
 */
export async function consistencyProof(db: DbOrTx, from: number, to: number | undefined, hint: LatestHint = { size: 0 }) {
  const log = logRepository(db)
  let checkpointAt = to
  let guess = to ?? hint.size
  for (;;) {
    const ranges = from <= guess ? consistencyRanges(from, guess) : []
    const nodes = from <= guess ? [...nodesFor(ranges), ...rootNodes(from), ...rootNodes(guess)] : []
    const read = await log.proofRead({ checkpointAt, alsoCheckpointAt: from, nodes })
    const { treeSize: sequenced, checkpoint } = read
    let size = to
    if (size === undefined) {
      if (!checkpoint) throw new DomainError('not_found', 'NO_CHECKPOINT', 'No checkpoint has been cut yet: pass to')
      size = checkpoint.treeSize
      hint.size = Math.max(hint.size, size)
    }
    if (from > size) throw new DomainError('bad_request', 'INVALID_TREE_SIZES', `from (${from}) is larger than to (${size})`)
    requireWithinLog(size, sequenced, 'to')
    if (size !== guess) {
      guess = checkpointAt = size
      continue
    }
    const get = lookupFrom(read.nodes)
    return {
      from,
      to: size,
      proof: ranges.map((r) => b64(rangeHash(r.lo, r.hi, get))),
      fromRoot: b64(rootHash(from, get)),
      toRoot: b64(rootHash(size, get)),
      fromCheckpoint: read.also ? checkpointView(read.also) : null,
      toCheckpoint: checkpoint ? checkpointView(checkpoint) : null,
    }
  }
}
