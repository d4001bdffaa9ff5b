import type { DbOrTx, Tx } from '../../db/client.ts'
import { readsOf } from '../../db/reads.ts'
import { transitionClusterYear, type ClusterYearEvent, type ClusterYearState, type ObjectionWindow, type PeriodWindow } from '../../domain/cluster-year.ts'
import { notFound } from '../../domain/errors.ts'
import { Type } from 'typebox'
import { CLUSTER_YEAR_ROLES, CLUSTER_YEAR_WARNING_CODES, clusterYearWarnings, type ClusterYearWarning } from '../../domain/reform.ts'
import { DateOnly, Nullable, StringEnum, Uuid } from '../../lib/http-schemas.ts'
import type { Target } from '../../domain/planning.ts'
import type { Scheme } from '../../domain/scheme.ts'
import type { Period } from '../../domain/workflows.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/service.ts'
import { clusterYearRepository, endedMembers, memberViews, type ClusterRow, type ClusterYearRow, type PeriodRow } from './repository.ts'

export type { ClusterRow, ClusterYearRow, MemberView, PeriodRow } from './repository.ts'

export const clusterNotFound = (id: string) => notFound('CLUSTER_NOT_FOUND', `No cluster ${id}`)
export const clusterYearNotFound = (id: string, year: number) => notFound('CLUSTER_YEAR_NOT_FOUND', `Cluster ${id} has no year ${year}`)

/**
 * The cluster-year aggregate as one transaction sees it: the domain's state, which every rule
 * about the year takes (src/domain/cluster-year.ts and the rules beside it), and the rows it was
 * read from, for the views and the writes.
 */
export interface ClusterYear {
  state: ClusterYearState
  row: ClusterYearRow
  cluster: ClusterRow
  /** The scheme's version (its ETag), null without a scheme. */
  schemeVersion: number | null
  periodRows: PeriodRow[]
  /** The targets (chỉ tiêu), canonical, when loaded with `targets: true`; else null. */
  targets: Target[] | null
}

export interface LoadOptions {
  /**
   * Lock the year's row until commit (FOR UPDATE): every change that decides on the year's state
   * takes it, so the state it decided on is the state it commits on, and changes of one year
   * queue. Submissions read it without the lock: they lock their own row first and the year's
   * only when they mark the ranking's inputs changed, and other writers take the locks in that
   * order too (see submissions/import.ts).
   */
  lock: boolean
  /** Also read the targets (one row per member and target criterion): planning and the ranking need them. */
  targets?: boolean
}

function windowOf(p: PeriodRow): PeriodWindow {
  return { opensAt: p.opensAt, closesAt: p.closesAt, closedAt: p.closedAt }
}

async function assemble(db: DbOrTx, found: { row: ClusterYearRow; cluster: ClusterRow | null }, opts: LoadOptions): Promise<ClusterYear> {
  const repo = clusterYearRepository(db)
  // Independent reads: at once outside a transaction (a cold ranking read waits on them).
  const [parts, targets] = await readsOf(db, [
    () => readClusterYearParts(db, found.row, found.cluster),
    async () => (opts.targets ? repo.targets(found.row.id) : null),
  ] as const)
  return clusterYearOf(found.row, parts, targets)
}

/** What the aggregate holds besides the year's row and its targets. */
export interface ClusterYearParts {
  cluster: ClusterRow
  members: string[]
  scheme: { scheme: Scheme; version: number } | undefined
  periodRows: PeriodRow[]
}

/** The parts of a year whose row was read (see loadClusterYearFrom), at once outside a transaction; its cluster's row when not given. */
export async function readClusterYearParts(db: DbOrTx, row: ClusterYearRow, cluster: ClusterRow | null = null): Promise<ClusterYearParts> {
  const repo = clusterYearRepository(db)
  const [members, scheme, periodRows, clusterRow] = await readsOf(db, [
    () => repo.memberIds(row.id),
    () => repo.scheme(row.id),
    () => repo.periods(row.id),
    async () => cluster ?? (await repo.cluster(row.clusterId)),
  ] as const)
  return { cluster: clusterRow, members, scheme, periodRows }
}

