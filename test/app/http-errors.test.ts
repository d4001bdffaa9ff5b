import { createRequire } from 'node:module'
import t, { type Test as Tap } from 'tap'
import { buildTestApp } from '../helpers/app.ts'

t.test('every error is an RFC 9457 problem with a stable code', async (t) => {
  const h = await buildTestApp(t, { BODY_LIMIT: 2048 })
  const admin = h.adminToken
  const expectProblem = (t: Tap, res: Awaited<ReturnType<typeof h.call>>, status: number, code: string) => {
    t.equal(res.statusCode, status, `${code}: status`)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${code}: content type`)
    const body = res.json()
    t.equal(body.code, code)
    t.equal(body.status, status)
    t.type(body.title, 'string')
    t.type(body.detail, 'string')
    t.equal(body.requestId, res.headers['x-request-id'])
    t.notMatch(res.body, /at .*\.ts:\d+/, 'no stack trace')
    return body
  }

  await t.test('JSON nested deeper than any body of the API is 400 JSON_TOO_DEEP, bodiless POSTs too', async (t) => {
    const nested = `{"name":${'['.repeat(70)}${']'.repeat(70)},"level":"central"}`
    expectProblem(
      t,
      await h.call(admin, { method: 'POST', url: '/v1/committees', headers: { 'content-type': 'application/json' }, body: nested }),
      400,
      'JSON_TOO_DEEP',
    )
    const bodiless = await h.call(admin, {
      method: 'POST',
      url: '/v1/api-keys/00000000-0000-7000-8000-000000000000/revoke',
      headers: { 'content-type': 'application/json' },
      body: '['.repeat(100) + ']'.repeat(100),
    })
    expectProblem(t, bodiless, 400, 'JSON_TOO_DEEP')
  })

  await t.test('text PostgreSQL cannot store is 400 with its pointer, in the body and in the query', async (t) => {
    const nul = expectProblem(
      t,
      await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 'a\u0000b', level: 'central' } }),
      400,
      'VALIDATION_FAILED',
    )
    t.same(nul.errors, [{ pointer: '/name', location: 'body', code: 'INVALID_TEXT', message: nul.errors[0].message }])
    const surrogate = expectProblem(
      t,
      await h.call(admin, {
        method: 'POST',
        url: '/v1/committees',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"\\ud800","level":"central"}',
      }),
      400,
      'VALIDATION_FAILED',
    )
    t.equal(surrogate.errors[0].code, 'INVALID_TEXT')
    const query = expectProblem(t, await h.call(admin, { method: 'GET', url: '/v1/committees?q=%00' }), 400, 'VALIDATION_FAILED')
    t.same([query.errors[0].pointer, query.errors[0].location], ['/q', 'query'])
  })

  await t.test('an infinite limit and a cursor this API never made are 400, not 500', async (t) => {
    for (const url of ['/v1/clusters', '/v1/indicators', '/v1/award-types', '/v1/committees']) {
      const res = expectProblem(t, await h.call(admin, { method: 'GET', url: `${url}?limit=1e309` }), 400, 'VALIDATION_FAILED')
      t.equal(res.errors[0].code, 'OUT_OF_RANGE')
    }
    for (const forged of [{ id: "x'" }, { id: 1 }, null, [1], { seq: -1 }]) {
      const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url')
      expectProblem(t, await h.call(admin, { method: 'GET', url: `/v1/api-keys?cursor=${cursor}` }), 400, 'INVALID_CURSOR')
      expectProblem(t, await h.call(admin, { method: 'GET', url: `/v1/audit-events?cursor=${cursor}` }), 400, 'INVALID_CURSOR')
    }
  })

  await t.test("the router's own errors are problems: a URL that is not UTF-8, an over-long parameter", async (t) => {
    expectProblem(t, await h.call(admin, { method: 'GET', url: '/v1/committees/%ED%A0%80' }), 400, 'BAD_URL')
    expectProblem(t, await h.call(admin, { method: 'GET', url: `/v1/committees/${'a'.repeat(3000)}` }), 414, 'URI_TOO_LONG')
    // An unknown route is unknown whatever the credentials: 404 or 405, never 401.
    const garbage = 'ctd_00000000000000000000000000000000_' + 'A'.repeat(43)
    expectProblem(t, await h.call(garbage, { method: 'GET', url: '/v1/nope' }), 404, 'ROUTE_NOT_FOUND')
    expectProblem(t, await h.call(garbage, { method: 'DELETE', url: '/v1/clusters' }), 405, 'METHOD_NOT_ALLOWED')
  })

  await t.test('malformed JSON is 400 MALFORMED_JSON', async (t) => {
    const res = await h.call(admin, { method: 'POST', url: '/v1/committees', headers: { 'content-type': 'application/json' }, body: '{"name": ' })
    expectProblem(t, res, 400, 'MALFORMED_JSON')
  })

  await t.test('a content type the route does not take is 415', async (t) => {
    const plain = await h.call(admin, { method: 'POST', url: '/v1/committees', headers: { 'content-type': 'text/plain' }, body: 'x' })
    expectProblem(t, plain, 415, 'UNSUPPORTED_MEDIA_TYPE')
    const csv = await h.call(admin, { method: 'POST', url: '/v1/committees', headers: { 'content-type': 'text/csv' }, body: 'a,b\n1,2' })
    expectProblem(t, csv, 415, 'UNSUPPORTED_MEDIA_TYPE')
    const xml = await h.call(admin, { method: 'POST', url: '/v1/committees', headers: { 'content-type': 'application/xml' }, body: '<a/>' })
    expectProblem(t, xml, 415, 'UNSUPPORTED_MEDIA_TYPE')
  })

  await t.test('a body over the limit is 413', async (t) => {
    const res = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 'x'.repeat(4000), level: 'central' } })
    expectProblem(t, res, 413, 'PAYLOAD_TOO_LARGE')
  })

  await t.test('unknown fields are 400 with their pointer', async (t) => {
    const res = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 'A', level: 'central', colour: 'red', nested: 1 } })
    const body = expectProblem(t, res, 400, 'VALIDATION_FAILED')
    t.same(body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]).sort(), [
      ['/colour', 'UNKNOWN_FIELD'],
      ['/nested', 'UNKNOWN_FIELD'],
    ])
  })

  await t.test('type errors, missing fields and bad enums name their pointers; nothing is coerced', async (t) => {
    const res = await h.call(admin, { method: 'POST', url: '/v1/committees', body: { name: 12, level: 'planet' } })
    const body = expectProblem(t, res, 400, 'VALIDATION_FAILED')
    const byPointer = Object.fromEntries(body.errors.map((e: { pointer: string; code: string; location: string }) => [e.pointer, e]))
    t.equal(byPointer['/name'].code, 'INVALID_TYPE')
    t.equal(byPointer['/level'].code, 'NOT_ALLOWED_VALUE')
    t.equal(byPointer['/name'].location, 'body')
    const missing = await h.call(admin, { method: 'POST', url: '/v1/committees', body: {} })
    t.same(
      missing
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
      ['/level', '/name'],
    )
  })

  await t.test('a malformed uuid in a path is 400, never 500', async (t) => {
    const res = await h.call(admin, { method: 'GET', url: '/v1/committees/not-a-uuid' })
    const body = expectProblem(t, res, 400, 'VALIDATION_FAILED')
    t.same(body.errors[0], { pointer: '/id', location: 'path', code: 'INVALID_FORMAT', message: 'must be a valid uuid' })
  })

  await t.test('bad query parameters are 400 with location query', async (t) => {
    const res = await h.call(admin, { method: 'GET', url: '/v1/committees?limit=501&level=x' })
    const body = expectProblem(t, res, 400, 'VALIDATION_FAILED')
    t.ok(body.errors.every((e: { location: string }) => e.location === 'query'))
    const cursor = await h.call(admin, { method: 'GET', url: '/v1/committees?cursor=garbage' })
    expectProblem(t, cursor, 400, 'INVALID_CURSOR')
  })

  await t.test('unknown routes are 404 and unknown methods 405 with Allow', async (t) => {
    expectProblem(t, await h.call(admin, { method: 'GET', url: '/v1/nothing-here' }), 404, 'ROUTE_NOT_FOUND')
    expectProblem(t, await h.call(null, { method: 'GET', url: '/nothing' }), 404, 'ROUTE_NOT_FOUND')
    const res = await h.call(admin, { method: 'DELETE', url: '/v1/committees' })
    expectProblem(t, res, 405, 'METHOD_NOT_ALLOWED')
    t.equal(res.headers.allow, 'GET, POST')
  })

  await t.test('X-Request-Id is echoed, or generated when absent', async (t) => {
    const given = await h.call(admin, { method: 'GET', url: '/v1/committees', headers: { 'x-request-id': 'script-run-42' } })
    t.equal(given.headers['x-request-id'], 'script-run-42')
    const generated = await h.call(admin, { method: 'GET', url: '/v1/committees' })
    t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/)
    const unsafe = await h.call(admin, { method: 'GET', url: '/v1/committees', headers: { 'x-request-id': 'bad id with spaces' } })
    t.not(unsafe.headers['x-request-id'], 'bad id with spaces', 'an unsafe id is replaced')
    const problem = await h.call(admin, { method: 'GET', url: '/v1/committees/abc', headers: { 'x-request-id': 'trace-7' } })
    t.equal(problem.json().requestId, 'trace-7')
  })

  await t.test('health: live and ready are public', async (t) => {
    const live = await h.call(null, { method: 'GET', url: '/health/live' })
    t.same([live.statusCode, live.json()], [200, { status: 'ok' }])
    const ready = await h.call(null, { method: 'GET', url: '/health/ready' })
    t.same([ready.statusCode, ready.json()], [200, { status: 'ok' }])
  })
})

t.test('readiness fails with 503 when the database is gone', async (t) => {
  const h = await buildTestApp(t)
  await h.app.database.close()
  const res = await h.call(null, { method: 'GET', url: '/health/ready' })
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'DATABASE_UNAVAILABLE')
  // The app's own close must not fail on the closed database.
  h.app.database.close = async () => {}
})

t.test('50,000 levels of nesting are refused before anything walks them', async (t) => {
  const h = await buildTestApp(t)
  for (const levels of [5_000, 50_000]) {
    for (const [open, close] of [
      ['[', ']'],
      ['{"a":', '}'],
    ]) {
      const res = await h.call(h.adminToken, {
        method: 'POST',
        url: '/v1/committees',
        headers: { 'content-type': 'application/json' },
        body: open!.repeat(levels) + '1' + close!.repeat(levels),
      })
      t.equal(res.statusCode, 400)
      t.equal(res.json().code, 'JSON_TOO_DEEP')
    }
  }
})

t.test("errors of Node's HTTP parser are problems too (over a real socket)", async (t) => {
  const h = await buildTestApp(t)
  await h.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = h.app.server.address() as import('node:net').AddressInfo
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const { connect } = createRequire(import.meta.url)('node:net') as typeof import('node:net')
      let out = ''
      const socket = connect(port, '127.0.0.1', () => socket.write(text))
      socket.on('data', (d: Buffer) => (out += d.toString('utf8')))
      socket.on('end', () => resolve(out))
      socket.on('error', reject)
    })
  const malformed = await raw('GET /v1/committees HTTP/1.1\r\nhost: x\r\nbad header line\r\n\r\n')
  t.match(malformed, /^HTTP\/1\.1 400 /)
  t.match(malformed, /content-type: application\/problem\+json/)
  t.match(malformed, /"code":"MALFORMED_REQUEST"/)
  const huge = await raw(`GET /v1/committees HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`)
  t.match(huge, /^HTTP\/1\.1 431 /)
  t.match(huge, /"code":"HEADERS_TOO_LARGE"/)
})
