// What makes a start fast, checked for what it must not change: the shipped initdb template fits
// the installed PGlite and gives a working database; schemas compiled on first use all compile.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../../src/db/client.ts'
import { migrateDatabase } from '../../src/db/migrate.ts'
import { initdbTemplate, installedPgliteVersion, shippedTemplateMeta } from '../../src/db/pglite-template.ts'
import { buildTestApp } from '../helpers/app.ts'

t.test('the shipped initdb template was made by the installed PGlite', async (t) => {
  const meta = shippedTemplateMeta()
  t.ok(meta, 'src/db/pglite-initdb.json is there')
  t.equal(meta?.pglite, installedPgliteVersion(), 'else a new database runs initdb (seconds slower): npm run db:template')
  const template = await initdbTemplate()
  t.ok('tar' in template, 'and it loads')
})

t.test('a new data directory starts from the template, migrates, and resumes', { skip: !!process.env.DATABASE_URL && 'PGlite only' }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-template-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const notices: string[] = []
  const first = await openDatabase({ pgliteDir: dir, poolSize: 1, onNotice: (m) => notices.push(m) })
  try {
    t.equal(first.pgliteStart, 'loaded')
    t.same(notices, [], 'no fallback to initdb')
    await migrateDatabase(first)
    await first.pglite!.exec(`create table restart_probe (name text); insert into restart_probe values ('Ủy ban MTTQ thử')`)
  } finally {
    await first.close()
  }
  const again = await openDatabase({ pgliteDir: dir, poolSize: 1 })
  try {
    t.equal(again.pgliteStart, 'resumed')
    const applied = await again.pglite!.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations')
    t.ok(applied.rows[0].n > 0, 'the migrations applied before the restart are recorded')
    const { rows } = await again.pglite!.query<{ name: string }>('select name from restart_probe')
    t.same(
      rows.map((r) => r.name),
      ['Ủy ban MTTQ thử'],
      'the row written before the restart, in UTF-8',
    )
  } finally {
    await again.close()
  }
})

t.test('every route schema compiles (they are compiled on first use otherwise)', async (t) => {
  // buildTestApp with eagerSchemas: each validator and response writer compiled while building.
  const h = await buildTestApp(t, {}, { eagerSchemas: true })
  t.ok(h.app.printRoutes().length > 0)
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body: { name: 1 } })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'VALIDATION_FAILED', 'and validation answers as with lazy compilation')
})
