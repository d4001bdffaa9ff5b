import t from 'tap'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { contractCheckFor } from '../helpers/app.ts'
import { contractOf } from '../helpers/response-contract.ts'

// The check every test app runs on its answers (test/helpers/response-contract.ts) is not vacuous.
t.test('the response check catches what it should', async (t) => {
  const reported: string[] = []
  const app = await buildApp(loadConfig({}, { PGLITE_DIR: 'memory://', LOG_LEVEL: 'silent', SEED_DEMO: false, BOOTSTRAP_ADMIN_KEY: false }), {
    instrument: contractCheckFor({ teardown: (fn) => t.teardown(fn), fail: (m) => reported.push(m) }),
  })
  t.teardown(() => app.close())

  // Real answers pass: a 401 problem, a 404 problem of a route, an unmatched route.
  t.equal((await app.inject({ method: 'GET', url: '/v1/committees/00000000-0000-4000-8000-000000000000' })).statusCode, 401)
  t.equal((await app.inject({ method: 'GET', url: '/v1/nowhere' })).statusCode, 404)
  t.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200)
  t.same(reported, [], 'real answers are within the contract')

  const contract = contractOf(app)
  const problem = (status: number, code: string) => Buffer.from(JSON.stringify({ type: '/problems/x', title: 'X', status, detail: 'x', code, requestId: 'r' }))
  const headers = (more: Record<string, string> = {}) => ({
    'content-type': 'application/problem+json',
    'x-request-id': 'r',
    'content-language': 'en',
    ...more,
  })
  const route = '/v1/committees/:id'
  t.same(contract.check('GET', route, { status: 404, headers: headers(), body: problem(404, 'COMMITTEE_NOT_FOUND') }), [], 'a declared code passes')
  t.match(contract.check('GET', route, { status: 404, headers: headers(), body: problem(404, 'CLUSTER_NOT_FOUND') }), [
    /not among those the operation declares/,
  ])
  t.match(contract.check('GET', route, { status: 500, headers: headers(), body: problem(500, 'INTERNAL_ERROR') }), [/not declared/])
  t.match(contract.check('GET', route, { status: 429, headers: headers(), body: problem(429, 'RATE_LIMITED') }), [/without Retry-After/])
  t.match(contract.check('GET', route, { status: 404, headers: headers({ location: '/x' }), body: problem(404, 'COMMITTEE_NOT_FOUND') }), [
    /header location is sent but not declared/,
  ])
  t.match(contract.check('GET', route, { status: 404, headers: { 'content-type': 'application/problem+json' }, body: problem(404, 'COMMITTEE_NOT_FOUND') }), [
    /required header x-request-id is missing/,
  ])
  t.match(
    contract.check('GET', route, {
      status: 404,
      headers: { 'content-type': 'application/problem+json', 'x-request-id': 'r' },
      body: problem(404, 'COMMITTEE_NOT_FOUND'),
    }),
    [/required header content-language is missing/],
  )
  t.match(contract.check('GET', route, { status: 200, headers: headers({ 'content-type': 'application/json' }), body: Buffer.from('{}') }), [
    /must have required property/,
  ])
  t.match(contract.check('GET', '/v1/nowhere', { status: 404, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"error":"x"}') }), [
    /not a problem/,
  ])
})
