import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { opens, sealedKeyOf, type SecretKeys } from '../../lib/secret-box.ts'
import { IdempotencyHeaders, IdParams, ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { grant, scopeOf, type ScopeResolver } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import { encodeChangesCursor } from '../changes/service.ts'
import { PUBLIC_TYPES } from '../publication/service.ts'
import { MAX_URL_LENGTH } from './destination.ts'
import { webhookRepository, type DeliveryRow, type SubscriptionRow } from './repository.ts'
import { webhookService, webhookSubscriptionNotFound } from './service.ts'

const TypeSchema = StringEnum(PUBLIC_TYPES, 'A public kind of entity')

const SubscriptionSchema = Type.Object(
  {
    id: Uuid,
    url: Type.String(),
    types: Nullable(Type.Array(TypeSchema, { description: 'The kinds of entity whose changes are sent; null: every public kind' })),
    description: Nullable(Type.String()),
    committeeId: Nullable(Uuid),
    status: StringEnum(['active', 'failing'] as const, 'failing: deliveries failed for WEBHOOK_RETRY_FOR_S and stopped; redeliver resumes them'),
    position: Type.Integer({ minimum: 0, description: 'The feed position delivered up to: every change of its kinds up to here was delivered (or skipped)' }),
    cursor: Type.String({ description: 'The same position as a change-feed cursor (GET /v1/changes?cursor=…)' }),
    attempts: Type.Integer({ minimum: 0, description: 'Failed attempts at the next event since the last success' }),
    nextAttemptAt: Timestamp,
    failingSince: Nullable(Timestamp),
    lastError: Nullable(Type.String()),
    lastDeliveredAt: Nullable(Timestamp),
    createdAt: Timestamp,
    createdBy: Nullable(Uuid),
    signing: Type.Object(
      {
        keyId: Nullable(
          Type.String({
            description:
              'The key of WEBHOOK_SECRET_KEYS_FILE the stored signing secret is sealed under (its id: the first 16 hex digits of the key’s sha256); null when stored unsealed',
          }),
        ),
        held: Type.Boolean({
          description:
            'Whether the replica that answered holds that key (every replica is given the same key file). False: nothing is sent (never unsigned) until a replica holding the key delivers; if the key is lost, delete the subscription and create it again for a new secret',
        }),
      },
      { additionalProperties: false, description: 'How the signing secret is kept, and whether deliveries can be signed' },
    ),
  },
  { additionalProperties: false },
)

const CreatedSubscriptionSchema = Type.Object(
  {
    ...SubscriptionSchema.properties,
    secret: Nullable(
      Type.String({
        description:
          'The signing secret (whsec_ + base64), shown once: verify each delivery’s webhook-signature with it (Standard Webhooks). Null on an idempotent replay: it is not shown twice.',
      }),
    ),
  },
  { additionalProperties: false },
)

const DeliverySchema = Type.Object(
  {
    id: Uuid,
    position: Type.Integer({ description: 'The change’s position in the feed' }),
    messageId: Type.String({ description: 'The webhook-id header sent: the same for every attempt at this change' }),
    eventType: Type.String({ description: 'The payload’s type: the audit log’s action' }),
    attempt: Type.Integer({ minimum: 1, description: '1 for the first attempt at this change, then 2, 3, …' }),
    attemptedAt: Timestamp,
    durationMs: Type.Integer({ minimum: 0 }),
    outcome: StringEnum(['delivered', 'failed'] as const, 'delivered: the receiver answered 2xx'),
    statusCode: Nullable(Type.Integer({ description: 'The receiver’s HTTP status; null when none came (refused, timed out, unreachable)' })),
    error: Nullable(Type.String()),
  },
  { additionalProperties: false },
)

const toSubscription = (s: SubscriptionRow, keys: SecretKeys | null) => ({
  id: s.id,
  url: s.url,
  types: s.types as (typeof PUBLIC_TYPES)[number][] | null,
  description: s.description,
  committeeId: s.committeeId,
  status: s.status,
  position: s.position,
  cursor: encodeChangesCursor(s.position),
  attempts: s.attempts,
  nextAttemptAt: s.nextAttemptAt.toISOString(),
  failingSince: s.failingSince?.toISOString() ?? null,
  lastError: s.lastError,
  lastDeliveredAt: s.lastDeliveredAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  createdBy: s.createdBy,
  signing: { keyId: sealedKeyOf(s.secret), held: opens(keys, s.secret) },
})

const toDelivery = (d: DeliveryRow) => ({
  id: d.id,
  position: d.position,
  messageId: d.messageId,
  eventType: d.eventType,
  attempt: d.attempt,
  attemptedAt: d.attemptedAt.toISOString(),
  durationMs: d.durationMs,
  outcome: d.outcome,
  statusCode: d.statusCode,
  error: d.error,
})

const CreateBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: MAX_URL_LENGTH, description: 'Where to POST: http or https, on a public address' }),
    types: Type.Optional(Nullable(Type.Array(TypeSchema, { minItems: 1, maxItems: PUBLIC_TYPES.length, uniqueItems: true }))),
    description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    committeeId: Type.Optional(Nullable(Uuid)),
    fromPosition: Type.Optional(
      Type.Integer({ minimum: 0, description: 'Deliver the changes from this feed position on (default: only changes made from now on)' }),
    ),
  },
  { additionalProperties: false },
)

