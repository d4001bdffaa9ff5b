/**
 * The two-level reform of 1 July 2025: dissolving a committee, several merged into one at once,
 * predecessors on every committee, warnings on open cluster-years and their rankings, and carrying
 * an ended member's place to its successor. Every refusal code is asserted, and a refused request
 * leaves nothing behind.
 */
import t from 'tap'
import { SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'
import { clusterService } from '../../src/modules/clusters/service.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import {
  createCluster,
  createCommittee,
  createIndicators,
  finalizeYear,
  organizerWithMembers,
  putYear,
  reportingClusterYear,
  SCHEME,
  smallHierarchy,
} from '../helpers/fixtures.ts'
import { expectProblem } from '../helpers/problems.ts'

const MISSING = '01900000-0000-7000-8000-000000000000'
const DECISION = { number: '01/QĐ-MTTQ-BTT', date: '2025-06-30', issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa' }

const get = async (h: TestApp, url: string) => {
  const res = await h.call(h.adminToken, { method: 'GET', url })
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`)
  return res
}
const committee = async (h: TestApp, id: string) => (await get(h, `/v1/committees/${id}`)).json()
const actionsOf = async (h: TestApp, entityType: string, entityId: string) => {
  const auditor = await h.token('auditor')
  const res = await h.call(auditor, { method: 'GET', url: `/v1/audit-events?entityType=${entityType}&entityId=${entityId}&limit=500` })
  return res.json().items as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }[]
}

t.test('dissolve: history kept, children go to the parent, successors know their predecessor, audited', async (t) => {
  const h = await buildTestApp(t)
  const { thanhHoa, samSon, phuTho } = await smallHierarchy(h)
  const ward = await createCommittee(h, { name: 'Ủy ban MTTQ phường Trung Sơn', level: 'commune', parentId: samSon.id })
  const newWard = await createCommittee(h, { name: 'Ủy ban MTTQ phường Sầm Sơn', level: 'commune', parentId: samSon.id })
  const before = await get(h, `/v1/committees/${newWard.id}`)

  const res = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${samSon.id}/dissolve`,
    body: { effectiveDate: '2025-07-01', decision: DECISION, successorIds: [newWard.id] },
  })
  t.equal(res.statusCode, 200)
  t.match(res.json(), {
    id: samSon.id,
    name: samSon.name,
    status: 'dissolved',
    endReason: 'dissolved',
    validTo: '2025-07-01',
    successorId: null,
    successorIds: [newWard.id],
    predecessors: [],
    endDecision: DECISION,
  })
  t.ok(res.headers.etag, 'answers with its ETag')

  // Its active children (the two wards) now sit under its parent, the province.
  t.equal((await committee(h, ward.id)).parentId, thanhHoa.id, 'a child moved to the parent')
  const successor = await get(h, `/v1/committees/${newWard.id}`)
  t.equal(successor.json().parentId, thanhHoa.id)
  t.same(successor.json().predecessors, [samSon.id], 'the successor lists its predecessor')
  t.not(successor.headers.etag, before.headers.etag, "the successor's ETag changed with its view")
  const listed = await get(h, `/v1/committees?successorId=${newWard.id}`)
  t.same(
    listed.json().items.map((c: { id: string }) => c.id),
    [samSon.id],
    '?successorId= lists the predecessors',
  )

  t.same(
    (await actionsOf(h, 'committee', samSon.id)).map((e) => e.action),
    ['committee.created', 'committee.dissolved'],
  )
  t.same(
    (await actionsOf(h, 'committee', ward.id)).map((e) => e.action),
    ['committee.created', 'committee.reparented'],
  )
  const added = (await actionsOf(h, 'committee', newWard.id)).map((e) => e.action)
  t.same(added, ['committee.created', 'committee.reparented', 'committee.predecessors_added'])

  // Dissolved without successors: a district whose area is not recorded.
  const vietTri = (await get(h, `/v1/committees?parentId=${phuTho.id}`)).json().items[0]
  const bare = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${vietTri.id}/dissolve`,
    body: { effectiveDate: '2025-07-01', decision: { number: '202/2025/QH15', date: '2025-06-12' } },
  })
  t.equal(bare.statusCode, 200)
  t.match(bare.json(), { status: 'dissolved', successorIds: [], endDecision: { number: '202/2025/QH15', date: '2025-06-12', issuer: null } })
})

t.test('dissolve: every refusal has its code and changes nothing', async (t) => {
  const h = await buildTestApp(t)
  const { central, phuTho, thanhHoa, vietTri, samSon } = await smallHierarchy(h)
  const dissolve = (id: string, body: Record<string, unknown>) =>
    h.call(h.adminToken, { method: 'POST', url: `/v1/committees/${id}/dissolve`, body: { effectiveDate: '2025-07-01', decision: DECISION, ...body } })
  const unchanged = async (id: string, version: number) => {
    const c = await committee(h, id)
    t.match(c, { status: 'active', endReason: null, endDecision: null, validTo: null, successorIds: [], version }, `${id} is untouched`)
  }

  expectProblem(t, await dissolve(MISSING, {}), 404, 'COMMITTEE_NOT_FOUND')

  const self = await dissolve(samSon.id, { successorIds: [samSon.id] })
  expectProblem(t, self, 422, 'SUCCESSOR_IS_SELF')
  t.equal(self.json().errors[0].pointer, '/successorIds/0')

  const missing = await dissolve(samSon.id, { successorIds: [thanhHoa.id, MISSING] })
  expectProblem(t, missing, 422, 'SUCCESSOR_NOT_FOUND')
  t.equal(missing.json().errors[0].pointer, '/successorIds/1')

  const twice = await dissolve(samSon.id, { successorIds: [thanhHoa.id, thanhHoa.id] })
  expectProblem(t, twice, 422, 'DUPLICATE_SUCCESSOR')
  t.equal(twice.json().errors[0].pointer, '/successorIds/1')

  // A successor that has itself ended.
  const merged = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${vietTri.id}/merge`,
    body: { successorId: samSon.id, effectiveDate: '2025-07-01' },
  })
  t.equal(merged.statusCode, 200)
  const samSonVersion = (await committee(h, samSon.id)).version
  const ended = await dissolve(thanhHoa.id, { successorIds: [vietTri.id] })
  expectProblem(t, ended, 422, 'SUCCESSOR_NOT_ACTIVE')
  t.equal(ended.json().errors[0].pointer, '/successorIds/0')

  // Before the committee existed.
  const dated = await createCommittee(h, { name: 'Ủy ban MTTQ huyện Nga Sơn', level: 'district', parentId: thanhHoa.id })
  const patched = await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${dated.id}`,
    headers: { 'if-match': `"committee-${dated.id}-1"` },
    body: { validFrom: '2020-01-01' },
  })
  t.equal(patched.statusCode, 200)
  const early = await dissolve(dated.id, { effectiveDate: '2019-12-31' })
  expectProblem(t, early, 422, 'EFFECTIVE_DATE_BEFORE_VALID_FROM')
  t.equal(early.json().errors[0].pointer, '/effectiveDate')

  // The root has no parent to take its provinces.
  expectProblem(t, await dissolve(central.id, {}), 409, 'CHILDREN_WITHOUT_PARENT', { activeChildren: 2 })

  // A decision is required, with its number and date.
  expectProblem(
    t,
    await h.call(h.adminToken, { method: 'POST', url: `/v1/committees/${samSon.id}/dissolve`, body: { effectiveDate: '2025-07-01' } }),
    400,
    'VALIDATION_FAILED',
  )

  await unchanged(samSon.id, samSonVersion)
  await unchanged(thanhHoa.id, (await committee(h, thanhHoa.id)).version)
  await unchanged(dated.id, 2)
  await unchanged(central.id, 1)
  t.same(
    (await actionsOf(h, 'committee', samSon.id)).map((e) => e.action),
    ['committee.created', 'committee.predecessors_added'],
    'refused dissolutions wrote no event',
  )

  // Already ended: dissolved once, or merged before.
  t.equal((await dissolve(samSon.id, {})).statusCode, 200)
  expectProblem(t, await dissolve(samSon.id, {}), 409, 'COMMITTEE_ALREADY_ENDED', { status: 'dissolved' })
  expectProblem(t, await dissolve(vietTri.id, {}), 409, 'COMMITTEE_ALREADY_ENDED', { status: 'merged' })
  // A dissolved committee cannot be merged either.
  const mergeDissolved = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${samSon.id}/merge`,
    body: { successorId: dated.id, effectiveDate: '2025-07-01' },
  })
  expectProblem(t, mergeDissolved, 409, 'COMMITTEE_ALREADY_MERGED')
  void phuTho
})