/** The aggregate from its year's row and parts, as loadClusterYear assembles it. */
export function clusterYearOf(row: ClusterYearRow, parts: ClusterYearParts, targets: Target[] | null): ClusterYear {
  const { cluster, members, scheme, periodRows } = parts
  const windows: Partial<Record<Period, PeriodWindow>> = {}
  for (const p of periodRows) windows[p.period] = windowOf(p)
  return {
    state: {
      id: row.id,
      clusterId: row.clusterId,
      year: row.year,
      status: row.status,
      organizerCommitteeId: cluster.organizerCommitteeId,
      headId: row.headId,
      deputyId: row.deputyId,
      members,
      scheme: scheme?.scheme ?? null,
      periods: windows,
      objectionWindow: row.objectionsOpenAt && row.objectionsCloseAt ? { opensAt: row.objectionsOpenAt, closesAt: row.objectionsCloseAt } : null,
    },
    row,
    cluster,
    schemeVersion: scheme?.version ?? null,
    periodRows,
    targets,
  }
}

/**
 * The year's row, or the 404 that says which part is missing: one prepared query when it exists
 * (the ranking's read on a cache hit needs no more); the cluster is looked up only to name a miss.
 */
export async function requireClusterYear(db: DbOrTx, clusterId: string, year: number): Promise<ClusterYearRow> {
  const repo = clusterYearRepository(db)
  const row = await repo.row(clusterId, year)
  if (row) return row
  if (!(await repo.clusterExists(clusterId))) throw clusterNotFound(clusterId)
  throw clusterYearNotFound(clusterId, year)
}

/**
 * Loads the cluster-year of `clusterId` and `year`, once per transaction: callers pass what it
 * returns down rather than read the year again. 404 CLUSTER_NOT_FOUND or CLUSTER_YEAR_NOT_FOUND
 * says which part is missing.
 */
export async function loadClusterYear(db: DbOrTx, clusterId: string, year: number, opts: LoadOptions): Promise<ClusterYear> {
  const repo = clusterYearRepository(db)
  const found = await repo.find({ clusterId, year }, opts.lock)
  if (!found) {
    if (!(await repo.clusterExists(clusterId))) throw clusterNotFound(clusterId)
    throw clusterYearNotFound(clusterId, year)
  }
  return assemble(db, found, opts)
}

/**
 * The aggregate of a year whose row was just read (requireClusterYear), without reading it again:
 * its cluster and parts at once. Unlocked: the row may be older than the parts, never newer.
 */
export async function loadClusterYearFrom(db: DbOrTx, row: ClusterYearRow, opts: Omit<LoadOptions, 'lock'>): Promise<ClusterYear> {
  return assemble(db, { row, cluster: null }, { ...opts, lock: false })
}

/** The year's row and its cluster's, in one query, without the rest of the aggregate (scope checks need no more). */
export async function findClusterYearById(db: DbOrTx, id: string): Promise<{ row: ClusterYearRow; cluster: ClusterRow } | undefined> {
  return clusterYearRepository(db).find({ id }, false)
}

/** The same, by the year's id (a submission or a proposal names its year so). */
export async function loadClusterYearById(db: DbOrTx, id: string, opts: LoadOptions): Promise<ClusterYear> {
  const found = await clusterYearRepository(db).find({ id }, opts.lock)
  if (!found) throw notFound('CLUSTER_YEAR_NOT_FOUND', `No cluster-year ${id}`)
  return assemble(db, found, opts)
}

/**
 * Moves a locked cluster-year through its state machine (src/domain/cluster-year.ts), with its
 * audit event, and returns the aggregate as it now is. With `pending`, the event is added there
 * for the caller to record with its own, in one append to the log.
 */
export async function advanceClusterYear(
  tx: Tx,
  actor: Actor,
  cy: ClusterYear,
  event: ClusterYearEvent,
  now: Date,
  pending?: AuditInput[],
): Promise<ClusterYear> {
  const status = transitionClusterYear(cy.state.status, event)
  const row = await clusterYearRepository(tx).setStatus(cy.row, status, now)
  // The row is locked by this transaction: nothing else can have moved its version.
  if (!row) throw new Error(`cluster-year ${cy.row.id} changed under its lock`)
  const audit: AuditInput = {
    action: `cluster_year.${event}`,
    entityType: 'cluster_year',
    entityId: row.id,
    before: { status: cy.state.status },
    after: { status },
  }
  if (pending) pending.push(audit)
  else await recordAudit(tx, actor, audit)
  return { ...cy, row, state: { ...cy.state, status } }
}

/** Sets a locked year's objection window (the rule is src/domain/objections.ts) and returns the aggregate as it now is. */
export async function saveObjectionWindow(tx: Tx, cy: ClusterYear, window: ObjectionWindow, now: Date): Promise<ClusterYear> {
  const row = await clusterYearRepository(tx).setObjectionWindow(cy.row, window, now)
  if (!row) throw new Error(`cluster-year ${cy.row.id} changed under its lock`)
  return { ...cy, row, state: { ...cy.state, objectionWindow: window } }
}

