import t from 'tap'
import { requestLoad, turnTaker } from '../../src/lib/turns.ts'

/** Steps until the taker asks for a turn, the clock moving `msPerStep` each step. */
function stepsUntilTurn(others: number): number {
  let clock = 0
  const turn = turnTaker({ budget: { alone: 4, shared: 0.5 }, now: () => clock })
  const tickets = [requestLoad.begin()] // the loop's own request
  for (let i = 0; i < others; i++) tickets.push(requestLoad.begin())
  try {
    for (let step = 1; step <= 10_000; step++) {
      clock += 1 / 64
      if (turn() !== undefined) return step
    }
    return Infinity
  } finally {
    for (const ticket of tickets) requestLoad.end(ticket)
  }
}

t.test('a loop alone takes its turn after the long budget, with other requests in flight after the short one', async (t) => {
  t.equal(requestLoad.inFlight(), 0, 'nothing in flight to begin with')
  // Steps of 1/64 ms; the clock is read every 16 steps.
  t.equal(stepsUntilTurn(0), 256, 'alone: 4 ms')
  t.equal(stepsUntilTurn(3), 32, 'three other requests: 0.5 ms')
  t.equal(requestLoad.inFlight(), 0, 'every begin ended')
})

t.test('a loop that serves no request (the sequencer) takes short turns as soon as any request is in flight', async (t) => {
  let clock = 0
  const turn = turnTaker({ budget: { alone: 4, shared: 0.5 }, now: () => clock, ownRequest: false, every: 1 })
  clock = 1
  t.equal(turn(), undefined, 'alone: 1 ms is within its 4 ms')
  const ticket = requestLoad.begin()
  try {
    t.not(turn(), undefined, 'one request in flight: 1 ms is past 0.5 ms')
  } finally {
    requestLoad.end(ticket)
  }
})

t.test('the app counts a request until its response closes, answered or refused', async (t) => {
  const { buildTestApp } = await import('../helpers/app.ts')
  const h = await buildTestApp(t)
  const before = requestLoad.inFlight()
  const answers = await Promise.all([
    h.app.inject({ method: 'GET', url: '/health/live' }),
    h.app.inject({ method: 'GET', url: '/v1/committees' }),
    h.app.inject({ method: 'GET', url: '/no/such/route' }),
  ])
  t.same(
    answers.map((a) => a.statusCode),
    [200, 401, 404],
  )
  t.equal(requestLoad.inFlight(), before, 'every request counted out again')
})

t.test('a request counts once, however often it ends, and not while idle', async (t) => {
  const before = requestLoad.inFlight()
  const a = requestLoad.begin()
  const b = requestLoad.begin()
  t.equal(requestLoad.inFlight(), before + 2)
  requestLoad.idle(a)
  requestLoad.idle(a)
  t.equal(requestLoad.inFlight(), before + 1, 'an idle request is not counted, idle twice or not')
  requestLoad.busy(a)
  requestLoad.busy(a)
  t.equal(requestLoad.inFlight(), before + 2, 'counted again once busy')
  requestLoad.idle(b)
  requestLoad.end(b)
  requestLoad.busy(b)
  t.equal(requestLoad.inFlight(), before + 1, 'a request that ended while idle is not counted again')
  requestLoad.end(a)
  requestLoad.end(a)
  t.equal(requestLoad.inFlight(), before, 'ending twice counts out once')
})

t.test('a change-feed long poll is not counted while it waits, and is counted out when it answers', async (t) => {
  const { buildTestApp } = await import('../helpers/app.ts')
  const h = await buildTestApp(t)
  // The end of the feed: a poll from there has nothing to read and waits.
  let cursor: string | undefined
  for (;;) {
    const page = (await h.call(h.adminToken, { method: 'GET', url: `/v1/changes?limit=500${cursor ? `&cursor=${cursor}` : ''}` })).json()
    cursor = page.nextCursor
    if (!page.hasMore) break
  }
  const before = requestLoad.inFlight()
  // Whenever all three polls are waiting at once, what the count says then.
  const { idle, busy } = requestLoad
  let waiting = 0
  const seen: number[] = []
  t.teardown(() => Object.assign(requestLoad, { idle, busy }))
  requestLoad.idle = (ticket) => {
    idle(ticket)
    if (++waiting === 3) seen.push(requestLoad.inFlight())
  }
  requestLoad.busy = (ticket) => {
    waiting--
    busy(ticket)
  }
  const answers = await Promise.all(
    Array.from({ length: 3 }, () =>
      h.app.inject({ method: 'GET', url: `/v1/changes?cursor=${cursor}&wait=3`, headers: { authorization: `Bearer ${h.adminToken}` } }),
    ),
  )
  t.same(
    answers.map((a) => [a.statusCode, a.json().items.length]),
    [
      [200, 0],
      [200, 0],
      [200, 0],
    ],
  )
  t.ok(seen.length > 0, 'the three polls waited at once')
  t.same(new Set(seen), new Set([before]), 'three long polls waiting: none counted')
  t.equal(requestLoad.inFlight(), before, 'every poll counted out once')
})
