import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { webhookSubscriptions } from '../../src/db/schema.ts'
import t, { type Test } from 'tap'
import { receiveWebhooks, snapshot, verifyWebhook } from '../../scripts/mirror.ts'
import { isPublicAddress } from '../../src/modules/webhooks/destination.ts'
import { backoffMs, WebhookDispatcher } from '../../src/modules/webhooks/dispatcher.ts'
import { webhookRepository } from '../../src/modules/webhooks/repository.ts'
import { changesHead } from '../../src/modules/changes/service.ts'
import { buildTestApp, TEST_WEBHOOK_KEYS, type TestApp } from '../helpers/app.ts'
import { isSealed, newSecretKey, open as openSecret, seal, sealedUnder, secretKeysFrom, type SecretKeys } from '../../src/lib/secret-box.ts'
import { createCluster, createCommittee } from '../helpers/fixtures.ts'
import { expectProblem } from '../helpers/problems.ts'

/** One POST a receiver got. */
interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** What the receiver answered. */
  status: number
}

/**
 * A local webhook receiver: records every POST and answers what `answer` says (a status, or a
 * promise of one: the request is held until it settles).
 */
async function receiver(t: Test, answer: (n: number, path: string, body: string) => number | Promise<number> = () => 200) {
  const got: Received[] = []
  const inFlight = new Map<string, number>()
  const maxInFlight = new Map<string, number>()
  let n = 0
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => void answerIt())
    const answerIt = async () => {
      const path = req.url ?? '/'
      const now = (inFlight.get(path) ?? 0) + 1
      inFlight.set(path, now)
      maxInFlight.set(path, Math.max(maxInFlight.get(path) ?? 0, now))
      const status = await answer(++n, path, Buffer.concat(chunks).toString('utf8'))
      inFlight.set(path, inFlight.get(path)! - 1)
      got.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status })
      res.writeHead(status).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  server.unref()
  const url = (path = '/hook') => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`
  return { got, url, maxInFlight, server }
}

/** Polls until `check` holds (the test's own timeout bounds it). */
async function until(check: () => boolean | Promise<boolean>, pause = 25) {
  while (!(await check())) await new Promise((r) => setTimeout(r, pause))
}

interface FeedItem {
  position: number
  entityType: string
  entityId: string
  action: string
  entity: Record<string, unknown> | null
}

/** The feed of these types after `position`, read whole. */
async function feedAfter(h: TestApp, token: string, position: number, types: string) {
  const items: FeedItem[] = []
  let cursor: string | undefined
  for (;;) {
    const res = await h.call(token, { method: 'GET', url: `/v1/changes?limit=500&types=${types}${cursor ? `&cursor=${cursor}` : ''}` })
    const body = res.json() as { items: FeedItem[]; nextCursor: string }
    items.push(...body.items.filter((i) => i.position > position))
    cursor = body.nextCursor
    if (body.items.length === 0) return items
  }
}

const delivered = (got: Received[], path = '/hook') => got.filter((r) => r.path === path && r.status >= 200 && r.status < 300)
const positionOf = (r: Received) => (JSON.parse(r.body) as { data: { position: number } }).data.position

t.test('addresses: only public unicast ones are deliverable', async (t) => {
  for (const a of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '113.160.0.1']) t.ok(isPublicAddress(a), `${a} is public`)
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not an address',
  ]) {
    t.notOk(isPublicAddress(a), `${a} is not public`)
  }
  // The retry delays double from the base, with jitter between half and all of it, capped at an hour.
  t.equal(
    backoffMs(1000, 1, () => 1),
    1000,
  )
  t.equal(
    backoffMs(1000, 3, () => 1),
    4000,
  )
  t.equal(
    backoffMs(1000, 3, () => 0),
    2000,
  )
  t.equal(
    backoffMs(1000, 40, () => 1),
    3_600_000,
  )
})

t.test('subscriptions: the secret shown once, organisers for their own committees, no secret in the audit log', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false })
  const province = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Phú Thọ', level: 'province' })
  const other = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Thanh Hóa', level: 'province' })
  const organizer = await h.token('organizer', province.id)
  const reader = await h.token('reader')

  const created = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: { 'idempotency-key': 'hook-1' },
    body: { url: 'https://8.8.8.8/hooks/ctd', types: ['committee', 'cluster'], description: 'Cổng thông tin tỉnh' },
  })
  t.equal(created.statusCode, 201)
  const sub = created.json()
  t.match(sub.secret, /^whsec_[A-Za-z0-9+/]{43}=$/, 'a Standard Webhooks secret')
  t.equal(created.headers.location, `/v1/webhook-subscriptions/${sub.id}`)
  t.match(sub, { url: 'https://8.8.8.8/hooks/ctd', types: ['committee', 'cluster'], status: 'active', attempts: 0, committeeId: null })
  const replay = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    headers: { 'idempotency-key': 'hook-1' },
    body: { url: 'https://8.8.8.8/hooks/ctd', types: ['committee', 'cluster'], description: 'Cổng thông tin tỉnh' },
  })
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.json().id, sub.id)
  t.equal(replay.json().secret, null, 'a replay does not show the secret again')

  const read = await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })
  t.equal(read.statusCode, 200)
  t.notOk('secret' in read.json(), 'a read never shows the secret')

  // Organisers: their own committee only; readers not at all.
  const own = await h.call(organizer, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/', committeeId: province.id } })
  t.equal(own.statusCode, 201)
  expectProblem(
    t,
    await h.call(organizer, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/', committeeId: other.id } }),
    403,
    'OUT_OF_SCOPE',
  )
  expectProblem(t, await h.call(organizer, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/' } }), 403, 'OUT_OF_SCOPE')
  expectProblem(t, await h.call(reader, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/' } }), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await h.call(organizer, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` }), 403, 'OUT_OF_SCOPE')
  t.equal((await h.call(organizer, { method: 'GET', url: `/v1/webhook-subscriptions/${own.json().id}` })).statusCode, 200)
  const mine = await h.call(organizer, { method: 'GET', url: `/v1/webhook-subscriptions?committeeId=${province.id}` })
  t.same(
    mine.json().items.map((s: { id: string }) => s.id),
    [own.json().id],
  )
  expectProblem(t, await h.call(organizer, { method: 'GET', url: '/v1/webhook-subscriptions' }), 403, 'OUT_OF_SCOPE')
  t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/webhook-subscriptions' })).json().items.length, 2)
  expectProblem(
    t,
    await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/', types: ['submission'] } }),
    400,
    'VALIDATION_FAILED',
  )
  expectProblem(
    t,
    await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'https://8.8.4.4/', fromPosition: 1_000_000 } }),
    422,
    'POSITION_BEYOND_LOG',
  )

  // Deleted: gone, with its log; the audit log has the subscription's life but never its secret.
  t.equal((await h.call(h.adminToken, { method: 'DELETE', url: `/v1/webhook-subscriptions/${sub.id}` })).statusCode, 204)
  expectProblem(t, await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` }), 404, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND')
  expectProblem(t, await h.call(h.adminToken, { method: 'DELETE', url: `/v1/webhook-subscriptions/${sub.id}` }), 404, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND')
  await h.app.auditLog.flush()
  const events = await h.call(h.adminToken, { method: 'GET', url: `/v1/audit-events?entityType=webhook_subscription&limit=100` })
  t.same(
    events.json().items.map((e: { action: string }) => e.action),
    ['webhook_subscription.created', 'webhook_subscription.created', 'webhook_subscription.deleted'],
  )
  t.notOk(events.body.includes(sub.secret), 'the audit log never holds a secret')
  t.notOk(events.body.includes(own.json().secret))
  // Not public: a reader's feed never shows them.
  const feed = await h.call(reader, { method: 'GET', url: '/v1/changes?limit=500' })
  t.notOk(feed.body.includes('webhook_subscription'))
})

t.test('URLs: http(s) on public addresses only, unless WEBHOOK_ALLOW_PRIVATE_URLS', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false })
  const refused: [string, string][] = [
    ['ftp://8.8.8.8/hook', 'WEBHOOK_URL_INVALID'],
    ['file:///etc/passwd', 'WEBHOOK_URL_INVALID'],
    ['not a url', 'WEBHOOK_URL_INVALID'],
    ['https://user:pass@8.8.8.8/hook', 'WEBHOOK_URL_INVALID'],
    ['https://8.8.8.8/hook#part', 'WEBHOOK_URL_INVALID'],
    ['http://127.0.0.1:8080/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://localhost:8080/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://api.localhost/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://10.0.0.5/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://192.168.1.10/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://169.254.169.254/latest/meta-data', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://[::1]:8080/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://[fd12::1]/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://[::ffff:7f00:1]/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://2130706433/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
    ['http://0x7f.1/hook', 'WEBHOOK_URL_NOT_PUBLIC'],
  ]
  for (const [url, code] of refused) {
    const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url } })
    expectProblem(t, res, 422, code)
    t.equal(res.json().errors?.[0]?.pointer, '/url', `${url}: the problem points at the URL`)
  }
  t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/webhook-subscriptions' })).json().items.length, 0, 'nothing was written')

  const open = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
  t.equal((await open.call(open.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'http://127.0.0.1:8080/hook' } })).statusCode, 201)
  expectProblem(
    t,
    await open.call(open.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: 'ftp://127.0.0.1/' } }),
    422,
    'WEBHOOK_URL_INVALID',
  )
})

t.test('delivery: each change once, in the feed’s order (WEBHOOK_IN_FLIGHT=1), signed, as the feed shows it; the delivery log', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_URLS: true, WEBHOOK_POLL_MS: 20, WEBHOOK_BACKOFF_MS: 20, WEBHOOK_IN_FLIGHT: 1 })
  const r = await receiver(t)
  const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url(), types: ['committee', 'cluster'] } })).json()
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const provinces = []
  for (const name of ['Phú Thọ', 'Bắc Kạn', 'Hòa Bình'])
    provinces.push(await createCommittee(h, { name: `Ủy ban MTTQ tỉnh ${name}`, level: 'province', parentId: central.id }))
  const got = await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${provinces[0]!.id}` })
  await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${provinces[0]!.id}`,
    headers: { 'if-match': got.headers.etag as string },
    body: { shortName: 'Phú Thọ' },
  })
  await createCluster(h, { name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc', organizerCommitteeId: central.id })
  // Not subscribed: an indicator.
  await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'FUND_RAISED', nameVi: 'Quỹ Vì người nghèo vận động được', unit: 'đồng', valueType: 'integer', minValue: '0' },
  })
  await h.app.auditLog.flush()
  const feed = await feedAfter(h, h.adminToken, sub.position, 'committee,cluster')
  t.equal(feed.length, 6, 'four committees created, one updated, one cluster')
  await until(() => delivered(r.got).length >= feed.length)

  const hooks = delivered(r.got)
  t.same(
    hooks.map(positionOf),
    feed.map((f) => f.position),
    'every change of its kinds, once, in the feed’s order',
  )
  for (const [i, hook] of hooks.entries()) {
    t.ok(verifyWebhook(sub.secret, hook.headers, hook.body), `message ${i + 1}: the signature verifies`)
    t.equal(hook.headers['webhook-id'], `msg_${feed[i]!.position}`)
    t.equal(hook.headers['content-type'], 'application/json')
    const body = JSON.parse(hook.body)
    t.equal(body.type, feed[i]!.action)
    // The entity as it was when sent: the feed read later may show a later state of it.
    const { entity, ...change } = body.data
    const { entity: now, ...expected } = feed[i]!
    t.same(change, expected, 'the data is the change as the feed shows it')
    t.equal(entity.id, now!.id)
  }
  const first = hooks[0]!
  t.notOk(verifyWebhook(sub.secret, first.headers, `${first.body} `), 'a changed body does not verify')
  t.notOk(verifyWebhook('whsec_' + Buffer.alloc(32, 1).toString('base64'), first.headers, first.body), 'another secret does not verify')
  t.notOk(verifyWebhook(sub.secret, first.headers, first.body, { now: Date.now() + 3600_000 }), 'an old message does not verify')

  // The receiver has answered; the attempt is recorded just after.
  await until(async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json().position >= feed.at(-1)!.position)
  const log = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}/deliveries?limit=100` })).json()
  t.equal(log.items.length, feed.length)
  t.same(
    log.items.map((d: { position: number }) => d.position),
    feed.map((f) => f.position).reverse(),
    'newest first',
  )
  t.ok(log.items.every((d: { outcome: string; attempt: number; statusCode: number }) => d.outcome === 'delivered' && d.attempt === 1 && d.statusCode === 200))
  const state = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json()
  t.match(state, { status: 'active', attempts: 0, failingSince: null, lastError: null })
  t.ok(state.lastDeliveredAt)
})

