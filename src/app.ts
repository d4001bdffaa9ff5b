import { randomUUID } from 'node:crypto'
import AjvCompiler from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { trustProxyOf, type Config } from './config.ts'
import { systemClock, type Clock } from './lib/clock.ts'
import { openDatabase, type Database, type Db } from './db/client.ts'
import { databaseFailureOf } from './db/failures.ts'
import { migrateDatabase } from './db/migrate.ts'
import { DomainError, type FieldError } from './domain/errors.ts'
import { jsonDepthExceeds, MAX_JSON_DEPTH, storableNfc } from './lib/json-body.ts'
import apiKeyRoutes from './modules/api-keys/routes.ts'
import { apiKeyRepository } from './modules/api-keys/repository.ts'
import attachmentRoutes from './modules/attachments/routes.ts'
import auditRoutes from './modules/audit-events/routes.ts'
import { AuditSequencer } from './modules/audit-events/sequencer.ts'
import type { NoteSigner } from './lib/tlog/note.ts'
import awardRoutes from './modules/awards/routes.ts'
import changeRoutes from './modules/changes/routes.ts'
import clusterRoutes from './modules/clusters/routes.ts'
import committeeRoutes from './modules/committees/routes.ts'
import exportRoutes from './modules/exports/routes.ts'
import auditLogExportRoutes from './modules/exports/audit-log-routes.ts'
import { committeeRepository } from './modules/committees/repository.ts'
import healthRoutes from './modules/health/routes.ts'
import indicatorRoutes from './modules/indicators/routes.ts'
import officerRoutes from './modules/officers/routes.ts'
import { PublicViews } from './modules/publication/service.ts'
import planningRoutes from './modules/planning/routes.ts'
import objectionRoutes from './modules/objections/routes.ts'
import rankingRoutes from './modules/ranking/routes.ts'
import submissionRoutes from './modules/submissions/routes.ts'
import vocabularyRoutes from './modules/vocabulary/routes.ts'
import { WebhookDispatcher } from './modules/webhooks/dispatcher.ts'
import webhookRoutes from './modules/webhooks/routes.ts'
import auth from './plugins/auth.ts'
import cors from './plugins/cors.ts'
import idempotency from './plugins/idempotency.ts'
import problems, { clientError, frameworkError } from './plugins/problems.ts'
import rateLimits from './plugins/rate-limits.ts'
import requestScope from './plugins/request-scope.ts'
import swagger from './plugins/swagger.ts'
import { requestLoad, type LoadTicket } from './lib/turns.ts'
import type { SecretKeys } from './lib/secret-box.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes text/csv bodies as well as JSON. */
    acceptsCsv?: boolean
    /**
     * The handler normalises every text field it reads itself (bulk import, whose rows are read
     * field by field, JSON and CSV alike), so the body is not copied through NFC first.
     */
    normalisesText?: boolean
  }
  interface FastifyRequest {
    /** The request's place in the count of requests in flight (lib/turns.ts). */
    loadTicket: LoadTicket
  }
  interface FastifyInstance {
    config: Config
    /** The time every rule sees (BuildOptions.clock; the system clock by default). */
    clock: Clock
    database: Database
    db: Db
    /** The audit log's sequencer: reads of the log flush it, writes nudge it. */
    auditLog: AuditSequencer
    /** The public kinds' representations: each module registers its own; the change feed reads them. */
    publicViews: PublicViews
    /** This replica's webhook deliveries (null when WEBHOOK_DELIVERY is off). */
    webhooks: WebhookDispatcher | null
  }
}

