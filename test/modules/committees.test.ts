import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { createCommittee, smallHierarchy } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

t.test('create, read with a strong ETag, update with If-Match', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  // A name typed in decomposed form (NFD) is stored composed (NFC).
  const nfd = 'Ủy ban MTTQ tỉnh Bắc Kạn'.normalize('NFD')
  const created = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: nfd, code: '06', level: 'province', parentId: central.id } })
  t.equal(created.statusCode, 201)
  const c = created.json()
  t.equal(c.name, 'Ủy ban MTTQ tỉnh Bắc Kạn'.normalize('NFC'))
  t.equal(c.name.normalize('NFC'), c.name)
  t.match(c, { code: '06', level: 'province', kind: 'front_committee', status: 'active', parentId: central.id, successorId: null, version: 1 })
  t.equal(created.headers.location, `/v1/committees/${c.id}`)

  const read = await h.call(admin, { method: 'GET', url: `/v1/committees/${c.id}` })
  t.equal(read.statusCode, 200)
  const etag = read.headers.etag as string
  t.match(etag, /^"[^"]+"$/, 'a strong ETag')
  t.same(read.json(), c)

  const missing = await h.call(admin, { method: 'PATCH', url: `/v1/committees/${c.id}`, body: { shortName: 'Bắc Kạn' } })
  t.equal(missing.statusCode, 428)
  t.equal(missing.json().code, 'IF_MATCH_REQUIRED')

  const updated = await h.call(admin, { method: 'PATCH', url: `/v1/committees/${c.id}`, headers: { 'if-match': etag }, body: { shortName: 'Bắc Kạn' } })
  t.equal(updated.statusCode, 200)
  t.equal(updated.json().shortName, 'Bắc Kạn')
  t.equal(updated.json().version, 2)
  t.not(updated.headers.etag, etag, 'the ETag changes with the resource')

  const stale = await h.call(admin, { method: 'PATCH', url: `/v1/committees/${c.id}`, headers: { 'if-match': etag }, body: { shortName: 'BK' } })
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'ETAG_MISMATCH')

  const notFound = await h.call(admin, { method: 'GET', url: '/v1/committees/01900000-0000-7000-8000-000000000000' })
  t.equal(notFound.statusCode, 404)
  t.equal(notFound.json().code, 'COMMITTEE_NOT_FOUND')

  const empty = await h.call(admin, { method: 'PATCH', url: `/v1/committees/${c.id}`, headers: { 'if-match': updated.headers.etag as string }, body: {} })
  t.equal(empty.statusCode, 400, 'an empty patch is refused')
})

t.test('hierarchy rules and code uniqueness', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const { central, phuTho, vietTri } = await smallHierarchy(h)

  const sameLevel = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 'X', level: 'province', parentId: phuTho.id } })
  t.equal(sameLevel.statusCode, 422)
  t.equal(sameLevel.json().code, 'LEVEL_NOT_BELOW_PARENT')
  t.equal(sameLevel.json().errors[0].pointer, '/parentId')

  const above = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 'X', level: 'central', parentId: vietTri.id } })
  t.equal(above.json().code, 'LEVEL_NOT_BELOW_PARENT')

  const noParent = await h.call(admin, {
    method: 'POST',
    url: '/v1/committees',
    body: { name: 'X', level: 'district', parentId: '01900000-0000-7000-8000-000000000000' },
  })
  t.equal(noParent.statusCode, 422)
  t.equal(noParent.json().code, 'PARENT_NOT_FOUND')

  const dup = await h.call(admin, {
    method: 'POST',
    url: '/v1/committees',
    body: { name: 'Phú Thọ again', code: '25', level: 'province', parentId: central.id },
  })
  expectConflict(t, dup, 'COMMITTEE_CODE_TAKEN')

  // Moving a province under its own district would make a cycle.
  const read = await h.call(admin, { method: 'GET', url: `/v1/committees/${phuTho.id}` })
  const cycle = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/committees/${phuTho.id}`,
    headers: { 'if-match': read.headers.etag as string },
    body: { parentId: vietTri.id },
  })
  t.equal(cycle.statusCode, 422)
  t.equal(cycle.json().code, 'PARENT_CYCLE')

  // Lowering a province to district level would put it at its child's level.
  const lower = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/committees/${phuTho.id}`,
    headers: { 'if-match': read.headers.etag as string },
    body: { level: 'district' },
  })
  t.equal(lower.statusCode, 422)
  t.equal(lower.json().code, 'LEVEL_NOT_BELOW_PARENT')
})

