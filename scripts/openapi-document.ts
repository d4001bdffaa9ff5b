import openapiTS, { astToString } from 'openapi-typescript'
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

/**
 * The TypeScript types of the contract (openapi-typescript), as test/client/schema.d.ts stores
 * them: what a client written with openapi-fetch is type-checked against.
 */
export async function generateClientTypes(contract: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(contract) as Parameters<typeof openapiTS>[0])
  return (
    '// Generated from openapi/openapi.json by openapi-typescript (`npm run openapi`); do not edit.\n' +
    '// test/contract/openapi.test.ts fails when it is stale.\n\n' +
    astToString(ast)
  )
}
