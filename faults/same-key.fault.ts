/**
 * Fault 5: two replicas given the same Idempotency-Key at the same moment, for many keys at once.
 * Exactly one committee per key; the loser of each pair gets the replay of the winner's answer
 * or 409 IDEMPOTENCY_KEY_IN_USE with Retry-After, and a later retry of the loser gets the replay.
 */
import t from 'tap'
import { codeOf, describe, NetError, request, retrying, story, type Res } from './lib/http.ts'
import { committeesNamed, environment, ROUNDS, tail } from './lib/setup.ts'

const PAIRS = 20

t.test('the same Idempotency-Key sent to two replicas at once has one effect', async (t) => {
  const env = await environment(t)
  const a = await env.replica('replica A')
  const b = await env.replica('replica B')
  const post = (base: string, key: string) =>
    request(base, {
      method: 'POST',
      path: '/v1/committees',
      token: env.token,
      headers: { 'idempotency-key': key },
      body: { name: `Fault ${key}`, level: 'central' },
      timeoutMs: 30_000,
    })

  for (let round = 1; round <= ROUNDS; round++) {
    const keys = Array.from({ length: PAIRS }, (_, i) => `same-key-${round}-${i}`)
    const started = Date.now()
    // Every pair at once: A and B of a pair leave together, and all pairs overlap.
    const pairs = await Promise.all(
      keys.map((key) => Promise.all([post(a.base, key), post(b.base, key)].map((p) => p.catch((err: unknown) => err as NetError)))),
    )
    t.comment(`round ${round}: ${PAIRS} pairs answered in ${Date.now() - started} ms`)

    const tally = new Map<string, number>()
    const bad = { unanswered: [] as string[], notOneEffect: [] as string[], badLoser: [] as string[], noRetryAfter: [] as string[], badRetry: [] as string[] }
    const losers: { key: string; base: string }[] = []
    const winners = new Map<string, string>()
    for (const [i, pair] of pairs.entries()) {
      const key = keys[i]!
      const seen = `${key}: A ${describe(pair[0]!)}; B ${describe(pair[1]!)}`
      for (const r of pair) {
        const label =
          r instanceof NetError ? `no answer ${r.code}` : `${r.status}${codeOf(r) ? ` ${codeOf(r)}` : ''}${r.headers['idempotent-replayed'] ? ' replayed' : ''}`
        tally.set(label, (tally.get(label) ?? 0) + 1)
      }
      if (pair.some((r) => r instanceof NetError)) bad.unanswered.push(seen)
      const answers = pair.filter((r): r is Res => !(r instanceof NetError))
      const fresh = answers.filter((r) => r.status === 201 && r.headers['idempotent-replayed'] !== 'true')
      if (fresh.length !== 1) bad.notOneEffect.push(seen)
      if (fresh[0]) winners.set(key, fresh[0].json.id)
      for (const [side, r] of pair.entries()) {
        if (r instanceof NetError || fresh.includes(r)) continue
        if (r.status === 201 && r.headers['idempotent-replayed'] === 'true' && r.json?.id === fresh[0]?.json.id) continue
        if (r.status === 409 && codeOf(r) === 'IDEMPOTENCY_KEY_IN_USE') {
          if (r.headers['retry-after'] === undefined) bad.noRetryAfter.push(seen)
          losers.push({ key, base: side === 0 ? a.base : b.base })
          continue
        }
        bad.badLoser.push(`${seen} — ${r.text.slice(0, 200)}`)
      }
    }
    t.comment(`round ${round} answers: ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
    t.same(bad.unanswered, [], `round ${round}: both replicas answer every request`)
    t.same(bad.notOneEffect, [], `round ${round}: exactly one replica of each pair runs the request (one 201 not replayed)`)
    t.same(bad.badLoser, [], `round ${round}: the other answer is the replay (same committee) or 409 IDEMPOTENCY_KEY_IN_USE`)
    t.same(bad.noRetryAfter, [], `round ${round}: every 409 IDEMPOTENCY_KEY_IN_USE carries Retry-After`)

    // The losers, later: the replay of the winner's answer.
    let retryMs = 0
    for (const { key, base } of losers) {
      const r = await retrying(() => post(base, key), { capMs: 10_000, attempts: 200 })
      retryMs = Math.max(retryMs, r.ms)
      const f = r.final
      if (f instanceof NetError || f.status !== 201 || f.headers['idempotent-replayed'] !== 'true' || f.json?.id !== winners.get(key)) {
        bad.badRetry.push(`${key}: ${story(r.history)}`)
      }
    }
    if (losers.length > 0) t.comment(`round ${round}: ${losers.length} loser(s) retried; slowest until the replay ${retryMs} ms`)
    t.same(bad.badRetry, [], `round ${round}: each 409 loser, retried, gets the replay naming the winner's committee`)

    const named = await committeesNamed(
      env,
      keys.map((k) => `Fault ${k}`),
    )
    const wrong = keys.filter((k) => named.get(`Fault ${k}`)!.length !== 1).map((k) => `${k}: ${named.get(`Fault ${k}`)!.length} committees`)
    t.same(wrong, [], `round ${round}: exactly one committee per key in the database`)
  }
  t.ok(a.alive() && b.alive(), 'both replicas still run', { a: a.alive() ? 'alive' : tail(a), b: b.alive() ? 'alive' : tail(b) })
})
