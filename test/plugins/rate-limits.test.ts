import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'

// Windows of an hour: nothing here depends on how fast the machine is.
const limits = { RATE_LIMIT_WINDOW_S: 3600, RATE_LIMIT_PER_KEY: 3, RATE_LIMIT_PER_ADDRESS: 6, AUTH_FAILURE_LIMIT: 2 }

t.test('an API key past its limit gets 429 RATE_LIMITED with Retry-After and RateLimit headers; others go on', async (t) => {
  const h = await buildTestApp(t, limits)
  const other = await h.token('reader')
  const read = (token: string) => h.call(token, { method: 'GET', url: '/v1/indicators' })
  const first = await read(h.adminToken)
  t.equal(first.statusCode, 200)
  t.equal(first.headers['ratelimit-policy'], '"per-address";q=6;w=3600, "per-key";q=3;w=3600')
  t.match(first.headers.ratelimit, /^"per-key";r=2;t=\d+$/)
  await read(h.adminToken)
  await read(h.adminToken)
  const limited = await read(h.adminToken)
  t.equal(limited.statusCode, 429)
  t.equal(limited.json().code, 'RATE_LIMITED')
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 3600)
  t.match(limited.headers.ratelimit, /^"per-key";r=0;t=\d+$/)
  t.equal((await read(other)).statusCode, 200, 'another key from the same address is not limited by the first')
  t.equal((await h.call(null, { method: 'GET', url: '/health/live' })).statusCode, 200, 'health checks are not counted')
})

t.test('an address past its limit gets 429, keys or not', async (t) => {
  const h = await buildTestApp(t, { ...limits, RATE_LIMIT_PER_KEY: 100 })
  const statuses = []
  for (let i = 0; i < 7; i++) statuses.push((await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })).statusCode)
  t.same(statuses, [200, 200, 200, 200, 200, 200, 429])
  const anonymous = await h.call(null, { method: 'GET', url: '/v1/indicators' })
  t.equal(anonymous.statusCode, 429)
  t.match(anonymous.headers.ratelimit, /^"per-address";r=0;t=\d+$/)
})

t.test('repeated failed authentication from one address is refused until its window ends', async (t) => {
  const h = await buildTestApp(t, limits)
  const wrong = 'ctd_00000000000000000000000000000000_' + 'A'.repeat(43)
  t.equal((await h.call(wrong, { method: 'GET', url: '/v1/indicators' })).statusCode, 401)
  t.equal((await h.call(wrong, { method: 'GET', url: '/v1/indicators' })).statusCode, 401)
  const throttled = await h.call(wrong, { method: 'GET', url: '/v1/indicators' })
  t.equal(throttled.statusCode, 429)
  t.equal(throttled.json().code, 'AUTH_THROTTLED')
  t.ok(Number(throttled.headers['retry-after']) > 0)
  t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })).statusCode, 429, 'any credentials from that address wait')
})

t.test('limits can be turned off', async (t) => {
  const h = await buildTestApp(t, { ...limits, RATE_LIMIT_ENABLED: false })
  for (let i = 0; i < 8; i++) t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })).statusCode, 200)
})

t.test('CORS: off by default; an allow-list answers preflights for listed origins only', async (t) => {
  const off = await buildTestApp(t)
  const plain = await off.call(off.adminToken, { method: 'GET', url: '/v1/indicators', headers: { origin: 'https://portal.example.gov.vn' } })
  t.equal(plain.headers['access-control-allow-origin'], undefined)

  const h = await buildTestApp(t, { CORS_ORIGINS: 'https://portal.example.gov.vn, https://other.example.vn' })
  const preflight = await h.call(null, {
    method: 'OPTIONS',
    url: '/v1/committees',
    headers: {
      origin: 'https://portal.example.gov.vn',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,idempotency-key,content-type',
    },
  })
  t.equal(preflight.statusCode, 204)
  t.equal(preflight.headers['access-control-allow-origin'], 'https://portal.example.gov.vn')
  t.match(String(preflight.headers['access-control-allow-headers']).toLowerCase(), /idempotency-key/)
  const read = await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators', headers: { origin: 'https://portal.example.gov.vn' } })
  t.equal(read.headers['access-control-allow-origin'], 'https://portal.example.gov.vn')
  t.match(String(read.headers['access-control-expose-headers']), /Retry-After/)
  const stranger = await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators', headers: { origin: 'https://evil.example.com' } })
  t.equal(stranger.headers['access-control-allow-origin'], undefined, 'an origin not listed gets no CORS headers')
})

t.test('who a limit counts: IPv4 however written, an IPv6 client by its /64', async (t) => {
  const { clientKey } = await import('../../src/plugins/rate-limits.ts')
  const cases: [string, string][] = [
    ['1.2.3.4', '1.2.3.4'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['::FFFF:1.2.3.4', '1.2.3.4'],
    ['0:0:0:0:0:ffff:1.2.3.4', '1.2.3.4'],
    ['64:ff9b::1.2.3.4', '1.2.3.4'],
    ['1.2.3.4:5678', '1.2.3.4'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0:0:ffff::5', '2001:db8:0:0::/64'],
    ['2001:db8:0:1::1', '2001:db8:0:1::/64'],
    ['::1', '0:0:0:0::/64'],
  ]
  for (const [address, key] of cases) t.equal(clientKey(address), key, address)
})
