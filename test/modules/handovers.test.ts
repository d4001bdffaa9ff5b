import t from 'tap'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { createCluster, createCommittee, finalizeYear, organizerWithMembers, putYear } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

const handoverBody = (over: Record<string, unknown>) => ({
  fromYear: 2023,
  handedOverAt: '2023-12-01T09:00:00+07:00',
  venue: 'Phú Thọ',
  rotatingFlagHandedOver: true,
  minutesRef: 'BB-01/2023',
  ...over,
})

async function setup(h: TestApp, policy = 'deputy_succeeds') {
  const { organizer, members } = await organizerWithMembers(h, 4)
  const ids = members.map((m) => m.id) as [string, string, string, string]
  const cluster = await createCluster(h, {
    organizerCommitteeId: organizer.id,
    rotationPolicy: policy,
    ...(policy === 'round_robin' ? { roundRobinOrder: ids } : {}),
  })
  const res = await putYear(h, cluster.id, 2023, { members: ids, headId: ids[0], deputyId: ids[1] })
  if (res.statusCode !== 201) throw new Error(res.body)
  return { organizer, ids, cluster }
}

t.test('handover: rules, refusals and the one-transaction effect', async (t) => {
  const h = await buildTestApp(t)
  const { organizer, ids, cluster } = await setup(h)
  const [a, b, c, d] = ids
  const organizerKey = await h.token('organizer', organizer.id)
  const headSecretariat = await h.token('secretariat', a)
  const post = (body: unknown, token = headSecretariat) => h.call(token, { method: 'POST', url: `/v1/clusters/${cluster.id}/handovers`, body })

  const early = await post(handoverBody({ incomingHeadId: b }))
  t.equal(early.statusCode, 409)
  t.equal(early.json().code, 'CLUSTER_YEAR_NOT_FINALIZED')

  await finalizeYear(h, cluster.id, 2023)
  t.equal((await post(handoverBody({ incomingHeadId: '01900000-0000-7000-8000-000000000000' }))).json().code, 'HEAD_NOT_MEMBER')
  t.equal((await post(handoverBody({ incomingHeadId: b, incomingDeputyId: '01900000-0000-7000-8000-000000000000' }))).json().code, 'DEPUTY_NOT_MEMBER')
  t.equal((await post(handoverBody({ incomingHeadId: b, incomingDeputyId: b }))).json().code, 'HEAD_EQUALS_DEPUTY')
  const twice = await post(handoverBody({ incomingHeadId: a }))
  t.equal(twice.statusCode, 422)
  t.equal(twice.json().code, 'CONSECUTIVE_HEAD')
  const secretariatOverride = await post(handoverBody({ incomingHeadId: a, override: { reason: 'Hội nghị thống nhất' } }))
  t.equal(secretariatOverride.statusCode, 403)
  t.equal(secretariatOverride.json().code, 'OVERRIDE_NOT_ALLOWED')
  const emptyReason = await post(handoverBody({ incomingHeadId: a, override: { reason: ' ' } }), organizerKey)
  t.equal(emptyReason.json().code, 'OVERRIDE_REASON_REQUIRED')
  t.equal(
    (await post(handoverBody({ incomingHeadId: b }), await h.token('secretariat', c))).json().code,
    'OUT_OF_SCOPE',
    "another member's secretariat is refused",
  )
  t.equal((await post(handoverBody({ incomingHeadId: b }), await h.token('submitter', a))).json().code, 'ROLE_NOT_ALLOWED')
  t.equal((await post(handoverBody({ incomingHeadId: b }), await h.token('reader'))).json().code, 'ROLE_NOT_ALLOWED')
  const otherProvince = await createCommittee(h, { name: 'Tỉnh khác', level: 'province' })
  t.equal(
    (await post(handoverBody({ incomingHeadId: b }), await h.token('organizer', otherProvince.id))).json().code,
    'OUT_OF_SCOPE',
    'an organiser of another province is refused',
  )
  t.equal(
    (await post(handoverBody({ incomingHeadId: b }), await h.token('secretariat', organizer.id))).json().code,
    'OUT_OF_SCOPE',
    "only the outgoing head's own secretariat",
  )
  t.equal((await post(handoverBody({ incomingHeadId: b, fromYear: 2030 }))).json().code, 'CLUSTER_YEAR_NOT_FOUND')

  const ok = await post(handoverBody({ incomingHeadId: b, incomingDeputyId: c }), headSecretariat)
  t.equal(ok.statusCode, 201, "the outgoing head's secretariat records it")
  t.match(ok.json(), {
    fromYear: 2023,
    toYear: 2024,
    outgoingHeadId: a,
    incomingHeadId: b,
    incomingDeputyId: c,
    headChosenBy: 'handover',
    rotatingFlagHandedOver: true,
    venue: 'Phú Thọ',
    minutesRef: 'BB-01/2023',
  })
  t.equal(ok.json().handedOverAt, '2023-12-01T02:00:00.000Z')

  const from = (await h.call(headSecretariat, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2023` })).json()
  t.equal(from.status, 'closed', 'fromYear is closed')
  const next = (await h.call(headSecretariat, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2024` })).json()
  t.match(next, { status: 'planning', headId: b, deputyId: c, headChosenBy: 'handover', deputyChosenBy: 'handover' })
  t.same(next.members.map((m: { committeeId: string }) => m.committeeId).sort(), [a, b, c, d].sort(), "next year starts with fromYear's membership")

  const again = await post(handoverBody({ incomingHeadId: c }), organizerKey)
  expectConflict(t, again, 'HANDOVER_ALREADY_RECORDED')

  const history = await h.call(headSecretariat, { method: 'GET', url: `/v1/clusters/${cluster.id}/handovers` })
  t.equal(history.json().items.length, 1)
  const leadership = await h.call(headSecretariat, { method: 'GET', url: `/v1/clusters/${cluster.id}/leadership` })
  t.same(
    leadership.json().items.map((y: Record<string, unknown>) => [y.year, y.status, y.headId, y.deputyId, y.headChosenBy]),
    [
      [2023, 'closed', a, b, 'appointed'],
      [2024, 'planning', b, c, 'handover'],
    ],
  )

  // Audit: the new year's leadership, the handover and the close, in one request.
  const auditor = await h.token('auditor')
  const events = (await h.call(auditor, { method: 'GET', url: '/v1/audit-events?limit=500' })).json().items
  const requestId = events.find((e: { action: string }) => e.action === 'handover.recorded').requestId
  const actions = events.filter((e: { requestId: string }) => e.requestId === requestId).map((e: { action: string }) => e.action)
  t.same(actions, ['cluster_year.created', 'cluster_year.leadership_set', 'handover.recorded', 'cluster_year.close'])
  t.equal((await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json().valid, true)
})

