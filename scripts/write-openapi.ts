// `npm run openapi`: regenerates the committed contract, openapi/openapi.json, and the client
// types generated from it, test/client/schema.d.ts. With --check, writes nothing and fails when
// either is stale (CI).
import { readFileSync, writeFileSync } from 'node:fs'
import { generateClientTypes, generateOpenApi } from './openapi-document.ts'

const contractPath = new URL('../openapi/openapi.json', import.meta.url)
const clientPath = new URL('../test/client/schema.d.ts', import.meta.url)
const check = process.argv.includes('--check')

const contract = await generateOpenApi()
const client = await generateClientTypes(contract)
let stale = 0
for (const [path, text] of [
  [contractPath, contract],
  [clientPath, client],
] as const) {
  if (check) {
    let current = ''
    try {
      current = readFileSync(path, 'utf8')
    } catch {
      /* missing: stale */
    }
    if (current !== text) {
      console.error(`${path.pathname} is stale: run npm run openapi`)
      stale++
    }
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${path.pathname}`)
  }
}
if (stale > 0) process.exit(1)