export interface BuildOptions {
  /** The clock the rules see (input windows, finalisation, key expiry); tests set it. */
  clock?: Clock
  /** An already open database (tests share nothing; the server lets buildApp open it). */
  database?: Database
  /** Pino destination override, e.g. for tests capturing logs. */
  logger?: FastifyServerOptions['logger']
  /**
   * Called while the database cannot be reached at start (the server waits for it rather than
   * exit); without it, start fails at once.
   */
  onDatabaseWait?: (err: Error, attempt: number, delayMs: number) => void
  /**
   * Called on the new instance before any hook, plugin or route is added (tests install their
   * check of every response against the contract here; the server passes nothing).
   */
  instrument?: (app: FastifyInstance) => void
  /** Signs the audit log's checkpoints (src/bootstrap/signing-key.ts); without one none is cut. */
  signer?: NoteSigner | null
  /** Seal webhook signing secrets at rest (src/bootstrap/webhook-secret-keys.ts); without them they are stored unsealed. */
  webhookSecretKeys?: SecretKeys | null
  /**
   * Told as each start-up step ends ('database': opened, 'migrations': applied, 'app': plugins
   * and routes ready), so the server can log where its start went.
   */
  onStep?: (step: 'database' | 'migrations' | 'app') => void
  /**
   * Compile every route's validators and response writers while building, as Fastify does by
   * default, instead of each on its first use (a test checks that they all compile).
   */
  eagerSchemas?: boolean
}

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * Validation: bodies are checked strictly (no type coercion, unknown fields rejected, all errors
 * reported); query strings, paths and headers are strings on the wire, so those are coerced.
 */
function validatorFactory(eager: boolean) {
  const pool = AjvCompiler()
  const strict = { coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: true }
  const lenient = { coerceTypes: 'array', removeAdditional: false, useDefaults: true, allErrors: true }
  return (externalSchemas: unknown, options: { customOptions?: object; plugins?: unknown[] }) => {
    const body = pool(externalSchemas as never, { ...options, customOptions: { ...options.customOptions, ...strict } } as never)
    const other = pool(externalSchemas as never, { ...options, customOptions: { ...options.customOptions, ...lenient } } as never)
    return (ctx: { httpPart?: string }) =>
      onFirstUse<Validate>(() => (ctx.httpPart === 'body' ? (body(ctx as never) as Validate) : finiteOnly(other(ctx as never) as Validate)), eager)
  }
}

/**
 * Responses are written by fast-json-stringify from each route's response schemas, as Fastify
 * does by default; only each writer is compiled on its first use instead of at start (compiling
 * all of them took ~1.5 s of a ~4 s start, for writers most processes never use).
 */
function serializerFactory(eager: boolean) {
  const select = SerializerSelector()
  return (externalSchemas: unknown, options: unknown) => {
    const compile = select(externalSchemas as never, options as never)
    return (route: Parameters<typeof compile>[0]) => {
      if (eager) return compile(route)
      let write: ((data: unknown) => string) | undefined
      return (data: unknown) => (write ??= compile(route))(data)
    }
  }
}

/**
 * A validator compiled the first time it is called (tests build hundreds of apps, each using a
 * few routes). It answers as the compiled one does, `errors` included. `eager` compiles it now
 * (BuildOptions.eagerSchemas: a test compiles every route's schemas so).
 */
function onFirstUse<V extends Validate>(compile: () => V, eager: boolean): Validate {
  if (eager) return compile()
  let compiled: V | undefined
  const lazy: Validate = (data) => {
    compiled ??= compile()
    const valid = compiled(data)
    lazy.errors = compiled.errors
    return valid
  }
  return lazy
}

const unstorable = (where: 'query' | 'body', error: FieldError) =>
  new DomainError('bad_request', 'VALIDATION_FAILED', `The request ${where} is invalid: ${error.pointer || '(the whole value)'} ${error.message}`, {
    errors: [{ ...error, location: where } as FieldError],
  })

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null }

/**
 * AJV coerces a query or path number such as `1e309` to Infinity and then skips its range checks
 * (they apply to finite numbers only): after coercion, an infinite number fails as out of range.
 * No parameter of this API takes one.
 */
function finiteOnly(validate: Validate): Validate {
  const checked: Validate = (data) => {
    const valid = validate(data)
    checked.errors = validate.errors
    if (!valid || !data || typeof data !== 'object') return valid
    for (const name in data) {
      const value = (data as Record<string, unknown>)[name]
      if (typeof value === 'number' && !Number.isFinite(value)) {
        checked.errors = [{ keyword: 'maximum', instancePath: `/${name}`, params: {}, message: 'must be a finite number' }]
        return false
      }
    }
    return true
  }
  return checked
}

