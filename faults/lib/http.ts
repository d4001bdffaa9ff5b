/**
 * The suite's HTTP client: node:http, a new connection per request (no pooled socket survives a
 * replica's death), every request with a client-side deadline, optional abort after a delay (a
 * client that gives up), and the raw pieces needed to drop a connection on purpose.
 */
import http from 'node:http'
import net from 'node:net'

export interface Res {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  /** The parsed body, or undefined when it is not JSON. Each fault reads the fields it checks. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any answer's body, as res.json() in the tests
  json: any
  /** From sending to having read the whole answer. */
  ms: number
  /** Wall-clock time the answer was complete. */
  at: number
}

/** A request that got no HTTP answer: refused, reset, timed out on our side, or aborted by us. */
export class NetError extends Error {
  override name = 'NetError'
  constructor(
    readonly code: string,
    message: string,
    readonly ms: number,
  ) {
    super(message)
  }
}

export interface RequestOptions {
  method: string
  path: string
  token?: string
  headers?: Record<string, string>
  /** An object is sent as JSON; a string as is (set content-type in headers). */
  body?: unknown
  /** Client-side deadline (default 30 s): a NetError TIMEOUT after it. */
  timeoutMs?: number
  /** Give up after this many ms, as an impatient client does: the socket is destroyed. */
  abortAfterMs?: number
}

export function request(base: string, opts: RequestOptions): Promise<Res> {
  const url = new URL(opts.path, base)
  const headers: Record<string, string> = { connection: 'close', ...opts.headers }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  let payload: Buffer | undefined
  if (opts.body !== undefined) {
    payload = Buffer.from(typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body), 'utf8')
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
    headers['content-length'] = String(payload.length)
  }
  const started = Date.now()
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (code: string, message: string) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      clearTimeout(abort)
      reject(new NetError(code, `${opts.method} ${opts.path}: ${message}`, Date.now() - started))
    }
    const req = http.request(url, { method: opts.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', (err: NodeJS.ErrnoException) => fail(err.code ?? 'RESPONSE_ERROR', err.message))
      res.on('aborted', () => fail('RESPONSE_ABORTED', 'the answer was cut off'))
      res.on('end', () => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        clearTimeout(abort)
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = text ? JSON.parse(text) : undefined
        } catch {
          json = undefined
        }
        const at = Date.now()
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: at - started, at })
      })
    })
    req.on('error', (err: NodeJS.ErrnoException) => fail(err.code ?? 'REQUEST_ERROR', err.message))
    const deadline = setTimeout(() => {
      fail('TIMEOUT', `no answer within ${opts.timeoutMs ?? 30_000} ms`)
      req.destroy()
    }, opts.timeoutMs ?? 30_000)
    const abort =
      opts.abortAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            fail('CLIENT_ABORT', `gave up after ${opts.abortAfterMs} ms`)
            req.destroy()
          }, opts.abortAfterMs)
    req.end(payload)
  })
}

/** The problem `code` of an answer, if it is one. */
export const codeOf = (res: Res): string | undefined => (res.json && typeof res.json === 'object' ? res.json.code : undefined)

