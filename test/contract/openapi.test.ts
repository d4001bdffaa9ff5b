import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import t from 'tap'
import { generateClientTypes, generateOpenApi } from '../../scripts/openapi-document.ts'

const committedPath = new URL('../../openapi/openapi.json', import.meta.url)
const clientPath = new URL('../client/schema.d.ts', import.meta.url)

t.test('the committed contract and the client types are current (run `npm run openapi` when this fails)', async (t) => {
  const generated = await generateOpenApi()
  const committed = readFileSync(committedPath, 'utf8')
  t.ok(committed === generated, 'openapi/openapi.json matches the routes; regenerate it with `npm run openapi`')
  t.ok(readFileSync(clientPath, 'utf8') === (await generateClientTypes(generated)), 'test/client/schema.d.ts matches the contract')
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
  // The document is read back as plain JSON: its operations are walked untyped, on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const [method, op] of Object.entries<any>(item)) {
      const name = `${method.toUpperCase()} ${path}`
      t.type(op.operationId, 'string', `${name} has an operationId`)
      t.notOk(ids.has(op.operationId), `${name}: operationId is unique`)
      ids.add(op.operationId)
      t.ok(op.tags?.length > 0, `${name} has a tag`)
      const statuses = Object.keys(op.responses)
      t.ok(
        statuses.some((s) => s.startsWith('2')),
        `${name} declares a success`,
      )
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
      for (const s of statuses) {
        const r = op.responses[s]
        t.not(r.description, 'Default Response', `${name} ${s} says what it answers`)
        t.ok(r.headers?.['X-Request-Id'], `${name} ${s} declares X-Request-Id`)
        if (Number(s) >= 400) {
          // Every error lists its codes: the Problem, with the codes of this operation and status.
          const schema = r.content['application/problem+json'].schema
          t.equal(schema.allOf?.[0]?.$ref, '#/components/schemas/Problem', `${name} ${s} is the one Problem shape`)
          t.ok(schema.allOf?.[1]?.properties?.code?.enum?.length > 0, `${name} ${s} lists its codes`)
        }
        if (s === '429' || s === '503') t.ok(r.headers?.['Retry-After'], `${name} ${s} declares Retry-After`)
        if (s === '201') t.ok(r.headers?.Location, `${name} 201 declares Location`)
      }
    }
  }
  t.ok(ids.size >= 10)
})

t.test('what the route schemas leave implicit is explicit in the contract', async (t) => {
  const doc = JSON.parse(readFileSync(committedPath, 'utf8'))
  const ifMatch = (method: string, path: string) => doc.paths[path][method].parameters.find((p: { name: string }) => p.name === 'if-match')
  t.equal(ifMatch('patch', '/v1/submissions/{id}').required, true, 'If-Match is required where an update needs it (428 at run time)')
  t.notOk(ifMatch('put', '/v1/clusters/{id}/years/{year}/scheme').required, 'and optional where the PUT may create')
  const csv = doc.paths['/v1/submissions/import'].post.requestBody.content['text/csv'].schema
  t.equal(csv.type, 'string')
  t.match(csv.description, /committeeCode, clusterCode, year, period, indicatorCode, value, note/)
  const rejected = doc.paths['/v1/submissions/import'].post.responses['422'].content['application/problem+json'].schema
  t.ok(rejected.allOf[1].properties.code.enum.includes('IMPORT_REJECTED'))
  t.ok(rejected.allOf[1].properties.items, 'the rows are an extension member of the Problem')
  t.ok(doc.info.license && doc.info.contact && doc.servers.length > 0)
  t.equal(
    doc.paths['/v1/submissions/{id}/submit'].post.responses['409'].content['application/problem+json'].schema.allOf[1].properties.code.enum.includes(
      'SUBMISSION_NOT_DRAFT',
    ),
    true,
  )
})
