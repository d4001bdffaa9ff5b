/**
 * The cluster-year bundle (format `ctd-cluster-year-export/1`) as a lazy canonical-JSON tree:
 * what it holds, member by member, and where each part is read from. Every read runs in the
 * caller's one repeatable-read snapshot; lists that grow with the year's data (submissions,
 * their values and revisions, audit events with their proofs) are read in pages while they are
 * written. See docs/auditors.md for the format.
 */
import type { Db, Tx } from '../../db/client.ts'
import { inclusionRanges, MissingNodeError, nodeKey, nodesFor, rangeHash, type Hash, type NodeId } from '../../lib/tlog/merkle.ts'
import { auditOf } from '../attachments/service.ts'
import { checkpointView, readTreeNodes, servedEventOf } from '../audit-events/service.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Scheme } from '../../domain/scheme.ts'
import { rankingService, type RankingView } from '../ranking/service.ts'
import { lazyArray, lazyObject, type LazyObject } from './canonical-stream.ts'
import { exportRepository, type CheckpointRow, type EntitySet } from './repository.ts'

export const BUNDLE_FORMAT = 'ctd-cluster-year-export/1'

const PAGE = 500
/** Audit events read at once: an import's event lists every value it set (500 × 500 B and more). */
const EVENT_PAGE = 100
const VALUE_PAGE = 2000
const REVISION_PAGE = 20
/**
 * Submissions whose values and revisions are read together, and how many of each per submission
 * (a submission with more reads the rest alone). Only tests change them (the bundle is the same
 * whatever they are).
 */
export const SLICING = { submissions: 50, values: 250, revisions: 5 }
/** Members of a frozen ranking read at once (each holds a line per criterion: up to 500). */
const RANKED_PAGE = 25
/** Tree nodes kept between pages of proofs (the upper levels are shared by every proof). */
const NODE_CACHE = 50_000

type Found = NonNullable<Awaited<ReturnType<ReturnType<typeof exportRepository>['clusterYear']>>>

/** What the snapshot decided before writing: the year, whose events belong to it, and the last of them. */
export interface ExportPlan {
  found: Found
  memberIds: string[]
  committeeIds: string[]
  /** The handovers the bundle carries (into this year and out of it). */
  handoverIds: string[]
  entities: EntitySet
  lastSeq: number | null
  pending: boolean
  /**
   * What the bundle's bytes depend on besides the moment: the last audit event about its entities
   * (every change to them writes one) and the versions of the indicators its scheme names (whose
   * events it does not carry). The same stamp in a later snapshot means the same bundle, until the
   * live ranking's `validUntil`.
   */
  stamp: string
  /** The indicators the scheme names, read once for the stamp and the bundle. */
  indicators: Awaited<ReturnType<ReturnType<typeof exportRepository>['indicators']>>
  /** The ranking, computed once for both passes over the snapshot (see rankingOf). */
  ranking?: Promise<RankingSource | null>
}

/** The bundle's ranking: whether frozen, the view without its members, and the members in rank order. */
export interface RankingSource {
  final: boolean
  /** Until when (ms) this ranking holds without a write: a live one's blockers change when the FY window opens or closes. */
  validUntil: number
  head: Record<string, unknown>
  members: () => AsyncIterable<unknown>
}

/** Reads what the bundle's scope depends on: the year, its members, and every entity whose audit events it carries. */
export async function planExport(tx: Tx, found: Found): Promise<ExportPlan> {
  const repo = exportRepository(tx)
  const { row, cluster } = found
  const memberIds = await repo.memberIds(row.id)
  const direct = [...new Set([...memberIds, cluster.organizerCommitteeId, ...[row.headId, row.deputyId].filter((x): x is string => x !== null)])]
  const [rowsOf, predecessors] = [await repo.committees(direct), await repo.predecessorsOf(direct)]
  const successors = rowsOf.map((c) => c.successorId).filter((x): x is string => x !== null)
  const committeeIds = [...new Set([...direct, ...predecessors.map((c) => c.id), ...successors])].sort()
  const [submissionIds, adjustments, proposals, handovers, types] = [
    await repo.submissionIds(row.id),
    await repo.adjustments(row.id),
    await repo.proposals(row.id),
    await repo.handovers(cluster.id, row.year),
    await repo.awardTypes(cluster.organizerCommitteeId),
  ]
  const handoverIds = handovers.map((h) => h.id)
  const attachments = await repo.attachments(row.id, handoverIds)
  const objections = await repo.objections(row.id)
  const pairs = [
    { t: 'cluster_year', i: row.id },
    { t: 'cluster', i: cluster.id },
    ...committeeIds.map((i) => ({ t: 'committee', i })),
    ...submissionIds.map((i) => ({ t: 'submission', i })),
    ...adjustments.map((a) => ({ t: 'adjustment', i: a.id })),
    ...proposals.map((p) => ({ t: 'award_proposal', i: p.id })),
    ...handovers.map((h) => ({ t: 'handover', i: h.id })),
    ...types.map((t) => ({ t: 'award_type', i: t.id })),
    ...attachments.map((a) => ({ t: 'attachment', i: a.id })),
    ...objections.map((o) => ({ t: 'objection', i: o.id })),
  ]
  const entities: EntitySet = { pairs, assessmentPrefix: `${row.id}:` }
  const lastSeq = await repo.lastSeqAbout(entities)
  const indicators = await repo.indicators(indicatorCodesOf((await repo.scheme(row.id))?.scheme))
  const stamp = `${lastSeq ?? 0}|${indicators.map((i) => `${i.id}:${i.version}`).join(',')}`
  return { found, memberIds, committeeIds, handoverIds, entities, lastSeq, pending: await repo.pendingAbout(entities), stamp, indicators }
}

