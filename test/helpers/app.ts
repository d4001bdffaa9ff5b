import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import pg from 'pg'
import { generateKeyPairSync } from 'node:crypto'
import { buildApp, type BuildOptions } from '../../src/app.ts'
import { signerFromPem, type NoteSigner } from '../../src/lib/tlog/note.ts'
import { newSecretKey, secretKeysFrom, type SecretKeys } from '../../src/lib/secret-box.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import { openDatabase, type Database } from '../../src/db/client.ts'
import { migrateDatabase, migrationsFolder } from '../../src/db/migrate.ts'
import { installedPgliteVersion, shippedTemplateMeta } from '../../src/db/pglite-template.ts'
import { projectDir } from '../../src/db/project-dir.ts'
import { SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'
import { issueApiKey } from '../../src/modules/api-keys/service.ts'
import type { Role } from '../../src/plugins/auth.ts'
import { checkResponsesAgainstContract, type Mismatch } from './response-contract.ts'

interface Teardown {
  teardown(fn: () => unknown): void
  /** A tap test's: a response outside the contract fails the test that caused it. */
  fail?(message: string): unknown
}

/**
 * The check of every response against the contract, reporting to the test: a mismatch fails it
 * at once; without a `fail` (or should it throw, the test having ended) it fails at teardown.
 */
export function contractCheckFor(t: Teardown, opts: ContractCheckOptions = {}): (app: FastifyInstance) => void {
  const late: Mismatch[] = []
  t.teardown(() => {
    if (late.length > 0) throw new Error(`responses outside the contract:\n${late.map(describeMismatch).join('\n')}`)
  })
  return checkResponsesAgainstContract((m) => {
    if (opts.allowInternalErrors && m.status === 500) return
    try {
      if (!t.fail) throw new Error('no fail')
      t.fail(`response outside the contract: ${describeMismatch(m)}`)
    } catch {
      late.push(m)
    }
  })
}

export interface ContractCheckOptions {
  /**
   * For a test that breaks the service on purpose (a failing commit): its 500 INTERNAL_ERROR is
   * expected, though no operation declares it. Every other answer is still checked.
   */
  allowInternalErrors?: boolean
}

const describeMismatch = (m: Mismatch) => `${m.method} ${m.url} (${m.operation}) → ${m.what}`

/**
 * A fresh database for one test: in-memory PGlite by default; with DATABASE_URL, a new
 * database on that server, dropped afterwards. Returns the URL to use (undefined for PGlite).
 */
export async function freshDatabaseUrl(t: Teardown): Promise<string | undefined> {
  const base = process.env.DATABASE_URL
  if (!base) return undefined
  const name = `ctd_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: base })
    await c.connect()
    await c.query(`drop database if exists ${name} with (force)`)
    await c.end()
  })
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

let template: Promise<Blob> | undefined

/**
 * A new in-memory PGlite holding the migrated schema and nothing else, loaded from a dump of one
 * migrated database. The dump is kept in node_modules/.cache/cum-thi-dua/, named by the PGlite
 * version and the migrations, so the test processes of a run (and the runs after it) share one:
 * each then loads it (well under a second) instead of running initdb and every migration (4-6 s
 * of CPU per test file on this machine), and buildApp's migration finds nothing to do.
 */
async function templateCopy(): Promise<Database> {
  template ??= (async () => {
    const hash = createHash('sha256').update(JSON.stringify({ pglite: installedPgliteVersion(), initdb: shippedTemplateMeta() }))
    for (const name of readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.sql') || name.endsWith('.json')) hash.update(`\0${name}\0`).update(readFileSync(join(migrationsFolder, name)))
    }
    const dir = join(projectDir, 'node_modules', '.cache', 'cum-thi-dua')
    const file = join(dir, `pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`)
    try {
      return new Blob([readFileSync(file)])
    } catch {
      // not made yet: this process makes it
    }
    const first = await openDatabase({ pgliteDir: 'memory://', poolSize: 1 })
    let dump: Blob
    try {
      await migrateDatabase(first)
      dump = await first.pglite!.dumpDataDir('none')
    } finally {
      await first.close()
    }
    // Written aside, then renamed: processes making it at once each write a whole file.
    mkdirSync(dir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()))
    renameSync(tmp, file)
    // Dumps of other migrations (another branch) are 40 MB each: only this one is kept (a process
    // that still wanted one makes it again).
    for (const old of readdirSync(dir)) {
      if (old.startsWith('pglite-migrated-') && old.endsWith('.tar') && join(dir, old) !== file) rmSync(join(dir, old), { force: true })
    }
    return dump
  })()
  return openDatabase({ pgliteDir: 'memory://', poolSize: 1, pgliteDataDir: await template })
}

/** A checkpoint-signing key per test process and origin (like a server's, it outlives its app). */
const signers = new Map<string, NoteSigner>()
export function testSigner(origin: string): NoteSigner {
  let signer = signers.get(origin)
  if (!signer) {
    signer = signerFromPem(origin, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }))
    signers.set(origin, signer)
  }
  return signer
}

export interface TestApp {
  app: FastifyInstance
  config: Config
  adminToken: string
  /** Issues a key directly (no HTTP) and returns its bearer token. */
  token(role: Role, committeeId?: string | null): Promise<string>
  /** inject with JSON and a bearer token. */
  call(
    token: string | null,
    opts: Omit<InjectOptions, 'body' | 'payload'> & { body?: unknown },
    // Tests read bodies as whatever they assert on (`res.json().code`): `any` by default, on purpose.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<Awaited<ReturnType<FastifyInstance['inject']>> & { json<T = any>(): T }>
  /** Another app on the same database (a second replica): its own pool and sequencer. */
  replica(build?: Pick<BuildOptions, 'clock' | 'signer'>): Promise<Pick<TestApp, 'app' | 'call'>>
  /** The keys the app seals webhook secrets with (null: stored unsealed). */
  webhookSecretKeys: SecretKeys | null
}

/** The key every test app seals webhook secrets with, unless a test says otherwise. */
export const TEST_WEBHOOK_KEYS = secretKeysFrom([newSecretKey()])

/**
 * Builds the real app (same buildApp and options as the server) on its own database. `build`
 * passes build options through: a test sets the clock the rules see so (`manualClock`); and
 * options of the check of every response against the contract (ContractCheckOptions).
 */
export async function buildTestApp(
  t: Teardown,
  overrides: Partial<Config> = {},
  build: Pick<BuildOptions, 'clock' | 'signer' | 'eagerSchemas' | 'webhookSecretKeys'> & ContractCheckOptions = {},
): Promise<TestApp> {
  const databaseUrl = await freshDatabaseUrl(t)
  const config = loadConfig(
    {},
    {
      PGLITE_DIR: 'memory://',
      LOG_LEVEL: 'silent',
      SEED_DEMO: false,
      BOOTSTRAP_ADMIN_KEY: false,
      PG_POOL_SIZE: 5,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...overrides,
    },
  )
  const { allowInternalErrors, ...options } = build
  // On PGlite the database starts from a migrated copy made once per test process (see template()).
  const database = databaseUrl || config.PGLITE_DIR !== 'memory://' ? undefined : await templateCopy()
  const app = await buildApp(config, {
    signer: testSigner(config.AUDIT_LOG_ORIGIN),
    webhookSecretKeys: TEST_WEBHOOK_KEYS,
    ...options,
    ...(database ? { database } : {}),
    instrument: contractCheckFor(t, { allowInternalErrors }),
  })
  t.teardown(async () => {
    await app.close()
    // buildApp leaves a database it was given open; a test may have closed it itself.
    if (database && !database.pglite?.closed) await database.close()
  })
  const token = async (role: Role, committeeId: string | null = null) => {
    const { token } = await app.db.transaction((tx) => issueApiKey(tx, SYSTEM_ACTOR, { name: `test ${role}`, role, committeeId }, app.clock()))
    return token
  }
  const adminToken = await token('admin')
  const replica: TestApp['replica'] = async (more = {}) => {
    const other = await buildApp(config, {
      signer: testSigner(config.AUDIT_LOG_ORIGIN),
      webhookSecretKeys: TEST_WEBHOOK_KEYS,
      ...options,
      ...more,
      // PostgreSQL: a pool of its own on the same database; PGlite: the same embedded database.
      ...(config.DATABASE_URL ? {} : { database: app.database }),
      instrument: contractCheckFor(t, { allowInternalErrors }),
    })
    t.teardown(() => other.close())
    return { app: other, call: callOn(other) }
  }
  const webhookSecretKeys = options.webhookSecretKeys === undefined ? TEST_WEBHOOK_KEYS : options.webhookSecretKeys
  return { app, config, adminToken, token, call: callOn(app), replica, webhookSecretKeys }
}

function callOn(app: FastifyInstance): TestApp['call'] {
  return (tok, opts) => {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) }
    if (tok) headers.authorization = `Bearer ${tok}`
    const { body, ...rest } = opts
    return app.inject({ ...rest, headers, ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}) }) as never
  }
}
