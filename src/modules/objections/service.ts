import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { notFound } from '../../domain/errors.ts'
import { checkAnswer, checkObjection, openObjectionWindow, type ObjectionOutcome } from '../../domain/objections.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/service.ts'
import { loadClusterYear, markRankingInputsChanged, saveObjectionWindow, type ClusterYear } from '../cluster-years/service.ts'
import { objectionRepository, type ObjectionRow } from './repository.ts'

export type { ObjectionRow } from './repository.ts'

export const objectionNotFound = (id: string) => notFound('OBJECTION_NOT_FOUND', `No objection ${id} in this cluster-year`)

export interface ObjectionInput {
  committeeId: string
  subjectCommitteeId: string
  criterionCode?: string | null | undefined
  reason: string
}

export interface AnswerInput {
  outcome: ObjectionOutcome
  reason: string
  correction?: string | null | undefined
}

/**
 * How many objections still wait for an answer, for finalisation's blockers: none can exist
 * before the window has been opened, so a year without one costs no query.
 */
export async function unansweredObjections(db: DbOrTx, cy: ClusterYear): Promise<number> {
  return cy.state.objectionWindow ? objectionRepository(db).unanswered(cy.state.id) : 0
}

/**
 * Objections (khiếu nại, giải trình) on the provisional ranking: the window, the filing, the
 * answer. Each change locks the year (its rules read the year's state) and marks the ranking's
 * inputs changed, since finalisation's blockers, which the ranking shows, follow them.
 */
export function objectionService(db: Db, clock: Clock) {
  const lockYear = (tx: Tx, clusterId: string, year: number) => loadClusterYear(tx, clusterId, year, { lock: true })

  return {
    async openWindow(actor: Actor, clusterId: string, year: number, input: { days: number; opensAt?: string | undefined }): Promise<ClusterYear> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const now = clock()
        const window = openObjectionWindow(cy.state, { days: input.days, ...(input.opensAt ? { opensAt: new Date(input.opensAt) } : {}) }, now)
        const updated = await saveObjectionWindow(tx, cy, window, now)
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, {
          action: 'cluster_year.objection_window_opened',
          entityType: 'cluster_year',
          entityId: cy.state.id,
          before: { objectionWindow: null },
          after: { objectionWindow: { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString(), days: input.days } },
        })
        return updated
      })
    },

    async file(actor: Actor, clusterId: string, year: number, input: ObjectionInput): Promise<ObjectionRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const now = clock()
        const criterionCode = input.criterionCode ?? null
        checkObjection(cy.state, { committeeId: input.committeeId, subjectCommitteeId: input.subjectCommitteeId, criterionCode, reason: input.reason }, now)
        const row = await objectionRepository(tx).insert({
          id: uuidv7(),
          clusterYearId: cy.state.id,
          committeeId: input.committeeId,
          subjectCommitteeId: input.subjectCommitteeId,
          criterionCode,
          reason: input.reason,
          status: 'open',
          filedAt: now,
          filedBy: actor.keyId,
        })
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'objection.filed', entityType: 'objection', entityId: row.id, after: row })
        return row
      })
    },

    async answer(actor: Actor, clusterId: string, year: number, id: string, input: AnswerInput): Promise<ObjectionRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const repo = objectionRepository(tx)
        const current = await repo.find(cy.state.id, id, true)
        if (!current) throw objectionNotFound(id)
        const correction = input.correction ?? null
        checkAnswer(cy.state, current, { outcome: input.outcome, reason: input.reason, correction })
        const row = await repo.answer(id, { status: input.outcome, answer: input.reason, correction, answeredAt: clock(), answeredBy: actor.keyId })
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: `objection.${input.outcome}`, entityType: 'objection', entityId: row.id, before: current, after: row })
        return row
      })
    },
  }
}
