import { sql } from 'drizzle-orm'
import pg from 'pg'
import t from 'tap'
import { openDatabase, rows } from '../../src/db/client.ts'
import { databaseFailureOf } from '../../src/db/failures.ts'
import { abortScope, dbScopes, newScope } from '../../src/db/scope.ts'
import { freshDatabaseUrl } from '../helpers/app.ts'

const onPostgres = process.env.DATABASE_URL ? false : 'needs PostgreSQL: PGlite has no second session and no server-side timeouts'
const timeouts = { statementMs: 0, lockMs: 0, idleInTransactionMs: 0, acquireMs: 0 }

t.test("a cancel sent for one request never lands on another's statement", { skip: onPostgres }, async (t) => {
  const url = await freshDatabaseUrl(t)
  const database = await openDatabase({ databaseUrl: url, poolSize: 1, pgliteDir: 'memory://', timeouts })
  t.teardown(() => database.close())
  const failures: string[] = []
  for (let i = 0; i < 40; i++) {
    // A is stopped (its client gone) between two statements of its transaction: the cancel is on
    // its way while A rolls back and its one connection goes back to the pool, where B takes it.
    const a = newScope()
    await dbScopes
      .run(a, () =>
        database.db.transaction(async (tx) => {
          await tx.execute(sql`select 1`)
          abortScope(a, 'CLIENT_CLOSED')
          await tx.execute(sql`select 2`)
        }),
      )
      .catch(() => {})
    const b = newScope()
    await dbScopes
      .run(b, () => database.db.execute(sql`select pg_sleep(0.01)`))
      .catch((err: unknown) => failures.push(databaseFailureOf(err)?.code ?? String(err)))
  }
  t.same(failures, [], "no other request's statement was cancelled")
})

t.test('an idle transaction ended by the server is TRANSACTION_TIMEOUT, not an outage', { skip: onPostgres }, async (t) => {
  const url = await freshDatabaseUrl(t)
  const database = await openDatabase({ databaseUrl: url, poolSize: 2, pgliteDir: 'memory://', timeouts: { ...timeouts, idleInTransactionMs: 100 } })
  t.teardown(() => database.close())
  const err = await database.db
    .transaction(async (tx) => {
      await tx.execute(sql`select 1`)
      // Far past the server's limit: it ends the session while this transaction idles.
      await new Promise((r) => setTimeout(r, 1500))
      await tx.execute(sql`select 1`)
    })
    .catch((e: unknown) => e)
  t.equal(databaseFailureOf(err)?.code, 'TRANSACTION_TIMEOUT')
  t.same(rows(await database.db.execute(sql`select 1 as one`)), [{ one: 1 }], 'the pool goes on with a new connection')
})

t.test('a database that refuses us for good is not waited for', { skip: onPostgres }, async (t) => {
  const base = new URL(process.env.DATABASE_URL!)
  base.pathname = '/ctd_no_such_database'
  const database = await openDatabase({ databaseUrl: base.toString(), poolSize: 1, pgliteDir: 'memory://', timeouts })
  t.teardown(() => database.close())
  const err = await database.db.execute(sql`select 1`).catch((e: unknown) => e)
  const failure = databaseFailureOf(err)
  t.equal(failure?.code, 'DATABASE_UNAVAILABLE', 'a request still gets 503')
  t.equal(failure?.transient, false, 'but a start does not wait for it')
  t.match(failure?.message, /ctd_no_such_database/, 'and the cause is said')
})

/**
 * The pool's `connect` as drizzle's transaction() calls it, with `between` run on the client it
 * hands out before drizzle sends `begin` (what a stopped request or a dying server can do then).
 */
function beforeBegin(pool: pg.Pool, between: (client: pg.PoolClient) => Promise<void> | void) {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>
  ;(pool as { connect: unknown }).connect = async () => {
    const client = await connect()
    ;(pool as { connect: unknown }).connect = connect
    await between(client)
    return client
  }
}

t.test('a transaction whose `begin` fails gives its connection back (drizzle does not)', { skip: onPostgres }, async (t) => {
  const url = await freshDatabaseUrl(t)
  // One connection, and a wait for it that ends: a connection kept would fail the next request.
  const database = await openDatabase({ databaseUrl: url, poolSize: 1, pgliteDir: 'memory://', timeouts: { ...timeouts, acquireMs: 2_000 } })
  t.teardown(() => database.close())
  const pool = database.pool!

  t.test('the request was stopped between taking the connection and `begin`', async (t) => {
    const scope = newScope()
    beforeBegin(pool, () => abortScope(scope, 'CLIENT_CLOSED'))
    const err = await dbScopes.run(scope, () => database.db.transaction(async (tx) => tx.execute(sql`select 1`))).catch((e: unknown) => e)
    t.equal(databaseFailureOf(err)?.code, 'CLIENT_CLOSED')
    t.equal(pool.waitingCount + pool.totalCount - pool.idleCount, 0, 'no connection is held')
    t.same(rows(await database.db.transaction((tx) => tx.execute(sql`select 1 as one`))), [{ one: 1 }], 'the next transaction gets the connection')
  })

  t.test('the connection died in the pool: the server ended it before `begin`', async (t) => {
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    t.teardown(() => admin.end())
    beforeBegin(pool, async (client) => {
      const ended = new Promise((resolve) => client.once('end', resolve))
      await admin.query('select pg_terminate_backend($1)', [(client as unknown as { processID: number }).processID])
      await ended
    })
    const err = await database.db.transaction(async (tx) => tx.execute(sql`select 1`)).catch((e: unknown) => e)
    t.equal(databaseFailureOf(err)?.code, 'DATABASE_UNAVAILABLE')
    t.equal(pool.totalCount, 0, 'the dead connection is dropped, not kept')
    t.same(rows(await database.db.transaction((tx) => tx.execute(sql`select 1 as one`))), [{ one: 1 }], 'the next transaction opens a new one')
  })
  // Closing waits for every connection given out: it would wait for ever for one never given back.
  t.test('closing finishes', async () => database.close())
})

t.test('a statement outside a transaction whose connection breaks is DATABASE_UNAVAILABLE, not a bug', { skip: onPostgres }, async (t) => {
  const url = await freshDatabaseUrl(t)
  const database = await openDatabase({ databaseUrl: url, poolSize: 1, pgliteDir: 'memory://', timeouts })
  t.teardown(() => database.close())
  const pool = database.pool!
  // pg-pool's query() hands the caller the connection's own `error` event ("Connection terminated
  // unexpectedly", no SQLSTATE) before the statement's callback: a server that closed the socket
  // during a restart did this, and it answered 500.
  pool.once('acquire', (client) => {
    setTimeout(() => (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy(), 50)
  })
  const err = await database.db.execute(sql`select pg_sleep(2)`).catch((e: unknown) => e)
  t.match(String((err as Error)?.cause ?? err), /Connection terminated/, 'the driver saw the connection end')
  t.equal(databaseFailureOf(err)?.code, 'DATABASE_UNAVAILABLE')
  t.same(rows(await database.db.execute(sql`select 1 as one`)), [{ one: 1 }], 'the next statement opens a new connection')
})
