import t from 'tap'
import { parse } from 'csv-parse/sync'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, organizerWithMembers, putYear, reportingClusterYear } from '../helpers/fixtures.ts'
import { expectProblem } from '../helpers/problems.ts'
import { decidedYear, must } from '../helpers/export-cycle.ts'

const BOM = '\ufeff'
const table = (body: string) => parse(body.slice(1), { columns: true, skip_empty_lines: true }) as Record<string, string>[]

t.test('format=csv: the ranking and the awards of a decided year, as tables for a spreadsheet', async (t) => {
  const h = await buildTestApp(t)
  const y = await decidedYear(h)
  const auditor = await h.token('auditor')
  const url = `/v1/exports/cluster-years/${y.cluster.id}/${y.year}`

  // The ranking: the frozen one, the same table GET …/ranking gives with Accept: text/csv.
  const ranking = await must(h.call(auditor, { method: 'GET', url: `${url}?format=csv` }), 200)
  t.match(ranking.headers['content-type'], /^text\/csv/)
  t.match(ranking.headers['content-disposition'], /attachment; filename="xep-hang-.*\.csv"/)
  t.ok(ranking.body.startsWith(BOM), 'UTF-8 with a byte-order mark')
  const fromRankingRoute = await must(h.call(auditor, { method: 'GET', url: `${y.base}/ranking`, headers: { accept: 'text/csv' } }), 200)
  t.equal(ranking.body, fromRankingRoute.body, 'the same table as the ranking route')
  const rows = table(ranking.body)
  t.equal(rows.length, 4)
  t.same(
    rows.map((r) => r['Tên đơn vị']),
    ['Phú Thọ', 'Bắc Kạn', 'Hòa Bình', 'Yên Bái'].map((n) => rows.find((r) => r['Tên đơn vị']!.includes(n))!['Tên đơn vị']),
  )
  t.equal(rows[0]!['Hạng'], '1')

  // The awards: one row a proposal, with the decision that approved it.
  const awards = await must(h.call(auditor, { method: 'GET', url: `${url}?format=csv&table=awards` }), 200)
  t.match(awards.headers['content-disposition'], /filename="khen-thuong-.*\.csv"/)
  const awardRows = table(awards.body)
  t.equal(awardRows.length, y.proposals.length)
  t.same(awardRows.map((r) => r['Số quyết định']).sort(), y.proposals.map((_, i) => `${125 + i}/QĐ-MTTW-BTT`).sort())
  for (const r of awardRows) {
    t.equal(r['Trạng thái'], 'Đã duyệt')
    t.equal(r['Quyết định'], 'Duyệt')
    t.equal(r['Ngày quyết định'], '2024-01-15')
    t.equal(r['Người ký'], 'Chủ tịch UBTƯ MTTQ Việt Nam')
  }

  // Each table has its own ETag; unchanged, it answers 304.
  t.not(awards.headers.etag, ranking.headers.etag)
  const again = await h.call(auditor, { method: 'GET', url: `${url}?format=csv&table=awards`, headers: { 'if-none-match': awards.headers.etag as string } })
  t.equal(again.statusCode, 304)

  // A revocation shows in the next table.
  await must(
    h.call(y.organizerToken, {
      method: 'POST',
      url: `/v1/award-proposals/${y.proposals[0]!.id}/revoke`,
      body: {
        decisionNumber: '300/QĐ-MTTW-BTT',
        decisionDate: '2024-03-01',
        signer: 'Chủ tịch UBTƯ MTTQ Việt Nam',
        reason: 'Phát hiện sai phạm',
        evidence: 'Kết luận thanh tra số 12/KL-TTr',
      },
    }),
    200,
  )
  const after = await must(
    h.call(auditor, { method: 'GET', url: `${url}?format=csv&table=awards`, headers: { 'if-none-match': awards.headers.etag as string } }),
    200,
  )
  const row = table(after.body).find((r) => r['Số quyết định'] === '300/QĐ-MTTW-BTT')
  t.match(row, { 'Trạng thái': 'Đã thu hồi', 'Quyết định': 'Thu hồi', 'Lý do': 'Phát hiện sai phạm' })
})

t.test('format=csv: scope and refusals as for the bundle; a year without a scheme has no ranking to export', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { members: 3 })
  const url = `/v1/exports/cluster-years/${r.cluster.id}/${r.year}`
  const reader = await h.token('reader')
  t.equal((await h.call(reader, { method: 'GET', url: `${url}?format=csv` })).statusCode, 403)
  t.equal((await h.call(h.adminToken, { method: 'GET', url: `${url}?format=xml` })).statusCode, 400)
  t.equal((await h.call(h.adminToken, { method: 'GET', url: `${url}?format=csv&table=votes` })).statusCode, 400)
  const live = await must(h.call(h.adminToken, { method: 'GET', url: `${url}?format=csv` }), 200)
  t.match(live.headers['content-disposition'], /-tam-tinh\.csv"/, 'a live ranking says it is provisional')
  const awards = await must(h.call(h.adminToken, { method: 'GET', url: `${url}?format=csv&table=awards` }), 200)
  t.same(table(awards.body), [], 'no proposals yet: the header row only')
  const { organizer, members } = await organizerWithMembers(h, 2)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: members.map((m) => m.id), headId: members[0]!.id })
  const noScheme = await h.call(h.adminToken, { method: 'GET', url: `/v1/exports/cluster-years/${cluster.id}/2024?format=csv` })
  expectProblem(t, noScheme, 409, 'SCHEME_REQUIRED')
})
