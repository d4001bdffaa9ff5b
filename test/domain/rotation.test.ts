import t from 'tap'
import { suggestSuccession, validateHandover, validateLeadership, validateRotationPolicy } from '../../src/domain/rotation.ts'
import type { LeadershipEntry, RotationMember } from '../../src/domain/rotation.ts'
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

const m = (id: string, code: string): RotationMember => ({ id, code })
const ids = (ms: RotationMember[]) => ms.map((x) => x.id)

/** A valid handover input, to be varied one field at a time. */
const handover = (over: Partial<Parameters<typeof validateHandover>[0]> = {}): Parameters<typeof validateHandover>[0] => ({
  fromYear: 2023,
  outgoingHeadId: 'a',
  incomingHeadId: 'b',
  incomingDeputyId: 'c',
  nextYearMembers: ['a', 'b', 'c'],
  fromYearStatus: 'finalized',
  overrideAllowed: false,
  alreadyHandedOver: false,
  ...over,
})

t.test('seed: northern midlands, Phú Thọ (2023) → Bắc Kạn (2024) under deputy_succeeds', async (t) => {
  // Cụm thi đua các tỉnh trung du và miền núi phía Bắc; official province codes.
  const members = [
    m('phu-tho', '25'),
    m('bac-kan', '06'),
    m('bac-giang', '24'),
    m('hoa-binh', '17'),
    m('tuyen-quang', '08'),
    m('yen-bai', '15'),
    m('thai-nguyen', '19'),
  ]
  const history: LeadershipEntry[] = [{ year: 2023, headId: 'phu-tho', deputyId: 'bac-kan' }]
  const s = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history })
  t.equal(s.year, 2024)
  t.match(s.head, { committeeId: 'bac-kan', rule: 'deputy_succeeds', reason: /deputy in 2023/ })
  // Never-headed units come first, ties by code: Tuyên Quang (08).
  t.match(s.deputy, { committeeId: 'tuyen-quang', rule: 'least_recently_led', reason: /never headed/ })
  t.notOk(
    s.eligible.some((e) => e.committeeId === 'phu-tho'),
    'the outgoing head is not eligible',
  )
  t.same(
    s.eligible.map((e) => e.code),
    ['06', '08', '15', '17', '19', '24'],
  )
  const r = validateHandover(
    handover({ outgoingHeadId: 'phu-tho', incomingHeadId: s.head!.committeeId, incomingDeputyId: s.deputy!.committeeId, nextYearMembers: ids(members) }),
  )
  t.same(r, { headChosenBy: 'handover' })
})

t.test('seed: Thanh Hóa cluster no. 1, Thanh Hóa city (2023) → Quảng Xương head, Nghi Sơn deputy (2024), elected', async (t) => {
  // bầu: the conference elected the new head and deputy. Codes are test codes; two units are
  // sector Party organisations without an administrative code.
  const members = [
    m('nga-son', 'TH-NS'),
    m('quang-xuong', 'TH-QX'),
    m('hoang-hoa', 'TH-HH'),
    m('hau-loc', 'TH-HL'),
    m('nghi-son', 'TH-NGS'),
    m('bim-son', 'TH-BS'),
    m('thanh-hoa-city', 'TH-TP'),
    m('sam-son', 'TH-SS'),
    m('police', 'TH-CA'),
    m('agencies-bloc', 'TH-KCQ'),
  ]
  const history: LeadershipEntry[] = [{ year: 2023, headId: 'thanh-hoa-city', deputyId: null }]
  const s = suggestSuccession({ policy: 'elected', year: 2023, members, history })
  t.equal(s.head, null)
  t.equal(s.deputy, null)
  t.equal(s.rule, 'elected')
  t.equal(s.eligible.length, 9)
  t.notOk(s.eligible.some((e) => e.committeeId === 'thanh-hoa-city'))
  const r = validateHandover(
    handover({ outgoingHeadId: 'thanh-hoa-city', incomingHeadId: 'quang-xuong', incomingDeputyId: 'nghi-son', nextYearMembers: ids(members) }),
  )
  t.same(r, { headChosenBy: 'handover' })
  t.match(
    caught(() =>
      validateHandover(
        handover({ outgoingHeadId: 'thanh-hoa-city', incomingHeadId: 'thanh-hoa-city', incomingDeputyId: 'nghi-son', nextYearMembers: ids(members) }),
      ),
    ),
    {
      kind: 'invalid',
      code: 'CONSECUTIVE_HEAD',
    },
  )
})

