import { promisify } from 'node:util'
import { brotliCompress, brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { whenCommitted } from '../../db/scope.ts'
import { canonicalJson, digestOf } from '../../domain/canonical.ts'
import { assertRankingInputsOpen, finalizationPath, isFinal, nextRuleChange, requireScheme, type ClusterYearStatus } from '../../domain/cluster-year.ts'
import { conflict, DomainError, notFound } from '../../domain/errors.ts'
import { awardEligibility } from '../../domain/awards.ts'
import { assertAssessor, validateAdjustment, validateAssessment, validateTieVote, validateWithdrawal, type AdjustmentInput } from '../../domain/peer-review.ts'
import {
  ALGORITHM_VERSION,
  canonicalRankingInputs,
  rankCluster,
  rankClusterLean,
  rankClusterWith,
  RankingMemo,
  rankingInputsDigest,
  type LeanRanking,
  type Ranking,
  type RankingInput,
} from '../../domain/ranking.ts'
import type { Scheme } from '../../domain/scheme.ts'
import type { Clock } from '../../lib/clock.ts'
import { assertVersion } from '../../lib/etag.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { span, spanSync, type Spans } from '../../lib/spans.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/service.ts'
import {
  advanceClusterYear,
  clusterYearOf,
  loadClusterYear,
  loadClusterYearFrom,
  markRankingInputsChanged,
  readClusterYearParts,
  warningsOf,
  type ClusterYear,
  type ClusterYearRow,
} from '../cluster-years/service.ts'
import type { ClusterYearWarning } from '../../domain/reform.ts'
import { requireClusterYear } from '../clusters/service.ts'
import { inTransaction, readsOf } from '../../db/reads.ts'
import { AssessmentScores, blockersOf, KeptParts, loadRankingInputs, rankingInputsOf, readRankingInputs, type Blocker } from './inputs.ts'
import { rankingRepository, type AdjustmentRow } from './repository.ts'
import { rankingBytes } from './encode.ts'

export { ADJUSTMENT_TYPES, type AdjustmentType } from '../../domain/peer-review.ts'
export { awardsCsv, rankingCsv, type AwardRow, type CsvFile } from './csv.ts'

export interface RankingView {
  clusterId: string
  year: number
  status: ClusterYearStatus
  final: boolean
  algorithmVersion: string
  inputsDigest: string
  computedAt: string
  complete: boolean
  members: (Ranking['members'][number] & { name: string; awardEligibility: ReturnType<typeof awardEligibility> })[]
  ties: Ranking['ties']
  unusedTieResolutions: string[]
  blockers: Blocker[]
  /** The reform's warnings while the year is open (members merged or dissolved); not part of the frozen snapshot. */
  warnings?: ClusterYearWarning[]
}

export interface EncodedRanking {
  etag: string
  /** UTF-8 JSON; compressed variants are made on first use and kept with it. */
  identity: Buffer
  /** The compressed body as kept and sent to every read from the cache (brotli quality 5, gzip level 6); made on first use. */
  encoded(encoding: 'br' | 'gzip'): Promise<Buffer>
  /**
   * Only on the answer of the read that computed the ranking: its brotli body made fast (quality 1,
   * a larger body) under a weak ETag, for that one answer, while the kept brotli is made on the
   * thread pool for every later read (which waits for it if it is not ready yet). The two bodies
   * differ in bytes, so they do not share the brotli's strong ETag (RFC 9110 §8.8.1); the weak one
   * names the same ranking, so a conditional GET with it still answers 304 (routes.ts).
   */
  fresh?: { br(): Buffer }
}

interface CacheEntry extends EncodedRanking {
  stamp: string
  expiresAt: number
  /** Starts the kept brotli on the thread pool, if it is not made or being made. */
  brotliSoon(): void
}

const KEPT_BROTLI = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }
const FAST_BROTLI = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } }
const brotliOnPool = promisify(brotliCompress)

