import { conflict, invalid } from './errors.ts'

/* ------------------------------------------------------------------------------------------ *
 * Submissions: a member's indicator values for one period of a cluster-year.
 * draft → submitted → returned (with a reason) → submitted → accepted.
 * ------------------------------------------------------------------------------------------ */

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]
export type SubmissionAction = 'submit' | 'return' | 'accept'

/**
 * The status after `action`, or a 409 naming why not:
 * - any action on an accepted submission: `SUBMISSION_ACCEPTED` (its values are locked);
 * - `submit` when already submitted: `SUBMISSION_NOT_DRAFT` (only draft or returned can be submitted);
 * - `return` / `accept` when not submitted: `SUBMISSION_NOT_SUBMITTED`.
 * A return needs a reason (422 `RETURN_REASON_REQUIRED`) so the member knows what to fix.
 */
export function transitionSubmission(status: SubmissionStatus, action: SubmissionAction, opts: { reason?: string | null } = {}): SubmissionStatus {
  const details = { from: status, action }
  if (status === 'accepted') throw conflict('SUBMISSION_ACCEPTED', 'The submission has been accepted; its values are locked', details)
  switch (action) {
    case 'submit':
      if (status === 'draft' || status === 'returned') return 'submitted'
      throw conflict('SUBMISSION_NOT_DRAFT', 'Only a draft or returned submission can be submitted; this one is under review', details)
    case 'return':
      if (status !== 'submitted') throw conflict('SUBMISSION_NOT_SUBMITTED', `Only a submitted submission can be returned; this one is '${status}'`, details)
      if (typeof opts.reason !== 'string' || opts.reason.trim() === '') {
        throw invalid('RETURN_REASON_REQUIRED', 'Returning a submission needs a reason the member can act on', {
          errors: [{ pointer: '/reason', code: 'RETURN_REASON_REQUIRED', message: 'say what must be corrected' }],
        })
      }
      return 'returned'
    case 'accept':
      if (status !== 'submitted') throw conflict('SUBMISSION_NOT_SUBMITTED', `Only a submitted submission can be accepted; this one is '${status}'`, details)
      return 'accepted'
    default:
      throw conflict('SUBMISSION_INVALID_ACTION', `Unknown action '${String(action)}'`, details)
  }
}

/** Values may change only in draft or returned; the code says why they are locked. */
export function assertSubmissionEditable(status: SubmissionStatus): void {
  if (status === 'draft' || status === 'returned') return
  if (status === 'accepted') throw conflict('SUBMISSION_ACCEPTED', 'The submission has been accepted; its values are locked', { status })
  throw conflict('SUBMISSION_UNDER_REVIEW', 'The submission is under review; it can be edited after it is returned', { status })
}

/* ------------------------------------------------------------------------------------------ *
 * Reporting periods: H1 (sơ kết, six months) and FY (tổng kết, the whole year).
 * ------------------------------------------------------------------------------------------ */

export const PERIODS = ['H1', 'FY'] as const
export type Period = (typeof PERIODS)[number]

type Instant = Date | string

const ms = (t: Instant): number => {
  const v = typeof t === 'string' ? Date.parse(t) : t.getTime()
  if (Number.isNaN(v)) throw invalid('INVALID_TIMESTAMP', `Not a valid timestamp: ${String(t)}`)
  return v
}

/**
 * Whether input is accepted at `now`. The window is [opensAt, closesAt], closesAt inclusive
 * (a deadline names the last moment). `closedAt` is an explicit early close (`/close`): it is
 * final, even for FY, because the secretariat uses it to stop input before scoring. Past the
 * scheduled `closesAt` an FY submission is still taken when the scheme allows late ones, and is
 * marked late (it may carry the automatic late penalty).
 * Throws 409 `PERIOD_NOT_OPEN` (no window yet, or before it) or `PERIOD_CLOSED`.
 */
export function checkPeriodWindow(input: {
  now: Instant
  opensAt: Instant | null
  closesAt: Instant | null
  closedAt?: Instant | null
  period: Period
  lateAllowed: boolean
}): { late: boolean } {
  const { period } = input
  const now = ms(input.now)
  if (input.opensAt == null || now < ms(input.opensAt)) {
    throw conflict('PERIOD_NOT_OPEN', `The ${period} input window is not open yet`, {
      period,
      opensAt: input.opensAt == null ? null : new Date(ms(input.opensAt)).toISOString(),
    })
  }
  if (input.closedAt != null && now >= ms(input.closedAt)) {
    throw conflict('PERIOD_CLOSED', `The ${period} input window was closed`, {
      period,
      closedAt: new Date(ms(input.closedAt)).toISOString(),
      reason: 'closed_early',
    })
  }
  if (input.closesAt != null && now > ms(input.closesAt)) {
    if (period === 'FY' && input.lateAllowed) return { late: true }
    throw conflict('PERIOD_CLOSED', `The ${period} input window closed`, {
      period,
      closesAt: new Date(ms(input.closesAt)).toISOString(),
      reason: 'deadline_passed',
    })
  }
  return { late: false }
}

