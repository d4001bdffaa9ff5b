import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import t from 'tap'
import { generateOpenApi } from '../../scripts/openapi-document.ts'

const committedPath = new URL('../../openapi/openapi.json', import.meta.url)

t.test('the committed contract is current (run `npm run openapi` when this fails)', async (t) => {
  const generated = await generateOpenApi()
  const committed = readFileSync(committedPath, 'utf8')
  t.ok(committed === generated, 'openapi/openapi.json matches the routes; regenerate it with `npm run openapi`')
})

t.test('the contract is a valid OpenAPI 3.1 document', async (t) => {
  const validator = new Validator()
  const result = await validator.validate(JSON.parse(readFileSync(committedPath, 'utf8')))
  t.equal(validator.version, '3.1')
  t.same(result.errors ?? [], [], 'no validation errors')
  t.equal(result.valid, true)
})

t.test('every operation has an operationId, a tag, a success and its error responses', async (t) => {
  const doc = JSON.parse(readFileSync(committedPath, 'utf8'))
  const ids = new Set<string>()
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const name = `${method.toUpperCase()} ${path}`
      t.type(op.operationId, 'string', `${name} has an operationId`)
      t.notOk(ids.has(op.operationId), `${name}: operationId is unique`)
      ids.add(op.operationId)
      t.ok(op.tags?.length > 0, `${name} has a tag`)
      const statuses = Object.keys(op.responses)
      t.ok(statuses.some((s) => s.startsWith('2')), `${name} declares a success`)
      if (path.startsWith('/v1/')) {
        t.ok(statuses.includes('401') && statuses.includes('403'), `${name} declares 401 and 403`)
        for (const s of statuses.filter((s) => Number(s) >= 400)) {
          t.same(Object.keys(op.responses[s].content), ['application/problem+json'], `${name} ${s} is a problem`)
        }
        // What any operation can answer whatever it does: declared, so a validating proxy passes it.
        for (const s of ['400', '413', '414', '415', '429', '503']) t.ok(statuses.includes(s), `${name} declares ${s}`)
        // A 304 has no body: declaring one would make a validating proxy turn it into an error.
        if (statuses.includes('304')) t.equal(op.responses['304'].content, undefined, `${name} 304 has no body`)
      }
    }
  }
  t.ok(ids.size >= 10)
})
