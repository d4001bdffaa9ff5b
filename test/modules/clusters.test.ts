import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, createCommittee, organizerWithMembers, putYear } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

t.test('clusters: create, read, update with If-Match, list with filters', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const { organizer, members } = await organizerWithMembers(h, 3)
  const created = await h.call(admin, {
    method: 'POST',
    url: '/v1/clusters',
    body: {
      code: 'TDMNPB',
      name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
      organizerCommitteeId: organizer.id,
      memberLevel: 'province',
      rotationPolicy: 'deputy_succeeds',
      description: 'Seed 003',
    },
  })
  t.equal(created.statusCode, 201)
  const c = created.json()
  t.match(c, {
    code: 'TDMNPB',
    organizerCommitteeId: organizer.id,
    memberLevel: 'province',
    rotationPolicy: 'deputy_succeeds',
    roundRobinOrder: null,
    version: 1,
  })

  const read = await h.call(admin, { method: 'GET', url: `/v1/clusters/${c.id}` })
  t.same(read.json(), c)
  const noMatch = await h.call(admin, { method: 'PATCH', url: `/v1/clusters/${c.id}`, body: { name: 'x' } })
  t.equal(noMatch.statusCode, 428)
  const rr = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/clusters/${c.id}`,
    headers: { 'if-match': read.headers.etag as string },
    body: { rotationPolicy: 'round_robin' },
  })
  t.equal(rr.statusCode, 422)
  t.equal(rr.json().code, 'ROTATION_ORDER_REQUIRED')
  const ok = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/clusters/${c.id}`,
    headers: { 'if-match': read.headers.etag as string },
    body: { rotationPolicy: 'round_robin', roundRobinOrder: members.map((m) => m.id) },
  })
  t.equal(ok.statusCode, 200)
  t.same(
    ok.json().roundRobinOrder,
    members.map((m) => m.id),
  )
  const stale = await h.call(admin, { method: 'PATCH', url: `/v1/clusters/${c.id}`, headers: { 'if-match': read.headers.etag as string }, body: { name: 'y' } })
  t.equal(stale.statusCode, 412)
  const fixed = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/clusters/${c.id}`,
    headers: { 'if-match': ok.headers.etag as string },
    body: { organizerCommitteeId: members[0]!.id },
  })
  t.equal(fixed.statusCode, 400, 'the organiser cannot be changed')

  const dup = await h.call(admin, {
    method: 'POST',
    url: '/v1/clusters',
    body: { code: 'TDMNPB', name: 'x', organizerCommitteeId: organizer.id, memberLevel: 'province', rotationPolicy: 'elected' },
  })
  expectConflict(t, dup, 'CLUSTER_CODE_TAKEN')
  const levels = await h.call(admin, {
    method: 'POST',
    url: '/v1/clusters',
    body: { code: 'X1', name: 'x', organizerCommitteeId: members[0]!.id, memberLevel: 'province', rotationPolicy: 'elected' },
  })
  t.equal(levels.json().code, 'MEMBER_LEVEL_NOT_BELOW_ORGANIZER')
  const noOrg = await h.call(admin, {
    method: 'POST',
    url: '/v1/clusters',
    body: { code: 'X2', name: 'x', organizerCommitteeId: '01900000-0000-7000-8000-000000000000', memberLevel: 'province', rotationPolicy: 'elected' },
  })
  t.equal(noOrg.json().errors[0].code, 'ORGANIZER_NOT_FOUND')
  const dupOrder = await h.call(admin, {
    method: 'POST',
    url: '/v1/clusters',
    body: {
      code: 'X3',
      name: 'x',
      organizerCommitteeId: organizer.id,
      memberLevel: 'province',
      rotationPolicy: 'round_robin',
      roundRobinOrder: [members[0]!.id, members[0]!.id],
    },
  })
  t.equal(dupOrder.json().code, 'ROTATION_ORDER_DUPLICATE')

  const thanhHoa = members[1]!
  const districtCluster = await createCluster(h, {
    code: 'TH1',
    name: 'Cụm thi đua số 1',
    organizerCommitteeId: thanhHoa.id,
    memberLevel: 'district',
    rotationPolicy: 'elected',
  })
  const byOrganizer = await h.call(admin, { method: 'GET', url: `/v1/clusters?organizerId=${thanhHoa.id}` })
  t.same(
    byOrganizer.json().items.map((x: { id: string }) => x.id),
    [districtCluster.id],
  )
  const byLevel = await h.call(admin, { method: 'GET', url: '/v1/clusters?level=province' })
  t.same(
    byLevel.json().items.map((x: { id: string }) => x.id),
    [c.id],
  )
  const byName = await h.call(admin, { method: 'GET', url: '/v1/clusters?q=trung%20du%20va%20mien%20nui' })
  t.same(
    byName.json().items.map((x: { id: string }) => x.id),
    [c.id],
  )
  const paged = await h.call(admin, { method: 'GET', url: '/v1/clusters?limit=1' })
  t.equal(paged.json().items.length, 1)
  t.type(paged.json().nextCursor, 'string')
})

t.test('clusters: only the organiser (or an ancestor) and admin may change them', async (t) => {
  const h = await buildTestApp(t)
  const central = await createCommittee(h, { name: 'UBTƯ', level: 'central' })
  const thanhHoa = await createCommittee(h, { name: 'Thanh Hóa', level: 'province', parentId: central.id })
  const phuTho = await createCommittee(h, { name: 'Phú Thọ', level: 'province', parentId: central.id })
  const d1 = await createCommittee(h, { name: 'TP Thanh Hóa', level: 'district', parentId: thanhHoa.id })
  const d2 = await createCommittee(h, { name: 'Quảng Xương', level: 'district', parentId: thanhHoa.id })
  const organizerTH = await h.token('organizer', thanhHoa.id)
  const organizerPT = await h.token('organizer', phuTho.id)
  const organizerCentral = await h.token('organizer', central.id)
  const submitter = await h.token('submitter', d1.id)
  const reader = await h.token('reader')
  const body = { code: 'TH1', name: 'Cụm thi đua số 1', organizerCommitteeId: thanhHoa.id, memberLevel: 'district', rotationPolicy: 'elected' }

  const other = await h.call(organizerPT, { method: 'POST', url: '/v1/clusters', body })
  t.equal(other.statusCode, 403)
  t.equal(other.json().code, 'OUT_OF_SCOPE', 'an organiser of another province is refused')
  for (const tok of [submitter, reader]) {
    const res = await h.call(tok, { method: 'POST', url: '/v1/clusters', body })
    t.equal(res.json().code, 'ROLE_NOT_ALLOWED')
  }
  const created = await h.call(organizerTH, { method: 'POST', url: '/v1/clusters', body })
  t.equal(created.statusCode, 201)
  const id = created.json().id

  const etag = (await h.call(reader, { method: 'GET', url: `/v1/clusters/${id}` })).headers.etag as string
  const patchOther = await h.call(organizerPT, { method: 'PATCH', url: `/v1/clusters/${id}`, headers: { 'if-match': etag }, body: { name: 'x' } })
  t.equal(patchOther.json().code, 'OUT_OF_SCOPE')
  const patchAncestor = await h.call(organizerCentral, {
    method: 'PATCH',
    url: `/v1/clusters/${id}`,
    headers: { 'if-match': etag },
    body: { name: 'Cụm số 1' },
  })
  t.equal(patchAncestor.statusCode, 200, "an organiser above the cluster's organiser may change it")

  const yearOther = await h.call(organizerPT, { method: 'PUT', url: `/v1/clusters/${id}/years/2023`, body: { members: [d1.id, d2.id] } })
  t.equal(yearOther.json().code, 'OUT_OF_SCOPE')
  const yearSubmitter = await h.call(submitter, { method: 'PUT', url: `/v1/clusters/${id}/years/2023/members`, body: { members: [d1.id, d2.id] } })
  t.equal(yearSubmitter.json().code, 'ROLE_NOT_ALLOWED')
  const year = await h.call(organizerTH, { method: 'PUT', url: `/v1/clusters/${id}/years/2023`, body: { members: [d1.id, d2.id], headId: d1.id } })
  t.equal(year.statusCode, 201)
  t.equal((await h.call(reader, { method: 'GET', url: `/v1/clusters/${id}/years/2023` })).statusCode, 200, 'everyone authenticated reads')
})

t.test('cluster-years and membership rules, each with its code', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const { organizer, members } = await organizerWithMembers(h, 5)
  const [a, b, c, d, e] = members.map((m) => m.id) as [string, string, string, string, string]
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  const other = await createCluster(h, { organizerCommitteeId: organizer.id })
  const district = await createCommittee(h, { name: 'Huyện', level: 'district', parentId: a })
  const url = `/v1/clusters/${cluster.id}/years/2023`

  const codes = async (body: unknown) => {
    const res = await putYear(h, cluster.id, 2023, body as Record<string, unknown>)
    return { status: res.statusCode, code: res.json().code, errors: res.json().errors }
  }
  t.match(await codes({ members: [a] }), { status: 422, code: 'TOO_FEW_MEMBERS' })
  t.match(await codes({ members: [a, a, b] }), { status: 422, code: 'DUPLICATE_MEMBER', errors: [{ pointer: '/members/1' }] })
  t.match(await codes({ members: [a, '01900000-0000-7000-8000-000000000000'] }), { status: 422, code: 'MEMBER_NOT_FOUND', errors: [{ pointer: '/members/1' }] })
  t.match(await codes({ members: [a, district.id] }), { status: 422, code: 'MEMBER_LEVEL_MISMATCH' })
  t.match(await codes({ members: [a, b], headId: c }), { status: 422, code: 'HEAD_NOT_MEMBER' })
  t.match(await codes({ members: [a, b], headId: a, deputyId: c }), { status: 422, code: 'DEPUTY_NOT_MEMBER' })
  t.match(await codes({ members: [a, b], headId: a, deputyId: a }), { status: 422, code: 'HEAD_EQUALS_DEPUTY' })
  // Several problems are reported together.
  const many = await codes({ members: [a, a, district.id] })
  t.same(
    many.errors.map((x: { code: string }) => x.code),
    ['DUPLICATE_MEMBER', 'MEMBER_LEVEL_MISMATCH'],
  )

  const created = await putYear(h, cluster.id, 2023, { members: [a, b, c], headId: a, deputyId: b })
  t.equal(created.statusCode, 201)
  t.match(created.json(), { year: 2023, status: 'planning', headId: a, deputyId: b, headChosenBy: 'appointed', deputyChosenBy: 'appointed' })
  t.same(
    created
      .json()
      .members.map((m: { committeeId: string }) => m.committeeId)
      .sort(),
    [a, b, c].sort(),
  )

  // One cluster of the same organiser per committee per year.
  const clash = await putYear(h, other.id, 2023, { members: [c, d] })
  expectConflict(t, clash, 'MEMBER_IN_OTHER_CLUSTER')
  t.equal(clash.json().errors[0].pointer, '/members/0')
  t.equal((await putYear(h, other.id, 2023, { members: [d, e] })).statusCode, 201, 'disjoint membership is fine')
  t.equal((await putYear(h, other.id, 2024, { members: [c, d] })).statusCode, 201, 'another year is fine')

  // Members edited through /members, with If-Match.
  const etag = created.headers.etag as string
  const noIfMatch = await h.call(admin, { method: 'PUT', url: `${url}/members`, body: { members: [a, b] } })
  t.equal(noIfMatch.statusCode, 428)
  const dropHead = await h.call(admin, { method: 'PUT', url: `${url}/members`, headers: { 'if-match': etag }, body: { members: [b, c] } })
  t.equal(dropHead.json().code, 'HEAD_NOT_MEMBER', 'the head must stay a member')
  const edited = await h.call(admin, { method: 'PUT', url: `${url}/members`, headers: { 'if-match': etag }, body: { members: [a, b] } })
  t.equal(edited.statusCode, 200)
  t.equal(edited.json().members.length, 2)

  // A merged committee is no longer an active member candidate.
  await h.call(admin, { method: 'POST', url: `/v1/committees/${e}/merge`, body: { successorId: d, effectiveDate: '2025-07-01' } })
  const inactive = await putYear(h, cluster.id, 2023, { members: [a, b, e] })
  t.equal(inactive.json().code, 'MEMBER_NOT_ACTIVE')

  // Later years get their head only through a handover.
  const later = await putYear(h, cluster.id, 2024, { members: [a, b], headId: b })
  t.equal(later.statusCode, 409)
  t.equal(later.json().code, 'LEADERSHIP_BY_HANDOVER_ONLY')
  t.equal((await putYear(h, cluster.id, 2024, { members: [a, b] })).statusCode, 201)

  // Editable only while planning.
  const { clusterService } = await import('../../src/modules/clusters/service.ts')
  const { SYSTEM_ACTOR } = await import('../../src/modules/audit-events/service.ts')
  await clusterService(h.app.db, h.app.clock).advance(SYSTEM_ACTOR, cluster.id, 2023, 'sign_pact')
  const frozen = await putYear(h, cluster.id, 2023, { members: [a, b, c] })
  t.equal(frozen.statusCode, 409)
  t.equal(frozen.json().code, 'CLUSTER_YEAR_NOT_PLANNING')
  t.equal((await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2031` })).json().code, 'CLUSTER_YEAR_NOT_FOUND')
  t.equal((await h.call(admin, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/1999` })).statusCode, 400)
})