t.test('dissolve and merges: organizers act within their scope', async (t) => {
  const h = await buildTestApp(t)
  const { thanhHoa, phuTho, samSon, vietTri } = await smallHierarchy(h)
  const thanhHoaOrganizer = await h.token('organizer', thanhHoa.id)
  const outside = await h.call(thanhHoaOrganizer, {
    method: 'POST',
    url: `/v1/committees/${vietTri.id}/dissolve`,
    body: { effectiveDate: '2025-07-01', decision: DECISION },
  })
  expectProblem(t, outside, 403, 'OUT_OF_SCOPE')
  const across = await h.call(thanhHoaOrganizer, {
    method: 'POST',
    url: `/v1/committees/${samSon.id}/dissolve`,
    body: { effectiveDate: '2025-07-01', decision: DECISION, successorIds: [vietTri.id] },
  })
  expectProblem(t, across, 403, 'OUT_OF_SCOPE', undefined)
  const mergesOutside = await h.call(thanhHoaOrganizer, {
    method: 'POST',
    url: '/v1/committees/merges',
    body: { predecessorIds: [vietTri.id], successorId: samSon.id, effectiveDate: '2025-07-01' },
  })
  expectProblem(t, mergesOutside, 403, 'OUT_OF_SCOPE')
  const submitter = await h.token('submitter', thanhHoa.id)
  expectProblem(
    t,
    await h.call(submitter, { method: 'POST', url: `/v1/committees/${samSon.id}/dissolve`, body: { effectiveDate: '2025-07-01', decision: DECISION } }),
    403,
    'ROLE_NOT_ALLOWED',
  )
  const inside = await h.call(thanhHoaOrganizer, {
    method: 'POST',
    url: `/v1/committees/${samSon.id}/dissolve`,
    body: { effectiveDate: '2025-07-01', decision: DECISION },
  })
  t.equal(inside.statusCode, 200, "Thanh Hóa's organizer dissolves its district")
  void phuTho
})

