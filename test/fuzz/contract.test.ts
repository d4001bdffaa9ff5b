// Contract fuzzer: requests generated from openapi/openapi.json for every operation, valid and
// mutated, sent through the real router; every answer must be one the contract declares.
// FUZZ_SEED replays a run, FUZZ_REQUESTS sets its size, FUZZ_LOG_LEVEL=error shows server errors,
// FUZZ_REPORT=<file> also writes the findings there, one per line; FUZZ_CONTRACT=<file> judges
// against another copy of the contract (e.g. one just generated) instead of the committed one.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import type { Config } from '../../src/config.ts'
import { buildTestApp } from '../helpers/app.ts'
import { Contract, type Failure, type ReceivedResponse, type SentRequest } from './helpers/contract.ts'
import { CATEGORIES, Findings, reproduction } from './helpers/report.ts'
import { deepJson, learn, RequestFactory } from './helpers/requests.ts'
import { Rng } from './helpers/rng.ts'
import { ValueGenerator } from './helpers/values.ts'
import { buildWorld, judged } from './helpers/world.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_909)
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000)
/** Share of requests sent to a method or path the contract does not have. */
const STRAY_SHARE = 0.04
/** A request still unanswered after this is a failure (a hung handler would stall the run). */
const ANSWER_TIMEOUT_MS = 60_000
const overrides: Partial<Config> = process.env.FUZZ_LOG_LEVEL ? { LOG_LEVEL: process.env.FUZZ_LOG_LEVEL as Config['LOG_LEVEL'] } : {}

type Answer = Awaited<ReturnType<FastifyInstance['inject']>>

/** Sends through the real router; a throw or a hang becomes an answer the checks report. */
async function send(app: FastifyInstance, req: SentRequest): Promise<{ res?: Answer; error?: string; ms: number }> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const res = await Promise.race([
      app.inject({
        method: req.method as 'GET',
        url: req.url,
        headers: req.headers,
        ...(req.remoteAddress ? { remoteAddress: req.remoteAddress } : {}),
        ...(req.payload !== undefined ? { payload: req.payload } : {}),
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)), ANSWER_TIMEOUT_MS)
      }),
    ])
    return { res, ms: performance.now() - started }
  } catch (err) {
    return { error: (err as Error).message, ms: performance.now() - started }
  } finally {
    clearTimeout(timer)
  }
}

/** The answer as the contract judges it: the URL as the router saw it (after dot-segment normalisation). */
function received(req: SentRequest, res: Pick<Answer, 'raw' | 'statusCode' | 'headers' | 'rawPayload'>): [SentRequest, ReceivedResponse] {
  const seenUrl = res.raw.req.url ?? req.url
  return [
    { ...req, url: seenUrl },
    { statusCode: res.statusCode, headers: res.headers, rawPayload: res.rawPayload },
  ]
}

// One app for both: building it (migrations) is most of the cost on PGlite. The fixed cases run
// first, on a fresh database.
const h = await buildTestApp(t, overrides)
const contract = process.env.FUZZ_CONTRACT ? Contract.load(pathToFileURL(resolve(process.env.FUZZ_CONTRACT))) : Contract.load()

interface Exchanged {
  status: number
  type: string
  body: Record<string, unknown>
}

const parse = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Sends one fixed request as admin and asserts it is answered as the contract declares. */
async function exchange(t: Test, name: string, req: Omit<SentRequest, 'labels' | 'auth'>): Promise<Exchanged | undefined> {
  const sent: SentRequest = { ...req, headers: { authorization: `Bearer ${h.adminToken}`, ...req.headers }, labels: [name], auth: 'admin' }
  const { res, error } = await send(h.app, sent)
  if (!res) {
    t.fail(`${name}: ${error}`)
    return undefined
  }
  const failures: Failure[] = contract.check(...received(sent, res))
  t.strictSame(
    failures.map((f) => `${f.category}: ${f.status} ${f.code} (${f.what})`),
    [],
    `${name}: answered as the contract declares`,
  )
  return { status: res.statusCode, body: parse(res.body), type: String(res.headers['content-type'] ?? '') }
}

function isProblem4xx(t: Test, r: Exchanged | undefined, name: string) {
  t.ok(r && r.status >= 400 && r.status < 500, `${name}: a 4xx (got ${r?.status})`)
  t.match(r?.type, /^application\/problem\+json/, `${name}: a problem`)
  t.type(r?.body.code, 'string', `${name}: with a code`)
}

const JSON_TYPE = { 'content-type': 'application/json' }
/** A uuid no cluster has: the fixed cases need only get past validation. */
const NO_CLUSTER = '00000000-0000-4000-8000-000000000000'

