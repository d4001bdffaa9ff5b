import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import { connectFailure, lostConnection, markConnectionError } from './failures.ts'
import { initdbTemplate } from './pglite-template.ts'
import { currentScope, DatabaseFailure, refusal, type DbScope } from './scope.ts'
import * as schema from './schema.ts'

import type { Db } from './types.ts'

export type { Db, DbOrTx, Tx } from './types.ts'

export interface Database {
  /**
   * The handle every repository is built on. Inside a request that has its own transaction
   * (see DbScope.tx) it runs there, and its `transaction()` opens a savepoint of it.
   */
  db: Db
  /** The same database, never redirected to a request's transaction. */
  direct: Db
  driver: 'pglite' | 'pg'
  /** Answers within `budgetMs` whether the database serves a query, on a connection of its own. */
  ping(budgetMs?: number): Promise<void>
  close(): Promise<void>
  /** The raw pg pool, when on PostgreSQL (migrations take a session lock through it). */
  pool?: pg.Pool
  pglite?: PGlite
  /**
   * How the embedded database came up: an existing data directory resumed, a new one loaded from
   * the shipped initdb template (or the given `pgliteDataDir`), or made by PGlite's initdb.
   */
  pgliteStart?: 'resumed' | 'loaded' | 'initdb'
}

/** Server-side limits of every session (PostgreSQL only; 0 turns one off). */
export interface SessionTimeouts {
  statementMs: number
  lockMs: number
  idleInTransactionMs: number
  /** Longest wait for a pooled connection, or for a new one to open. */
  acquireMs: number
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  poolSize: number
  pgliteDir: string
  /**
   * A new embedded database (in memory, or a directory without one yet) starts from this data
   * directory (a `dumpDataDir` tarball): tests start each database from one migrated copy.
   * Without it, a new one starts from the shipped initdb template (src/db/pglite-template.ts),
   * or, should that not fit the installed PGlite, from PGlite's own initdb (seconds slower).
   */
  pgliteDataDir?: Blob | undefined
  /** Told why a new embedded database runs initdb instead of loading the shipped template. */
  onNotice?: ((message: string) => void) | undefined
  timeouts?: SessionTimeouts | undefined
  /** Told about connection errors the service survives (a restart, a terminated backend). */
  onConnectionError?: ((err: Error) => void) | undefined
}

export const DEFAULT_TIMEOUTS: SessionTimeouts = { statementMs: 15_000, lockMs: 3_000, idleInTransactionMs: 15_000, acquireMs: 3_000 }

// NUMERIC stays a string (exact decimals); BIGINT as string too, the schema maps where needed.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v)

const SCOPE = Symbol('request scope')
/** Set once a cancel was sent for the client: it is closed on release, never handed out again. */
const CANCELLED = Symbol('cancelled')
/** The error the server ended the connection with (say 25P03, an idle transaction ended). */
const DIED = Symbol('died')
/** No statement has been sent since this client was checked out. */
const FIRST = Symbol('first statement')
/** A transaction's opening statement (drizzle's `begin`, with or without its options). */
const BEGIN = /^\s*begin\b/i
type ScopedClient = pg.PoolClient & {
  [SCOPE]?: DbScope | undefined
  [CANCELLED]?: boolean
  [DIED]?: Error
  [FIRST]?: boolean
  processID: number | null
  secretKey: number | null
  host: string
  port: number
  _ended?: boolean
  _queryable?: boolean
}
type CancelConnection = {
  connect(port: number | string, host?: string): void
  cancel(processID: number, secretKey: number): void
  on(event: string, fn: (err?: Error) => void): void
  end(): void
  stream?: { destroy(): void }
}

/**
 * The pg pool, made safe to serve requests with:
 * - a connection that dies while checked out (a restart, `pg_terminate_backend`) fails its
 *   query with a DatabaseFailure instead of emitting an unhandled 'error' that ends the process;
 * - a connection taken for a request is tied to it: when the request is stopped (its deadline,
 *   or its client gone) the running statement is cancelled and no new one starts;
 * - failing to get a connection says why (the server is down, or the pool stayed full).
 */
