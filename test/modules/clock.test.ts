/**
 * The clock is injected through buildApp: a year's calendar is written with real dates and the
 * test moves time, instead of building windows relative to the machine's clock.
 */
import t from 'tap'
import { manualClock } from '../../src/lib/clock.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, createIndicators, organizerWithMembers, putYear } from '../helpers/fixtures.ts'

const scheme = {
  criteria: [{ code: 'HOUSES', title: 'Nhà', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '100', indicatorCode: 'HOUSES_BUILT' }],
  bonusCap: '0',
  penaltyCap: '0',
  tieBreakGroups: ['A'],
  latePenalty: null,
  classificationBands: [],
  awardRules: [],
}

t.test('windows, locks, finalisation blockers and key expiry follow the injected clock', async (t) => {
  const clock = manualClock('2024-03-01T02:00:00Z')
  const h = await buildTestApp(t, {}, { clock })
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 2)
  const [a, b] = members.map((m) => m.id) as [string, string]
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: [a, b], headId: a })
  const base = `/v1/clusters/${cluster.id}/years/2024`
  t.equal((await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: scheme })).statusCode, 201)
  const signatories = [a, b].map((committeeId) => ({ committeeId, signerName: 'Chủ tịch', title: 'Chủ tịch Ủy ban MTTQ' }))
  t.equal(
    (await h.call(admin, { method: 'POST', url: `${base}/pact/sign`, body: { signedAt: '2024-01-10T02:00:00Z', venue: 'Việt Trì', signatories } })).statusCode,
    201,
  )
  // Sơ kết: H1 until 30 June; tổng kết: FY from 1 July to 30 November (Hanoi time).
  await h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, body: { opensAt: '2024-01-01T00:00:00+07:00', closesAt: '2024-06-30T23:59:59+07:00' } })
  await h.call(admin, { method: 'PUT', url: `${base}/periods/FY`, body: { opensAt: '2024-07-01T00:00:00+07:00', closesAt: '2024-11-30T23:59:59+07:00' } })

  const submitter = await h.token('submitter', a)
  const create = (period: string, value: number) =>
    h.call(submitter, {
      method: 'POST',
      url: '/v1/submissions',
      body: { clusterId: cluster.id, year: 2024, period, committeeId: a, values: [{ indicatorCode: 'HOUSES_BUILT', value }] },
    })

  // 1 March: H1 takes input, FY does not yet.
  const h1 = await create('H1', 10)
  t.equal(h1.statusCode, 201)
  t.same(h1.json().lock, { editable: true, code: null })
  t.equal((await create('FY', 10)).json().code, 'PERIOD_NOT_OPEN')
  const state = async (period: string) => (await h.call(admin, { method: 'GET', url: `${base}/periods/${period}` })).json().state
  t.same([await state('H1'), await state('FY')], ['open', 'not_open'])

  // 1 July: the H1 draft is locked by its deadline, FY is open.
  clock.set('2024-07-01T03:00:00Z')
  t.same([await state('H1'), await state('FY')], ['closed', 'open'])
  const h1Now = await h.call(submitter, { method: 'GET', url: `/v1/submissions/${h1.json().id}` })
  t.same(h1Now.json().lock, { editable: false, code: 'PERIOD_CLOSED' })
  const patch = await h.call(submitter, {
    method: 'PATCH',
    url: `/v1/submissions/${h1.json().id}`,
    headers: { 'if-match': h1Now.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 11 }] },
  })
  t.equal(patch.json().code, 'PERIOD_CLOSED')
  const fy = await create('FY', 100)
  t.equal(fy.statusCode, 201)
  t.equal((await h.call(submitter, { method: 'POST', url: `/v1/submissions/${fy.json().id}/submit` })).statusCode, 200)
  const secretariat = await h.token('secretariat', a)
  t.equal((await h.call(secretariat, { method: 'POST', url: `/v1/submissions/${fy.json().id}/accept`, body: {} })).statusCode, 200)

  // Before the FY deadline the live ranking says FY is not closed; past it, the same inputs do
  // not block, with no write in between (the cached ranking expires at the deadline).
  const blockers = async () => (await h.call(admin, { method: 'GET', url: `${base}/ranking` })).json().blockers.map((x: { code: string }) => x.code)
  t.same(await blockers(), ['FY_NOT_CLOSED'])
  clock.set('2024-11-30T16:59:59Z')
  t.same(await blockers(), ['FY_NOT_CLOSED'], 'the deadline names the last moment')
  clock.set('2024-11-30T17:00:00Z')
  t.same(await blockers(), [])
  const final = await h.call(admin, { method: 'POST', url: `${base}/ranking/finalize` })
  t.equal(final.statusCode, 200)
  t.equal(final.json().computedAt, '2024-11-30T17:00:00.000Z', 'the frozen ranking is stamped with the clock')

  // A key's expiry is a rule too.
  const key = await h.call(admin, { method: 'POST', url: '/v1/api-keys', body: { name: 'portal', role: 'reader', expiresAt: '2024-12-31T17:00:00Z' } })
  t.equal(key.statusCode, 201)
  const reader = key.json().token as string
  t.equal((await h.call(reader, { method: 'GET', url: '/v1/committees' })).statusCode, 200)
  clock.set('2025-01-01T00:00:00Z')
  t.equal((await h.call(reader, { method: 'GET', url: '/v1/committees' })).json().code, 'API_KEY_EXPIRED')
})