t.test('regressions from issue 9', async (t) => {
  for (const shape of ['array', 'object'] as const) {
    const name = `nested ${shape} depth 50,000 on POST /v1/committees`
    isProblem4xx(t, await exchange(t, name, { method: 'POST', url: '/v1/committees', headers: JSON_TYPE, payload: deepJson(50_000, shape) }), name)
  }
  {
    // A POST that takes no body, sent one anyway.
    const name = 'nested JSON depth 50,000 on a bodiless POST (finalize)'
    const url = `/v1/clusters/${NO_CLUSTER}/years/2024/ranking/finalize`
    isProblem4xx(t, await exchange(t, name, { method: 'POST', url, headers: JSON_TYPE, payload: deepJson(50_000, 'array') }), name)
  }
  for (const path of ['/v1/clusters', '/v1/indicators', '/v1/award-types']) {
    const r = await exchange(t, `${path}?limit=1e309`, { method: 'GET', url: `${path}?limit=1e309`, headers: {} })
    t.equal(r?.status, 400, `${path}?limit=1e309 is a 400`)
    t.equal(r?.body.code, 'VALIDATION_FAILED')
  }
  {
    const cursor = Buffer.from(`{"id":"x'"}`).toString('base64url')
    const r = await exchange(t, 'cursor {"id":"x\'"} on /v1/api-keys', { method: 'GET', url: `/v1/api-keys?cursor=${cursor}`, headers: {} })
    t.equal(r?.status, 400)
    t.equal(r?.body.code, 'INVALID_CURSOR')
  }
  {
    const name = 'percent-encoded lone surrogate in a path'
    const r = await exchange(t, name, { method: 'GET', url: '/v1/committees/%ED%A0%80', headers: {} })
    t.equal(r?.status, 400, `${name}: 400`)
    isProblem4xx(t, r, name)
  }
  {
    const name = '3,000-character id'
    const r = await exchange(t, name, { method: 'GET', url: `/v1/committees/${'x'.repeat(3000)}`, headers: {} })
    t.ok(r?.status === 400 || r?.status === 414, `${name}: 400 or 414 (got ${r?.status})`)
    isProblem4xx(t, r, name)
  }
  for (const [type, payload] of [
    ['application/json', '{"a":1}'],
    ['text/plain', 'x'],
    ['application/xml', '<a/>'],
  ] as const) {
    const name = `GET with a ${type} body`
    const r = await exchange(t, name, { method: 'GET', url: '/v1/committees', headers: { 'content-type': type }, payload })
    if (r && r.status >= 400) isProblem4xx(t, r, name)
    else t.ok(r && r.status >= 200 && r.status < 300, `${name}: a 2xx or a declared 4xx problem (got ${r?.status})`)
  }
  t.test('no 204 or 304 declares a body', async (t) => {
    const withBody = contract.operations.flatMap((op) => ['204', '304'].filter((s) => op.responses[s] !== undefined).map((s) => `${op.id} ${s}`))
    t.strictSame(withBody, [])
  })
})

t.test('regressions found by the fuzzer', async (t) => {
  {
    const name = 'bodiless POST /v1/submissions/import'
    isProblem4xx(t, await exchange(t, name, { method: 'POST', url: '/v1/submissions/import', headers: {} }), name)
  }
  {
    const name = 'Idempotency-Key with a body of 1e309 on a POST that takes none'
    const url = `/v1/clusters/${NO_CLUSTER}/years/2024/periods/FY/close`
    isProblem4xx(t, await exchange(t, name, { method: 'POST', url, headers: { ...JSON_TYPE, 'idempotency-key': 'fuzz-infinity' }, payload: '1e309' }), name)
  }
  {
    const r = await exchange(t, '{year}=1e309 in a path', { method: 'GET', url: `/v1/clusters/${NO_CLUSTER}/years/1e309`, headers: {} })
    t.equal(r?.status, 400)
    t.equal(r?.body.code, 'VALIDATION_FAILED')
  }
  for (const id of ['not-a-uuid', '\ufffd']) {
    const cursor = Buffer.from(JSON.stringify({ id })).toString('base64url')
    const r = await exchange(t, `cursor {"id":${JSON.stringify(id)}} on /v1/committees`, { method: 'GET', url: `/v1/committees?cursor=${cursor}`, headers: {} })
    t.equal(r?.status, 400)
    t.equal(r?.body.code, 'INVALID_CURSOR')
  }
})

