import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliDecompress, constants } from 'node:zlib'
import { promisify } from 'node:util'
import { projectDir } from './project-dir.ts'

/**
 * The embedded database's first start without initdb. PGlite creates a new data directory by
 * running initdb in a second PostgreSQL instance (3-6 s on a 2-core machine, and a peak of
 * ~950 MB RSS, twice the engine's own); a data directory exactly as initdb leaves it, made once
 * by the same PGlite version and shipped here, loads in about a second. It holds no schema (the
 * migrations run on it as on any database), so only a PGlite upgrade makes it stale: then the
 * start falls back to initdb, and `npm run db:template` writes a new one.
 */
export const INITDB_TEMPLATE_FILE = join(projectDir, 'src', 'db', 'pglite-initdb.tar.br')
export const INITDB_TEMPLATE_META = join(projectDir, 'src', 'db', 'pglite-initdb.json')

export interface TemplateMeta {
  /** The PGlite version that ran initdb (its catalog is this version's). */
  pglite: string
  /** PostgreSQL's major version, from the data directory's PG_VERSION. */
  postgres: string
}

/** The installed PGlite's version (its package.json, beside its entry point). */
export function installedPgliteVersion(): string {
  const pkg = new URL('../package.json', import.meta.resolve('@electric-sql/pglite'))
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version
}

export function shippedTemplateMeta(): TemplateMeta | null {
  try {
    return JSON.parse(readFileSync(INITDB_TEMPLATE_META, 'utf8')) as TemplateMeta
  } catch {
    return null
  }
}

/**
 * The shipped initdb data directory as an uncompressed tarball for PGlite's `loadDataDir`, or
 * why it cannot be used (missing, or made by another PGlite version).
 */
export async function initdbTemplate(): Promise<{ tar: Blob } | { unusable: string }> {
  const meta = shippedTemplateMeta()
  if (!meta) return { unusable: 'no initdb template is shipped (src/db/pglite-initdb.json)' }
  const installed = installedPgliteVersion()
  if (meta.pglite !== installed) {
    return { unusable: `the shipped initdb template was made by PGlite ${meta.pglite}, not the installed ${installed} (npm run db:template)` }
  }
  const packed = await readFile(INITDB_TEMPLATE_FILE)
  const tar = await promisify(brotliDecompress)(packed, { params: { [constants.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } })
  return { tar: new Blob([tar]) }
}