class ServicePool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly onConnectionError: (err: Error) => void,
  ) {
    super(config)
    // An idle client that errors (server restart) is dropped by the pool; the process lives.
    this.on('error', (err) => onConnectionError(err))
    this.on('connect', (client) => this.guard(client as ScopedClient))
  }

  override connect(): Promise<pg.PoolClient>
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void) {
    const scope = currentScope()
    const acquired = this.acquire(scope)
    if (!callback) return acquired
    acquired.then(
      (client) => callback(undefined, client, (err?: unknown) => client.release(err as Error)),
      (err: Error) => callback(err, undefined, () => {}),
    )
    return undefined
  }

  private async acquire(scope: DbScope | undefined): Promise<pg.PoolClient> {
    const refused = refusal(scope, null)
    if (refused) throw refused
    let client: ScopedClient
    try {
      client = (await super.connect()) as ScopedClient
    } catch (err) {
      throw connectFailure(err)
    }
    const late = refusal(scope, null)
    if (late) {
      client.release()
      throw late
    }
    const cancel = () => this.cancelRunning(client)
    if (scope) {
      scope.cancelers.add(cancel)
      client[SCOPE] = scope
    }
    client[FIRST] = true
    // pg-pool's release for this checkout (bound by it to this client), wrapped: once only, and
    // untied from the request.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const release = client.release
    let released = false
    client.release = (err?: Error | boolean) => {
      if (released) return
      released = true
      scope?.cancelers.delete(cancel)
      client[SCOPE] = undefined
      client[FIRST] = false
      // A cancel may still be on its way to this backend: it must not land on the next user's
      // statement, so the connection is closed instead of going back to the pool.
      return release.call(client, client[CANCELLED] ? new Error('closed after a cancel request') : err)
    }
    return client
  }

  /**
   * Sends PostgreSQL a cancel request for this client's backend, on a connection of its own
   * (the protocol's CancelRequest: no login, no pool). A backend with nothing running ignores it.
   */
  private cancelRunning(client: ScopedClient) {
    if (client[CANCELLED] || client.processID === null || client.secretKey === null) return
    client[CANCELLED] = true
    const { processID, secretKey } = client
    const con = new (pg as unknown as { Connection: new () => CancelConnection }).Connection()
    const giveUp = setTimeout(() => con.stream?.destroy(), 5_000)
    giveUp.unref()
    con.on('error', () => {})
    con.on('end', () => clearTimeout(giveUp))
    con.on('connect', () => con.cancel(processID, secretKey))
    if (client.host?.startsWith('/')) con.connect(`${client.host}/.s.PGSQL.${client.port}`)
    else con.connect(client.port, client.host)
  }

  /** Wraps one new client: errors are survived, queries of a stopped request refused. */
  private guard(client: ScopedClient) {
    client.on('error', (err) => {
      markConnectionError(err)
      client[DIED] ??= err
      this.onConnectionError(err)
    })
    const query = client.query.bind(client) as (...args: unknown[]) => unknown
    // On a connection that died, the error that says why (the server's, when it sent one).
    const translate = (err: unknown) => (client._ended || client._queryable === false ? lostConnection(client[DIED] ?? err) : err)
    // drizzle's transaction() sends `begin` before its try/finally, so when `begin` fails (the
    // connection died in the pool, the request was stopped) it never releases the client: the pool
    // would wait for it for ever (pool.end() hangs) and, one by one, fill up. A failed `begin`
    // that opens a checkout therefore gives the client back here; a later release is a no-op.
    // (drizzle-orm 0.45, upstream issues #6023 and #6241, open: remove once begin is inside the try.)
    const opening = (statement: unknown) => {
      const first = client[FIRST] === true
      client[FIRST] = false
      if (!first) return null
      const text = typeof statement === 'string' ? statement : (statement as { text?: unknown } | null)?.text
      return typeof text === 'string' && BEGIN.test(text)
        ? (err: unknown) => client.release(client._ended || client._queryable === false ? (err as Error) : undefined)
        : null
    }
    ;(client as { query: unknown }).query = (...args: unknown[]) => {
      const last = args[args.length - 1]
      const callback = typeof last === 'function' ? (last as (err: unknown, res?: unknown) => void) : null
      const giveBack = opening(args[0])
      const err = refusal(client[SCOPE], args[0])
      if (err) {
        giveBack?.(err)
        if (callback) return void process.nextTick(() => callback(err))
        return Promise.reject(err)
      }
      if (callback) {
        args[args.length - 1] = (err: unknown, res: unknown) => {
          if (err) giveBack?.(err)
          callback(err ? translate(err) : err, res)
        }
        return query(...args)
      }
      const result = query(...args)
      return result instanceof Promise
        ? result.catch((err: unknown) => {
            giveBack?.(err)
            return Promise.reject(translate(err))
          })
        : result
    }
  }
}

/** A PGlite handle whose queries refuse to start for a request that has been stopped. */
function guardPglite<T extends PGlite | PgliteTransaction>(target: T): T {
  const check = (statement?: unknown) => {
    const err = refusal(currentScope(), statement)
    if (err) throw err
  }
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown
      if (prop === 'query' || prop === 'exec' || prop === 'sql') {
        return async (...args: unknown[]) => {
          check(args[0])
          return (value as (...a: unknown[]) => unknown).apply(t, args)
        }
      }
      // The database's transactions hand their queries a handle of their own: guarded too.
      if (prop === 'transaction' && t instanceof PGlite) {
        return async <R>(fn: (tx: PgliteTransaction) => Promise<R>) => {
          check()
          return (await t.transaction((tx) => fn(guardPglite(tx)))) as R
        }
      }
      return typeof value === 'function' ? (value.bind(t) as unknown) : value
    },
  })
}

/**
 * The repositories' handle: the database itself, or, inside a request that holds its own
 * transaction, that transaction (so its reads see its writes, and what it commits, it commits
 * with its stored answer).
 */
