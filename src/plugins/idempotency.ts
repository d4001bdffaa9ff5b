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
interface Answer {
  status: number
  headers: Record<string, string>
  body: Buffer
}
/** How a request's transaction ends: committed (with the answer to store, for a key), or not. */
type Outcome = { commit: Answer | null } | { rollback: true }

interface Claim {
  principal: string
  key: string
  hash: string
}

declare module 'fastify' {
  interface FastifyReply {
    /**
     * The ETag of the body without content coding, set by a route that answers compressed under
     * its coding's own ETag: a replay sends that body, so it carries this one (none when unset).
     */
    identityEtag: string | null
  }
  interface FastifyRequest {
    idempotencyClaim: Claim | null
    /** Ends the request's own transaction; null once settled, or when it has none. */
    settleTransaction: ((outcome: Outcome) => Promise<void>) | null
  }
  interface FastifyContextConfig {
    /** Response fields never stored for a replay (secrets shown once); a replay answers null for them. */
    idempotencyRedact?: readonly string[]
  }
}

/** Requests that change something: each runs in one transaction of its own. */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

const KEY_RE = /^[\x21-\x7e]{1,255}$/
/** Headers of the answer that a replay repeats (the body is stored without content coding). */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag', 'content-language']
/** Thrown to roll a transaction back on purpose; never leaves this plugin. */
const ROLLBACK = new Error('rollback')

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

