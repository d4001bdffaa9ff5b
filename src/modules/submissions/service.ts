import type { Db, Tx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { assertReviewOpen, inputWindow, isMember } from '../../domain/cluster-year.ts'
import { conflict, DomainError, invalid, notFound, type FieldError } from '../../domain/errors.ts'
import { schemeIndicatorCodes } from '../../domain/scheme.ts'
import { checkCorrections, checkValues, submissionEditability, type CorrectionInput, type ValueInput } from '../../domain/submission-values.ts'
import { assertSubmissionEditable, transitionSubmission, type Period } from '../../domain/workflows.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/service.ts'
import { loadClusterYear, loadClusterYearById, markRankingInputsChanged, type ClusterYear } from '../cluster-years/service.ts'
import { indicatorRules } from '../indicators/service.ts'
import { submissionRepository, type SubmissionRow } from './repository.ts'

export type { ValueInput } from '../../domain/submission-values.ts'
export type Correction = CorrectionInput

export interface NewSubmission {
  clusterId: string
  year: number
  period: Period
  committeeId: string
  values: ValueInput[]
}

export const submissionNotFound = (id: string) => notFound('SUBMISSION_NOT_FOUND', `No submission ${id}`)

const orNullIfMissing = (err: unknown): null => {
  if (err instanceof DomainError && err.kind === 'not_found') return null
  throw err
}

function invalidValues(errors: FieldError[]): never {
  throw invalid(errors[0]!.code, `The values are invalid: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
}

/** The indicators a year's scheme scores, or null without a scheme (then any catalogued one is taken). */
export const schemeIndicatorsOf = (cy: ClusterYear): Set<string> | null => (cy.state.scheme ? new Set(schemeIndicatorCodes(cy.state.scheme)) : null)

/**
 * Submissions and their review; each change with its audit event, in one transaction. The
 * cluster-year is read without its lock (see LoadOptions.lock): a submission locks its own row,
 * and the year's only when it marks the ranking's inputs changed.
 */
export function submissionService(db: Db, clock: Clock) {
  const yearOf = (tx: Tx, row: SubmissionRow) => loadClusterYearById(tx, row.clusterYearId, { lock: false })

  async function lock(tx: Tx, id: string, expectedVersion?: number): Promise<SubmissionRow> {
    const row = await submissionRepository(tx).findForUpdate(id)
    if (!row) throw submissionNotFound(id)
    if (expectedVersion !== undefined && row.version !== expectedVersion) {
      throw new DomainError('precondition_failed', 'ETAG_MISMATCH', 'The submission changed since you read it')
    }
    return row
  }

  async function snapshot(tx: Tx, row: SubmissionRow) {
    return { ...row, values: await submissionRepository(tx).values(row.id) }
  }

  async function checked(tx: Tx, cy: ClusterYear, input: ValueInput[]) {
    const rules = await indicatorRules(
      tx,
      input.map((v) => v.indicatorCode),
    )
    const { values, errors } = checkValues(input, rules, schemeIndicatorsOf(cy))
    if (errors.length > 0) invalidValues(errors)
    return values
  }

  return {
    /**
     * Whether a submission may be edited now, and if not why (see submissionEditability). `years`
     * keeps the cluster-years read, for a page of submissions.
     */
    async editability(row: SubmissionRow, years = new Map<string, ClusterYear | null>()) {
      if (!years.has(row.clusterYearId)) {
        years.set(row.clusterYearId, await loadClusterYearById(db, row.clusterYearId, { lock: false }).catch(orNullIfMissing))
      }
      const cy = years.get(row.clusterYearId) ?? null
      return submissionEditability({ status: row.status, period: row.period }, cy?.state ?? null, clock())
    },

    async create(actor: Actor, input: NewSubmission): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const cy = await loadClusterYear(tx, input.clusterId, input.year, { lock: false })
        if (!isMember(cy.state, input.committeeId)) {
          throw invalid('NOT_A_MEMBER', `Committee ${input.committeeId} is not a member of this cluster-year`, {
            errors: [{ pointer: '/committeeId', code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' }],
          })
        }
        const existing = await submissionRepository(tx).findByKey(cy.state.id, input.period, input.committeeId)
        if (existing) {
          throw conflict('SUBMISSION_EXISTS', `This committee already has a ${input.period} submission for ${input.year}; edit it instead`, {
            submissionId: existing.id,
          })
        }
        const now = clock()
        inputWindow(cy.state, input.period, now)
        const values = await checked(tx, cy, input.values)
        const [row] = await submissionRepository(tx)
          .insert([
            {
              id: uuidv7(),
              clusterYearId: cy.state.id,
              clusterId: input.clusterId,
              year: input.year,
              period: input.period,
              committeeId: input.committeeId,
              status: 'draft',
              createdAt: now,
              updatedAt: now,
            },
          ])
          .catch(asConflict('submissions_one_per_period_uq', 'This committee already has this submission'))
        await submissionRepository(tx).replaceValues(row!.id, values)
        if (input.period === 'FY') await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'submission.created', entityType: 'submission', entityId: row!.id, after: await snapshot(tx, row!) })
        return row!
      })
    },

    async update(actor: Actor, id: string, expectedVersion: number, input: { values: ValueInput[] }): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id, expectedVersion)
        assertSubmissionEditable(current.status)
        const cy = await yearOf(tx, current)
        // A returned submission is part of the review, which stays open after the input window.
        if (current.status === 'returned') assertReviewOpen(cy.state)
        else inputWindow(cy.state, current.period, clock())
        const values = await checked(tx, cy, input.values)
        const before = await snapshot(tx, current)
        await submissionRepository(tx).replaceValues(id, values)
        const row = (await submissionRepository(tx).updateAtVersion(id, current.version, { updatedAt: clock() }))!
        await recordAudit(tx, actor, { action: 'submission.updated', entityType: 'submission', entityId: id, before, after: await snapshot(tx, row) })
        return row
      })
    },

    async submit(actor: Actor, id: string, tx?: Tx): Promise<SubmissionRow> {
      const run = async (tx: Tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status, 'submit')
        const cy = await yearOf(tx, current)
        const now = clock()
        let late = current.late
        if (current.status === 'returned') assertReviewOpen(cy.state)
        else late = inputWindow(cy.state, current.period, now).late
        const repo = submissionRepository(tx)
        const values = await repo.values(id)
        if (values.length === 0) throw conflict('SUBMISSION_EMPTY', 'A submission needs at least one value before it is submitted')
        const revision = current.revision + 1
        await repo.insertRevisions([
          {
            submissionId: id,
            revision,
            late,
            submittedAt: now,
            submittedBy: actor.keyId,
            values: values.map((v) => ({ indicatorCode: v.indicatorCode, value: v.value, note: v.note, evidenceUrl: v.evidenceUrl })),
          },
        ])
        const row = (await repo.updateAtVersion(id, current.version, { status, late, revision, submittedAt: now, returnReason: null, updatedAt: now }))!
        if (current.period === 'FY') await markRankingInputsChanged(tx, current.clusterYearId)
        await recordAudit(tx, actor, {
          action: 'submission.submitted',
          entityType: 'submission',
          entityId: id,
          before: { status: current.status },
          after: { status, revision, late },
        })
        return row
      }
      return tx ? run(tx) : db.transaction(run)
    },

    async return(actor: Actor, id: string, reason: string): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status, 'return', { reason })
        const row = (await submissionRepository(tx).updateAtVersion(id, current.version, { status, returnReason: reason.trim(), updatedAt: clock() }))!
        if (current.period === 'FY') await markRankingInputsChanged(tx, current.clusterYearId)
        await recordAudit(tx, actor, {
          action: 'submission.returned',
          entityType: 'submission',
          entityId: id,
          before: { status: current.status },
          after: { status, reason },
        })
        return row
      })
    },

    /** Accepts; corrections set an official value beside the reported one, each with a reason. */
    async accept(actor: Actor, id: string, corrections: Correction[]): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status, 'accept')
        const repo = submissionRepository(tx)
        const reported = new Map((await repo.values(id)).map((v) => [v.indicatorCode, v]))
        const rules = await indicatorRules(
          tx,
          corrections.map((c) => c.indicatorCode),
        )
        const { corrections: applied, errors } = checkCorrections(corrections, new Set(reported.keys()), rules)
        if (errors.length > 0) throw invalid(errors[0]!.code, 'The corrections are invalid', { errors })
        for (const a of applied) await repo.setOfficial(id, a.indicatorCode, a.value, a.reason)
        const now = clock()
        const row = (await repo.updateAtVersion(id, current.version, { status, acceptedAt: now, updatedAt: now }))!
        // FY submissions and their accepted values are the ranking's inputs.
        if (current.period === 'FY') await markRankingInputsChanged(tx, current.clusterYearId)
        await recordAudit(tx, actor, {
          action: 'submission.accepted',
          entityType: 'submission',
          entityId: id,
          before: { status: current.status },
          after: { status, corrections: applied.map((a) => ({ ...a, reportedValue: reported.get(a.indicatorCode)!.value })) },
        })
        return row
      })
    },
  }
}
