/**
 * The cluster-year export: one signed JSON bundle per cluster-year that an auditor checks offline
 * (`ctd-verify export`).
 *
 * The document is `{"bundle":B,"digest":D,"signature":S}`, itself RFC 8785 canonical JSON (its
 * three members are in canonical order), where
 *   D = hex sha256 of the canonical JSON of the bundle without digest and signature, `{"bundle":B}`;
 *   S = a C2SP signed note, signed by the audit log's Ed25519 key, whose text names the
 *       cluster-year and D (Ed25519 over the note text, so over D).
 * B is written piece by piece in canonical order (canonical-stream.ts), so the bytes streamed are
 * the canonical form and D is hashed from them as they go: the stream is `{"bundle":` + B, the
 * digest is that prefix plus `}`, and `,"digest":…,"signature":…}` closes the document.
 *
 * Every part is read in one repeatable-read snapshot. The ETag is D, which is known only once B
 * has been written, so the first export of a stamp (what the bundle depends on: the last audit
 * event about its entities, its indicators' versions) produces B twice in that snapshot: once
 * into the hash (for the ETag and If-None-Match), once to the client (hashed again, and cut off
 * should it differ). The digest is remembered per stamp, so later exports of an unchanged year
 * stream from the first byte. Memory holds one page of rows, or one ranked member, at a time.
 */
import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { Readable } from 'node:stream'
import type { Db, Tx } from '../../db/client.ts'
import { canonicalJson } from '../../domain/canonical.ts'
import { conflict, DomainError } from '../../domain/errors.ts'
import type { Clock } from '../../lib/clock.ts'
import { signNote, type NoteSigner } from '../../lib/tlog/note.ts'
import { clusterNotFound, clusterYearNotFound } from '../cluster-years/service.ts'
import { awardsCsv, rankingCsv, type AwardRow, type CsvFile } from '../ranking/service.ts'
import { bundleTree, planExport, yearRanking } from './bundle.ts'
import { canonicalPieces, chunked } from './canonical-stream.ts'
import { exportRepository } from './repository.ts'
import { notModified } from '../../lib/etag.ts'

export { BUNDLE_FORMAT } from './bundle.ts'

/** What the service needs of the audit log's sequencer (app.auditLog). */
export interface AuditLogAccess {
  flush(): Promise<void>
  checkpointNow(): Promise<unknown>
}

export interface ExportAnswer {
  digest: string
  etag: string
  /** The client's If-None-Match named this bundle: answer 304. */
  notModified: boolean
  /** The document's bytes (absent when notModified). */
  body?: Readable
}

/** The first line of the note that signs a bundle: not a checkpoint, whose second line is a tree size. */
export const exportNoteText = (origin: string, clusterId: string, year: number, digest: string) =>
  `${origin}/exports/cluster-years\n${clusterId} ${year}\nsha256 ${digest}\n`

const etagOf = (digest: string) => `"${digest}"`

/** A readable stream written by an async producer, with backpressure; closes the producer when the client goes. */
class ProducedStream extends Readable {
  private wake: (() => void) | null = null
  override _read() {
    const r = this.wake
    this.wake = null
    r?.()
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void) {
    const r = this.wake
    this.wake = null
    r?.()
    cb(err)
  }
  async put(chunk: string): Promise<void> {
    if (this.destroyed) throw new Error('the client went away')
    if (!this.push(chunk)) await new Promise<void>((resolve) => (this.wake = resolve))
    if (this.destroyed) throw new Error('the client went away')
  }
}

/** How many times a snapshot is taken again when the log has not caught up with it. */
const ATTEMPTS = 5

