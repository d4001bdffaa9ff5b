import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import ipaddr from 'ipaddr.js'
import { sendProblem } from './problems.ts'

export interface RateLimitOptions {
  enabled: boolean
  windowSeconds: number
  perKey: number
  perAddress: number
  authFailures: number
}

/**
 * Fixed windows counted in this process's memory, each client's starting with its first request:
 * every replica counts its own, so N replicas behind a load balancer let a client make up to N
 * times a limit (docs/operations.md says so). Ended windows are swept as time passes, so memory is
 * bounded by the clients seen in one window.
 */
const MAX_CLIENTS = 200_000

class Windows {
  private windows = new Map<string, { n: number; end: number }>()
  private nextSweep = 0
  constructor(private readonly ms: number) {}

  private sweep(now: number) {
    if (now < this.nextSweep && this.windows.size < MAX_CLIENTS) return
    this.nextSweep = now + this.ms
    for (const [id, w] of this.windows) if (w.end <= now) this.windows.delete(id)
    // Still full of live windows (a flood from ever new addresses): the oldest go first (a Map
    // iterates in insertion order), so the memory stays bounded and recent clients keep theirs.
    for (const id of this.windows.keys()) {
      if (this.windows.size < MAX_CLIENTS * 0.9) break
      this.windows.delete(id)
    }
  }

  /** Counts one more for `id`: the count in its window and when the window ends (ms). */
  hit(id: string, now: number) {
    this.sweep(now)
    let w = this.windows.get(id)
    if (!w || w.end <= now) this.windows.set(id, (w = { n: 0, end: now + this.ms }))
    w.n++
    return w
  }

  peek(id: string, now: number) {
    const w = this.windows.get(id)
    return w && w.end > now ? w : { n: 0, end: now + this.ms }
  }
}

/**
 * Limits against runaway clients (OWASP API4): a script stuck in a loop must not starve the
 * others. Per API key and per client address, with RateLimit-Policy and RateLimit headers
 * (draft-ietf-httpapi-ratelimit-headers) on every counted answer, 429 RATE_LIMITED with
 * Retry-After past a limit, and an address that keeps failing authentication refused
 * (429 AUTH_THROTTLED) until its window ends. Health checks are not counted.
 */
async function rateLimitPlugin(app: FastifyInstance, opts: RateLimitOptions) {
  if (!opts.enabled) return
  const byAddress = new Windows(opts.windowSeconds * 1000)
  const byKey = new Windows(opts.windowSeconds * 1000)
  const failures = new Windows(opts.windowSeconds * 1000)
  const w = opts.windowSeconds
  const counted = (req: FastifyRequest) => !req.url.startsWith('/health/')
  // Parsed once per request: every hook below asks.
  const clients = new WeakMap<FastifyRequest, string>()
  const clientOf = (req: FastifyRequest) => {
    let key = clients.get(req)
    if (key === undefined) clients.set(req, (key = clientKey(req.ip)))
    return key
  }

  const addressPolicy = `"per-address";q=${opts.perAddress};w=${w}`
  const bothPolicies = `${addressPolicy}, "per-key";q=${opts.perKey};w=${w}`

  const refuse = (req: FastifyRequest, reply: FastifyReply, code: string, end: number, detail: string) => {
    const retryAfter = Math.max(1, Math.ceil((end - Date.now()) / 1000))
    reply.header('retry-after', String(retryAfter))
    return sendProblem(req, reply, { status: 429, code, detail })
  }

  // Before authentication, so a flood or a key-guessing address costs no key lookup.
  // Callback hooks: they run on every request and need no promise. One that answers 429 does
  // not call `done`, which ends the request there.
  app.addHook('onRequest', (req, reply, done) => {
    if (!counted(req)) return done()
    const now = Date.now()
    if (req.headers.authorization !== undefined) {
      const failed = failures.peek(clientOf(req), now)
      if (failed.n >= opts.authFailures) {
        refuse(req, reply, 'AUTH_THROTTLED', failed.end, `Too many failed authentications from this address; wait until the window ends`)
        return
      }
    }
    const { n, end } = byAddress.hit(clientOf(req), now)
    const remaining = Math.max(0, opts.perAddress - n)
    reply.header('ratelimit-policy', addressPolicy)
    reply.header('ratelimit', `"per-address";r=${remaining};t=${Math.ceil((end - now) / 1000)}`)
    if (n > opts.perAddress) {
      refuse(req, reply, 'RATE_LIMITED', end, `More than ${opts.perAddress} requests in ${w} s from this address`)
      return
    }
    done()
  })

  // After authentication (every onRequest hook has run), before the body is read.
  app.addHook('preParsing', (req, reply, payload, done) => {
    const keyId = req.principal?.keyId
    if (!keyId || !counted(req)) return done(null, payload)
    const now = Date.now()
    const { n, end } = byKey.hit(keyId, now)
    const remaining = Math.max(0, opts.perKey - n)
    const address = byAddress.peek(clientOf(req), now)
    const addressRemaining = Math.max(0, opts.perAddress - address.n)
    reply.header('ratelimit-policy', bothPolicies)
    // The one nearer to its limit is the one that tells the client when to slow down.
    reply.header(
      'ratelimit',
      remaining <= addressRemaining
        ? `"per-key";r=${remaining};t=${Math.ceil((end - now) / 1000)}`
        : `"per-address";r=${addressRemaining};t=${Math.ceil((address.end - now) / 1000)}`,
    )
    if (n > opts.perKey) {
      refuse(req, reply, 'RATE_LIMITED', end, `More than ${opts.perKey} requests in ${w} s with this API key`)
      return
    }
    done(null, payload)
  })

  app.addHook('onResponse', (req, reply, done) => {
    if (reply.statusCode === 401 && req.headers.authorization !== undefined) failures.hit(clientOf(req), Date.now())
    done()
  })
}

const NAT64 = ipaddr.IPv6.parse('64:ff9b::')

/**
 * Who a limit counts: an IPv4 address (also when written as IPv6: mapped, compatible or NAT64),
 * or an IPv6 client's /64, which it usually holds whole and could otherwise rotate through.
 */
export function clientKey(address: string): string {
  let text = address.trim()
  // A forwarded "1.2.3.4:5678" names the address with its port.
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  if (!ipaddr.isValid(text)) return text
  const ip = ipaddr.parse(text)
  if (ip.kind() === 'ipv4') return ip.toString()
  const v6 = ip as ipaddr.IPv6
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString()
  const parts = v6.parts
  const embedsV4 = v6.match(NAT64, 96) || parts.slice(0, 6).every((p) => p === 0)
  if (embedsV4 && !(parts[6] === 0 && parts[7]! <= 1)) {
    return `${parts[6]! >> 8}.${parts[6]! & 255}.${parts[7]! >> 8}.${parts[7]! & 255}`
  }
  return `${parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`
}

export default fp(rateLimitPlugin, { name: 'rate-limits' })