t.test('merges: three into one at once, all or nothing', async (t) => {
  const h = await buildTestApp(t)
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const province = (name: string, code: string) =>
    createCommittee(h, { name: `Ủy ban MTTQ tỉnh ${name}`, shortName: name, code, level: 'province', parentId: central.id })
  const thaiNguyen = await province('Thái Nguyên', '19')
  const bacKan = await province('Bắc Kạn', '06')
  const phuTho = await province('Phú Thọ', '25')
  const hoaBinh = await province('Hòa Bình', '17')
  const vinhPhuc = await province('Vĩnh Phúc', '26')
  const district = await createCommittee(h, { name: 'Ủy ban MTTQ thành phố Hòa Bình', level: 'district', parentId: hoaBinh.id })
  const merges = (body: Record<string, unknown>) =>
    h.call(h.adminToken, { method: 'POST', url: '/v1/committees/merges', body: { effectiveDate: '2025-07-01', ...body } })
  const versions = async (ids: string[]) => Promise.all(ids.map(async (id) => (await committee(h, id)).version))
  const three = [hoaBinh.id, vinhPhuc.id, bacKan.id]
  const stillActive = async (label: string) => {
    for (const id of [...three, phuTho.id]) t.equal((await committee(h, id)).status, 'active', `${label}: ${id} still active`)
    t.same(await versions([...three, phuTho.id]), [1, 1, 1, 1], `${label}: no version moved`)
    t.equal((await committee(h, district.id)).parentId, hoaBinh.id, `${label}: no child moved`)
  }

  // One bad predecessor among three: nothing is written, and each problem has its pointer.
  const oneBad = await merges({ predecessorIds: [hoaBinh.id, vinhPhuc.id, MISSING], successorId: phuTho.id })
  expectProblem(t, oneBad, 422, 'PREDECESSOR_NOT_FOUND')
  t.equal(oneBad.json().errors.length, 1)
  t.match(oneBad.json().errors[0], { pointer: '/predecessorIds/2', code: 'PREDECESSOR_NOT_FOUND', message: `no committee ${MISSING}` })
  await stillActive('a missing predecessor')

  const levels = await merges({ predecessorIds: [hoaBinh.id, district.id, vinhPhuc.id], successorId: phuTho.id })
  expectProblem(t, levels, 422, 'MERGE_LEVEL_MISMATCH')
  t.equal(levels.json().errors[0].pointer, '/predecessorIds/1')
  await stillActive('a predecessor of another level')

  const dup = await merges({ predecessorIds: [hoaBinh.id, vinhPhuc.id, hoaBinh.id], successorId: phuTho.id })
  expectProblem(t, dup, 422, 'DUPLICATE_PREDECESSOR')
  t.equal(dup.json().errors[0].pointer, '/predecessorIds/2')

  const self = await merges({ predecessorIds: [hoaBinh.id, phuTho.id], successorId: phuTho.id })
  expectProblem(t, self, 422, 'MERGE_INTO_SELF')
  t.equal(self.json().errors[0].pointer, '/predecessorIds/1')

  const noSuccessor = await merges({ predecessorIds: [hoaBinh.id], successorId: MISSING })
  expectProblem(t, noSuccessor, 422, 'SUCCESSOR_NOT_FOUND')
  t.equal(noSuccessor.json().errors[0].pointer, '/successorId')

  const dated = await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${vinhPhuc.id}`,
    headers: { 'if-match': `"committee-${vinhPhuc.id}-1"` },
    body: { validFrom: '2020-01-01' },
  })
  t.equal(dated.statusCode, 200)
  const early = await merges({ predecessorIds: [hoaBinh.id, vinhPhuc.id], successorId: phuTho.id, effectiveDate: '2019-06-30' })
  expectProblem(t, early, 422, 'EFFECTIVE_DATE_BEFORE_VALID_FROM')
  t.same(
    early.json().errors.map((e: { pointer: string }) => e.pointer),
    ['/predecessorIds/1'],
  )
  // Every problem at once: two bad items, two errors.
  const both = await merges({ predecessorIds: [MISSING, hoaBinh.id, district.id], successorId: phuTho.id })
  t.same(
    both.json().errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`),
    ['/predecessorIds/0 PREDECESSOR_NOT_FOUND', '/predecessorIds/2 MERGE_LEVEL_MISMATCH'],
  )
  three.splice(1, 1, vinhPhuc.id)
  t.equal((await committee(h, vinhPhuc.id)).status, 'active')

  // The reform's merge: Hòa Bình, Vĩnh Phúc into Phú Thọ (Resolution 202/2025/QH15); Bắc Kạn too here.
  const decision = { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' }
  const ok = await merges({ predecessorIds: [hoaBinh.id, vinhPhuc.id, bacKan.id], successorId: phuTho.id, decision })
  t.equal(ok.statusCode, 200)
  const body = ok.json()
  t.same(body.successor.predecessors, [hoaBinh.id, vinhPhuc.id, bacKan.id].sort(), 'the successor lists its three predecessors')
  t.equal(body.successor.version, 2, 'the successor has a new version')
  t.same(
    body.predecessors.map((p: { id: string }) => p.id),
    [hoaBinh.id, vinhPhuc.id, bacKan.id],
  )
  for (const p of body.predecessors) {
    t.match(p, { status: 'merged', endReason: 'merged', validTo: '2025-07-01', successorId: phuTho.id, successorIds: [phuTho.id], endDecision: decision })
  }
  t.equal((await committee(h, district.id)).parentId, phuTho.id, "Hòa Bình's district moved under Phú Thọ")
  t.same(
    (await get(h, `/v1/committees?successorId=${phuTho.id}`)).json().items.map((c: { id: string }) => c.id),
    [hoaBinh.id, vinhPhuc.id, bacKan.id].sort(),
  )
  t.same((await get(h, `/v1/committees?successorId=${thaiNguyen.id}`)).json().items, [], 'a committee with no predecessors lists none')

  // One event per committee changed.
  t.same(
    (await actionsOf(h, 'committee', hoaBinh.id)).map((e) => e.action),
    ['committee.created', 'committee.merged'],
  )
  t.same(
    (await actionsOf(h, 'committee', district.id)).map((e) => e.action),
    ['committee.created', 'committee.reparented'],
  )
  const succ = await actionsOf(h, 'committee', phuTho.id)
  t.same(
    succ.map((e) => e.action),
    ['committee.created', 'committee.predecessors_added'],
  )
  t.same(succ[1]!.after.added, [hoaBinh.id, vinhPhuc.id, bacKan.id].sort())

  // Already ended, and a successor that has ended (with the cycle it would close).
  const again = await merges({ predecessorIds: [thaiNguyen.id, hoaBinh.id], successorId: phuTho.id })
  expectProblem(t, again, 422, 'PREDECESSOR_NOT_ACTIVE')
  t.equal(again.json().errors[0].pointer, '/predecessorIds/1')
  const intoEnded = await merges({ predecessorIds: [phuTho.id], successorId: hoaBinh.id })
  expectProblem(t, intoEnded, 422, 'SUCCESSOR_NOT_ACTIVE')
  t.same(
    intoEnded.json().errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`),
    ['/successorId SUCCESSOR_NOT_ACTIVE', '/predecessorIds/0 MERGE_CYCLE'],
  )
  t.equal((await committee(h, thaiNguyen.id)).status, 'active', 'Thái Nguyên untouched by the refused merge')

  // The single merge takes a decision too, and keeps its answers.
  const single = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${thaiNguyen.id}/merge`,
    body: { successorId: phuTho.id, effectiveDate: '2025-07-01', decision },
  })
  t.equal(single.statusCode, 200)
  t.match(single.json(), { status: 'merged', endReason: 'merged', successorId: phuTho.id, successorIds: [phuTho.id], endDecision: decision, predecessors: [] })
  t.equal((await committee(h, phuTho.id)).predecessors.length, 4)
})