t.test('the checks catch what they should (the fuzzer is not vacuous)', async (t) => {
  const req = (method: string, url: string): SentRequest => ({ method, url, headers: {}, labels: [], auth: 'admin' })
  const res = (statusCode: number, body: unknown, headers: Record<string, string> = {}): ReceivedResponse => ({
    statusCode,
    headers: { 'content-type': statusCode >= 400 ? 'application/problem+json' : 'application/json', ...headers },
    rawPayload: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
  })
  // Codes the operation declares (getCommittee): an undeclared code is a body outside the contract.
  const declaredCode: Record<number, string> = { 404: 'COMMITTEE_NOT_FOUND', 429: 'RATE_LIMITED', 500: 'INTERNAL_ERROR' }
  const problem = (status: number) => ({ type: '/problems/x', title: 'X', status, detail: 'x', code: declaredCode[status] ?? 'X', requestId: 'r' })
  const categories = (r: SentRequest, a: ReceivedResponse) => contract.check(r, a).map((f) => f.category)
  const committee = '/v1/committees/00000000-0000-4000-8000-000000000000'
  t.strictSame(categories(req('GET', committee), res(404, problem(404))), [], 'a declared problem passes')
  t.strictSame(categories(req('GET', committee), res(500, problem(500))), ['server error (5xx)'])
  t.strictSame(categories(req('GET', committee), res(404, { error: 'x' }, { 'content-type': 'application/json' })), [
    'error not a problem',
    'body or media type outside the contract',
  ])
  t.strictSame(categories(req('GET', committee), res(418, problem(418))), ['undeclared status'])
  t.strictSame(categories(req('GET', committee), res(200, {})), ['body or media type outside the contract'], 'the body is validated')
  t.strictSame(categories(req('GET', committee), res(200, {}, { 'content-type': 'text/html' })), ['body or media type outside the contract'])
  t.strictSame(categories(req('GET', committee), res(429, problem(429))), ['429/503 without Retry-After'])
  t.strictSame(categories(req('DELETE', committee), res(200, {})), ['unmatched route not a 404/405 problem'])
  t.strictSame(categories(req('GET', '/v1/nowhere'), res(404, problem(404))), [])
  t.strictSame(
    categories(req('GET', committee), res(404, { ...problem(404), code: 'CLUSTER_NOT_FOUND' })),
    ['body or media type outside the contract'],
    'a problem code the operation does not declare',
  )
})

t.test('contract fuzzer', async (t) => {
  const findings = new Findings()
  const unanswered: string[] = []
  const statuses = new Map<string, Map<number, number>>()
  const slow: { ms: number; what: string }[] = []
  /** Judges one answer and counts its status per operation. */
  const judge = (req: SentRequest, res: Answer) => {
    const [seen, answer] = received(req, res)
    findings.add(contract.check(seen, answer))
    const name = contract.match(seen.method, seen.url).op?.id ?? '(no operation)'
    const counts = statuses.get(name) ?? new Map<number, number>()
    counts.set(res.statusCode, (counts.get(res.statusCode) ?? 0) + 1)
    statuses.set(name, counts)
    return seen
  }
  // The setup's calls are judged too: they reach the happy paths chance rarely does.
  const world = await buildWorld(judged(h, judge))
  const rng = new Rng(SEED)
  const factory = new RequestFactory(rng, world, new ValueGenerator(rng, contract, world.pools), h.config.BODY_LIMIT)
  t.comment(`FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ${contract.operations.length} operations`)

  const started = performance.now()
  let queue: typeof contract.operations = []
  for (let i = 0; i < REQUESTS; i++) {
    // Round-robin over a shuffled list: every operation gets its share.
    if (queue.length === 0) queue = rng.shuffle(contract.operations)
    const op = queue.pop()!
    const req = rng.chance(STRAY_SHARE) ? factory.stray(op) : factory.forOperation(op)
    const { res, error, ms } = await send(h.app, req)
    if (!res) {
      unanswered.push(`#${i} ${error} — ${reproduction(req)}`)
      continue
    }
    learn(world, contract, judge(req, res), res)
    if (ms > 1000) slow.push({ ms, what: `${Math.round(ms)} ms ${res.statusCode} ${reproduction(req)}` })
  }
  const seconds = (performance.now() - started) / 1000

  t.comment(`${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s)`)
  const never2xx = contract.operations.filter((op) => ![...(statuses.get(op.id)?.keys() ?? [])].some((s) => s >= 200 && s < 400)).map((op) => op.id)
  if (never2xx.length > 0) t.comment(`operations never answered 2xx/3xx (setup included): ${never2xx.join(', ')}`)
  for (const s of slow.sort((a, b) => b.ms - a.ms).slice(0, 5)) t.comment(`slow: ${s.what}`)
  if (process.env.FUZZ_REPORT) {
    const lines = [...unanswered.map((u) => `unanswered: ${u}`), ...CATEGORIES.flatMap((c) => findings.lines(c).map((l) => `${c}: ${l}`))]
    writeFileSync(process.env.FUZZ_REPORT, `${lines.join('\n')}\n`)
  }
  t.strictSame(unanswered, [], 'every request is answered')
  for (const category of CATEGORIES) t.strictSame(findings.lines(category), [], `no ${category}`)
})
