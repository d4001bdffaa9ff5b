/**
 * Fault 1: PostgreSQL restarts under write load. Two replicas, four writers creating committees
 * with Idempotency-Keys, while `pg_ctl restart -m fast` runs, then while the server is stopped
 * for a while (a longer outage, so that requests are surely answered during it). Both replicas
 * keep running; during the outage every answer is 503 with Retry-After and a problem code, never
 * 500; a 2xx comes within 5 s of the server's return; no partial write (every 201 names a
 * committee that exists, every failed request retried with its key gives exactly one committee);
 * the audit chain verifies.
 */
import t from 'tap'
import { codeOf, describe, NetError, request, retrying, sleep, story, UNAVAILABLE_CODES, type Res } from './lib/http.ts'
import { committeesNamed, environment, ROUNDS, tail, verifyChain } from './lib/setup.ts'
import type { Replica } from './lib/replica.ts'

const WRITERS = 4
const MAX_PER_WRITER = 3000
/** How long the server stays stopped in the second phase. */
const OUTAGE_MS = 2000
/** A 2xx must come this soon after PostgreSQL accepts connections again. */
const RECOVERY_MS = 5000
/** The retries of the failed writes stop after this (each key gets up to 10 s). */
const RETRY_PHASE_MS = 60_000

interface Attempt {
  key: string
  body: Record<string, unknown>
  replica: Replica
  sent: number
  res?: Res
  err?: NetError
}

