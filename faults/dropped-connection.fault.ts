/**
 * Fault 6: the answer is lost after the effect committed. (a) The client writes a POST with an
 * Idempotency-Key and hangs up (FIN or RST) at once or a few ms later, never reading the answer; (b) a proxy
 * on loopback forwards the request whole and drops the connection as the answer starts; (c) as
 * (a) with every write to idempotency_keys and committees held up 150 ms by a trigger, so that
 * the hang-ups land, in turn, while the key is claimed, while the committee is written (before
 * its commit), and while the answer is stored (after it); (d) the service's own database
 * connection dropped (pg_terminate_backend) while it writes the answer to idempotency_keys after
 * the committee was written — committed already, or in the same transaction. The
 * retry with the same key, on the other replica, is the replay (idempotent-replayed: true)
 * naming the same committee when the first one committed, a fresh 201 when it did not — never a
 * duplicate, and not a 409 for minutes.
 */
import tap from 'tap'
import { answerDroppingProxy, describe, NetError, request, retrying, sendAndHangUp, sleep, story } from './lib/http.ts'
import { committeesNamed, environment, installStall, ROUNDS, tail, type Env } from './lib/setup.ts'
import type { Replica } from './lib/replica.ts'

/**
 * When the client hangs up, in ms after the request's last byte was written: a sweep across the
 * request's life (auth, claim, handler, commit, storing the answer), shifted by a ms each round.
 */
const hangUpDelays = (round: number) => [0, ...Array.from({ length: 30 }, (_, i) => 1 + i * 3 + ((round - 1) % 3)), 120]
/** (c): each write statement of a request held up this long; hang-ups every 25 ms across the request. */
const SLOW_MS = 150
const slowDelays = (round: number) => Array.from({ length: 29 }, (_, i) => i * 25 + (((round - 1) * 8) % 25))
const PROXIED = 3
/** (d): answers whose storing is cut off, and how long each write to idempotency_keys is held. */
const CUT_OFF = 3
const ANSWER_STALL_MS = 400
/** Each retry gets its 201 within this (a claim held for minutes fails it). */
const RETRY_CAP_MS = 15_000

/** What `settle` uses of a tap test. */
interface Checks {
  comment(...args: unknown[]): void
  same(found: unknown, wanted: unknown, message: string): boolean
}

interface Lost {
  key: string
  how: string
}

/** Retries every lost request on `retryOn`, in parallel, and checks the outcome against the database. */
async function settle(t: Checks, env: Env, lost: Lost[], retryOn: Replica, label: string) {
  const names = lost.map((l) => `Fault ${l.key}`)
  // Let the service finish with the requests whose clients vanished: the committee appears
  // (within 3 s) or not at all (aborted before the handler ran).
  const waitStarted = Date.now()
  let existing = await committeesNamed(env, names)
  for (let i = 0; i < 30 && Date.now() - waitStarted < 3000 && [...existing.values()].some((ids) => ids.length === 0); i++) {
    await sleep(100)
    existing = await committeesNamed(env, names)
  }
  await sleep(500)
  existing = await committeesNamed(env, names)
  const committed = lost.filter((l) => existing.get(`Fault ${l.key}`)!.length > 0).length
  t.comment(`${label}: ${committed} of ${lost.length} lost requests had committed before the retry`)

  const problems: string[] = []
  const tally = { replayed: 0, fresh: 0, slowest: 0 }
  await Promise.all(
    lost.map(async (l) => {
      const before = existing.get(`Fault ${l.key}`)!
      const r = await retrying(
        () =>
          request(retryOn.base, {
            method: 'POST',
            path: '/v1/committees',
            token: env.token,
            headers: { 'idempotency-key': l.key },
            body: { name: `Fault ${l.key}`, level: 'central' },
          }),
        { capMs: RETRY_CAP_MS, attempts: 200 },
      )
      const f = r.final
      tally.slowest = Math.max(tally.slowest, r.ms)
      const seen = `${l.key} (${l.how}; ${before.length ? 'had committed' : 'had not committed'}): ${story(r.history)} in ${r.ms} ms`
      if (f instanceof NetError || f.status !== 201) problems.push(`${seen} — no 201`)
      else if (before.length > 0 && (f.headers['idempotent-replayed'] !== 'true' || f.json?.id !== before[0])) {
        problems.push(`${seen} — the effect had committed, so the retry must replay it (same id ${before[0]}), got ${describe(f)} id ${f.json?.id}`)
      } else if (f.headers['idempotent-replayed'] === 'true') tally.replayed++
      else tally.fresh++
    }),
  )
  t.comment(`${label}: retries on ${retryOn.name}: ${tally.replayed} replays, ${tally.fresh} fresh 201s, ${problems.length} wrong; slowest ${tally.slowest} ms`)
  t.same(problems, [], `${label}: each retry gets 201 — the replay naming the committed committee when there is one`)
  const after = await committeesNamed(env, names)
  t.same(
    [...after].filter(([, ids]) => ids.length !== 1).map(([n, ids]) => `${n}: ${ids.length} committees`),
    [],
    `${label}: exactly one committee per key, never a duplicate`,
  )
}