t.test('list: cursor pagination and filters', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const { central, phuTho, thanhHoa, vietTri, samSon } = await smallHierarchy(h)
  const seen: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const url: string = `/v1/committees?limit=2${cursor ? `&cursor=${cursor}` : ''}`
    const res = await h.call(admin, { method: 'GET', url })
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.ok(body.items.length <= 2)
    seen.push(...body.items.map((c: { id: string }) => c.id))
    cursor = body.nextCursor
    pages += 1
  } while (cursor && pages < 10)
  t.equal(pages, 3)
  t.same(seen, [central.id, phuTho.id, thanhHoa.id, vietTri.id, samSon.id], 'every committee once, in creation order')

  const children = await h.call(admin, { method: 'GET', url: `/v1/committees?parentId=${phuTho.id}` })
  t.same(
    children.json().items.map((c: { id: string }) => c.id),
    [vietTri.id],
  )
  const provinces = await h.call(admin, { method: 'GET', url: '/v1/committees?level=province' })
  t.same(
    provinces.json().items.map((c: { id: string }) => c.id),
    [phuTho.id, thanhHoa.id],
  )
  t.equal(provinces.json().nextCursor, null)
})

t.test('q ignores diacritics, case, đ/d and tone placement', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const hoaBinhOld = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Hòa Bình', level: 'province', parentId: central.id })
  const hoaBinhNew = await createCommittee(h, { name: 'Uỷ ban MTTQ tỉnh Hoà Bình (test)', level: 'province', parentId: central.id })
  const dongThap = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Đồng Tháp', code: '87', level: 'province', parentId: central.id })
  const binhNgoc = await createCommittee(h, { name: 'Ủy ban MTTQ phường Bình Ngọc', level: 'commune', parentId: dongThap.id })
  const search = async (q: string) =>
    (await h.call(admin, { method: 'GET', url: `/v1/committees?q=${encodeURIComponent(q)}` }))
      .json()
      .items.map((c: { id: string }) => c.id)
      .sort()

  t.same(await search('hoa binh'), [hoaBinhOld.id, hoaBinhNew.id].sort(), '"hoa binh" finds Hòa Bình and Hoà Bình')
  t.same(await search('Hoà Bình'), [hoaBinhOld.id, hoaBinhNew.id].sort(), 'new tone placement finds both')
  t.same(await search('HÒA BÌNH'), [hoaBinhOld.id, hoaBinhNew.id].sort(), 'case is ignored')
  const uyBan = await search('uy ban')
  t.ok(
    [central.id, hoaBinhOld.id, hoaBinhNew.id].every((id) => uyBan.includes(id)),
    '"uy ban" finds Ủy ban and Uỷ ban',
  )
  t.same(await search('dong thap'), [dongThap.id], 'đ matches d')
  t.same(await search('Binh Ngọc'), [binhNgoc.id], 'a half-accented spelling still matches')
  t.same(await search('87'), [dongThap.id], 'the code is searchable')
  t.same(await search('100%_'), [], 'LIKE wildcards are literal')
})

