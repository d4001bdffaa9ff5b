import type { ServerResponse } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

/**
 * Every response of the test suite checked against the contract: the operation's declared
 * response for that status and media type (the body validated by Ajv, so a problem whose `code`
 * the operation does not list is a mismatch), the headers the contract marks as required, and
 * no tracked header (ETag, Location, Retry-After, Idempotent-Replayed, RateLimit) the contract
 * does not declare for that answer.
 *
 * The bytes are read where they leave, on the raw response: what the client receives, after
 * every hook (a cached ranking, an idempotent replay, a streamed import are checked like the rest).
 * The contract is the app's own document (app.swagger()), compiled once per process.
 */

type Schema = Record<string, unknown>

interface DeclaredResponse {
  /** Media type → compiled validator; undefined when the response has no body. */
  content?: Map<string, ValidateFunction | null>
  schemas?: Record<string, Schema>
  headers: Set<string>
  requiredHeaders: string[]
}

interface Operation {
  id: string
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, { required?: boolean; $ref?: string }> }>
  compiled: Map<string, DeclaredResponse>
}

/** Headers whose presence the contract must declare, when an answer carries them. */
const TRACKED_HEADERS = ['etag', 'location', 'retry-after', 'idempotent-replayed', 'ratelimit', 'ratelimit-policy']
/**
 * A JSON body: application/json or a +json suffix (RFC 6839), such as application/problem+json.
 * Not every type ending in "json": application/x-ndjson (the audit-log export) is lines of JSON.
 */