t.test('a receiver that fails, then recovers, gets every change; a slow one holds no write', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_URLS: true, WEBHOOK_POLL_MS: 20, WEBHOOK_BACKOFF_MS: 20 })
  let release: () => void = () => {}
  const held = new Promise<number>((resolve) => (release = () => resolve(200)))
  // /flaky answers 500 to the first change three times, 200 to everything else; /slow holds its
  // first request until released.
  let refused = 0
  const firstOnFlaky = (body: string) => (JSON.parse(body) as { data: { entity: { name: string } } }).data.entity.name === 'Ủy ban MTTQ xã số 1'
  const r = await receiver(t, (n, path, body) => (path === '/slow' ? (n === 1 ? held : 200) : firstOnFlaky(body) && refused++ < 3 ? 500 : 200))
  const flaky = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/flaky'), types: ['committee'] } })).json()
  const slow = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/slow'), types: ['indicator'] } })).json()

  // The slow receiver holds its first delivery; meanwhile writes answer.
  await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'HOUSES_BUILT', nameVi: 'Nhà Đại đoàn kết xây mới, sửa chữa', unit: 'house', valueType: 'integer', minValue: '0' },
  })
  await h.app.auditLog.flush()
  await until(() => r.maxInFlight.get('/slow') === 1)
  const committees = []
  for (let i = 1; i <= 4; i++) committees.push(await createCommittee(h, { name: `Ủy ban MTTQ xã số ${i}`, level: 'commune' }))
  t.equal(committees.length, 4, 'four writes answered while a delivery was held')
  await h.app.auditLog.flush()

  const feed = await feedAfter(h, h.adminToken, flaky.position, 'committee')
  const first = feed[0]!.position
  // Delivered at last, and every later change (re)sent after it: the position never moved past it.
  const afterFirst = () => {
    const hooks = delivered(r.got, '/flaky')
    const at = hooks.findIndex((g) => positionOf(g) === first)
    return at < 0 ? [] : hooks.slice(at).map(positionOf)
  }
  await until(() => feed.every((f) => afterFirst().includes(f.position)))
  const failed = r.got.filter((g) => g.path === '/flaky' && g.status === 500)
  t.equal(failed.length, 3)
  t.ok(
    failed.every((g) => positionOf(g) === first),
    'the first change was retried',
  )
  t.same(
    [...new Set(afterFirst())].sort((a, b) => a - b),
    feed.map((f) => f.position),
    'every change, from the one that failed on, after its delivery: the later ones waited behind it (those delivered beside it are sent again)',
  )
  await until(
    async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${flaky.id}` })).json().position >= feed.at(-1)!.position,
  )
  const log = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${flaky.id}/deliveries?limit=100` })).json()
  const firstChange = log.items.filter((d: { position: number }) => d.position === feed[0]!.position).reverse()
  t.match(firstChange, [
    { attempt: 1, outcome: 'failed', statusCode: 500, error: 'the receiver answered 500' },
    { attempt: 2, outcome: 'failed', statusCode: 500 },
    { attempt: 3, outcome: 'failed', statusCode: 500 },
    { attempt: 4, outcome: 'delivered', statusCode: 200, error: null },
  ])
  t.ok(new Set(log.items.map((d: { messageId: string }) => d.messageId)).size === feed.length, 'one webhook-id per change, the same on every attempt')
  t.ok(
    log.items.every((d: { messageId: string; position: number }) => d.messageId === `msg_${d.position}`),
    'each attempt logged under its change’s webhook-id',
  )

  release()
  await until(() => delivered(r.got, '/slow').length >= 1)
  t.ok(verifyWebhook(slow.secret, delivered(r.got, '/slow')[0]!.headers, delivered(r.got, '/slow')[0]!.body))
})