/** A ranking with explanations is large (about 1 MB for 63 × 40): encode once, send bytes. */
function encodedEntry(stamp: string, expiresAt: number, etag: string, json: string | Buffer): CacheEntry {
  const identity = typeof json === 'string' ? Buffer.from(json, 'utf8') : json
  const variants = new Map<string, Buffer | Promise<Buffer>>()
  return {
    stamp,
    expiresAt,
    etag,
    identity,
    async encoded(encoding) {
      const make = () => {
        const made = encoding === 'br' ? brotliCompressSync(identity, KEPT_BROTLI) : gzipSync(identity, { level: 6 })
        variants.set(encoding, made)
        return made
      }
      const buf = variants.get(encoding)
      if (!buf) return make()
      // The body being made on the thread pool, or made here should that fail: a reader waiting for it gets it either way.
      return Buffer.isBuffer(buf) ? buf : buf.catch(make)
    },
    brotliSoon() {
      if (variants.has('br')) return
      const made = brotliOnPool(identity, KEPT_BROTLI).then(
        (buf) => {
          variants.set('br', buf)
          return buf
        },
        (err: unknown) => {
          // Made on the request's own thread next time.
          variants.delete('br')
          throw err
        },
      )
      // Handled here too: no read may come to wait for it.
      made.catch(() => {})
      variants.set('br', made)
    },
  }
}

/** The answer of the read that computed `entry` (see EncodedRanking.fresh). */
function freshAnswer(entry: CacheEntry): EncodedRanking & { expiresAt: number } {
  return {
    ...entry,
    fresh: {
      br() {
        const fast = brotliCompressSync(entry.identity, FAST_BROTLI)
        // After, not beside it: on two busy cores the two would slow each other down.
        entry.brotliSoon()
        return fast
      },
    },
  }
}

/** A whole ranking seen as a lean one: its members' lines are already there. */
function kept(ranking: Ranking): LeanRanking {
  const byId = new Map(ranking.members.map((m) => [m.committeeId, m.lines] as const))
  return { ranking, linesOf: (id) => byId.get(id) ?? [] }
}

/** The frozen ranking as stored, with the year's status now (it moves on to closed) and its warnings now. */
const finalBody = async (db: DbOrTx, row: ClusterYearRow, frozen: unknown) =>
  JSON.stringify({ ...(frozen as RankingView), status: row.status, warnings: await warningsOf(db, row) })
const etagOf = (row: ClusterYearRow) => `"ranking-${row.id}-${row.inputsVersion}-${row.status}-${row.version}"`
const stampOf = (row: ClusterYearRow) => `${row.inputsVersion}|${row.status}|${row.version}`

/** The final ranking of a year and the scheme it was computed under, or undefined before finalisation. */
export async function finalRanking(db: DbOrTx, clusterYearId: string): Promise<{ ranking: RankingView; scheme: Scheme } | undefined> {
  const snapshot = await rankingRepository(db).snapshot(clusterYearId)
  return snapshot && { ranking: snapshot.ranking as RankingView, scheme: (snapshot.inputs as RankingInput).scheme }
}

/**
 * The ranking of a cluster-year: peer assessments, adjustments, tie votes, the live ranking
 * (cached per version of its inputs) and finalisation with a digest of the canonical inputs.
 */
