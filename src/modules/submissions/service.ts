import type { Db, Tx } from '../../db/client.ts'
import { conflict, DomainError, invalid, notFound, type FieldError } from '../../domain/errors.ts'
import { checkIndicatorValue } from '../../domain/indicators.ts'
import { assertSubmissionEditable, transitionSubmission, type Period, type SubmissionStatus } from '../../domain/workflows.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/chain.ts'
import { clusterRepository } from '../clusters/repository.ts'
import { clusterNotFound, clusterYearNotFound } from '../clusters/service.ts'
import { assertReviewOpen, checkValues, checkWindow, loadIndicatorRules, loadReportingContext, type ValueInput } from './context.ts'
import { submissionRepository, type SubmissionRow } from './repository.ts'

export interface NewSubmission {
  clusterId: string
  year: number
  period: Period
  committeeId: string
  values: ValueInput[]
}

export interface Correction {
  indicatorCode: string
  officialValue: unknown
  reason: string
}

export const submissionNotFound = (id: string) => notFound('SUBMISSION_NOT_FOUND', `No submission ${id}`)

function invalidValues(errors: FieldError[]): never {
  throw invalid(errors[0]!.code, `The values are invalid: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
}

/** Submissions and their review; each change with its audit event, in one transaction. */
export function submissionService(db: Db) {
  async function contextOf(tx: Tx, s: { clusterId: string; year: number }) {
    const cy = await clusterRepository(tx).findYear(s.clusterId, s.year)
    if (!cy) throw clusterYearNotFound(s.clusterId, s.year)
    return loadReportingContext(tx, cy)
  }

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

  return {
    async create(actor: Actor, input: NewSubmission): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        if (!(await clusterRepository(tx).findById(input.clusterId))) throw clusterNotFound(input.clusterId)
        const ctx = await contextOf(tx, input)
        if (!ctx.members.has(input.committeeId)) {
          throw invalid('NOT_A_MEMBER', `Committee ${input.committeeId} is not a member of this cluster-year`, {
            errors: [{ pointer: '/committeeId', code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' }],
          })
        }
        const existing = await submissionRepository(tx).findByKey(ctx.cy.id, input.period, input.committeeId)
        if (existing) {
          throw conflict('SUBMISSION_EXISTS', `This committee already has a ${input.period} submission for ${input.year}; edit it instead`, {
            submissionId: existing.id,
          })
        }
        checkWindow(ctx, input.period)
        const rules = await loadIndicatorRules(tx, input.values.map((v) => v.indicatorCode))
        const { values, errors } = checkValues(input.values, rules, ctx.schemeIndicators)
        if (errors.length > 0) invalidValues(errors)
        const now = new Date()
        const [row] = await submissionRepository(tx)
          .insert([{
            id: uuidv7(), clusterYearId: ctx.cy.id, clusterId: input.clusterId, year: input.year, period: input.period,
            committeeId: input.committeeId, status: 'draft', createdAt: now, updatedAt: now,
          }])
          .catch((err) => {
            if ((err as { cause?: { code?: string } }).cause?.code === '23505') throw conflict('SUBMISSION_EXISTS', 'This committee already has this submission')
            throw err
          })
        await submissionRepository(tx).replaceValues(row!.id, values)
        if (input.period === 'FY') await clusterRepository(tx).bumpInputs(ctx.cy.id)
        await recordAudit(tx, actor, { action: 'submission.created', entityType: 'submission', entityId: row!.id, after: await snapshot(tx, row!) })
        return row!
      })
    },

    async update(actor: Actor, id: string, expectedVersion: number, input: { values: ValueInput[] }): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id, expectedVersion)
        assertSubmissionEditable(current.status as SubmissionStatus)
        const ctx = await contextOf(tx, current)
        // A returned submission is part of the review, which stays open after the input window.
        if (current.status === 'returned') assertReviewOpen(ctx)
        else checkWindow(ctx, current.period as Period)
        const rules = await loadIndicatorRules(tx, input.values.map((v) => v.indicatorCode))
        const { values, errors } = checkValues(input.values, rules, ctx.schemeIndicators)
        if (errors.length > 0) invalidValues(errors)
        const before = await snapshot(tx, current)
        await submissionRepository(tx).replaceValues(id, values)
        const row = (await submissionRepository(tx).updateAtVersion(id, current.version, { updatedAt: new Date() }))!
        await recordAudit(tx, actor, { action: 'submission.updated', entityType: 'submission', entityId: id, before, after: await snapshot(tx, row) })
        return row
      })
    },

    async submit(actor: Actor, id: string, tx?: Tx): Promise<SubmissionRow> {
      const run = async (tx: Tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status as SubmissionStatus, 'submit')
        const ctx = await contextOf(tx, current)
        let late = current.late
        if (current.status === 'returned') assertReviewOpen(ctx)
        else late = checkWindow(ctx, current.period as Period).late
        const repo = submissionRepository(tx)
        const values = await repo.values(id)
        if (values.length === 0) throw conflict('SUBMISSION_EMPTY', 'A submission needs at least one value before it is submitted')
        const now = new Date()
        const revision = current.revision + 1
        await repo.insertRevisions([{
          submissionId: id, revision, late, submittedAt: now, submittedBy: actor.keyId,
          values: values.map((v) => ({ indicatorCode: v.indicatorCode, value: v.value, note: v.note, evidenceUrl: v.evidenceUrl })),
        }])
        const row = (await repo.updateAtVersion(id, current.version, { status, late, revision, submittedAt: now, returnReason: null, updatedAt: now }))!
        if (current.period === 'FY') await clusterRepository(tx).bumpInputs(current.clusterYearId)
        await recordAudit(tx, actor, { action: 'submission.submitted', entityType: 'submission', entityId: id, before: { status: current.status }, after: { status, revision, late } })
        return row
      }
      return tx ? run(tx) : db.transaction(run)
    },

    async return(actor: Actor, id: string, reason: string): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status as SubmissionStatus, 'return', { reason })
        const row = (await submissionRepository(tx).updateAtVersion(id, current.version, { status, returnReason: reason.trim(), updatedAt: new Date() }))!
        if (current.period === 'FY') await clusterRepository(tx).bumpInputs(current.clusterYearId)
        await recordAudit(tx, actor, { action: 'submission.returned', entityType: 'submission', entityId: id, before: { status: current.status }, after: { status, reason } })
        return row
      })
    },

    /** Accepts; corrections set an official value beside the reported one, each with a reason. */
    async accept(actor: Actor, id: string, corrections: Correction[]): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status as SubmissionStatus, 'accept')
        const repo = submissionRepository(tx)
        const reported = new Map((await repo.values(id)).map((v) => [v.indicatorCode, v]))
        const rules = await loadIndicatorRules(tx, corrections.map((c) => c.indicatorCode))
        const errors: FieldError[] = []
        const applied: { indicatorCode: string; value: string; reason: string }[] = []
        const seen = new Set<string>()
        corrections.forEach((c, i) => {
          const p = `/corrections/${i}`
          if (seen.has(c.indicatorCode)) return void errors.push({ pointer: `${p}/indicatorCode`, code: 'DUPLICATE_INDICATOR', message: 'corrected twice' })
          seen.add(c.indicatorCode)
          if (!reported.has(c.indicatorCode)) return void errors.push({ pointer: `${p}/indicatorCode`, code: 'NOT_REPORTED', message: 'the submission has no such value' })
          if (!c.reason || !c.reason.trim()) errors.push({ pointer: `${p}/reason`, code: 'CORRECTION_REASON_REQUIRED', message: 'say why the value is corrected' })
          const checked = checkIndicatorValue(rules.get(c.indicatorCode)!, c.officialValue)
          if (!checked.ok) return void errors.push({ pointer: `${p}/officialValue`, code: checked.code, message: checked.message })
          applied.push({ indicatorCode: c.indicatorCode, value: checked.value, reason: c.reason.trim() })
        })
        if (errors.length > 0) throw invalid(errors[0]!.code, 'The corrections are invalid', { errors })
        for (const a of applied) await repo.setOfficial(id, a.indicatorCode, a.value, a.reason)
        const now = new Date()
        const row = (await repo.updateAtVersion(id, current.version, { status, acceptedAt: now, updatedAt: now }))!
        // FY submissions and their accepted values are the ranking's inputs.
        if (current.period === 'FY') await clusterRepository(tx).bumpInputs(current.clusterYearId)
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
