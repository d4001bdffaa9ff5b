import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { RETRY_AFTER_SECONDS } from '../db/failures.ts'
import { IF_MATCH_REQUIRED, problemCodesOf, problemResponse } from '../lib/http-schemas.ts'
import type { Access, Grant } from './auth.ts'

export const API_VERSION = '1.0.0'

function describeAccess(access: Access | undefined): string | undefined {
  if (!access || access === 'public') return undefined
  const scopeText = (g: Grant) => (g.exact ? ' (keys of that committee only)' : g.scope ? " (within its committee's scope)" : '')
  const parts = access.map((g) => g.roles.map((r) => `${r}${scopeText(g)}`).join(', '))
  return `**Who may call it:** ${parts.join('; ')}.`
}

/**
 * Errors any operation can answer, whatever it does, with their codes: a malformed request (400:
 * failed validation, unreadable JSON or URL, a value the database refuses as input), a body or a
 * path parameter too large (413, 414), a content type it does not take (415), a rate limit (429)
 * and a database outage or timeout (503); and 401/403 wherever a key is needed. Codes particular
 * to an operation are declared by its route (problems() in src/lib/http-schemas.ts).
 */
const EVERY_OPERATION: Record<number, readonly string[]> = {
  400: [
    'VALIDATION_FAILED',
    'MALFORMED_JSON',
    'EMPTY_BODY',
    'JSON_TOO_DEEP',
    'INVALID_CONTENT_LENGTH',
    'BAD_URL',
    'BAD_REQUEST',
    // Values PostgreSQL refuses as input (SQLSTATE_PROBLEMS in src/plugins/problems.ts).
    'INVALID_VALUE',
    'OUT_OF_RANGE',
    'INVALID_TEXT',
    'VALUE_TOO_LARGE',
  ],
  413: ['PAYLOAD_TOO_LARGE'],
  414: ['URI_TOO_LONG'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  429: ['RATE_LIMITED', 'AUTH_THROTTLED'],
  503: Object.keys(RETRY_AFTER_SECONDS),
}
const WITH_A_KEY: Record<number, readonly string[]> = {
  401: ['MISSING_CREDENTIALS', 'INVALID_API_KEY', 'API_KEY_REVOKED', 'API_KEY_EXPIRED'],
  403: ['ROLE_NOT_ALLOWED', 'OUT_OF_SCOPE'],
}
/** Every write runs in a transaction: a serialisation failure, or a constraint no service anticipated. */
const WRITES: Record<number, readonly string[]> = {
  409: ['CONCURRENT_UPDATE', 'ALREADY_EXISTS'],
  422: ['REFERENCE_NOT_FOUND'],
}
/** Every POST takes an Idempotency-Key (src/plugins/idempotency.ts). */
const POSTS: Record<number, readonly string[]> = {
  400: ['INVALID_IDEMPOTENCY_KEY'],
  409: ['IDEMPOTENCY_KEY_IN_USE'],
  422: ['IDEMPOTENCY_KEY_REUSED'],
}
const IF_MATCH: Record<number, readonly string[]> = { 412: ['ETAG_MISMATCH'], 428: ['IF_MATCH_REQUIRED'] }
const LISTS: Record<number, readonly string[]> = { 400: ['INVALID_CURSOR'] }

const SUCCESS_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  207: 'Multi-status: some items were rejected, each says why',
}

type Json = Record<string, unknown>
/** The parts of the generated document that completeDocument() reads and writes. */
interface DocParameter {
  in?: string
  name?: string
  description?: string
  required?: boolean
}
interface DocResponse {
  description?: string
  content?: Record<string, { schema?: unknown }>
  headers?: Json
}
interface DocOperation {
  parameters?: DocParameter[]
  requestBody?: { content?: Record<string, { schema?: Json }> }
  responses?: Record<string, DocResponse>
}

