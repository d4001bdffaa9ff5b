import fastifyCors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * CORS for browser portals: off unless CORS_ORIGINS lists the origins allowed ('*' for any).
 * Credentials are API keys sent in a header, never cookies, so no credentialed CORS is offered.
 */
async function corsPlugin(app: FastifyInstance, opts: { origins: string }) {
  const listed = opts.origins
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  if (listed.length === 0) return
  const any = listed.includes('*')
  const allowed = new Set(listed.map((o) => o.replace(/\/+$/, '').toLowerCase()))
  await app.register(fastifyCors, {
    origin: (origin, cb) => cb(null, any || (origin !== undefined && allowed.has(origin.toLowerCase()))),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id', 'Accept-Language'],
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id', 'Idempotent-Replayed'],
    maxAge: 600,
  })
}

export default fp(corsPlugin, { name: 'cors' })