t.test('seed: Tây Nam Bộ, Kiên Giang head and Đồng Tháp deputy for 2024', async (t) => {
  // Bến Tre hosted the 2023 review (tổng kết); taken here as the 2023 head. "phân công": elected.
  const members = [
    m('long-an', '80'),
    m('tien-giang', '82'),
    m('ben-tre', '83'),
    m('tra-vinh', '84'),
    m('vinh-long', '86'),
    m('dong-thap', '87'),
    m('an-giang', '89'),
    m('kien-giang', '91'),
    m('hau-giang', '93'),
    m('soc-trang', '94'),
    m('bac-lieu', '95'),
    m('ca-mau', '96'),
  ]
  const history: LeadershipEntry[] = [{ year: 2023, headId: 'ben-tre', deputyId: 'kien-giang' }]
  const elected = suggestSuccession({ policy: 'elected', year: 2023, members, history })
  t.ok(elected.eligible.some((e) => e.committeeId === 'kien-giang'))
  t.ok(elected.eligible.some((e) => e.committeeId === 'dong-thap'))
  // Under deputy_succeeds the suggestion would also name Kiên Giang (the 2023 deputy) head.
  const ds = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history })
  t.equal(ds.head?.committeeId, 'kien-giang')
  t.same(
    validateHandover(handover({ outgoingHeadId: 'ben-tre', incomingHeadId: 'kien-giang', incomingDeputyId: 'dong-thap', nextYearMembers: ids(members) })),
    { headChosenBy: 'handover' },
  )
})

t.test('deputy_succeeds: deputy ordering by least recent headship', async (t) => {
  const members = [m('a', '01'), m('b', '02'), m('c', '03'), m('d', '04')]
  const history: LeadershipEntry[] = [
    { year: 2020, headId: 'c', deputyId: 'a' },
    { year: 2021, headId: 'a', deputyId: 'b' },
    { year: 2022, headId: 'b', deputyId: 'd' },
    { year: 2023, headId: 'd', deputyId: 'c' },
  ]
  // c becomes head; among a (2021), b (2022), d (2023) the least recent is a.
  const s = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history })
  t.match(s, { year: 2024, head: { committeeId: 'c', rule: 'deputy_succeeds' }, deputy: { committeeId: 'a', reason: /last in 2021/ } })
  // Future entries are ignored.
  const s2 = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history: [...history, { year: 2024, headId: 'a', deputyId: 'b' }] })
  t.equal(s2.deputy?.committeeId, 'a')
  // A never-headed member beats everyone; ties by code.
  const s3 = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members: [...members, m('f', '06'), m('e', '05')], history })
  t.equal(s3.deputy?.committeeId, 'e')
  t.same(
    s3.eligible.map((e) => [e.committeeId, e.lastHeadYear]),
    [
      ['a', 2021],
      ['b', 2022],
      ['c', 2020],
      ['e', null],
      ['f', null],
    ],
  )
})

t.test('deputy_succeeds: with two members the units alternate', async (t) => {
  const members = [m('a', '01'), m('b', '02')]
  const s = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history: [{ year: 2023, headId: 'a', deputyId: 'b' }] })
  t.equal(s.head?.committeeId, 'b')
  t.equal(s.deputy?.committeeId, 'a')
})

t.test('deputy_succeeds: no usable deputy falls back to the least recently led', async (t) => {
  const members = [m('a', '01'), m('b', '02'), m('c', '03')]
  const noDeputy = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history: [{ year: 2023, headId: 'a', deputyId: null }] })
  t.match(noDeputy.head, { committeeId: 'b', rule: 'least_recently_led', reason: /no deputy was recorded/ })
  t.equal(noDeputy.deputy?.committeeId, 'c')
  const left = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history: [{ year: 2023, headId: 'a', deputyId: 'x' }] })
  t.match(left.head, { committeeId: 'b', reason: /not a member of 2024/ })
  const noHistory = suggestSuccession({ policy: 'deputy_succeeds', year: 2023, members, history: [] })
  t.equal(noHistory.head?.committeeId, 'a')
  t.equal(noHistory.deputy?.committeeId, 'b')
})

