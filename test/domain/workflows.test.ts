import t from 'tap'
import {
  AWARD_PROPOSAL_STATUSES,
  SUBMISSION_STATUSES,
  assertSubmissionEditable,
  checkPeriodWindow,
  isIsoDate,
  transitionAwardProposal,
  transitionSubmission,
  validateAwardDecision,
} from '../../src/domain/workflows.ts'
import type { AwardProposalAction, AwardProposalStatus, SubmissionAction, SubmissionStatus } from '../../src/domain/workflows.ts'
import { DomainError } from '../../src/domain/errors.ts'

const caught = (fn: () => unknown): DomainError | null => {
  try {
    fn()
    return null
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
}

t.test('submission: the full review loop', async (t) => {
  let s: SubmissionStatus = 'draft'
  s = transitionSubmission(s, 'submit')
  t.equal(s, 'submitted')
  s = transitionSubmission(s, 'return', { reason: 'Thiếu số nhà Đại đoàn kết' })
  t.equal(s, 'returned')
  s = transitionSubmission(s, 'submit')
  t.equal(s, 'submitted')
  s = transitionSubmission(s, 'accept')
  t.equal(s, 'accepted')
})

t.test('submission: every refusal has its code', async (t) => {
  const table: Record<SubmissionStatus, Record<SubmissionAction, string>> = {
    draft: { submit: 'submitted', return: 'SUBMISSION_NOT_SUBMITTED', accept: 'SUBMISSION_NOT_SUBMITTED' },
    submitted: { submit: 'SUBMISSION_NOT_DRAFT', return: 'returned', accept: 'accepted' },
    returned: { submit: 'submitted', return: 'SUBMISSION_NOT_SUBMITTED', accept: 'SUBMISSION_NOT_SUBMITTED' },
    accepted: { submit: 'SUBMISSION_ACCEPTED', return: 'SUBMISSION_ACCEPTED', accept: 'SUBMISSION_ACCEPTED' },
  }
  for (const status of SUBMISSION_STATUSES) {
    for (const action of ['submit', 'return', 'accept'] as const) {
      const want = table[status][action]
      const run = () => transitionSubmission(status, action, { reason: 'r' })
      if ((SUBMISSION_STATUSES as readonly string[]).includes(want)) t.equal(run(), want, `${status} --${action}--> ${want}`)
      else t.match(caught(run), { kind: 'conflict', code: want, details: { from: status, action } }, `${status} refuses ${action}`)
    }
  }
  t.match(
    caught(() => transitionSubmission('draft', 'reopen' as SubmissionAction)),
    { kind: 'conflict', code: 'SUBMISSION_INVALID_ACTION' },
  )
})

t.test('submission: a return needs a reason', async (t) => {
  for (const reason of [undefined, null, '', '   ']) {
    t.match(
      caught(() => transitionSubmission('submitted', 'return', { reason })),
      {
        kind: 'invalid',
        code: 'RETURN_REASON_REQUIRED',
        errors: [{ pointer: '/reason' }],
      },
    )
  }
  t.match(
    caught(() => transitionSubmission('submitted', 'return')),
    { code: 'RETURN_REASON_REQUIRED' },
  )
  // The state is checked before the reason.
  t.match(
    caught(() => transitionSubmission('draft', 'return')),
    { code: 'SUBMISSION_NOT_SUBMITTED' },
  )
})

t.test('submission: edits only in draft or returned', async (t) => {
  t.doesNotThrow(() => assertSubmissionEditable('draft'))
  t.doesNotThrow(() => assertSubmissionEditable('returned'))
  t.match(
    caught(() => assertSubmissionEditable('submitted')),
    { kind: 'conflict', code: 'SUBMISSION_UNDER_REVIEW' },
  )
  t.match(
    caught(() => assertSubmissionEditable('accepted')),
    { kind: 'conflict', code: 'SUBMISSION_ACCEPTED' },
  )
})

t.test('period window', async (t) => {
  const w = { opensAt: '2024-01-01T00:00:00Z', closesAt: '2024-01-31T23:59:59Z', closedAt: null, lateAllowed: false }
  t.same(checkPeriodWindow({ ...w, period: 'H1', now: '2024-01-15T08:00:00+07:00' }), { late: false })
  t.same(checkPeriodWindow({ ...w, period: 'H1', now: w.opensAt }), { late: false }, 'opensAt is inside')
  t.same(checkPeriodWindow({ ...w, period: 'H1', now: w.closesAt }), { late: false }, 'closesAt is inside')
  t.same(checkPeriodWindow({ ...w, period: 'H1', now: new Date('2024-01-10T00:00:00Z'), opensAt: new Date(w.opensAt) }), { late: false }, 'Dates work too')
  t.same(checkPeriodWindow({ ...w, closesAt: null, period: 'FY', now: '2030-01-01T00:00:00Z' }), { late: false }, 'no deadline')

  t.match(
    caught(() => checkPeriodWindow({ ...w, period: 'H1', now: '2023-12-31T23:59:59Z' })),
    {
      kind: 'conflict',
      code: 'PERIOD_NOT_OPEN',
      details: { period: 'H1', opensAt: '2024-01-01T00:00:00.000Z' },
    },
  )
  t.match(
    caught(() => checkPeriodWindow({ ...w, opensAt: null, period: 'H1', now: '2024-01-15T00:00:00Z' })),
    { code: 'PERIOD_NOT_OPEN', details: { opensAt: null } },
  )

  const after = '2024-02-01T00:00:00Z'
  t.match(
    caught(() => checkPeriodWindow({ ...w, period: 'H1', now: after })),
    { kind: 'conflict', code: 'PERIOD_CLOSED', details: { reason: 'deadline_passed' } },
  )
  t.match(
    caught(() => checkPeriodWindow({ ...w, period: 'FY', now: after })),
    { code: 'PERIOD_CLOSED' },
    'FY without late allowance',
  )
  t.match(
    caught(() => checkPeriodWindow({ ...w, lateAllowed: true, period: 'H1', now: after })),
    { code: 'PERIOD_CLOSED' },
    'late only for FY',
  )
  t.same(checkPeriodWindow({ ...w, lateAllowed: true, period: 'FY', now: after }), { late: true })

  // An explicit early close is final, even for a late-tolerant FY.
  const closed = { ...w, closedAt: '2024-01-20T00:00:00Z', lateAllowed: true }
  t.same(checkPeriodWindow({ ...closed, period: 'FY', now: '2024-01-19T23:59:59Z' }), { late: false })
  t.match(
    caught(() => checkPeriodWindow({ ...closed, period: 'FY', now: '2024-01-20T00:00:00Z' })),
    { code: 'PERIOD_CLOSED', details: { reason: 'closed_early' } },
  )
  t.match(
    caught(() => checkPeriodWindow({ ...closed, period: 'FY', now: after })),
    { code: 'PERIOD_CLOSED', details: { reason: 'closed_early' } },
  )

  t.match(
    caught(() => checkPeriodWindow({ ...w, period: 'H1', now: 'yesterday' })),
    { kind: 'invalid', code: 'INVALID_TIMESTAMP' },
  )
})

t.test('award proposal: paths', async (t) => {
  t.equal(transitionAwardProposal('draft', 'submit'), 'submitted')
  t.equal(transitionAwardProposal('submitted', 'approve'), 'approved')
  t.equal(transitionAwardProposal('submitted', 'reject'), 'rejected')
  t.equal(transitionAwardProposal('approved', 'revoke'), 'revoked')
})

t.test('award proposal: every refusal has its code', async (t) => {
  const table: Record<AwardProposalStatus, Record<AwardProposalAction, string>> = {
    draft: { submit: 'submitted', approve: 'PROPOSAL_NOT_SUBMITTED', reject: 'PROPOSAL_NOT_SUBMITTED', revoke: 'PROPOSAL_NOT_APPROVED' },
    submitted: { submit: 'PROPOSAL_NOT_DRAFT', approve: 'approved', reject: 'rejected', revoke: 'PROPOSAL_NOT_APPROVED' },
    approved: { submit: 'PROPOSAL_ALREADY_DECIDED', approve: 'PROPOSAL_ALREADY_DECIDED', reject: 'PROPOSAL_ALREADY_DECIDED', revoke: 'revoked' },
    rejected: { submit: 'PROPOSAL_ALREADY_DECIDED', approve: 'PROPOSAL_ALREADY_DECIDED', reject: 'PROPOSAL_ALREADY_DECIDED', revoke: 'PROPOSAL_NOT_APPROVED' },
    revoked: {
      submit: 'PROPOSAL_ALREADY_DECIDED',
      approve: 'PROPOSAL_ALREADY_DECIDED',
      reject: 'PROPOSAL_ALREADY_DECIDED',
      revoke: 'PROPOSAL_ALREADY_REVOKED',
    },
  }
  for (const status of AWARD_PROPOSAL_STATUSES) {
    for (const action of ['submit', 'approve', 'reject', 'revoke'] as const) {
      const want = table[status][action]
      const run = () => transitionAwardProposal(status, action)
      if ((AWARD_PROPOSAL_STATUSES as readonly string[]).includes(want)) t.equal(run(), want, `${status} --${action}--> ${want}`)
      else t.match(caught(run), { kind: 'conflict', code: want, details: { from: status, action } }, `${status} refuses ${action}`)
    }
  }
  t.match(
    caught(() => transitionAwardProposal('draft', 'edit' as AwardProposalAction)),
    { code: 'PROPOSAL_INVALID_ACTION' },
  )
})

t.test('award decisions carry a number and a date; a revocation its grounds', async (t) => {
  const ok = { decisionNumber: '123/QĐ-MTTW-BTT', decisionDate: '2024-01-15', signer: 'Đỗ Văn Chiến', signerTitle: 'Chủ tịch' }
  t.doesNotThrow(() => validateAwardDecision('approve', ok))
  t.doesNotThrow(() => validateAwardDecision('reject', ok))
  t.doesNotThrow(() => validateAwardDecision('revoke', { ...ok, reason: 'Khai báo không trung thực' }))
  t.match(
    caught(() => validateAwardDecision('approve', { ...ok, decisionNumber: ' ' })),
    { kind: 'invalid', code: 'DECISION_NUMBER_REQUIRED', errors: [{ pointer: '/decisionNumber' }] },
  )
  t.match(
    caught(() => validateAwardDecision('approve', { ...ok, decisionDate: '2024-02-30' })),
    { kind: 'invalid', code: 'DECISION_DATE_INVALID' },
  )
  t.match(
    caught(() => validateAwardDecision('reject', { decisionNumber: '1' })),
    { code: 'DECISION_DATE_INVALID' },
  )
  t.match(
    caught(() => validateAwardDecision('revoke', ok)),
    { kind: 'invalid', code: 'REVOCATION_REASON_REQUIRED', errors: [{ pointer: '/reason' }] },
  )
  t.ok(isIsoDate('2024-02-29'))
  t.notOk(isIsoDate('2023-02-29'))
  t.notOk(isIsoDate('2024-1-5'))
  t.notOk(isIsoDate('2024-13-01'))
})