t.test(
  'several deliveries in flight: at most WEBHOOK_IN_FLIGHT per subscription, each change once; a receiver holding them all delays no other subscription',
  async (t) => {
    const h = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_URLS: true, WEBHOOK_POLL_MS: 20, WEBHOOK_IN_FLIGHT: 4 })
    let release: () => void = () => {}
    const released = new Promise<number>((resolve) => (release = () => resolve(200)))
    // /fast answers its first four requests once all four have arrived (so they were in flight
    // together), then at once; /slow holds every request until released. One server, one host.
    let arrived = 0
    let together: () => void = () => {}
    const four = new Promise<number>((resolve) => (together = () => resolve(200)))
    const r = await receiver(t, (_n, path) => {
      if (path === '/slow') return released
      if (++arrived === 4) together()
      return arrived <= 4 ? four : 200
    })
    for (let i = 1; i <= 20; i++) await createCommittee(h, { name: `Ủy ban MTTQ thị trấn số ${i}`, level: 'commune' })
    await h.app.auditLog.flush()
    const feed = await feedAfter(h, h.adminToken, 0, 'committee')
    t.equal(feed.length, 20)
    // Both deliver the twenty changes made before them: each run finds them all at once.
    const subscribe = async (path: string) =>
      (
        await h.call(h.adminToken, {
          method: 'POST',
          url: '/v1/webhook-subscriptions',
          body: { url: r.url(path), types: ['committee'], fromPosition: feed[0]!.position },
        })
      ).json()
    const slow = await subscribe('/slow')
    const fast = await subscribe('/fast')

    await until(() => new Set(delivered(r.got, '/fast').map(positionOf)).size >= feed.length)
    await until(() => r.maxInFlight.get('/slow') === 4)
    t.equal(r.got.filter((g) => g.path === '/slow').length, 0, '/slow holds four deliveries, none answered')
    t.equal(r.maxInFlight.get('/fast'), 4, 'four deliveries to /fast at once, never more')
    t.same(
      delivered(r.got, '/fast')
        .map(positionOf)
        .sort((a, b) => a - b),
      feed.map((f) => f.position),
      '/fast got every change, once, while /slow held its deliveries',
    )
    await until(
      async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${fast.id}` })).json().position >= feed.at(-1)!.position,
    )
    const log = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${fast.id}/deliveries?limit=100` })).json()
    t.same(
      log.items.map((d: { position: number }) => d.position).sort((a: number, b: number) => a - b),
      feed.map((f) => f.position),
      'one attempt logged per change',
    )
    t.ok(log.items.every((d: { outcome: string; attempt: number }) => d.outcome === 'delivered' && d.attempt === 1))

    // Once /slow answers, it gets every change once, never more than four at once.
    release()
    await until(() => delivered(r.got, '/slow').length >= feed.length)
    t.equal(r.maxInFlight.get('/slow'), 4, 'never more than four in flight to /slow')
    t.same(
      delivered(r.got, '/slow')
        .map(positionOf)
        .sort((a, b) => a - b),
      feed.map((f) => f.position),
      '/slow got every change, once',
    )
    await until(
      async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${slow.id}` })).json().position >= feed.at(-1)!.position,
    )
  },
)

t.test('a failure among deliveries in flight: the position stops before it, and what was delivered after it is sent again (at least once)', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_URLS: true, WEBHOOK_POLL_MS: 20, WEBHOOK_BACKOFF_MS: 20, WEBHOOK_IN_FLIGHT: 4 })
  for (let i = 1; i <= 16; i++) await createCommittee(h, { name: `Ủy ban MTTQ xã biên giới số ${i}`, level: 'commune' })
  await h.app.auditLog.flush()
  const feed = await feedAfter(h, h.adminToken, 0, 'committee')
  const failing = feed[9]!.position
  // The tenth change is refused once; everything else is answered 200.
  let refused = false
  const r = await receiver(t, (_n, _path, body) => {
    if (refused || (JSON.parse(body) as { data: { position: number } }).data.position !== failing) return 200
    refused = true
    return 503
  })
  const sub = (
    await h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/webhook-subscriptions',
      body: { url: r.url(), types: ['committee'], fromPosition: feed[0]!.position },
    })
  ).json()
  const read = async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json()
  await until(async () => (await read()).position >= feed.at(-1)!.position)

  const got = r.got.map((g) => ({ position: positionOf(g), status: g.status }))
  t.same(
    got.filter((g) => g.status !== 200),
    [{ position: failing, status: 503 }],
    'one failure',
  )
  const redone = got.findIndex((g) => g.position === failing && g.status === 200)
  t.ok(redone > got.findIndex((g) => g.status === 503), 'the refused change was sent again')
  t.same(
    [...new Set(got.slice(redone).map((g) => g.position))].sort((a, b) => a - b),
    feed.slice(9).map((f) => f.position),
    'every change from the refused one on was (re)sent after it was delivered',
  )
  t.same(
    [...new Set(got.filter((g) => g.status === 200).map((g) => g.position))].sort((a, b) => a - b),
    feed.map((f) => f.position),
    'every change delivered',
  )
  t.ok(r.maxInFlight.get('/hook')! <= 4, 'never more than four in flight')
  const log = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}/deliveries?limit=100` })).json()
  t.match(log.items.filter((d: { position: number }) => d.position === failing).reverse(), [
    { attempt: 1, outcome: 'failed', statusCode: 503 },
    { attempt: 2, outcome: 'delivered', statusCode: 200 },
  ])
  t.equal(log.items.length, r.got.length, 'every attempt logged')
  t.match(await read(), { status: 'active', attempts: 0, failingSince: null, lastError: null })
})

