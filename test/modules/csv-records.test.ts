import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { CsvReader, CsvSyntaxError, MAX_RECORD_CHARS, type CsvRecord } from '../../src/modules/submissions/csv-records.ts'

/** Reads text handed over in the given pieces. */
function readPieces(pieces: string[]): CsvRecord[] {
  const reader = new CsvReader()
  const out: CsvRecord[] = []
  pieces.forEach((p, i) => out.push(...reader.push(p, i === pieces.length - 1)))
  return out
}

function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b)
  const out: string[] = []
  let from = 0
  for (const p of points) {
    out.push(text.slice(from, p))
    from = p
  }
  out.push(text.slice(from))
  return out
}

/** What reading the pieces gives: how many records, or the error and its line. */
function outcome(pieces: string[]): string {
  try {
    return JSON.stringify(readPieces(pieces))
  } catch (err) {
    if (err instanceof CsvSyntaxError) return `${err.code}@${err.line}`
    throw err
  }
}

/** The text in pieces of `size` characters. */
function inPieces(text: string, size: number): string[] {
  const out: string[] = []
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size))
  return out
}

function syntaxError(fn: () => unknown): CsvSyntaxError {
  try {
    fn()
  } catch (err) {
    if (err instanceof CsvSyntaxError) return err
    throw err
  }
  throw new Error('no syntax error')
}

t.test('records name the line they start on, quoted line ends counted, whatever the line end', async (t) => {
  for (const nl of ['\r\n', '\n', '\r']) {
    const text = `h1,h2${nl}a,1${nl}b,"x${nl}y"${nl}${nl}c,"say ""hi"""${nl}d,2`
    const records = readPieces([text])
    t.same(
      records.map((r) => [r.line, r.fields]),
      [
        [1, ['h1', 'h2']],
        [2, ['a', '1']],
        [3, ['b', `x${nl}y`]],
        [5, ['']],
        [6, ['c', 'say "hi"']],
        [7, ['d', '2']],
      ],
      JSON.stringify(nl),
    )
  }
})

t.test('a byte order mark is dropped; an empty text has no records', async (t) => {
  t.same(
    readPieces(['\ufeffa,b\n1,2\n']).map((r) => r.fields),
    [
      ['a', 'b'],
      ['1', '2'],
    ],
  )
  t.same(readPieces(['']), [])
  t.same(readPieces(['', '', '']), [])
})

t.test('a lone \\r at the end of a piece waits for the next one', async (t) => {
  t.same(
    readPieces(['a,b\r', '\n1,2\r\n']).map((r) => [r.line, r.fields]),
    [
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ],
  )
})

t.test('malformed records are refused with the line they start on and a stable code (the first bad record, whichever error it holds)', async (t) => {
  const cases: [string, string, number][] = [
    ['h\n"open\nmore', 'CSV_QUOTE_NOT_CLOSED', 2],
    ['h\na\n"closed"x,1', 'CSV_INVALID_CLOSING_QUOTE', 3],
    ['h\nab"c,1', 'INVALID_OPENING_QUOTE', 2],
    ['h\n"a\nb"\nx"y', 'INVALID_OPENING_QUOTE', 4],
    // A quote inside an unquoted field, then a closing quote with text after it: the closing one.
    ['h\nab"c,"x"y\n', 'CSV_INVALID_CLOSING_QUOTE', 2],
    // A stray quote in a record that ends at a quoted field.
    ['h\r\nok,1\r\nab"c,"x"\r\nnext,2\r\n', 'INVALID_OPENING_QUOTE', 3],
    // A stray quote in the last record, which has no line end.
    ['h\n1,2\nx,y"', 'INVALID_OPENING_QUOTE', 3],
    // Spaces after a closing quote are text after it.
    ['h\n"a" ,b\n', 'CSV_INVALID_CLOSING_QUOTE', 2],
    // Quoted line ends count before the bad record.
    ['h\n"a\r\nb\nc",1\n"d"e\n', 'CSV_INVALID_CLOSING_QUOTE', 5],
  ]
  for (const [text, code, line] of cases) {
    const err = syntaxError(() => readPieces([text]))
    t.equal(err.code, code, JSON.stringify(text))
    t.equal(err.line, line, `${JSON.stringify(text)}: line`)
  }
})

t.test('a record longer than the limit is refused instead of carried on', async (t) => {
  const reader = new CsvReader()
  reader.push('h\n"', false)
  const piece = 'x'.repeat(64 * 1024)
  const err = syntaxError(() => {
    for (let i = 0; i <= MAX_RECORD_CHARS / piece.length + 1; i++) reader.push(piece, false)
  })
  t.equal(err.code, 'CSV_RECORD_TOO_LONG')
  t.equal(err.line, 2)
})

// Any text in any field, written the RFC 4180 way, read back in any pieces: the fields that were
// written, as csv-parse (the reader this one replaced) reads them too.
const field = fc.string({ unit: fc.constantFrom('a', 'ă', '😀', ',', '"', '\n', '\r', ' ', '1'), maxLength: 8 })
const quote = (f: string, always: boolean) => (always || /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)

