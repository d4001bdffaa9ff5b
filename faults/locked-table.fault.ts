/**
 * Fault 3: a table locked by another session. A superuser transaction holds
 * `LOCK TABLE committees IN ACCESS EXCLUSIVE MODE` for about 10 s, against a replica configured
 * with DB_LOCK_TIMEOUT_MS=1000, DB_STATEMENT_TIMEOUT_MS=3000, REQUEST_TIMEOUT_MS=5000 and a pool
 * of 5. A write (and a read) of the locked table answers 503 with a timeout code and Retry-After
 * within a bounded multiple of the configured time; meanwhile /health/ready answers within 1 s and
 * a read of an unrelated table answers 2xx at once — also after 20 clients gave up on requests to
 * the locked table after 300 ms, whose connections the service must stop holding. After the lock
 * goes, the timed-out write retried with its key creates its committee once.
 */
import t from 'tap'
import { codeOf, describe, NetError, request, retrying, sleep, story, type Res } from './lib/http.ts'
import { api, committeesNamed, environment, tail } from './lib/setup.ts'

const LOCK_TIMEOUT_MS = 1000
const STATEMENT_TIMEOUT_MS = 3000
const REQUEST_TIMEOUT_MS = 5000
const POOL = 5
/** The lock is held at least this long. */
const HOLD_MS = 10_000
const IMPATIENT = 20
const GIVE_UP_MS = 300
/** "At once" for readiness and an unrelated read. */
const PROMPT_MS = 1000

/** How late each timeout code may come: a bounded multiple of its configured time. */
const BOUNDS: Record<string, number> = {
  LOCK_TIMEOUT: 3 * LOCK_TIMEOUT_MS,
  STATEMENT_TIMEOUT: 2 * STATEMENT_TIMEOUT_MS,
  REQUEST_TIMEOUT: REQUEST_TIMEOUT_MS + 1500,
}
const LATEST = Math.max(...Object.values(BOUNDS))

