/**
 * src/cli/json-tokens.ts: the incremental tokenizer gives what JSON.parse gives, however its
 * input is cut into chunks — a string, an escape, a surrogate pair, a multi-byte character, a
 * number or a literal split between two chunks is the same token — and refuses what JSON.parse
 * refuses, saying where.
 */
import t from 'tap'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/ctd-verify.ts'
import { Builder, KEEP } from '../../src/cli/json-stream.ts'
import { JsonSyntaxError, JsonTokenizer, MAX_DEPTH, type JsonHandler } from '../../src/cli/json-tokens.ts'

/** The value the tokenizer reads from `bytes` cut into chunks of `size` bytes (or at the given offsets). */
function parse(bytes: Buffer, cuts: number | number[]): unknown {
  let result: unknown
  const tokenizer = new JsonTokenizer(new Builder(KEEP, (v) => (result = v)))
  const at = typeof cuts === 'number' ? Array.from({ length: Math.ceil(bytes.length / cuts) }, (_, i) => i * cuts) : [0, ...cuts]
  at.forEach((from, i) => tokenizer.write(bytes.subarray(from, at[i + 1] ?? bytes.length)))
  tokenizer.end()
  return result
}

/** The same as JSON.parse: equal JSON text, member order included (lone surrogates escaped alike). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const anyString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '/', '\u2028', '\u0000', '\u001f', '\ud800', 'é', 'é', '😀', 'Ủy ban', '\ud83d\ude00x'),
)
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyString,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyString, tie('value'), { maxKeys: 6 }),
  ),
})).value

t.test('any JSON text, in chunks of any size, reads as JSON.parse reads it', async (t) => {
  fc.assert(
    fc.property(json, fc.constantFrom(0, 1, '\t'), fc.integer({ min: 1, max: 17 }), (v, indent, size) => {
      const text = JSON.stringify(v, null, indent)
      return same(parse(Buffer.from(text, 'utf8'), size), JSON.parse(text))
    }),
    { numRuns: 1500 },
  )
  t.pass('1,500 random documents, chunks of 1 to 17 bytes')
})

t.test('a token cut anywhere is the same token: escapes, surrogate pairs, multi-byte characters, numbers, literals', async (t) => {
  const text =
    '{"k\\u00e9y":"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00 é Ủy ban 😀 \\ud800 lone",' +
    '"n":[-0,0,0.5e-3,1E+2,-1.5,123456789012345678901234567890,5e-324,1e308,10],"l":[true,false,null],"e":{},"a":[[]],"😀":"\\u0000"}'
  const bytes = Buffer.from(text, 'utf8')
  const expected = JSON.parse(text) as unknown
  for (let i = 0; i <= bytes.length; i++) if (!same(parse(bytes, [i]), expected)) t.fail(`cut at byte ${i}`)
  for (let i = 0; i + 3 <= bytes.length; i++) if (!same(parse(bytes, [i, i + 1, i + 3]), expected)) t.fail(`cuts at ${i}, ${i + 1}, ${i + 3}`)
  t.ok(same(parse(bytes, 1), expected), 'one byte at a time')
  const value = parse(bytes, 1) as Record<string, unknown>
  t.equal(value['kéy'], 'a"b\\c/d\b\f\n\r\t\u00e9😀 é Ủy ban 😀 \ud800 lone', 'escapes decoded, the escaped pair is one character, the lone surrogate stays')
  t.same(value.n, [0, 0, 0.0005, 100, -1.5, 1.2345678901234568e29, 5e-324, 1e308, 10], 'numbers as Number() of their text')
  t.ok(Object.is((value.n as number[])[0], -0), '-0 stays -0, as in JSON.parse')
})

t.test('ill-formed UTF-8 in a string becomes U+FFFD as readFileSync(…, "utf8") then JSON.parse gives, wherever the chunks end', async (t) => {
  const bytes = Buffer.concat([
    Buffer.from('["a'),
    Buffer.from([0xe2, 0x82]),
    Buffer.from('","'),
    Buffer.from([0xf0, 0x9f, 0x98]),
    Buffer.from('b", "\xff"]', 'latin1'),
  ])
  const expected = JSON.parse(bytes.toString('utf8')) as unknown
  for (let i = 0; i <= bytes.length; i++) if (!same(parse(bytes, [i]), expected)) t.fail(`cut at byte ${i}`)
  t.same(parse(bytes, 1), ['a\ufffd', '\ufffdb', '\ufffd'])
})

/** Every token with its offsets and flags. */
function tokens(text: string, size = 3) {
  const out: unknown[] = []
  const handler: JsonHandler = {
    openObject: (s) => out.push(['{', s]),
    closeObject: (e) => out.push(['}', e]),
    openArray: (s) => out.push(['[', s]),
    closeArray: (e) => out.push([']', e]),
    key: (name, s, canonical) => out.push(['key', name, s, canonical]),
    primitive: (v, s, e, canonical) => out.push([v, text.slice(s, e), canonical]),
  }
  const tokenizer = new JsonTokenizer(handler)
  const bytes = Buffer.from(text, 'latin1')
  for (let i = 0; i < bytes.length; i += size) tokenizer.write(bytes.subarray(i, i + size))
  tokenizer.end()
  return { out, whitespace: tokenizer.whitespace }
}