export function exportService(db: Db, clock: Clock, auditLog: AuditLogAccess, signer: NoteSigner | null, origin: string) {
  // The snapshot stays open while JavaScript builds the bundle and while the client reads it: the
  // export's bulk deadline (IMPORT_TIMEOUT_MS) bounds it, not the idle-in-transaction timeout,
  // which ended large exports midway (a 500 × 500 year: 503 after 48 s).
  const snapshot = <T>(work: (tx: Tx) => Promise<T>) =>
    db.transaction(
      async (tx) => {
        await tx.execute(sql`set local idle_in_transaction_session_timeout = 0`)
        return work(tx)
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )

  /**
   * The digest of each cluster-year's bundle at a stamp (see ExportPlan.stamp): an export whose
   * snapshot has the same stamp streams at once (and a conditional GET answers 304 without a pass),
   * instead of producing the bundle twice, once to hash it for the ETag. The second pass still
   * hashes what it sends and breaks the response if it differs.
   */
  const digests = new Map<string, { key: string; digest: string; validUntil: number }>()
  const remember = (cyId: string, entry: { key: string; digest: string; validUntil: number }) => {
    if (digests.size >= 1000 && !digests.has(cyId)) digests.delete(digests.keys().next().value!)
    digests.set(cyId, entry)
  }

  /** The year's row and cluster, or the 404 naming what is missing. */
  async function find(tx: Tx, clusterId: string, year: number) {
    const repo = exportRepository(tx)
    const found = await repo.clusterYear(clusterId, year)
    if (found) return found
    if (!(await repo.cluster(clusterId))) throw clusterNotFound(clusterId)
    throw clusterYearNotFound(clusterId, year)
  }

  return {
    /** The organising committee of a cluster (the scope of its organiser's keys), or 404. */
    async organizerOf(clusterId: string): Promise<string> {
      const cluster = await exportRepository(db).cluster(clusterId)
      if (!cluster) throw clusterNotFound(clusterId)
      return cluster.organizerCommitteeId
    },

    /**
     * One table of the year for a spreadsheet (format=csv): the ranking, frozen if finalised and
     * live otherwise, as the bundle carries it; or every award proposal with the decision that
     * settled it last. Read in one snapshot; its ETag is the table's own digest.
     */
    async exportTable(clusterId: string, year: number, table: 'ranking' | 'awards'): Promise<CsvFile & { etag: string }> {
      const file = await snapshot(async (tx): Promise<CsvFile> => {
        const found = await find(tx, clusterId, year)
        const repo = exportRepository(tx)
        const cyId = found.row.id
        const code = found.cluster.code
        if (table === 'ranking') {
          const scheme = (await repo.scheme(cyId))?.scheme
          if (!scheme) throw conflict('SCHEME_REQUIRED', 'The cluster-year has no scheme yet: there is no ranking to export')
          const { view } = await yearRanking(tx, cyId, clusterId, found.row.year, clock)
          return rankingCsv(view, scheme, code, found.row.year)
        }
        const [proposals, events, types] = [
          await repo.proposals(cyId),
          await repo.proposalEvents(cyId),
          await repo.awardTypes(found.cluster.organizerCommitteeId),
        ]
        const committees = new Map((await repo.committees([...new Set(proposals.map((p) => p.committeeId))])).map((c) => [c.id, c]))
        const typeNames = new Map(types.map((t) => [t.code, t.nameVi]))
        // The last decision on each proposal (events are in time order): its approval, rejection or revocation.
        const settled = new Map<string, (typeof events)[number]>()
        for (const e of events) if (e.action !== 'submit') settled.set(e.proposalId, e)
        const rows: AwardRow[] = proposals.map((p) => {
          const c = committees.get(p.committeeId)
          const d = settled.get(p.id)
          return {
            committeeCode: c?.code ?? null,
            committeeName: c?.name ?? p.committeeId,
            awardTypeCode: p.awardTypeCode,
            awardTypeName: typeNames.get(p.awardTypeCode) ?? null,
            status: p.status,
            decision: d ? { action: d.action, decisionNumber: d.decisionNumber, decisionDate: d.decisionDate, signer: d.signer, reason: d.reason } : null,
          }
        })
        return awardsCsv(rows, code, found.row.year)
      })
      return { ...file, etag: `"${createHash('sha256').update(file.bytes).digest('hex')}"` }
    },

    async exportClusterYear(clusterId: string, year: number, ifNoneMatch: string | undefined): Promise<ExportAnswer> {
      if (!signer) {
        throw conflict('SIGNING_KEY_MISSING', 'No signing key is configured (AUDIT_SIGNING_KEY_FILE): a bundle cannot be signed')
      }
      // Events committed before the request are placed in the log before the snapshot is taken.
      await auditLog.flush()
      return new Promise<ExportAnswer>((resolve, reject) => {
        let answered: ExportAnswer | null = null
        const produce = async () => {
          for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
            let next: 'flush' | 'checkpoint' | null = null
            await snapshot(async (tx) => {
              const plan = await planExport(tx, await find(tx, clusterId, year))
              // One moment for both passes: a live ranking's blockers depend on it.
              const now = clock()
              const at = () => now
              // A change of this year committed but not yet in the log: its event would be missing.
              if (plan.pending) return void (next = 'flush')
              const checkpoint = await exportRepository(tx).earliestCheckpointCovering(plan.lastSeq ?? 1)
              if (!checkpoint) return void (next = 'checkpoint')

              // The digest: remembered from an earlier export of the same stamp, else hashed from a first pass.
              const key = `${plan.stamp}|${checkpoint.treeSize}`
              const known = digests.get(plan.found.row.id)
              let digest: string
              if (known && known.key === key && now.getTime() < known.validUntil) digest = known.digest
              else {
                const first = createHash('sha256').update('{"bundle":')
                for await (const piece of canonicalPieces(bundleTree(tx, plan, checkpoint, at))) first.update(piece, 'utf8')
                digest = first.update('}').digest('hex')
                remember(plan.found.row.id, { key, digest, validUntil: (await plan.ranking)?.validUntil ?? Number.POSITIVE_INFINITY })
              }
              const etag = etagOf(digest)
              if (notModified(ifNoneMatch, etag)) return void resolve((answered = { digest, etag, notModified: true }))

              // The year as stored (a path's uuid may be written in capitals).
              const note = signNote(exportNoteText(origin, plan.found.row.clusterId, plan.found.row.year, digest), signer)
              const signature = { algorithm: 'Ed25519', keyId: signer.keyId, keyName: signer.name, note }
              const body = new ProducedStream()
              resolve((answered = { digest, etag, notModified: false, body }))
              const again = createHash('sha256').update('{"bundle":')
              await body.put('{"bundle":')
              for await (const chunk of chunked(canonicalPieces(bundleTree(tx, plan, checkpoint, at)))) {
                again.update(chunk, 'utf8')
                await body.put(chunk)
              }
              if (again.update('}').digest('hex') !== digest) {
                // Something the stamp does not see changed the bundle: forget the digest, and break the
                // response rather than sign bytes that do not match its ETag (a retry exports afresh).
                digests.delete(plan.found.row.id)
                throw new Error('the bundle differed from its digest')
              }
              await body.put(`,"digest":${canonicalJson(digest)},"signature":${canonicalJson(signature)}}`)
              body.push(null)
            })
            if (next === 'flush') await auditLog.flush()
            else if (next === 'checkpoint') await auditLog.checkpointNow()
            else return
          }
          throw new DomainError('unavailable', 'EXPORT_BUSY', 'The cluster-year kept changing while it was exported; retry', { retryAfterSeconds: 1 })
        }
        produce().catch((err: unknown) => {
          if (!answered) reject(err)
          else answered.body?.destroy(err instanceof Error ? err : new Error(String(err)))
        })
      })
    },
  }
}