/** Retry-After in ms (seconds form), or undefined. */
export function retryAfterMs(res: Res): number | undefined {
  const v = res.headers['retry-after']
  if (v === undefined) return undefined
  const s = Number(Array.isArray(v) ? v[0] : v)
  return Number.isFinite(s) ? s * 1000 : undefined
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Problem codes a 503 may carry (the service's own, in issue 9). */
export const UNAVAILABLE_CODES = ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY', 'STATEMENT_TIMEOUT', 'LOCK_TIMEOUT', 'REQUEST_TIMEOUT']

/** A short description of an answer or failure, for messages. */
export function describe(r: Res | NetError | Error): string {
  if (r instanceof NetError) return `no answer (${r.code}) after ${r.ms} ms`
  if (r instanceof Error) return `${r.name}: ${r.message}`
  const ra = r.headers['retry-after']
  return `${r.status}${codeOf(r) ? ` ${codeOf(r)}` : ''}${ra !== undefined ? ` retry-after=${ra}` : ''}${r.headers['idempotent-replayed'] ? ' replayed' : ''} in ${r.ms} ms${r.status >= 500 && r.json?.detail ? ` (${r.json.detail})` : ''}`
}

/** A retry history, consecutive alike answers folded: "409 IDEMPOTENCY_KEY_IN_USE ×20 → 200". */
export function story(history: (Res | NetError)[]): string {
  const label = (r: Res | NetError) =>
    r instanceof NetError
      ? `no answer (${r.code})`
      : `${r.status}${codeOf(r) ? ` ${codeOf(r)}` : ''}${r.headers['retry-after'] !== undefined ? ` retry-after=${r.headers['retry-after']}` : ''}${r.headers['idempotent-replayed'] ? ' replayed' : ''}`
  const out: string[] = []
  let last = ''
  let n = 0
  for (const r of history) {
    const l = label(r)
    if (l === last) n++
    else {
      if (last) out.push(n > 1 ? `${last} ×${n}` : last)
      last = l
      n = 1
    }
  }
  if (last) out.push(n > 1 ? `${last} ×${n}` : last)
  return out.join(' → ')
}

export interface RetryResult {
  final: Res | NetError
  attempts: number
  /** Every answer, in order. */
  history: (Res | NetError)[]
  ms: number
}

/**
 * Sends the same request until it gets an answer that is not "retry later" (a 503, a 409 with
 * Retry-After or IDEMPOTENCY_KEY_IN_USE, or no answer at all), honouring Retry-After up to `maxWaitMs` per wait, for at
 * most `attempts` tries and `capMs` overall.
 */
export async function retrying(
  send: () => Promise<Res>,
  opts: { attempts?: number; capMs?: number; maxWaitMs?: number; minWaitMs?: number } = {},
): Promise<RetryResult> {
  const attempts = opts.attempts ?? 20
  const capMs = opts.capMs ?? 15_000
  const started = Date.now()
  const history: (Res | NetError)[] = []
  for (let i = 1; i <= attempts; i++) {
    let r: Res | NetError
    try {
      r = await send()
    } catch (err) {
      if (!(err instanceof NetError)) throw err
      r = err
    }
    history.push(r)
    // A 409 IDEMPOTENCY_KEY_IN_USE is retried even without Retry-After (whose absence the
    // scenarios report on their own), so that what happens next is seen too.
    const again =
      r instanceof NetError || r.status === 503 || (r.status === 409 && (r.headers['retry-after'] !== undefined || codeOf(r) === 'IDEMPOTENCY_KEY_IN_USE'))
    const elapsed = Date.now() - started
    if (!again || i === attempts || elapsed >= capMs) return { final: r, attempts: i, history, ms: elapsed }
    const asked = r instanceof NetError ? undefined : retryAfterMs(r)
    const wait = Math.max(opts.minWaitMs ?? 100, Math.min(asked ?? 250, opts.maxWaitMs ?? 1000))
    await sleep(Math.min(wait, Math.max(0, capMs - elapsed)))
  }
  throw new Error('unreachable')
}

/**
 * Sends a raw HTTP/1.1 request over a fresh socket and drops the socket `afterMs` after the last
 * byte was written (0: at once), never reading the answer: a client that vanishes. `how`: 'close'
 * sends FIN (a client that closes its socket: the server may still write its answer into the
 * half-open connection), 'reset' sends RST (a client killed, a connection torn by the network:
 * the server sees the connection die).
 */
export function sendAndHangUp(
  base: string,
  opts: { method: string; path: string; headers: Record<string, string>; body?: unknown },
  afterMs = 0,
  how: 'close' | 'reset' = 'close',
): Promise<void> {
  const url = new URL(opts.path, base)
  const body = opts.body === undefined ? '' : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
  const headers: Record<string, string> = { host: url.host, connection: 'close', ...opts.headers }
  if (body) {
    headers['content-type'] ??= 'application/json'
    headers['content-length'] = String(Buffer.byteLength(body))
  }
  const head = `${opts.method} ${url.pathname}${url.search} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname)
    socket.on('error', () => {})
    socket.once('connect', () => {
      socket.write(head + body, () => {
        setTimeout(() => {
          if (how === 'reset') socket.resetAndDestroy()
          else socket.destroy()
          resolve()
        }, afterMs)
      })
    })
    socket.once('error', reject)
  })
}

/**
 * A loopback TCP proxy in front of `target` that forwards each request whole and, as soon as
 * the first byte of the answer arrives, drops both connections: the service has answered (and
 * committed), the client never hears it. `close()` stops it.
 */
export async function answerDroppingProxy(target: string): Promise<{ base: string; dropped: () => number; close: () => Promise<void> }> {
  const t = new URL(target)
  let dropped = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    sockets.add(client)
    const upstream = net.connect(Number(t.port), t.hostname)
    sockets.add(upstream)
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', end)
    upstream.on('error', end)
    client.on('close', end)
    client.on('data', (c) => upstream.write(c))
    upstream.once('data', () => {
      dropped++
      // Reset, not a polite close: the client sees its connection die without an answer.
      client.resetAndDestroy()
      upstream.destroy()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as net.AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    dropped: () => dropped,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
}
