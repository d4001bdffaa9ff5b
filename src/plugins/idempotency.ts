import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { and, eq, gt, lte, sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { canonicalJson } from '../domain/canonical.ts'
import { DomainError } from '../domain/errors.ts'
import { rows, type Db, type Tx } from '../db/client.ts'
import { databaseFailureOf } from '../db/failures.ts'
import { dbScopes } from '../db/scope.ts'
import { idempotencyKeys } from '../db/schema.ts'
import { failurePayload } from './problems.ts'

export interface IdempotencyOptions {
  /** The database itself (never a request's transaction). */
  db: Db
  ttlHours: number
}

type Stored = typeof idempotencyKeys.$inferSelect
type Outcome = { commit: { status: number; headers: Record<string, string>; body: Buffer } } | { rollback: true }

interface Claim {
  principal: string
  key: string
  hash: string
  /** Settles the request's transaction: commits the effect with its answer, or rolls it back. */
  finish: ((outcome: Outcome) => Promise<void>) | null
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: Claim | null
  }
  interface FastifyContextConfig {
    /** Response fields never stored for a replay (secrets shown once); a replay answers null for them. */
    idempotencyRedact?: readonly string[]
  }
}

const KEY_RE = /^[\x21-\x7e]{1,255}$/
/** Headers of the answer that a replay repeats (the body is stored without content coding). */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'content-language']
const ROLLBACK = Symbol('rollback')

function requestHash(method: string, url: string, body: unknown): string {
  const hash = createHash('sha256').update(`${method} ${url}\n`, 'utf8')
  // A raw body (CSV) is hashed as the bytes sent: for UTF-8 text, the hash of the text itself.
  if (Buffer.isBuffer(body)) hash.update(body)
  else if (typeof body === 'string') hash.update(body, 'utf8')
  else {
    let text: string
    try {
      text = canonicalJson(body ?? null)
    } catch {
      // Not I-JSON (a number beyond double range parses to Infinity): hashed as written out,
      // non-finite numbers by name, so it can never fail the request.
      text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))
    }
    hash.update(text, 'utf8')
  }
  return hash.digest('hex')
}

/** The 64-bit advisory lock that one principal's key holds while its request runs. */
function lockKeyOf(principal: string, key: string): bigint {
  return createHash('sha256').update(`idempotency\0${principal}\0${key}`, 'utf8').digest().readBigInt64BE(0)
}

const inUse = () =>
  new DomainError('conflict', 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry later', {
    retryAfterSeconds: 1,
  })

/**
 * The answer's bytes as sent (`raw`, a stream read whole) and without content coding
 * (`identity`: what a replay sends, whatever the retry accepts).
 */
async function answerBytes(payload: unknown, encoding: string | undefined): Promise<{ raw: Buffer; identity: Buffer }> {
  let bytes: Buffer
  if (payload === null || payload === undefined) bytes = Buffer.alloc(0)
  else if (typeof payload === 'string') bytes = Buffer.from(payload, 'utf8')
  else if (Buffer.isBuffer(payload)) bytes = payload
  else if (payload instanceof Uint8Array) bytes = Buffer.from(payload)
  else {
    const chunks: Buffer[] = []
    for await (const chunk of payload as Readable) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer))
    bytes = Buffer.concat(chunks)
  }
  const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[(encoding ?? '').trim().toLowerCase()]
  return { raw: bytes, identity: decode ? decode(bytes) : bytes }
}

/**
 * Idempotency-Key on every POST (API.md). A request with a key runs in one transaction of its own,
 * and its answer is stored in that same transaction: an effect that committed always has its
 * answer stored (a retry replays it, for `ttlHours`, across replicas and restarts), and one that
 * did not left nothing behind (a retry runs it at once). While the request runs it holds an
 * advisory lock on its key, so a duplicate arriving meanwhile gets 409 IDEMPOTENCY_KEY_IN_USE
 * with Retry-After; a crashed replica's lock goes with its connection. The same key with another
 * body is 422. Keys are scoped to the API key that sent them. A 5xx, or an answer that asks for a
 * retry (Retry-After), commits nothing and is not stored.
 */