t.test('no eligible member', async (t) => {
  for (const policy of ['deputy_succeeds', 'round_robin'] as const) {
    const s = suggestSuccession({ policy, year: 2023, members: [m('a', '01')], history: [{ year: 2023, headId: 'a', deputyId: null }], roundRobinOrder: ['a'] })
    t.match(s, { head: null, deputy: null, rule: 'no_eligible_member', eligible: [] }, policy)
  }
})

t.test('round_robin: the next in the order, skipping non-members', async (t) => {
  const members = [m('a', '01'), m('b', '02'), m('c', '03'), m('d', '04')]
  const order = ['c', 'x', 'a', 'd', 'y', 'b']
  const at = (headId: string | null) =>
    suggestSuccession({ policy: 'round_robin', year: 2023, members, history: headId ? [{ year: 2023, headId, deputyId: null }] : [], roundRobinOrder: order })
  t.match(at('c'), { head: { committeeId: 'a', rule: 'round_robin_next' }, deputy: { committeeId: 'd' } })
  t.match(at('d'), { head: { committeeId: 'b' }, deputy: { committeeId: 'c' } }, 'skips y, wraps for the deputy')
  t.match(at('b'), { head: { committeeId: 'c', reason: /follows 02/ }, deputy: { committeeId: 'a' } }, 'wraps around')
  t.match(at('x'), { head: { committeeId: 'a', rule: 'round_robin_next' } }, 'an outgoing head that left the cluster still anchors the order')
  t.match(at(null), { head: { committeeId: 'c', rule: 'round_robin_start' }, deputy: { committeeId: 'a' } })
  t.match(at('z'), { head: { committeeId: 'c', rule: 'round_robin_start' } }, 'a head not in the order starts it over')
  const two = suggestSuccession({
    policy: 'round_robin',
    year: 2023,
    members: [m('a', '01'), m('b', '02')],
    history: [{ year: 2023, headId: 'a', deputyId: 'b' }],
    roundRobinOrder: ['a', 'b'],
  })
  t.match(two, { head: { committeeId: 'b' }, deputy: { committeeId: 'a' } })
})

t.test('round_robin: the order is required and has no repeats', async (t) => {
  const base = { policy: 'round_robin' as const, year: 2023, members: [m('a', '01'), m('b', '02')], history: [] }
  t.match(
    caught(() => suggestSuccession(base)),
    { kind: 'invalid', code: 'ROTATION_ORDER_REQUIRED', errors: [{ pointer: '/roundRobinOrder' }] },
  )
  t.match(
    caught(() => validateRotationPolicy({ policy: 'round_robin', roundRobinOrder: [] })),
    { code: 'ROTATION_ORDER_REQUIRED' },
  )
  t.match(
    caught(() => validateRotationPolicy({ policy: 'round_robin', roundRobinOrder: ['a', 'b', 'a'] })),
    {
      kind: 'invalid',
      code: 'ROTATION_ORDER_DUPLICATE',
      errors: [{ pointer: '/roundRobinOrder/2' }],
    },
  )
  t.doesNotThrow(() => validateRotationPolicy({ policy: 'elected' }))
  t.doesNotThrow(() => validateRotationPolicy({ policy: 'round_robin', roundRobinOrder: ['a', 'b'] }))
})

t.test('validateLeadership', async (t) => {
  const memberIds = ['a', 'b', 'c']
  t.doesNotThrow(() => validateLeadership({ headId: 'a', deputyId: 'b', memberIds }))
  t.doesNotThrow(() => validateLeadership({ headId: 'a', deputyId: null, memberIds }))
  t.doesNotThrow(() => validateLeadership({ headId: null, deputyId: undefined, memberIds }))
  t.match(
    caught(() => validateLeadership({ headId: 'x', deputyId: 'b', memberIds })),
    { kind: 'invalid', code: 'HEAD_NOT_MEMBER', errors: [{ pointer: '/headId' }] },
  )
  t.match(
    caught(() => validateLeadership({ headId: 'a', deputyId: 'x', memberIds })),
    { kind: 'invalid', code: 'DEPUTY_NOT_MEMBER', errors: [{ pointer: '/deputyId' }] },
  )
  t.match(
    caught(() => validateLeadership({ headId: 'a', deputyId: 'a', memberIds })),
    { kind: 'invalid', code: 'HEAD_EQUALS_DEPUTY' },
  )
  t.match(
    caught(() => validateLeadership({ headId: 'x', deputyId: 'a', memberIds, pointers: { head: '/members' } })),
    { errors: [{ pointer: '/members' }] },
  )
})

