import t from 'tap'
import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { attachment, csvBytes, csvStream, type CsvColumn } from '../../src/lib/csv.ts'

interface Row {
  name: string
  total: string
  rank: number | null
}
const columns: CsvColumn<Row>[] = [
  { header: 'Hạng', value: (r) => r.rank },
  { header: 'Tên đơn vị', kind: 'text', value: (r) => r.name },
  { header: 'Tổng điểm', value: (r) => r.total },
]

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

t.test('csvBytes: BOM, Vietnamese header, CRLF, quoting, empty cells', async (t) => {
  const rows: Row[] = [
    { rank: 1, name: 'Ủy ban MTTQ tỉnh Phú Thọ', total: '97.21' },
    { rank: 2, name: 'Quỹ "Vì người nghèo", cả 3 cấp', total: '-2.50' },
    { rank: null, name: 'hai\ndòng', total: '0' },
  ]
  const bytes = csvBytes(columns, rows)
  t.same(bytes.subarray(0, 3), BOM, 'UTF-8 byte-order mark first')
  const text = bytes.subarray(3).toString('utf8')
  t.equal(
    text,
    'Hạng,Tên đơn vị,Tổng điểm\r\n' + '1,Ủy ban MTTQ tỉnh Phú Thọ,97.21\r\n' + '2,"Quỹ ""Vì người nghèo"", cả 3 cấp",-2.50\r\n' + ',"hai\ndòng",0\r\n',
  )
  // What a reader gets back is what was written (csv-parse strips the BOM when asked).
  t.same(parse(bytes, { bom: true, columns: true }), [
    { Hạng: '1', 'Tên đơn vị': 'Ủy ban MTTQ tỉnh Phú Thọ', 'Tổng điểm': '97.21' },
    { Hạng: '2', 'Tên đơn vị': 'Quỹ "Vì người nghèo", cả 3 cấp', 'Tổng điểm': '-2.50' },
    { Hạng: '', 'Tên đơn vị': 'hai\ndòng', 'Tổng điểm': '0' },
  ])
})

t.test('a text cell a spreadsheet would run as a formula is neutralised; values are not', async (t) => {
  const rows: Row[] = [
    { rank: 1, name: '=HYPERLINK("http://x","y")', total: '-1' },
    { rank: 2, name: '@SUM(A1)', total: '+3' },
    { rank: 3, name: '-bad', total: '5' },
  ]
  const parsed = parse(csvBytes(columns, rows), { bom: true, columns: true }) as Record<string, string>[]
  t.same(
    parsed.map((r) => r['Tên đơn vị']),
    [`'=HYPERLINK("http://x","y")`, `'@SUM(A1)`, `'-bad`],
  )
  t.same(
    parsed.map((r) => r['Tổng điểm']),
    ['-1', '+3', '5'],
    'value columns exactly as given',
  )
})

t.test('property: any text and decimals round-trip through csv-parse', async () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s))
  const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(99)).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`)
  fc.assert(
    fc.property(fc.array(fc.record({ rank: fc.option(fc.nat(), { nil: null }), name: text, total: decimal }), { maxLength: 20 }), (rows) => {
      const parsed = parse(csvBytes(columns, rows), { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[]
      if (parsed.length !== rows.length) return false
      return rows.every((r, i) => {
        const p = parsed[i]!
        return p['Tên đơn vị'] === r.name && p['Tổng điểm'] === r.total && p['Hạng'] === (r.rank === null ? '' : String(r.rank))
      })
    }),
  )
})

t.test('csvStream: the same bytes, rows pulled from an async source', async (t) => {
  const rows: Row[] = Array.from({ length: 2000 }, (_, i) => ({ rank: i + 1, name: `Đơn vị "${i}"`, total: `${i}.5` }))
  let pulled = 0
  async function* source() {
    for (const r of rows) {
      pulled++
      yield r
    }
  }
  const chunks: Buffer[] = []
  for await (const c of csvStream(columns, source())) chunks.push(Buffer.from(c as Buffer))
  t.equal(pulled, rows.length)
  t.same(Buffer.concat(chunks), csvBytes(columns, rows), 'byte for byte what csvBytes writes')
})

t.test('csvStream: a failing source fails the stream', async (t) => {
  async function* source(): AsyncGenerator<Row> {
    yield { rank: 1, name: 'a', total: '1' }
    throw new Error('the database went away')
  }
  await t.rejects(async () => {
    for await (const _ of csvStream(columns, source())) void _
  }, /the database went away/)
})

t.test('attachment: an ASCII name as is; a Vietnamese one with an ASCII fallback and RFC 8187', async (t) => {
  t.equal(attachment('xep-hang-2024.csv'), 'attachment; filename="xep-hang-2024.csv"')
  t.equal(
    attachment('xếp hạng Đồng Tháp.csv'),
    `attachment; filename="xep_hang_Dong_Thap.csv"; filename*=UTF-8''x%E1%BA%BFp%20h%E1%BA%A1ng%20%C4%90%E1%BB%93ng%20Th%C3%A1p.csv`,
  )
})
