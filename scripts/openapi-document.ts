import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'

/** The contract as the app generates it, serialised the way openapi/openapi.json stores it. */
export async function generateOpenApi(): Promise<string> {
  const app = await buildApp(loadConfig({}, { PGLITE_DIR: 'memory://', LOG_LEVEL: 'silent', SEED_DEMO: false, BOOTSTRAP_ADMIN_KEY: false }))
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}