t.test('after WEBHOOK_RETRY_FOR_S of failures the subscription fails; redeliver resumes it, or sends again from a position', async (t) => {
  // One delivery at a time: the order of what the receiver gets is asserted below.
  const h = await buildTestApp(t, {
    WEBHOOK_ALLOW_PRIVATE_URLS: true,
    WEBHOOK_POLL_MS: 20,
    WEBHOOK_BACKOFF_MS: 50,
    WEBHOOK_RETRY_FOR_S: 1,
    WEBHOOK_IN_FLIGHT: 1,
  })
  let up = false
  const r = await receiver(t, () => (up ? 200 : 503))
  const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url(), types: ['committee'] } })).json()
  const a = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Tuyên Quang', level: 'province' })
  await h.app.auditLog.flush()
  const read = async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json()
  await until(async () => (await read()).status === 'failing')
  const failing = await read()
  t.match(failing, { status: 'failing', lastError: 'the receiver answered 503', lastDeliveredAt: null })
  t.ok(failing.attempts >= 2 && failing.failingSince, 'a run of failed attempts since failingSince')
  t.ok(r.got.every((g) => g.status === 503))

  up = true
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Yên Bái', level: 'province' })
  await h.app.auditLog.flush()
  // With an Idempotency-Key the request runs in a transaction of its own: the deliveries it
  // wakes must not (pg warns when two queries share one client).
  const warnings: string[] = []
  const onWarning = (w: Error) => warnings.push(w.message)
  process.on('warning', onWarning)
  t.teardown(() => void process.off('warning', onWarning))
  const resumed = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/webhook-subscriptions/${sub.id}/redeliver`,
    headers: { 'idempotency-key': `resume-${sub.id}` },
  })
  t.equal(resumed.statusCode, 200, resumed.body)
  t.match(resumed.json(), { status: 'active', attempts: 0, failingSince: null })
  await until(() => delivered(r.got).length >= 2)
  const firstTwo = delivered(r.got).map(positionOf)
  t.equal(JSON.parse(delivered(r.got)[0]!.body).data.entityId, a.id, 'the change that failed comes first')

  // Sending again from the first position: both changes again (a receiver deduplicates on webhook-id).
  const again = await h.call(h.adminToken, { method: 'POST', url: `/v1/webhook-subscriptions/${sub.id}/redeliver`, body: { fromPosition: firstTwo[0] } })
  t.equal(again.statusCode, 200)
  await until(() => delivered(r.got).length >= 4)
  t.same(delivered(r.got).map(positionOf), [...firstTwo, ...firstTwo])
  t.same(
    delivered(r.got).map((g) => g.headers['webhook-id']),
    [...firstTwo, ...firstTwo].map((p) => `msg_${p}`),
  )
  t.same(warnings, [], 'no query of a delivery ran on a request’s connection')
  expectProblem(
    t,
    await h.call(h.adminToken, { method: 'POST', url: `/v1/webhook-subscriptions/${sub.id}/redeliver`, body: { fromPosition: 10_000_000 } }),
    422,
    'POSITION_BEYOND_LOG',
  )
  await h.app.auditLog.flush()
  const events = await h.call(h.adminToken, { method: 'GET', url: `/v1/audit-events?entityType=webhook_subscription&entityId=${sub.id}` })
  t.same(
    events.json().items.map((e: { action: string }) => e.action),
    ['webhook_subscription.created', 'webhook_subscription.redelivered', 'webhook_subscription.redelivered'],
  )
})

t.test(
  'a replica that died holding a lease loses nothing: once the lease runs out another delivers; two replicas never send to one subscription at once',
  async (t) => {
    // This app does not deliver; the deliveries are another replica's (a dispatcher of its own).
    const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
    const r = await receiver(t, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return 200
    })
    const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url(), types: ['committee'] } })).json()
    for (let i = 1; i <= 3; i++) await createCommittee(h, { name: `Ủy ban MTTQ phường ${i}`, level: 'commune' })
    await h.app.auditLog.flush()
    // A replica claimed it and died: its lease stands for another second, and nothing of it was recorded.
    await h.app.db.execute(
      sql`update webhook_subscriptions set lease_owner = 'dead-replica', lease_until = clock_timestamp() + interval '1 second' where id = ${sub.id}`,
    )
    const [{ leaseUntil }] = (await h.app.db
      .select({ leaseUntil: webhookSubscriptions.leaseUntil })
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, sub.id))) as [{ leaseUntil: Date }]

    const options = {
      allowPrivate: true,
      timeoutMs: 2000,
      retryForMs: 86_400_000,
      backoffMs: 20,
      pollMs: 20,
      concurrency: 4,
      inFlight: 2,
      logDays: 30,
      log: h.app.log,
      secretKeys: h.webhookSecretKeys,
    }
    const replicas = [new WebhookDispatcher(h.app.db, h.app.publicViews, options), new WebhookDispatcher(h.app.db, h.app.publicViews, options)]
    t.teardown(() => Promise.all(replicas.map((d) => d.stop())))
    for (const d of replicas) d.start()
    const feed = await feedAfter(h, h.adminToken, sub.position, 'committee')
    await until(() => delivered(r.got).length >= feed.length)
    t.same(
      delivered(r.got)
        .map(positionOf)
        .sort((a, b) => a - b),
      feed.map((f) => f.position),
      'every change the dead replica held, once',
    )
    const log = (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}/deliveries?limit=100` })).json()
    const firstAttempt = Math.min(...log.items.map((d: { attemptedAt: string }) => Date.parse(d.attemptedAt)))
    t.ok(firstAttempt >= leaseUntil.getTime(), 'not before the dead replica’s lease ran out')

    // Both replicas deliver more, each up to two at once (inFlight): one subscription never has
    // more than one replica's two in flight, and nothing is sent twice.
    for (let i = 4; i <= 15; i++) await createCommittee(h, { name: `Ủy ban MTTQ phường ${i}`, level: 'commune' })
    await h.app.auditLog.flush()
    const all = await feedAfter(h, h.adminToken, sub.position, 'committee')
    await until(() => new Set(delivered(r.got).map(positionOf)).size >= all.length)
    t.ok(r.maxInFlight.get('/hook')! <= 2, 'never more in flight than one replica sends to one subscription')
    const seen = delivered(r.got).map(positionOf)
    t.same(
      [...seen].sort((a, b) => a - b),
      all.map((f) => f.position),
      'every change, once',
    )
  },
)

