/**
 * The full-log export for auditors who mirror everything (GET /v1/exports/audit-log): NDJSON,
 * one audit event per line exactly as GET /v1/audit-events serves it, then one last line with the
 * signed checkpoint that covers the events and what is needed to check them against it:
 *
 *   {"checkpoint": {origin, treeSize, rootHash, keyId, keyName, note, createdAt},
 *    "range": {fromSeq, toSeq, leftSubtrees: [{level, index, hash}], rootHash, consistencyProof: [hash]}}
 *
 * - `leftSubtrees`: the RFC 9162 subtree hashes that cover leaves [0, fromSeq − 1), left to right
 *   (the complete subtrees of the binary decomposition of fromSeq − 1, largest first; empty when
 *   fromSeq is 1). With them the verifier rebuilds MTH(D[0:toSeq]) from the events alone.
 * - `rootHash`: MTH(D[0:toSeq]), base64 — sent for the verifier to compare with what it rebuilt.
 * - `consistencyProof`: RFC 9162 PROOF(toSeq, D[checkpoint.treeSize]), empty when toSeq is the
 *   checkpoint's size: the tree the events rebuild is a prefix of the signed one.
 *
 * The checkpoint is the first one whose tree holds toSeq (by default toSeq is the latest
 * checkpoint's size: events sequenced after it are not exported until a checkpoint covers them).
 *
 * Consistency without a long transaction: events up to a checkpoint's size, tree nodes and
 * checkpoints are append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and never change
 * once written, and everything exported lies at or below a checkpoint read first. So each page is
 * its own short statement, and the stream can wait on a slow client for as long as it needs
 * without holding a snapshot open (idle_in_transaction_session_timeout would end it).
 *
 * Events, checkpoints and tree nodes take the shapes the audit module serves, through its
 * service (test/modules/export-audit-log.test.ts compares a line with GET /v1/audit-events).
 */
import { and, asc, desc, gt, gte, lte } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditCheckpoints, auditEvents } from '../../db/schema.ts'
import { DomainError, notFound } from '../../domain/errors.ts'
import { consistencyRanges, lookupFrom, nodesFor, rangeHash, rootNodes, TreeBuilder, type Hash } from '../../lib/tlog/merkle.ts'
import { checkpointView, readTreeNodes, servedEventOf, type CheckpointRow } from '../audit-events/service.ts'

export const AUDIT_LOG_MEDIA_TYPE = 'application/x-ndjson; charset=utf-8'

/** Rows read per statement, and the size a chunk of lines grows to before it is written. */
const PAGE_ROWS = 1000
const CHUNK_BYTES = 64 * 1024

export interface AuditLogExport {
  fromSeq: number
  toSeq: number
  checkpoint: CheckpointRow
  /** The last line, ready to write. */
  trailer: string
  /** Names these exact bytes: the events, the checkpoint and the proofs never change. */
  etag: string
  filename: string
}

const b64 = (h: Hash) => h.toString('base64')

/**
 * Checks the range and reads what the last line needs (O(log n) tree nodes). Refusals: 404
 * NO_CHECKPOINT before the first checkpoint; 400 INVALID_SEQ_RANGE when fromSeq > toSeq; 409
 * NOT_YET_CHECKPOINTED when the range reaches past the latest checkpoint (retry after the next).
 */
export async function planAuditLogExport(
  db: DbOrTx,
  q: { fromSeq?: number | undefined; toSeq?: number | undefined },
  retryAfterSeconds: number,
): Promise<AuditLogExport> {
  const last = await latestCheckpointSize(db)
  if (last === null) throw notFound('NO_CHECKPOINT', 'No checkpoint has been cut yet: the log is empty, or no signing key is configured')
  const fromSeq = q.fromSeq ?? 1
  const toSeq = q.toSeq ?? last
  if (fromSeq > toSeq) {
    throw new DomainError('bad_request', 'INVALID_SEQ_RANGE', `fromSeq (${fromSeq}) is after toSeq (${toSeq})`, { details: { fromSeq, toSeq } })
  }
  if (toSeq > last) {
    throw new DomainError(
      'conflict',
      'NOT_YET_CHECKPOINTED',
      `The latest checkpoint covers events 1 to ${last}; event ${toSeq} is not in a signed checkpoint yet: retry after the next checkpoint, or ask for toSeq ≤ ${last}`,
      { details: { latestCheckpoint: last }, retryAfterSeconds },
    )
  }
  // The first checkpoint that covers the range: the shortest proof, and the same bytes on every call.
  const [checkpoint] = await db.select().from(auditCheckpoints).where(gte(auditCheckpoints.treeSize, toSeq)).orderBy(asc(auditCheckpoints.treeSize)).limit(1)
  if (!checkpoint) throw new Error(`no checkpoint at or above ${toSeq}, though ${last} is one`)
  const size = checkpoint.treeSize
  const left = TreeBuilder.frontierNodes(fromSeq - 1).sort((a, b) => b.level - a.level)
  const proofRanges = toSeq < size ? consistencyRanges(toSeq, size) : []
  const get = lookupFrom(await readTreeNodes(db, [...left, ...rootNodes(toSeq), ...nodesFor(proofRanges)]))
  const range = {
    fromSeq,
    toSeq,
    leftSubtrees: left.map((n) => ({ level: n.level, index: n.index, hash: b64(get(n)) })),
    rootHash: b64(rangeHash(0, toSeq, get)),
    consistencyProof: proofRanges.map((r) => b64(rangeHash(r.lo, r.hi, get))),
  }
  return {
    fromSeq,
    toSeq,
    checkpoint,
    trailer: JSON.stringify({ checkpoint: checkpointView(checkpoint), range }) + '\n',
    etag: `"audit-log-${fromSeq}-${toSeq}-${size}"`,
    filename: `audit-log-${fromSeq}-${toSeq}.ndjson`,
  }
}

async function latestCheckpointSize(db: DbOrTx): Promise<number | null> {
  const [row] = await db.select({ treeSize: auditCheckpoints.treeSize }).from(auditCheckpoints).orderBy(desc(auditCheckpoints.treeSize)).limit(1)
  return row?.treeSize ?? null
}

/**
 * The export's text: pages of events by seq (keyset), written in chunks of about 64 KB, then the
 * last line. Pulled by the response stream, so a slow reader slows the reads (backpressure) and
 * memory holds one page and the stream's buffers. A gap in seq (which the log's constraints rule
 * out) stops the stream before the last line: the file then fails verification as truncated
 * rather than passing with an event missing.
 */
export async function* auditLogLines(db: DbOrTx, plan: AuditLogExport, pageRows = PAGE_ROWS): AsyncGenerator<string> {
  let last = plan.fromSeq - 1
  let chunk = ''
  while (last < plan.toSeq) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.seq, last), lte(auditEvents.seq, plan.toSeq)))
      .orderBy(asc(auditEvents.seq))
      .limit(pageRows)
    if (page.length === 0) throw new Error(`audit event ${last + 1} is missing below checkpoint ${plan.checkpoint.treeSize}`)
    for (const row of page) {
      if (row.seq !== last + 1) throw new Error(`audit event ${last + 1} is missing below checkpoint ${plan.checkpoint.treeSize}`)
      last = row.seq
      chunk += JSON.stringify(servedEventOf(row)) + '\n'
      if (chunk.length >= CHUNK_BYTES) {
        yield chunk
        chunk = ''
      }
    }
  }
  yield chunk + plan.trailer
}