t.test('handover: the organiser may override consecutive headship with a reason', async (t) => {
  const h = await buildTestApp(t)
  const { organizer, ids, cluster } = await setup(h, 'elected')
  await finalizeYear(h, cluster.id, 2023)
  const organizerKey = await h.token('organizer', organizer.id)
  const res = await h.call(organizerKey, {
    method: 'POST',
    url: `/v1/clusters/${cluster.id}/handovers`,
    body: handoverBody({ incomingHeadId: ids[0], incomingDeputyId: ids[2], override: { reason: 'Đăng cai Đại hội điểm năm 2024' } }),
  })
  t.equal(res.statusCode, 201)
  t.match(res.json(), { headChosenBy: 'override', overrideReason: 'Đăng cai Đại hội điểm năm 2024' })
  const leadership = (await h.call(organizerKey, { method: 'GET', url: `/v1/clusters/${cluster.id}/leadership` })).json().items
  t.match(leadership[1], { year: 2024, headId: ids[0], headChosenBy: 'override', note: 'Đăng cai Đại hội điểm năm 2024' })
})

t.test('succession suggestions under each policy', async (t) => {
  const h = await buildTestApp(t)
  const deputy = await setup(h, 'deputy_succeeds')
  const s1 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${deputy.cluster.id}/years/2023/succession` })).json()
  t.match(s1, { fromYear: 2023, year: 2024, policy: 'deputy_succeeds', head: { committeeId: deputy.ids[1], rule: 'deputy_succeeds' } })
  t.type(s1.head.reason, 'string')
  t.ok(s1.deputy && s1.deputy.committeeId !== deputy.ids[0] && s1.deputy.committeeId !== deputy.ids[1], 'the new deputy has led least recently')
  t.equal(s1.deputy.rule, 'least_recently_led')

  const rr = await setup(h, 'round_robin')
  const s2 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${rr.cluster.id}/years/2023/succession` })).json()
  t.match(s2, { policy: 'round_robin', head: { committeeId: rr.ids[1], rule: 'round_robin_next' }, deputy: { committeeId: rr.ids[2] } })

  const elected = await setup(h, 'elected')
  const s3 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${elected.cluster.id}/years/2023/succession` })).json()
  t.match(s3, { policy: 'elected', head: null, deputy: null })
  t.same(s3.eligible.map((e: { committeeId: string }) => e.committeeId).sort(), elected.ids.slice(1).sort(), 'everyone but the outgoing head')

  // The suggestion is a valid handover.
  await finalizeYear(h, deputy.cluster.id, 2023)
  const applied = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/clusters/${deputy.cluster.id}/handovers`,
    body: handoverBody({ incomingHeadId: s1.head.committeeId, incomingDeputyId: s1.deputy.committeeId }),
  })
  t.equal(applied.statusCode, 201)
})