t.test('a subscription moved while a run of this replica still holds it: the old run’s late steps never take the new run’s lease', async (t) => {
  // The deliveries are a dispatcher's of the test's own, woken only by hand (its poll is a minute).
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
  const held: Array<() => void> = []
  const r = await receiver(t, (n) => (n <= 2 ? new Promise<number>((resolve) => held.push(() => resolve(200))) : 200))
  const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url(), types: ['committee'] } })).json()
  const d = new WebhookDispatcher(h.app.db, h.app.publicViews, {
    allowPrivate: true,
    timeoutMs: 10_000,
    retryForMs: 86_400_000,
    backoffMs: 20,
    pollMs: 60_000,
    concurrency: 4,
    inFlight: 8,
    logDays: 30,
    log: h.app.log,
    secretKeys: h.webhookSecretKeys,
  })
  const inside = d as unknown as { running: Set<Promise<void>>; ticking: Promise<void> | null }
  t.teardown(() => {
    for (const release of held) release()
    return d.stop()
  })
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Lai Châu', level: 'province' })
  await h.app.auditLog.flush()
  d.start()
  await until(() => held.length === 1)
  // While the first run's POST (of the first change) is held, a second change is made and the
  // subscription moved on to it: a second run claims it and sends that one (held too).
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Điện Biên', level: 'province' })
  await h.app.auditLog.flush()
  const [first, second] = await feedAfter(h, h.adminToken, sub.position, 'committee')
  const moved = await h.call(h.adminToken, {
    method: 'POST',
    url: `/v1/webhook-subscriptions/${sub.id}/redeliver`,
    body: { fromPosition: second!.position },
  })
  t.equal(moved.statusCode, 200, moved.body)
  d.kick()
  await until(() => held.length === 2)
  t.equal(inside.running.size, 2)

  // The first run's POST is answered: its record finds the subscription moved, and its release
  // must not end the second run's lease (else a third run claims it and sends the second change again).
  held[0]!()
  await until(() => inside.running.size === 1)
  await inside.ticking
  t.equal(inside.running.size, 1, 'only the second run holds the subscription')
  held[1]!()
  await until(async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json().position >= second!.position)
  t.same(delivered(r.got).map(positionOf), [first!.position, second!.position], 'each run’s change once, never a third send')
})