tap.test('a connection dropped after the request was sent', async (t) => {
  const env = await environment(t)
  const a = await env.replica('replica A')
  const b = await env.replica('replica B')

  for (let round = 1; round <= ROUNDS; round++) {
    // (a) The client hangs up right after writing its request.
    const hungUp: Lost[] = []
    for (const [i, after] of hangUpDelays(round).entries()) {
      const how = i % 2 === 0 ? 'close' : 'reset'
      const key = `dropped-hangup-${round}-${after}ms-${how}`
      await sendAndHangUp(
        a.base,
        {
          method: 'POST',
          path: '/v1/committees',
          headers: { authorization: `Bearer ${env.token}`, 'idempotency-key': key },
          body: { name: `Fault ${key}`, level: 'central' },
        },
        after,
        how,
      )
      hungUp.push({ key, how: `${how === 'close' ? 'closed (FIN)' : 'reset (RST)'} ${after} ms after sending` })
    }
    await settle(t, env, hungUp, b, `round ${round} (a) client hangs up`)

    // (b) A proxy drops the answer: the effect committed, the client never heard.
    const proxy = await answerDroppingProxy(a.base)
    const lost: Lost[] = []
    try {
      for (let i = 0; i < PROXIED; i++) {
        const key = `dropped-proxy-${round}-${i}`
        const r = await request(proxy.base, {
          method: 'POST',
          path: '/v1/committees',
          token: env.token,
          headers: { 'idempotency-key': key },
          body: { name: `Fault ${key}`, level: 'central' },
          timeoutMs: 15_000,
        }).catch((err: NetError) => err)
        t.ok(r instanceof NetError, `round ${round}: the proxy dropped answer ${i + 1}`, { answer: describe(r) })
        lost.push({ key, how: 'answer dropped by the proxy' })
      }
    } finally {
      await proxy.close()
    }
    await settle(t, env, lost, b, `round ${round} (b) answer dropped`)

    // (c) Slow statements, and hang-ups across the whole request.
    const slow = await installStall(env, 'request', ['idempotency_keys', 'committees'])
    if (slow.missing.length > 0) t.comment(`(c): no table ${slow.missing.join(', ')} to slow down in this schema`)
    const probe = Date.now()
    await slow.stall(SLOW_MS)
    const timed = await request(a.base, {
      method: 'POST',
      path: '/v1/committees',
      token: env.token,
      headers: { 'idempotency-key': `dropped-slow-probe-${round}` },
      body: { name: `Fault slow probe ${round}`, level: 'central' },
    })
    t.comment(`round ${round} (c): with writes held up ${SLOW_MS} ms, a create takes ${timed.ms} ms (${describe(timed)}; set-up ${Date.now() - probe} ms)`)
    const slowLost: Lost[] = []
    try {
      await Promise.all(
        slowDelays(round).flatMap((after) =>
          (['close', 'reset'] as const).map(async (how) => {
            const key = `dropped-slow-${round}-${after}ms-${how}`
            await sendAndHangUp(
              a.base,
              {
                method: 'POST',
                path: '/v1/committees',
                headers: { authorization: `Bearer ${env.token}`, 'idempotency-key': key },
                body: { name: `Fault ${key}`, level: 'central' },
              },
              after,
              how,
            )
            slowLost.push({ key, how: `${how === 'close' ? 'closed (FIN)' : 'reset (RST)'} ${after} ms after sending, writes slowed` })
          }),
        ),
      )
      await sleep(3 * SLOW_MS + 500)
    } finally {
      await slow.stall(0)
    }
    await settle(t, env, slowLost, b, `round ${round} (c) hang-ups across a slow request`)

    // (d) The database connection dies while the answer is stored, after the committee was written.
    const answer = await installStall(env, 'answer', ['idempotency_keys'])
    const cut: Lost[] = []
    const caught: string[] = []
    const answers: string[] = []
    await answer.stall(ANSWER_STALL_MS)
    try {
      for (let i = 0; i < CUT_OFF; i++) {
        const key = `dropped-db-${round}-${i}`
        const name = `Fault ${key}`
        const sent = Date.now()
        const pending = request(a.base, {
          method: 'POST',
          path: '/v1/committees',
          token: env.token,
          headers: { 'idempotency-key': key },
          body: { name, level: 'central' },
          timeoutMs: 15_000,
        }).catch((err: NetError) => err)
        // The backend sleeping in a write to idempotency_keys once the committee is written:
        // committed (visible) or written in that backend's own open transaction (its row lock).
        let victim: { pid: number; committed: boolean } | undefined
        for (let n = 0; n < 500 && !victim && Date.now() - sent < 5000; n++) {
          const rows = await env.sql<{ pid: number; committed: boolean; wrote: boolean }>(
            `select a.pid,
                    exists (select 1 from committees where name = $1) as committed,
                    exists (select 1 from pg_locks l where l.pid = a.pid and l.relation = 'committees'::regclass and l.mode = 'RowExclusiveLock') as wrote
               from pg_stat_activity a
              where a.datname = 'ctd' and a.wait_event = 'PgSleep' and a.query ilike '%idempotency_keys%'`,
            [name],
          )
          victim = rows.find((r) => r.committed || r.wrote)
          if (!victim) await sleep(10)
        }
        if (victim) {
          await env.sql('select pg_terminate_backend($1)', [victim.pid])
          caught.push(
            `${key}: backend ${victim.pid} terminated ${Date.now() - sent} ms after sending, the committee ${victim.committed ? 'committed' : 'written in its transaction'}`,
          )
        } else caught.push(`${key}: not caught`)
        const r = await pending
        answers.push(`${key}: ${describe(r)}`)
        cut.push({ key, how: 'database connection terminated while the answer was stored' })
        if (!(r instanceof NetError) && r.status >= 500 && (r.status !== 503 || r.headers['retry-after'] === undefined)) {
          t.fail(`round ${round} (d) ${key}: a lost database connection answers 503 with Retry-After, not ${describe(r)}`, { body: r.text.slice(0, 300) })
        }
      }
    } finally {
      await answer.stall(0)
    }
    t.comment(`round ${round} (d): ${caught.join('; ')}`)
    t.comment(`round ${round} (d) answers: ${answers.join('; ')}`)
    t.notOk(
      caught.some((c) => c.endsWith('not caught')),
      `round ${round} (d): each request was caught writing idempotency_keys after its committee (else this scenario no longer fits the service's design)`,
    )
    t.ok(a.alive(), `round ${round} (d): replica A survives its connection's termination`, {
      output: a.alive() ? '' : `exit ${a.exitSignal ?? a.exitCode}: ${tail(a)}`,
    })
    await settle(t, env, cut, b, `round ${round} (d) database connection lost while storing the answer`)
    if (!a.alive()) break
  }
  t.ok(a.alive() && b.alive(), 'both replicas still run', { a: a.alive() ? 'alive' : tail(a), b: b.alive() ? 'alive' : tail(b) })
})