t.test('the seeds: rotations replayed through the API', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', level: 'central' })
  const province = (name: string, code: string) =>
    createCommittee(h, { name: `Ủy ban MTTQ tỉnh ${name}`, shortName: name, code, level: 'province', parentId: central.id })

  await t.test('northern midlands: Phú Thọ → Bắc Kạn (2023 → 2024), rotating flag handed over', async (t) => {
    const names: [string, string][] = [
      ['Phú Thọ', '25'],
      ['Bắc Kạn', '06'],
      ['Bắc Giang', '24'],
      ['Hòa Bình', '17'],
      ['Tuyên Quang', '08'],
      ['Yên Bái', '15'],
      ['Thái Nguyên', '19'],
    ]
    const m = Object.fromEntries(await Promise.all(names.map(async ([n, c]) => [n, (await province(n, c)).id] as const)))
    const cluster = await createCluster(h, {
      code: 'TDMNPB',
      name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
      organizerCommitteeId: central.id,
      rotationPolicy: 'deputy_succeeds',
    })
    t.equal((await putYear(h, cluster.id, 2023, { members: Object.values(m), headId: m['Phú Thọ'], deputyId: m['Bắc Kạn'] })).statusCode, 201)
    await finalizeYear(h, cluster.id, 2023)
    const s = (await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2023/succession` })).json()
    t.equal(s.head.committeeId, m['Bắc Kạn'], 'Bắc Kạn is suggested')
    const secretariat = await h.token('secretariat', m['Phú Thọ'])
    const res = await h.call(secretariat, {
      method: 'POST',
      url: `/v1/clusters/${cluster.id}/handovers`,
      body: {
        fromYear: 2023,
        incomingHeadId: m['Bắc Kạn'],
        incomingDeputyId: s.deputy.committeeId,
        handedOverAt: '2023-12-01T09:00:00+07:00',
        venue: 'Phú Thọ',
        rotatingFlagHandedOver: true,
      },
    })
    t.equal(res.statusCode, 201)
    t.match(res.json(), { outgoingHeadId: m['Phú Thọ'], incomingHeadId: m['Bắc Kạn'], rotatingFlagHandedOver: true })
    const y2024 = (await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2024` })).json()
    t.equal(y2024.headId, m['Bắc Kạn'])
    t.equal(y2024.members.length, 7)
  })

  await t.test("Thanh Hóa's cluster no. 1: Thanh Hóa city → Quảng Xương, Nghi Sơn deputy", async (t) => {
    const thanhHoa = await province('Thanh Hóa', '38')
    const units = [
      'Nga Sơn',
      'Quảng Xương',
      'Hoằng Hóa',
      'Hậu Lộc',
      'TX Nghi Sơn',
      'TX Bỉm Sơn',
      'TP Thanh Hóa',
      'TP Sầm Sơn',
      'Công an tỉnh',
      'Khối CQ&DN tỉnh',
    ]
    const m: Record<string, string> = {}
    for (const u of units) {
      const kind = u.startsWith('Công an') || u.startsWith('Khối') ? 'party_organization' : 'front_committee'
      m[u] = (await createCommittee(h, { name: u, shortName: u, level: 'district', parentId: thanhHoa.id, kind })).id
    }
    const organizerKey = await h.token('organizer', thanhHoa.id)
    const cluster = await createCluster(
      h,
      { code: 'TH-CUM-1', name: 'Cụm thi đua số 1', organizerCommitteeId: thanhHoa.id, memberLevel: 'district', rotationPolicy: 'elected' },
      organizerKey,
    )
    t.equal((await putYear(h, cluster.id, 2023, { members: Object.values(m), headId: m['TP Thanh Hóa'] }, organizerKey)).statusCode, 201)
    await finalizeYear(h, cluster.id, 2023)
    const res = await h.call(await h.token('secretariat', m['TP Thanh Hóa']!), {
      method: 'POST',
      url: `/v1/clusters/${cluster.id}/handovers`,
      body: {
        fromYear: 2023,
        incomingHeadId: m['Quảng Xương'],
        incomingDeputyId: m['TX Nghi Sơn'],
        handedOverAt: '2023-12-20T08:00:00+07:00',
        venue: 'TP Thanh Hóa',
        rotatingFlagHandedOver: true,
      },
    })
    t.equal(res.statusCode, 201)
    const y2024 = (await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2024` })).json()
    t.match(y2024, { headId: m['Quảng Xương'], deputyId: m['TX Nghi Sơn'], headChosenBy: 'handover' })
    t.equal(y2024.members.length, 10)
  })

  await t.test('Tây Nam Bộ: Kiên Giang head and Đồng Tháp deputy for 2024', async (t) => {
    const benTre = (await province('Bến Tre', '83')).id
    const kienGiang = (await province('Kiên Giang', '91')).id
    const dongThap = (await province('Đồng Tháp', '87')).id
    const anGiang = (await province('An Giang', '89')).id
    const cluster = await createCluster(h, { code: 'TNB', name: 'Cụm thi đua Tây Nam Bộ', organizerCommitteeId: central.id, rotationPolicy: 'deputy_succeeds' })
    // The seed names the 2024 leaders; Bến Tre, the 2023 host, is taken as the 2023 head.
    t.equal((await putYear(h, cluster.id, 2023, { members: [benTre, kienGiang, dongThap, anGiang], headId: benTre, deputyId: kienGiang })).statusCode, 201)
    await finalizeYear(h, cluster.id, 2023)
    const res = await h.call(admin, {
      method: 'POST',
      url: `/v1/clusters/${cluster.id}/handovers`,
      body: {
        fromYear: 2023,
        incomingHeadId: kienGiang,
        incomingDeputyId: dongThap,
        handedOverAt: '2023-12-15T08:00:00+07:00',
        venue: 'TP Bến Tre',
        rotatingFlagHandedOver: true,
      },
    })
    t.equal(res.statusCode, 201)
    const leadership = (await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/leadership` })).json().items
    t.match(leadership, [
      { year: 2023, headId: benTre, deputyId: kienGiang },
      { year: 2024, headId: kienGiang, deputyId: dongThap, headChosenBy: 'handover' },
    ])
  })
})
