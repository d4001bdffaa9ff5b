import { whenCommitted } from '../../db/scope.ts'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { notFound } from '../../domain/errors.ts'
import { IdempotencyHeaders, IdParams, ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { grant, ROLES } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import { apiKeyRepository, type ApiKeyRow } from './repository.ts'
import { apiKeyService } from './service.ts'

const RoleSchema = StringEnum(ROLES, 'admin, organizer, secretariat, submitter, auditor or reader')

const ApiKeySchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    role: RoleSchema,
    committeeId: Nullable(Uuid),
    createdAt: Timestamp,
    createdBy: Nullable(Uuid),
    expiresAt: Nullable(Timestamp),
    revokedAt: Nullable(Timestamp),
    revokedReason: Nullable(Type.String()),
  },
  { additionalProperties: false },
)

const CreatedApiKeySchema = Type.Object(
  {
    ...ApiKeySchema.properties,
    token: Nullable(
      Type.String({ description: 'The secret, shown once: send it as Authorization: Bearer <token>. Null on an idempotent replay: it is never stored.' }),
    ),
  },
  { additionalProperties: false },
)

const toApiKey = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  committeeId: k.committeeId,
  createdAt: k.createdAt.toISOString(),
  createdBy: k.createdBy,
  expiresAt: k.expiresAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
  revokedReason: k.revokedReason,
})

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = apiKeyRepository(app.db)
  const service = apiKeyService(app.db, app.clock)
  const tags = ['api-keys']
  const adminOnly = { access: [grant('admin')] }
  const apiKey = resource({
    find: (id: string) => repo.findById(id),
    notFound: (id: string) => notFound('API_KEY_NOT_FOUND', `No API key ${id}`),
    // A key changes only by revocation.
    etag: (k: ApiKeyRow) => `"api-key-${k.id}-${k.revokedAt ? 'revoked' : 'active'}"`,
    view: toApiKey,
  })

  app.post(
    '/v1/api-keys',
    {
      config: { ...adminOnly, idempotencyRedact: ['token'] },
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Issue an API key (the token is shown once)',
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 200, description: 'What the key is for' }),
            role: RoleSchema,
            committeeId: Type.Optional(Nullable(Uuid)),
            expiresAt: Type.Optional(Nullable(Timestamp)),
          },
          { additionalProperties: false },
        ),
        response: { 201: CreatedApiKeySchema, ...problems(400, 401, 403, 415, { 422: ['COMMITTEE_REQUIRED', 'COMMITTEE_NOT_ACTIVE', 'EXPIRY_IN_PAST'] }) },
      },
    },
    async (req, reply) => {
      const { key, token } = await service.create(actorOf(req), req.body)
      reply.header('location', `/v1/api-keys/${key.id}`)
      return reply.code(201).send({ ...toApiKey(key), token })
    },
  )

  app.get(
    '/v1/api-keys',
    {
      config: adminOnly,
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'List API keys (never their secrets)',
        querystring: Type.Object({ role: Type.Optional(RoleSchema), committeeId: Type.Optional(Uuid), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(ApiKeySchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        byId,
        (filter, after, limit) => repo.list({ ...filter, afterId: after?.id, limit }),
        (rows) => rows.map(toApiKey),
      ),
  )

  app.get(
    '/v1/api-keys/:id',
    {
      config: adminOnly,
      schema: {
        operationId: 'getApiKey',
        tags,
        summary: 'Read an API key',
        params: IdParams,
        response: { 200: ApiKeySchema, ...problems(400, 401, 403, { 404: ['API_KEY_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => apiKey.read(reply, req.params.id),
  )

  app.post(
    '/v1/api-keys/:id/revoke',
    {
      config: adminOnly,
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key',
        description: 'Takes effect at once on this replica and within AUTH_CACHE_TTL_MS on the others.',
        params: IdParams,
        headers: IdempotencyHeaders,
        // No body at all is the same as {}.
        body: Nullable(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })),
        response: { 200: ApiKeySchema, ...problems(400, 401, 403, 422, { 404: ['API_KEY_NOT_FOUND'], 409: ['API_KEY_ALREADY_REVOKED'] }) },
      },
    },
    async (req) => {
      const key = await service.revoke(actorOf(req), req.params.id, req.body?.reason ?? null)
      // After the commit: forgotten earlier, a concurrent lookup could cache the key unrevoked.
      whenCommitted(() => app.forgetApiKey(key.id))
      return toApiKey(key)
    },
  )
}

export default routes
