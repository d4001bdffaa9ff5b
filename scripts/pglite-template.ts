// `npm run db:template`: writes the embedded database's initdb template (src/db/pglite-template.ts),
// a data directory exactly as the installed PGlite's initdb leaves it, which a first start loads
// instead of running initdb. Run it after upgrading @electric-sql/pglite (a test says when).
// Brotli at its largest window: the data directory holds three near-identical databases
// (template0, template1, postgres), which a 16 MB window finds (40 MB → 1.4 MB; gzip: 4.5 MB).
import { writeFileSync } from 'node:fs'
import { constants, brotliCompressSync } from 'node:zlib'
import { PGlite } from '@electric-sql/pglite'
import { INITDB_TEMPLATE_FILE, INITDB_TEMPLATE_META, installedPgliteVersion, type TemplateMeta } from '../src/db/pglite-template.ts'

const db = await PGlite.create()
const postgres = (await db.query<{ v: string }>(`select current_setting('server_version_num') as v`)).rows[0].v
await db.exec('checkpoint')
const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer())
await db.close()
const packed = brotliCompressSync(tar, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
    [constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
  },
})
const meta: TemplateMeta = { pglite: installedPgliteVersion(), postgres }
writeFileSync(INITDB_TEMPLATE_FILE, packed)
writeFileSync(INITDB_TEMPLATE_META, `${JSON.stringify(meta, null, 2)}\n`)
console.log(`wrote ${INITDB_TEMPLATE_FILE} (${packed.length} bytes, from ${tar.length}) for PGlite ${meta.pglite}, PostgreSQL ${postgres}`)
