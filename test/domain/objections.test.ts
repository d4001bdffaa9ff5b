import t from 'tap'
import { nextRuleChange, type ClusterYearState } from '../../src/domain/cluster-year.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { checkAnswer, checkObjection, objectionWindowState, openObjectionWindow } from '../../src/domain/objections.ts'

const at = (iso: string) => new Date(iso)
const A = 'a'
const B = 'b'
const fyClosed = { FY: { opensAt: at('2024-07-01T00:00:00Z'), closesAt: at('2024-11-30T17:00:00Z'), closedAt: null } }
const state = (over: Partial<ClusterYearState> = {}) =>
  ({
    status: 'scoring',
    members: [A, B],
    scheme: { criteria: [{ code: 'HOUSES' }] },
    periods: fyClosed,
    objectionWindow: null,
    ...over,
  }) as unknown as ClusterYearState

const codeOf = (fn: () => unknown) => {
  try {
    fn()
    return null
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err)
  }
}

t.test('the window: once, after FY, for 1 to 60 days, never in the past', async (t) => {
  const now = at('2024-12-05T00:00:00Z')
  t.same(openObjectionWindow(state(), { days: 3 }, now), { opensAt: now, closesAt: at('2024-12-08T00:00:00Z') })
  t.equal(
    codeOf(() => openObjectionWindow(state(), { days: 3 }, at('2024-11-01T00:00:00Z'))),
    'FY_NOT_CLOSED',
  )
  t.equal(
    codeOf(() => openObjectionWindow(state({ status: 'finalized' }), { days: 3 }, now)),
    'RANKING_FINALIZED',
  )
  t.equal(
    codeOf(() => openObjectionWindow(state({ status: 'pact_signed' }), { days: 3 }, now)),
    'CLUSTER_YEAR_NOT_SCORING',
  )
  const window = { opensAt: now, closesAt: at('2024-12-08T00:00:00Z') }
  t.equal(
    codeOf(() => openObjectionWindow(state({ objectionWindow: window }), { days: 3 }, now)),
    'OBJECTION_WINDOW_EXISTS',
  )
  for (const days of [0, 61, 1.5])
    t.equal(
      codeOf(() => openObjectionWindow(state(), { days }, now)),
      'INVALID_WINDOW',
      `${days} days`,
    )
  t.equal(
    codeOf(() => openObjectionWindow(state(), { days: 3, opensAt: at('2024-12-01T00:00:00Z') }, now)),
    'INVALID_WINDOW',
  )
  t.same(openObjectionWindow(state(), { days: 1, opensAt: at('2024-12-10T00:00:00Z') }, now).closesAt, at('2024-12-11T00:00:00Z'))
  t.equal(
    codeOf(() => openObjectionWindow(state(), { days: 3, opensAt: at('2025-03-01T00:00:00Z') }, now)),
    'INVALID_WINDOW',
    'not months ahead',
  )
})

t.test('where the window stands, and when the rules next change because of it', async (t) => {
  const window = { opensAt: at('2024-12-10T00:00:00Z'), closesAt: at('2024-12-13T00:00:00Z') }
  t.equal(objectionWindowState(null, at('2024-12-11T00:00:00Z')), 'none')
  t.equal(objectionWindowState(window, at('2024-12-09T23:59:59Z')), 'not_open')
  t.equal(objectionWindowState(window, window.opensAt), 'open')
  t.equal(objectionWindowState(window, window.closesAt), 'open', 'its last instant still takes objections')
  t.equal(objectionWindowState(window, at('2024-12-13T00:00:00.001Z')), 'closed')
  const s = state({ objectionWindow: window })
  t.equal(nextRuleChange(s, at('2024-12-05T00:00:00Z')), window.opensAt.getTime())
  t.equal(nextRuleChange(s, at('2024-12-11T00:00:00Z')), window.closesAt.getTime() + 1)
  t.equal(nextRuleChange(s, at('2024-12-14T00:00:00Z')), Number.POSITIVE_INFINITY)
})

t.test('filing and answering', async (t) => {
  const now = at('2024-12-11T00:00:00Z')
  const open = state({ objectionWindow: { opensAt: at('2024-12-10T00:00:00Z'), closesAt: at('2024-12-13T00:00:00Z') } })
  t.equal(
    codeOf(() => checkObjection(open, { committeeId: A, subjectCommitteeId: B, criterionCode: 'HOUSES', reason: 'Sai' }, now)),
    null,
  )
  t.equal(
    codeOf(() => checkObjection(open, { committeeId: A, subjectCommitteeId: A, criterionCode: null, reason: 'Sai' }, now)),
    null,
    'about its own score',
  )
  t.equal(
    codeOf(() => checkObjection(open, { committeeId: 'x', subjectCommitteeId: B, criterionCode: null, reason: 'Sai' }, now)),
    'NOT_A_MEMBER',
  )
  t.equal(
    codeOf(() => checkObjection(open, { committeeId: A, subjectCommitteeId: B, criterionCode: 'NOPE', reason: 'Sai' }, now)),
    'UNKNOWN_CRITERION',
  )
  t.equal(
    codeOf(() => checkObjection(state(), { committeeId: A, subjectCommitteeId: B, criterionCode: null, reason: 'Sai' }, now)),
    'OBJECTION_WINDOW_NOT_OPEN',
  )
  t.equal(
    codeOf(() => checkObjection({ ...open, status: 'finalized' }, { committeeId: A, subjectCommitteeId: B, criterionCode: null, reason: 'Sai' }, now)),
    'RANKING_FINALIZED',
  )

  const ok = { outcome: 'accepted' as const, reason: 'Đúng', correction: 'Đã sửa số liệu chính thức' }
  t.equal(
    codeOf(() => checkAnswer(open, { status: 'open' }, ok)),
    null,
  )
  t.equal(
    codeOf(() => checkAnswer(open, { status: 'rejected' }, ok)),
    'OBJECTION_ALREADY_ANSWERED',
  )
  t.equal(
    codeOf(() => checkAnswer(open, { status: 'open' }, { ...ok, correction: null })),
    'CORRECTION_REQUIRED',
  )
  t.equal(
    codeOf(() => checkAnswer(open, { status: 'open' }, { outcome: 'rejected', reason: 'Không', correction: 'x' })),
    'CORRECTION_NOT_ALLOWED',
  )
  t.equal(
    codeOf(() => checkAnswer(open, { status: 'open' }, { outcome: 'rejected', reason: ' ', correction: null })),
    'REASON_REQUIRED',
  )
  t.equal(
    codeOf(() => checkAnswer({ status: 'closed' }, { status: 'open' }, ok)),
    'RANKING_FINALIZED',
  )
})