t.test('offsets: where each token starts and ends in the whole input; white space is counted', async (t) => {
  const { out, whitespace } = tokens(' { "a" : [ 1 , "x" , true ] , "b":null }\n')
  t.same(out, [
    ['{', 1],
    ['key', 'a', 3, true],
    ['[', 9],
    [1, '1', true],
    ['x', '"x"', true],
    [true, 'true', true],
    [']', 27],
    ['key', 'b', 30, true],
    [null, 'null', true],
    ['}', 40],
  ])
  t.equal(whitespace, 14)
  t.equal(tokens('{"a":[1,"x"]}').whitespace, 0)
})

t.test("canonical: a token's bytes are how canonical JSON (RFC 8785) writes its value", async (t) => {
  const flag = (text: string) => (tokens(`[${text}]`).out[1] as [unknown, string, boolean])[2]
  for (const text of ['"plain é"', '"a\\"b\\\\c"', '"\\b\\f\\n\\r\\t"', '"\\u0000\\u001f\\u000b"', '0', '-1', '0.1', '1e+21', '1.5e-7', 'true', 'null'])
    t.equal(flag(text), true, `${text} is canonical`)
  for (const text of ['"a\\/b"', '"\\u00e9"', '"\\u001F"', '"\\u000a"', '"\\ud83d\\ude00"', '"\\u0041"', '-0', '1.0', '1e2', '1E+21', '0.10', '1e400'])
    t.equal(flag(text), false, `${text} is not`)
  t.equal((tokens('{"a\\/":1}').out[1] as [string, string, number, boolean])[3], false, 'a member name too')
})

t.test('nesting: up to MAX_DEPTH levels; deeper is refused at once, without recursion', async (t) => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
  t.same(parse(Buffer.from(deep(MAX_DEPTH)), 7), JSON.parse(deep(MAX_DEPTH)))
  t.throws(() => parse(Buffer.from(deep(MAX_DEPTH + 1)), 7), new JsonSyntaxError(`nested deeper than ${MAX_DEPTH} levels at byte ${MAX_DEPTH}`))
  t.throws(() => parse(Buffer.from('{"a":'.repeat(200_000)), 4096), /nested deeper than 1000 levels/)
})

