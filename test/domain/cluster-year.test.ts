import t from 'tap'
import {
  CLUSTER_YEAR_EVENTS,
  CLUSTER_YEAR_STATUSES,
  CLUSTER_YEAR_TRANSITIONS,
  allowedClusterYearEvents,
  assertEditable,
  assertStatus,
  isEditable,
  transitionClusterYear,
} from '../../src/domain/cluster-year.ts'
import type { ClusterYearEvent, ClusterYearStatus } from '../../src/domain/cluster-year.ts'
import { DomainError } from '../../src/domain/errors.ts'

const codeOf = (fn: () => unknown): { kind: string; code: string; details: unknown } | null => {
  try {
    fn()
    return null
  } catch (e) {
    if (e instanceof DomainError) return { kind: e.kind, code: e.code, details: e.details }
    throw e
  }
}

t.test('the happy path walks the whole year', async (t) => {
  let s: ClusterYearStatus = 'planning'
  const seen: ClusterYearStatus[] = [s]
  for (const e of ['sign_pact', 'open_reporting', 'start_scoring', 'finalize', 'close'] as const) {
    s = transitionClusterYear(s, e)
    seen.push(s)
  }
  t.same(seen, ['planning', 'pact_signed', 'reporting', 'scoring', 'finalized', 'closed'])
})

t.test('each event has its own refusal code, naming the status it needs', async (t) => {
  const expected: Record<ClusterYearEvent, string> = {
    sign_pact: 'CLUSTER_YEAR_NOT_PLANNING',
    open_reporting: 'CLUSTER_YEAR_NOT_PACT_SIGNED',
    start_scoring: 'CLUSTER_YEAR_NOT_REPORTING',
    finalize: 'CLUSTER_YEAR_NOT_SCORING',
    close: 'CLUSTER_YEAR_NOT_FINALIZED',
  }
  for (const status of CLUSTER_YEAR_STATUSES) {
    for (const event of CLUSTER_YEAR_EVENTS) {
      const tr = CLUSTER_YEAR_TRANSITIONS[event]
      if (status === tr.from) {
        t.equal(transitionClusterYear(status, event), tr.to, `${status} --${event}--> ${tr.to}`)
        continue
      }
      const err = codeOf(() => transitionClusterYear(status, event))
      const code = status === 'closed' ? 'CLUSTER_YEAR_CLOSED' : expected[event]
      t.match(err, { kind: 'conflict', code, details: { from: status, event, expected: tr.from } }, `${status} refuses ${event}`)
    }
  }
})

t.test('finalize is refused straight from reporting', async (t) => {
  t.match(
    codeOf(() => transitionClusterYear('reporting', 'finalize')),
    { code: 'CLUSTER_YEAR_NOT_SCORING' },
  )
})

t.test('signing twice is refused', async (t) => {
  t.match(
    codeOf(() => transitionClusterYear('pact_signed', 'sign_pact')),
    { kind: 'conflict', code: 'CLUSTER_YEAR_NOT_PLANNING' },
  )
})

t.test('unknown status or event is an invalid transition', async (t) => {
  t.match(
    codeOf(() => transitionClusterYear('archived' as ClusterYearStatus, 'close')),
    {
      kind: 'conflict',
      code: 'CLUSTER_YEAR_INVALID_TRANSITION',
      details: { from: 'archived', event: 'close' },
    },
  )
  t.match(
    codeOf(() => transitionClusterYear('planning', 'reopen' as ClusterYearEvent)),
    {
      code: 'CLUSTER_YEAR_INVALID_TRANSITION',
      details: { from: 'planning', event: 'reopen' },
    },
  )
})

t.test('allowed events', async (t) => {
  t.same(allowedClusterYearEvents('planning'), ['sign_pact'])
  t.same(allowedClusterYearEvents('finalized'), ['close'])
  t.same(allowedClusterYearEvents('closed'), [])
})

t.test('only planning is editable', async (t) => {
  for (const s of CLUSTER_YEAR_STATUSES) t.equal(isEditable(s), s === 'planning', s)
  t.doesNotThrow(() => assertEditable('planning'))
  t.match(
    codeOf(() => assertEditable('pact_signed')),
    { kind: 'conflict', code: 'CLUSTER_YEAR_NOT_PLANNING', details: { status: 'pact_signed' } },
  )
  t.match(
    codeOf(() => assertEditable('reporting', 'SCHEME_FROZEN')),
    { kind: 'conflict', code: 'SCHEME_FROZEN' },
  )
})

t.test('assertStatus', async (t) => {
  t.doesNotThrow(() => assertStatus('scoring', ['reporting', 'scoring'], 'X'))
  t.match(
    codeOf(() => assertStatus('planning', ['reporting', 'scoring'], 'RANKING_NOT_AVAILABLE')),
    {
      kind: 'conflict',
      code: 'RANKING_NOT_AVAILABLE',
      details: { status: 'planning', allowed: ['reporting', 'scoring'] },
    },
  )
})
