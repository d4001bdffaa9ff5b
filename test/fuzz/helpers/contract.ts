import { readFileSync } from 'node:fs'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

/** application/json or a +json suffix (RFC 6839); not application/x-ndjson, which is lines of JSON. */
const isJsonMedia = (mediaType: string) => /^application\/([a-z0-9.!#$&^_-]+\+)?json$/.test(mediaType)

/** A JSON Schema as the contract states it; read loosely, since it is data. */
export type Schema = Record<string, unknown>

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Schema
}

export interface Operation {
  id: string
  method: string
  /** The contract's path template, e.g. `/v1/committees/{id}`. */
  path: string
  segments: string[]
  params: Parameter[]
  /** Media type → schema; undefined when the operation takes no body. */
  body?: { required: boolean; content: Record<string, Schema> }
  /** Status (or `4XX`, `default`) → media type → schema; no content means an empty body. */
  responses: Record<string, Record<string, Schema> | undefined>
  isPublic: boolean
  /** Roles the operation's description says may call it ("**Who may call it:** …"). */
  roles: string[]
}

/** What was sent, kept to judge the answer and to print a reproduction. */
export interface SentRequest {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
  /** What the generator did to this request (mutations), for the report. */
  labels: string[]
  /** Who sent it (a role, `none`, or a kind of bad credential). */
  auth: string
  /** The client address; spread over many, so that per-address limits do not answer everything. */
  remoteAddress?: string
}

export interface ReceivedResponse {
  statusCode: number
  headers: Record<string, string | string[] | number | undefined>
  rawPayload: Buffer
}

export type Category =
  | 'server error (5xx)'
  | 'undeclared status'
  | 'error not a problem'
  | 'body or media type outside the contract'
  | 'unmatched route not a 404/405 problem'
  | '429/503 without Retry-After'

export interface Failure {
  category: Category
  /** operationId, or `METHOD /path` when no operation matches. */
  operation: string
  status: number
  code: string
  /** A short, stable description of what is wrong (dedup key), e.g. the first schema error. */
  what: string
  request: SentRequest
}

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'] as const

/** `#/components/schemas/X` in the contract becomes a ref into the schema registered as `components`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^#\/components\/schemas\//, 'components#/$defs/') : rewriteRefs(v)
    }
    return out
  }
  return value
}

export function mediaTypeOf(header: unknown): string {
  const text = typeof header === 'string' ? header : Array.isArray(header) ? header.join(',') : ''
  return text.split(';')[0]!.trim().toLowerCase()
}

function decodeBody(res: ReceivedResponse): Buffer {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase()
  if (encoding === 'gzip') return gunzipSync(res.rawPayload)
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload)
  if (encoding === 'deflate') return inflateSync(res.rawPayload)
  return res.rawPayload
}

/**
 * The committed contract: its operations, which one a request reaches, and whether an answer is
 * one the contract declares (status, media type, body validated by Ajv for JSON Schema 2020-12).
 */
export class Contract {
  readonly operations: Operation[] = []
  readonly components: Record<string, Schema>
  readonly #ajv: Ajv2020
  readonly #validators = new Map<string, ValidateFunction>()
  /**
   * Error statuses every operation declares (limits, unavailability, bad URLs): the only ones,
   * besides 404 and 405, a request reaching no operation may get.
   */
  readonly universal: Set<number>

  static load(url = new URL('../../../openapi/openapi.json', import.meta.url)): Contract {
    return new Contract(JSON.parse(readFileSync(url, 'utf8')) as Schema)
  }

  constructor(doc: Schema) {
    const paths = doc.paths as Record<string, Record<string, Schema>>
    this.components = ((doc.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>
    for (const [path, item] of Object.entries(paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method]
        if (!op) continue
        const requestBody = op.requestBody as { required?: boolean; content: Record<string, { schema?: Schema }> } | undefined
        const responses: Operation['responses'] = {}
        for (const [status, r] of Object.entries(op.responses as Record<string, { content?: Record<string, { schema?: Schema }> }>)) {
          responses[status] = r.content ? Object.fromEntries(Object.entries(r.content).map(([mt, c]) => [mt, c.schema ?? {}])) : undefined
        }
        const security = op.security as unknown[] | undefined
        const who = /\*\*Who may call it:\*\* (.*)/.exec(typeof op.description === 'string' ? op.description : '')?.[1] ?? ''
        this.operations.push({
          id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          segments: path.split('/').slice(1),
          params: ((op.parameters ?? []) as Parameter[]).map((p) => ({ ...p, required: Boolean(p.required) })),
          ...(requestBody
            ? {
                body: {
                  required: Boolean(requestBody.required),
                  content: Object.fromEntries(Object.entries(requestBody.content).map(([mt, c]) => [mt, c.schema ?? {}])),
                },
              }
            : {}),
          responses,
          // The service's rule: everything outside /v1 is public; an explicit `security: []` too.
          isPublic: !path.startsWith('/v1/') || (Array.isArray(security) && security.length === 0),
          roles: [...who.matchAll(/\b(admin|organizer|secretariat|submitter|auditor|reader)\b/g)].map((m) => m[1]!),
        })
      }
    }
    const errorStatuses = (op: Operation) =>
      Object.keys(op.responses)
        .map(Number)
        .filter((n) => n >= 400)
    this.universal = new Set(this.operations.map(errorStatuses).reduce((a, b) => a.filter((n) => b.includes(n))))
    this.#ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true })
    addFormatsModule.default(this.#ajv)
    this.#ajv.addSchema({ $id: 'components', $defs: rewriteRefs(this.components) as Schema })
  }

  /** The schema `$ref` points at, or the schema itself. */
  deref(schema: Schema): Schema {
    const ref = schema.$ref
    if (typeof ref !== 'string') return schema
    const name = ref.replace(/^#\/components\/schemas\//, '')
    const target = this.components[name]
    if (!target) throw new Error(`unresolvable $ref ${ref}`)
    return this.deref(target)
  }

  /**
   * The operation a request reaches: among the templates matching the path, those of its method
   * (HEAD answers as GET), the most literal first, as the router prefers static segments.
   * `otherMethods` says whether the path exists for another method (a 405 then).
   */
  match(method: string, rawUrl: string): { op?: Operation; otherMethods: boolean } {
    let path = rawUrl.split('?')[0]!
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1)
    const segments = path.split('/').slice(1)
    const candidates = this.operations.filter(
      (o) => o.segments.length === segments.length && o.segments.every((s, i) => (s.startsWith('{') ? segments[i] !== '' : s === segments[i])),
    )
    const wanted = method === 'HEAD' ? 'GET' : method
    const mine = candidates.filter((o) => o.method === wanted).sort((a, b) => literalRank(b, segments) - literalRank(a, segments))
    return { ...(mine[0] ? { op: mine[0] } : {}), otherMethods: candidates.length > 0 }
  }

  /** The declared responses for a status: exact, then `4XX`-style, then `default`. */
  declared(op: Operation, status: number): { found: boolean; content?: Record<string, Schema> } {
    for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
      if (key in op.responses) {
        const content = op.responses[key]
        return content ? { found: true, content } : { found: true }
      }
    }
    return { found: false }
  }

  validator(key: string, schema: Schema): ValidateFunction {
    let v = this.#validators.get(key)
    if (!v) {
      v = this.#ajv.compile(rewriteRefs(schema) as Schema)
      this.#validators.set(key, v)
    }
    return v
  }

  /** Everything wrong with one answer, judged against the contract. */
  check(req: SentRequest, res: ReceivedResponse): Failure[] {
    const failures: Failure[] = []
    const status = res.statusCode
    const mediaType = mediaTypeOf(res.headers['content-type'])
    const bodyless = req.method === 'HEAD' || status === 204 || status === 304
    let parsed: unknown
    let parseError: string | undefined
    if (!bodyless && res.rawPayload.length > 0 && isJsonMedia(mediaType)) {
      try {
        parsed = JSON.parse(decodeBody(res).toString('utf8'))
      } catch (err) {
        parseError = `not JSON: ${(err as Error).message.slice(0, 60)}`
      }
    }
    const code = parsed && typeof parsed === 'object' && typeof (parsed as { code?: unknown }).code === 'string' ? (parsed as { code: string }).code : '-'
    const { op, otherMethods } = this.match(req.method, req.url)
    const path = req.url.split('?')[0]!
    const name = op?.id ?? `${req.method} ${path.length > 70 ? `${path.slice(0, 60)}…(${path.length})` : path}`
    const fail = (category: Category, what: string) => failures.push({ category, operation: name, status, code, what, request: req })

    if (status >= 500) fail('server error (5xx)', code === '-' ? `${mediaType || 'no media type'}` : 'problem')
    if (status >= 400 && !bodyless && (mediaType !== 'application/problem+json' || code === '-')) {
      fail('error not a problem', `${mediaType || 'no media type'}${code === '-' ? ', no string code' : ''}${parseError ? `, ${parseError}` : ''}`)
    }
    if (status === 304 && res.rawPayload.length > 0) fail('body or media type outside the contract', '304 with a body')
    // The conventions: a client told to come back is told when.
    if ((status === 429 || status === 503) && res.headers['retry-after'] === undefined) fail('429/503 without Retry-After', 'no Retry-After')

    if (!op) {
      if (status !== 404 && status !== 405 && !this.universal.has(status))
        fail('unmatched route not a 404/405 problem', otherMethods ? 'expected 405' : 'expected 404')
      return failures
    }
    if (status >= 500) return failures // already reported; its body is beside the point
    const declared = this.declared(op, status)
    if (!declared.found) {
      fail('undeclared status', `declares ${Object.keys(op.responses).join(',')}`)
      return failures
    }
    if (bodyless) return failures
    if (!declared.content) {
      if (res.rawPayload.length > 0) fail('body or media type outside the contract', 'a body where none is declared')
      return failures
    }
    const schema = declared.content[mediaType]
    if (!schema) {
      fail('body or media type outside the contract', `media type ${mediaType || '(none)'} not in ${Object.keys(declared.content).join(',')}`)
      return failures
    }
    if (!isJsonMedia(mediaType)) return failures
    if (parseError || res.rawPayload.length === 0) {
      fail('body or media type outside the contract', parseError ?? 'empty body')
      return failures
    }
    const validate = this.validator(`${op.id} ${status} ${mediaType}`, schema)
    if (!validate(parsed)) {
      const e = validate.errors![0]!
      fail('body or media type outside the contract', `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    }
    return failures
  }
}

/** How literal a template is, its leftmost static segments weighing most. */
function literalRank(op: Operation, segments: string[]): number {
  return op.segments.reduce((rank, s, i) => rank * 2 + (s === segments[i] ? 1 : 0), 0)
}