function scopedDb(base: Db): Db {
  const target = () => (currentScope()?.tx ?? base) as object
  return new Proxy(base, {
    get(_base, prop) {
      const handle = target()
      const value = Reflect.get(handle, prop, handle) as unknown
      return typeof value === 'function' ? (value.bind(handle) as unknown) : value
    },
    getPrototypeOf: () => Object.getPrototypeOf(target()) as object,
  })
}

/** Races a check against a deadline (readiness answers in time whatever the pool is doing). */
function within<T>(ms: number, work: Promise<T>, code: 'DATABASE_BUSY'): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseFailure(code, `The database did not answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * The embedded PostgreSQL's buffer pool. Its default, 128 MB, is set up in the WebAssembly memory
 * at start and was ~115 MB of the process's RSS (measured: 282 MB for PGlite alone at 128 MB,
 * 169 MB at 16 MB, 154 MB at 8 MB). Pages it does not hold are read from the data directory's
 * files (the OS caches them) or, in memory, from the in-memory file system: a small pool costs
 * a copy, not a disk read, and the embedded database is the small one (a newcomer's, tests).
 */
const PGLITE_SHARED_BUFFERS = '16MB'

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const onConnectionError = opts.onConnectionError ?? (() => {})
  if (opts.databaseUrl) {
    const t = opts.timeouts ?? DEFAULT_TIMEOUTS
    const session = {
      connectionString: opts.databaseUrl,
      application_name: 'cum-thi-dua',
      keepAlive: true,
      ...(t.statementMs > 0 ? { statement_timeout: t.statementMs } : {}),
      ...(t.lockMs > 0 ? { lock_timeout: t.lockMs } : {}),
      ...(t.idleInTransactionMs > 0 ? { idle_in_transaction_session_timeout: t.idleInTransactionMs } : {}),
      ...(t.acquireMs > 0 ? { connectionTimeoutMillis: t.acquireMs } : {}),
    }
    const pool = new ServicePool({ ...session, max: opts.poolSize }, onConnectionError)
    // Readiness has a connection of its own, so a pool that is full or stuck cannot hold it up.
    const probe = new ServicePool({ ...session, max: 1, idleTimeoutMillis: 30_000, statement_timeout: 1_000 }, () => {})
    const direct = drizzlePg(pool, { schema }) as unknown as Db
    return {
      db: scopedDb(direct),
      direct,
      driver: 'pg',
      pool,
      ping: (budgetMs = 1_000) =>
        within(
          budgetMs,
          probe.query('select 1').then(() => undefined),
          'DATABASE_BUSY',
        ),
      close: async () => {
        await Promise.allSettled([pool.end(), probe.end()])
      },
    }
  }
  const memory = opts.pgliteDir.startsWith('memory://')
  let release = () => {}
  if (!memory) {
    mkdirSync(opts.pgliteDir, { recursive: true })
    release = lockDirectory(opts.pgliteDir)
  }
  let pgliteStart: Database['pgliteStart'] = 'resumed'
  const client = await (async () => {
    let loadDataDir = opts.pgliteDataDir
    if (memory || !existsSync(join(opts.pgliteDir, 'PG_VERSION'))) {
      if (!loadDataDir) {
        const template = await initdbTemplate()
        if ('tar' in template) loadDataDir = template.tar
        else opts.onNotice?.(`running initdb: ${template.unusable}`)
      }
      pgliteStart = loadDataDir ? 'loaded' : 'initdb'
    }
    return PGlite.create({
      ...(memory ? {} : { dataDir: opts.pgliteDir }),
      ...(loadDataDir ? { loadDataDir } : {}),
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    })
  })().catch((err) => {
    release()
    throw err
  })
  const direct = drizzlePglite(guardPglite(client), { schema }) as unknown as Db
  return {
    db: scopedDb(direct),
    direct,
    driver: 'pglite',
    pglite: client,
    pgliteStart,
    // In this process, one connection that requests queue for: it serves as long as it is open
    // (a query here would wait behind whatever transaction holds it, and say nothing more).
    ping: async () => {
      if (client.closed) throw new DatabaseFailure('DATABASE_UNAVAILABLE', 'The embedded database is closed')
    },
    close: async () => {
      try {
        await client.close()
      } finally {
        release()
      }
    },
  }
}

export class DatabaseInUseError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory (say the
 * apikey CLI while the service runs) would lose its writes. A lock file names the owner; a
 * stale one (its process gone) is taken over.
 */
function lockDirectory(dir: string): () => void {
  const path = join(dir, 'cum-thi-dua.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' })
      return () => rmSync(path, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = Number(readFileSync(path, 'utf8').trim())
      if (owner && owner !== process.pid && alive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dir} is in use by process ${owner}. Stop that process first, ` +
            'or work through its HTTP API (for a key: POST /v1/api-keys).',
        )
      }
      rmSync(path, { force: true })
    }
  }
  throw new DatabaseInUseError(`Could not lock ${dir}`)
}

/** Rows of a raw `db.execute` result: both drivers answer `{ rows }`. */
export function rows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows
}

/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)
