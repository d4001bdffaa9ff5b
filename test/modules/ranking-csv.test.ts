import t from 'tap'
import { parse } from 'csv-parse/sync'
import { buildTestApp } from '../helpers/app.ts'
import { scoredClusterYear, SCHEME } from '../helpers/fixtures.ts'

const targets = (committeeId: string) => [
  { committeeId, criterionCode: 'HOUSES', value: '100' },
  { committeeId, criterionCode: 'NTM', value: '10' },
]

const CRITERIA = [
  'Nhà Đại đoàn kết (HOUSES, tối đa 40)',
  'Quỹ Vì người nghèo (FUND, tối đa 30)',
  'Nông thôn mới (NTM, tối đa 10)',
  'Đánh giá chéo (PEER, tối đa 20)',
  'Mô hình mới (MODEL, tối đa 5)',
]
const HEADER = [
  'Hạng',
  'Đồng hạng',
  'Mã đơn vị',
  'Tên đơn vị',
  'Tổng điểm',
  'Điểm tiêu chí chính',
  'Điểm thưởng',
  'Điểm trừ',
  'Xếp loại',
  'Đủ điều kiện khen thưởng',
  'Lý do không đủ điều kiện',
  ...CRITERIA,
]

interface Member {
  committeeId: string
  code: string
  name: string
  rank: number
  tied: boolean
  total: string
  standard: string
  bonus: string
  penalty: string
  classification: { label: string } | null
  eligibility: { eligible: boolean }
  lines: { criterionCode: string; points: string }[]
}