/** Builds the whole service; the server and every test call this with the same options. */
export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  let onConnectionError = (_err: Error) => {}
  // Said once the logger exists (say, a new embedded database that runs initdb, and why).
  const notices: string[] = []
  const database =
    opts.database ??
    (await openDatabase({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.PG_POOL_SIZE,
      pgliteDir: config.PGLITE_DIR,
      timeouts: {
        statementMs: config.DB_STATEMENT_TIMEOUT_MS,
        lockMs: config.DB_LOCK_TIMEOUT_MS,
        idleInTransactionMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        acquireMs: config.DB_POOL_ACQUIRE_TIMEOUT_MS,
      },
      onConnectionError: (err) => onConnectionError(err),
      onNotice: (message) => notices.push(message),
    }))
  opts.onStep?.('database')
  try {
    await untilDatabaseAnswers(() => migrateDatabase(database), opts.onDatabaseWait)
  } catch (err) {
    if (!opts.database) await database.close()
    throw err
  }
  opts.onStep?.('migrations')

  const app = Fastify({
    logger: opts.logger ?? {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization'],
    },
    bodyLimit: config.BODY_LIMIT,
    // A number of hops is taken at run time (Fastify's docs), though its types omit it.
    trustProxy: trustProxyOf(config.TRUST_PROXY) as boolean | string,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : randomUUID()
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: (err, req, reply) => void frameworkError(err, req, reply),
    clientErrorHandler: clientError,
    schemaController: {
      compilersFactory: {
        buildValidator: validatorFactory(opts.eagerSchemas === true) as never,
        buildSerializer: serializerFactory(opts.eagerSchemas === true) as never,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>()
  opts.instrument?.(app)
  for (const message of notices) app.log.warn(message)

  app.decorate('config', config)
  app.decorate('clock', opts.clock ?? systemClock)
  app.decorate('database', database)
  app.decorate('db', database.db)
  onConnectionError = (err) => app.log.warn({ err: err.message }, 'a database connection failed; the pool replaces it')
  const auditLog = new AuditSequencer(database.db, {
    batchSize: config.AUDIT_SEQUENCER_BATCH,
    pollMs: config.AUDIT_SEQUENCER_POLL_MS,
    checkpointEvery: config.AUDIT_CHECKPOINT_EVERY,
    checkpointIntervalMs: config.AUDIT_CHECKPOINT_INTERVAL_S * 1000,
    signer: opts.signer ?? null,
    origin: config.AUDIT_LOG_ORIGIN,
    log: app.log,
  })
  app.decorate('auditLog', auditLog)
  const publicViews = new PublicViews()
  app.decorate('publicViews', publicViews)
  const webhooks = config.WEBHOOK_DELIVERY
    ? new WebhookDispatcher(database.db, publicViews, {
        allowPrivate: config.WEBHOOK_ALLOW_PRIVATE_URLS,
        timeoutMs: config.WEBHOOK_TIMEOUT_MS,
        retryForMs: config.WEBHOOK_RETRY_FOR_S * 1000,
        backoffMs: config.WEBHOOK_BACKOFF_MS,
        pollMs: config.WEBHOOK_POLL_MS,
        concurrency: config.WEBHOOK_CONCURRENCY,
        inFlight: config.WEBHOOK_IN_FLIGHT,
        logDays: config.WEBHOOK_LOG_DAYS,
        log: app.log,
        secretKeys: opts.webhookSecretKeys ?? null,
      })
    : null
  app.decorate('webhooks', webhooks)
  app.addHook('onClose', async () => {
    await webhooks?.stop()
    await auditLog.stop()
    if (!opts.database) await database.close()
  })
  // A write committed here (its answer is sent after the commit): sequence its events soon.
  app.addHook('onResponse', (req, reply, done) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && reply.statusCode < 400) auditLog.nudge()
    done()
  })

  app.decorateRequest('loadTicket', null as unknown as LoadTicket)
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
    // Counted until the response closes (sent or aborted): a bulk import's turns are shorter meanwhile (lib/turns.ts).
    const ticket = requestLoad.begin()
    req.loadTicket = ticket
    reply.raw.once('close', () => requestLoad.end(ticket))
  })
  // Outside /v1 (health, contract, docs) routes are public unless they say otherwise.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/') && route.config?.access === undefined) {
      route.config = { ...(route.config ?? {}), access: 'public' } as typeof route.config
    }
  })

  // JSON everywhere; CSV only where a route declares `config.acceptsCsv` (bulk import).
  app.removeContentTypeParser('text/plain')
  // Fastify's JSON parser (prototype poisoning refused), after a check of the nesting depth.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (jsonDepthExceeds(body as string)) {
      return done(new DomainError('bad_request', 'JSON_TOO_DEEP', `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`), undefined)
    }
    return parseJson(req, body as string, done)
  })
  // Kept as the bytes sent: half the memory of the same text as a JavaScript string when it holds
  // Vietnamese, and the import's CSV parser reads bytes. (Fastify validates only JSON bodies.)
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
  app.addHook('preValidation', async (req) => {
    const csv = (req.headers['content-type'] ?? '').toLowerCase().startsWith('text/csv')
    if (csv && !req.routeOptions.config.acceptsCsv) {
      throw new DomainError('unsupported_media_type', 'UNSUPPORTED_MEDIA_TYPE', 'This endpoint accepts application/json only')
    }
    // Text PostgreSQL cannot store is refused here, where its place can be named, and all text is
    // stored NFC: one walk over the body instead of a call at every field. (The import reads its
    // rows field by field and does both per row.)
    const query = storableNfc(req.query)
    if ('error' in query) throw unstorable('query', query.error)
    if (req.body !== undefined && !req.routeOptions.config.normalisesText) {
      const body = storableNfc(req.body)
      if ('error' in body) throw unstorable('body', body.error)
      req.body = body.value
    }
  })

  await app.register(problems)
  await app.register(requestScope, { requestTimeoutMs: config.REQUEST_TIMEOUT_MS, bulkTimeoutMs: config.IMPORT_TIMEOUT_MS })
  await app.register(cors, { origins: config.CORS_ORIGINS })
  await app.register(swagger)
  // Before authentication: a flood or a key-guessing address costs no key lookup.
  await app.register(rateLimits, {
    enabled: config.RATE_LIMIT_ENABLED,
    windowSeconds: config.RATE_LIMIT_WINDOW_S,
    perKey: config.RATE_LIMIT_PER_KEY,
    perAddress: config.RATE_LIMIT_PER_ADDRESS,
    authFailures: config.AUTH_FAILURE_LIMIT,
  })
  const keys = apiKeyRepository(database.db)
  const committees = committeeRepository(database.db)
  await app.register(auth, {
    cacheTtlMs: config.AUTH_CACHE_TTL_MS,
    findKey: (id) => keys.findById(id),
    ancestorsOrSelf: (id) => committees.ancestorsOrSelf(id),
  })
  await app.register(idempotency, { db: database.direct, ttlHours: config.IDEMPOTENCY_TTL_HOURS })

  await app.register(healthRoutes)
  await app.register(apiKeyRoutes)
  await app.register(committeeRoutes)
  await app.register(officerRoutes)
  await app.register(clusterRoutes)
  await app.register(indicatorRoutes)
  await app.register(planningRoutes)
  await app.register(submissionRoutes)
  await app.register(rankingRoutes)
  await app.register(objectionRoutes)
  await app.register(awardRoutes)
  await app.register(attachmentRoutes)
  await app.register(auditRoutes)
  await app.register(exportRoutes, { signer: opts.signer ?? null })
  await app.register(auditLogExportRoutes)
  await app.register(vocabularyRoutes)
  // Last: the feed and the webhooks show the public views the modules above registered.
  await app.register(changeRoutes)
  await app.register(webhookRoutes, { secretKeys: opts.webhookSecretKeys ?? null })

  await app.ready()
  auditLog.start()
  if (webhooks) {
    // Events this replica sequenced are looked for at once; others' at the next poll.
    auditLog.onProgress(() => webhooks.kick())
    webhooks.start()
  }
  opts.onStep?.('app')
  return app
}

/**
 * Runs a start-up step, waiting for the database while it cannot be reached (a replica started
 * before PostgreSQL, or during its restart) instead of exiting; other errors fail at once.
 */
export async function untilDatabaseAnswers<T>(step: () => Promise<T>, onWait?: (err: Error, attempt: number, delayMs: number) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step()
    } catch (err) {
      const failure = databaseFailureOf(err)
      if (!onWait || !failure?.transient) throw err
      const delayMs = Math.min(5_000, 250 * 2 ** Math.min(attempt, 5))
      onWait(failure, attempt, delayMs)
      await new Promise((r) => setTimeout(r, delayMs))
    }
  }
}