t.test('merge: history kept, children move, no second merge, no cycles', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  const { central, phuTho, thanhHoa, vietTri, samSon } = await smallHierarchy(h)
  const merge = (id: string, body: unknown) => h.call(admin, { method: 'POST', url: `/v1/committees/${id}/merge`, body })

  const intoSelf = await merge(phuTho.id, { successorId: phuTho.id, effectiveDate: '2025-07-01' })
  t.equal(intoSelf.statusCode, 422)
  t.equal(intoSelf.json().code, 'MERGE_INTO_SELF')

  const levels = await merge(vietTri.id, { successorId: thanhHoa.id, effectiveDate: '2025-07-01' })
  t.equal(levels.json().code, 'MERGE_LEVEL_MISMATCH')

  const noSuccessor = await merge(phuTho.id, { successorId: '01900000-0000-7000-8000-000000000000', effectiveDate: '2025-07-01' })
  t.equal(noSuccessor.json().code, 'SUCCESSOR_NOT_FOUND')

  const ok = await merge(phuTho.id, { successorId: thanhHoa.id, effectiveDate: '2025-07-01' })
  t.equal(ok.statusCode, 200)
  t.match(ok.json(), { id: phuTho.id, status: 'merged', validTo: '2025-07-01', successorId: thanhHoa.id, name: phuTho.name })

  // The merged committee stays readable, with its history.
  const history = await h.call(admin, { method: 'GET', url: `/v1/committees/${phuTho.id}` })
  t.equal(history.json().status, 'merged')
  // Its district moved under the successor.
  const moved = await h.call(admin, { method: 'GET', url: `/v1/committees/${vietTri.id}` })
  t.equal(moved.json().parentId, thanhHoa.id)

  const twice = await h.call(admin, {
    method: 'POST',
    url: `/v1/committees/${phuTho.id}/merge`,
    body: { successorId: thanhHoa.id, effectiveDate: '2025-08-01' },
  })
  t.equal(twice.statusCode, 409)
  t.equal(twice.json().code, 'COMMITTEE_ALREADY_MERGED')

  const cycle = await merge(thanhHoa.id, { successorId: phuTho.id, effectiveDate: '2025-08-01' })
  t.equal(cycle.statusCode, 422)
  t.equal(cycle.json().code, 'MERGE_CYCLE')

  const intoMerged = await merge(samSon.id, { successorId: vietTri.id, effectiveDate: '2025-08-01' })
  t.equal(intoMerged.statusCode, 200, 'two districts merge')
  const third = await createCommittee(h, { name: 'Ủy ban MTTQ huyện Nga Sơn', level: 'district', parentId: thanhHoa.id })
  const intoInactive = await merge(third.id, { successorId: samSon.id, effectiveDate: '2025-08-01' })
  t.equal(intoInactive.json().code, 'SUCCESSOR_NOT_ACTIVE')

  // A merged committee is read-only and its code is free for a new active committee.
  const etag = (await h.call(admin, { method: 'GET', url: `/v1/committees/${phuTho.id}` })).headers.etag as string
  const edit = await h.call(admin, { method: 'PATCH', url: `/v1/committees/${phuTho.id}`, headers: { 'if-match': etag }, body: { name: 'x' } })
  t.equal(edit.statusCode, 409)
  t.equal(edit.json().code, 'COMMITTEE_NOT_ACTIVE')
  const reuse = await h.call(admin, {
    method: 'POST',
    url: '/v1/committees',
    body: { name: 'Phú Thọ (mới)', code: '25', level: 'province', parentId: central.id },
  })
  t.equal(reuse.statusCode, 201)

  const early = await createCommittee(h, { name: 'Nga Sơn 2', level: 'district', parentId: thanhHoa.id })
  const patched = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/committees/${early.id}`,
    headers: { 'if-match': `"committee-${early.id}-1"` },
    body: { validFrom: '2020-01-01' },
  })
  t.equal(patched.statusCode, 200)
  const before = await merge(early.id, { successorId: third.id, effectiveDate: '2019-12-31' })
  t.equal(before.json().code, 'EFFECTIVE_DATE_BEFORE_VALID_FROM')
})