async function idempotencyPlugin(app: FastifyInstance, opts: IdempotencyOptions) {
  const { db } = opts
  app.decorateRequest('idempotencyClaim', null)

  const ttlMs = opts.ttlHours * 3_600_000

  const replay = (req: FastifyRequest, reply: FastifyReply, stored: Stored, hash: string) => {
    if (stored.requestHash !== hash) {
      throw new DomainError('invalid', 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request; use a new key', {
        details: { firstUsedAt: stored.createdAt.toISOString(), path: stored.path },
      })
    }
    const headers = (stored.responseHeaders ?? {}) as Record<string, string>
    reply.code(stored.responseStatus!).headers(headers).header('idempotent-replayed', 'true')
    return reply.send(stored.responseBody ?? Buffer.alloc(0))
  }

  const findLive = async (handle: Db | Tx, claim: { principal: string; key: string }) => {
    const [stored] = await handle
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, claim.principal), eq(idempotencyKeys.key, claim.key), gt(idempotencyKeys.expiresAt, new Date())))
    return stored
  }

  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST') return
    const raw = req.headers['idempotency-key']
    if (raw === undefined) return
    const key = Array.isArray(raw) ? raw[0]! : raw
    if (!KEY_RE.test(key)) {
      throw new DomainError('bad_request', 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1 to 255 visible ASCII characters')
    }
    const principal = req.principal?.keyId ?? 'anonymous'
    const hash = requestHash(req.method, req.url, req.body)
    // The common retry: the first request finished long ago.
    const stored = await findLive(db, { principal, key })
    if (stored) return replay(req, reply, stored, hash)
    req.idempotencyClaim = { principal, key, hash, finish: null }
  })

  /**
   * Opens the request's transaction: it takes the key's lock (or 409), looks once more for an
   * answer stored meanwhile (a replay), and then stays open for the handler until `finish`.
   */
  const begin = (req: FastifyRequest, claim: Claim) =>
    new Promise<{ tx: Tx } | { stored: Stored }>((resolve, reject) => {
      let decide!: (outcome: Outcome) => void
      const decided = new Promise<Outcome>((r) => (decide = r))
      let open = false
      const done = db.transaction(async (tx) => {
        const [lock] = rows<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKeyOf(claim.principal, claim.key).toString()}::bigint) as locked`))
        if (!lock?.locked) throw inUse()
        const stored = await findLive(tx as unknown as Db, claim)
        if (stored) {
          resolve({ stored })
          throw ROLLBACK
        }
        open = true
        resolve({ tx })
        const outcome = await decided
        if ('rollback' in outcome) throw ROLLBACK
        const now = new Date()
        const record = {
          principal: claim.principal,
          key: claim.key,
          method: req.method,
          path: req.url,
          requestHash: claim.hash,
          state: 'completed',
          responseStatus: outcome.commit.status,
          responseHeaders: outcome.commit.headers,
          responseBody: outcome.commit.body,
          createdAt: now,
          expiresAt: new Date(now.getTime() + ttlMs),
        }
        // An expired record of the same key may still be there until the sweep: it is replaced.
        const { principal: _p, key: _k, ...update } = record
        await tx.insert(idempotencyKeys).values(record).onConflictDoUpdate({ target: [idempotencyKeys.principal, idempotencyKeys.key], set: update })
      })
      claim.finish = async (outcome) => {
        decide(outcome)
        await done.catch((err: unknown) => {
          if (err !== ROLLBACK) throw err
        })
      }
      done.catch((err: unknown) => {
        if (!open && err !== ROLLBACK) reject(err)
      })
    })

  // A POST with a key runs its handler inside the request's own transaction.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (!methods.includes('POST')) return
    const handler = route.handler
    route.handler = function idempotent(this: unknown, req, reply) {
      const claim = req.idempotencyClaim
      if (!claim || req.method !== 'POST') return handler.call(this as never, req, reply)
      return dbScopes.run(req.dbScope, async () => {
        const begun = await begin(req, claim).catch((err: unknown) => {
          claim.finish = null // nothing was opened: nothing to settle
          throw err
        })
        if ('stored' in begun) {
          claim.finish = null
          return replay(req, reply, begun.stored, claim.hash)
        }
        req.dbScope.tx = begun.tx
        return handler.call(this as never, req, reply)
      })
    }
  })

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotencyClaim
    const finish = claim?.finish
    if (!claim || !finish) return payload
    claim.finish = null
    try {
      // A 5xx, or an answer that asks for a retry (a deadlock's 409 with Retry-After), keeps
      // nothing: the retry with the same key runs the request again.
      if (reply.statusCode >= 500 || reply.getHeader('retry-after') !== undefined) {
        await finish({ rollback: true }).catch((err: unknown) => req.log.warn({ err }, 'rolling back an idempotent request failed'))
        return payload
      }
      const encoding = reply.getHeader('content-encoding')
      const { raw, identity } = await answerBytes(payload, typeof encoding === 'string' ? encoding : undefined)
      let body = identity
      // What is sent now: the same bytes as before (a stream was read whole to store it).
      const sent = typeof payload === 'string' || Buffer.isBuffer(payload) || payload == null ? payload : raw
      const redact = req.routeOptions.config.idempotencyRedact
      if (redact && body.length > 0) {
        const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        for (const field of redact) if (field in parsed) parsed[field] = null
        body = Buffer.from(JSON.stringify(parsed), 'utf8')
      }
      const headers: Record<string, string> = {}
      for (const h of REPLAYED_HEADERS) {
        const v = reply.getHeader(h)
        if (v !== undefined) headers[h] = String(v)
      }
      try {
        await finish({ commit: { status: reply.statusCode, headers, body } })
      } catch (err) {
        // Nothing committed: the client is told so, and its retry runs the request again.
        return failurePayload(req, reply, err)
      }
      return sent
    } finally {
      req.dbScope.tx = null
    }
  })

  // A request whose answer was never sent (its client went away before) undoes what it did.
  app.addHook('onResponse', async (req) => {
    const finish = req.idempotencyClaim?.finish
    if (!finish) return
    req.idempotencyClaim!.finish = null
    req.dbScope.tx = null
    await finish({ rollback: true }).catch((err: unknown) => req.log.warn({ err }, 'rolling back an idempotent request failed'))
  })

  const sweep = setInterval(() => {
    db.delete(idempotencyKeys)
      .where(lte(idempotencyKeys.expiresAt, sql`now()`))
      .catch((err: unknown) => app.log.warn({ err: databaseFailureOf(err) ?? err }, 'idempotency sweep failed'))
  }, 10 * 60_000)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))
}

export default fp(idempotencyPlugin, { name: 'idempotency', dependencies: ['auth', 'request-scope'] })
