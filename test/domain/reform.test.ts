/**
 * The reform's pure rules (src/domain/reform.ts, src/domain/committees.ts): the warnings of an
 * open cluster-year, the carry of a member's place, several merged at once, and dissolution.
 */
import fc from 'fast-check'
import t, { type Test } from 'tap'
import { CLUSTER_YEAR_STATUSES } from '../../src/domain/cluster-year.ts'
import { validateDissolve, validateMerges, type MergeSubject } from '../../src/domain/committees.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { clusterYearWarnings, validateCarry, type MemberStanding } from '../../src/domain/reform.ts'

const active = (id: string): MemberStanding => ({ id, status: 'active', endReason: null, endedOn: null, successorIds: [] })
const merged = (id: string, successor: string): MemberStanding => ({
  id,
  status: 'merged',
  endReason: 'merged',
  endedOn: '2025-07-01',
  successorIds: [successor],
})
const dissolved = (id: string, successors: string[] = []): MemberStanding => ({
  id,
  status: 'dissolved',
  endReason: 'dissolved',
  endedOn: '2025-07-01',
  successorIds: successors,
})
const byId = (...cs: MemberStanding[]) => new Map(cs.map((c) => [c.id, c]))

/** The DomainError `fn` throws, or fails the test. */
function refusal(t: Pick<Test, 'fail'>, fn: () => void): DomainError {
  try {
    fn()
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
  t.fail('expected a refusal')
  throw new Error('no refusal')
}

t.test('clusterYearWarnings: one per ended member, with its roles and successors', async (t) => {
  const committees = byId(active('a'), merged('b', 'x'), dissolved('c', ['y', 'z']), merged('d', 'x'))
  const warnings = clusterYearWarnings({ status: 'reporting', members: ['d', 'c', 'b', 'a'], headId: 'b', deputyId: 'd', committees })
  t.same(warnings, [
    { code: 'MEMBER_MERGED', committeeId: 'b', roles: ['member', 'head'], effectiveDate: '2025-07-01', successorIds: ['x'] },
    { code: 'MEMBER_DISSOLVED', committeeId: 'c', roles: ['member'], effectiveDate: '2025-07-01', successorIds: ['y', 'z'] },
    { code: 'MEMBER_MERGED', committeeId: 'd', roles: ['member', 'deputy'], effectiveDate: '2025-07-01', successorIds: ['x'] },
  ])
  t.same(clusterYearWarnings({ status: 'closed', members: ['b'], headId: 'b', deputyId: null, committees }), [], 'a closed year warns of nothing')
  t.equal(clusterYearWarnings({ status: 'finalized', members: ['b'], headId: null, deputyId: null, committees }).length, 1, 'a finalised year still warns')
  t.same(clusterYearWarnings({ status: 'planning', members: ['a', 'unknown'], headId: 'a', deputyId: null, committees }), [], 'active or unknown: no warning')
  // A row ended before end_reason existed says how by its status.
  const legacy = byId({ id: 'e', status: 'dissolved', endReason: null, endedOn: null, successorIds: [] })
  t.equal(clusterYearWarnings({ status: 'planning', members: ['e'], headId: null, deputyId: null, committees: legacy })[0]!.code, 'MEMBER_DISSOLVED')
})

t.test('clusterYearWarnings: properties', async (t) => {
  const standing = fc.oneof(fc.constant<'active'>('active'), fc.constant<'merged'>('merged'), fc.constant<'dissolved'>('dissolved'))
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.tuple(fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b'), minLength: 4, maxLength: 4 }), standing),
        { selector: ([id]) => id, maxLength: 20 },
      ),
      fc.constantFrom(...CLUSTER_YEAR_STATUSES),
      (members, status) => {
        const committees = byId(...members.map(([id, s]) => (s === 'active' ? active(id) : s === 'merged' ? merged(id, 'x') : dissolved(id))))
        const ids = members.map(([id]) => id)
        const headId = ids[0] ?? null
        const w = clusterYearWarnings({ status, members: ids, headId, deputyId: null, committees })
        const reversed = clusterYearWarnings({ status, members: [...ids].reverse(), headId, deputyId: null, committees })
        const ended = members.filter(([, s]) => s !== 'active').length
        return (
          JSON.stringify(w) === JSON.stringify(reversed) && // member order never matters
          w.length === (status === 'closed' ? 0 : ended) && // one per ended member while open
          w.every((x) => committees.get(x.committeeId)!.status !== 'active') &&
          w.every((x) => x.roles[0] === 'member' && x.roles.includes('head') === (x.committeeId === headId))
        )
      },
    ),
  )
  t.pass('order-free, one warning per ended member while open, none when closed')
})

