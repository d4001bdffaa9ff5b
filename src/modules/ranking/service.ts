import { whenCommitted } from '../../db/scope.ts'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import type { Db, Tx } from '../../db/client.ts'
import { canonicalJson, digestOf } from '../../domain/canonical.ts'
import type { ClusterYearStatus } from '../../domain/cluster-year.ts'
import { parseDecimal } from '../../domain/decimal.ts'
import { conflict, DomainError, invalid, notFound, type FieldError } from '../../domain/errors.ts'
import { awardEligibility } from '../../domain/awards.ts'
import { ALGORITHM_VERSION, canonicalRankingInputs, rankCluster, type Ranking } from '../../domain/ranking.ts'
import type { Scheme } from '../../domain/scheme.ts'
import { assertVersion } from '../../lib/etag.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/chain.ts'
import { clusterRepository, type ClusterRow, type ClusterYearRow } from '../clusters/repository.ts'
import { clusterNotFound, clusterService, clusterYearNotFound, requireClusterYear } from '../clusters/service.ts'
import { planningRepository } from '../planning/repository.ts'
import { finalizationBlockers, loadRankingInputs, type Blocker } from './inputs.ts'
import { rankingRepository, type ScoreEntry } from './repository.ts'

export const ADJUSTMENT_TYPES = ['manual', 'bonus', 'penalty', 'disqualification'] as const
export type AdjustmentType = (typeof ADJUSTMENT_TYPES)[number]

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
}

export interface EncodedRanking {
  etag: string
  /** UTF-8 JSON; compressed variants are made on first use and kept with it. */
  identity: Buffer
  encoded(encoding: 'br' | 'gzip'): Buffer
}

interface CacheEntry extends EncodedRanking {
  stamp: string
  expiresAt: number
}

