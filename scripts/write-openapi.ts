// `npm run openapi`: regenerates the committed contract, openapi/openapi.json.
import { writeFileSync } from 'node:fs'
import { generateOpenApi } from './openapi-document.ts'

const path = new URL('../openapi/openapi.json', import.meta.url)
writeFileSync(path, await generateOpenApi())
console.log(`wrote ${path.pathname}`)
