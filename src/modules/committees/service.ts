import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import {
  assertChildLevel,
  validateDissolve,
  validateMerge,
  validateMerges,
  type CommitteeKind,
  type CommitteeLevel,
  type EndDecision,
  type MergeSubject,
} from '../../domain/committees.ts'
import { conflict, invalid, notFound } from '../../domain/errors.ts'
import { foldForSearch, toNfc } from '../../domain/text.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { assertAtVersion, auditView, recordAudit, updateAtVersion, type Actor, type AuditInput } from '../audit-events/service.ts'
import { markRankingNamesChanged, noteMembersEnded } from '../cluster-years/service.ts'
import { committeeRepository, descendantsOrSelf, type CommitteeRow } from './repository.ts'

export interface CommitteeInput {
  code?: string | null | undefined
  name: string
  shortName?: string | null | undefined
  level: CommitteeLevel
  kind: CommitteeKind
  parentId?: string | null | undefined
  validFrom?: string | null | undefined
}

export type CommitteePatch = Partial<CommitteeInput>

const searchTextOf = (c: { name: string; shortName?: string | null; code?: string | null }) =>
  [c.name, c.shortName, c.code]
    .filter(Boolean)
    .map((s) => foldForSearch(s!))
    .join(' | ')

export const committeeNotFound = (id: string) => notFound('COMMITTEE_NOT_FOUND', `No committee ${id}`)

