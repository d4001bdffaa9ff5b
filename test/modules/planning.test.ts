import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, createIndicators, organizerWithMembers, putYear, SCHEME } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

t.test('indicator catalogue', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const created = await h.call(admin, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'FUND_RAISED', nameVi: 'Quỹ Vì người nghèo', nameEn: 'Fund for the Poor', unit: 'đồng', valueType: 'integer', minValue: 0 },
  })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { code: 'FUND_RAISED', unit: 'đồng', valueType: 'integer', direction: 'higher', minValue: '0', maxValue: null })
  const dup = await h.call(admin, { method: 'POST', url: '/v1/indicators', body: { code: 'FUND_RAISED', nameVi: 'x', unit: 'đồng', valueType: 'integer' } })
  expectConflict(t, dup, 'INDICATOR_CODE_TAKEN')
  const badCode = await h.call(admin, { method: 'POST', url: '/v1/indicators', body: { code: 'fund-raised', nameVi: 'x', unit: 'đồng', valueType: 'integer' } })
  t.equal(badCode.statusCode, 400)
  t.equal(badCode.json().errors[0].pointer, '/code')
  const bounds = await h.call(admin, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'RATE', nameVi: 'x', unit: 'percent', valueType: 'percent', minValue: '10', maxValue: '5' },
  })
  t.equal(bounds.json().code, 'MAX_BELOW_MIN')
  const pct = await h.call(admin, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'RATE', nameVi: 'x', unit: 'percent', valueType: 'percent', maxValue: '150' },
  })
  t.equal(pct.json().code, 'OUT_OF_RANGE')
  t.equal(
    (await h.call(await h.token('reader'), { method: 'POST', url: '/v1/indicators', body: { code: 'X', nameVi: 'x', unit: 'x', valueType: 'integer' } })).json()
      .code,
    'ROLE_NOT_ALLOWED',
  )

  const list = await h.call(await h.token('reader'), { method: 'GET', url: '/v1/indicators?q=quy%20vi%20nguoi%20ngheo' })
  t.same(
    list.json().items.map((i: { code: string }) => i.code),
    ['FUND_RAISED'],
  )
  const etag = (await h.call(admin, { method: 'GET', url: `/v1/indicators/${created.json().id}` })).headers.etag as string
  const renamed = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/indicators/${created.json().id}`,
    headers: { 'if-match': etag },
    body: { nameEn: 'Fund for the Poor (Quỹ)' },
  })
  t.equal(renamed.statusCode, 200)
  const fixed = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/indicators/${created.json().id}`,
    headers: { 'if-match': renamed.headers.etag as string },
    body: { valueType: 'decimal' },
  })
  t.equal(fixed.statusCode, 400, 'the value type is fixed')
})