t.test('validateCarry: the order of the refusals', async (t) => {
  const base: Parameters<typeof validateCarry>[0] = {
    status: 'reporting',
    members: ['a', 'b', 'c'],
    memberLevel: 'province',
    member: merged('a', 's'),
    successor: { id: 's', status: 'active', level: 'province' },
    successorId: 's',
  }
  t.doesNotThrow(() => validateCarry(base))
  const code = (over: Partial<typeof base> & Record<string, unknown>) => refusal(t, () => validateCarry({ ...base, ...over } as typeof base))
  t.match(code({ status: 'closed' }), { code: 'CLUSTER_YEAR_CLOSED', kind: 'conflict' })
  t.match(code({ status: 'finalized' }), { code: 'RANKING_FINALIZED', kind: 'conflict' })
  t.match(code({ members: ['b', 'c'] }), { code: 'NOT_A_MEMBER', kind: 'not_found' })
  t.match(code({ member: active('a') }), { code: 'MEMBER_NOT_ENDED', kind: 'conflict' })
  t.match(code({ successorId: 'z', successor: { id: 'z', status: 'active', level: 'province' } }), { code: 'NOT_A_SUCCESSOR', kind: 'invalid' })
  t.match(code({ member: dissolved('a', []) }), { code: 'NOT_A_SUCCESSOR' }, 'a dissolution that named no successor has none to carry to')
  t.match(code({ successor: { id: 's', status: 'merged', level: 'province' } }), { code: 'SUCCESSOR_NOT_ACTIVE', kind: 'invalid' })
  t.match(code({ successor: undefined }), { code: 'SUCCESSOR_NOT_ACTIVE' })
  t.match(code({ successor: { id: 's', status: 'active', level: 'district' } }), { code: 'MEMBER_LEVEL_MISMATCH', kind: 'invalid' })
  t.match(code({ members: ['a', 'b', 's'] }), { code: 'SUCCESSOR_ALREADY_MEMBER', kind: 'conflict' })
  t.doesNotThrow(() => validateCarry({ ...base, status: 'planning' }), 'while planning')
})

t.test('validateMerges: every problem at once, each with its pointer', async (t) => {
  const c = (
    id: string,
    level: MergeSubject['level'] = 'province',
    status: MergeSubject['status'] = 'active',
    validFrom: string | null = null,
  ): MergeSubject => ({
    id,
    level,
    status,
    validFrom,
  })
  const found = new Map([c('a'), c('b'), c('d', 'district'), c('m', 'province', 'merged'), c('v', 'province', 'active', '2026-01-01')].map((x) => [x.id, x]))
  const run = (predecessorIds: string[], over: Record<string, unknown> = {}) =>
    refusal(t, () => validateMerges({ predecessorIds, found, successor: c('s'), successorId: 's', successorChain: [], effectiveDate: '2025-07-01', ...over }))
  t.doesNotThrow(() =>
    validateMerges({ predecessorIds: ['a', 'b'], found, successor: c('s'), successorId: 's', successorChain: [], effectiveDate: '2025-07-01' }),
  )
  const e = run(['a', 'x', 'a', 's', 'm', 'd', 'v'])
  t.equal(e.code, 'PREDECESSOR_NOT_FOUND', 'the first problem names the answer')
  t.equal(e.kind, 'invalid')
  t.same(
    e.errors!.map((x) => `${x.pointer} ${x.code}`),
    [
      '/predecessorIds/1 PREDECESSOR_NOT_FOUND',
      '/predecessorIds/2 DUPLICATE_PREDECESSOR',
      '/predecessorIds/3 MERGE_INTO_SELF',
      '/predecessorIds/4 PREDECESSOR_NOT_ACTIVE',
      '/predecessorIds/5 MERGE_LEVEL_MISMATCH',
      '/predecessorIds/6 EFFECTIVE_DATE_BEFORE_VALID_FROM',
    ],
  )
  t.same(
    run(['a'], { successor: undefined }).errors!.map((x) => x.code),
    ['SUCCESSOR_NOT_FOUND'],
  )
  t.same(
    run(['a'], { successor: c('s', 'province', 'merged'), successorChain: ['a'] }).errors!.map((x) => `${x.pointer} ${x.code}`),
    ['/successorId SUCCESSOR_NOT_ACTIVE', '/predecessorIds/0 MERGE_CYCLE'],
  )
})

t.test('validateDissolve', async (t) => {
  const committee = { id: 'd', level: 'district' as const, status: 'active' as const, validFrom: '2020-01-01', parentId: 'p' }
  const found = new Map<string, MergeSubject>([
    ['w', { id: 'w', level: 'commune', status: 'active', validFrom: null }],
    ['m', { id: 'm', level: 'commune', status: 'merged', validFrom: null }],
  ])
  const ok = { committee, successorIds: ['w'], found, activeChildren: 3, effectiveDate: '2025-07-01' }
  t.doesNotThrow(() => validateDissolve(ok))
  t.doesNotThrow(() => validateDissolve({ ...ok, successorIds: [] }), 'no successor named')
  const run = (over: Record<string, unknown>) => refusal(t, () => validateDissolve({ ...ok, ...over } as typeof ok))
  t.match(run({ committee: { ...committee, status: 'merged' } }), { code: 'COMMITTEE_ALREADY_ENDED', kind: 'conflict', details: { status: 'merged' } })
  t.match(run({ effectiveDate: '2019-12-31' }), { code: 'EFFECTIVE_DATE_BEFORE_VALID_FROM', errors: [{ pointer: '/effectiveDate' }] })
  t.same(
    run({ successorIds: ['w', 'd', 'x', 'm', 'w'] }).errors!.map((x) => `${x.pointer} ${x.code}`),
    ['/successorIds/1 SUCCESSOR_IS_SELF', '/successorIds/2 SUCCESSOR_NOT_FOUND', '/successorIds/3 SUCCESSOR_NOT_ACTIVE', '/successorIds/4 DUPLICATE_SUCCESSOR'],
  )
  t.match(run({ committee: { ...committee, parentId: null } }), { code: 'CHILDREN_WITHOUT_PARENT', kind: 'conflict', details: { activeChildren: 3 } })
  t.doesNotThrow(() => validateDissolve({ ...ok, committee: { ...committee, parentId: null }, activeChildren: 0 }), 'a root without children may end')
})
