import { createHash } from 'node:crypto'
import { and, eq, lte, or, sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { canonicalJson } from '../domain/canonical.ts'
import { DomainError } from '../domain/errors.ts'
import type { Db } from '../db/client.ts'
import { idempotencyKeys } from '../db/schema.ts'

export interface IdempotencyOptions {
  db: Db
  ttlHours: number
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyClaim: { principal: string; key: string } | null
  }
  interface FastifyContextConfig {
    /** Response fields never stored for a replay (secrets shown once); a replay answers null for them. */
    idempotencyRedact?: readonly string[]
  }
}

/** A claim this old belongs to a request that died without answering; it no longer holds the key. */
const ABANDONED_AFTER_MS = 10 * 60_000

const KEY_RE = /^[\x21-\x7e]{1,255}$/
const REPLAYED_HEADERS = ['content-type', 'location', 'etag']

function requestHash(method: string, url: string, body: unknown): string {
  const hash = createHash('sha256').update(`${method} ${url}\n`, 'utf8')
  // A raw body (CSV) is hashed as the bytes sent: for UTF-8 text, the hash of the text itself.
  if (Buffer.isBuffer(body)) hash.update(body)
  else hash.update(typeof body === 'string' ? body : canonicalJson(body ?? null), 'utf8')
  return hash.digest('hex')
}

/**
 * Idempotency-Key on every POST (API.md). The first response is stored in PostgreSQL and replayed
 * for the same key and body for `ttlHours`, across replicas and restarts; the same key with
 * another body is 422; a duplicate arriving while the first is still running is 409. Keys are
 * scoped to the API key that sent them. A 5xx, or a 409 that asks for a retry (Retry-After), is not stored, so the retry runs again.
 */
async function idempotencyPlugin(app: FastifyInstance, opts: IdempotencyOptions) {
  const { db } = opts
  app.decorateRequest('idempotencyClaim', null)

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
    const now = new Date()
    const claim = () =>
      db
        .insert(idempotencyKeys)
        .values({
          principal,
          key,
          method: req.method,
          path: req.url,
          requestHash: hash,
          state: 'in_progress',
          createdAt: now,
          expiresAt: new Date(now.getTime() + opts.ttlHours * 3_600_000),
        })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key })

    let claimed = await claim()
    if (claimed.length === 0) {
      // An expired record, or the claim of a request that died, no longer binds the key.
      const stale = await db
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.principal, principal),
            eq(idempotencyKeys.key, key),
            or(
              lte(idempotencyKeys.expiresAt, now),
              and(eq(idempotencyKeys.state, 'in_progress'), lte(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_AFTER_MS))),
            ),
          ),
        )
        .returning({ key: idempotencyKeys.key })
      if (stale.length > 0) claimed = await claim()
    }
    if (claimed.length > 0) {
      req.idempotencyClaim = { principal, key }
      return
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key)))
    if (!stored) throw new DomainError('conflict', 'IDEMPOTENCY_KEY_IN_USE', 'The key is being released; retry')
    if (stored.requestHash !== hash) {
      throw new DomainError('invalid', 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another request; use a new key', {
        details: { firstUsedAt: stored.createdAt.toISOString(), path: stored.path },
      })
    }
    if (stored.state !== 'completed') {
      throw new DomainError('conflict', 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry later')
    }
    const headers = (stored.responseHeaders ?? {}) as Record<string, string>
    reply.code(stored.responseStatus!).headers(headers).header('idempotent-replayed', 'true')
    return reply.send(stored.responseBody ?? '')
  })

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotencyClaim
    if (!claim) return payload
    req.idempotencyClaim = null
    const where = and(eq(idempotencyKeys.principal, claim.principal), eq(idempotencyKeys.key, claim.key))
    // A 5xx, or an answer that asks for a retry (a deadlock's 409 with Retry-After), is not kept:
    // the retry with the same key runs the request again.
    if (reply.statusCode >= 500 || reply.getHeader('retry-after') !== undefined) {
      await db.delete(idempotencyKeys).where(where)
      return payload
    }
    const headers: Record<string, string> = {}
    for (const h of REPLAYED_HEADERS) {
      const v = reply.getHeader(h)
      if (v !== undefined) headers[h] = String(v)
    }
    let body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null
    const redact = req.routeOptions.config.idempotencyRedact
    if (redact && body) {
      const parsed = JSON.parse(body) as Record<string, unknown>
      for (const field of redact) if (field in parsed) parsed[field] = null
      body = JSON.stringify(parsed)
    }
    await db
      .update(idempotencyKeys)
      .set({ state: 'completed', responseStatus: reply.statusCode, responseHeaders: headers, responseBody: body })
      .where(where)
    return payload
  })

  // A request that never got an answer releases its key.
  const release = async (req: { idempotencyClaim: { principal: string; key: string } | null }) => {
    const claim = req.idempotencyClaim
    if (!claim) return
    req.idempotencyClaim = null
    await db
      .delete(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principal, claim.principal), eq(idempotencyKeys.key, claim.key)))
      .catch(() => {})
  }
  app.addHook('onRequestAbort', release)
  app.addHook('onResponse', release)

  const sweep = setInterval(() => {
    db.delete(idempotencyKeys)
      .where(lte(idempotencyKeys.expiresAt, sql`now()`))
      .catch((err) => app.log.warn({ err }, 'idempotency sweep failed'))
  }, 10 * 60_000)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))
}

export default fp(idempotencyPlugin, { name: 'idempotency', dependencies: ['auth'] })