export function rankingService(db: Db, clock: Clock) {
  const cache = new Map<string, CacheEntry>()
  const scores = new AssessmentScores()
  const parts = new KeptParts()
  /**
   * Per year, each member's score and what it read (RankingMemo): after a change of one member's
   * inputs, the cold read scores and writes that member again, not all of them. A memo holds its
   * year's scores with their explanations (a few MB for 63 × 40): at most 32 years, the least
   * recently computed out first.
   */
  const memos = new Map<string, RankingMemo>()
  const memoOf = (clusterYearId: string) => {
    const memo = memos.get(clusterYearId) ?? new RankingMemo()
    memos.delete(clusterYearId)
    if (memos.size >= 32) memos.delete(memos.keys().next().value!)
    memos.set(clusterYearId, memo)
    return memo
  }
  const lockYear = (tx: Tx, clusterId: string, year: number, withTargets = false) => loadClusterYear(tx, clusterId, year, { lock: true, targets: withTargets })

  async function compute(dbh: DbOrTx, cy: ClusterYear, now: Date) {
    const { loaded, lean, blockers } = await computeLean(dbh, cy, now, false)
    return { loaded, ranking: lean.ranking, blockers }
  }

  /** The ranking, its members' criterion lines kept (`rankCluster`) or computed when asked for (`rankClusterLean`). */
  async function computeLean(dbh: DbOrTx, cy: ClusterYear, now: Date, lean: boolean) {
    const loaded = await loadRankingInputs(dbh, cy)
    if (!loaded) throw conflict('SCHEME_REQUIRED', 'This cluster-year has no scheme; nothing can be ranked')
    const ranked: LeanRanking = lean ? rankClusterLean(loaded.input) : kept(rankCluster(loaded.input))
    const blockers = await blockersOf(dbh, cy, loaded, ranked.ranking, now)
    return { loaded, lean: ranked, blockers }
  }

  function view(
    cy: ClusterYear,
    ranking: Ranking,
    scheme: Scheme,
    digest: string,
    blockers: Blocker[],
    names: Map<string, string>,
    final: boolean,
    computedAt: Date,
  ): RankingView {
    return {
      clusterId: cy.state.clusterId,
      year: cy.state.year,
      status: cy.state.status,
      final,
      algorithmVersion: ranking.algorithmVersion,
      inputsDigest: digest,
      computedAt: computedAt.toISOString(),
      complete: ranking.complete,
      members: ranking.members.map((m) => ({ ...m, name: names.get(m.committeeId) ?? m.code, awardEligibility: awardEligibility(m, scheme.awardRules) })),
      ties: ranking.ties,
      unusedTieResolutions: ranking.unusedTieResolutions,
      blockers,
    }
  }

  /** Keeps an encoded ranking once what computed it has committed: the cache never holds a state that was never stored. */
  function remember(row: ClusterYearRow, entry: CacheEntry) {
    whenCommitted(() => {
      if (cache.size > 1000) cache.clear()
      cache.set(row.id, entry)
    })
    return entry
  }

  /** Computations under way, by year and version (see rankingJson). */
  const computing = new Map<string, { at: number; answer: Promise<EncodedRanking & { expiresAt: number }> }>()

  /**
   * The live ranking, read and computed (rankingJson without its cache): the inputs changed
   * since the kept one, or nothing is kept.
   */
  async function computeJson(row: ClusterYearRow, now: Date, spans?: Spans): Promise<EncodedRanking & { expiresAt: number }> {
    // The reads run on connections of their own (outside a transaction), each in its own snapshot,
    // or one after another in a read-committed transaction: a change committed between them would
    // give a ranking of no stored state. So the year's row is read again after them; the answer is
    // kept, under the version read first, only if that is still the version (every change of the
    // ranking's inputs moves it). Else it is computed again from the new version; still moving
    // after two, it is computed once more with every read in one snapshot.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const entry = await computeEntry(db, row, now, spans)
      const again = await span(spans, 'db', () => requireClusterYear(db, row.clusterId, row.year))
      if (stampOf(again) === stampOf(row)) return freshAnswer(remember(row, entry))
      row = again
    }
    // (Inside a caller's transaction no snapshot of its own can be taken: given, not kept.)
    if (inTransaction(db)) return freshAnswer(await computeEntry(db, row, now, spans))
    return db.transaction(
      async (tx) => {
        const current = await requireClusterYear(tx, row.clusterId, row.year)
        return freshAnswer(remember(current, await computeEntry(tx, current, now, spans)))
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
  }

  /** One computation of the live ranking from `row`'s version, encoded; not kept (computeJson keeps it). */
  async function computeEntry(db: DbOrTx, row: ClusterYearRow, now: Date, spans?: Spans): Promise<CacheEntry> {
    // The aggregate, the inputs' rows and the reform's warnings need only the year's row: read at
    // once. Each read starts after `row` was, so none is older than `row`'s version (computeJson
    // checks that none is newer). The targets and the year's other parts come with the inputs, under their rows' fingerprints
    // (KeptParts); read after them when changed, or in a transaction (where nothing is kept).
    const [rows, warnings] = await span(spans, 'db', () => readsOf(db, [() => readRankingInputs(db, row, scores, parts), () => warningsOf(db, row)] as const))
    const cy = rows.aggregate
      ? clusterYearOf(row, rows.aggregate, null)
      : await span(spans, 'db', async () => {
          if (inTransaction(db) || rows.aggregateKey === undefined) return loadClusterYearFrom(db, row, { targets: true })
          return clusterYearOf(row, parts.keepAggregate(row.id, rows.aggregateKey, await readClusterYearParts(db, row)), null)
        })
    const loaded = rankingInputsOf(cy, rows)
    if (!loaded) throw conflict('SCHEME_REQUIRED', 'This cluster-year has no scheme; nothing can be ranked')
    const memo = memoOf(row.id)
    const ranking = spanSync(spans, 'domain.rank', () => rankClusterWith(loaded.input, memo))
    const blockers = await span(spans, 'blockers', () => blockersOf(db, cy, loaded, ranking, now))
    const digest = spanSync(spans, 'digest', () => rankingInputsDigest(loaded.input))
    const body = spanSync(spans, 'encode', () =>
      rankingBytes({ ...view(cy, ranking, loaded.scheme, digest, blockers, loaded.names, false, now), warnings }, ranking, memo),
    )
    // When the FY window opens or passes its deadline, the blockers change without a write.
    return spanSync(spans, 'encode', () => encodedEntry(stampOf(row), nextRuleChange(cy.state, now), etagOf(row), body))
  }

  const service = {
    /**
     * The ranking, encoded, and its ETag: the frozen snapshot once final, else the live one.
     * `spans`, when given, receives where a computing read spent its time (bench/ranking-read.ts).
     */
    async rankingJson(clusterId: string, year: number, spans?: Spans): Promise<EncodedRanking> {
      // One prepared query on a cache hit; the aggregate is loaded only to compute.
      const row = await span(spans, 'db', () => requireClusterYear(db, clusterId, year))
      const now = clock()
      const hit = cache.get(row.id)
      if (hit && hit.stamp === stampOf(row) && hit.expiresAt > now.getTime()) return hit
      const snapshot = isFinal(row.status) ? await rankingRepository(db).snapshot(row.id) : undefined
      if (snapshot) return remember(row, encodedEntry(stampOf(row), Number.POSITIVE_INFINITY, etagOf(row), await finalBody(db, row, snapshot.ranking)))
      // Reads that miss together on one version share one computation (portals polling right
      // after a change), if its rules hold at their time too. Not inside a transaction (its reads
      // are its own), nor when timed.
      if (spans || inTransaction(db)) return computeJson(row, now, spans)
      const key = `${row.id}|${stampOf(row)}`
      // An answer computed at another time serves this read only while its rules hold at this read's time too (the FY deadline passing meanwhile changes the blockers).
      const atMyTime = (answer: EncodedRanking & { expiresAt: number }) => (now.getTime() < answer.expiresAt ? answer : computeJson(row, now))
      // When this read computes: now, or the time of a shared computation that failed (below).
      let at = now
      for (let joined = 0; ; joined++) {
        const flight = computing.get(key)
        if (!flight || flight.at > now.getTime()) break
        const shared = await flight.answer.then(
          (answer) => ({ answer }),
          (failure: unknown) => ({ failure }),
        )
        if ('answer' in shared) return atMyTime(shared.answer)
        // What the year's data says (no scheme, say) is the same for every read of this version.
        if (shared.failure instanceof DomainError) throw shared.failure
        // Failed for its own read (that request was cancelled, its connection lost): the first
        // waiter to get here computes again, as of the same time, and the others join it (that
        // time is no later than theirs); once only, then each computes on its own.
        if (joined > 0) return computeJson(row, now)
        at = new Date(flight.at)
      }
      const mine = computeJson(row, at).finally(() => {
        if (computing.get(key)?.answer === mine) computing.delete(key)
      })
      computing.set(key, { at: at.getTime(), answer: mine })
      return at === now ? mine : atMyTime(await mine)
    },

    /**
     * The live ranking as GET …/ranking computes it at `now`, for a consumer that writes it member
     * by member (the export): every member's `lines` is empty and `linesOf` computes them, so a
     * 500 × 500 year never holds its 250,000 explanations at once. Not cached.
     */
    async liveLean(clusterId: string, year: number, now: Date): Promise<{ view: RankingView; linesOf: LeanRanking['linesOf']; validUntil: number }> {
      const cy = await loadClusterYear(db, clusterId, year, { lock: false, targets: true })
      const { loaded, lean, blockers } = await computeLean(db, cy, now, true)
      const digest = rankingInputsDigest(loaded.input)
      return {
        view: view(cy, lean.ranking, loaded.scheme, digest, blockers, loaded.names, false, now),
        linesOf: (id) => lean.linesOf(id),
        // When the FY window opens or passes its deadline, the blockers change without a write.
        validUntil: nextRuleChange(cy.state, now),
      }
    },

    async putAssessment(
      actor: Actor,
      clusterId: string,
      year: number,
      assessorId: string,
      scores: { targetId: string; criterionCode: string; score: string | number }[],
      expectedVersion: number | null,
    ) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        assertRankingInputsOpen(cy.state)
        const scheme = requireScheme(cy.state)
        assertAssessor(cy.state, assessorId)
        const repo = rankingRepository(tx)
        const current = await repo.assessment(cy.state.id, assessorId)
        assertVersion(current, expectedVersion, 'assessment')
        const clean = validateAssessment(cy.state, scheme, assessorId, scores)
        const row = await repo.saveAssessment(cy.state.id, assessorId, clean, current?.version ?? null, actor.keyId, clock())
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, {
          action: current ? 'assessment.updated' : 'assessment.recorded',
          entityType: 'assessment',
          entityId: `${cy.state.id}:${assessorId}`,
          before: current?.scores ?? null,
          after: clean,
        })
        return row
      })
    },

    async createAdjustment(actor: Actor, clusterId: string, year: number, input: AdjustmentInput) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        assertRankingInputsOpen(cy.state)
        const scheme = requireScheme(cy.state)
        const repo = rankingRepository(tx)
        const active = (await repo.adjustments(cy.state.id, { activeOnly: true })).map((a) => ({ ...a, type: a.type as AdjustmentInput['type'] }))
        const checked = validateAdjustment(cy.state, scheme, input, active)
        const row = await repo.insertAdjustment({
          id: uuidv7(),
          clusterYearId: cy.state.id,
          committeeId: input.committeeId,
          type: input.type,
          ...checked,
          createdAt: clock(),
          createdBy: actor.keyId,
        })
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'adjustment.created', entityType: 'adjustment', entityId: row.id, after: row })
        return row
      })
    },

    async withdrawAdjustment(actor: Actor, clusterId: string, year: number, adjustmentId: string, reason: string): Promise<AdjustmentRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        assertRankingInputsOpen(cy.state)
        const repo = rankingRepository(tx)
        const current = await repo.adjustment(adjustmentId)
        if (!current || current.clusterYearId !== cy.state.id) throw notFound('ADJUSTMENT_NOT_FOUND', `No adjustment ${adjustmentId} in this cluster-year`)
        const why = validateWithdrawal(current, reason)
        const row = await repo.withdrawAdjustment(adjustmentId, why, clock())
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'adjustment.withdrawn', entityType: 'adjustment', entityId: row.id, before: current, after: row })
        return row
      })
    },

    /** Suy tôn: a recorded vote that orders a group the tie-break chain left tied. */
    async recordTieResolution(
      actor: Actor,
      clusterId: string,
      year: number,
      input: { orderedCommitteeIds: string[]; tally?: Record<string, string | number> | null; reason: string },
    ) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year, true)
        assertRankingInputsOpen(cy.state)
        const now = clock()
        const { ranking } = await compute(tx, cy, now)
        const reason = validateTieVote(ranking.ties, input)
        const row = await rankingRepository(tx).insertTieResolution({
          id: uuidv7(),
          clusterYearId: cy.state.id,
          orderedCommitteeIds: input.orderedCommitteeIds,
          tally: input.tally ?? null,
          reason,
          recordedAt: now,
          recordedBy: actor.keyId,
        })
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'tie_resolution.recorded', entityType: 'cluster_year', entityId: cy.state.id, after: row })
        return row
      })
    },

    /**
     * Freezes the ranking with the sha256 of its canonical inputs and the algorithm version, and
     * answers it encoded (as the ranking's GET will serve it from now on). The year is loaded and
     * locked once; its moves to scoring and finalized go through that one lock.
     */
    async finalize(actor: Actor, clusterId: string, year: number): Promise<EncodedRanking> {
      return db.transaction(async (tx) => {
        let cy = await lockYear(tx, clusterId, year, true)
        const path = finalizationPath(cy.state)
        const now = clock()
        const { loaded, ranking, blockers } = await compute(tx, cy, now)
        if (blockers.length > 0) throw conflict('FINALIZE_BLOCKED', `Finalisation needs: ${blockers.map((b) => b.code).join(', ')}`, { blockers })
        // The year's moves and the freeze go to the audit log in one append.
        const events: AuditInput[] = []
        for (const event of path) cy = await advanceClusterYear(tx, actor, cy, event, now, events)
        const inputs = canonicalRankingInputs(loaded.input)
        const digest = digestOf(inputs)
        const frozen = JSON.parse(canonicalJson(view(cy, ranking, loaded.scheme, digest, [], loaded.names, true, now))) as RankingView
        const snapshot = await rankingRepository(tx).insertSnapshot({
          clusterYearId: cy.state.id,
          ranking: frozen,
          inputs,
          inputsDigest: digest,
          algorithmVersion: ALGORITHM_VERSION,
          finalizedAt: now,
          finalizedBy: actor.keyId,
        })
        events.push({
          action: 'ranking.finalized',
          entityType: 'cluster_year',
          entityId: cy.state.id,
          after: {
            inputsDigest: digest,
            algorithmVersion: ALGORITHM_VERSION,
            ranks: ranking.members.map((m) => ({ committeeId: m.committeeId, rank: m.rank, total: m.total })),
          },
        })
        await recordAudit(tx, actor, events)
        return remember(cy.row, encodedEntry(stampOf(cy.row), Number.POSITIVE_INFINITY, etagOf(cy.row), await finalBody(tx, cy.row, snapshot.ranking)))
      })
    },
  }
  return service
}