t.test('scheme, targets and the pact: each rule and its code', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 3)
  const ids = members.map((m) => m.id)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: ids, headId: ids[0], deputyId: ids[1] })
  const base = `/v1/clusters/${cluster.id}/years/2024`

  t.equal((await h.call(admin, { method: 'GET', url: `${base}/scheme` })).json().code, 'SCHEME_NOT_FOUND')
  const noScheme = await h.call(admin, { method: 'PUT', url: `${base}/targets`, body: { targets: [] } })
  t.equal(noScheme.json().code, 'SCHEME_REQUIRED')

  const broken = await h.call(admin, {
    method: 'PUT',
    url: `${base}/scheme`,
    body: {
      ...SCHEME,
      criteria: [
        { ...SCHEME.criteria[0], indicatorCode: 'NOT_IN_CATALOGUE' },
        { ...SCHEME.criteria[3], indicatorCode: 'HOUSES_BUILT' },
      ],
      tieBreakGroups: ['Z'],
    },
  })
  t.equal(broken.statusCode, 422)
  t.equal(broken.json().code, 'INVALID_SCHEME')
  const pointers = broken.json().errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)
  t.ok(pointers.includes('/criteria/0/indicatorCode UNKNOWN_INDICATOR'), 'unknown indicator named')
  t.ok(pointers.includes('/criteria/1/indicatorCode INDICATOR_NOT_ALLOWED'), 'assessed criteria take no indicator')
  t.ok(
    pointers.some((p: string) => p.startsWith('/tieBreakGroups/0')),
    'unknown group named',
  )

  const scheme = await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: SCHEME })
  t.equal(scheme.statusCode, 201)
  t.equal(scheme.json().scheme.criteria.length, 5)
  t.equal(scheme.json().frozen, false)
  const noMatch = await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: SCHEME })
  t.equal(noMatch.statusCode, 428)

  const bad = await h.call(admin, {
    method: 'PUT',
    url: `${base}/targets`,
    body: {
      targets: [
        { committeeId: ids[0], criterionCode: 'HOUSES', value: '100' },
        { committeeId: ids[0], criterionCode: 'HOUSES', value: '90' },
        { committeeId: organizer.id, criterionCode: 'HOUSES', value: '1' },
        { committeeId: ids[1], criterionCode: 'PEER', value: '1' },
        { committeeId: ids[1], criterionCode: 'NOPE', value: '1' },
        { committeeId: ids[2], criterionCode: 'NTM', value: '-1' },
      ],
    },
  })
  t.equal(bad.statusCode, 422)
  t.same(
    bad.json().errors.map((e: { code: string }) => e.code),
    ['DUPLICATE_TARGET', 'TARGET_NOT_MEMBER', 'TARGET_NOT_APPLICABLE', 'UNKNOWN_CRITERION', 'INVALID_TARGET'],
  )

  const partial = await h.call(admin, {
    method: 'PUT',
    url: `${base}/targets`,
    body: { targets: [{ committeeId: ids[0], criterionCode: 'HOUSES', value: 100 }] },
  })
  t.equal(partial.statusCode, 200)
  t.equal(partial.json().missing.length, 5, 'three members × two target criteria, one set')
  const signers = ids.map((committeeId) => ({ committeeId, signerName: 'Chủ tịch', title: 'Chủ tịch Ủy ban MTTQ' }))
  const sign = (body: object) =>
    h.call(admin, { method: 'POST', url: `${base}/pact/sign`, body: { signedAt: '2024-01-15T09:00:00+07:00', venue: 'Phú Thọ', ...body } })
  const incomplete = await sign({ signatories: signers })
  t.equal(incomplete.statusCode, 422)
  t.equal(incomplete.json().code, 'TARGETS_INCOMPLETE')
  t.equal(incomplete.json().details.missing.length, 5)

  const targetsEtag = partial.headers.etag as string
  const staleless = await h.call(admin, { method: 'PUT', url: `${base}/targets`, body: { targets: [] } })
  t.equal(staleless.statusCode, 428, 'existing targets need If-Match')
  const full = await h.call(admin, {
    method: 'PUT',
    url: `${base}/targets`,
    headers: { 'if-match': targetsEtag },
    body: {
      targets: ids.flatMap((committeeId) => [
        { committeeId, criterionCode: 'HOUSES', value: '100' },
        { committeeId, criterionCode: 'NTM', value: '10' },
      ]),
    },
  })
  t.equal(full.statusCode, 200)
  t.same(full.json().missing, [])

  t.equal((await sign({ signatories: signers.slice(0, 2) })).json().code, 'SIGNATORY_MISSING')
  t.equal((await sign({ signatories: [...signers, signers[0]] })).json().code, 'DUPLICATE_SIGNATORY')
  t.equal((await sign({ signatories: [...signers, { ...signers[0], committeeId: organizer.id }] })).json().code, 'SIGNATORY_NOT_MEMBER')
  const reader = await h.token('reader')
  t.equal(
    (await h.call(reader, { method: 'POST', url: `${base}/pact/sign`, body: { signedAt: '2024-01-15T09:00:00Z', venue: 'x', signatories: signers } })).json()
      .code,
    'ROLE_NOT_ALLOWED',
  )

  const headSecretariat = await h.token('secretariat', ids[0])
  const signed = await h.call(headSecretariat, {
    method: 'POST',
    url: `${base}/pact/sign`,
    body: { signedAt: '2024-01-15T09:00:00+07:00', venue: 'Phú Thọ', signatories: signers },
  })
  t.equal(signed.statusCode, 201, "the head's secretariat records the pact")
  t.match(signed.json().digest, /^[0-9a-f]{64}$/)
  t.equal((await h.call(admin, { method: 'GET', url: base })).json().status, 'pact_signed')
  t.equal((await sign({ signatories: signers })).json().code, 'PACT_ALREADY_SIGNED')

  const schemeNow = await h.call(admin, { method: 'GET', url: `${base}/scheme` })
  t.equal(schemeNow.json().frozen, true)
  const frozen = await h.call(admin, { method: 'PUT', url: `${base}/scheme`, headers: { 'if-match': schemeNow.headers.etag as string }, body: SCHEME })
  t.equal(frozen.statusCode, 409)
  t.equal(frozen.json().code, 'SCHEME_FROZEN')
  const frozenTargets = await h.call(admin, {
    method: 'PUT',
    url: `${base}/targets`,
    headers: { 'if-match': full.headers.etag as string },
    body: { targets: [] },
  })
  t.equal(frozenTargets.json().code, 'SCHEME_FROZEN')
  t.equal((await h.call(reader, { method: 'GET', url: `${base}/pact` })).json().venue, 'Phú Thọ')
})