/** A cluster of provinces with a year in reporting; the organiser's successor provinces created beside it. */
async function reportingYear(h: TestApp) {
  const y = await reportingClusterYear(h, { members: 4 })
  const [a, b, c, d] = y.ids as [string, string, string, string]
  const successor = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh kế thừa', level: 'province', parentId: y.organizer.id })
  return { ...y, a, b, c, d, successor }
}

t.test('warnings: an open cluster-year and its ranking say which members ended', async (t) => {
  const h = await buildTestApp(t)
  const { cluster, year, base, a, b, c, successor } = await reportingYear(h)
  const before = await get(h, base)
  t.same(before.json().warnings, [], 'no warning while every member is active')
  const rankingBefore = await get(h, `${base}/ranking`)
  t.same(rankingBefore.json().warnings, [])

  // The head (a) merges into a new province; member c is dissolved naming the same successor.
  const merged = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${a}/merge`,
    body: { successorId: successor.id, effectiveDate: '2025-07-01' },
  })
  t.equal(merged.statusCode, 200)
  const dissolved = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${c}/dissolve`,
    body: { effectiveDate: '2025-07-02', decision: DECISION, successorIds: [successor.id, b] },
  })
  t.equal(dissolved.statusCode, 200)

  const after = await get(h, base)
  t.not(after.headers.etag, before.headers.etag, "the year's ETag changed with its view")
  const expected = [
    { code: 'MEMBER_MERGED', committeeId: a, roles: ['member', 'head'], effectiveDate: '2025-07-01', successorIds: [successor.id] },
    { code: 'MEMBER_DISSOLVED', committeeId: c, roles: ['member'], effectiveDate: '2025-07-02', successorIds: [successor.id, b] },
  ].sort((x, y) => (x.committeeId < y.committeeId ? -1 : 1))
  t.same(after.json().warnings, expected)
  const ranking = await get(h, `${base}/ranking`)
  t.not(ranking.headers.etag, rankingBefore.headers.etag, "the ranking's ETag changed")
  t.same(ranking.json().warnings, expected, 'the ranking carries the same warnings')
  const notModified = await h.call(h.adminToken, { method: 'GET', url: `${base}/ranking`, headers: { 'if-none-match': rankingBefore.headers.etag as string } })
  t.equal(notModified.statusCode, 200, 'the old ETag no longer matches')

  // Each open year that held them has an event saying so.
  const events = await actionsOf(h, 'cluster_year', after.json().id)
  t.same(
    events.map((e) => e.action).filter((x) => x === 'cluster_year.member_ended'),
    ['cluster_year.member_ended', 'cluster_year.member_ended'],
  )
  t.match(events.at(-1)!.after, { ended: [{ committeeId: c, endReason: 'dissolved', successorIds: [successor.id, b] }] })

  // The deputy (b) merging shows its role too; a finalised year still warns.
  const deputyMerged = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/merges`,
    body: { predecessorIds: [b], successorId: successor.id, effectiveDate: '2025-07-01' },
  })
  t.equal(deputyMerged.statusCode, 200)
  const roles = (await get(h, base)).json().warnings.find((w: { committeeId: string }) => w.committeeId === b).roles
  t.same(roles, ['member', 'deputy'])
  void cluster
  void year
})

t.test('warnings: a closed year is history and warns of nothing; a finalised one still does', async (t) => {
  const h = await buildTestApp(t)
  const { organizer, members } = await organizerWithMembers(h, 3)
  const successor = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh mới', level: 'province', parentId: organizer.id })
  const ids = members.map((m) => m.id)
  const closed = await createCluster(h, { organizerCommitteeId: organizer.id })
  const open = await createCluster(h, { organizerCommitteeId: organizer.id })
  t.equal((await putYear(h, closed.id, 2023, { members: ids, headId: ids[0] })).statusCode, 201)
  t.equal((await putYear(h, open.id, 2024, { members: ids, headId: ids[0] })).statusCode, 201)
  await finalizeYear(h, closed.id, 2023)
  await clusterService(h.app.db, h.app.clock).advance(SYSTEM_ACTOR, closed.id, 2023, 'close')
  await finalizeYear(h, open.id, 2024)
  const closedBefore = await get(h, `/v1/clusters/${closed.id}/years/2023`)
  const merged = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/committees/${ids[0]}/merge`,
    body: { successorId: successor.id, effectiveDate: '2025-07-01' },
  })
  t.equal(merged.statusCode, 200)
  const closedAfter = await get(h, `/v1/clusters/${closed.id}/years/2023`)
  t.same(closedAfter.json().warnings, [], 'the closed year shows no warning')
  t.equal(closedAfter.headers.etag, closedBefore.headers.etag, 'and is not touched')
  const finalized = (await get(h, `/v1/clusters/${open.id}/years/2024`)).json()
  t.equal(finalized.status, 'finalized')
  t.same(finalized.warnings, [
    { code: 'MEMBER_MERGED', committeeId: ids[0], roles: ['member', 'head'], effectiveDate: '2025-07-01', successorIds: [successor.id] },
  ])
})

