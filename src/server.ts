import { buildApp, untilDatabaseAnswers } from './app.ts'
import { ConfigError, loadConfig } from './config.ts'
import { bootstrapOnFirstStart } from './bootstrap/first-start.ts'
import { loadSigningKey } from './bootstrap/signing-key.ts'
import { loadWebhookSecretKeys } from './bootstrap/webhook-secret-keys.ts'
import { DatabaseInUseError } from './db/client.ts'
import { databaseFailureOf } from './db/failures.ts'

// Where the start goes, logged once listening: the first figure is the time from the process's
// start to here (Node, the TypeScript loader and every module imported); each next one a step.
const startup: Record<string, number> = { modules: Math.round(performance.now()) }
let lastStep = performance.now()
const step = (name: string) => {
  const now = performance.now()
  startup[name] = Math.round(now - lastStep)
  lastStep = now
}

let config
try {
  config = loadConfig(process.env)
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message)
    process.exit(1)
  }
  throw err
}

// The database may not answer yet (PostgreSQL restarting, or started after us): wait for it.
const onDatabaseWait = (err: Error, attempt: number, delayMs: number) =>
  console.error(`waiting for the database (attempt ${attempt}, next in ${delayMs} ms): ${err.message}`)

let app
let signingKey
let webhookKeys
try {
  signingKey = await loadSigningKey(config)
  step('signingKey')
  webhookKeys = await loadWebhookSecretKeys(config)
  app = await buildApp(config, { onDatabaseWait, signer: signingKey.signer, webhookSecretKeys: webhookKeys.keys, onStep: step })
} catch (err) {
  // The embedded database is held by another process, or the database refuses us for good (a
  // wrong password or database name): say so plainly rather than wait.
  if (err instanceof DatabaseInUseError || err instanceof ConfigError || databaseFailureOf(err)) {
    console.error((databaseFailureOf(err) ?? (err as Error)).message)
    process.exit(1)
  }
  throw err
}
// A database failure in a request is answered (503) and logged; nothing of it may end the process.
process.on('unhandledRejection', (err) => app.log.error({ err }, 'unhandled rejection'))

const { adminToken, seeded } = await untilDatabaseAnswers(
  () => bootstrapOnFirstStart(app.database, { seedDemo: config.SEED_DEMO, adminKey: config.BOOTSTRAP_ADMIN_KEY }),
  onDatabaseWait,
)
step('bootstrap')
if (seeded > 0) app.log.info({ committees: seeded }, 'demo data loaded from the seed reports')
if (adminToken) {
  // Printed once, to the terminal only; it is never stored and never logged again.
  process.stdout.write(
    `\n  An admin API key was created for this new database. It is shown only now:\n\n    ${adminToken}\n\n` +
      `  Try: curl -H "Authorization: Bearer ${adminToken}" http://localhost:${config.PORT}/v1/committees\n\n`,
  )
}

if (signingKey.missing) app.log.warn(signingKey.missing)
if (webhookKeys.missing) app.log.warn(webhookKeys.missing)
if (webhookKeys.generated && webhookKeys.file) app.log.info({ file: webhookKeys.file }, 'a key to seal webhook signing secrets was generated')
if (signingKey.generated) {
  // The private key stays in its file (mode 0600); auditors pin this public key out of band.
  process.stdout.write(
    `\n  A key to sign the audit log's checkpoints was generated (${signingKey.file ?? 'in memory, with the in-memory database'}).\n` +
      `  Its public key, which auditors pin to verify checkpoints (npx ctd-verify):\n\n    ${signingKey.generated}\n\n`,
  )
}

await app.listen({ host: config.HOST, port: config.PORT })
step('listen')
{
  const readyMs = Math.round(performance.now())
  const { rss, heapUsed } = process.memoryUsage()
  const mb = (n: number) => Math.round(n / 2 ** 20)
  app.log.info(
    {
      readyMs,
      startupMs: startup,
      seeded: seeded > 0,
      driver: app.database.driver,
      pgliteStart: app.database.pgliteStart,
      rssMb: mb(rss),
      heapUsedMb: mb(heapUsed),
    },
    `ready in ${readyMs} ms`,
  )
}

// Graceful shutdown: stop accepting, let in-flight requests finish, close the database.
let closing = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting')
      process.exit(1)
    }, config.SHUTDOWN_TIMEOUT_MS)
    timer.unref()
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'error during shutdown')
        process.exit(1)
      },
    )
  })
}