t.test('a table locked for 10 s', async (t) => {
  const env = await environment(t)
  const replica = await env.replica('replica A', {
    DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
    DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    PG_POOL_SIZE: String(POOL),
  })
  const { must } = api(replica.base, env.token)
  await must(201, 'POST', '/v1/indicators', { code: 'FAULT_LOCK', nameVi: 'Chỉ tiêu', nameEn: 'Indicator', unit: 'count', valueType: 'integer' })
  await must(200, 'GET', '/v1/indicators')
  await must(200, 'GET', '/v1/committees')
  const get = (path: string, timeoutMs = 3000, token: string | undefined = env.token) =>
    request(replica.base, { method: 'GET', path, token, timeoutMs }).catch((err: NetError) => err)
  const prompt = (r: Res | NetError, status: number[]) => !(r instanceof NetError) && status.includes(r.status) && r.ms <= PROMPT_MS

  const holder = await env.cluster.session('ctd')
  const [{ pid: holderPid }] = (await holder.query('select pg_backend_pid() as pid')).rows as { pid: number }[]
  await holder.query('begin')
  await holder.query('lock table committees in access exclusive mode')
  const lockedAt = Date.now()
  let released = false
  const release = async () => {
    if (released) return
    released = true
    await holder.query('rollback').catch(() => {})
    await holder.end().catch(() => {})
  }
  // Whatever happens below, the lock goes after 30 s at most.
  const safety = setTimeout(() => void release(), 30_000)
  t.teardown(async () => {
    clearTimeout(safety)
    await release()
  })

  // 1. A write and a read of the locked table, readiness and an unrelated read meanwhile.
  const writeBody = { name: 'Fault locked write', level: 'central' }
  const write = request(replica.base, {
    method: 'POST',
    path: '/v1/committees',
    token: env.token,
    headers: { 'idempotency-key': 'locked-write' },
    body: writeBody,
    timeoutMs: LATEST + 500,
  }).catch((err: NetError) => err)
  const read = get('/v1/committees', LATEST + 500)
  await sleep(200)
  const [ready1, other1] = await Promise.all([get('/health/ready', 2 * PROMPT_MS, undefined), get('/v1/indicators', 2 * PROMPT_MS)])
  t.comment(`while a write waits on the lock: /health/ready ${describe(ready1)}, GET /v1/indicators ${describe(other1)}`)
  t.ok(prompt(ready1, [200]), `/health/ready answers 200 within ${PROMPT_MS} ms while a request waits on the lock`, { answer: describe(ready1) })
  t.ok(prompt(other1, [200]), `GET /v1/indicators answers 200 within ${PROMPT_MS} ms while a request waits on the lock`, { answer: describe(other1) })

  // The clients below start at a fixed time, whether or not these two have answered yet.
  await sleep(Math.max(0, 1500 - (Date.now() - lockedAt)))

  // 2. Clients that give up: 20 requests to the locked table, each abandoned after 300 ms.
  const fired = Date.now()
  const impatient = Array.from({ length: IMPATIENT }, (_, i) =>
    request(
      replica.base,
      i % 2 === 0
        ? { method: 'GET', path: `/v1/committees?limit=${i + 1}`, token: env.token, abortAfterMs: GIVE_UP_MS }
        : { method: 'POST', path: '/v1/committees', token: env.token, body: { name: `Fault impatient ${i}`, level: 'central' }, abortAfterMs: GIVE_UP_MS },
    ).catch((err: NetError) => err),
  )
  await sleep(150)
  const readyBusy = await get('/health/ready', 2 * PROMPT_MS, undefined)
  t.comment(`/health/ready while ${IMPATIENT} requests wait on the lock (pool ${POOL}): ${describe(readyBusy)}`)
  t.ok(prompt(readyBusy, [200, 503]), `/health/ready answers within ${PROMPT_MS} ms whatever the pool is doing`, { answer: describe(readyBusy) })
  const gaveUp = await Promise.all(impatient)
  const tally = new Map<string, number>()
  for (const r of gaveUp) {
    const label = r instanceof NetError ? `gave up (${r.code})` : `${r.status} ${codeOf(r) ?? ''}`.trim()
    tally.set(label, (tally.get(label) ?? 0) + 1)
  }
  t.comment(`the ${IMPATIENT} impatient requests: ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}`)

  // After they gave up: no backend of the service still waits on the lock for them, and the
  // service answers at once.
  await sleep(GIVE_UP_MS)
  const waiters: number[] = []
  const checks: string[] = []
  let slowOther = 0
  let slowReady = 0
  // Six samples, within the time the lock is still held.
  for (let i = 0; i < 6 && (i === 0 || Date.now() - lockedAt < HOLD_MS - 2 * PROMPT_MS); i++) {
    const [{ n }] = await env.sql<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = 'ctd' and pid <> $1 and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
      [holderPid],
    )
    waiters.push(Number(n))
    const [ready, other] = await Promise.all([get('/health/ready', 2 * PROMPT_MS, undefined), get('/v1/indicators', 2 * PROMPT_MS)])
    slowReady = Math.max(slowReady, ready.ms)
    slowOther = Math.max(slowOther, other.ms)
    if (!prompt(ready, [200])) checks.push(`+${Date.now() - fired} ms /health/ready: ${describe(ready)}`)
    if (!prompt(other, [200])) checks.push(`+${Date.now() - fired} ms GET /v1/indicators: ${describe(other)}`)
    await sleep(300)
  }
  t.comment(
    `after the clients gave up: backends waiting on the lock ${waiters.join(', ')} (sampled every ~300 ms from ${2 * GIVE_UP_MS} ms after they were sent); slowest /health/ready ${slowReady} ms, GET /v1/indicators ${slowOther} ms`,
  )
  t.same(
    waiters.filter((n) => n > 0),
    [],
    'the service holds no connection waiting on the lock for clients that went away',
  )
  t.same(checks, [], `after the clients gave up, /health/ready and GET /v1/indicators answer 200 within ${PROMPT_MS} ms`)
  // The write and the read of step 1 (answered by now, or given up on by the client).
  for (const [what, r] of [
    ['POST /v1/committees', await write],
    ['GET /v1/committees', await read],
  ] as const) {
    t.comment(`${what} on the locked table: ${describe(r)}`)
    const ok = !(r instanceof NetError) && r.status === 503 && codeOf(r)! in BOUNDS
    t.ok(ok, `${what} answers 503 with ${Object.keys(BOUNDS).join(', ')}`, {
      answer: describe(r),
      body: r instanceof NetError ? undefined : r.text.slice(0, 300),
    })
    if (ok) {
      const res = r as Res
      t.ok(res.headers['retry-after'] !== undefined, `${what}: the 503 carries Retry-After`)
      t.ok(res.ms <= BOUNDS[codeOf(res)!]!, `${what}: ${codeOf(res)} within ${BOUNDS[codeOf(res)!]} ms`, { ms: res.ms })
    }
  }

  t.ok(replica.alive(), 'the replica still runs', { output: replica.alive() ? '' : tail(replica) })

  // 3. The lock goes (after HOLD_MS): the timed-out write, retried with its key, creates its committee once.
  await sleep(Math.max(0, HOLD_MS - (Date.now() - lockedAt)))
  const heldMs = Date.now() - lockedAt
  await release()
  t.comment(`lock held ${heldMs} ms`)
  t.ok(heldMs < 20_000, 'the checks ran while the lock was held (the lock was not released by the 30 s safety first)', { heldMs })
  const retry = await retrying(
    () => request(replica.base, { method: 'POST', path: '/v1/committees', token: env.token, headers: { 'idempotency-key': 'locked-write' }, body: writeBody }),
    { capMs: 10_000, attempts: 200 },
  )
  t.ok(!(retry.final instanceof NetError) && retry.final.status === 201, 'the timed-out write, retried with its key once the lock is gone, answers 201', {
    answers: story(retry.history),
  })
  const named = await committeesNamed(env, [writeBody.name])
  t.equal(named.get(writeBody.name)!.length, 1, 'and its committee exists once')
  const after = await get('/v1/committees')
  t.ok(!(after instanceof NetError) && after.status === 200, 'the table reads again', { answer: describe(after) })
})
