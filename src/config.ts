import { Type, type Static } from 'typebox'
import { Compile } from 'typebox/compile'

/**
 * The whole environment of the service, declared once. Parsed at start by `loadConfig`, which
 * fails fast with a readable message; the result is passed into buildApp, never read at import.
 */
export const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '0.0.0.0', description: 'Interface to listen on' }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535, description: 'TCP port' }),
  DATABASE_URL: Type.Optional(Type.String({ minLength: 1, description: 'PostgreSQL URL; when absent the embedded PGlite database is used' })),
  PG_POOL_SIZE: Type.Integer({ default: 10, minimum: 1, maximum: 200, description: 'pg pool size (DATABASE_URL only)' }),
  PGLITE_DIR: Type.String({
    default: './data',
    description: "PGlite data directory; 'memory://' keeps the database in memory",
  }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  BODY_LIMIT: Type.Integer({ default: 10 * 1024 * 1024, minimum: 1024, description: 'Largest request body in bytes' }),
  ATTACHMENT_MAX_BYTES: Type.Integer({
    default: 20 * 1024 * 1024,
    minimum: 1024,
    maximum: 256 * 1024 * 1024,
    description: 'Largest attached document (POST /v1/attachments) in bytes; a larger one is refused with 413 ATTACHMENT_TOO_LARGE',
  }),
  TRUST_PROXY: Type.String({
    default: 'false',
    description:
      "Which X-Forwarded-For hops to trust for the client's address: 'false' (none), the proxies' addresses or CIDRs " +
      "(comma-separated, e.g. '10.0.0.0/8'), a number of hops, or 'true' (any: only if the proxy overwrites the header)",
  }),
  SEED_DEMO: Type.Boolean({
    default: true,
    description: 'On the first start of an empty database, load the demo data drawn from the seed reports',
  }),
  BOOTSTRAP_ADMIN_KEY: Type.Boolean({
    default: true,
    description: 'On the first start of an empty database, create an admin API key and print it once',
  }),
  AUTH_CACHE_TTL_MS: Type.Integer({
    default: 5000,
    minimum: 0,
    description: 'How long a verified API key is cached in memory; a revocation reaches other replicas within this time',
  }),
  IDEMPOTENCY_TTL_HOURS: Type.Integer({ default: 24, minimum: 1, maximum: 720 }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ default: 10000, minimum: 100 }),
  DB_STATEMENT_TIMEOUT_MS: Type.Integer({
    default: 15000,
    minimum: 0,
    description: 'PostgreSQL statement_timeout of every session: a longer statement is cancelled (503 STATEMENT_TIMEOUT); 0 = none',
  }),
  DB_LOCK_TIMEOUT_MS: Type.Integer({
    default: 3000,
    minimum: 0,
    description: 'PostgreSQL lock_timeout: longest wait for a lock another change holds (503 LOCK_TIMEOUT); 0 = none',
  }),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: Type.Integer({
    default: 15000,
    minimum: 0,
    description: 'PostgreSQL idle_in_transaction_session_timeout: a transaction left idle this long is ended; 0 = none',
  }),
  DB_POOL_ACQUIRE_TIMEOUT_MS: Type.Integer({
    default: 3000,
    minimum: 0,
    description: 'Longest wait for a pooled connection or a new one (503 DATABASE_BUSY / DATABASE_UNAVAILABLE); 0 = none',
  }),
  REQUEST_TIMEOUT_MS: Type.Integer({
    default: 30000,
    minimum: 0,
    description: "A request's deadline for its database work: past it, its statements are cancelled and it answers 503 REQUEST_TIMEOUT; 0 = none",
  }),
  IMPORT_TIMEOUT_MS: Type.Integer({
    default: 300000,
    minimum: 0,
    description: 'The deadline of a bulk request (POST /v1/submissions/import, the exports) instead of REQUEST_TIMEOUT_MS; 0 = none',
  }),
  AUDIT_SIGNING_KEY_FILE: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        "PKCS#8 PEM file of the Ed25519 key that signs the audit log's checkpoints. Default on the embedded database: " +
        '<PGLITE_DIR>/audit-signing-key.pem, generated on the first start (mode 0600). On PostgreSQL, without it no checkpoint is signed',
    }),
  ),
  AUDIT_LOG_ORIGIN: Type.String({
    default: 'cum-thi-dua.local/audit-log',
    pattern: '^[^\\s+]+$',
    description: "The log's name: the first line of every checkpoint and the signing key's name (no spaces or '+'); a deployment sets its own",
  }),
  AUDIT_CHECKPOINT_EVERY: Type.Integer({ default: 1000, minimum: 1, description: 'Cut a signed checkpoint once this many events are past the last one' }),
  AUDIT_CHECKPOINT_INTERVAL_S: Type.Integer({
    default: 10,
    minimum: 1,
    description: 'Cut a signed checkpoint once the last one is this old and events came since (seconds)',
  }),
  AUDIT_SEQUENCER_POLL_MS: Type.Integer({
    default: 200,
    minimum: 10,
    maximum: 60000,
    description: 'How often a replica looks for audit events committed by others and not yet sequenced (ms)',
  }),
  AUDIT_SEQUENCER_BATCH: Type.Integer({ default: 2000, minimum: 1, maximum: 100000, description: 'Most audit events sequenced in one transaction' }),
  WEBHOOK_DELIVERY: Type.Boolean({
    default: true,
    description: 'This replica delivers webhooks (any replica may; they share the work through the database)',
  }),
  WEBHOOK_ALLOW_PRIVATE_URLS: Type.Boolean({
    default: false,
    description: 'Allow webhook URLs on loopback, private, link-local and other non-public addresses (tests, closed networks)',
  }),
  WEBHOOK_TIMEOUT_MS: Type.Integer({ default: 10000, minimum: 100, maximum: 120000, description: 'Longest wait for a webhook receiver to answer (ms)' }),
  WEBHOOK_RETRY_FOR_S: Type.Integer({
    default: 86400,
    minimum: 1,
    description: 'How long a failing delivery is retried (exponential backoff with jitter) before its subscription is marked failing (seconds)',
  }),
  WEBHOOK_BACKOFF_MS: Type.Integer({
    default: 5000,
    minimum: 10,
    description: 'The first retry delay of a failed webhook delivery; each further one doubles, up to an hour, with jitter (ms)',
  }),
  WEBHOOK_POLL_MS: Type.Integer({
    default: 250,
    minimum: 10,
    maximum: 60000,
    description: 'How often a replica looks for webhook deliveries due (new changes, retries) (ms)',
  }),
  WEBHOOK_CONCURRENCY: Type.Integer({
    default: 8,
    minimum: 1,
    maximum: 200,
    description: 'Subscriptions one replica delivers to at once (at most half of them, one at least, retrying a failed delivery)',
  }),
  WEBHOOK_IN_FLIGHT: Type.Integer({
    default: 8,
    minimum: 1,
    maximum: 64,
    description: 'Deliveries to one subscription in flight at once, sent in the log’s order (1: each waits for the answer to the one before)',
  }),
  WEBHOOK_LOG_DAYS: Type.Integer({ default: 30, minimum: 1, description: 'How long the delivery log keeps an attempt (days)' }),
  WEBHOOK_SECRET_KEYS_FILE: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'File of the keys that seal webhook signing secrets in the database (AES-256-GCM): one base64 key of 32 bytes per line, the first ' +
        'sealing, the others only opening (rotation). Default on the embedded database: <PGLITE_DIR>/webhook-secret-keys, generated on the ' +
        'first start (mode 0600). On PostgreSQL, without it secrets are stored unsealed',
    }),
  ),
  RATE_LIMIT_ENABLED: Type.Boolean({ default: true, description: 'Per-API-key and per-address request limits (429)' }),
  RATE_LIMIT_WINDOW_S: Type.Integer({ default: 60, minimum: 1, maximum: 3600, description: 'Length of a rate-limit window in seconds' }),
  RATE_LIMIT_PER_KEY: Type.Integer({
    default: 3000,
    minimum: 1,
    description: 'Requests one API key may make per window (each replica counts its own)',
  }),
  RATE_LIMIT_PER_ADDRESS: Type.Integer({
    default: 6000,
    minimum: 1,
    description: 'Requests one client address may make per window, keys or not (each replica counts its own)',
  }),
  AUTH_FAILURE_LIMIT: Type.Integer({
    default: 20,
    minimum: 1,
    description: 'Failed authentications one address may make per window before it is refused (429 AUTH_THROTTLED) until the window ends',
  }),
  CORS_ORIGINS: Type.String({
    default: '',
    description: "Comma-separated origins (e.g. https://portal.example.gov.vn) browsers may call the API from; empty = CORS off; '*' = any",
  }),
})