t.test('receivers that are down take at most half the runs: a live subscription is delivered while retries to dead ones hang', async (t) => {
  // The deliveries are a dispatcher's of the test's own: two runs at once, so one may retry.
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
  // /dead-* never answer (until the test ends); /live answers at once. Requests to /dead-* are
  // counted while open, from arrival until their connection closes (the dispatcher's timeout).
  let deadOpen = 0
  let deadMost = 0
  const live: string[] = []
  const hanging = new Set<() => void>()
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url === '/live') {
        live.push(req.url)
        res.writeHead(200).end()
        return
      }
      deadMost = Math.max(deadMost, ++deadOpen)
      const end = () => res.writeHead(200).end()
      hanging.add(end)
      res.on('close', () => {
        hanging.delete(end)
        deadOpen--
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const end of [...hanging]) end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`
  const subscribe = async (path: string) =>
    (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: url(path), types: ['committee'] } })).json()
  const dead = [await subscribe('/dead-1'), await subscribe('/dead-2'), await subscribe('/dead-3')]
  const up = await subscribe('/live')
  // The dead ones failed before and are due again, longer ago than the live one is.
  for (const d of dead) {
    await h.app.db.execute(sql`update webhook_subscriptions set attempts = 3, next_attempt_at = clock_timestamp() - interval '1 minute' where id = ${d.id}`)
  }
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Tuyên Quang', level: 'province' })
  await h.app.auditLog.flush()
  const d = new WebhookDispatcher(h.app.db, h.app.publicViews, {
    allowPrivate: true,
    timeoutMs: 10_000,
    retryForMs: 86_400_000,
    backoffMs: 60_000,
    pollMs: 20,
    concurrency: 2,
    inFlight: 1,
    logDays: 30,
    log: h.app.log,
    secretKeys: h.webhookSecretKeys,
  })
  t.teardown(() => d.stop())
  d.start()
  await until(() => live.length === 1 && deadOpen === 1)
  t.equal(deadMost, 1, 'one retry at a time: the other run is the live subscription’s')
  await until(async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${up.id}` })).json().position > up.position)
  t.pass('the live subscription moved on while a retry hung')
})