/** Committee writes: each change and its audit event commit in one transaction. */
export function committeeService(db: Db, clock: Clock) {
  async function checkParent(repo: ReturnType<typeof committeeRepository>, parentId: string | null | undefined, level: CommitteeLevel) {
    if (!parentId) return
    const parent = await repo.findById(parentId)
    if (!parent) {
      throw invalid('PARENT_NOT_FOUND', `No committee ${parentId}`, {
        errors: [{ pointer: '/parentId', code: 'PARENT_NOT_FOUND', message: 'does not name a committee' }],
      })
    }
    if (parent.status !== 'active') {
      throw invalid('PARENT_NOT_ACTIVE', 'The parent committee has been merged or dissolved', {
        errors: [{ pointer: '/parentId', code: 'PARENT_NOT_ACTIVE', message: `is ${parent.status}` }],
      })
    }
    assertChildLevel(parent.level, level)
  }

  async function checkCodeFree(repo: ReturnType<typeof committeeRepository>, code: string | null | undefined, selfId?: string) {
    if (!code) return
    const holder = await repo.findActiveByCode(code)
    if (holder && holder.id !== selfId) {
      throw conflict('COMMITTEE_CODE_TAKEN', `Code ${code} is already used by the active committee ${holder.name}`, { holderId: holder.id })
    }
  }

  const service = {
    async create(actor: Actor, input: CommitteeInput): Promise<CommitteeRow> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        await checkParent(repo, input.parentId, input.level)
        const code = input.code ? input.code.trim() : null
        await checkCodeFree(repo, code)
        const now = clock()
        const name = toNfc(input.name)
        const shortName = input.shortName ? toNfc(input.shortName) : null
        const row = await repo
          .insert({
            id: uuidv7(),
            code,
            name,
            shortName,
            searchText: searchTextOf({ name, shortName, code }),
            level: input.level,
            kind: input.kind,
            parentId: input.parentId ?? null,
            status: 'active',
            validFrom: input.validFrom ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .catch(uniqueCodeConflict(code))
        await recordAudit(tx, actor, { action: 'committee.created', entityType: 'committee', entityId: row.id, after: auditView(row) })
        return row
      })
    },

    async update(actor: Actor, id: string, expectedVersion: number, patch: CommitteePatch): Promise<CommitteeRow> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        const current = await repo.findByIdForUpdate(id)
        if (!current) throw committeeNotFound(id)
        assertAtVersion(current, expectedVersion, 'committee')
        if (current.status !== 'active') {
          throw conflict('COMMITTEE_NOT_ACTIVE', `The committee is ${current.status}; its history is read-only`)
        }
        const level = patch.level ?? current.level
        const parentId = patch.parentId !== undefined ? patch.parentId : current.parentId
        if (patch.parentId !== undefined || patch.level !== undefined) {
          if (parentId && (await repo.ancestorsOrSelf(parentId)).includes(id)) {
            throw invalid('PARENT_CYCLE', 'The new parent is this committee or one below it', {
              errors: [{ pointer: '/parentId', code: 'PARENT_CYCLE', message: 'would make the hierarchy a cycle' }],
            })
          }
          await checkParent(repo, parentId, level)
          for (const child of await repo.activeChildren(id)) assertChildLevel(level, child.level, '/level')
        }
        const code = patch.code !== undefined ? (patch.code ? patch.code.trim() : null) : current.code
        if (patch.code !== undefined) await checkCodeFree(repo, code, id)
        const name = patch.name !== undefined ? toNfc(patch.name) : current.name
        const shortName = patch.shortName !== undefined ? (patch.shortName ? toNfc(patch.shortName) : null) : current.shortName
        // The live rankings of its years show its name (short name, else name) and code.
        if (code !== current.code || name !== current.name || shortName !== current.shortName) await markRankingNamesChanged(tx, id)
        return updateAtVersion(tx, actor, {
          what: 'committee',
          action: 'committee.updated',
          entityType: 'committee',
          before: current,
          write: () =>
            repo
              .updateAtVersion(id, current.version, {
                code,
                name,
                shortName,
                searchText: searchTextOf({ name, shortName, code }),
                level,
                kind: patch.kind ?? current.kind,
                parentId,
                validFrom: patch.validFrom !== undefined ? patch.validFrom : current.validFrom,
                updatedAt: clock(),
              })
              .catch(uniqueCodeConflict(code)),
        })
      })
    },

    /**
     * Merges a committee into its successor: the merged one keeps its history (status merged,
     * validTo, successorId, the decision) and its active children move under the successor.
     */
    async merge(
      actor: Actor,
      id: string,
      input: { successorId: string; effectiveDate: string; decision?: EndDecisionInput | null | undefined },
    ): Promise<CommitteeRow> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        const locked = await repo.lockByIds([id, input.successorId])
        const committee = locked.get(id)
        if (!committee) throw committeeNotFound(id)
        const successor = locked.get(input.successorId)
        if (!successor) {
          throw invalid('SUCCESSOR_NOT_FOUND', `No committee ${input.successorId}`, {
            errors: [{ pointer: '/successorId', code: 'SUCCESSOR_NOT_FOUND', message: 'does not name a committee' }],
          })
        }
        validateMerge({
          committee: subject(committee),
          successor: subject(successor),
          successorChain: await repo.successorChain(successor.id),
          effectiveDate: input.effectiveDate,
        })
        const [merged] = await endInto(tx, actor, [committee], successor, input)
        return merged!
      })
    },

    /**
     * Several committees merged into one successor in one step: all of them or none. Each is
     * checked as a single merge is and every problem is answered at once, with its pointer.
     */
    async mergeMany(
      actor: Actor,
      input: { predecessorIds: string[]; successorId: string; effectiveDate: string; decision?: EndDecisionInput | null | undefined },
    ): Promise<{ successor: CommitteeRow; predecessors: CommitteeRow[] }> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        const locked = await repo.lockByIds([...input.predecessorIds, input.successorId])
        const successor = locked.get(input.successorId)
        validateMerges({
          predecessorIds: input.predecessorIds,
          found: new Map([...locked].filter(([k]) => k !== input.successorId).map(([k, r]) => [k, subject(r)])),
          successor: successor && subject(successor),
          successorId: input.successorId,
          successorChain: successor ? await repo.successorChain(successor.id) : [],
          effectiveDate: input.effectiveDate,
        })
        const predecessors = await endInto(
          tx,
          actor,
          input.predecessorIds.map((p) => locked.get(p)!),
          successor!,
          input,
        )
        return { successor: (await repo.findById(successor!.id))!, predecessors }
      })
    },

    /**
     * Dissolves a committee (its level abolished, as the districts were on 1 July 2025): it keeps
     * its history (status dissolved, validTo, the decision, the committees its area went to) and
     * its active children move to its parent. Its successors, if named, list it as a predecessor.
     */
    async dissolve(
      actor: Actor,
      id: string,
      input: { effectiveDate: string; decision: EndDecisionInput; successorIds?: string[] | undefined },
    ): Promise<CommitteeRow> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        const successorIds = input.successorIds ?? []
        const locked = await repo.lockByIds([id, ...successorIds])
        const committee = locked.get(id)
        if (!committee) throw committeeNotFound(id)
        const children = committee.parentId ? [] : await repo.activeChildren(id)
        validateDissolve({
          committee: { ...subject(committee), parentId: committee.parentId },
          successorIds,
          found: new Map([...locked].filter(([k]) => k !== id).map(([k, r]) => [k, subject(r)])),
          activeChildren: children.length,
          effectiveDate: input.effectiveDate,
        })
        const now = clock()
        const decision = decisionOf(input.decision)
        const dissolved = (await repo.updateAtVersion(id, committee.version, {
          status: 'dissolved',
          endReason: 'dissolved',
          endDecision: decision,
          validTo: input.effectiveDate,
          updatedAt: now,
        }))!
        await repo.insertSuccessors(id, [...new Set(successorIds)])
        const events: AuditInput[] = [
          {
            action: 'committee.dissolved',
            entityType: 'committee',
            entityId: id,
            before: auditView(committee),
            after: { ...auditView(dissolved), successorIds: [...new Set(successorIds)] },
          },
        ]
        events.push(...(await moveChildren(tx, id, committee.parentId!, now)))
        events.push(
          ...(await addPredecessors(
            tx,
            [...new Set(successorIds)].map((s) => locked.get(s)!),
            [id],
            now,
          )),
        )
        events.push(...(await noteMembersEnded(tx, [{ committeeId: id, endReason: 'dissolved', successorIds: [...new Set(successorIds)] }], now)))
        await recordAudit(tx, actor, events)
        return dissolved
      })
    },
  }

  /** Ends each committee as merged into `successor`, moves its children, and records it all (one event per committee changed). */
  async function endInto(
    tx: Tx,
    actor: Actor,
    ended: CommitteeRow[],
    successor: CommitteeRow,
    input: { effectiveDate: string; decision?: EndDecisionInput | null | undefined },
  ): Promise<CommitteeRow[]> {
    const repo = committeeRepository(tx)
    const now = clock()
    const decision = input.decision ? decisionOf(input.decision) : null
    const events: AuditInput[] = []
    const merged: CommitteeRow[] = []
    for (const committee of ended) {
      const row = (await repo.updateAtVersion(committee.id, committee.version, {
        status: 'merged',
        endReason: 'merged',
        endDecision: decision,
        validTo: input.effectiveDate,
        successorId: successor.id,
        updatedAt: now,
      }))!
      await repo.insertSuccessors(committee.id, [successor.id])
      merged.push(row)
      events.push({ action: 'committee.merged', entityType: 'committee', entityId: committee.id, before: auditView(committee), after: auditView(row) })
      events.push(...(await moveChildren(tx, committee.id, successor.id, now)))
    }
    events.push(
      ...(await addPredecessors(
        tx,
        [successor],
        ended.map((c) => c.id),
        now,
      )),
    )
    events.push(
      ...(await noteMembersEnded(
        tx,
        ended.map((c) => ({ committeeId: c.id, endReason: 'merged', successorIds: [successor.id] })),
        now,
      )),
    )
    await recordAudit(tx, actor, events)
    return merged
  }

  /** The active children of an ended committee move under `to` (its successor, or its parent when dissolved). */
  async function moveChildren(tx: Tx, from: string, to: string, now: Date): Promise<AuditInput[]> {
    const repo = committeeRepository(tx)
    const events: AuditInput[] = []
    for (const child of await repo.activeChildren(from)) {
      const moved = await repo.updateAtVersion(child.id, child.version, { parentId: to, updatedAt: now })
      events.push({ action: 'committee.reparented', entityType: 'committee', entityId: child.id, before: auditView(child), after: auditView(moved) })
    }
    return events
  }

  /** A successor's view gains predecessors: a new version (its ETag changes), and an event saying which. */
  async function addPredecessors(tx: Tx, successors: CommitteeRow[], added: string[], now: Date): Promise<AuditInput[]> {
    const repo = committeeRepository(tx)
    const events: AuditInput[] = []
    for (const s of successors) {
      const current = (await repo.findById(s.id))!
      const row = (await repo.updateAtVersion(s.id, current.version, { updatedAt: now }))!
      const { predecessors } = (await repo.linksOf([s.id])).get(s.id)!
      events.push({
        action: 'committee.predecessors_added',
        entityType: 'committee',
        entityId: s.id,
        before: { version: current.version, predecessors: predecessors.filter((p) => !added.includes(p)) },
        after: { version: row.version, predecessors, added: [...added].sort() },
      })
    }
    return events
  }

  return service
}

