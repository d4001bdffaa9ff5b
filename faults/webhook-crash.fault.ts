/**
 * Fault: `kill -9` of the replica delivering a webhook, while the receiver holds its request.
 * Nothing was recorded as delivered, and the dead replica's lease on the subscription stands;
 * once it runs out, another replica takes the subscription over and sends every change again
 * from the one in flight: the receiver gets each change at least once, none is lost. (Several
 * deliveries are in flight at once, WEBHOOK_IN_FLIGHT, so the victim may have had later changes
 * answered before it died: those come twice, and the order of arrival is not asserted.)
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { sleep } from './lib/http.ts'
import { api, environment, tail } from './lib/setup.ts'

t.test('kill -9 of the replica delivering a webhook', async (t) => {
  const env = await environment(t)
  // A lease lasts 3 × WEBHOOK_TIMEOUT_MS + 2 s: 8 s here.
  const hooks = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_POLL_MS: '50', WEBHOOK_BACKOFF_MS: '100' }

  // The receiver holds the first request it gets (the victim's) and answers every later one.
  const got: { position: number; status: number }[] = []
  let held: (() => void) | null = null
  const heldOnce = new Promise<void>((resolve) => (held = resolve))
  let first = true
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const position = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { position: number } }).data.position
      if (first) {
        first = false
        held?.()
        return // never answered: the replica sending it dies waiting
      }
      got.push({ position, status: 200 })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  )
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`

  const victim = await env.replica('replica A (delivers, killed)', hooks)
  const a = api(victim.base, env.token)
  const sub = await a.must<{ id: string; position: number }>(201, 'POST', '/v1/webhook-subscriptions', { url, types: ['committee'] })
  const ids: string[] = []
  for (let i = 1; i <= 5; i++) {
    ids.push((await a.must<{ id: string }>(201, 'POST', '/v1/committees', { name: `Ủy ban MTTQ xã thử nghiệm ${i}`, level: 'commune' })).id)
  }
  await heldOnce
  victim.kill('SIGKILL')
  const killedAt = Date.now()
  t.ok(await victim.waitExit(5000), 'the delivering replica is gone', { output: tail(victim) })

  const survivor = await env.replica('replica B (takes over)', hooks)
  const b = api(survivor.base, env.token)
  const feed = await b.must<{ items: { position: number; entityId: string }[] }>(200, 'GET', `/v1/changes?types=committee&limit=500`)
  const expected = feed.items.filter((c) => c.position > sub.position).map((c) => c.position)
  t.equal(expected.length, 5, 'five changes to deliver')
  while (new Set(got.map((g) => g.position)).size < expected.length) {
    if (!survivor.alive()) break
    await sleep(100)
  }
  t.comment(`every change delivered ${Date.now() - killedAt} ms after the kill (the dead replica's lease: 8 s)`)
  const byPosition = (a: number, b: number) => a - b
  t.same([...new Set(got.map((g) => g.position))].sort(byPosition), expected, 'every change: none lost')
  // The receiver has answered the last one; its attempt is recorded just after.
  let state = await b.must<{ status: string; position: number }>(200, 'GET', `/v1/webhook-subscriptions/${sub.id}`)
  while (state.position < expected.at(-1)! && survivor.alive()) {
    await sleep(100)
    state = await b.must<{ status: string; position: number }>(200, 'GET', `/v1/webhook-subscriptions/${sub.id}`)
  }
  t.ok(state.position >= expected.at(-1)!, 'the subscription’s position is past the last change')
  const log = await b.must<{ items: { position: number; outcome: string }[] }>(200, 'GET', `/v1/webhook-subscriptions/${sub.id}/deliveries?limit=100`)
  t.same(
    log.items
      .filter((d) => d.outcome === 'delivered')
      .map((d) => d.position)
      .sort(byPosition),
    expected,
    'the delivery log records each delivery once: the survivor’s (the dead replica recorded nothing, its first change never answered)',
  )
})