t.test(
  'signing secrets are sealed at rest: a copy of the database cannot sign; a replica without the key does not take them; one that does not open fails its deliveries, saying why; a new key seals them again',
  async (t) => {
    const stored = async (h: TestApp, id: string) =>
      (await h.app.db.select({ secret: webhookSubscriptions.secret }).from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)))[0]!.secret
    const dispatcher = (h: TestApp, secretKeys: SecretKeys | null) => {
      const d = new WebhookDispatcher(h.app.db, h.app.publicViews, {
        allowPrivate: true,
        timeoutMs: 5000,
        retryForMs: 86_400_000,
        backoffMs: 60_000,
        pollMs: 20,
        concurrency: 4,
        inFlight: 1,
        logDays: 30,
        log: h.app.log,
        secretKeys,
      })
      t.teardown(() => d.stop())
      d.start()
      return d
    }
    const r = await receiver(t)

    // Sealed under the app's key: the row holds neither the secret nor its key bytes.
    const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
    const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/sealed'), types: ['committee'] } })).json()
    const sealed = await stored(h, sub.id)
    t.ok(isSealed(sealed), 'stored sealed')
    t.notOk(sealed.includes(sub.secret.slice('whsec_'.length)), 'the secret is not in the row')
    // Copied onto another subscription's row, it does not open.
    t.throws(() => openSecret(TEST_WEBHOOK_KEYS, sealed, 'webhook_subscription:00000000-0000-7000-8000-000000000000'), /does not open/)

    // A replica without the key does not take the subscription (another, with it, delivers).
    await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Cao Bằng', level: 'province' })
    await h.app.auditLog.flush()
    const repo = webhookRepository(h.app.db)
    const head = await changesHead(h.app.db)
    const stranger = secretKeysFrom([newSecretKey()])
    t.same(
      await repo.claim(
        'stranger',
        head,
        60_000,
        10,
        10,
        stranger.keys.map((k) => k.kid),
      ),
      [],
      'not claimed without its key',
    )
    t.same(await repo.claim('nokey', head, 60_000, 10, 10, []), [], 'nor by a replica with no key at all')
    const held = await repo.claim(
      'holder',
      head,
      60_000,
      10,
      10,
      TEST_WEBHOOK_KEYS.keys.map((k) => k.kid),
    )
    t.same(
      held.map((x) => x.id),
      [sub.id],
      'claimed by one that holds it',
    )
    await repo.release(sub.id, 'holder')

    // A secret that does not open (copied from another subscription's row): nothing is sent; the attempt fails, saying why.
    const other = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/other'), types: ['cluster'] } })).json()
    await h.app.db.execute(sql`update webhook_subscriptions set secret = ${await stored(h, other.id)} where id = ${sub.id}`)
    const deliveries = async (id: string) =>
      (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${id}/deliveries?limit=100` })).json().items as {
        outcome: string
        error: string | null
      }[]
    const tampered = dispatcher(h, TEST_WEBHOOK_KEYS)
    await until(async () => (await deliveries(sub.id)).length > 0)
    await tampered.stop()
    const [failed] = await deliveries(sub.id)
    t.equal(failed!.outcome, 'failed')
    t.match(failed!.error, /the signing secret cannot be opened: .*belongs to another row/)
    t.equal(r.got.filter((g) => g.path === '/sealed').length, 0, 'nothing was sent')
    await h.app.db.execute(sql`update webhook_subscriptions set secret = ${sealed}, attempts = 0, next_attempt_at = clock_timestamp() where id = ${sub.id}`)

    // The key rotated (a new first key, the old one kept to open): sealed again under the new one, and it still signs.
    const rotated = secretKeysFrom([newSecretKey(), Buffer.from(TEST_WEBHOOK_KEYS.keys[0]!.key).toString('base64')])
    dispatcher(h, rotated)
    await until(() => delivered(r.got, '/sealed').length >= 1)
    t.ok(verifyWebhook(sub.secret, delivered(r.got, '/sealed')[0]!.headers, delivered(r.got, '/sealed')[0]!.body), 'signed with the secret shown once')
    await until(async () => sealedUnder(rotated, await stored(h, sub.id)))
    t.equal(openSecret(rotated, await stored(h, sub.id), `webhook_subscription:${sub.id}`), sub.secret, 'sealed anew under the new key')
    // One made afterwards by a replica that still has the old key file: sealed anew when it is first delivered to.
    const later = (
      await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/later'), types: ['committee'] } })
    ).json()
    t.ok(sealedUnder(TEST_WEBHOOK_KEYS, await stored(h, later.id)), 'sealed under the old key by this replica')
    await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Hà Giang', level: 'province' })
    await h.app.auditLog.flush()
    await until(() => delivered(r.got, '/later').length >= 1)
    t.ok(verifyWebhook(later.secret, delivered(r.got, '/later')[0]!.headers, delivered(r.got, '/later')[0]!.body))
    await until(async () => sealedUnder(rotated, await stored(h, later.id)))
    t.pass('sealed anew under the new key once claimed')

    // Kept unsealed before any key was configured: sealed once a replica has one, and it still signs.
    const plain = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true }, { webhookSecretKeys: null })
    const old = (
      await plain.call(plain.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: r.url('/plain'), types: ['committee'] } })
    ).json()
    t.equal(await stored(plain, old.id), old.secret, 'without a key the secret is stored as it is')
    await createCommittee(plain, { name: 'Ủy ban MTTQ tỉnh Bắc Kạn', level: 'province' })
    await plain.app.auditLog.flush()
    dispatcher(plain, TEST_WEBHOOK_KEYS)
    await until(() => delivered(r.got, '/plain').length >= 1)
    t.ok(verifyWebhook(old.secret, delivered(r.got, '/plain')[0]!.headers, delivered(r.got, '/plain')[0]!.body))
    await until(async () => isSealed(await stored(plain, old.id)))
    t.equal(openSecret(TEST_WEBHOOK_KEYS, await stored(plain, old.id), `webhook_subscription:${old.id}`), old.secret, 'now sealed')
  },
)

t.test('a subscription says which key seals its signing secret, and whether the service holds it (else nothing can be sent)', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
  const created = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    body: { url: 'http://127.0.0.1:9/hook', types: ['committee'] },
  })
  t.equal(created.statusCode, 201, created.body)
  const sub = created.json()
  const kid = TEST_WEBHOOK_KEYS.keys[0]!.kid
  t.same(sub.signing, { keyId: kid, held: true }, 'created: sealed under the service’s key, held')
  const read = async () => (await h.call(h.adminToken, { method: 'GET', url: `/v1/webhook-subscriptions/${sub.id}` })).json().signing
  const listed = async () =>
    (await h.call(h.adminToken, { method: 'GET', url: '/v1/webhook-subscriptions' })).json().items.find((x: { id: string }) => x.id === sub.id).signing
  t.same(await read(), { keyId: kid, held: true })
  // Its key lost (the row sealed under a key no replica holds): the subscription says so.
  const lost = secretKeysFrom([newSecretKey()])
  await h.app.db.execute(sql`update webhook_subscriptions set secret = ${seal(lost, sub.secret, `webhook_subscription:${sub.id}`)} where id = ${sub.id}`)
  t.same(await read(), { keyId: lost.keys[0]!.kid, held: false }, 'read: sealed under a key the service does not hold')
  t.same(await listed(), { keyId: lost.keys[0]!.kid, held: false }, 'and so in the list')
  // Kept unsealed (created where no key was configured): no key is needed.
  const plain = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true }, { webhookSecretKeys: null })
  const unsealed = await plain.call(plain.adminToken, {
    method: 'POST',
    url: '/v1/webhook-subscriptions',
    body: { url: 'http://127.0.0.1:9/hook', types: ['committee'] },
  })
  t.same(unsealed.json().signing, { keyId: null, held: true }, 'stored unsealed: no key, nothing missing')
})

t.test('claims: retries have their share however many live subscriptions are due, and never more', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_DELIVERY: false, WEBHOOK_ALLOW_PRIVATE_URLS: true })
  const subscribe = async (path: string) =>
    (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: `http://127.0.0.1:9/${path}`, fromPosition: 1 } })).json()
  const live = [await subscribe('a'), await subscribe('b'), await subscribe('c')]
  const retrying = [await subscribe('r1'), await subscribe('r2')]
  // The live ones have been due the longest; the retries came due since.
  for (const [k, s] of live.entries()) {
    await h.app.db.execute(sql`update webhook_subscriptions set next_attempt_at = clock_timestamp() - make_interval(mins => ${60 - k}) where id = ${s.id}`)
  }
  for (const s of retrying) {
    await h.app.db.execute(sql`update webhook_subscriptions set attempts = 2, next_attempt_at = clock_timestamp() - interval '1 second' where id = ${s.id}`)
  }
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Lạng Sơn', level: 'province' })
  await h.app.auditLog.flush()
  const repo = webhookRepository(h.app.db)
  const head = await changesHead(h.app.db)
  const keys = TEST_WEBHOOK_KEYS.keys.map((k) => k.kid)
  const kinds = (claimed: { id: string }[]) => claimed.map((c) => (retrying.some((r) => r.id === c.id) ? 'retry' : 'live')).sort()
  const first = await repo.claim('one', head, 60_000, 2, 1, keys)
  t.same(kinds(first), ['live', 'retry'], 'two runs free, one for retries: a retry and the live one waiting longest')
  t.equal(first.find((c) => !retrying.some((r) => r.id === c.id))!.id, live[0]!.id)
  const second = await repo.claim('two', head, 60_000, 3, 0, keys)
  t.same(kinds(second), ['live', 'live'], 'no share left for retries: only live ones')
})

