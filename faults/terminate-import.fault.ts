/**
 * Fault 2: `pg_terminate_backend` of the connection a bulk import runs on, mid-way (its first
 * batch written, not committed). The process does not exit; the import answers 503 (never 500),
 * or its connection fails; nothing of it is written; a retry with the same Idempotency-Key runs
 * it and succeeds.
 *
 * To catch the import mid-way every time, a statement-level trigger on submission_values makes
 * each write statement wait FAULT_IMPORT_STALL_MS at its end (lib/setup.ts installImportStall):
 * the backend found sleeping there has written its first batch and holds its transaction open.
 */
import t from 'tap'
import { codeOf, describe, NetError, request, retrying, sleep, story, UNAVAILABLE_CODES } from './lib/http.ts'
import { environment, findStalledImport, importCounts, importData, installImportStall, IMPORT_STALL_MS, ROUNDS, tail, verifyChain } from './lib/setup.ts'

t.test('pg_terminate_backend of a running import', async (t) => {
  const env = await environment(t)
  const replicaEnv = { BODY_LIMIT: String(64 * 1024 * 1024) }
  let replica = await env.replica('replica A', replicaEnv)
  const control = await installImportStall(env)

  for (let round = 1; round <= ROUNDS; round++) {
    const s0 = Date.now()
    const data = await importData(replica.base, env.token)
    t.comment(`round ${round}: ${data.items.length} rows for ${data.submissions} submissions set up in ${Date.now() - s0} ms`)
    const key = `terminate-import-${round}`
    const send = () =>
      request(replica.base, {
        // the replica of the moment (a fresh one after a crash)
        method: 'POST',
        path: '/v1/submissions/import',
        token: env.token,
        headers: { 'idempotency-key': key },
        body: { items: data.items },
        timeoutMs: 60_000,
      })

    await control.stall(IMPORT_STALL_MS)
    const sent = Date.now()
    const first = send().catch((err: NetError) => err)
    const found = await findStalledImport(env)
    if (found) {
      await env.sql('select pg_terminate_backend($1)', [found.pid])
      t.comment(
        `round ${round}: backend ${found.pid} caught mid-import ${Date.now() - sent} ms after sending, terminated (${found.query.replace(/\s+/g, ' ')}…)`,
      )
    }
    const answer = await first
    await control.stall(0)
    t.ok(found, `round ${round}: the import was caught mid-way`, { answer: describe(answer) })
    t.comment(`round ${round}: the terminated import answered ${describe(answer)}`)
    if (answer instanceof NetError) {
      t.pass(`round ${round}: the import's connection failed (no answer: ${answer.code})`)
    } else {
      t.not(answer.status, 500, `round ${round}: the import does not answer 500`, { body: answer.text.slice(0, 400) })
      t.ok(
        answer.status === 503 && UNAVAILABLE_CODES.includes(codeOf(answer) ?? '') && answer.headers['retry-after'] !== undefined,
        `round ${round}: the import answers 503 with a code and Retry-After`,
        { answer: describe(answer), body: answer.text.slice(0, 400) },
      )
    }
    await sleep(1000)
    t.ok(replica.alive(), `round ${round}: the replica did not exit`, {
      output: replica.alive() ? '' : `exit ${replica.exitSignal ?? replica.exitCode}: ${tail(replica)}`,
    })
    if (!replica.alive()) {
      // The rest is still worth knowing (is anything left behind, does the key let a retry run?):
      // on a fresh replica.
      replica = await env.replica(`replica ${String.fromCharCode(65 + round)} (after the crash)`, replicaEnv)
    }

    const before = await importCounts(env, data.clusterId)
    t.same(
      before.counts,
      { submissions: 0, values: 0, events: 0 },
      `round ${round}: nothing of the terminated import was written (no event sequenced or pending)`,
    )

    const retry = await retrying(send, { capMs: 15_000, attempts: 200 })
    const f = retry.final
    t.comment(`round ${round}: retry with the same key: ${story(retry.history)} (${retry.ms} ms)`)
    t.ok(
      !(f instanceof NetError) && f.status === 200 && f.headers['idempotent-replayed'] !== 'true',
      `round ${round}: the retry with the same Idempotency-Key runs the import and succeeds`,
      { answers: story(retry.history), ms: retry.ms },
    )
    if (!(f instanceof NetError) && f.status === 200) {
      t.same(f.json.summary, { created: data.items.length, updated: 0, unchanged: 0, rejected: 0 }, `round ${round}: every row created by the retry`)
    }
    const { counts: after, pending } = await importCounts(env, data.clusterId)
    t.comment(`round ${round}: after the retry: ${JSON.stringify(after)} (events: ${pending} of them not sequenced yet)`)
    t.equal(after.values, data.items.length, `round ${round}: every value written once`)
    t.equal(after.submissions, data.submissions, `round ${round}: every submission created once`)
    t.equal(after.events, data.submissions, `round ${round}: one submission.created audit event per submission`)
  }
  const chain = await verifyChain(replica.base, env.token)
  t.ok(chain.ok, 'the audit chain verifies', { answer: chain.detail })
})