export type Config = Static<typeof ConfigSchema>

/** TRUST_PROXY as Fastify's `trustProxy` takes it. */
export function trustProxyOf(value: string): boolean | number | string {
  const v = value.trim().toLowerCase()
  if (v === '' || v === 'false' || v === 'no' || v === '0') return false
  if (v === 'true' || v === 'yes') return true
  if (/^\d+$/.test(v)) return Number(v)
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(',')
}

const check = Compile(ConfigSchema)

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false }

/** Converts environment strings to the schema's types; unknown variables are ignored. */
function coerce(env: Record<string, string | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, prop] of Object.entries(ConfigSchema.properties)) {
    const raw = env[key]
    if (raw === undefined || raw === '') continue
    const type = (prop as { type?: string }).type
    if (type === 'integer') out[key] = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw
    else if (type === 'boolean') out[key] = BOOLEAN_WORDS[raw.trim().toLowerCase()] ?? raw
    else out[key] = raw
  }
  return out
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Builds the config from an environment and overrides (tests pass overrides). */
export function loadConfig(env: Record<string, string | undefined> = {}, overrides: Partial<Config> = {}): Config {
  const value = check.Default({ ...coerce(env), ...overrides }) as Record<string, unknown>
  if (!check.Check(value)) {
    const lines = [...check.Errors(value)].map((e) => {
      const name = e.instancePath.replace(/^\//, '') || '(root)'
      return `  ${name}: ${e.message} (got ${JSON.stringify(value[name])})`
    })
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return value as Config
}