t.test("carry: an ended member's place, and its role, pass to its successor", async (t) => {
  const h = await buildTestApp(t)
  const { base, a, b, c, d, successor, organizer, cluster } = await reportingYear(h)
  const carry = (committeeId: string, body: Record<string, unknown>, token = h.adminToken) =>
    h.call(token, { method: 'POST', url: `${base}/members/${committeeId}/carry`, body: { reason: 'Nghị quyết 202/2025/QH15', ...body } })
  const snapshot = async () => {
    const y = (await get(h, base)).json()
    return { members: y.members.map((m: { committeeId: string }) => m.committeeId).sort(), headId: y.headId, deputyId: y.deputyId, version: y.version }
  }

  expectProblem(t, await carry(successor.id, { successorId: a }), 404, 'NOT_A_MEMBER')
  expectProblem(t, await carry(a, { successorId: successor.id }), 409, 'MEMBER_NOT_ENDED')
  // a (the head) merges into the successor; d is dissolved naming a district (wrong level) and a (ended).
  t.equal(
    (await h.call(h.adminToken, { method: 'POST', url: `/v1/committees/${a}/merge`, body: { successorId: successor.id, effectiveDate: '2025-07-01' } }))
      .statusCode,
    200,
  )
  const district = await createCommittee(h, { name: 'Ủy ban MTTQ huyện kế thừa', level: 'district', parentId: successor.id })
  const other = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh khác', level: 'province', parentId: organizer.id })
  t.equal(
    (
      await h.call(h.adminToken, {
        method: 'POST',
        url: `/v1/committees/${d}/dissolve`,
        body: { effectiveDate: '2025-07-01', decision: DECISION, successorIds: [district.id, b, other.id] },
      })
    ).statusCode,
    200,
  )
  // other is in another cluster of the same organiser this year.
  const elsewhere = await createCluster(h, { organizerCommitteeId: organizer.id })
  const third = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh thứ ba', level: 'province', parentId: organizer.id })
  t.equal((await putYear(h, elsewhere.id, 2024, { members: [other.id, third.id] })).statusCode, 201)
  // and b's successor has itself ended by the time of the carry
  t.equal(
    (await h.call(h.adminToken, { method: 'POST', url: `/v1/committees/${b}/merge`, body: { successorId: c, effectiveDate: '2025-07-01' } })).statusCode,
    200,
  )
  const start = await snapshot()

  const notSuccessor = await carry(a, { successorId: c })
  expectProblem(t, notSuccessor, 422, 'NOT_A_SUCCESSOR')
  t.equal(notSuccessor.json().errors[0].pointer, '/successorId')
  expectProblem(t, await carry(d, { successorId: b }), 422, 'SUCCESSOR_NOT_ACTIVE')
  expectProblem(t, await carry(d, { successorId: district.id }), 422, 'MEMBER_LEVEL_MISMATCH')
  expectProblem(t, await carry(d, { successorId: other.id }), 409, 'MEMBER_IN_OTHER_CLUSTER')
  // b merged into c, a member: its place cannot go to c.
  expectProblem(t, await carry(b, { successorId: c }), 409, 'SUCCESSOR_ALREADY_MEMBER')
  const otherOrganizer = await h.token('organizer', (await createCommittee(h, { name: 'Ủy ban khác', level: 'central' })).id)
  expectProblem(t, await carry(a, { successorId: successor.id }, otherOrganizer), 403, 'OUT_OF_SCOPE')
  expectProblem(t, await carry(a, { successorId: successor.id, reason: '' }), 400, 'VALIDATION_FAILED')
  t.same(await snapshot(), start, 'the refused carries changed nothing')

  // The head's place passes to its successor.
  const organizerKey = await h.token('organizer', organizer.id)
  const ok = await carry(a, { successorId: successor.id }, organizerKey)
  t.equal(ok.statusCode, 200)
  t.equal(ok.json().headId, successor.id, 'the head role passed to the successor')
  t.ok(
    ok.json().members.some((m: { committeeId: string }) => m.committeeId === successor.id),
    'the successor is a member',
  )
  t.notOk(
    ok.json().members.some((m: { committeeId: string }) => m.committeeId === a),
    'the ended member is not',
  )
  t.notOk(
    ok.json().warnings.some((w: { committeeId: string }) => w.committeeId === a),
    'its warning is gone',
  )
  t.equal(ok.json().version, start.version + 1)
  const events = await actionsOf(h, 'cluster_year', ok.json().id)
  const carried = events.find((e) => e.action === 'cluster_year.member_carried')!
  t.match(carried.after, { headId: successor.id, carried: { from: a, to: successor.id, reason: 'Nghị quyết 202/2025/QH15' } })
  t.equal(carried.before!.headId, a)
  const ranking = (await get(h, `${base}/ranking`)).json()
  t.ok(
    ranking.members.some((m: { committeeId: string }) => m.committeeId === successor.id),
    'the ranking ranks the successor',
  )

  // A finalised year, and a closed one, keep the membership they ranked.
  const service = clusterService(h.app.db, h.app.clock)
  await service.advance(SYSTEM_ACTOR, cluster.id, 2024, 'start_scoring')
  await service.advance(SYSTEM_ACTOR, cluster.id, 2024, 'finalize')
  expectProblem(t, await carry(d, { successorId: third.id }), 409, 'RANKING_FINALIZED')
  await service.advance(SYSTEM_ACTOR, cluster.id, 2024, 'close')
  expectProblem(t, await carry(d, { successorId: third.id }), 409, 'CLUSTER_YEAR_CLOSED')
  expectProblem(
    t,
    await h.call(h.adminToken, { method: 'POST', url: `/v1/clusters/${cluster.id}/years/2031/members/${d}/carry`, body: { successorId: b, reason: 'x' } }),
    404,
    'CLUSTER_YEAR_NOT_FOUND',
  )
})