t.test('what JSON.parse refuses is refused, saying what and where', async (t) => {
  const bad: [string, RegExp][] = [
    ['', /unexpected end of input at byte 0/],
    ['  ', /unexpected end of input at byte 2/],
    ['{', /unexpected end of input/],
    ['{"a"}', /expected ':' after a member name, found '}' at byte 4/],
    ['{"a":}', /expected a value, found '}' at byte 5/],
    ['{"a":1,}', /expected a member name in double quotes, found '}' at byte 7/],
    ['[1,]', /expected a value, found ']' at byte 3/],
    ['[1 2]', /expected ',' or ']', found '2' at byte 3/],
    ['{a:1}', /expected a member name in double quotes, found 'a' at byte 1/],
    ["{'a':1}", /expected a member name in double quotes, found ''' at byte 1/],
    ['01', /bad number "01" at byte 0/],
    ['1.', /bad number "1\." at byte 0/],
    ['.5', /expected a value, found '\.' at byte 0/],
    ['-', /bad number "-" at byte 0/],
    ['1e', /bad number "1e" at byte 0/],
    ['+1', /expected a value, found '\+' at byte 0/],
    ['[1-2]', /bad number "1-2" at byte 1/],
    ['tru', /unexpected end of input/],
    ['nul ', /expected null, found byte 0x20 at byte 3/],
    ['truex', /unexpected 'x' after the end of the document at byte 4/],
    ['NaN', /expected a value, found 'N' at byte 0/],
    ['"abc', /unterminated string starting at byte 0/],
    ['"a\u0001"', /control character byte 0x01 in a string at byte 2/],
    ['"a\nb"', /control character byte 0x0a in a string at byte 2/],
    ['"\\x"', /bad escape \\x in a string at byte 1/],
    ['"\\u12G4"', /bad \\u escape in a string: 'G' at byte 5/],
    ['"\\u123"', /bad \\u escape in a string: '"' at byte 6/],
    ['[1]]', /unexpected ']' after the end of the document at byte 3/],
    ['{}{}', /unexpected '\{' after the end of the document at byte 2/],
    ['\ufeff{}', /expected a value, found byte 0xef at byte 0/],
    ['[é]', /expected a value, found byte 0xc3 at byte 1/],
  ]
  for (const [text, message] of bad) {
    t.throws(() => JSON.parse(text), `JSON.parse refuses ${JSON.stringify(text)} too`)
    try {
      parse(Buffer.from(text, 'utf8'), 3)
    } catch (err) {
      t.type(err, JsonSyntaxError)
    }
    for (const size of [1, 2, 64]) t.throws(() => parse(Buffer.from(text, 'utf8'), size), message, `${JSON.stringify(text)} in chunks of ${size}`)
  }
  const tokenizer = new JsonTokenizer(new Builder(KEEP))
  t.throws(() => tokenizer.write(Buffer.from('[1,,')), /expected a value, found ',' at byte 3/)
  t.throws(() => tokenizer.write(Buffer.from('2]')), /expected a value, found ',' at byte 3/, 'once failed, it stays failed')
})

t.test('ctd-verify export: a file that is not JSON exits 2 and says where', async (t) => {
  const dir = t.testdir({
    'truncated.json': '{"bundle":{"formatVersion":"ctd-cluster-year-export/1","x":[1,2',
    'control.json': '{"bundle":{"a":"line\nbreak"}}',
  })
  const run = (file: string) => {
    let stderr = ''
    const code = main(['export', join(dir, file), '--key', 'cum-thi-dua.local/audit-log+5a26be4e+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'], {
      stdout: { write: () => {} },
      stderr: { write: (s: string) => (stderr += s) },
    })
    return { code, stderr }
  }
  const truncated = run('truncated.json')
  t.equal(truncated.code, 2)
  t.match(truncated.stderr, /truncated\.json: not valid JSON: unexpected end of input at byte 63/)
  const control = run('control.json')
  t.equal(control.code, 2)
  t.match(control.stderr, /control\.json: not valid JSON: control character byte 0x0a in a string at byte 20/)
  writeFileSync(join(dir, 'deep.json'), `{"bundle":${'['.repeat(5000)}`)
  t.match(run('deep.json').stderr, /not valid JSON: nested deeper than 1000 levels at byte 1009/)
})
