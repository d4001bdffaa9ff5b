import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Static, TSchema } from 'typebox'
import { DomainError } from '../domain/errors.ts'
import { ROLES, SCOPED_ROLES, type Role } from '../domain/roles.ts'

export { ROLES, SCOPED_ROLES, type Role }

export interface Principal {
  keyId: string
  role: Role
  committeeId: string | null
}

/**
 * Which committees a request concerns. The caller's committee must cover every one of them (be
 * it, or above it); a null entry (e.g. "no parent") can only be covered by unscoped roles.
 */
export type ScopeTargets = string | readonly (string | null)[] | null | undefined
export type ScopeResolver = ((req: FastifyRequest) => Promise<ScopeTargets>) & { reads?: ScopeReads }

/** The schemas of the request parts a scope reads: the route's own (or a part of them). */
export interface ScopeReads {
  params?: TSchema
  body?: TSchema
  /** The query string (a raw-body upload names its target there: POST /v1/attachments). */
  query?: TSchema
}
type Read<S> = S extends TSchema ? Static<S> : undefined

/**
 * A scope resolver that gets the request's path parameters and body as the route's schemas type
 * them: validation has run when authorisation does. Registering a route whose schema lacks a
 * property the resolver reads fails at start (see onRoute below), so the types cannot drift.
 */
export function scopeOf<P extends TSchema | undefined = undefined, B extends TSchema | undefined = undefined, Q extends TSchema | undefined = undefined>(
  reads: { params?: P; body?: B; query?: Q },
  resolve: (input: { params: Read<P>; body: Read<B>; query: Read<Q> }) => Promise<ScopeTargets>,
): ScopeResolver {
  const resolver = (req: FastifyRequest) => resolve({ params: req.params as Read<P>, body: req.body as Read<B>, query: req.query as Read<Q> })
  return Object.assign(resolver, { reads })
}

/** Why a route's schema does not give a scope what it reads, or null when it does. */
function unreadable(route: { url: string; schema?: { params?: unknown; body?: unknown; querystring?: unknown } }, reads: ScopeReads): string | null {
  for (const part of ['params', 'body', 'query'] as const) {
    const wanted = (reads[part] as { properties?: Record<string, unknown> } | undefined)?.properties
    if (!wanted) continue
    const declared = (route.schema?.[part === 'query' ? 'querystring' : part] as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}
    for (const [name, schema] of Object.entries(wanted)) {
      if (!(name in declared) || JSON.stringify(declared[name]) !== JSON.stringify(schema)) {
        return `${route.url}: a scope reads ${part}.${name}, which the route's ${part} schema does not declare alike`
      }
    }
  }
  return null
}

export interface Grant {
  roles: readonly Role[]
  /** Without a scope the roles may act on anything the route reaches. */
  scope?: ScopeResolver
  /** Only keys of exactly the resolved committee, not of the committees above it. */
  exact?: boolean
}

/** A route's declaration of who may call it: 'public', or grants of which one must match. */
export type Access = 'public' | readonly Grant[]

/** Shorthand for a grant. */
export const grant = (roles: Role | readonly Role[], scope?: ScopeResolver, opts: { exact?: boolean } = {}): Grant => ({
  roles: typeof roles === 'string' ? [roles] : roles,
  ...(scope ? { scope } : {}),
  ...(opts.exact ? { exact: true } : {}),
})
export const EVERY_ROLE = ROLES

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
  interface FastifyRequest {
    principal: Principal | null
  }
}

const TOKEN_RE = /^ctd_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

/** A new key's id-bound token and the hash to store. The token is shown once and never kept. */
export function newKeySecret(id: string): { token: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url')
  return { token: `ctd_${id.replace(/-/g, '')}_${secret}`, secretHash: hashSecret(secret) }
}

export interface KeyRecord {
  id: string
  role: Role
  committeeId: string | null
  secretHash: string
  revokedAt: Date | null
  expiresAt: Date | null
}

export interface AuthOptions {
  cacheTtlMs: number
  findKey(id: string): Promise<KeyRecord | undefined>
  /** The committee and every committee above it, nearest first. */
  ancestorsOrSelf(committeeId: string): Promise<string[]>
}

const unauthorized = (code: string, message: string) => new DomainError('unauthorized', code, message)

