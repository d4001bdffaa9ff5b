import { mediaTypeOf, type Contract, type Operation, type Parameter, type SentRequest } from './contract.ts'
import type { Rng } from './rng.ts'
import { exe, html, minimalDocx, minimalPdf, minimalPng } from '../../helpers/documents.ts'
import { idPoolFor, type ValueGenerator } from './values.ts'
import type { World } from './world.ts'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')

/** JSON text nested `depth` levels deep, of arrays, objects or both. */
export function deepJson(depth: number, shape: 'array' | 'object' | 'mixed'): string {
  if (shape === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`
  if (shape === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
  const half = Math.floor(depth / 2)
  return `${'[{"a":'.repeat(half)}0${'}]'.repeat(half)}`
}

/** Path segments no id should be: wrong formats, overlong, percent-encoded garbage, raw unicode. */
export const BAD_SEGMENTS = [
  'not-a-uuid',
  '0',
  '-1',
  '1e309',
  '1e20',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '{d3b07384-d9a7-4e2b-8a3f-1f0c5a6e7b8c}',
  'd3b07384-d9a7-4e2b-8a3f-1f0c5a6e7b8cx',
  'x'.repeat(3000),
  '9'.repeat(400),
  '%ED%A0%80',
  '%ED%B0%80',
  '%C0%AF',
  '%00',
  '%FF',
  '%',
  '%zz',
  '%2F',
  '%20',
  '%F0%9F%98%80',
  'H%C3%A0%20N%E1%BB%99i',
  'Hà Nội',
  '\ud800',
  '\udc00x',
  "'%3B%20drop%20table%20x%3B--",
  '2023.5',
  '0x7E7',
  'null',
  '%EF%BB%BF',
  'h1',
  'Q1',
]

/** Query values a filter, limit or cursor should refuse (already URL-encoded, or raw on purpose). */
const BAD_QUERY_VALUES = [
  '',
  'x',
  '-1',
  '0',
  '1e309',
  '1e20',
  '%00',
  '%ED%A0%80',
  '\ud800',
  'x'.repeat(5000),
  "'",
  '%25',
  '_',
  '%5C',
  'TRUE',
  'yes',
  '2024-02-30T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '99999-01-01T00:00:00Z',
  'null',
  'H%C3%A0%20N%E1%BB%99i',
  'Ha%CC%80%20No%CC%A3i',
  '%F0%9F%98%80',
  'NaN',
  'Infinity',
  '1.5',
  '%',
  '%zz',
]
const BAD_LIMITS = [
  '0',
  '-1',
  '501',
  '1e309',
  '-1e309',
  '1e20',
  'abc',
  '',
  '1.5',
  '50abc',
  '%205',
  '%ED%A0%80',
  '9'.repeat(400),
  '0x10',
  'Infinity',
  'NaN',
  '-0',
  '1,2',
]

/** Cursors that decode to the wrong thing: a quote in an id (SQL), wrong types, garbage, overlong. */
function badCursor(rng: Rng): string {
  const keys = ['id', 'code', 'name', 'seq', 'createdAt', 'updatedAt', 'precedence', 'year']
  const values: unknown[] = ["x'", '', '\u0000', 'not-a-date', 1e308, -1, 1.5, '2024-13-45T99:99:99Z', rng.uuid(), 'y'.repeat(300), null, [], {}]
  const shaped = Object.fromEntries(keys.filter(() => rng.chance(0.5)).map((k) => [k, rng.pick(values)]))
  return rng.pick([
    b64(`{"id":"x'"}`),
    b64('{"id":1}'),
    b64('{}'),
    b64('[]'),
    b64('null'),
    b64('"x"'),
    b64('{"seq":"x"}'),
    b64('{"seq":1e309}'),
    b64(JSON.stringify(shaped)),
    b64(JSON.stringify(shaped)),
    b64(JSON.stringify(shaped)),
    'not base64!',
    '%25%25',
    'a'.repeat(600),
    '%00',
    '%ED%A0%80',
    b64('{"id":"\ud800"}'),
    b64('\u0000'),
    '====',
  ])
}

/** Strings at the edges of Unicode and of what a database stores. */
export const UNICODE_EDGES = [
  '\ud800',
  '\udc00',
  'a\ud800b',
  '\udbff\udfff',
  '\u0000',
  'a\u0000b',
  '\ufeff',
  '\u202eabc',
  'a\u200db',
  'e\u0301',
  'U\u031b\u0309y ban',
  '\uffff',
  '\ufffe',
  '\u{10ffff}',
  '😀'.repeat(100),
  ' ',
  '\t\n\r',
  '\u00a0',
  'İı',
  'ß',
  '\u0085',
  'ệ'.repeat(300),
  '\u0001\u001f\u007f',
  '%00',
  '\\',
  '"',
  "'; drop table x; --",
  '%',
  '_',
]

/** Invalid UTF-8 byte runs: surrogate halves (CESU), overlong, above U+10FFFF, truncated. */
const BAD_UTF8 = [[0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xc0, 0xaf], [0xff], [0xf4, 0x90, 0x80, 0x80], [0xe1, 0xbb], [0x80]]

const RAW_NUMBERS = [
  '1e309',
  '-1e309',
  '-1',
  '0',
  '-0',
  '1e20',
  '1E400',
  '1e-400',
  '0.1',
  '9007199254740993',
  '123456789012345678901234567890',
  '1.0',
  '-9007199254740992',
  '2e2',
]

const MALFORMED = (valid: string) => [
  valid.slice(0, Math.max(1, Math.floor(valid.length / 2))),
  `${valid}garbage`,
  `${valid},`,
  "{'a':1}",
  '{a:1}',
  '{"a":1,}',
  '[1,]',
  'NaN',
  '{"a":NaN}',
  `\ufeff${valid}`,
  '{"a":"\\x41"}',
  '{"a":"unterminated',
  '{"a"}',
  '/* c */{}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '',
  ' ',
  '\n',
  '\u0000',
  '{}{}{}',
  'true false',
  '{"a":1}\u0000',
  '"\\ud800"',
]

const CONTENT_TYPES = [
  undefined,
  '',
  'text/plain',
  'text/csv',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/problem+json',
  ';;',
  'application/',
  '*/*',
  'application/json, text/plain',
  'text/csv; charset=utf-8',
  'application/octet-stream',
  `application/json; ${'a'.repeat(2000)}=1`,
  'application/json; charset="utf-8"',
]

const IF_MATCH_BAD = ['', '*', 'garbage', 'W/"x"', '"x"', `"${'a'.repeat(5000)}"`, '"', '""', 'W/', '\u00e9', '"a", "b"', 'null']
const IDEMPOTENCY_BAD = ['', ' ', 'a'.repeat(256), 'a'.repeat(10_000), '\u00e9\u00ff', '\t', 'x,y', 'null', '0']

/** A JSON body being built: the value, then raw text spliced in for what JSON.stringify cannot say. */
interface BodyDraft {
  value: unknown
  raw: Map<string, string>
  bytes: Map<string, number[]>
}

type Mutation = (req: Draft) => void

interface Draft {
  op: Operation
  method: string
  segments: string[]
  query: string[]
  headers: Record<string, string>
  body?: BodyDraft
  /** Set when the body is fixed text (CSV, malformed JSON, …) instead of a draft. */
  text?: string | Buffer
  mediaType?: string
  labels: string[]
}

type Container = Record<string | number, unknown>

/** Every place in a JSON value, as its container and key, for replacing or removing it. */
function places(value: unknown, out: { parent: Container; key: string | number }[] = []) {
  if (value && typeof value === 'object') {
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
    for (const [key, v] of entries) {
      out.push({ parent: value as Container, key })
      places(v, out)
    }
  }
  return out
}

/** Every object in a JSON value, the value itself included. */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []) {
  if (value && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(value as Record<string, unknown>)
    for (const v of Object.values(value)) objectsIn(v, out)
  }
  return out
}

let markers = 0
const marker = () => `\u0001fuzz${++markers}\u0001`

function serialize(body: BodyDraft): string | Buffer {
  let text = JSON.stringify(body.value) ?? ''
  for (const [m, raw] of body.raw) text = text.replace(JSON.stringify(m), () => raw)
  if (body.bytes.size === 0) return text
  // Invalid UTF-8 cannot be said in a JS string: the marker's text inside its JSON string becomes the bytes.
  const parts: Buffer[] = []
  let rest = text
  for (const [m, bytes] of body.bytes) {
    const escaped = JSON.stringify(m).slice(1, -1)
    const pos = rest.indexOf(escaped)
    if (pos < 0) continue
    parts.push(Buffer.from(rest.slice(0, pos), 'utf8'), Buffer.from(bytes))
    rest = rest.slice(pos + escaped.length)
  }
  parts.push(Buffer.from(rest, 'utf8'))
  return Buffer.concat(parts)
}

const csvCell = (v: unknown) => {
  // An object or array in a cell is written as its JSON (String() would write "[object Object]").
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean | bigint)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * Builds requests for contract operations: valid ones from the schemas and the world's real ids,
 * then, most of the time, mutated in one or two ways. Labels say what was done, for the report.
 */
export class RequestFactory {
  constructor(
    private readonly rng: Rng,
    private readonly world: World,
    private readonly values: ValueGenerator,
    private readonly bodyLimit: number,
  ) {}

  forOperation(op: Operation): SentRequest {
    const rng = this.rng
    const draft: Draft = { op, method: op.method, segments: this.validSegments(op), query: this.validQuery(op), headers: {}, labels: [], ...this.validBody(op) }
    this.validHeaders(draft)
    if (rng.chance(0.62)) {
      const mutations = this.applicable(draft)
      for (let n = rng.chance(0.8) ? 1 : 2; n > 0; n--) rng.weighted(mutations)(draft)
    }
    return this.finish(draft, this.credential(op))
  }

  /** A method the path does not have, or a path no operation has. */
  stray(op: Operation): SentRequest {
    const rng = this.rng
    const draft: Draft = { op, method: op.method, segments: this.validSegments(op), query: [], headers: {}, labels: [] }
    if (rng.chance(0.5)) {
      draft.method = rng.pick(['DELETE', 'PUT', 'PATCH', 'POST', 'GET', 'OPTIONS', 'HEAD'])
      draft.labels.push(`wrong method: ${draft.method}`)
    } else {
      const id = rng.uuid()
      const path = rng.pick([
        '/v1',
        '/v1/nope',
        '/v2/committees',
        '/',
        `/v1/committees/${id}/nope`,
        '/v1/%ED%A0%80',
        '/%00',
        '/V1/committees',
        '/v1/committees;x',
        `/v1/committees%2F${id}`,
        '/v1//committees',
        '/health/live/x',
        `/v1/clusters/${id}/years`,
        `/v1/clusters/${id}/years/2024/periods`,
        `/v1/${'x'.repeat(3000)}`,
        '/v1/committees/%2e%2e/%2e%2e/health/live',
        '/v1/audit-events/verify/x',
        `/v1/submissions/${id}/delete`,
      ])
      draft.segments = path.split('/').slice(1)
      draft.labels.push('unknown path')
    }
    return this.finish(draft, this.credential(op))
  }

  private credential(op: Operation): { label: string; authorization?: string } {
    const rng = this.rng
    if (rng.chance(op.isPublic ? 0.5 : 0.1)) return rng.pick(this.world.badCredentials)
    // Mostly a role the operation allows, so that requests get past authorisation.
    const allowed = op.roles.filter((r) => r in this.world.keys)
    const role = allowed.length > 0 && rng.chance(0.75) ? rng.pick(allowed) : rng.pick(Object.keys(this.world.keys))
    return { label: role, authorization: `Bearer ${rng.pick(this.world.keys[role]!)}` }
  }

  private validSegments(op: Operation): string[] {
    return op.segments.map((s, i) => {
      if (!s.startsWith('{')) return s
      const name = s.slice(1, -1)
      const param = op.params.find((p) => p.in === 'path' && p.name === name)
      const pool = name === 'id' ? idPoolFor(op.segments[i - 1] ?? '') : idPoolFor(name)
      const ids = pool ? this.world.pools[pool] : []
      if (ids.length > 0 && this.rng.chance(0.85)) return this.rng.pick(ids)
      if (name === 'year' && this.rng.chance(0.85)) return String(this.rng.pick(this.world.pools.years))
      return encodeURIComponent(String(this.values.value(param?.schema ?? { type: 'string' }, name)))
    })
  }

  private validQuery(op: Operation): string[] {
    const out: string[] = []
    // An upload names what it attaches to by a kind and an owner that must agree: mostly a pair that does.
    const target = op.path === '/v1/attachments' && op.method === 'POST' && this.rng.chance(0.8) ? this.rng.pick(this.world.pools.attachmentTargets) : undefined
    if (target) out.push(`kind=${target.kind}`, `ownerId=${target.ownerId}`)
    for (const p of op.params.filter((q) => q.in === 'query')) {
      if (target && (p.name === 'kind' || p.name === 'ownerId')) continue
      if (!p.required && !this.rng.chance(0.3)) continue
      const known = p.name === 'cursor' ? this.world.cursors.get(op.path) : undefined
      const v = known && known.length > 0 ? this.rng.pick(known) : this.values.value(p.schema, p.name)
      out.push(`${p.name}=${encodeURIComponent(String(v))}`)
    }
    return out
  }

  private validBody(op: Operation): Pick<Draft, 'body' | 'text' | 'mediaType'> & { labels?: string[] } {
    if (!op.body) return {}
    if (!op.body.required && this.rng.chance(0.3)) return {}
    const types = Object.keys(op.body.content)
    const mediaType = this.rng.pick(types)
    const json = op.body.content['application/json']
    if (!json && mediaType !== 'application/json' && mediaType !== 'text/csv') return this.documentBody(mediaType)
    if (mediaType === 'application/json' || !json)
      return { mediaType, body: { value: this.values.value(op.body.content[mediaType]!), raw: new Map(), bytes: new Map() } }
    if (mediaType === 'text/csv') return { mediaType, text: this.csvFrom(this.values.value(json)) }
    return { mediaType, text: 'x' }
  }

  /**
   * A raw-body upload (POST /v1/attachments): a real document, sent as itself under one of the
   * declared types (a range such as image/* as a type in it); now and then a document of another
   * type than the header says, or bytes that are no document at all (refused by their content).
   */
  private documentBody(declared: string): Pick<Draft, 'text' | 'mediaType' | 'labels'> {
    const rng = this.rng
    const mediaType = declared === 'image/*' ? rng.pick(['image/png', 'image/jpeg', 'image/webp']) : declared
    const kind = rng.weighted([
      [6, 'pdf'],
      [3, 'png'],
      [3, 'docx'],
      [1, 'html'],
      [1, 'exe'],
    ] as const)
    const bytes = { pdf: minimalPdf, png: minimalPng, docx: minimalDocx, html, exe }[kind]()
    return { mediaType, text: bytes, labels: [`document: ${kind} as ${mediaType}`] }
  }

  /** CSV for the import: the rows of a generated JSON body, under a header naming their columns. */
  private csvFrom(value: unknown): string {
    const items = ((value as { items?: Record<string, unknown>[] }).items ?? []) as Record<string, unknown>[]
    const columns = ['committeeCode', 'clusterCode', 'year', 'period', 'indicatorCode', 'value', 'note']
    return [columns.join(','), ...items.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n')
  }

  private validHeaders(d: Draft) {
    const rng = this.rng
    const path = `/${d.segments.join('/')}`
    const hasHeader = (name: string) => d.op.params.some((p) => p.in === 'header' && p.name === name)
    const etag = this.world.etags.get(path)
    if (hasHeader('if-match') && etag && rng.chance(0.8)) d.headers['if-match'] = etag
    if (hasHeader('if-none-match') && etag && rng.chance(0.5)) d.headers['if-none-match'] = etag
    if (hasHeader('idempotency-key') && rng.chance(0.3)) d.headers['idempotency-key'] = rng.uuid()
    if (rng.chance(0.1)) d.headers['accept-encoding'] = rng.pick(['gzip', 'br', 'deflate', 'gzip, br', 'gzip;q=0', 'identity', '*', 'x'])
    if (rng.chance(0.1)) d.headers['accept-language'] = rng.pick(['vi', 'vi-VN,vi;q=0.9', 'en', '*', 'xx;q=abc'])
    if (rng.chance(0.03)) d.headers['x-request-id'] = rng.pick(['x'.repeat(500), 'a b', '', '\u00e9', 'ok-id.1:2'])
    if (rng.chance(0.03)) d.headers.accept = rng.pick(['text/html', 'application/xml', 'application/problem+json', '*/*;q=x'])
  }

  /** The mutations that make sense for this request, weighted. */
  private applicable(d: Draft): [number, Mutation][] {
    const takesBody = d.op.body !== undefined || d.method !== 'GET'
    const pathParams = d.op.segments.some((s) => s.startsWith('{'))
    const query = d.op.params.filter((p) => p.in === 'query')
    const out: [number, Mutation][] = [
      [2, (r) => this.badQuery(r, query)],
      [1, (r) => this.badHeaders(r)],
    ]
    if (pathParams) out.push([3, (r) => this.badSegment(r)])
    if (d.op.body?.content['text/csv']) out.push([3, (r) => this.badCsv(r)])
    if (takesBody) {
      out.push(
        [3, (r) => this.wrongType(r)],
        [2, (r) => this.missingField(r)],
        [2, (r) => this.extraField(r)],
        [1, (r) => this.notObject(r)],
        [2, (r) => this.deepNesting(r)],
        [1, (r) => this.hugeBody(r)],
        [3, (r) => this.unicode(r)],
        [1, (r) => this.invalidUtf8(r)],
        [2, (r) => this.rawNumber(r)],
        [2, (r) => this.malformed(r)],
        [2, (r) => this.contentType(r)],
        [2, (r) => this.bodiless(r)],
        [0.5, (r) => this.contentLength(r)],
      )
    } else {
      out.push([2, (r) => this.getWithBody(r)])
    }
    return out
  }

  private draftBody(d: Draft): BodyDraft {
    if (!d.body) {
      d.body = { value: {}, raw: new Map(), bytes: new Map() }
      d.text = undefined
      d.mediaType = 'application/json'
    }
    return d.body
  }

  /** Replaces one place in the body (or the whole body) with a marker for raw text. */
  private spliceRaw(d: Draft, raw: string, label: string) {
    const body = this.draftBody(d)
    const all = places(body.value)
    const m = marker()
    if (all.length === 0 || this.rng.chance(0.3)) body.value = m
    else {
      const { parent, key } = this.rng.pick(all)
      parent[key] = m
    }
    body.raw.set(m, raw)
    d.labels.push(label)
  }

  private wrongType(d: Draft) {
    const body = this.draftBody(d)
    const all = places(body.value)
    const options: unknown[] = [123, -1, 1.5, true, false, null, 'str', '', [], {}, [1, 'a'], { a: 1 }]
    if (all.length === 0) {
      body.value = this.rng.pick(options)
    } else {
      const { parent, key } = this.rng.pick(all)
      const current = parent[key]
      const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
      const replacement = this.rng.pick(options.filter((o) => kind(o) !== kind(current)))
      parent[key] = replacement
      d.labels.push(`wrong type: ${String(key)}=${JSON.stringify(replacement)}`)
      return
    }
    d.labels.push(`wrong type: body=${JSON.stringify(body.value)}`)
  }

  private missingField(d: Draft) {
    const objects = objectsIn(this.draftBody(d).value).filter((o) => Object.keys(o).length > 0)
    if (objects.length === 0) return this.bodiless(d)
    const o = this.rng.pick(objects)
    const key = this.rng.pick(Object.keys(o))
    delete o[key]
    d.labels.push(`missing field: ${key}`)
  }

  private extraField(d: Draft) {
    const body = this.draftBody(d)
    const objects = objectsIn(body.value)
    const key = this.rng.pick(['extra', 'constructor', 'x'.repeat(1000), '', 'Ủy ban', '\u0000', '\ud800', 'id', 'version', 'createdAt'])
    if (objects.length === 0) body.value = { [key]: 1 }
    else this.rng.pick(objects)[key] = this.rng.pick([1, 'x', null, { a: [] }])
    d.labels.push(`extra field: ${JSON.stringify(key.slice(0, 12))}`)
  }

  private notObject(d: Draft) {
    this.draftBody(d).value = this.rng.pick([[], [{}], 'string', 42, null, true])
    d.labels.push(`not an object: ${JSON.stringify(this.draftBody(d).value)}`)
  }

  private deepNesting(d: Draft) {
    const depth = this.rng.pick([5000, 10_000, 20_000, 50_000])
    const shape = this.rng.pick(['array', 'object', 'mixed'] as const)
    this.spliceRaw(d, deepJson(depth, shape), `deep nesting: ${shape} ×${depth}`)
  }

  private hugeBody(d: Draft) {
    const rng = this.rng
    const kind = rng.weighted([
      [4, 'string'],
      [3, 'array'],
      [1, 'over limit'],
    ] as const)
    if (kind === 'string') {
      const size = rng.pick([200_000, 1_000_000, 2_000_000])
      this.spliceRaw(d, JSON.stringify(rng.pick(['a', 'Ủ', '😀']).repeat(size / 2)), `huge body: string of ${size / 2}`)
    } else if (kind === 'array') {
      const n = rng.pick([10_000, 100_000])
      this.spliceRaw(d, `[${Array.from({ length: n }, () => rng.pick(['0', '{}', '"x"', 'null'])).join(',')}]`, `huge body: array of ${n}`)
    } else {
      this.spliceRaw(d, JSON.stringify('a'.repeat(this.bodyLimit + 1024)), 'huge body: over BODY_LIMIT')
    }
  }

  private unicode(d: Draft) {
    const body = this.draftBody(d)
    const strings = places(body.value).filter(({ parent, key }) => typeof parent[key] === 'string')
    const edge = this.rng.pick(UNICODE_EDGES)
    if (strings.length === 0) body.value = edge
    else {
      const { parent, key } = this.rng.pick(strings)
      parent[key] = this.rng.chance(0.5) ? edge : `${String(parent[key])}${edge}`
    }
    d.labels.push(`unicode: ${JSON.stringify(edge.slice(0, 8))}`)
  }

  private invalidUtf8(d: Draft) {
    const body = this.draftBody(d)
    const strings = places(body.value).filter(({ parent, key }) => typeof parent[key] === 'string')
    const m = marker()
    if (strings.length === 0) body.value = m
    else {
      const { parent, key } = this.rng.pick(strings)
      parent[key] = m
    }
    const bytes = this.rng.pick(BAD_UTF8)
    body.bytes.set(m, bytes)
    d.labels.push(`invalid UTF-8: ${bytes.map((b) => b.toString(16)).join(' ')}`)
  }

  private rawNumber(d: Draft) {
    const raw = this.rng.pick(RAW_NUMBERS)
    this.spliceRaw(d, raw, `raw number: ${raw}`)
  }

  private malformed(d: Draft) {
    const valid = d.body ? String(serialize(d.body)) : '{}'
    d.text = this.rng.pick(MALFORMED(valid))
    d.body = undefined
    d.mediaType = 'application/json'
    d.labels.push(`malformed JSON: ${JSON.stringify(d.text.slice(0, 20))}`)
  }

  private contentType(d: Draft) {
    if (!d.body && d.text === undefined) this.draftBody(d)
    const ct = this.rng.pick(CONTENT_TYPES)
    d.mediaType = ct
    d.labels.push(`content-type: ${ct === undefined ? '(none)' : JSON.stringify(ct.slice(0, 40))}`)
  }

  private bodiless(d: Draft) {
    d.body = undefined
    const variant = this.rng.pick(['none', 'empty json', 'empty csv'] as const)
    d.text = variant === 'none' ? undefined : ''
    d.mediaType = variant === 'none' ? undefined : variant === 'empty json' ? 'application/json' : 'text/csv'
    d.labels.push(`bodiless: ${variant}`)
  }

  private contentLength(d: Draft) {
    if (!d.body && d.text === undefined) this.draftBody(d)
    d.headers['content-length'] = this.rng.pick(['0', '1', '999999', '-1', 'abc'])
    d.labels.push(`content-length: ${d.headers['content-length']}`)
  }

  /** CSV the import should refuse row by row or whole, never with a 5xx. */
  private badCsv(d: Draft) {
    const rng = this.rng
    const header = 'committeeCode,clusterCode,year,period,indicatorCode,value,note'
    const row = (value: string, note = '') =>
      [rng.pick(this.world.pools.committeeCodes.concat('X')), rng.pick(this.world.pools.clusterCodes), '2024', 'FY', 'HOUSES_BUILT', value, note].join(',')
    const variants: [string, () => string | Buffer][] = [
      ['header only', () => header],
      ['no header', () => row('1')],
      ['BOM', () => `\ufeff${header}\n${row('1')}`],
      ['unbalanced quote', () => `${header}\n${row('"1')}`],
      ['NUL in a cell', () => `${header}\n${row('1', 'a\u0000b')}`],
      ['invalid UTF-8', () => Buffer.concat([Buffer.from(`${header}\n${row('1', 'a')}`), Buffer.from(rng.pick(BAD_UTF8))])],
      ['huge number', () => `${header}\n${row(rng.pick(RAW_NUMBERS))}`],
      ['decimal comma', () => `${header}\n${row('"6.485,5"')}`],
      ['semicolons', () => header.replace(/,/g, ';') + `\n${row('1').replace(/,/g, ';')}`],
      ['10,000 columns', () => `${header}${',x'.repeat(10_000)}\n${row('1')}`],
      ['2,000 rows', () => `${header}\n${Array.from({ length: 2000 }, () => row(String(rng.int(-5, 500)))).join('\n')}`],
      ['CRLF and blank lines', () => `${header}\r\n\r\n${row('1')}\r\n`],
      ['unknown column', () => `${header},secret\n${row('1')},x`],
      ['duplicate column', () => `${header},value\n${row('1')},2`],
      ['lone surrogate', () => `${header}\n${row('1', '\ud800')}`],
    ]
    const [name, make] = rng.pick(variants)
    d.body = undefined
    d.text = make()
    d.mediaType = rng.pick(['text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=latin1'])
    d.labels.push(`bad CSV: ${name}`)
  }

  private getWithBody(d: Draft) {
    const rng = this.rng
    d.text = rng.pick(['{"a":1}', '{}', 'x', deepJson(20_000, 'array'), ''])
    d.mediaType = rng.pick(['application/json', 'text/plain', undefined, 'application/xml', 'text/csv'])
    d.labels.push(`body on GET: ${d.mediaType ?? 'no content-type'}`)
  }

  private badSegment(d: Draft) {
    const params = d.op.segments.map((s, i) => [s, i] as const).filter(([s]) => s.startsWith('{'))
    const [name, i] = this.rng.pick(params)
    const bad = this.rng.pick(BAD_SEGMENTS)
    d.segments[i] = bad
    d.labels.push(`bad path ${name}: ${JSON.stringify(bad.length > 20 ? `${bad.slice(0, 8)}…(${bad.length})` : bad)}`)
  }

  private badQuery(d: Draft, params: Parameter[]) {
    const rng = this.rng
    const names = params.map((p) => p.name)
    const choice = rng.weighted<string>([
      [names.includes('limit') ? 3 : 0, 'limit'],
      [names.includes('cursor') ? 3 : 0, 'cursor'],
      [params.length > 0 ? 3 : 0, 'filter'],
      [1, 'unknown'],
      [1, 'repeated'],
    ])
    let q: string
    const kind = choice === 'filter' || choice === 'limit' || choice === 'cursor' ? `bad query ${choice}` : `${choice} query param`
    if (choice === 'limit') q = `limit=${rng.pick(BAD_LIMITS)}`
    else if (choice === 'cursor') q = `cursor=${badCursor(rng)}`
    else if (choice === 'filter') q = `${rng.pick(names)}=${rng.pick(BAD_QUERY_VALUES)}`
    else if (choice === 'unknown')
      q = rng.pick(['foo=bar', '__proto__=x', 'constructor[prototype]=1', 'limit[]=1', '%ED%A0%80=1', '=', '&&&', 'a'.repeat(3000)])
    else q = rng.pick(['limit=1&limit=2', 'cursor=a&cursor=b', `${names[0] ?? 'x'}=1&${names[0] ?? 'x'}=2`])
    d.query = [...d.query.filter((p) => !p.startsWith(`${q.split('=')[0]}=`)), q]
    d.labels.push(`${kind}: ${q.length > 40 ? `${q.slice(0, 30)}…(${q.length})` : q}`)
  }

  private badHeaders(d: Draft) {
    const rng = this.rng
    const hasHeader = (name: string) => d.op.params.some((p) => p.in === 'header' && p.name === name)
    const choice = rng.weighted<string>([
      [hasHeader('if-match') ? 3 : 0, 'if-match'],
      [hasHeader('if-match') ? 2 : 0, 'no if-match'],
      [hasHeader('if-none-match') ? 2 : 0, 'if-none-match'],
      [hasHeader('idempotency-key') ? 2 : 0, 'idempotency-key'],
      [hasHeader('idempotency-key') && this.world.idempotent.length > 0 ? 3 : 0, 'replay'],
      [1, 'accept-encoding'],
    ])
    if (choice === 'if-match' || choice === 'if-none-match') {
      const other = [...this.world.etags.values()]
      d.headers[choice] = other.length > 0 && rng.chance(0.3) ? rng.pick(other) : rng.pick(IF_MATCH_BAD)
      d.labels.push(`bad ${choice}: ${JSON.stringify(d.headers[choice]!.slice(0, 20))}`)
    } else if (choice === 'no if-match') {
      delete d.headers['if-match']
      d.labels.push('no if-match')
    } else if (choice === 'idempotency-key') {
      d.headers['idempotency-key'] = rng.pick(IDEMPOTENCY_BAD)
      d.labels.push(`bad idempotency-key: ${JSON.stringify(d.headers['idempotency-key']!.slice(0, 12))} (${d.headers['idempotency-key']!.length})`)
    } else if (choice === 'replay') {
      const earlier = rng.pick(this.world.idempotent)
      d.headers['idempotency-key'] = earlier.key
      if (rng.chance(0.5)) {
        // The same request again: its stored answer is replayed.
        d.segments = earlier.url.split('?')[0]!.split('/').slice(1)
        d.query = earlier.url.includes('?') ? [earlier.url.split('?').slice(1).join('?')] : []
        d.body = undefined
        d.text = earlier.payload
        d.mediaType = earlier.contentType
        d.labels.push('idempotency key: replayed')
      } else d.labels.push('idempotency key: reused for another request')
    } else {
      d.headers['accept-encoding'] = rng.pick(['gzip', 'br', 'gzip;q=1.0, identity; q=0', 'x'.repeat(3000)])
      d.labels.push(`odd accept-encoding: ${d.headers['accept-encoding']!.slice(0, 20)}`)
    }
  }

  private finish(d: Draft, credential: { label: string; authorization?: string }): SentRequest {
    const headers = { ...d.headers }
    if (credential.authorization !== undefined) headers.authorization = credential.authorization
    const payload = d.body ? serialize(d.body) : d.text
    if (d.mediaType !== undefined && payload !== undefined) headers['content-type'] = d.mediaType
    const url = `/${d.segments.join('/')}${d.query.length > 0 ? `?${d.query.join('&')}` : ''}`
    const remoteAddress = `10.9.${this.rng.int(0, 1)}.${this.rng.int(0, 255)}`
    const req: SentRequest = {
      method: d.method,
      url,
      headers,
      labels: d.labels,
      auth: credential.label,
      remoteAddress,
      ...(payload !== undefined ? { payload } : {}),
    }
    if (headers['idempotency-key'] && d.method === 'POST' && !d.labels.some((l) => l.startsWith('idempotency') || l.includes('idempotency-key'))) {
      this.world.idempotent.push({
        key: headers['idempotency-key'],
        url,
        ...(payload !== undefined ? { payload } : {}),
        ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
      })
      if (this.world.idempotent.length > 200) this.world.idempotent.shift()
    }
    return req
  }
}

/** Learns from an answer: new ids for the pools, ETags, cursors. */
export function learn(world: World, contract: Contract, req: SentRequest, res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  if (res.statusCode < 200 || res.statusCode >= 300) return
  const path = req.url.split('?')[0]!
  const etag = res.headers.etag
  if (typeof etag === 'string') world.etags.set(path, etag)
  const mediaType = mediaTypeOf(res.headers['content-type'])
  if (!mediaType.startsWith('application/json') || res.headers['content-encoding']) return
  let body: Record<string, unknown>
  try {
    body = res.json() as Record<string, unknown>
  } catch {
    return
  }
  const { op } = contract.match(req.method, req.url)
  if (!op) return
  if (typeof body.nextCursor === 'string') {
    const list = world.cursors.get(op.path) ?? []
    list.push(body.nextCursor)
    world.cursors.set(op.path, list.slice(-20))
  }
  if (req.method === 'POST' && res.statusCode === 201 && typeof body.id === 'string') {
    const pool = idPoolFor(op.segments[op.segments.length - 1] ?? '')
    if (pool && pool !== 'apiKeys') world.pools[pool].push(body.id)
  }
  if (typeof etag === 'string' && req.method === 'POST' && typeof res.headers.location === 'string') world.etags.set(res.headers.location, etag)
}
