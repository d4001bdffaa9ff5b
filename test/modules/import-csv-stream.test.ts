import t from 'tap'
import { CSV_SLICE, csvRows, slices } from '../../src/modules/submissions/import.ts'

const HEADER = 'committeeCode,clusterCode,year,period,indicatorCode,value,note'

async function read(body: string) {
  const out = []
  for await (const rows of csvRows(body)) out.push(...rows)
  return out
}

t.test('slices never split a surrogate pair and lose nothing', async (t) => {
  const text = 'ab😀cd😀😀e'
  for (let size = 1; size <= text.length; size++) {
    const pieces = [...slices(text, size)]
    t.equal(pieces.join(''), text, `size ${size}: the pieces make the text`)
    t.ok(
      pieces.every((p) => p.isWellFormed()),
      `size ${size}: every piece is well formed`,
    )
  }
})

t.test('a CSV longer than one slice reads row for row, text intact across slice boundaries', async (t) => {
  // Notes full of astral and Vietnamese characters, so that slice boundaries fall inside them.
  const note = 'Tổng kết 😀 thi đua, "đạt" 😀'
  const lines = [HEADER]
  let n = 0
  while (lines.join('\r\n').length < 3 * CSV_SLICE) {
    n++
    lines.push(`X${n},CTD-1,2024,FY,IND_${n % 7},"${n},5","${note.replace(/"/g, '""')} ${n}"`)
  }
  const rows = await read(`\ufeff${lines.join('\r\n')}\r\n\r\n`)
  t.equal(rows.length, n, 'every data row, the blank trailing line skipped')
  t.same(rows[0], {
    index: 0,
    row: 2,
    input: { committeeCode: 'X1', clusterCode: 'CTD-1', year: '2024', period: 'FY', indicatorCode: 'IND_1', value: '1,5', note: `${note} 1` },
  })
  t.ok(
    rows.every((r, i) => r.input.note === `${note} ${i + 1}` && r.row === i + 2 && r.index === i),
    'notes, line numbers and indexes all intact',
  )
})

t.test('the header is checked before any row is read', async (t) => {
  await t.rejects(read('committeeCode,clusterCode,year\r\nX1,CTD-1,2024\r\n'), { code: 'CSV_COLUMNS_INVALID' })
})

t.test('a malformed CSV names its line', async (t) => {
  await t.rejects(read(`${HEADER}\r\nX1,CTD-1,2024,FY,IND_1,"5,2024\r\n`), { code: 'MALFORMED_CSV' })
})

t.test('a CSV read from its bytes: characters split across byte slices come out whole', async (t) => {
  // "đạt" and emoji are 2 to 4 bytes in UTF-8: enough rows that slice boundaries fall inside them.
  const lines = [HEADER]
  let n = 0
  const note = 'Ủy ban MTTQ xã 😀 đạt'
  while (Buffer.byteLength(lines.join('\r\n')) < 3 * CSV_SLICE) {
    n++
    lines.push(`X${n},CTD-1,2024,FY,IND_${n % 7},${n},${note} ${n}`)
  }
  const rows = []
  for await (const batch of csvRows(Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'))) rows.push(...batch)
  t.equal(rows.length, n)
  t.ok(
    rows.every((r, i) => r.input.note === `${note} ${i + 1}` && r.row === i + 2),
    'every note intact, every line number right',
  )
})

t.test('blank lines and rows of empty fields before the header are skipped, as after it', async (t) => {
  const cases: [string, string][] = [
    ['\n', '\n'],
    ['\r\n\r\n', '\r\n'],
    [',,,\n', '\n'],
    ['\ufeff\n  \n', '\n'],
  ]
  for (const [lead, nl] of cases) {
    const rows = await read(`${lead}${HEADER}${nl}X1,CTD-1,2024,FY,IND_1,5,${nl}`)
    t.same(
      rows.map((r) => [r.row, r.input.committeeCode]),
      [[lead.split(nl).length + 1, 'X1']],
      JSON.stringify(lead),
    )
  }
})