t.test('a PostgreSQL restart under write load', async (t) => {
  const env = await environment(t)
  const a = await env.replica('replica A')
  const b = await env.replica('replica B')
  const replicas = [a, b]
  const root = await request(a.base, { method: 'POST', path: '/v1/committees', token: env.token, body: { name: 'Fault restart root', level: 'central' } })
  if (root.status !== 201) throw new Error(`root committee: ${describe(root)}`)

  const attempts: Attempt[] = []
  let stop = false
  const writer = async (w: number) => {
    const replica = replicas[w % replicas.length]!
    // A writer whose replica died stops (its death is reported); it does not hammer a closed port.
    // `stop` is set by the test while the writers are awaiting their requests.
    // eslint-disable-next-line no-unmodified-loop-condition
    for (let n = 0; n < MAX_PER_WRITER && !stop && replica.alive(); n++) {
      const key = `restart-w${w}-${n}`
      const body = n % 2 === 0 ? { name: `Fault ${key}`, level: 'central' } : { name: `Fault ${key}`, level: 'province', parentId: root.json.id }
      const at: Attempt = { key, body, replica, sent: Date.now() }
      attempts.push(at)
      try {
        at.res = await request(replica.base, {
          method: 'POST',
          path: '/v1/committees',
          token: env.token,
          headers: { 'idempotency-key': key },
          body,
          timeoutMs: 15_000,
        })
      } catch (err) {
        if (!(err instanceof NetError)) throw err
        at.err = err
        await sleep(50)
      }
      await sleep(10)
    }
  }
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))

  /** Waits until each replica has a 2xx answered after `since`; the delay per replica (null: none in `capMs`). */
  const recovery = async (since: number, capMs = 10_000) => {
    const firstOk = new Map<Replica, number>()
    const waiting = () => replicas.filter((r) => r.alive() && !firstOk.has(r)).length
    for (let i = 0; i < 1000 && Date.now() - since < capMs && waiting() > 0; i++) {
      for (const at of attempts) {
        if (!at.res || at.res.status >= 300 || at.res.at < since) continue
        firstOk.set(at.replica, Math.min(firstOk.get(at.replica) ?? Infinity, at.res.at - since))
      }
      if (waiting() > 0) await sleep(20)
    }
    return replicas.map((r) => firstOk.get(r) ?? null)
  }

  const phases: { name: string; from: number; back: number }[] = []
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      // 1. pg_ctl restart -m fast
      await sleep(1000)
      let from = Date.now()
      await env.cluster.restart()
      let back = Date.now()
      phases.push({ name: `round ${round} restart`, from, back })
      let rec = await recovery(back)
      t.comment(`round ${round}: pg_ctl restart -m fast took ${back - from} ms; first 2xx after it: A ${rec[0] ?? 'none'} ms, B ${rec[1] ?? 'none'} ms`)
      t.ok(a.alive() && b.alive(), `round ${round}: both replicas survive the restart`, {
        a: a.alive() ? 'alive' : `exit ${a.exitSignal ?? a.exitCode}: ${tail(a)}`,
        b: b.alive() ? 'alive' : `exit ${b.exitSignal ?? b.exitCode}: ${tail(b)}`,
      })
      for (const [i, ms] of rec.entries())
        t.ok(ms !== null && ms <= RECOVERY_MS, `round ${round}: ${replicas[i]!.name} answers a 2xx within ${RECOVERY_MS} ms of the restart`, { ms })

      // 2. stopped for OUTAGE_MS, then started
      await sleep(1000)
      from = Date.now()
      await env.cluster.stop('fast')
      await sleep(OUTAGE_MS)
      await env.cluster.start()
      back = Date.now()
      phases.push({ name: `round ${round} outage`, from, back })
      rec = await recovery(back)
      t.comment(`round ${round}: server stopped for ${back - from} ms; first 2xx after its start: A ${rec[0] ?? 'none'} ms, B ${rec[1] ?? 'none'} ms`)
      t.ok(a.alive() && b.alive(), `round ${round}: both replicas survive the outage`, {
        a: a.alive() ? 'alive' : `exit ${a.exitSignal ?? a.exitCode}: ${tail(a)}`,
        b: b.alive() ? 'alive' : `exit ${b.exitSignal ?? b.exitCode}: ${tail(b)}`,
      })
      for (const [i, ms] of rec.entries())
        t.ok(ms !== null && ms <= RECOVERY_MS, `round ${round}: ${replicas[i]!.name} answers a 2xx within ${RECOVERY_MS} ms of the server's start`, { ms })
      await sleep(500)
    }
  } finally {
    stop = true
    await Promise.all(writers)
  }

  // What the writers saw.
  const tally = new Map<string, number>()
  for (const at of attempts) {
    const label = at.err ? `no answer ${at.err.code}` : `${at.res!.status}${codeOf(at.res!) ? ` ${codeOf(at.res!)}` : ''}`
    tally.set(label, (tally.get(label) ?? 0) + 1)
  }
  t.comment(`${attempts.length} writes: ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
  for (const p of phases) {
    const during = attempts.filter((at) => at.sent >= p.from && at.sent < p.back)
    const answered = during.filter((at) => at.res && at.res.at < p.back)
    const slowest = Math.max(0, ...answered.map((at) => at.res!.ms))
    t.comment(
      `${p.name}: ${during.length} writes sent, ${answered.length} answered before the server was back (${[...new Set(answered.map((at) => at.res!.status))].join(', ') || '-'}), slowest ${slowest} ms`,
    )
  }
  const outage = phases.filter((p) => p.name.endsWith('outage'))
  const answeredInOutage = attempts.filter((at) => at.res && outage.some((p) => at.sent >= p.from && at.res!.at < p.back))
  t.ok(answeredInOutage.length > 0, 'writes were answered while the server was down (so the checks below are not vacuous)')

  const show = (list: Attempt[]) =>
    list.slice(0, 15).map((at) => `${at.key} → ${at.replica.name}: ${at.err ? describe(at.err) : `${describe(at.res!)} ${at.res!.text.slice(0, 160)}`}`)
  const check = (list: Attempt[], message: string) => t.same(show(list), [], `${message}${list.length ? ` — ${list.length} not (the first 15 below)` : ''}`)
  const errors = attempts.filter((at) => at.res && at.res.status >= 500 && at.res.status !== 503)
  check(errors, 'no 5xx but 503 (never 500)')
  // What the replica logged of each (its error and stack), so that a failure says why.
  for (const at of errors.slice(0, 3)) {
    const id = (at.res!.json as { requestId?: unknown } | undefined)?.requestId
    const lines =
      typeof id === 'string'
        ? at.replica
            .errorLog()
            .split('\n')
            .filter((l) => l.includes(id))
        : []
    t.comment(`${at.key} (${String(id)}) in ${at.replica.name}'s log:\n${lines.join('\n').slice(0, 4000) || '(not in the log kept)'}`)
  }
  check(
    attempts.filter((at) => at.res?.status === 503 && (at.res.headers['retry-after'] === undefined || !UNAVAILABLE_CODES.includes(codeOf(at.res) ?? ''))),
    `every 503 carries Retry-After and one of ${UNAVAILABLE_CODES.join(', ')}`,
  )
  check(
    attempts.filter((at) => at.res && at.res.status >= 400 && at.res.status < 500),
    'no 4xx (every write was valid)',
  )
  check(
    attempts.filter((at) => at.err),
    'every write got an HTTP answer (no refused or reset connection, no client timeout)',
  )

  // No partial write: every 201 names its committee, which exists.
  const created = attempts.filter((at) => at.res?.status === 201)
  const byId = new Map(
    (
      await env.sql<{ id: string; name: string }>('select id::text, name from committees where id = any($1::uuid[])', [created.map((at) => at.res!.json.id)])
    ).map((r) => [r.id, r.name]),
  )
  t.same(
    created
      .filter((at) => byId.get(at.res!.json.id) !== at.body.name)
      .map((at) => at.key)
      .slice(0, 15),
    [],
    `each of the ${created.length} 201 answers names a committee that exists`,
  )

  // The checks below go through a replica: a survivor, or a fresh one when both died.
  const survivors = replicas.filter((r) => r.alive())
  if (survivors.length === 0) survivors.push(await env.replica('replica C (for the checks, both others died)'))

  // Every write without a 2xx, retried with its key on another replica, until it has one; within
  // RETRY_PHASE_MS overall (a key held for minutes must not hold the suite for hours).
  const failed = attempts.filter((at) => !at.res || at.res.status >= 300)
  const notFixed: string[] = []
  let slowestRetry = 0
  let notTried = 0
  const queue = [...failed]
  const retryStarted = Date.now()
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let at = queue.shift(); at; at = queue.shift()) {
        if (Date.now() - retryStarted > RETRY_PHASE_MS) {
          notTried++
          continue
        }
        const base = (survivors.find((r) => r !== at!.replica) ?? survivors[0]!).base
        const r = await retrying(
          () => request(base, { method: 'POST', path: '/v1/committees', token: env.token, headers: { 'idempotency-key': at!.key }, body: at!.body }),
          { capMs: 10_000, attempts: 200 },
        )
        slowestRetry = Math.max(slowestRetry, r.ms)
        if (r.final instanceof NetError || r.final.status !== 201) notFixed.push(`${at.key}: ${story(r.history)} (${r.ms} ms)`)
      }
    }),
  )
  t.comment(
    `${failed.length} failed writes retried with their keys in ${Date.now() - retryStarted} ms; slowest until its answer: ${slowestRetry} ms${notTried ? `; ${notTried} not retried (phase over ${RETRY_PHASE_MS} ms)` : ''}`,
  )
  t.same(notFixed.slice(0, 15), [], 'every failed write, retried with the same Idempotency-Key within 10 s, gets its 201', {
    notFixed: notFixed.length,
    notTried,
  })

  // Replays of a sample of the successes name the same committee.
  const badReplay: string[] = []
  for (const at of created.filter((_, i) => i % Math.max(1, Math.floor(created.length / 20)) === 0).slice(0, 20)) {
    const r = await request(survivors[0]!.base, {
      method: 'POST',
      path: '/v1/committees',
      token: env.token,
      headers: { 'idempotency-key': at.key },
      body: at.body,
    })
    if (r.status !== 201 || r.headers['idempotent-replayed'] !== 'true' || r.json?.id !== at.res!.json.id) badReplay.push(`${at.key}: ${describe(r)}`)
  }
  t.same(badReplay, [], 'a sample of the 201s, sent again, are replays naming the same committee')

  const named = await committeesNamed(
    env,
    attempts.map((at) => at.body.name as string),
  )
  const counts = new Map<number, number>()
  for (const ids of named.values()) counts.set(ids.length, (counts.get(ids.length) ?? 0) + 1)
  t.same(
    [...named]
      .filter(([, ids]) => ids.length !== 1)
      .slice(0, 15)
      .map(([name, ids]) => `${name}: ${ids.length}`),
    [],
    `exactly one committee per Idempotency-Key (${attempts.length} keys; committees per key: ${[...counts].map(([n, k]) => `${n}×${k}`).join(', ')})`,
  )

  const chain = await verifyChain(survivors[0]!.base, env.token)
  t.ok(chain.ok, 'the audit chain verifies', { answer: chain.detail })
  t.ok(a.alive() && b.alive(), 'both replicas still run at the end')
})