const isJsonMedia = (mediaType: string) => /^application\/([a-z0-9.!#$&^_-]+\+)?json$/.test(mediaType)
const NDJSON = 'application/x-ndjson'

/** Bodies larger than this are not kept for the check (a 100,000-row import answer is). */
const MAX_CHECKED_BYTES = 32 * 1024 * 1024

export interface Mismatch {
  operation: string
  status: number
  what: string
  method: string
  url: string
}

class ResponseContract {
  readonly #ajv: Ajv2020
  readonly #ops = new Map<string, Operation>()
  readonly #components: Record<string, Record<string, unknown>>
  readonly #problem: ValidateFunction

  constructor(doc: Schema) {
    const components = (doc.components ?? {}) as Record<string, Record<string, unknown>>
    this.#components = components
    this.#ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true })
    addFormatsModule.default(this.#ajv)
    this.#ajv.addSchema({ $id: 'components', $defs: rewriteRefs(components.schemas ?? {}) as Schema })
    this.#problem = this.#ajv.compile({ $ref: 'components#/$defs/Problem' })
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op || typeof op !== 'object' || !('responses' in op)) continue
        this.#ops.set(`${method.toUpperCase()} ${path}`, {
          id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
          responses: op.responses as Operation['responses'],
          compiled: new Map(),
        })
      }
    }
  }

  /** Many responses share a schema (the 401 of every operation): each distinct one is compiled once. */
  readonly #compiled = new Map<string, ValidateFunction>()
  #compile(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema)
    let v = this.#compiled.get(key)
    if (!v) this.#compiled.set(key, (v = this.#ajv.compile(rewriteRefs(schema) as Schema)))
    return v
  }

  #declared(op: Operation, status: number): DeclaredResponse | undefined {
    const key = String(status)
    let d = op.compiled.get(key)
    if (d) return d
    const r = op.responses[key] ?? op.responses[`${key[0]}XX`] ?? op.responses.default
    if (!r) return undefined
    const headers = new Set<string>()
    const requiredHeaders: string[] = []
    for (const [name, h] of Object.entries(r.headers ?? {})) {
      const header = h.$ref ? (this.#components.headers?.[h.$ref.replace('#/components/headers/', '')] as { required?: boolean } | undefined) : h
      headers.add(name.toLowerCase())
      if (header?.required) requiredHeaders.push(name.toLowerCase())
    }
    d = { headers, requiredHeaders }
    if (r.content) {
      d.content = new Map()
      d.schemas = Object.fromEntries(Object.entries(r.content).map(([mt, c]) => [mt, c.schema ?? {}]))
    }
    op.compiled.set(key, d)
    return d
  }

  #validator(d: DeclaredResponse, mediaType: string): ValidateFunction | null | undefined {
    if (!d.content || !d.schemas) return undefined
    if (!(mediaType in d.schemas)) return undefined
    let v = d.content.get(mediaType)
    if (v === undefined) {
      v = isJsonMedia(mediaType) ? this.#compile(d.schemas[mediaType]!) : null
      d.content.set(mediaType, v)
    }
    return v
  }

  /** What is wrong with one answer; empty when it is one the contract declares. */
  check(method: string, routeUrl: string | undefined, res: { status: number; headers: Record<string, unknown>; body: Buffer }): string[] {
    const out: string[] = []
    const status = res.status
    const mediaType = textOf(res.headers['content-type']).split(';')[0]!.trim().toLowerCase()
    const bodyless = method === 'HEAD' || status === 204 || status === 304
    let parsed: unknown
    if (!bodyless && res.body.length > 0 && isJsonMedia(mediaType)) {
      try {
        parsed = JSON.parse(decode(res.body, res.headers['content-encoding']).toString('utf8'))
      } catch (err) {
        return [`the body is not JSON: ${(err as Error).message.slice(0, 80)}`]
      }
    }
    const code = (parsed as { code?: unknown } | undefined)?.code
    const codeText = typeof code === 'string' ? ` ${code}` : ''
    if ((status === 429 || status === 503) && res.headers['retry-after'] === undefined) out.push(`${status}${codeText} without Retry-After`)
    const op = routeUrl === undefined ? undefined : this.#ops.get(`${method === 'HEAD' ? 'GET' : method} ${routeUrl.replace(/:(\w+)/g, '{$1}')}`)
    if (!op) {
      // Not an operation of the contract (no route matched, the contract document itself): any
      // error is still a problem.
      if (status >= 400 && !bodyless && (mediaType !== 'application/problem+json' || !this.#problem(parsed))) {
        out.push(`${status}${codeText}: an error outside any operation that is not a problem (${mediaType || 'no media type'})`)
      }
      return out
    }
    const d = this.#declared(op, status)
    if (!d) return [...out, `status ${status}${codeText} is not declared (declared: ${Object.keys(op.responses).join(', ')})`]
    for (const h of TRACKED_HEADERS) {
      if (res.headers[h] !== undefined && !d.headers.has(h)) out.push(`${status}${codeText}: header ${h} is sent but not declared`)
    }
    for (const h of d.requiredHeaders) {
      if (res.headers[h] === undefined) out.push(`${status}${codeText}: the required header ${h} is missing`)
    }
    if (bodyless) return out
    if (!d.content) {
      if (res.body.length > 0) out.push(`${status}: a body where none is declared`)
      return out
    }
    const validate = this.#validator(d, mediaType)
    if (validate === undefined) {
      out.push(`${status}${codeText}: media type ${mediaType || '(none)'} is not declared (${Object.keys(d.schemas ?? {}).join(', ')})`)
      return out
    }
    if (validate === null) {
      // NDJSON: every line one JSON value, every line ended.
      if (mediaType === NDJSON) out.push(...ndjsonErrors(decode(res.body, res.headers['content-encoding']).toString('utf8'), status))
      return out
    }
    if (res.body.length === 0) return [...out, `${status}: an empty body where ${mediaType} is declared`]
    if (!validate(parsed)) {
      const errors = validate.errors ?? []
      // A code outside the operation's list says so plainly; otherwise the first schema error.
      const enumError = errors.find((e) => e.instancePath === '/code' && e.keyword === 'enum')
      if (enumError) out.push(`${status}${codeText}: the code is not among those the operation declares (${JSON.stringify(enumError.params.allowedValues)})`)
      else
        out.push(
          `${status}${codeText}: ${errors
            .slice(0, 3)
            .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${e.params ? JSON.stringify(e.params) : ''}`)
            .join('; ')}`,
        )
    }
    return out
  }
}

function ndjsonErrors(text: string, status: number): string[] {
  if (text.length === 0) return [`${status}: an empty NDJSON body`]
  if (!text.endsWith('\n')) return [`${status}: the NDJSON body does not end with a newline`]
  const lines = text.slice(0, -1).split('\n')
  for (const [i, line] of lines.entries()) {
    try {
      JSON.parse(line)
    } catch {
      return [`${status}: NDJSON line ${i + 1} is not JSON`]
    }
  }
  return []
}

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

const textOf = (header: unknown): string => (typeof header === 'string' ? header : Array.isArray(header) ? header.join(', ') : '')

function decode(body: Buffer, encoding: unknown): Buffer {
  const e = textOf(encoding).toLowerCase()
  if (e === 'gzip') return gunzipSync(body)
  if (e === 'br') return brotliDecompressSync(body)
  if (e === 'deflate') return inflateSync(body)
  return body
}

/** CONTRACT_CHECK_TIMING=1: how long the check took in this process, printed at exit (to measure its overhead). */
const timing = process.env.CONTRACT_CHECK_TIMING ? { ns: 0n, answers: 0 } : null
if (timing) {
  process.on('exit', () => {
    process.stderr.write(`contract check: ${timing.answers} answers, ${(Number(timing.ns) / 1e6).toFixed(0)} ms (compiling the validators included)\n`)
  })
}

/** One per process: every app a test file builds has the same routes, so the same contract. */
let shared: ResponseContract | undefined

/** The contract the check judges by (the app's own document, compiled once per process). */
export function contractOf(app: FastifyInstance): Pick<ResponseContract, 'check'> {
  shared ??= new ResponseContract(JSON.parse(JSON.stringify(app.swagger())) as Schema)
  return shared
}

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : chunk instanceof Uint8Array
      ? Buffer.from(chunk)
      : Buffer.from(String(chunk), (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)

/**
 * Installs the check on a new app (BuildOptions.instrument): every answer that leaves it is
 * checked when its last byte is written, and each mismatch is reported to `report`.
 */
export function checkResponsesAgainstContract(report: (m: Mismatch) => void) {
  return (app: FastifyInstance) => {
    app.addHook('onRequest', (req, reply, done) => {
      const res = reply.raw as ServerResponse
      const chunks: Buffer[] = []
      let size = 0
      let headHeaders: Record<string, unknown> | undefined
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_CHECKED_BYTES) return
        const b = toBuffer(chunk, encoding)
        size += b.length
        chunks.push(b)
      }
      // The originals, bound: the wrappers below call them with the arguments they were given.
      const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse
      const write = res.write.bind(res) as (...a: unknown[]) => boolean
      const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse
      res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
        for (const a of rest) if (a && typeof a === 'object' && !Array.isArray(a)) headHeaders = a as Record<string, unknown>
        return writeHead(status, ...rest)
      } as typeof res.writeHead
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        keep(chunk, rest[0])
        return write(chunk, ...rest)
      } as typeof res.write
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        keep(chunk, rest[0])
        const started = timing ? process.hrtime.bigint() : 0n
        if (size <= MAX_CHECKED_BYTES) {
          const headers: Record<string, unknown> = {}
          for (const [k, v] of Object.entries(res.getHeaders())) headers[k.toLowerCase()] = v
          for (const [k, v] of Object.entries(headHeaders ?? {})) headers[k.toLowerCase()] = v
          try {
            const found = contractOf(app).check(req.method, req.routeOptions.url, { status: res.statusCode, headers, body: Buffer.concat(chunks) })
            for (const what of found)
              report({ operation: req.routeOptions.url ?? '(no route)', status: res.statusCode, what, method: req.method, url: req.url })
          } catch (err) {
            report({
              operation: req.routeOptions.url ?? '(no route)',
              status: res.statusCode,
              what: `the check itself failed: ${(err as Error).stack}`,
              method: req.method,
              url: req.url,
            })
          }
        }
        if (timing) {
          timing.ns += process.hrtime.bigint() - started
          timing.answers++
        }
        return end(chunk, ...rest)
      } as typeof res.end
      done()
    })
  }
}
