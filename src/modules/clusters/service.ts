import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { assertEditable, type ClusterYearEvent } from '../../domain/cluster-year.ts'
import type { CommitteeLevel } from '../../domain/committees.ts'
import { conflict, DomainError, invalid } from '../../domain/errors.ts'
import { assertMemberLevelBelowOrganizer, validateMembership } from '../../domain/membership.ts'
import { suggestSuccession, validateHandover, validateLeadership, validateRotationPolicy, type RotationPolicy, type Succession } from '../../domain/rotation.ts'
import { foldForSearch, toNfc } from '../../domain/text.ts'
import { assertVersion } from '../../lib/etag.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { assertAtVersion, auditView, recordAudit, updateAtVersion, type Actor, type AuditInput } from '../audit-events/service.ts'
import {
  advanceClusterYear,
  carryMemberPlace,
  clusterNotFound,
  clusterYearNotFound,
  loadClusterYear,
  membersOf,
  requireClusterYear,
} from '../cluster-years/service.ts'
import { committeeLinks, findCommittee, lockCommittees } from '../committees/service.ts'
import { validateCarry } from '../../domain/reform.ts'
import { clusterRepository, type ClusterRow, type ClusterYearRow, type HandoverRow } from './repository.ts'

export interface ClusterInput {
  code: string
  name: string
  organizerCommitteeId: string
  memberLevel: CommitteeLevel
  rotationPolicy: RotationPolicy
  roundRobinOrder?: string[] | null | undefined
  description?: string | null | undefined
}

export type ClusterPatch = Partial<Pick<ClusterInput, 'code' | 'name' | 'rotationPolicy' | 'roundRobinOrder' | 'description'>>

export interface YearInput {
  members?: string[] | undefined
  headId?: string | null | undefined
  deputyId?: string | null | undefined
}

export interface HandoverInput {
  fromYear: number
  incomingHeadId: string
  incomingDeputyId?: string | null | undefined
  handedOverAt: string
  venue: string
  rotatingFlagHandedOver: boolean
  minutesRef?: string | null | undefined
  override?: { reason: string } | null | undefined
}

export { clusterNotFound, clusterYearNotFound, requireClusterYear }
/** Who may act on a cluster-year (its organiser, its head's secretariat): other modules' routes use these. */
export { clusterYearScopes } from './scopes.ts'