/** Adds shared codes to a route's error responses (creating the responses it did not list). */
function declareProblems(response: Json, ...tables: Record<number, readonly string[]>[]) {
  for (const table of tables) {
    for (const [status, codes] of Object.entries(table)) {
      response[status] ??= problemResponse(Number(status), [])
      const list = problemCodesOf(response[status])
      if (!list) throw new Error(`response ${status} is not a problemResponse(): declare it with problems() or problemResponse()`)
      for (const c of codes) if (!list.includes(c)) list.push(c)
    }
  }
}

const hasProperty = (schema: unknown, name: string) => Boolean((schema as { properties?: Json } | undefined)?.properties?.[name])

/** Response headers, declared once under components and referenced by every response that sends them. */
const HEADERS: Record<string, Json> = {
  'X-Request-Id': {
    description: 'The request id: the X-Request-Id sent (when valid) or one generated; also in logs, problems and audit events',
    required: true,
    schema: { type: 'string' },
  },
  ETag: { description: 'Strong ETag of the resource as answered: send it back in If-Match (updates) or If-None-Match (reads)', schema: { type: 'string' } },
  Location: { description: 'The URL of the resource created', schema: { type: 'string', format: 'uri-reference' } },
  'Content-Language': {
    description: "The language of the problem's title and detail: `vi` when Accept-Language prefers Vietnamese, else `en`",
    required: true,
    schema: { type: 'string', enum: ['en', 'vi'] },
  },
  Vary: { description: 'Names Accept-Language: the problem is written in the language asked for', schema: { type: 'string' } },
  'Retry-After': { description: 'Seconds to wait before retrying', required: true, schema: { type: 'integer', minimum: 0 } },
  'Retry-After-If-Retryable': {
    description: 'Seconds to wait before retrying: sent when a retry of the same request can succeed (IDEMPOTENCY_KEY_IN_USE, CONCURRENT_UPDATE)',
    schema: { type: 'integer', minimum: 0 },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key',
    schema: { type: 'string', enum: ['true'] },
  },
  RateLimit: {
    description:
      'The limit nearest to exhaustion: its name, the requests remaining (r) and the seconds until its window resets (t) (draft-ietf-httpapi-ratelimit-headers)',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': {
    description: 'The limits that apply: a quota (q) per window of w seconds, per address and per API key (draft-ietf-httpapi-ratelimit-headers)',
    schema: { type: 'string' },
  },
}
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` })

const METHODS = ['get', 'put', 'post', 'patch', 'delete']

/**
 * What the route schemas cannot say without changing behaviour, written into the document: the
 * response headers; If-Match marked required where an update needs it (at run time it stays
 * optional, so a request without it gets 428 IF_MATCH_REQUIRED rather than a 400); and the CSV
 * body of the import typed as text (at run time it arrives as bytes, read row by row).
 */
function completeDocument<D extends { components?: object; paths?: object }>(doc: D): D {
  doc.components = { ...doc.components, headers: HEADERS }
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, DocOperation | undefined>>)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      for (const p of op.parameters ?? []) {
        if (p.in === 'header' && p.name === 'if-match' && p.description === IF_MATCH_REQUIRED) p.required = true
      }
      const csv = op.requestBody?.content?.['text/csv']
      if (csv) csv.schema = { type: 'string', contentMediaType: 'text/csv', ...csv.schema }
      const isList = Object.values(op.responses ?? {}).some((r) => hasProperty(r.content?.['application/json']?.schema, 'nextCursor'))
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const n = Number(status)
        const headers: Record<string, { $ref: string }> = { 'X-Request-Id': headerRef('X-Request-Id') }
        if ((n >= 200 && n < 300 && !isList) || n === 304) headers.ETag = headerRef('ETag')
        if (n === 201) headers.Location = headerRef('Location')
        if (response.content?.['application/problem+json']) {
          headers['Content-Language'] = headerRef('Content-Language')
          headers.Vary = headerRef('Vary')
        }
        if (n === 429 || n === 503) headers['Retry-After'] = headerRef('Retry-After')
        if (n === 409) headers['Retry-After'] = headerRef('Retry-After-If-Retryable')
        if (method === 'post' && n < 500 && n !== 429) headers['Idempotent-Replayed'] = headerRef('Idempotent-Replayed')
        if (!path.startsWith('/health/')) {
          headers.RateLimit = headerRef('RateLimit')
          headers['RateLimit-Policy'] = headerRef('RateLimit-Policy')
        }
        response.headers = { ...headers, ...response.headers }
      }
    }
  }
  return doc
}

/**
 * The OpenAPI 3.1 contract, generated from the route schemas. Each route's declared access is
 * written into its description, so the contract says who may call what; the codes every operation
 * shares are added to its error responses.
 */
async function swaggerPlugin(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as (Json & { response?: Record<string, Json>; summary?: string; description?: string }) | undefined
    if (!schema || schema.hide) return
    const response = (schema.response ??= {})
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => String(m).toUpperCase())
    declareProblems(
      response,
      EVERY_OPERATION,
      route.config?.access === 'public' ? {} : WITH_A_KEY,
      methods.some((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m)) ? WRITES : {},
      methods.includes('POST') ? POSTS : {},
      hasProperty(schema.headers, 'if-match') ? IF_MATCH : {},
      hasProperty(schema.querystring, 'cursor') ? LISTS : {},
    )
    // Every success says what it answers with: its own description, or what the operation does.
    for (const [status, r] of Object.entries(response)) {
      if (!status.startsWith('2') || r.description) continue
      response[status] = { ...r, description: `${SUCCESS_TEXT[status] ?? 'Success'}: ${(schema.summary ?? '').replace(/^./, (c) => c.toLowerCase())}` }
    }
    const who = describeAccess(route.config?.access)
    if (who && !(schema.description ?? '').includes('Who may call it')) {
      schema.description = schema.description ? `${schema.description}\n\n${who}` : who
    }
  })

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Emulation clusters (cụm thi đua) of the Vietnam Fatherland Front',
        version: API_VERSION,
        // The organisation the system serves; a deployment names its own operator here.
        contact: { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (Vietnam Fatherland Front, central committee)', url: 'https://mattran.org.vn' },
        license: { name: 'Proprietary: an internal system of record', identifier: 'LicenseRef-Proprietary' },
        description:
          'System of record for committees, emulation clusters, indicator submissions, award proposals and leadership handover. ' +
          'Errors are RFC 9457 problems with a stable `code`; lists use cursor pagination; reads carry strong ETags; ' +
          "updates require If-Match; every POST accepts Idempotency-Key. With `Accept-Language: vi` a problem's `title` and `detail` " +
          "(and its field errors' messages) are in Vietnamese, with `Content-Language` and `Vary: Accept-Language`; its `code` never changes.",
      },
      // Each committee deployment has its own origin; the paths are the same everywhere.
      servers: [
        {
          url: '{origin}',
          description: 'The origin of a deployment',
          variables: { origin: { default: 'http://localhost:3000', description: 'Scheme, host and port; `npm start` listens on http://localhost:3000' } },
        },
      ],
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
        { name: 'ranking', description: 'Peer assessments, adjustments, objections, the live and final ranking' },
        { name: 'awards', description: 'Award types and award proposals' },
        {
          name: 'attachments',
          description: 'Dossiers (hồ sơ): documents attached to a pact, submission, ranking, handover or award, never edited, only superseded',
        },
        { name: 'audit', description: 'The tamper-evident audit log' },
        { name: 'vocabulary', description: 'Every code the API uses, with Vietnamese and English labels' },
        { name: 'changes', description: 'The change feed for portals that mirror the public data (snapshot then follow)' },
        { name: 'webhooks', description: 'Signed webhooks for portals (Standard Webhooks), their delivery log and redelivery' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transformObject: (document) => ('openapiObject' in document ? completeDocument(document.openapiObject) : document.swaggerObject),
  })
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })

  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger())
}

export default fp(swaggerPlugin, { name: 'swagger' })