export interface EndDecisionInput {
  number: string
  date: string
  issuer?: string | null | undefined
}

const decisionOf = (d: EndDecisionInput): EndDecision => ({ number: toNfc(d.number.trim()), date: d.date, issuer: d.issuer ? toNfc(d.issuer.trim()) : null })

const subject = (r: CommitteeRow): MergeSubject => ({ id: r.id, level: r.level, status: r.status, validFrom: r.validFrom })

/** The partial unique index is the last word when two writers race for one code. */
const uniqueCodeConflict = (code: string | null) => asConflict('committees_active_code_uq', `Code ${code} is already used by an active committee`)

/* What other modules read of committees (they use this module through its service only). */

export const findCommittee = (db: DbOrTx, id: string): Promise<CommitteeRow | undefined> => committeeRepository(db).findById(id)

/** The committee, locked until commit (changes to its officers queue on it). */
export const lockCommittee = (tx: DbOrTx, id: string): Promise<CommitteeRow | undefined> => committeeRepository(tx).findByIdForUpdate(id)

/** The ids of the active committees with these codes, by code. */
export async function activeCommitteeIdsByCode(db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> {
  return committeeRepository(db).activeIdsByCode(codes)
}

/** A committee and every committee below it: what a key scoped to it may act for. */
export const committeeScope = (db: DbOrTx, id: string): Promise<Set<string>> => descendantsOrSelf(db, id)

/** A committee's successors (in the order named) and predecessors (in id order). */
export interface CommitteeLinks {
  successorIds: string[]
  predecessors: string[]
}

/** The successors and predecessors of these committees, by id, in two queries. */
export const committeeLinks = (db: DbOrTx, ids: readonly string[]): Promise<Map<string, CommitteeLinks>> => committeeRepository(db).linksOf(ids)

/** These committees, locked until commit in id order (the order a merge or dissolution takes them in). */
export const lockCommittees = (tx: DbOrTx, ids: readonly string[]): Promise<Map<string, CommitteeRow>> => committeeRepository(tx).lockByIds(ids)