/** The ids of the clusters with these codes, by code. */
export const clusterIdsByCode = (db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> => clusterRepository(db).idsByCode(codes)

const searchTextOf = (c: { name: string; code: string }) => `${foldForSearch(c.name)} | ${foldForSearch(c.code)}`

/** Clusters, their years, membership and leadership handover; one transaction per change. */
export function clusterService(db: Db, clock: Clock) {
  async function checkOrder(tx: Tx, policy: RotationPolicy, order: string[] | null | undefined) {
    validateRotationPolicy({ policy, roundRobinOrder: order ?? null })
    if (policy !== 'round_robin' || !order) return
    for (const [i, id] of order.entries()) {
      if (!(await findCommittee(tx, id))) {
        throw invalid('ROTATION_ORDER_UNKNOWN_COMMITTEE', `No committee ${id} in the rotation order`, {
          errors: [{ pointer: `/roundRobinOrder/${i}`, code: 'ROTATION_ORDER_UNKNOWN_COMMITTEE', message: 'does not name a committee' }],
        })
      }
    }
  }

  async function validateMembers(tx: Tx, cluster: ClusterRow, year: number, memberIds: string[], clusterYearId: string | null) {
    const found = new Map<string, { id: string; level: string; status: string }>()
    for (const id of new Set(memberIds)) {
      const c = await findCommittee(tx, id)
      if (c) found.set(id, c)
    }
    validateMembership({ memberIds, found, memberLevel: cluster.memberLevel })
    const elsewhere = await clusterRepository(tx).membershipsElsewhere(cluster.organizerCommitteeId, year, memberIds, clusterYearId)
    if (elsewhere.length > 0) {
      const first = elsewhere[0]!
      throw new DomainError(
        'conflict',
        'MEMBER_IN_OTHER_CLUSTER',
        `Committee ${first.committeeId} already belongs to another cluster of this organiser in ${year}`,
        {
          details: { conflicts: elsewhere },
          errors: elsewhere.map((e) => ({
            pointer: `/members/${memberIds.indexOf(e.committeeId)}`,
            code: 'MEMBER_IN_OTHER_CLUSTER',
            message: `is a member of cluster ${e.clusterId} in ${year}`,
          })),
        },
      )
    }
  }

  const memberConflict = (year: number) =>
    asConflict('cluster_year_members_one_cluster_uq', `A committee already belongs to another cluster of this organiser in ${year}`)

  async function yearSnapshot(tx: Tx, row: ClusterYearRow) {
    return { ...row, members: await clusterRepository(tx).memberIds(row.id) }
  }

  const service = {
    async createCluster(actor: Actor, input: ClusterInput): Promise<ClusterRow> {
      return db.transaction(async (tx) => {
        const organizer = await findCommittee(tx, input.organizerCommitteeId)
        if (!organizer || organizer.status !== 'active') {
          throw invalid('ORGANIZER_NOT_ACTIVE', 'The organising committee must be an active committee', {
            errors: [
              { pointer: '/organizerCommitteeId', code: organizer ? 'ORGANIZER_NOT_ACTIVE' : 'ORGANIZER_NOT_FOUND', message: 'must name an active committee' },
            ],
          })
        }
        assertMemberLevelBelowOrganizer(organizer.level, input.memberLevel)
        await checkOrder(tx, input.rotationPolicy, input.roundRobinOrder)
        const repo = clusterRepository(tx)
        if (await repo.findByCode(input.code)) throw conflict('CLUSTER_CODE_TAKEN', `Cluster code ${input.code} is taken`)
        const now = clock()
        const name = toNfc(input.name)
        const row = await repo
          .insert({
            id: uuidv7(),
            code: input.code,
            name,
            searchText: searchTextOf({ name, code: input.code }),
            organizerCommitteeId: input.organizerCommitteeId,
            memberLevel: input.memberLevel,
            rotationPolicy: input.rotationPolicy,
            rotationOrder: input.rotationPolicy === 'round_robin' ? (input.roundRobinOrder ?? null) : null,
            description: input.description ? toNfc(input.description) : null,
            createdAt: now,
            updatedAt: now,
          })
          .catch(asConflict('clusters_code_uq', `Cluster code ${input.code} is taken`))
        await recordAudit(tx, actor, { action: 'cluster.created', entityType: 'cluster', entityId: row.id, after: auditView(row) })
        return row
      })
    },

    async updateCluster(actor: Actor, id: string, expectedVersion: number, patch: ClusterPatch): Promise<ClusterRow> {
      return db.transaction(async (tx) => {
        const repo = clusterRepository(tx)
        const current = await repo.findByIdForUpdate(id)
        if (!current) throw clusterNotFound(id)
        assertAtVersion(current, expectedVersion, 'cluster')
        const policy = patch.rotationPolicy ?? current.rotationPolicy
        const order = patch.roundRobinOrder !== undefined ? patch.roundRobinOrder : current.rotationOrder
        await checkOrder(tx, policy, order)
        if (patch.code && patch.code !== current.code && (await repo.findByCode(patch.code))) {
          throw conflict('CLUSTER_CODE_TAKEN', `Cluster code ${patch.code} is taken`)
        }
        const name = patch.name !== undefined ? toNfc(patch.name) : current.name
        const code = patch.code ?? current.code
        return updateAtVersion(tx, actor, {
          what: 'cluster',
          action: 'cluster.updated',
          entityType: 'cluster',
          before: current,
          write: () =>
            repo.updateAtVersion(id, current.version, {
              code,
              name,
              searchText: searchTextOf({ name, code }),
              rotationPolicy: policy,
              rotationOrder: policy === 'round_robin' ? (order ?? null) : null,
              description: patch.description !== undefined ? (patch.description ? toNfc(patch.description) : null) : current.description,
              updatedAt: clock(),
            }),
        })
      })
    },

    /**
     * Creates or edits a cluster-year while it is being planned. Only a cluster's first year
     * takes an appointed head and deputy; later years get theirs through a handover.
     */
    async putYear(
      actor: Actor,
      clusterId: string,
      year: number,
      input: YearInput,
      expectedVersion: number | null,
    ): Promise<{ row: ClusterYearRow; created: boolean }> {
      return db.transaction(async (tx) => {
        const repo = clusterRepository(tx)
        const cluster = await repo.findByIdForUpdate(clusterId)
        if (!cluster) throw clusterNotFound(clusterId)
        const current = await repo.findYearForUpdate(clusterId, year)
        assertVersion(current, expectedVersion, 'cluster-year')
        if (current) assertEditable(current.status)
        const firstYear = !(await repo.hasEarlierYear(clusterId, year))
        const leadershipChange =
          (input.headId !== undefined && input.headId !== (current?.headId ?? null)) ||
          (input.deputyId !== undefined && input.deputyId !== (current?.deputyId ?? null))
        if (leadershipChange && !firstYear) {
          throw conflict(
            'LEADERSHIP_BY_HANDOVER_ONLY',
            `Only a cluster's first year has an appointed head and deputy; ${year} gets them through the handover from ${year - 1}`,
          )
        }
        const memberIds = input.members ?? (current ? await repo.memberIds(current.id) : [])
        if (input.members !== undefined || !current) await validateMembers(tx, cluster, year, memberIds, current?.id ?? null)
        const headId = input.headId !== undefined ? input.headId : (current?.headId ?? null)
        const deputyId = input.deputyId !== undefined ? input.deputyId : (current?.deputyId ?? null)
        validateLeadership({ headId, deputyId, memberIds })
        const now = clock()
        const chosen = (id: string | null, was: string | null | undefined, by: ClusterYearRow['headChosenBy'] | undefined) =>
          id === null ? null : id === was ? (by ?? 'appointed') : 'appointed'
        const fields = {
          headId,
          deputyId,
          headChosenBy: chosen(headId, current?.headId, current?.headChosenBy),
          deputyChosenBy: chosen(deputyId, current?.deputyId, current?.deputyChosenBy),
          updatedAt: now,
        }
        let row: ClusterYearRow
        const events: AuditInput[] = []
        if (!current) {
          row = await repo.insertYear({ id: uuidv7(), clusterId, year, status: 'planning', createdAt: now, ...fields })
          await repo.replaceMembers(row.id, cluster.organizerCommitteeId, year, memberIds).catch(memberConflict(year))
          events.push({ action: 'cluster_year.created', entityType: 'cluster_year', entityId: row.id, after: await yearSnapshot(tx, row) })
        } else {
          const before = await yearSnapshot(tx, current)
          row = (await repo.updateYearAtVersion(current.id, current.version, fields))!
          if (input.members !== undefined) {
            await repo.replaceMembers(row.id, cluster.organizerCommitteeId, year, memberIds).catch(memberConflict(year))
            const dropped = await repo.deleteTargetsOfNonMembers(row.id, memberIds)
            if (dropped.length > 0) events.push({ action: 'targets.pruned', entityType: 'cluster_year', entityId: row.id, before: dropped, after: null })
            await repo.bumpInputs(row.id)
          }
          events.push({ action: 'cluster_year.updated', entityType: 'cluster_year', entityId: row.id, before, after: await yearSnapshot(tx, row) })
        }
        await recordAudit(tx, actor, events)
        return { row, created: !current }
      })
    },

    /** Moves a cluster-year through its state machine (src/domain/cluster-year.ts), in a transaction of its own. */
    async advance(actor: Actor, clusterId: string, year: number, event: ClusterYearEvent): Promise<ClusterYearRow> {
      return db.transaction(async (tx) => (await advanceClusterYear(tx, actor, await loadClusterYear(tx, clusterId, year, { lock: true }), event, clock())).row)
    },

    /**
     * The formal handover: one transaction sets next year's head and deputy (creating next year
     * with this year's membership when absent), closes fromYear and writes the audit events.
     */
    async recordHandover(actor: Actor, clusterId: string, input: HandoverInput, opts: { overrideAllowed: boolean }): Promise<HandoverRow> {
      return db.transaction(async (tx) => {
        const repo = clusterRepository(tx)
        const cluster = await repo.findByIdForUpdate(clusterId)
        if (!cluster) throw clusterNotFound(clusterId)
        const fromYear = await loadClusterYear(tx, clusterId, input.fromYear, { lock: true })
        const from = fromYear.row
        const toYear = input.fromYear + 1
        let next = await repo.findYearForUpdate(clusterId, toYear)
        const nextMembers = next ? await repo.memberIds(next.id) : [...fromYear.state.members]
        const { headChosenBy } = validateHandover({
          fromYear: input.fromYear,
          outgoingHeadId: from.headId,
          incomingHeadId: input.incomingHeadId,
          incomingDeputyId: input.incomingDeputyId ?? null,
          nextYearMembers: nextMembers,
          fromYearStatus: fromYear.state.status,
          override: input.override ?? null,
          overrideAllowed: opts.overrideAllowed,
          alreadyHandedOver: (await repo.findHandover(clusterId, input.fromYear)) !== undefined,
        })
        const now = clock()
        const events: AuditInput[] = []
        if (!next) {
          await validateMembers(tx, cluster, toYear, nextMembers, null)
          next = await repo.insertYear({ id: uuidv7(), clusterId, year: toYear, status: 'planning', createdAt: now, updatedAt: now })
          await repo.replaceMembers(next.id, cluster.organizerCommitteeId, toYear, nextMembers).catch(memberConflict(toYear))
          events.push({ action: 'cluster_year.created', entityType: 'cluster_year', entityId: next.id, after: await yearSnapshot(tx, next) })
        }
        const beforeNext = await yearSnapshot(tx, next)
        const deputyId = input.incomingDeputyId ?? null
        const led = (await repo.updateYearAtVersion(next.id, next.version, {
          headId: input.incomingHeadId,
          deputyId,
          headChosenBy,
          deputyChosenBy: deputyId ? 'handover' : null,
          leadershipNote: headChosenBy === 'override' ? input.override!.reason : null,
          updatedAt: now,
        }))!
        events.push({
          action: 'cluster_year.leadership_set',
          entityType: 'cluster_year',
          entityId: next.id,
          before: beforeNext,
          after: await yearSnapshot(tx, led),
        })
        const handover = await repo
          .insertHandover({
            id: uuidv7(),
            clusterId,
            fromYear: input.fromYear,
            toYear,
            outgoingHeadId: from.headId,
            incomingHeadId: input.incomingHeadId,
            incomingDeputyId: deputyId,
            headChosenBy,
            overrideReason: headChosenBy === 'override' ? input.override!.reason : null,
            handedOverAt: new Date(input.handedOverAt),
            venue: toNfc(input.venue),
            rotatingFlagHandedOver: input.rotatingFlagHandedOver,
            minutesRef: input.minutesRef ?? null,
            recordedBy: actor.keyId,
            createdAt: now,
          })
          .catch(asConflict('handovers_cluster_from_year_uq', `The handover from ${input.fromYear} was already recorded`))
        events.push({ action: 'handover.recorded', entityType: 'handover', entityId: handover.id, after: handover })
        await advanceClusterYear(tx, actor, fromYear, 'close', now, events)
        await recordAudit(tx, actor, events)
        return handover
      })
    },

    /**
     * Carries an ended member's place in an open year (its membership, its head or deputy role,
     * and while planning its targets) to one of its successors. The committees are locked before
     * the year, the order a merge takes them in; the year is loaded and locked once.
     */
    async carryMember(
      actor: Actor,
      clusterId: string,
      year: number,
      committeeId: string,
      input: { successorId: string; reason: string },
    ): Promise<ClusterYearRow> {
      return db.transaction(async (tx) => {
        const locked = await lockCommittees(tx, [committeeId, input.successorId])
        const cy = await loadClusterYear(tx, clusterId, year, { lock: true })
        const member = locked.get(committeeId)
        const successor = locked.get(input.successorId)
        const links = (await committeeLinks(tx, [committeeId])).get(committeeId)!
        validateCarry({
          status: cy.state.status,
          members: cy.state.members,
          memberLevel: cy.cluster.memberLevel,
          member: {
            id: committeeId,
            status: member?.status ?? 'active',
            endReason: member?.endReason ?? null,
            endedOn: member?.validTo ?? null,
            successorIds: links.successorIds,
          },
          successor,
          successorId: input.successorId,
        })
        const before = await yearSnapshot(tx, cy.row)
        const row = await carryMemberPlace(tx, cy, committeeId, input.successorId, clock()).catch(memberConflict(year))
        await recordAudit(tx, actor, {
          action: 'cluster_year.member_carried',
          entityType: 'cluster_year',
          entityId: row.id,
          before,
          after: { ...(await yearSnapshot(tx, row)), carried: { from: committeeId, to: input.successorId, reason: toNfc(input.reason) } },
        })
        return row
      })
    },

    async succession(clusterId: string, year: number): Promise<Succession> {
      const repo = clusterRepository(db)
      const cluster = await repo.findById(clusterId)
      if (!cluster) throw clusterNotFound(clusterId)
      const years = await repo.years(clusterId)
      const current = years.find((y) => y.year === year)
      if (!current) throw clusterYearNotFound(clusterId, year)
      const next = years.find((y) => y.year === year + 1)
      const members = await membersOf(db, (next ?? current).id)
      return suggestSuccession({
        policy: cluster.rotationPolicy,
        year,
        members: members.map((m) => ({ id: m.committeeId, code: m.code ?? m.name })),
        history: years.map((y) => ({ year: y.year, headId: y.headId, deputyId: y.deputyId })),
        roundRobinOrder: cluster.rotationOrder,
      })
    },
  }
  return service
}