/** The 64-bit advisory lock (as text, for a bigint parameter) that one principal's key holds while its request runs. */
function lockKeyOf(principal: string, key: string): string {
  return createHash('sha256').update(`idempotency\0${principal}\0${key}`, 'utf8').digest().readBigInt64BE(0).toString()
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
 * Every write runs in one transaction of its own, from its handler's start until its answer is
 * ready: the effect, its audit events and (for a POST with an Idempotency-Key) the stored answer
 * commit together, after the answer has been built, or nothing does. So a 5xx always means that
 * nothing was kept, and a committed effect is never answered with an error.
 *
 * Idempotency-Key on every POST (API.md): the answer is stored, as bytes without content coding,
 * in that same transaction; a retry replays it for `ttlHours`, across replicas and restarts, and
 * one whose first attempt did not commit runs at once. While a keyed request runs it holds an
 * advisory lock on its key, so a duplicate arriving meanwhile gets 409 IDEMPOTENCY_KEY_IN_USE
 * with Retry-After (a crashed replica's lock goes with its connection). The same key with another
 * body is 422. Keys are scoped to the API key that sent them. A 5xx, or an answer that asks for a
 * retry (Retry-After), commits nothing and is not stored.
 */
async function idempotencyPlugin(app: FastifyInstance, opts: IdempotencyOptions) {
  const { db } = opts
  app.decorateRequest('idempotencyClaim', null)
  app.decorateReply('identityEtag', null)
  app.decorateRequest('settleTransaction', null)

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
      .where(
        and(
          eq(idempotencyKeys.principal, claim.principal),
          eq(idempotencyKeys.key, claim.key),
          eq(idempotencyKeys.state, 'completed'),
          gt(idempotencyKeys.expiresAt, new Date()),
        ),
      )
    return stored
  }

  const recordOf = (req: FastifyRequest, claim: Claim, answer: Answer) => {
    const now = new Date()
    return {
      principal: claim.principal,
      key: claim.key,
      method: req.method,
      path: req.url,
      requestHash: claim.hash,
      state: 'completed',
      responseStatus: answer.status,
      responseHeaders: answer.headers,
      responseBody: answer.body,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
    }
  }

  /** Stores an answer; an expired record of the same key (until the sweep) is replaced. */
  const store = (handle: Db | Tx, record: ReturnType<typeof recordOf>) => {
    const { principal: _p, key: _k, ...update } = record
    return handle
      .insert(idempotencyKeys)
      .values(record)
      .onConflictDoUpdate({ target: [idempotencyKeys.principal, idempotencyKeys.key], set: update })
  }

  const claimKey = async (req: FastifyRequest, reply: FastifyReply, raw: string | string[]) => {
    const key = Array.isArray(raw) ? raw[0]! : raw
    if (!KEY_RE.test(key)) {
      throw new DomainError('bad_request', 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1 to 255 visible ASCII characters')
    }
    const principal = req.principal?.keyId ?? 'anonymous'
    const hash = requestHash(req.method, req.url, req.body)
    // The common retry: the first request finished long ago.
    const stored = await findLive(db, { principal, key })
    if (stored) {
      replay(req, reply, stored, hash)
      return true
    }
    req.idempotencyClaim = { principal, key, hash }
    return false
  }
  // A callback hook: every request passes here, and most have no key.
  app.addHook('preHandler', (req, reply, done) => {
    const raw = req.headers['idempotency-key']
    if (req.method !== 'POST' || raw === undefined) return done()
    claimKey(req, reply, raw).then((replayed) => {
      if (!replayed) done() // a replay has answered: the chain stops there
    }, done)
  })

  /**
   * Opens the request's transaction. With a key it first takes the key's lock (or 409) and looks
   * once more for an answer stored meanwhile (a replay). The transaction then stays open for the
   * handler until `req.settleTransaction`.
   */
  const begin = (req: FastifyRequest, claim: Claim | null) =>
    new Promise<{ tx: Tx } | { stored: Stored }>((resolve, reject) => {
      let decide!: (outcome: Outcome) => void
      const decided = new Promise<Outcome>((r) => (decide = r))
      let open = false
      const done = db.transaction(async (tx) => {
        // A bulk import reads its whole body (in JavaScript) before its first statement: its
        // connection sits idle in this transaction meanwhile, bounded by its own deadline.
        if (req.routeOptions.config.bulk) await tx.execute(sql`set local idle_in_transaction_session_timeout = 0`)
        if (claim) {
          const lockKey = lockKeyOf(claim.principal, claim.key)
          const [lock] = rows<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey}::bigint) as locked`))
          if (!lock?.locked) throw inUse()
          const stored = await findLive(tx, claim)
          if (stored) {
            resolve({ stored })
            throw ROLLBACK
          }
        }
        open = true
        resolve({ tx })
        const outcome = await decided
        if ('rollback' in outcome) throw ROLLBACK
        // A statement that failed under a handler that carried on would leave the transaction
        // aborted, and COMMIT would quietly roll back: this asks first, and fails loudly.
        await tx.execute(sql`select 1`)
        if (claim && outcome.commit) await store(tx, recordOf(req, claim, outcome.commit))
      })
      let settled = false
      req.settleTransaction = async (outcome) => {
        if (settled) return
        settled = true
        decide(outcome)
        await done.then(
          () => {
            // Committed: what waited for it (cache fills) may happen now.
            for (const fn of req.dbScope.afterCommit.splice(0)) fn()
          },
          (err: unknown) => {
            req.dbScope.afterCommit.length = 0
            if (err !== ROLLBACK) throw err
          },
        )
      }
      done.catch((err: unknown) => {
        if (!open && err !== ROLLBACK) reject(err)
      })
    })

  // A write runs its handler inside the request's own transaction.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (!methods.some((m) => WRITES.has(m))) return
    const handler = route.handler
    route.handler = function inTransaction(this: unknown, req, reply) {
      if (!WRITES.has(req.method)) return handler.call(this as never, req, reply)
      const claim = req.idempotencyClaim
      return dbScopes.run(req.dbScope, async () => {
        const begun = await begin(req, claim).catch((err: unknown) => {
          req.settleTransaction = null // nothing was opened: nothing to settle
          throw err
        })
        if ('stored' in begun) {
          req.settleTransaction = null
          return replay(req, reply, begun.stored, claim!.hash)
        }
        req.dbScope.tx = begun.tx
        return handler.call(this as never, req, reply)
      })
    }
  })

  app.addHook('onSend', (req, reply, payload, done) => {
    if (!req.settleTransaction) return done(null, payload)
    settleOnSend(req, reply, payload).then((p) => done(null, p), done)
  })

  const settleOnSend = async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const settle = req.settleTransaction!
    req.settleTransaction = null
    const claim = req.idempotencyClaim
    let answer: Answer | null = null
    let sent: unknown = payload
    try {
      // A 5xx, or an answer that asks for a retry (a deadlock's 409 with Retry-After), keeps
      // nothing: the retry runs the request again.
      if (reply.statusCode >= 500 || reply.getHeader('retry-after') !== undefined) {
        await settle({ rollback: true }).catch((err: unknown) => req.log.warn({ err }, 'rolling back a request failed'))
        return payload
      }
      if (!claim) {
        await settle({ commit: null })
        return payload
      }
      const encoding = reply.getHeader('content-encoding')
      const { raw, identity } = await answerBytes(payload, typeof encoding === 'string' ? encoding : undefined)
      let body = identity
      // What is sent now: the same bytes as before (a stream was read whole to store it).
      sent = typeof payload === 'string' || Buffer.isBuffer(payload) || payload == null ? payload : raw
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
      // The body is kept without its content coding: an ETag of the coded bytes does not name it.
      if (typeof encoding === 'string' && encoding !== 'identity') {
        delete headers.etag
        if (reply.identityEtag !== null) headers.etag = reply.identityEtag
      }
      answer = { status: reply.statusCode, headers, body }
      await settle({ commit: answer })
      return sent
    } catch (err) {
      // Whatever failed, the transaction ends here (a no-op if it already has).
      await settle({ rollback: true }).catch(() => {})
      // A refusal (4xx) after a statement of its own failed: nothing of it committed, and the
      // refusal stands; with a key it is stored on its own, as any refusal is, unless a retry
      // (the key's lock is gone with the transaction) has stored its answer meanwhile.
      if (reply.statusCode >= 400 && reply.statusCode < 500 && sqlStateOf(err) === '25P02') {
        if (claim && answer) {
          await db
            .insert(idempotencyKeys)
            .values(recordOf(req, claim, answer))
            .onConflictDoNothing()
            .catch((e: unknown) => req.log.warn({ err: e }, 'storing a refusal failed'))
        }
        return sent
      }
      // Nothing committed: the client is told so, and its retry runs the request again.
      return failurePayload(req, reply, err)
    } finally {
      req.dbScope.tx = null
    }
  }

  // A request whose answer was never sent (its client went away before) undoes what it did.
  app.addHook('onResponse', (req, _reply, done) => {
    const settle = req.settleTransaction
    if (!settle) return done()
    req.settleTransaction = null
    req.dbScope.tx = null
    settle({ rollback: true })
      .catch((err: unknown) => req.log.warn({ err }, 'rolling back a request failed'))
      .finally(() => done())
  })

  const sweep = setInterval(() => {
    db.delete(idempotencyKeys)
      .where(lte(idempotencyKeys.expiresAt, sql`now()`))
      .catch((err: unknown) => app.log.warn({ err: databaseFailureOf(err) ?? err }, 'idempotency sweep failed'))
  }, 10 * 60_000)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))
}

/** The SQLSTATE of an error or of the first error in its cause chain that has one. */
function sqlStateOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && code.length === 5) return code
  }
  return undefined
}

export default fp(idempotencyPlugin, { name: 'idempotency', dependencies: ['auth', 'request-scope'] })
