/**
 * `npm run apikey -- create --role admin [--committee <id or code>] [--name "…"]`
 * `npm run apikey -- revoke <key id> [--reason "…"]`
 * Works on the configured database (DATABASE_URL, else the embedded PGlite in PGLITE_DIR).
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.ts'
import { systemClock } from '../src/lib/clock.ts'
import { openDatabase } from '../src/db/client.ts'
import { migrateDatabase } from '../src/db/migrate.ts'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { issueApiKey, apiKeyService } from '../src/modules/api-keys/service.ts'
import { committeeRepository } from '../src/modules/committees/repository.ts'
import { ROLES, type Role } from '../src/plugins/auth.ts'
import { DomainError } from '../src/domain/errors.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, committee: { type: 'string' }, name: { type: 'string' }, reason: { type: 'string' } },
})
const [command, arg] = positionals
const usage =
  'usage: npm run apikey -- create --role <' +
  ROLES.join('|') +
  '> [--committee <id|code>] [--name <text>]\n' +
  '       npm run apikey -- revoke <key id> [--reason <text>]'

if (command !== 'create' && command !== 'revoke') {
  console.error(usage)
  process.exit(2)
}

const config = loadConfig(process.env)
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2, pgliteDir: config.PGLITE_DIR }).catch((err: Error) => {
  console.error(err.message)
  process.exit(1)
})
try {
  await migrateDatabase(database)
  const actor = { ...SYSTEM_ACTOR, role: 'cli' }
  if (command === 'create') {
    const role = values.role as Role
    if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}\n${usage}`)
    let committeeId: string | null = null
    if (values.committee) {
      const repo = committeeRepository(database.db)
      const found = /^[0-9a-f-]{36}$/i.test(values.committee) ? await repo.findById(values.committee) : await repo.findActiveByCode(values.committee)
      if (!found) throw new Error(`no committee ${values.committee}`)
      committeeId = found.id
    }
    const { key, token } = await database.db.transaction((tx) =>
      issueApiKey(tx, actor, { name: values.name ?? `${role} key (CLI)`, role, committeeId }, new Date()),
    )
    console.log(`id:    ${key.id}\nrole:  ${key.role}\ntoken: ${token}\n(the token is shown once; keep it safe)`)
  } else {
    if (!arg) throw new Error(usage)
    const key = await apiKeyService(database.db, systemClock).revoke(actor, arg, values.reason ?? null)
    console.log(`revoked ${key.id} at ${key.revokedAt?.toISOString()}`)
  }
} catch (err) {
  console.error(err instanceof DomainError ? `${err.code}: ${err.message}` : (err as Error).message)
  process.exitCode = 1
} finally {
  await database.close()
}