/**
 * Authentication (onRequest) and authorisation (preHandler) for every route from its declared
 * `config.access`. Handlers never check roles themselves. A route without a declaration is
 * refused, so forgetting one fails closed.
 */
async function authPlugin(app: FastifyInstance, opts: AuthOptions) {
  const cache = new Map<string, { record: KeyRecord | undefined; until: number }>()

  // Bumped when a key is forgotten (revoked): a lookup that began before does not cache what it
  // read, which may predate the revocation.
  const forgotten = new Map<string, number>()

  async function lookup(id: string): Promise<KeyRecord | undefined> {
    const now = Date.now()
    const hit = cache.get(id)
    if (hit && hit.until > now) return hit.record
    const generation = forgotten.get(id) ?? 0
    const record = await opts.findKey(id)
    if (opts.cacheTtlMs > 0 && (forgotten.get(id) ?? 0) === generation) {
      if (cache.size > 10_000) cache.clear()
      cache.set(id, { record, until: now + opts.cacheTtlMs })
    }
    return record
  }

  app.decorate('forgetApiKey', (id: string) => {
    cache.delete(id)
    if (forgotten.size > 10_000) forgotten.clear()
    forgotten.set(id, (forgotten.get(id) ?? 0) + 1)
  })
  app.decorateRequest('principal', null)

  // A scope typed by schemas the route does not declare would read what validation never checked.
  app.addHook('onRoute', (route) => {
    const access = route.config?.access
    if (!access || access === 'public') return
    for (const g of access) {
      const why = g.scope?.reads ? unreadable(route, g.scope.reads) : null
      if (why) throw new Error(why)
    }
  })

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access
    // Public, or an unknown route (the not-found handler answers 404 or 405, credentials or not).
    if (access === 'public' || !req.routeOptions.url) return
    const header = req.headers.authorization
    if (!header) throw unauthorized('MISSING_CREDENTIALS', 'Send Authorization: Bearer <api key>')
    const [scheme, token] = header.split(' ', 2)
    const m = scheme?.toLowerCase() === 'bearer' && token ? TOKEN_RE.exec(token) : null
    if (!m) throw unauthorized('INVALID_API_KEY', 'The Authorization header does not hold a valid API key')
    const id = m[1]!.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
    const record = await lookup(id)
    const given = Buffer.from(hashSecret(m[2]!), 'hex')
    if (!record || !timingSafeEqual(given, Buffer.from(record.secretHash, 'hex'))) {
      throw unauthorized('INVALID_API_KEY', 'The API key is not valid')
    }
    if (record.revokedAt) throw unauthorized('API_KEY_REVOKED', 'The API key has been revoked')
    if (record.expiresAt && record.expiresAt.getTime() <= app.clock().getTime()) throw unauthorized('API_KEY_EXPIRED', 'The API key has expired')
    req.principal = { keyId: record.id, role: record.role, committeeId: record.committeeId }
  })

  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config.access
    if (access === 'public' || !req.routeOptions.url) return
    const principal = req.principal
    if (!principal) throw unauthorized('MISSING_CREDENTIALS', 'Send Authorization: Bearer <api key>')
    const grants = (access ?? []).filter((g) => g.roles.includes(principal.role))
    if (grants.length === 0) {
      throw new DomainError('forbidden', 'ROLE_NOT_ALLOWED', `The ${principal.role} role may not call this endpoint`)
    }
    for (const g of grants) {
      if (!g.scope || !SCOPED_ROLES.includes(principal.role)) return
      if (!principal.committeeId) continue
      const targets = await g.scope(req)
      if (!targets) continue
      const list = typeof targets === 'string' ? [targets] : targets
      let covered = list.length > 0
      for (const target of list) {
        const ok = target !== null && (g.exact ? target === principal.committeeId : (await opts.ancestorsOrSelf(target)).includes(principal.committeeId))
        if (!ok) {
          covered = false
          break
        }
      }
      if (covered) return
    }
    throw new DomainError('forbidden', 'OUT_OF_SCOPE', "The API key's committee does not cover the committee this request concerns")
  })
}

declare module 'fastify' {
  interface FastifyInstance {
    forgetApiKey(id: string): void
  }
}

export default fp(authPlugin, { name: 'auth', dependencies: ['problems'] })