const committeeMember = (c: Awaited<ReturnType<ReturnType<typeof exportRepository>['committees']>>[number]) => ({
  id: c.id,
  code: c.code,
  name: c.name,
  shortName: c.shortName,
  level: c.level,
  kind: c.kind,
  parentId: c.parentId,
  status: c.status,
  validFrom: c.validFrom,
  validTo: c.validTo,
  successorId: c.successorId,
  version: c.version,
  updatedAt: c.updatedAt,
})

/** The indicator codes a scheme names. */
function indicatorCodesOf(scheme: Scheme | undefined): string[] {
  const codes = new Set<string>()
  for (const c of (scheme?.criteria ?? []) as { indicatorCode?: string | null }[]) if (c.indicatorCode) codes.add(c.indicatorCode)
  return [...codes].sort()
}

/**
 * The bundle's lazy tree over the snapshot `tx`, its audit events proven against `checkpoint`;
 * `clock` is the rules' (a live ranking's blockers depend on the input windows).
 */
export function bundleTree(tx: Tx, plan: ExportPlan, checkpoint: CheckpointRow, clock: Clock): LazyObject {
  const repo = exportRepository(tx)
  const { row, cluster } = plan.found
  const cyId = row.id

  const submissions = lazyArray(async function* () {
    let after: { period: string; committeeId: string } | null = null
    for (;;) {
      const page = await repo.submissions(cyId, after, PAGE)
      // Each return with its reason (the submission keeps only the last one's).
      const returns = await repo.returnsOf(page.map((s) => s.id))
      // Values and revisions read for a slice of the page at once (not two statements per
      // submission); a submission with more than the slice's share goes on alone.
      let firstValues: Awaited<ReturnType<typeof repo.firstValuesOf>> = new Map()
      let firstRevisions: Awaited<ReturnType<typeof repo.firstRevisionsOf>> = new Map()
      for (const [k, s] of page.entries()) {
        if (k % SLICING.submissions === 0) {
          const ids = page.slice(k, k + SLICING.submissions).map((x) => x.id)
          ;[firstValues, firstRevisions] = await Promise.all([repo.firstValuesOf(ids, SLICING.values), repo.firstRevisionsOf(ids, SLICING.revisions)])
        }
        const values0 = firstValues.get(s.id) ?? []
        const revisions0 = firstRevisions.get(s.id) ?? []
        yield lazyObject({
          id: s.id,
          period: s.period,
          committeeId: s.committeeId,
          status: s.status,
          late: s.late,
          returnReason: s.returnReason,
          revision: s.revision,
          submittedAt: s.submittedAt,
          acceptedAt: s.acceptedAt,
          version: s.version,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          values: lazyArray(async function* () {
            let values = values0
            let more = values0.length === SLICING.values
            for (;;) {
              for (const v of values)
                yield {
                  indicatorCode: v.indicatorCode,
                  value: v.value,
                  officialValue: v.officialValue,
                  correctionReason: v.correctionReason,
                  note: v.note,
                  evidenceUrl: v.evidenceUrl,
                  // Only where declared, so the bundles of submissions without one read as before.
                  ...(v.notApplicable ? { notApplicable: true, notApplicableReason: v.notApplicableReason } : {}),
                }
              if (!more) return
              values = await repo.values(s.id, values[values.length - 1]!.indicatorCode, VALUE_PAGE)
              more = values.length === VALUE_PAGE
            }
          }),
          revisions: lazyArray(async function* () {
            let revisions = revisions0
            let more = revisions0.length === SLICING.revisions
            for (;;) {
              for (const r of revisions) yield { revision: r.revision, values: r.values, late: r.late, submittedAt: r.submittedAt, submittedBy: r.submittedBy }
              if (!more) return
              revisions = await repo.revisions(s.id, revisions[revisions.length - 1]!.revision, REVISION_PAGE)
              more = revisions.length === REVISION_PAGE
            }
          }),
          returns: (returns.get(s.id) ?? []).map(({ submissionId: _, ...r }) => r),
        })
      }
      if (page.length < PAGE) return
      const last = page[page.length - 1]!
      after = { period: last.period, committeeId: last.committeeId }
    }
  })

  const auditEvents = lazyArray(async function* () {
    const size = checkpoint.treeSize
    const cache = new Map<string, Hash>()
    const seqs = await repo.seqsAbout(plan.entities, size)
    for (let at = 0; at < seqs.length; at += EVENT_PAGE) {
      const page = await repo.eventsAt(seqs.slice(at, at + EVENT_PAGE))
      const ranges = page.map((e) => inclusionRanges(e.seq - 1, size))
      const needed = nodesFor(ranges.flat())
      let missing = needed.filter((n) => !cache.has(nodeKey(n)))
      if (cache.size + missing.length > NODE_CACHE) {
        cache.clear()
        missing = needed
      }
      for (const n of await readTreeNodes(tx, missing)) cache.set(nodeKey(n), n.hash)
      const get = (n: NodeId) => {
        const hash = cache.get(nodeKey(n))
        if (!hash) throw new MissingNodeError(n)
        return hash
      }
      for (const [i, e] of page.entries()) {
        yield { event: servedEventOf(e), leafIndex: e.seq - 1, auditPath: ranges[i]!.map((r) => rangeHash(r.lo, r.hi, get).toString('base64')) }
      }
    }
  })

  return lazyObject({
    formatVersion: BUNDLE_FORMAT,
    clusterYear: {
      id: row.id,
      clusterId: row.clusterId,
      year: row.year,
      status: row.status,
      headId: row.headId,
      deputyId: row.deputyId,
      headChosenBy: row.headChosenBy,
      deputyChosenBy: row.deputyChosenBy,
      leadershipNote: row.leadershipNote,
      objectionsOpenAt: row.objectionsOpenAt,
      objectionsCloseAt: row.objectionsCloseAt,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    },
    cluster: {
      id: cluster.id,
      code: cluster.code,
      name: cluster.name,
      organizerCommitteeId: cluster.organizerCommitteeId,
      memberLevel: cluster.memberLevel,
      rotationPolicy: cluster.rotationPolicy,
      rotationOrder: cluster.rotationOrder,
      description: cluster.description,
      version: cluster.version,
      updatedAt: cluster.updatedAt,
    },
    committees: async () => (await repo.committees(plan.committeeIds)).map(committeeMember),
    members: async () => {
      const byId = new Map((await repo.committees(plan.memberIds)).map((c) => [c.id, c]))
      // The code each member was ranked under (a code may change later, in an administrative reform).
      const frozen = new Map(((await repo.frozenMembers(cyId)) ?? []).map((m) => [m.committeeId, m.code]))
      return plan.memberIds.map((id) => {
        const c = byId.get(id)!
        return { committeeId: id, code: c.code, name: c.name, shortName: c.shortName, rankedAs: frozen.get(id) }
      })
    },
    handovers: async () => (await repo.handovers(cluster.id, row.year)).map((h) => ({ ...h })),
    scheme: async () => {
      const s = await repo.scheme(cyId)
      return s ? { scheme: s.scheme, version: s.version, updatedAt: s.updatedAt } : null
    },
    indicators: () =>
      plan.indicators.map((i) => ({
        id: i.id,
        code: i.code,
        nameVi: i.nameVi,
        nameEn: i.nameEn,
        unit: i.unit,
        valueType: i.valueType,
        direction: i.direction,
        minValue: i.minValue,
        maxValue: i.maxValue,
      })),
    awardTypes: async () =>
      (await repo.awardTypes(cluster.organizerCommitteeId)).map((t) => ({
        id: t.id,
        code: t.code,
        nameVi: t.nameVi,
        nameEn: t.nameEn,
        precedence: t.precedence,
      })),
    targets: () => repo.targets(cyId),
    pact: async () => (await repo.pact(cyId)) ?? null,
    periods: async () =>
      (await repo.periods(cyId)).map((p) => ({ period: p.period, opensAt: p.opensAt, closesAt: p.closesAt, closedAt: p.closedAt, version: p.version })),
    submissions,
    assessments: async () => {
      const history = await repo.assessmentHistory(cyId)
      return (await repo.assessments(cyId)).map((a) => ({
        assessorId: a.assessorId,
        scores: a.scores,
        version: a.version,
        updatedAt: a.updatedAt,
        updatedBy: a.updatedBy,
        history: history
          .filter((h) => h.assessorId === a.assessorId)
          .map((h) => ({ version: h.version, scores: h.scores, recordedAt: h.recordedAt, recordedBy: h.recordedBy })),
      }))
    },
    adjustments: () => repo.adjustments(cyId),
    tieResolutions: () => repo.tieResolutions(cyId),
    finalization: async () => (await repo.finalization(cyId)) ?? null,
    ranking: async () => {
      const r = await (plan.ranking ??= rankingOf(tx, plan, clock))
      if (!r) return null
      return lazyObject({ final: r.final, source: r.final ? 'frozen' : 'live', view: lazyObject({ ...r.head, members: lazyArray(r.members) }) })
    },
    awardProposals: async () =>
      (await repo.proposals(cyId)).map((p) => ({
        id: p.id,
        committeeId: p.committeeId,
        awardTypeCode: p.awardTypeCode,
        status: p.status,
        explanation: p.explanation,
        version: p.version,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      })),
    awardDecisions: async () =>
      (await repo.proposalEvents(cyId)).map((e) => ({
        id: e.id,
        proposalId: e.proposalId,
        action: e.action,
        decisionNumber: e.decisionNumber,
        decisionDate: e.decisionDate,
        signer: e.signer,
        reason: e.reason,
        evidence: e.evidence,
        at: e.at,
        actorKeyId: e.actorKeyId,
      })),
    // Objections to the provisional ranking and their answers (their events are in the log below).
    objections: async () => (await repo.objections(cyId)).map(({ clusterYearId: _, ...objection }) => objection),
    // The dossier: each document's metadata and sha256, as its upload event records it; never its bytes.
    attachments: async () =>
      (await repo.attachments(cyId, plan.handoverIds)).map((a) => {
        const { clusterYearId: _, ...logged } = auditOf(a)
        return { ...logged, supersededBy: a.supersededBy }
      }),
    auditLog: lazyObject({
      checkpoint: checkpointView(checkpoint),
      events: auditEvents,
    }),
  })
}