/** A ranking with explanations is large (about 1 MB for 63 × 40): encode once, send bytes. */
function encodedEntry(stamp: string, expiresAt: number, etag: string, json: string): CacheEntry {
  const identity = Buffer.from(json, 'utf8')
  const variants = new Map<string, Buffer>()
  return {
    stamp,
    expiresAt,
    etag,
    identity,
    encoded(encoding) {
      let buf = variants.get(encoding)
      if (!buf) {
        buf =
          encoding === 'br'
            ? brotliCompressSync(identity, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
            : gzipSync(identity, { level: 6 })
        variants.set(encoding, buf)
      }
      return buf
    },
  }
}

const finalized = (status: string) => status === 'finalized' || status === 'closed'
const rankingFinalized = () => conflict('RANKING_FINALIZED', 'The ranking is finalised; its inputs are frozen')

/**
 * The ranking of a cluster-year: peer assessments, adjustments, tie votes, the live ranking
 * (cached per version of its inputs) and finalisation with a digest of the canonical inputs.
 */
export function rankingService(db: Db) {
  const cache = new Map<string, CacheEntry>()

  async function lockYear(tx: Tx, clusterId: string, year: number) {
    const cluster = await clusterRepository(tx).findById(clusterId)
    if (!cluster) throw clusterNotFound(clusterId)
    const cy = await clusterRepository(tx).findYearForUpdate(clusterId, year)
    if (!cy) throw clusterYearNotFound(clusterId, year)
    return { cluster, cy }
  }

  /** Inputs may change from the pact on until the ranking is final. */
  function assertInputsOpen(cy: ClusterYearRow) {
    if (finalized(cy.status)) throw rankingFinalized()
    if (cy.status === 'planning') throw conflict('PACT_NOT_SIGNED', 'Scores are entered after the pact is signed')
  }

  async function compute(dbh: Db | Tx, cluster: ClusterRow, cy: ClusterYearRow) {
    const loaded = await loadRankingInputs(dbh, cluster, cy)
    if (!loaded) throw conflict('SCHEME_REQUIRED', 'This cluster-year has no scheme; nothing can be ranked')
    const ranking = rankCluster(loaded.input)
    const blockers = await finalizationBlockers(dbh, cy, loaded, ranking)
    return { loaded, ranking, blockers }
  }

  async function namesOf(dbh: Db | Tx, cy: ClusterYearRow) {
    return new Map((await clusterRepository(dbh).members(cy.id)).map((m) => [m.committeeId, m.shortName ?? m.name]))
  }

  function view(cluster: ClusterRow, cy: ClusterYearRow, ranking: Ranking, scheme: Scheme, digest: string, blockers: Blocker[], names: Map<string, string>, final: boolean, computedAt: Date): RankingView {
    return {
      clusterId: cluster.id,
      year: cy.year,
      status: cy.status as ClusterYearStatus,
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

  /** When the FY window opens or closes, the blockers change without a write. */
  async function expiryOf(cy: ClusterYearRow): Promise<number> {
    const fy = await planningRepository(db).period(cy.id, 'FY')
    const now = Date.now()
    const moments = fy && !fy.closedAt ? [fy.opensAt.getTime(), fy.closesAt.getTime() + 1] : []
    return Math.min(...moments.filter((m) => m > now), Number.POSITIVE_INFINITY)
  }

  const service = {
    /** The ranking, encoded, and its ETag: the frozen snapshot once final, else the live one. */
    async rankingJson(clusterId: string, year: number): Promise<EncodedRanking> {
      // One prepared query on a cache hit; the cluster is read only to compute.
      const repo = clusterRepository(db)
      const cy = await requireClusterYear(db, clusterId, year)
      const stamp = `${cy.inputsVersion}|${cy.status}|${cy.version}`
      const hit = cache.get(cy.id)
      if (hit && hit.stamp === stamp && hit.expiresAt > Date.now()) return hit
      const cluster = (await repo.findById(clusterId))!
      let body: string
      let expiresAt = Number.POSITIVE_INFINITY
      const snapshot = finalized(cy.status) ? await rankingRepository(db).snapshot(cy.id) : undefined
      if (snapshot) {
        body = JSON.stringify({ ...(snapshot.ranking as RankingView), status: cy.status })
      } else {
        const { loaded, ranking, blockers } = await compute(db, cluster, cy)
        const digest = digestOf(canonicalRankingInputs(loaded.input))
        body = JSON.stringify(view(cluster, cy, ranking, loaded.scheme, digest, blockers, await namesOf(db, cy), false, new Date()))
        expiresAt = await expiryOf(cy)
      }
      const entry = encodedEntry(stamp, expiresAt, `"ranking-${cy.id}-${stamp.replace(/\|/g, '-')}"`, body)
      // Computed inside a write that may still roll back (a finalisation's answer): kept only once
      // committed, so the cache never holds a state that was never stored.
      whenCommitted(() => {
        if (cache.size > 1000) cache.clear()
        cache.set(cy.id, entry)
      })
      return entry
    },

    async putAssessment(actor: Actor, clusterId: string, year: number, assessorId: string, scores: { targetId: string; criterionCode: string; score: string | number }[], expectedVersion: number | null) {
      return db.transaction(async (tx) => {
        const { cy } = await lockYear(tx, clusterId, year)
        assertInputsOpen(cy)
        const scheme = (await planningRepository(tx).scheme(cy.id))?.scheme
        if (!scheme) throw conflict('SCHEME_REQUIRED', 'This cluster-year has no scheme')
        const members = new Set(await clusterRepository(tx).memberIds(cy.id))
        if (!members.has(assessorId)) throw invalid('ASSESSOR_NOT_MEMBER', `Committee ${assessorId} is not a member of this cluster-year`)
        const repo = rankingRepository(tx)
        const current = await repo.assessment(cy.id, assessorId)
        assertVersion(current, expectedVersion, 'assessment')
        const assessed = new Map(scheme.criteria.filter((c) => c.method === 'assessed').map((c) => [c.code, c]))
        const errors: FieldError[] = []
        const seen = new Set<string>()
        const clean: ScoreEntry[] = []
        scores.forEach((s, i) => {
          const p = `/scores/${i}`
          if (s.targetId === assessorId) return void errors.push({ pointer: `${p}/targetId`, code: 'SELF_ASSESSMENT', message: 'members never score themselves' })
          if (!members.has(s.targetId)) return void errors.push({ pointer: `${p}/targetId`, code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' })
          const criterion = assessed.get(s.criterionCode)
          if (!criterion) return void errors.push({ pointer: `${p}/criterionCode`, code: 'NOT_ASSESSED_CRITERION', message: 'is not a peer-assessed criterion of the scheme' })
          const key = `${s.targetId}|${s.criterionCode}`
          if (seen.has(key)) return void errors.push({ pointer: p, code: 'DUPLICATE_SCORE', message: 'this member and criterion are scored twice' })
          seen.add(key)
          const d = parseDecimal(s.score)
          if (d === null || d.isNegative() || d.gt(criterion.maxPoints)) {
            return void errors.push({ pointer: `${p}/score`, code: 'SCORE_OUT_OF_RANGE', message: `must be a decimal from 0 to ${criterion.maxPoints}` })
          }
          clean.push({ targetId: s.targetId, criterionCode: s.criterionCode, score: d.toFixed() })
        })
        // Self rows are refused whatever else is wrong: there is no override.
        const self = errors.find((e) => e.code === 'SELF_ASSESSMENT')
        if (self) throw invalid('SELF_ASSESSMENT', 'An assessor never scores itself', { errors: errors.filter((e) => e.code === 'SELF_ASSESSMENT') })
        for (const target of [...members].sort()) {
          if (target === assessorId) continue
          for (const code of assessed.keys()) {
            if (!seen.has(`${target}|${code}`)) errors.push({ pointer: '/scores', code: 'ASSESSMENT_INCOMPLETE', message: `no score for ${target} on ${code}` })
          }
        }
        if (errors.length > 0) throw invalid(errors[0]!.code, `The assessment is invalid: ${errors.length} problem(s)`, { errors })
        clean.sort((a, b) => (a.targetId + a.criterionCode < b.targetId + b.criterionCode ? -1 : 1))
        const row = await repo.saveAssessment(cy.id, assessorId, clean, current?.version ?? null, actor.keyId)
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, {
          action: current ? 'assessment.updated' : 'assessment.recorded',
          entityType: 'assessment',
          entityId: `${cy.id}:${assessorId}`,
          before: current?.scores ?? null,
          after: clean,
        })
        return row
      })
    },

    async createAdjustment(actor: Actor, clusterId: string, year: number, input: { committeeId: string; type: AdjustmentType; criterionCode?: string | null; points?: string | number | null; reason: string }) {
      return db.transaction(async (tx) => {
        const { cy } = await lockYear(tx, clusterId, year)
        assertInputsOpen(cy)
        const scheme = (await planningRepository(tx).scheme(cy.id))?.scheme
        if (!scheme) throw conflict('SCHEME_REQUIRED', 'This cluster-year has no scheme')
        const fail = (code: string, pointer: string, message: string) => invalid(code, message, { errors: [{ pointer, code, message }] })
        if (!(await clusterRepository(tx).memberIds(cy.id)).includes(input.committeeId)) throw fail('NOT_A_MEMBER', '/committeeId', 'is not a member of the cluster-year')
        if (!input.reason.trim()) throw fail('REASON_REQUIRED', '/reason', 'every adjustment needs its reason')
        const points = input.points === undefined || input.points === null ? null : parseDecimal(input.points)
        if (input.points !== undefined && input.points !== null && points === null) throw fail('INVALID_DECIMAL', '/points', 'must be a decimal string')
        let criterionCode: string | null = null
        const repo = rankingRepository(tx)
        if (input.type === 'manual') {
          const criterion = scheme.criteria.find((c) => c.code === input.criterionCode)
          if (!criterion || criterion.method !== 'manual') throw fail('NOT_MANUAL_CRITERION', '/criterionCode', 'must name a criterion scored by the conference (method manual)')
          if (!points || points.isNegative() || points.gt(criterion.maxPoints)) throw fail('POINTS_OUT_OF_RANGE', '/points', `must be from 0 to ${criterion.maxPoints}`)
          const active = (await repo.adjustments(cy.id, { activeOnly: true })).find((a) => a.type === 'manual' && a.committeeId === input.committeeId && a.criterionCode === criterion.code)
          if (active) throw conflict('ADJUSTMENT_EXISTS', 'Points for this member and criterion are already entered; withdraw them first', { adjustmentId: active.id })
          criterionCode = criterion.code
        } else if (input.type === 'bonus' || input.type === 'penalty') {
          if (input.criterionCode) throw fail('CRITERION_NOT_ALLOWED', '/criterionCode', 'bonus and penalty adjustments stand alone; use the scheme for criteria')
          if (!points || points.lte(0)) throw fail('POINTS_OUT_OF_RANGE', '/points', 'must be a decimal above 0')
        } else if (input.points !== undefined && input.points !== null) {
          throw fail('POINTS_NOT_ALLOWED', '/points', 'a disqualification carries no points')
        }
        const row = await repo.insertAdjustment({
          id: uuidv7(), clusterYearId: cy.id, committeeId: input.committeeId, type: input.type, criterionCode,
          points: points?.toFixed() ?? null, reason: input.reason.trim(), createdAt: new Date(), createdBy: actor.keyId,
        })
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, { action: 'adjustment.created', entityType: 'adjustment', entityId: row.id, after: row })
        return row
      })
    },

    async withdrawAdjustment(actor: Actor, clusterId: string, year: number, adjustmentId: string, reason: string) {
      return db.transaction(async (tx) => {
        const { cy } = await lockYear(tx, clusterId, year)
        assertInputsOpen(cy)
        const repo = rankingRepository(tx)
        const current = await repo.adjustment(adjustmentId)
        if (!current || current.clusterYearId !== cy.id) throw notFound('ADJUSTMENT_NOT_FOUND', `No adjustment ${adjustmentId} in this cluster-year`)
        if (current.withdrawnAt) throw conflict('ADJUSTMENT_WITHDRAWN', 'The adjustment was already withdrawn')
        if (!reason.trim()) throw invalid('REASON_REQUIRED', 'Say why the adjustment is withdrawn', { errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'is required' }] })
        const row = await repo.withdrawAdjustment(adjustmentId, reason.trim(), new Date())
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, { action: 'adjustment.withdrawn', entityType: 'adjustment', entityId: row.id, before: current, after: row })
        return row
      })
    },

    /** Suy tôn: a recorded vote that orders a group the tie-break chain left tied. */
    async recordTieResolution(actor: Actor, clusterId: string, year: number, input: { orderedCommitteeIds: string[]; tally?: Record<string, string | number> | null; reason: string }) {
      return db.transaction(async (tx) => {
        const { cluster, cy } = await lockYear(tx, clusterId, year)
        assertInputsOpen(cy)
        const { ranking } = await compute(tx, cluster, cy)
        const wanted = [...input.orderedCommitteeIds].sort().join(',')
        const group = ranking.ties.find((t) => [...t.committeeIds].sort().join(',') === wanted)
        if (!group) {
          throw invalid('NOT_A_TIED_GROUP', 'The committees named are not exactly one group the ranking leaves tied', {
            details: { ties: ranking.ties.map((t) => ({ rank: t.rank, committeeIds: t.committeeIds, resolved: t.resolved })) },
            errors: [{ pointer: '/orderedCommitteeIds', code: 'NOT_A_TIED_GROUP', message: 'must list exactly the members of one tied group' }],
          })
        }
        if (!input.reason.trim()) throw invalid('REASON_REQUIRED', 'A vote needs its record', { errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'is required' }] })
        const row = await rankingRepository(tx).insertTieResolution({
          id: uuidv7(), clusterYearId: cy.id, orderedCommitteeIds: input.orderedCommitteeIds, tally: input.tally ?? null,
          reason: input.reason.trim(), recordedAt: new Date(), recordedBy: actor.keyId,
        })
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, { action: 'tie_resolution.recorded', entityType: 'cluster_year', entityId: cy.id, after: row })
        return row
      })
    },

    /** Freezes the ranking with the sha256 of its canonical inputs and the algorithm version. */
    async finalize(actor: Actor, clusterId: string, year: number) {
      return db.transaction(async (tx) => {
        const { cluster, cy } = await lockYear(tx, clusterId, year)
        if (finalized(cy.status)) throw conflict('RANKING_ALREADY_FINALIZED', 'The ranking is already final')
        if (cy.status !== 'reporting' && cy.status !== 'scoring') {
          throw conflict('CLUSTER_YEAR_NOT_SCORING', `A ${cy.status} cluster-year has nothing to rank yet`, { status: cy.status })
        }
        const { loaded, ranking, blockers } = await compute(tx, cluster, cy)
        if (blockers.length > 0) throw conflict('FINALIZE_BLOCKED', `Finalisation needs: ${blockers.map((b) => b.code).join(', ')}`, { blockers })
        const clusters = clusterService(db)
        if (cy.status === 'reporting') await clusters.advance(actor, clusterId, year, 'start_scoring', tx)
        const done = await clusters.advance(actor, clusterId, year, 'finalize', tx)
        const inputs = canonicalRankingInputs(loaded.input)
        const digest = digestOf(inputs)
        const now = new Date()
        const frozen = view(cluster, done, ranking, loaded.scheme, digest, [], await namesOf(tx, cy), true, now)
        const snapshot = await rankingRepository(tx).insertSnapshot({
          clusterYearId: cy.id, ranking: JSON.parse(canonicalJson(frozen)), inputs, inputsDigest: digest, algorithmVersion: ALGORITHM_VERSION,
          finalizedAt: now, finalizedBy: actor.keyId,
        })
        await recordAudit(tx, actor, {
          action: 'ranking.finalized',
          entityType: 'cluster_year',
          entityId: cy.id,
          after: { inputsDigest: digest, algorithmVersion: ALGORITHM_VERSION, ranks: ranking.members.map((m) => ({ committeeId: m.committeeId, rank: m.rank, total: m.total })) },
        })
        return snapshot
      })
    },
  }
  return service
}