t.test('GET …/ranking with Accept: text/csv: the ranking as a spreadsheet table', async (t) => {
  const h = await buildTestApp(t)
  const r = await scoredClusterYear(h, {
    scheme: SCHEME,
    targets,
    names: ['Ủy ban MTTQ tỉnh "Phú Thọ", cụm 1', 'Ủy ban MTTQ tỉnh Bắc Kạn', '=Ủy ban MTTQ tỉnh Hòa Bình'],
    values: [
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 57, FUND_RAISED: '98500000000', NTM_COMMUNES: 10 },
      { HOUSES_BUILT: 33, FUND_RAISED: '52000000000', NTM_COMMUNES: 8 },
    ],
  })
  const reader = await h.token('reader')
  const get = (headers: Record<string, string> = {}) => h.call(reader, { method: 'GET', url: `${r.base}/ranking`, headers })

  const json = await get()
  t.equal(json.statusCode, 200)
  t.match(json.headers['content-type'], /^application\/json/)
  const members = json.json().members as Member[]

  const csv = await get({ accept: 'text/csv' })
  t.equal(csv.statusCode, 200)
  t.equal(csv.headers['content-type'], 'text/csv; charset=utf-8')
  t.match(csv.headers['content-disposition'], /^attachment; filename="xep-hang-[^"]+-2023-tam-tinh\.csv"$/, 'a live ranking is named provisional')
  t.match(String(csv.headers.vary).toLowerCase(), /accept(,|$)/, 'Vary: Accept')
  t.ok(csv.headers.etag, 'an ETag')
  t.not(csv.headers.etag, json.headers.etag, 'a distinct ETag per representation')
  const raw = csv.rawPayload
  t.same([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark')
  t.match(raw.toString('utf8'), /\r\n/, 'CRLF line ends')

  const rows = parse(raw, { bom: true }) as string[][]
  t.same(rows[0], HEADER, 'Vietnamese headers, one column per criterion with its title')
  t.equal(rows.length, members.length + 1, 'one row per member')
  for (const [i, m] of members.entries()) {
    const row = rows[i + 1]!
    t.same(
      row.slice(0, 11),
      [
        String(m.rank),
        m.tied ? 'Có' : '',
        m.code,
        m.name.startsWith('=') ? `'${m.name}` : m.name,
        m.total,
        m.standard,
        m.bonus,
        m.penalty,
        m.classification?.label ?? '',
        m.eligibility.eligible ? 'Có' : 'Không',
        '',
      ],
      `row ${i + 1}: ${m.name}`,
    )
    t.same(
      row.slice(11),
      ['HOUSES', 'FUND', 'NTM', 'PEER', 'MODEL'].map((c) => m.lines.find((l) => l.criterionCode === c)!.points),
      'criterion points exactly as the JSON gives them',
    )
  }
  t.ok(
    rows.some((row) => row[3] === 'Ủy ban MTTQ tỉnh "Phú Thọ", cụm 1'),
    'quotes and commas survive',
  )
  t.ok(
    rows.some((row) => row[3] === "'=Ủy ban MTTQ tỉnh Hòa Bình"),
    'a name that a spreadsheet would run as a formula is neutralised',
  )
  t.ok(
    members.some((m) => m.total.includes('.')),
    'the table holds decimals',
  )

  // ETags: each representation answers 304 to its own, and only to its own.
  const csvEtag = csv.headers.etag as string
  t.equal((await get({ accept: 'text/csv', 'if-none-match': csvEtag })).statusCode, 304)
  const other = await get({ accept: 'text/csv', 'if-none-match': json.headers.etag as string })
  t.equal(other.statusCode, 200, "the JSON's ETag does not validate the CSV")
  t.equal(other.headers['content-type'], 'text/csv; charset=utf-8')
  t.same(other.rawPayload, raw, 'the same bytes again')
  const jsonAgain = await get({ 'if-none-match': csvEtag })
  t.equal(jsonAgain.statusCode, 200, "the CSV's ETag does not validate the JSON")
  t.match(jsonAgain.headers['content-type'], /^application\/json/)

  // Negotiation: CSV only when asked for above JSON.
  t.match((await get({ accept: 'text/csv, application/json;q=0.5' })).headers['content-type'], /^text\/csv/)
  t.match((await get({ accept: 'application/json, text/csv;q=0.5' })).headers['content-type'], /^application\/json/)
  t.match((await get({ accept: 'text/csv;q=0' })).headers['content-type'], /^application\/json/)
  t.match((await get({ accept: '*/*' })).headers['content-type'], /^application\/json/)
  t.match((await get({ accept: 'text/csv', 'accept-encoding': 'br' })).headers['content-type'], /^text\/csv/)

  // A change of the inputs: a new ETag and the new points in the table.
  const bonus = await h.call(h.adminToken, {
    method: 'POST',
    url: `${r.base}/adjustments`,
    body: { committeeId: r.ids[2], type: 'bonus', points: '2.5', reason: 'Mô hình "Mái ấm Đại đoàn kết"' },
  })
  t.equal(bonus.statusCode, 201)
  const after = await get({ accept: 'text/csv', 'if-none-match': csvEtag })
  t.equal(after.statusCode, 200, 'the old CSV ETag no longer matches')
  t.not(after.headers.etag, csvEtag)
  const afterRows = parse(after.rawPayload, { bom: true }) as string[][]
  const third = afterRows.find((row) => row[3] === "'=Ủy ban MTTQ tỉnh Hòa Bình")!
  t.equal(third[6], '2.5', 'the bonus, as the JSON gives it')
  const afterJson = (await get()).json().members as Member[]
  t.equal(third[4], afterJson.find((m) => m.committeeId === r.ids[2])!.total)

  t.equal((await h.call(reader, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/years/2099/ranking`, headers: { accept: 'text/csv' } })).statusCode, 404)
})

t.test('a finalised ranking as CSV is named without "tạm tính"', async (t) => {
  const h = await buildTestApp(t)
  const scheme = { ...SCHEME, criteria: SCHEME.criteria.filter((c) => c.method !== 'assessed' && c.method !== 'manual') }
  const r = await scoredClusterYear(h, {
    scheme,
    targets,
    values: [
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 57, FUND_RAISED: '98500000000', NTM_COMMUNES: 10 },
    ],
  })
  const fin = await h.call(h.adminToken, { method: 'POST', url: `${r.base}/ranking/finalize` })
  t.equal(fin.statusCode, 200, fin.body)
  const csv = await h.call(h.adminToken, { method: 'GET', url: `${r.base}/ranking`, headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-disposition'], /^attachment; filename="xep-hang-[^"]+-2023\.csv"$/)
  const rows = parse(csv.rawPayload, { bom: true }) as string[][]
  t.same(rows[0]!.slice(11), ['Nhà Đại đoàn kết (HOUSES, tối đa 40)', 'Quỹ Vì người nghèo (FUND, tối đa 30)', 'Nông thôn mới (NTM, tối đa 10)'])
  t.same(
    rows.slice(1).map((row) => row[0]),
    ['1', '2'],
  )
  t.equal(
    (await h.call(h.adminToken, { method: 'GET', url: `${r.base}/ranking`, headers: { accept: 'text/csv', 'if-none-match': csv.headers.etag as string } }))
      .statusCode,
    304,
  )
})