t.test('periods: windows, opening moves the year to reporting, closing FY to scoring', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 2)
  const ids = members.map((m) => m.id)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: ids, headId: ids[0] })
  const base = `/v1/clusters/${cluster.id}/years/2024`
  const window = { opensAt: '2024-01-01T00:00:00Z', closesAt: '2024-07-15T00:00:00Z' }

  t.equal((await h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, body: window })).json().code, 'PACT_NOT_SIGNED')
  await h.call(admin, {
    method: 'PUT',
    url: `${base}/scheme`,
    body: { ...SCHEME, criteria: SCHEME.criteria.filter((c) => c.method === 'assessed' || c.method === 'manual' || c.method === 'relative_to_best') },
  })
  await h.call(admin, {
    method: 'POST',
    url: `${base}/pact/sign`,
    body: { signedAt: '2024-01-10T00:00:00Z', venue: 'x', signatories: ids.map((committeeId) => ({ committeeId, signerName: 'A', title: 'B' })) },
  })
  t.equal(
    (await h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, body: { opensAt: window.closesAt, closesAt: window.opensAt } })).json().code,
    'INVALID_WINDOW',
  )
  t.equal((await h.call(admin, { method: 'PUT', url: `${base}/periods/FY`, body: window })).json().code, 'H1_NOT_OPEN', 'reporting opens with H1')
  t.equal(
    (await h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, headers: { 'if-match': '"x"' }, body: window })).statusCode,
    412,
    'If-Match on a missing window fails',
  )
  t.equal((await h.call(admin, { method: 'PUT', url: `${base}/periods/Q3`, body: window })).statusCode, 400)

  const organizerKey = await h.token('organizer', organizer.id)
  const h1 = await h.call(organizerKey, { method: 'PUT', url: `${base}/periods/H1`, body: window })
  t.equal(h1.statusCode, 201)
  t.match(h1.json(), { period: 'H1', state: 'closed', closedAt: null }, 'a past window reads as closed')
  t.equal((await h.call(admin, { method: 'GET', url: base })).json().status, 'reporting', 'opening H1 moves the year to reporting')
  const moved = await h.call(organizerKey, {
    method: 'PUT',
    url: `${base}/periods/H1`,
    headers: { 'if-match': h1.headers.etag as string },
    body: { opensAt: window.opensAt, closesAt: '2030-01-01T00:00:00Z' },
  })
  t.equal(moved.statusCode, 200)
  t.equal(moved.json().state, 'open')
  t.equal((await h.call(organizerKey, { method: 'PUT', url: `${base}/periods/H1`, body: window })).statusCode, 428)

  t.equal((await h.call(admin, { method: 'POST', url: `${base}/periods/FY/close` })).json().code, 'PERIOD_NOT_SET')
  await h.call(admin, { method: 'PUT', url: `${base}/periods/FY`, body: { opensAt: '2024-07-01T00:00:00Z', closesAt: '2030-01-01T00:00:00Z' } })
  const closed = await h.call(await h.token('secretariat', ids[0]), { method: 'POST', url: `${base}/periods/FY/close` })
  t.equal(closed.statusCode, 200)
  t.equal(closed.json().state, 'closed')
  t.type(closed.json().closedAt, 'string')
  t.equal((await h.call(admin, { method: 'GET', url: base })).json().status, 'scoring', 'closing FY starts scoring')
  t.equal((await h.call(admin, { method: 'POST', url: `${base}/periods/FY/close` })).json().code, 'PERIOD_ALREADY_CLOSED')
  const reopen = await h.call(admin, { method: 'PUT', url: `${base}/periods/FY`, headers: { 'if-match': closed.headers.etag as string }, body: window })
  t.equal(reopen.json().code, 'PERIOD_CLOSED')
  t.equal((await h.call(await h.token('submitter', ids[1]), { method: 'POST', url: `${base}/periods/H1/close` })).json().code, 'ROLE_NOT_ALLOWED')
})

