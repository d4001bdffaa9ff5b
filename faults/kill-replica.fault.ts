/**
 * Fault 4: `kill -9` of a replica in the middle of a bulk import (its first batch written, not
 * committed; see the stall trigger in lib/setup.ts). The other replica goes on serving; the same
 * import retried there with the same Idempotency-Key succeeds at once — not a 409 for minutes —
 * and its effect happens exactly once (values, submissions and `submission.created` events
 * counted in the database).
 */
import t from 'tap'
import { describe, NetError, request, retrying, story } from './lib/http.ts'
import { environment, findStalledImport, importCounts, importData, installImportStall, IMPORT_STALL_MS, ROUNDS, tail, verifyChain } from './lib/setup.ts'

/** "At once": the retry on the surviving replica has its 200 within this. */
const RETRY_WITHIN_MS = 5000

t.test('kill -9 of a replica mid-import', async (t) => {
  const env = await environment(t)
  const replicaEnv = { BODY_LIMIT: String(64 * 1024 * 1024) }
  const survivor = await env.replica('replica B (survivor)', replicaEnv)
  const control = await installImportStall(env)

  for (let round = 1; round <= ROUNDS; round++) {
    const victim = await env.replica(`replica A${round} (killed)`, replicaEnv)
    const s0 = Date.now()
    const data = await importData(survivor.base, env.token)
    t.comment(`round ${round}: ${data.items.length} rows for ${data.submissions} submissions set up in ${Date.now() - s0} ms`)
    const key = `kill-import-${round}`
    const send = (base: string) =>
      request(base, {
        method: 'POST',
        path: '/v1/submissions/import',
        token: env.token,
        headers: { 'idempotency-key': key },
        body: { items: data.items },
        timeoutMs: 60_000,
      })

    await control.stall(IMPORT_STALL_MS)
    const sent = Date.now()
    const first = send(victim.base).catch((err: NetError) => err)
    const found = await findStalledImport(env)
    let killedAt = 0
    if (found) {
      victim.kill('SIGKILL')
      killedAt = Date.now()
      t.comment(`round ${round}: ${victim.name} killed (SIGKILL) ${killedAt - sent} ms after the import was sent, its backend ${found.pid} mid-import`)
    }
    const answer = await first
    await control.stall(0)
    t.ok(found, `round ${round}: the import was caught mid-way`, { answer: describe(answer) })
    t.ok(await victim.waitExit(5000), `round ${round}: the killed replica is gone`)
    t.comment(`round ${round}: the killed replica's client saw ${describe(answer)}`)

    // The survivor serves, and the import retried there succeeds at once.
    const ready = await request(survivor.base, { method: 'GET', path: '/health/ready', timeoutMs: 5000 }).catch((err: NetError) => err)
    t.ok(!(ready instanceof NetError) && ready.status === 200, `round ${round}: the other replica is ready`, { answer: describe(ready) })
    const retry = await retrying(() => send(survivor.base), { capMs: 20_000, attempts: 200 })
    const f = retry.final
    t.comment(
      `round ${round}: the retry on the survivor: ${story(retry.history)}; last answer ${retry.ms} ms after the first try (${Date.now() - killedAt} ms after the kill)`,
    )
    t.ok(!(f instanceof NetError) && f.status === 200, `round ${round}: the retry with the same Idempotency-Key on the other replica succeeds`, {
      answers: story(retry.history),
    })
    t.ok(!(f instanceof NetError) && f.status === 200 && retry.ms <= RETRY_WITHIN_MS, `round ${round}: … within ${RETRY_WITHIN_MS} ms (no 409 for minutes)`, {
      ms: retry.ms,
      answers: story(retry.history),
    })
    if (!(f instanceof NetError) && f.status === 200) {
      // A replay (the killed import had committed) or a fresh run (it had not): either way, every row created by one of them.
      t.same(
        f.json.summary,
        { created: data.items.length, updated: 0, unchanged: 0, rejected: 0 },
        `round ${round}: the answer says every row was created (${f.headers['idempotent-replayed'] === 'true' ? 'a replay' : 'a fresh run'}), not that they were already there`,
      )
    }
    const { counts, pending } = await importCounts(env, data.clusterId)
    t.comment(`round ${round}: in the database: ${JSON.stringify(counts)} (events: ${pending} of them not sequenced yet)`)
    t.same(
      counts,
      { submissions: data.submissions, values: data.items.length, events: data.submissions },
      `round ${round}: the import took effect exactly once (${data.submissions} submissions, ${data.items.length} values, one submission.created event each)`,
    )
    t.ok(survivor.alive(), `round ${round}: the other replica still runs`, { output: survivor.alive() ? '' : tail(survivor) })
    if (!survivor.alive()) break
  }
  const chain = await verifyChain(survivor.base, env.token)
  t.ok(chain.ok, 'the audit chain verifies', { answer: chain.detail })
})