t.test('scripts/mirror.ts --webhooks: a signed webhook makes the mirror catch up; an unsigned one changes nothing', async (t) => {
  const h = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_URLS: true, WEBHOOK_POLL_MS: 20 })
  const reader = await h.token('reader')
  const api = await h.app.listen({ host: '127.0.0.1', port: 0 })
  const dir = await mkdtemp(join(tmpdir(), 'ctd-mirror-hooks-'))
  const fresh = await mkdtemp(join(tmpdir(), 'ctd-mirror-hooks-fresh-'))
  t.teardown(() => Promise.all([rm(dir, { recursive: true, force: true }), rm(fresh, { recursive: true, force: true })]))
  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Kiên Giang', level: 'province' })
  const pages: number[] = []
  // The secret is known once subscribed; the mirror listens first, on a port of its own.
  let secret = ''
  const { server, close } = await receiveWebhooks({
    api,
    token: reader,
    dir,
    port: 0,
    host: '127.0.0.1',
    get secret() {
      return secret
    },
    onPage: ({ applied }) => pages.push(applied),
  })
  t.teardown(() => close())
  const port = (server.address() as AddressInfo).port
  const sub = (await h.call(h.adminToken, { method: 'POST', url: '/v1/webhook-subscriptions', body: { url: `http://127.0.0.1:${port}/` } })).json()
  secret = sub.secret

  const unsigned = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
  t.equal(unsigned.status, 401, 'an unsigned message is refused')

  await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Đồng Tháp', level: 'province' })
  await h.app.auditLog.flush()
  await snapshot({ api, token: reader, dir: fresh })
  const files = async (d: string) => {
    const out: Record<string, unknown> = {}
    for (const type of await readdir(d, { withFileTypes: true })) {
      if (!type.isDirectory()) continue
      for (const f of await readdir(join(d, type.name))) out[`${type.name}/${f}`] = JSON.parse(await readFile(join(d, type.name, f), 'utf8'))
    }
    return out
  }
  const expected = await files(fresh)
  await until(async () => JSON.stringify(await files(dir).catch(() => ({}))) === JSON.stringify(expected), 50)
  t.same(await files(dir), expected, 'the mirror caught up with the change a webhook announced')
  t.ok(pages.some((n) => n > 0))
})