/* ------------------------------------------------------------------------------------------ *
 * Award proposals (đề nghị khen thưởng): draft → submitted → approved | rejected;
 * approved → revoked. A decision is never edited: each step is a new event.
 * ------------------------------------------------------------------------------------------ */

export const AWARD_PROPOSAL_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'revoked'] as const
export type AwardProposalStatus = (typeof AWARD_PROPOSAL_STATUSES)[number]
export type AwardProposalAction = 'submit' | 'approve' | 'reject' | 'revoke'

const DECIDED: readonly AwardProposalStatus[] = ['approved', 'rejected', 'revoked']

/**
 * The status after `action`, or a 409:
 * - `submit` on a submitted one: `PROPOSAL_NOT_DRAFT`; on a decided one: `PROPOSAL_ALREADY_DECIDED`;
 * - `approve` / `reject` on a draft: `PROPOSAL_NOT_SUBMITTED`; on a decided one: `PROPOSAL_ALREADY_DECIDED`;
 * - `revoke` on a revoked one: `PROPOSAL_ALREADY_REVOKED`; on anything else not approved: `PROPOSAL_NOT_APPROVED`.
 */
export function transitionAwardProposal(status: AwardProposalStatus, action: AwardProposalAction): AwardProposalStatus {
  const details = { from: status, action }
  const decided = () => conflict('PROPOSAL_ALREADY_DECIDED', `The proposal has already been decided ('${status}')`, details)
  switch (action) {
    case 'submit':
      if (status === 'draft') return 'submitted'
      if (DECIDED.includes(status)) throw decided()
      throw conflict('PROPOSAL_NOT_DRAFT', 'Only a draft proposal can be submitted', details)
    case 'approve':
    case 'reject':
      if (status === 'submitted') return action === 'approve' ? 'approved' : 'rejected'
      if (DECIDED.includes(status)) throw decided()
      throw conflict('PROPOSAL_NOT_SUBMITTED', `Only a submitted proposal can be ${action === 'approve' ? 'approved' : 'rejected'}`, details)
    case 'revoke':
      if (status === 'approved') return 'revoked'
      if (status === 'revoked') throw conflict('PROPOSAL_ALREADY_REVOKED', 'The award has already been revoked', details)
      throw conflict('PROPOSAL_NOT_APPROVED', 'Only an approved award can be revoked', details)
    default:
      throw conflict('PROPOSAL_INVALID_ACTION', `Unknown action '${String(action)}'`, details)
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date YYYY-MM-DD that exists (no 2024-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/**
 * An approval, rejection or revocation is a decision of the organising committee: it carries a
 * decision number and date; a revocation also says why (e.g. false declarations, Law on
 * Emulation and Commendation 2022); an approval names its signer and the signer's title. Codes:
 * `DECISION_NUMBER_REQUIRED`, `DECISION_DATE_INVALID`, `SIGNER_REQUIRED`, `REVOCATION_REASON_REQUIRED`
 * (all 422 with pointers).
 */
export function validateAwardDecision(
  action: Exclude<AwardProposalAction, 'submit'>,
  decision: { decisionNumber?: string | null; decisionDate?: string | null; reason?: string | null; signer?: string | null; signerTitle?: string | null },
): void {
  const blank = (s: string | null | undefined) => typeof s !== 'string' || s.trim() === ''
  const fail = (code: string, pointer: string, message: string) => invalid(code, message, { errors: [{ pointer, code, message }] })
  if (blank(decision.decisionNumber)) throw fail('DECISION_NUMBER_REQUIRED', '/decisionNumber', 'a decision needs its number')
  if (!isIsoDate(decision.decisionDate)) throw fail('DECISION_DATE_INVALID', '/decisionDate', 'a decision needs its date (YYYY-MM-DD)')
  // An approval is signed, as on the paper decision (quyết định): the signer's name and title.
  if (action === 'approve') {
    const errors = [
      ...(blank(decision.signer) ? [{ pointer: '/signer', code: 'SIGNER_REQUIRED', message: "the signer's name is required" }] : []),
      ...(blank(decision.signerTitle) ? [{ pointer: '/signerTitle', code: 'SIGNER_REQUIRED', message: "the signer's title is required" }] : []),
    ]
    if (errors.length > 0) throw invalid('SIGNER_REQUIRED', "An approval needs its signer's name and title, as on the paper decision", { errors })
  }
  if (action === 'revoke' && blank(decision.reason)) throw fail('REVOCATION_REASON_REQUIRED', '/reason', 'a revocation needs its grounds')
}