/** Marks the ranking's inputs of a year changed: the live ranking is recomputed on its next read. */
export async function markRankingInputsChanged(tx: Tx, clusterYearId: string): Promise<void> {
  await clusterYearRepository(tx).bumpInputs(clusterYearId)
}

/**
 * A member committee's name, short name or code changed: the live rankings of the years it is a
 * member of show them, so their inputs changed (a final year's frozen ranking keeps what it showed).
 */
export async function markRankingNamesChanged(tx: Tx, committeeId: string): Promise<void> {
  await clusterYearRepository(tx).bumpInputsOfMember(committeeId)
}

/** A year's member committee ids, sorted (a scope check needs no more). */
export const memberIdsOf = (db: DbOrTx, clusterYearId: string) => clusterYearRepository(db).memberIds(clusterYearId)

/** A year's members with their codes and names, in code order. */
export const membersOf = (db: DbOrTx, clusterYearId: string) => memberViews(db, clusterYearId)

/** Locks several years at once, in id order (a bulk import touches many; the order keeps two writers from deadlocking). */
export async function lockClusterYears(tx: Tx, ids: readonly string[]): Promise<void> {
  await clusterYearRepository(tx).lockMany(ids)
}

/**
 * The reform's warnings on a year (src/domain/reform.ts): members merged or dissolved while the
 * year is open, with the roles they hold and their successors. A closed year reads nothing.
 */
export async function warningsOf(
  db: DbOrTx,
  year: { id: string; status: ClusterYearRow['status']; headId: string | null; deputyId: string | null },
): Promise<ClusterYearWarning[]> {
  if (year.status === 'closed') return []
  const committees = await endedMembers(db, year.id)
  if (committees.size === 0) return []
  return clusterYearWarnings({ status: year.status, members: [...committees.keys()], headId: year.headId, deputyId: year.deputyId, committees })
}

/**
 * Committees ended (merged or dissolved): every open year holding one of them is locked and
 * given a new version, since its view now warns of it (and its cached ranking, whose ETag names
 * the version, is recomputed). Returns the years' audit events for the caller to record with its own.
 */
export async function noteMembersEnded(
  tx: Tx,
  ended: { committeeId: string; endReason: string; successorIds: readonly string[] }[],
  now: Date,
): Promise<AuditInput[]> {
  const repo = clusterYearRepository(tx)
  const ids = await repo.lockOpenYearsHolding(ended.map((e) => e.committeeId))
  const bumped = await repo.bumpVersions(ids, now)
  const events: AuditInput[] = []
  for (const y of bumped.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const members = new Set(await repo.memberIds(y.id))
    events.push({
      action: 'cluster_year.member_ended',
      entityType: 'cluster_year',
      entityId: y.id,
      before: { version: y.version - 1 },
      after: { version: y.version, ended: ended.filter((e) => members.has(e.committeeId)) },
    })
  }
  return events
}

/** Carries a member's place in a locked year to its successor; returns the year's row as it now is. */
export async function carryMemberPlace(tx: Tx, cy: ClusterYear, fromId: string, toId: string, now: Date): Promise<ClusterYearRow> {
  const row = await clusterYearRepository(tx).carryMember(cy.row, fromId, toId, cy.state.status === 'planning', now)
  // The row is locked by this transaction: nothing else can have moved its version.
  if (!row) throw new Error(`cluster-year ${cy.row.id} changed under its lock`)
  return row
}

/** A warning as the cluster-year and its ranking show it (src/domain/reform.ts). */
export const ClusterYearWarningSchema = Type.Object(
  {
    code: StringEnum(CLUSTER_YEAR_WARNING_CODES, 'MEMBER_MERGED (merged into a successor) or MEMBER_DISSOLVED (its level abolished)'),
    committeeId: Uuid,
    roles: Type.Array(StringEnum(CLUSTER_YEAR_ROLES), { description: "'member', and 'head' or 'deputy' when it holds that role too" }),
    effectiveDate: Nullable(DateOnly),
    successorIds: Type.Array(Uuid, { description: 'Where its area went: carry its place to one of these (…/members/{committeeId}/carry)' }),
  },
  { additionalProperties: false },
)
export const ClusterYearWarnings = Type.Array(ClusterYearWarningSchema, {
  description: 'While the year is not closed: members that were merged or dissolved (the 2025 reform), with the roles they hold',
})