const routes: FastifyPluginAsyncTypebox<{ secretKeys: SecretKeys | null }> = async (app, { secretKeys }) => {
  const repo = webhookRepository(app.db)
  const service = webhookService(app.db, app.clock, { allowPrivate: app.config.WEBHOOK_ALLOW_PRIVATE_URLS, secretKeys })
  /** A subscription as answered, its signing key's state as this replica holds the keys. */
  const subscriptionView = (s: SubscriptionRow) => toSubscription(s, secretKeys)
  const tags = ['webhooks']
  // An organiser manages the subscriptions of its own committees (or below); an admin, all.
  const ofSubscription = scopeOf({ params: IdParams }, async ({ params }) => (await repo.find(params.id))?.committeeId ?? null)
  const access = [grant('admin'), grant('organizer', ofSubscription)]
  const find = async (id: string) => {
    const row = await repo.find(id)
    if (!row) throw webhookSubscriptionNotFound(id)
    return row
  }
  const listScope: ScopeResolver = async (req: FastifyRequest) => (req.query as { committeeId?: string }).committeeId ?? null

  app.post(
    '/v1/webhook-subscriptions',
    {
      config: {
        access: [
          grant('admin'),
          grant(
            'organizer',
            scopeOf({ body: Type.Object({ committeeId: CreateBody.properties.committeeId }) }, async ({ body }) => body.committeeId ?? null),
          ),
        ],
        idempotencyRedact: ['secret'],
      },
      schema: {
        operationId: 'createWebhookSubscription',
        tags,
        summary: 'Subscribe a URL to the public changes (the signing secret is shown once)',
        description:
          'Each change of the given kinds (all public kinds by default), from now on or from `fromPosition`, is POSTed to the URL as the change feed shows it ' +
          '(`{"type": action, "timestamp", "data": change}`), with the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature. ' +
          'At least once, sent in the feed’s order with up to WEBHOOK_IN_FLIGHT (8) in flight at once, so they may arrive out of order (data.position orders them): ' +
          'a failed attempt is retried with exponential backoff and jitter for WEBHOOK_RETRY_FOR_S (24 h), ' +
          'later changes waiting behind it (those sent beside it are sent again); then the subscription is marked failing. An organiser subscribes for its own committee (committeeId).',
        headers: IdempotencyHeaders,
        body: CreateBody,
        response: {
          201: CreatedSubscriptionSchema,
          ...problems(400, 401, 403, 415, {
            422: [
              'WEBHOOK_URL_INVALID',
              'WEBHOOK_URL_NOT_PUBLIC',
              'WEBHOOK_URL_UNRESOLVED',
              'WEBHOOK_TYPE_NOT_PUBLIC',
              'COMMITTEE_NOT_ACTIVE',
              'POSITION_BEYOND_LOG',
            ],
          }),
        },
      },
    },
    async (req, reply) => {
      const { subscription, secret } = await service.create(actorOf(req), req.body)
      reply.header('location', `/v1/webhook-subscriptions/${subscription.id}`)
      return reply.code(201).send({ ...subscriptionView(subscription), secret })
    },
  )

  app.get(
    '/v1/webhook-subscriptions',
    {
      config: { access: [grant('admin'), grant('organizer', listScope)] },
      schema: {
        operationId: 'listWebhookSubscriptions',
        tags,
        summary: 'List webhook subscriptions (never their secrets)',
        description: 'An organiser names its committee (committeeId) and sees that committee’s subscriptions.',
        querystring: Type.Object({ committeeId: Type.Optional(Uuid), ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(SubscriptionSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        byId,
        (filter, after, limit) => repo.list({ ...filter, afterId: after?.id, limit }),
        (rows) => rows.map(subscriptionView),
      ),
  )

  app.get(
    '/v1/webhook-subscriptions/:id',
    {
      config: { access },
      schema: {
        operationId: 'getWebhookSubscription',
        tags,
        summary: 'Read a webhook subscription: how far its deliveries are, and whether they fail',
        params: IdParams,
        response: { 200: SubscriptionSchema, ...problems(400, 401, 403, { 404: ['WEBHOOK_SUBSCRIPTION_NOT_FOUND'] }) },
      },
    },
    async (req) => subscriptionView(await find(req.params.id)),
  )

  app.delete(
    '/v1/webhook-subscriptions/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteWebhookSubscription',
        tags,
        summary: 'Unsubscribe: nothing more is sent, and the delivery log goes with it',
        params: IdParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problems(400, 401, 403, { 404: ['WEBHOOK_SUBSCRIPTION_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => {
      await service.remove(actorOf(req), req.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/v1/webhook-subscriptions/:id/deliveries',
    {
      config: { access },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'The delivery log: every attempt, newest first (kept WEBHOOK_LOG_DAYS days)',
        params: IdParams,
        querystring: Type.Object({ ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(DeliverySchema), ...problems(400, 401, 403, { 404: ['WEBHOOK_SUBSCRIPTION_NOT_FOUND'] }) },
      },
    },
    async (req) => {
      await find(req.params.id)
      // Newest first: the cursor is the last id shown, and the next page is older.
      return listPage(
        req.query,
        byId,
        (_filter, after, limit) => repo.deliveries(req.params.id, { beforeId: after?.id, limit }),
        (rows) => rows.map(toDelivery),
      )
    },
  )

  app.post(
    '/v1/webhook-subscriptions/:id/redeliver',
    {
      config: { access },
      schema: {
        operationId: 'redeliverWebhooks',
        tags,
        summary: 'Resume deliveries at once, from where they stopped or from a position (sending again what came after it)',
        description:
          'Without a body: a failing subscription is active again and its next attempt is now. With `fromPosition`: every change of its kinds ' +
          'from that position on is sent again, in the feed’s order (a position from the delivery log or the feed).',
        params: IdParams,
        headers: IdempotencyHeaders,
        // No body at all is the same as {}.
        body: Nullable(
          Type.Object(
            { fromPosition: Type.Optional(Type.Integer({ minimum: 0, description: 'Send again from this feed position on' })) },
            { additionalProperties: false },
          ),
        ),
        response: {
          200: SubscriptionSchema,
          ...problems(400, 401, 403, 415, { 404: ['WEBHOOK_SUBSCRIPTION_NOT_FOUND'], 422: ['POSITION_BEYOND_LOG'] }),
        },
      },
    },
    async (req) => {
      const row = await service.redeliver(actorOf(req), req.params.id, req.body?.fromPosition)
      app.webhooks?.kick()
      return subscriptionView(row)
    },
  )
}

export default routes