t.test('validateHandover: every refusal', async (t) => {
  t.same(validateHandover(handover()), { headChosenBy: 'handover' })
  t.same(validateHandover(handover({ incomingDeputyId: null })), { headChosenBy: 'handover' })
  t.same(validateHandover(handover({ outgoingHeadId: null })), { headChosenBy: 'handover' })

  t.match(
    caught(() => validateHandover(handover({ alreadyHandedOver: true }))),
    { kind: 'conflict', code: 'HANDOVER_ALREADY_RECORDED' },
  )
  t.match(
    caught(() => validateHandover(handover({ fromYearStatus: 'closed' }))),
    { kind: 'conflict', code: 'HANDOVER_ALREADY_RECORDED' },
  )
  for (const status of ['planning', 'pact_signed', 'reporting', 'scoring'] as const) {
    t.match(
      caught(() => validateHandover(handover({ fromYearStatus: status }))),
      { kind: 'conflict', code: 'CLUSTER_YEAR_NOT_FINALIZED', details: { status } },
      status,
    )
  }
  t.match(
    caught(() => validateHandover(handover({ incomingHeadId: 'x' }))),
    { kind: 'invalid', code: 'HEAD_NOT_MEMBER', errors: [{ pointer: '/incomingHeadId' }] },
  )
  t.match(
    caught(() => validateHandover(handover({ incomingDeputyId: 'x' }))),
    { kind: 'invalid', code: 'DEPUTY_NOT_MEMBER', errors: [{ pointer: '/incomingDeputyId' }] },
  )
  t.match(
    caught(() => validateHandover(handover({ incomingDeputyId: 'b' }))),
    { kind: 'invalid', code: 'HEAD_EQUALS_DEPUTY' },
  )
  t.match(
    caught(() => validateHandover(handover({ incomingHeadId: 'a', incomingDeputyId: 'b' }))),
    { kind: 'invalid', code: 'CONSECUTIVE_HEAD' },
  )
  // The outgoing head must still be a member to head again; membership comes first.
  t.match(
    caught(() => validateHandover(handover({ incomingHeadId: 'a', nextYearMembers: ['b', 'c'] }))),
    { code: 'HEAD_NOT_MEMBER' },
  )
})

t.test('validateHandover: overrides', async (t) => {
  const again = { incomingHeadId: 'a', incomingDeputyId: 'b' }
  t.same(validateHandover(handover({ ...again, override: { reason: 'Cụm thống nhất đề nghị giữ nguyên' }, overrideAllowed: true })), {
    headChosenBy: 'override',
  })
  t.match(
    caught(() => validateHandover(handover({ ...again, override: { reason: 'x' }, overrideAllowed: false }))),
    { kind: 'forbidden', code: 'OVERRIDE_NOT_ALLOWED' },
  )
  t.match(
    caught(() => validateHandover(handover({ ...again, override: { reason: '  ' }, overrideAllowed: true }))),
    {
      kind: 'invalid',
      code: 'OVERRIDE_REASON_REQUIRED',
      errors: [{ pointer: '/override/reason' }],
    },
  )
  // An override that is not needed is accepted and does not change how the head was chosen…
  t.same(validateHandover(handover({ override: { reason: 'x' }, overrideAllowed: true })), { headChosenBy: 'handover' })
  // …but is still refused to someone who may not override.
  t.match(
    caught(() => validateHandover(handover({ override: { reason: 'x' } }))),
    { code: 'OVERRIDE_NOT_ALLOWED' },
  )
  // overrideAllowed alone is not an override.
  t.match(
    caught(() => validateHandover(handover({ ...again, overrideAllowed: true }))),
    { code: 'CONSECUTIVE_HEAD' },
  )
  // State is checked before permission.
  t.match(
    caught(() => validateHandover(handover({ ...again, override: { reason: 'x' }, alreadyHandedOver: true }))),
    { code: 'HANDOVER_ALREADY_RECORDED' },
  )
})
