import type { Db, DbOrTx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { assertChildLevel, validateMerge, type CommitteeKind, type CommitteeLevel } from '../../domain/committees.ts'
import { conflict, invalid, notFound } from '../../domain/errors.ts'
import { foldForSearch, toNfc } from '../../domain/text.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { assertAtVersion, auditView, recordAudit, updateAtVersion, type Actor } from '../audit-events/service.ts'
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

  return {
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
     * validTo, successorId) and its active children move under the successor.
     */
    async merge(actor: Actor, id: string, input: { successorId: string; effectiveDate: string }): Promise<CommitteeRow> {
      return db.transaction(async (tx) => {
        const repo = committeeRepository(tx)
        const committee = await repo.findByIdForUpdate(id)
        if (!committee) throw committeeNotFound(id)
        const successor = await repo.findByIdForUpdate(input.successorId)
        if (!successor) {
          throw invalid('SUCCESSOR_NOT_FOUND', `No committee ${input.successorId}`, {
            errors: [{ pointer: '/successorId', code: 'SUCCESSOR_NOT_FOUND', message: 'does not name a committee' }],
          })
        }
        const subject = (r: CommitteeRow) => ({ id: r.id, level: r.level, status: r.status, validFrom: r.validFrom })
        validateMerge({
          committee: subject(committee),
          successor: subject(successor),
          successorChain: await repo.successorChain(successor.id),
          effectiveDate: input.effectiveDate,
        })
        const now = clock()
        const merged = await repo.updateAtVersion(id, committee.version, {
          status: 'merged',
          validTo: input.effectiveDate,
          successorId: successor.id,
          updatedAt: now,
        })
        const events = [{ action: 'committee.merged', entityType: 'committee', entityId: id, before: auditView(committee), after: auditView(merged) }]
        for (const child of await repo.activeChildren(id)) {
          const moved = await repo.updateAtVersion(child.id, child.version, { parentId: successor.id, updatedAt: now })
          events.push({ action: 'committee.reparented', entityType: 'committee', entityId: child.id, before: auditView(child), after: auditView(moved) })
        }
        await recordAudit(tx, actor, events)
        return merged!
      })
    },
  }
}

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
