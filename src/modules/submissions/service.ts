import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { assertReviewOpen, inputWindow, isMember } from '../../domain/cluster-year.ts'
import { conflict, DomainError, invalid, notFound, type FieldError } from '../../domain/errors.ts'
import { notApplicableIndicatorCodes, schemeIndicatorCodes } from '../../domain/scheme.ts'
import {
  assertSubmissionComplete,
  checkCorrections,
  checkValues,
  mergeValues,
  readCommitteeRef,
  submissionEditability,
  type CheckedValue,
  type CorrectionInput,
  type ValueInput,
} from '../../domain/submission-values.ts'
import { assertSubmissionEditable, transitionSubmission, type Period, type SubmissionStatus } from '../../domain/workflows.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/service.ts'
import { loadClusterYear, loadClusterYearById, markRankingInputsChanged, type ClusterYear } from '../cluster-years/service.ts'
import { activeCommitteeIdsByCode } from '../committees/service.ts'
import { indicatorRules } from '../indicators/service.ts'
import { submissionRepository, type NewRevision, type SubmissionRow, type ValueRow } from './repository.ts'

export type { ValueInput } from '../../domain/submission-values.ts'
export type Correction = CorrectionInput

export interface NewSubmission {
  clusterId: string
  year: number
  period: Period
  /** Exactly one of committeeId and committeeCode (see resolveCommitteeRef). */
  committeeId?: string | undefined
  committeeCode?: string | undefined
  values: ValueInput[]
}

/**
 * The committee a request names by `committeeId` or by `committeeCode` (an active committee's
 * administrative-unit code), exactly one. 422 COMMITTEE_ID_OR_CODE_REQUIRED, COMMITTEE_ID_AND_CODE,
 * UNKNOWN_COMMITTEE.
 */
export async function resolveCommitteeRef(db: DbOrTx, input: { committeeId?: string | undefined; committeeCode?: string | undefined }): Promise<string> {
  const read = readCommitteeRef(input)
  if (!read.ok) throw invalid(read.code, read.message, { errors: [{ pointer: '/committeeId', code: read.code, message: read.message }] })
  if (read.ref.by === 'id') return read.ref.id
  const { code } = read.ref
  const id = (await activeCommitteeIdsByCode(db, [code])).get(code)
  if (!id) {
    throw invalid('UNKNOWN_COMMITTEE', `No active committee has code ${code}`, {
      errors: [{ pointer: '/committeeCode', code: 'UNKNOWN_COMMITTEE', message: 'no active committee has this code' }],
    })
  }
  return id
}

/** How PATCH and PUT change the values: PATCH merges the named ones, PUT replaces the whole set. */
export type UpdateMode = 'merge' | 'replace'

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

/** The value columns a check's result is stored as. */
const stored = (v: CheckedValue) => ({
  indicatorCode: v.indicatorCode,
  value: v.value,
  notApplicable: v.notApplicable,
  notApplicableReason: v.notApplicableReason,
  note: v.note,
  evidenceUrl: v.evidenceUrl,
})

/** A value as a revision keeps it: the not-applicable fields only where it was declared so. */
export const revisionValue = (v: {
  indicatorCode: string
  value: string | null
  note: string | null
  evidenceUrl: string | null
  notApplicable: boolean
  notApplicableReason: string | null
}) => ({
  indicatorCode: v.indicatorCode,
  value: v.value,
  note: v.note,
  evidenceUrl: v.evidenceUrl,
  ...(v.notApplicable ? { notApplicable: true, notApplicableReason: v.notApplicableReason } : {}),
})

interface SubmitPlan {
  revision: NewRevision
  patch: { status: SubmissionStatus; late: boolean; revision: number; submittedAt: Date; updatedAt: Date }
  event: AuditInput
}

/**
 * What submitting one locked submission writes, by the rules: the move (from draft, or from
 * returned while review is open), lateness by the period's window, at least one value and
 * every indicator of the scheme (SUBMISSION_INCOMPLETE before anything is written), the next
 * revision with its values, and the event.
 */