t.test('carry while planning takes the targets along; the deputy role too', async (t) => {
  const h = await buildTestApp(t)
  const { organizer, members } = await organizerWithMembers(h, 3)
  const successor = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh kế thừa', level: 'province', parentId: organizer.id })
  const ids = members.map((m) => m.id)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  t.equal((await putYear(h, cluster.id, 2025, { members: ids, headId: ids[0], deputyId: ids[1] })).statusCode, 201)
  const base = `/v1/clusters/${cluster.id}/years/2025`
  await createIndicators(h)
  t.equal((await h.call(h.adminToken, { method: 'PUT', url: `${base}/scheme`, body: SCHEME })).statusCode, 201)
  const targets = ids.map((committeeId, i) => ({ committeeId, criterionCode: 'NTM', value: String(10 + i) }))
  t.equal((await h.call(h.adminToken, { method: 'PUT', url: `${base}/targets`, body: { targets } })).statusCode, 200)
  t.equal(
    (
      await h.call(h.adminToken, {
        method: 'POST',
        url: '/v1/committees/merges',
        body: { predecessorIds: [ids[1]], successorId: successor.id, effectiveDate: '2025-07-01' },
      })
    ).statusCode,
    200,
  )
  const ok = await h.call(h.adminToken, { method: 'POST', url: `${base}/members/${ids[1]}/carry`, body: { successorId: successor.id, reason: 'Hợp nhất' } })
  t.equal(ok.statusCode, 200)
  t.equal(ok.json().deputyId, successor.id, 'the deputy role passed')
  t.equal(ok.json().headId, ids[0])
  t.same(ok.json().warnings, [])
  const after = (await get(h, `${base}/targets`)).json()
  const mine = (after.targets ?? after.items).filter((x: { committeeId: string }) => x.committeeId === successor.id)
  t.same(
    mine.map((x: { value: string }) => x.value),
    ['11'],
    "the member's target passed to its successor",
  )
})

