import t from 'tap'
import { requestLoad, turnTaker } from '../../src/lib/turns.ts'

/** Steps until the taker asks for a turn, the clock moving `msPerStep` each step. */
function stepsUntilTurn(others: number): number {
  let clock = 0
  const turn = turnTaker({ budget: { alone: 4, shared: 0.5 }, now: () => clock })
  for (let i = 0; i < 1000; i++) requestLoad.begin()
  for (let i = 0; i < 1000; i++) requestLoad.end()
  requestLoad.begin() // the loop's own request
  for (let i = 0; i < others; i++) requestLoad.begin()
  try {
    for (let step = 1; step <= 10_000; step++) {
      clock += 1 / 64
      if (turn() !== undefined) return step
    }
    return Infinity
  } finally {
    for (let i = 0; i <= others; i++) requestLoad.end()
  }
}

t.test('a loop alone takes its turn after the long budget, with other requests in flight after the short one', async (t) => {
  t.equal(requestLoad.inFlight(), 0, 'nothing in flight to begin with (ends never go below zero)')
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
  requestLoad.begin()
  try {
    t.not(turn(), undefined, 'one request in flight: 1 ms is past 0.5 ms')
  } finally {
    requestLoad.end()
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