function planSubmit(actor: Actor, current: SubmissionRow, cy: ClusterYear, values: ValueRow[], now: Date): SubmitPlan {
  const status = transitionSubmission(current.status, 'submit')
  let late = current.late
  if (current.status === 'returned') assertReviewOpen(cy.state)
  else late = inputWindow(cy.state, current.period, now).late
  if (values.length === 0) throw conflict('SUBMISSION_EMPTY', 'A submission needs at least one value before it is submitted')
  assertSubmissionComplete(cy.state.scheme ? schemeIndicatorCodes(cy.state.scheme) : null, values)
  const revision = current.revision + 1
  return {
    revision: { submissionId: current.id, revision, late, submittedAt: now, submittedBy: actor.keyId, values: values.map(revisionValue) },
    patch: { status, late, revision, submittedAt: now, updatedAt: now },
    event: {
      action: 'submission.submitted',
      entityType: 'submission',
      entityId: current.id,
      before: { status: current.status },
      after: { status, revision, late },
    },
  }
}

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
    const scheme = cy.state.scheme
    const { values, errors } = checkValues(input, {
      rules,
      schemeIndicators: schemeIndicatorsOf(cy),
      notApplicable: scheme ? notApplicableIndicatorCodes(scheme) : new Set(),
    })
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
        const committeeId = await resolveCommitteeRef(tx, input)
        const cy = await loadClusterYear(tx, input.clusterId, input.year, { lock: false })
        if (!isMember(cy.state, committeeId)) {
          const pointer = input.committeeCode !== undefined ? '/committeeCode' : '/committeeId'
          throw invalid('NOT_A_MEMBER', `Committee ${input.committeeCode ?? committeeId} is not a member of this cluster-year`, {
            errors: [{ pointer, code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' }],
          })
        }
        const existing = await submissionRepository(tx).findByKey(cy.state.id, input.period, committeeId)
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
              committeeId,
              status: 'draft',
              createdAt: now,
              updatedAt: now,
            },
          ])
          .catch(asConflict('submissions_one_per_period_uq', 'This committee already has this submission'))
        await submissionRepository(tx).replaceValues(row!.id, values.map(stored))
        if (input.period === 'FY') await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, { action: 'submission.created', entityType: 'submission', entityId: row!.id, after: await snapshot(tx, row!) })
        return row!
      })
    },

    /**
     * PATCH (`merge`): the named indicators take their new value or declaration, the others stay.
     * PUT (`replace`): the values are the ones sent, and only those.
     */
    async update(actor: Actor, id: string, expectedVersion: number, input: { values: ValueInput[] }, mode: UpdateMode): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id, expectedVersion)
        assertSubmissionEditable(current.status)
        const cy = await yearOf(tx, current)
        // A returned submission is part of the review, which stays open after the input window.
        if (current.status === 'returned') assertReviewOpen(cy.state)
        else inputWindow(cy.state, current.period, clock())
        const values = (await checked(tx, cy, input.values)).map(stored)
        const before = await snapshot(tx, current)
        // Corrections are made on acceptance, which locks the values: a draft or returned one has none to keep.
        const next = mode === 'merge' ? mergeValues(before.values.map(stored), values) : values
        await submissionRepository(tx).replaceValues(id, next)
        const row = (await submissionRepository(tx).updateAtVersion(id, current.version, { updatedAt: clock() }))!
        await recordAudit(tx, actor, {
          action: mode === 'merge' ? 'submission.updated' : 'submission.replaced',
          entityType: 'submission',
          entityId: id,
          before,
          after: await snapshot(tx, row),
        })
        return row
      })
    },

    async submit(actor: Actor, id: string, tx?: Tx): Promise<SubmissionRow> {
      const run = async (tx: Tx) => {
        const current = await lock(tx, id)
        const repo = submissionRepository(tx)
        const plan = planSubmit(actor, current, await yearOf(tx, current), await repo.values(id), clock())
        await repo.insertRevisions([plan.revision])
        const row = (await repo.updateAtVersion(id, current.version, plan.patch))!
        if (current.period === 'FY') await markRankingInputsChanged(tx, current.clusterYearId)
        await recordAudit(tx, actor, plan.event)
        return row
      }
      return tx ? run(tx) : db.transaction(run)
    },

    /**
     * Submits many submissions in the caller's transaction (a bulk import's submit=true), each
     * by the rules `submit` follows, a thousand at a time in a few statements: their rows locked
     * and values read together, revisions, moves and events each written at once, the ranking
     * marked changed once per year. Each year is read once, not once per submission (which made
     * a 10,000-member import quadratic), and after the caller locked it. An incomplete one
     * stays a draft and is returned with the indicators it lacks; any other refusal throws.
     */
    async submitMany(actor: Actor, submissionIds: string[], tx: Tx): Promise<Map<string, string[]>> {
      const incomplete = new Map<string, string[]>()
      const repo = submissionRepository(tx)
      // A submission named twice (by code and by id in one import) is submitted once.
      const ids = [...new Set(submissionIds)]
      // Each year read once, when its first submission is (the caller holds the years' locks).
      const years = new Map<string, ClusterYear>()
      for (let at = 0; at < ids.length; at += 1000) {
        const chunk = ids.slice(at, at + 1000)
        const now = clock()
        const found = await repo.findManyForUpdate(chunk)
        if (found.length !== chunk.length) {
          const have = new Set(found.map((r) => r.id))
          throw submissionNotFound(chunk.find((id) => !have.has(id))!)
        }
        const values = await repo.valuesOfMany(chunk)
        const plans: { current: SubmissionRow; plan: SubmitPlan }[] = []
        for (const current of found) {
          let cy = years.get(current.clusterYearId)
          if (!cy) years.set(current.clusterYearId, (cy = await yearOf(tx, current)))
          try {
            plans.push({ current, plan: planSubmit(actor, current, cy, values.get(current.id) ?? [], now) })
          } catch (err) {
            if (!(err instanceof DomainError) || err.code !== 'SUBMISSION_INCOMPLETE') throw err
            incomplete.set(current.id, (err.details?.missingIndicators as string[] | undefined) ?? [])
          }
        }
        await repo.insertRevisions(plans.map((p) => p.plan.revision))
        const moved = await repo.updateManyAtVersion(
          plans.map(({ current, plan }) => ({ id: current.id, version: current.version, ...plan.patch })),
          now,
        )
        // The rows are locked by this transaction: nothing else can have moved their versions.
        if (moved !== plans.length) throw new Error(`submitMany: ${plans.length} submissions planned but ${moved} moved`)
        for (const cyId of new Set(plans.filter((p) => p.current.period === 'FY').map((p) => p.current.clusterYearId))) await markRankingInputsChanged(tx, cyId)
        await recordAudit(
          tx,
          actor,
          plans.map((p) => p.plan.event),
        )
      }
      return incomplete
    },

    async return(actor: Actor, id: string, reason: string): Promise<SubmissionRow> {
      return db.transaction(async (tx) => {
        const current = await lock(tx, id)
        const status = transitionSubmission(current.status, 'return', { reason })
        const now = clock()
        const repo = submissionRepository(tx)
        // The reason stays on the submission, and in its history of returns, after it is revised and resubmitted.
        await repo.insertReturn({ submissionId: id, revision: current.revision, reason: reason.trim(), returnedAt: now, returnedBy: actor.keyId })
        const row = (await repo.updateAtVersion(id, current.version, { status, returnReason: reason.trim(), updatedAt: now }))!
        if (current.period === 'FY') await markRankingInputsChanged(tx, current.clusterYearId)
        await recordAudit(tx, actor, {
          action: 'submission.returned',
          entityType: 'submission',
          entityId: id,
          before: { status: current.status },
          after: { status, reason, revision: current.revision },
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
        // An indicator declared not applicable has no reported value to correct (NOT_REPORTED).
        const reported = new Map((await repo.values(id)).filter((v) => !v.notApplicable).map((v) => [v.indicatorCode, v]))
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