t.test('property: written fields read back, in any pieces, as csv-parse reads them', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\r\n', '\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, nl, always, at) => {
          // A record of one empty field is a blank line, which readers skip: not generated.
          const text = rows.map((r) => r.map((f) => quote(f, always)).join(',')).join(nl) + nl
          const records = readPieces(cut(text, at)).filter((r) => !(r.fields.length === 1 && r.fields[0] === ''))
          const oracle = parse(text, { relax_column_count: true, record_delimiter: nl }) as string[][]
          if (JSON.stringify(records.map((r) => r.fields)) !== JSON.stringify(rows))
            throw new Error(`read ${JSON.stringify(records)} from ${JSON.stringify(text)}`)
          if (JSON.stringify(oracle) !== JSON.stringify(rows)) throw new Error(`csv-parse read ${JSON.stringify(oracle)}`)
          // Each record starts after the line ends of those before it.
          let line = 1
          records.forEach((r, i) => {
            if (r.line !== line) throw new Error(`record ${i} on line ${r.line}, expected ${line}`)
            line += 1 + rows[i]!.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
          })
        },
      ),
      { numRuns: 500 },
    ),
  )
})

t.test('in a file whose lines end with \\r, a \\r\\n still counts once', async (t) => {
  for (const pieces of [['h\ra\r\nb\rc\r'], ['h\ra\r', '\nb\r', 'c\r']]) {
    t.same(
      readPieces(pieces).map((r) => [r.line, r.fields]),
      [
        [1, ['h']],
        [2, ['a']],
        [3, ['\nb']],
        [4, ['c']],
      ],
      JSON.stringify(pieces),
    )
  }
})

t.test('another kind of line end in an unquoted field is text, and a line', async (t) => {
  t.same(
    readPieces(['h,v\na\rb,1\nc,2']).map((r) => [r.line, r.fields]),
    [
      [1, ['h', 'v']],
      [2, ['a\rb', '1']],
      [4, ['c', '2']],
    ],
  )
  t.same(
    readPieces(['h,v\r\na\nb,1\r\nc,2\r\n']).map((r) => [r.line, r.fields]),
    [
      [1, ['h', 'v']],
      [2, ['a\nb', '1']],
      [4, ['c', '2']],
    ],
  )
})

// Any text at all, well formed or not: cut anywhere, it reads as it reads whole (the same records,
// or the same error on the same line).
t.test('property: any text reads the same whatever the pieces', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', ' '), maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (text, at) => {
        const whole = outcome([text])
        const cutUp = outcome(cut(text, at))
        if (whole !== cutUp) throw new Error(`${JSON.stringify(text)}: ${whole} whole, ${cutUp} in pieces ${JSON.stringify(cut(text, at))}`)
      }),
      { numRuns: 2000 },
    ),
  )
})

t.test('the length limit is the record’s own (its line end included), wherever the pieces fall', async (t) => {
  for (const length of [MAX_RECORD_CHARS - 1, MAX_RECORD_CHARS, MAX_RECORD_CHARS + 1]) {
    for (const before of ['h\n', 'h\n'.padEnd(65526, 'y').slice(0, 65524) + '\n']) {
      // A record of `length` characters with its line end, after a header (and a long second line).
      const text = `${before}${'x'.repeat(length - 1)}\nlast\n`
      const whole = outcome([text])
      t.equal(outcome(inPieces(text, 64 * 1024)), whole, `${length} after ${before.length}: in 64 KB pieces as whole`)
      t.equal(whole.startsWith('CSV_RECORD_TOO_LONG'), length > MAX_RECORD_CHARS, `${length}: refused only past the limit`)
    }
  }
})

t.test('a stray quote in the first record of a long text is that record’s error, in any pieces', async (t) => {
  const text = 'na"me,v\n' + 'a,1\n'.repeat(300_000)
  for (const p of [[text], inPieces(text, 64 * 1024)]) {
    const err = syntaxError(() => readPieces(p))
    t.equal(err.code, 'INVALID_OPENING_QUOTE')
    t.equal(err.line, 1)
  }
  // A quoted field's doubled quotes and line ends do not end the first record; its line end is the file's.
  t.same(
    readPieces(['"a""\r\nb",', 'x\r', '\n1,2']).map((r) => [r.line, r.fields]),
    [
      [1, ['a"\r\nb', 'x']],
      [3, ['1', '2']],
    ],
  )
})

t.test('a bad record past the length limit is refused as too long, whole or in pieces', async (t) => {
  const long = 'x'.repeat(MAX_RECORD_CHARS + 10)
  const cases: [string, string][] = [
    [`h\n${long}"y,1\nz,2\n`, 'CSV_RECORD_TOO_LONG@2'], // a stray quote, found at the record's end
    [`h\n${long},"a"b\nz,2\n`, 'CSV_RECORD_TOO_LONG@2'], // text after a closing quote, past the limit
    [`h\n"${long}`, 'CSV_RECORD_TOO_LONG@2'], // a quote never closed
    [`h\nab"c,${'x'.repeat(1000)}\nz,2\n`, 'INVALID_OPENING_QUOTE@2'], // under the limit: the record's own error
    [`"a"b,${long}\n1,2\n`, 'CSV_INVALID_CLOSING_QUOTE@1'], // the first record, its error seen before its line end is
  ]
  for (const [text, expected] of cases) {
    t.equal(outcome([text]), expected, `${expected}: whole`)
    for (const size of [1000, 64 * 1024, 300_000]) t.equal(outcome(inPieces(text, size)), expected, `${expected}: in ${size}-character pieces`)
  }
})