/**
 * The bundle's ranking, member by member: the frozen one once finalised (its members read from the
 * stored view in pages), else the live one as GET …/ranking computes it at the export's moment,
 * each member's criterion lines computed when the member is written. So neither a 500 × 500
 * ranking's 250,000 explanations nor its 80 MB of JSON are ever held at once. Without the moment
 * it was computed, so that a bundle depends on the data only. Null without a scheme.
 */
async function rankingOf(tx: Tx, plan: ExportPlan, clock: Clock): Promise<RankingSource | null> {
  const repo = exportRepository(tx)
  const { row, cluster } = plan.found
  const head = await repo.frozenRankingHead(row.id)
  if (head) {
    return {
      final: true,
      validUntil: Number.POSITIVE_INFINITY,
      head,
      members: async function* () {
        for (let after = 0; ; after += RANKED_PAGE) {
          const page = await repo.frozenRankedMembers(row.id, after, RANKED_PAGE)
          yield* page
          if (page.length < RANKED_PAGE) return
        }
      },
    }
  }
  if (!(await repo.scheme(row.id))) return null
  const live = await rankingService(tx as unknown as Db, clock).liveLean(cluster.id, row.year, clock())
  const { computedAt: _, members, ...rest } = live.view
  return {
    final: false,
    validUntil: live.validUntil,
    head: rest,
    members: async function* () {
      for (const m of members) yield { ...m, lines: live.linesOf(m.committeeId) }
    },
  }
}

/** The year's ranking in this snapshot, whole: the frozen one once finalised, else live as GET …/ranking computes it. */
export async function yearRanking(tx: Tx, cyId: string, clusterId: string, year: number, clock: Clock): Promise<{ final: boolean; view: RankingView }> {
  const frozen = await exportRepository(tx).frozenRanking(cyId)
  if (frozen) return { final: true, view: frozen as RankingView }
  const live = await rankingService(tx as unknown as Db, clock).rankingJson(clusterId, year)
  return { final: false, view: JSON.parse(live.identity.toString('utf8')) as RankingView }
}
