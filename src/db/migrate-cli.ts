import { loadConfig } from '../config.ts'
import { openDatabase } from './client.ts'
import { migrateDatabase } from './migrate.ts'

// `npm run migrate`: applies the migrations to the configured database and exits.
const config = loadConfig(process.env)
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2, pgliteDir: config.PGLITE_DIR })
await migrateDatabase(database)
await database.close()
console.log(`migrations applied (${database.driver})`)