t.test('two writers ending the same committee at once: one wins, the other is told it already ended', async (t) => {
  const h = await buildTestApp(t)
  const { samSon, thanhHoa } = await smallHierarchy(h)
  const other = await createCommittee(h, { name: 'Ủy ban MTTQ thị xã Bỉm Sơn', level: 'district', parentId: thanhHoa.id })
  const [dissolve, merge] = await Promise.all([
    h.call(h.adminToken, { method: 'POST', url: `/v1/committees/${samSon.id}/dissolve`, body: { effectiveDate: '2025-07-01', decision: DECISION } }),
    h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/committees/merges',
      body: { predecessorIds: [samSon.id], successorId: other.id, effectiveDate: '2025-07-01' },
    }),
  ])
  const codes = [dissolve.statusCode, merge.statusCode].sort()
  t.equal(codes[0], 200, 'one of them ends it')
  const loser = dissolve.statusCode === 200 ? merge : dissolve
  expectProblem(t, loser, loser === merge ? 422 : 409, loser === merge ? 'PREDECESSOR_NOT_ACTIVE' : 'COMMITTEE_ALREADY_ENDED')
  const c = await committee(h, samSon.id)
  t.equal(c.status, dissolve.statusCode === 200 ? 'dissolved' : 'merged', 'the record is the winner’s')
  t.equal((await committee(h, other.id)).predecessors.length, merge.statusCode === 200 ? 1 : 0)
})