t.test('targets follow the scheme and the membership', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 3)
  const ids = members.map((m) => m.id)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: ids, headId: ids[0] })
  const base = `/v1/clusters/${cluster.id}/years/2024`
  await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: SCHEME })
  const full = await h.call(admin, {
    method: 'PUT',
    url: `${base}/targets`,
    body: {
      targets: ids.flatMap((committeeId) => [
        { committeeId, criterionCode: 'HOUSES', value: '100' },
        { committeeId, criterionCode: 'NTM', value: '10' },
      ]),
    },
  })
  t.equal(full.json().targets.length, 6)

  // A member leaves: its targets go, with an audit event.
  t.equal((await putYear(h, cluster.id, 2024, { members: ids.slice(0, 2) })).statusCode, 200)
  t.equal((await h.call(admin, { method: 'GET', url: `${base}/targets` })).json().targets.length, 4)
  // A criterion stops taking targets: its targets go too.
  const scheme = await h.call(admin, { method: 'GET', url: `${base}/scheme` })
  const noNtm = { ...SCHEME, criteria: SCHEME.criteria.filter((c) => c.code !== 'NTM') }
  t.equal((await h.call(admin, { method: 'PUT', url: `${base}/scheme`, headers: { 'if-match': scheme.headers.etag as string }, body: noNtm })).statusCode, 200)
  const left = (await h.call(admin, { method: 'GET', url: `${base}/targets` })).json()
  t.same(
    left.targets.map((x: { criterionCode: string }) => x.criterionCode),
    ['HOUSES', 'HOUSES'],
  )
  const auditor = await h.token('auditor')
  const events = (await h.call(auditor, { method: 'GET', url: `/v1/audit-events?entityType=cluster_year&limit=500` })).json().items
  t.equal(events.filter((e: { action: string }) => e.action === 'targets.pruned').length, 2)
})

t.test('a PUT of more targets than one INSERT can carry (65,535 parameters) is stored whole', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 40)
  const ids = members.map((m) => m.id)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: ids, headId: ids[0] })
  const base = `/v1/clusters/${cluster.id}/years/2024`
  // 420 targeted criteria × 40 members = 16,800 targets: 67,200 parameters in one INSERT.
  const criteria = Array.from({ length: 420 }, (_, i) => ({
    code: `C${String(i).padStart(3, '0')}`,
    title: `Tiêu chí ${i}`,
    group: 'A',
    kind: 'standard',
    method: 'target_ratio',
    maxPoints: '0.2',
    indicatorCode: 'HOUSES_BUILT',
  }))
  const scheme = await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: { ...SCHEME, criteria, tieBreakGroups: ['A'] } })
  t.equal(scheme.statusCode, 201, 'the scheme is created')
  const targets = ids.flatMap((committeeId, m) => criteria.map((c, i) => ({ committeeId, criterionCode: c.code, value: String(m * 1000 + i + 1) })))
  const put = await h.call(admin, { method: 'PUT', url: `${base}/targets`, body: { targets } })
  t.equal(put.statusCode, 200, 'all 16,800 targets are taken')
  const stored = (await h.call(admin, { method: 'GET', url: `${base}/targets` })).json().targets as {
    committeeId: string
    criterionCode: string
    value: string
  }[]
  t.equal(stored.length, 16_800)
  const key = (x: { committeeId: string; criterionCode: string; value: string }) => `${x.committeeId}|${x.criterionCode}|${x.value}`
  t.same(new Set(stored.map(key)), new Set(targets.map(key)), 'every target as sent')
})
