import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { problems } from '../lib/http-schemas.ts'
import type { Access, Grant } from './auth.ts'

export const API_VERSION = '1.0.0'

function describeAccess(access: Access | undefined): string | undefined {
  if (!access || access === 'public') return undefined
  const scopeText = (g: Grant) =>
    g.exact ? " (keys of that committee only)" : g.scope ? " (within its committee's scope)" : ''
  const parts = access.map((g) => g.roles.map((r) => `${r}${scopeText(g)}`).join(', '))
  return `**Who may call it:** ${parts.join('; ')}.`
}

/**
 * The OpenAPI 3.1 contract, generated from the route schemas. Each route's declared access is
 * written into its description, so the contract says who may call what.
 */
/**
 * Errors any operation can answer, whatever it does: a malformed request (400), a body or a path
 * parameter too large (413, 414), a content type it does not take (415), a rate limit (429) and a
 * database outage or timeout (503); and 401/403 wherever a key is needed.
 */
const EVERY_OPERATION = [400, 413, 414, 415, 429, 503]
const WITH_A_KEY = [401, 403]

async function swaggerPlugin(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as Record<string, unknown> | undefined
    if (!schema || schema.hide) return
    const response = (schema.response ??= {}) as Record<string, unknown>
    const statuses = [...EVERY_OPERATION, ...(route.config?.access === 'public' ? [] : WITH_A_KEY)]
    Object.assign(response, problems(...statuses.filter((s) => !(s in response))))
    const who = describeAccess(route.config?.access)
    if (who && !String(schema.description ?? '').includes('Who may call it')) {
      schema.description = schema.description ? `${String(schema.description)}\n\n${who}` : who
    }
  })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Emulation clusters (cụm thi đua) of the Vietnam Fatherland Front',
        version: API_VERSION,
        description:
          'System of record for committees, emulation clusters, indicator submissions, award proposals and leadership handover. ' +
          'Errors are RFC 9457 problems with a stable `code`; lists use cursor pagination; reads carry strong ETags; ' +
          'updates require If-Match; every POST accepts Idempotency-Key.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key issued by an admin: `Authorization: Bearer ctd_…`' },
        },
      },
      security: [{ apiKey: [] }],
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'api-keys', description: 'API keys (admin)' },
        { name: 'committees', description: 'Front committees, their hierarchy and officers' },
        { name: 'clusters', description: 'Emulation clusters, cluster-years, membership, rotation and handover' },
        { name: 'indicators', description: 'The indicator catalogue' },
        { name: 'pact and periods', description: 'Scoring scheme, targets, the emulation pact and reporting periods' },
        { name: 'submissions', description: 'Indicator submissions, their review and bulk import' },
        { name: 'ranking', description: 'Peer assessments, adjustments, the live and final ranking' },
        { name: 'awards', description: 'Award types and award proposals' },
        { name: 'audit', description: 'The tamper-evident audit log' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  })
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger())
}

export default fp(swaggerPlugin, { name: 'swagger' })
