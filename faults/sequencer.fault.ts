/**
 * Fault 7: the audit log's sequencer fails. Writers record their events in audit_pending inside
 * their own transactions; one replica at a time (an advisory lock) moves them into audit_events
 * in batches — sequence number, chain hash, Merkle tree nodes, head and signed checkpoints in one
 * transaction per batch (src/modules/audit-events/sequencer.ts). Two replicas share one signing
 * key and sequence in small, frequent batches (AUDIT_SEQUENCER_BATCH=5, AUDIT_CHECKPOINT_EVERY=10).
 *
 * (a) Under a steady write load on both replicas: GET /v1/audit-events/verify, called while
 *     batches commit, is valid every time (it reads one snapshot), and consistency and inclusion
 *     proofs to the latest checkpoint verify (checked here); the replica sequencing at
 *     that moment is killed (SIGKILL) mid-batch, its place taken by a new one, and the
 *     sequencer's connection is terminated (pg_terminate_backend) mid-batch. Another replica
 *     takes over; every event pending at the fault is sequenced within seconds; the replicas
 *     whose connection was cut keep running.
 * (b) PostgreSQL restarts (`pg_ctl restart -m fast`) while events are pending (the suite held the
 *     sequencer's lock while they were written) and a batch is caught mid-way: with no request
 *     to wake them, the replicas sequence everything on their own; neither exits.
 *
 * Then, each time: every write the clients saw answered 2xx (and every failed one, retried with
 * its Idempotency-Key) has exactly one event and every event one committed write; seqs are
 * 1…N without gap or repeat; audit_pending drains to 0 by itself; GET /v1/audit-events/verify is
 * valid with treeSize = lastSeq; every checkpoint is signed by the suite's own key (pinned from
 * the key file, and the one GET /v1/audit-log/keys serves), and a checkpoint from before the
 * faults is consistent (RFC 9162 proof, checked here) with one cut after them, as is each
 * checkpoint with the next.
 *
 * The sequencer is caught mid-batch with the stall trigger of lib/setup.ts on audit_chain_head:
 * each batch's integrate statement (events moved, tree nodes and head written) waits at its end,
 * its transaction open and the lock held; the backend found sleeping there with the lock is the
 * sequencer's, and its client port names the replica (lib/setup.ts replicaOfBackend).
 */
import canonicalize from 'canonicalize'
import t, { type Test } from 'tap'
import { parseCheckpoint } from '../src/lib/tlog/checkpoint.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../src/lib/tlog/merkle.ts'
import { formatVerifierKey, openNote, parseVerifierKey, verifierKeyOf, type VerifierKey } from '../src/lib/tlog/note.ts'
import { codeOf, describe, NetError, request, retrying, sleep, story, type Res } from './lib/http.ts'
import type { Replica } from './lib/replica.ts'
import {
  auditBacklog,
  committeesNamed,
  environment,
  findStalledSequencer,
  installStall,
  replicaOfBackend,
  ROUNDS,
  sequencerLockKey,
  tail,
  verifyChain,
  writeSigningKey,
  type Backlog,
  type Env,
} from './lib/setup.ts'

const ORIGIN = 'fault-suite.test/audit-log'
const WRITERS = 4
const MAX_PER_WRITER = 5000
/** Sequencer kills and terminated sequencer connections in (a). */
const KILLS = 2 * ROUNDS
const TERMINATES = 3 * ROUNDS
/** How long each batch is held at its end while the suite looks for the sequencer. */
const CATCH_STALL_MS = 1000
/** How long the suite holds the sequencer's lock in (b) while events pile up. */
const HOLD_MS = 2000
/** Verifications, and proofs to the latest checkpoint, while the writers write and batches commit. */
const VERIFY_UNDER_LOAD = 10
const PROOFS_UNDER_LOAD = 60
/**
 * The survivor takes over, and every event pending at the fault is sequenced, within this (the
 * expected times are about a second, the rest of the stalled batch included).
 */
const RECOVERY_CAP_MS = 20_000
/** audit_pending drains by itself within this once the writes stop (and after the restart). */
const DRAIN_CAP_MS = 30_000

const b64 = (s: string) => Buffer.from(s, 'base64')

interface Attempt {
  key: string
  body: Record<string, unknown>
  replica: Replica
  res?: Res
  err?: NetError
}

/** What the checks use of a tap test. */
type Checks = Pick<Test, 'comment' | 'ok' | 'same' | 'equal'>

/** Milliseconds from `since` until `cond` holds (polled every `everyMs`), or null after `capMs`. */
async function until(cond: () => Promise<boolean>, since: number, capMs: number, everyMs = 20): Promise<number | null> {
  for (let i = 0; i < 100_000 && Date.now() - since < capMs; i++) {
    try {
      if (await cond()) return Date.now() - since
    } catch {
      // the server restarting: ask again
    }
    await sleep(everyMs)
  }
  return null
}

/** What the replicas logged (LOG_LEVEL=warn): each distinct level and message, counted. */
function logSummary(replicas: Replica[]): { summary: string; unhandled: string[] } {
  const seen = new Map<string, number>()
  const unhandled: string[] = []
  for (const r of replicas) {
    for (const line of r.output().split('\n')) {
      if (!line.trim()) continue
      let label = line.slice(0, 120)
      try {
        const j = JSON.parse(line) as { level?: number; msg?: string }
        label = `${j.level === 50 ? 'error' : j.level === 40 ? 'warn' : `level ${j.level}`}: ${j.msg}`
      } catch {
        // not JSON: a plain line (the startup banner, a stack)
      }
      if (/unhandled/i.test(line)) unhandled.push(`${r.name}: ${line.slice(0, 300)}`)
      seen.set(`${r.name} ${label}`, (seen.get(`${r.name} ${label}`) ?? 0) + 1)
    }
  }
  return { summary: [...seen].map(([k, n]) => `${k} ×${n}`).join('\n') || '(nothing)', unhandled }
}

/**
 * PROOFS_UNDER_LOAD requests, alternating replicas: the consistency proof from `before` to the
 * latest checkpoint, and the inclusion proof of an event of `before` in the latest checkpoint,
 * each checked here (RFC 9162, the leaf recomputed from the event with the RFC 8785 reference
 * implementation) against the roots of notes signed by the pinned key. A tally of outcomes.
 */
async function proofsUnderLoad(pool: Replica[], token: string, pinned: VerifierKey, before: { treeSize: number; note: string }) {
  const tally: Record<string, number> = {}
  const count = (label: string) => (tally[label] = (tally[label] ?? 0) + 1)
  const signed = (note: string | undefined) => {
    if (!note) return null
    const o = openNote(note, [pinned])
    return o.verifiedBy.length > 0 ? parseCheckpoint(o.text) : null
  }
  const from = signed(before.note)
  if (!from) return { 'the checkpoint before does not verify': 1 }
  for (let i = 0; i < PROOFS_UNDER_LOAD; i++) {
    const base = pool[i % pool.length]!.base
    if (i % 2 === 0) {
      const r = await request(base, { method: 'GET', path: `/v1/audit-log/consistency-proof?from=${from.size}`, token })
      const to = signed(r.json?.toCheckpoint?.note)
      if (r.status !== 200) count(`consistency: ${r.status} ${codeOf(r) ?? ''}`)
      else if (!to || to.size !== r.json.to) count('consistency: no signed checkpoint of its size')
      else count(verifyConsistency(from.size, to.size, from.root, to.root, (r.json.proof as string[]).map(b64)) ? 'verified' : 'consistency: proof fails')
    } else {
      const seq = 1 + (i % from.size)
      const r = await request(base, { method: 'GET', path: `/v1/audit-events/${seq}/inclusion-proof`, token })
      const at = signed(r.json?.checkpoint?.note)
      if (r.status !== 200) count(`inclusion: ${r.status} ${codeOf(r) ?? ''}`)
      else if (!at || at.size !== r.json.treeSize) count('inclusion: no signed checkpoint of its size')
      else {
        const leaf = leafHash(Buffer.from(canonicalize(r.json.event)!, 'utf8'))
        count(verifyInclusion(seq - 1, at.size, leaf, (r.json.auditPath as string[]).map(b64), at.root) ? 'verified' : 'inclusion: proof fails')
      }
    }
  }
  return tally
}

/** The backend is still asleep in the stall trigger: its batch not committed. */
async function stillStalled(env: Env, pid: number): Promise<boolean> {
  const rows = await env.sql(`select 1 from pg_stat_activity where pid = $1 and wait_event = 'PgSleep' and backend_xid is not null`, [pid])
  return rows.length > 0
}

/**
 * WRITERS clients creating committees with Idempotency-Keys, each request to a live replica of
 * `pool()`, in turn. `writers(n)` lets only the first n write (the others wait).
 */
function startLoad(env: Env, pool: () => Replica[], prefix: string, parentId: string) {
  const attempts: Attempt[] = []
  const state = { stopped: false, writers: WRITERS }
  const writer = async (w: number) => {
    for (let n = 0; n < MAX_PER_WRITER && !state.stopped; n++) {
      const live = pool().filter((r) => r.alive())
      const replica = live[(w + n) % Math.max(1, live.length)]
      if (!replica || w >= state.writers) {
        await sleep(100)
        continue
      }
      const key = `${prefix}-w${w}-${n}`
      const body = n % 2 === 0 ? { name: `Fault ${key}`, level: 'central' } : { name: `Fault ${key}`, level: 'province', parentId }
      const at: Attempt = { key, body, replica }
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
    }
  }
  const running = Array.from({ length: WRITERS }, (_, w) => writer(w))
  return {
    attempts,
    writers: (n: number) => {
      state.writers = n
    },
    stop: async () => {
      state.stopped = true
      await Promise.all(running)
    },
  }
}

/** Samples the backlog every `everyMs` (skipping samples while the server is down). */
function startMonitor(env: Env, everyMs = 100) {
  const samples: { at: number; b: Backlog }[] = []
  const state = { stopped: false }
  const running = (async () => {
    while (!state.stopped) {
      try {
        samples.push({ at: Date.now(), b: await auditBacklog(env) })
      } catch {
        // restarting
      }
      await sleep(everyMs)
    }
  })()
  return {
    samples,
    stop: async () => {
      state.stopped = true
      await running
    },
    /** The worst lag sampled in [from, to): most events pending, and the oldest one's age. */
    worst: (from = 0, to = Infinity) => {
      const within = samples.filter((s) => s.at >= from && s.at < to)
      return {
        samples: within.length,
        pending: Math.max(0, ...within.map((s) => s.b.pending)),
        oldestMs: Math.max(0, ...within.map((s) => s.b.oldestMs)),
      }
    },
  }
}

const replicaEnv = (keyFile: string) => ({
  AUDIT_SIGNING_KEY_FILE: keyFile,
  AUDIT_LOG_ORIGIN: ORIGIN,
  AUDIT_SEQUENCER_BATCH: '5',
  AUDIT_SEQUENCER_POLL_MS: '50',
  AUDIT_CHECKPOINT_EVERY: '10',
  AUDIT_CHECKPOINT_INTERVAL_S: '1',
})

/** The latest checkpoint as served (JSON), once there is one. */
async function latestCheckpoint(base: string, token: string, capMs = 15_000) {
  const since = Date.now()
  let last: Res | NetError | null = null
  while (Date.now() - since < capMs) {
    last = await request(base, { method: 'GET', path: '/v1/audit-log/checkpoint', token, timeoutMs: 10_000 }).catch((err: NetError) => err)
    if (!(last instanceof NetError) && last.status === 200) return last.json as { treeSize: number; rootHash: string; note: string; keyId: string }
    await sleep(200)
  }
  throw new Error(`no checkpoint within ${capMs} ms: ${last ? describe(last) : 'no answer'}`)
}

/** Milliseconds since the events pending at `at` were sequenced, and the head first moved past `head`. */
async function recovery(env: Env, at: number, before: Backlog) {
  const [takeover, caughtUp] = await Promise.all([
    until(async () => (await auditBacklog(env)).seq > before.seq, at, RECOVERY_CAP_MS),
    until(
      async () => {
        const [r] = await env.sql<{ done: boolean }>('select not exists (select 1 from audit_pending where id <= $1) as done', [before.maxPendingId])
        return r!.done
      },
      at,
      RECOVERY_CAP_MS,
    ),
  ])
  return { takeover, caughtUp }
}

/**
 * The checks after a scenario: failed writes retried with their keys; audit_pending drains on its
 * own; verify; seqs 1…N; one event per committed write; every checkpoint signed by the pinned key
 * and consistent with the next; `before` consistent with a checkpoint cut now.
 */
async function checkLog(t: Checks, env: Env, replicas: Replica[], attempts: Attempt[], pinned: VerifierKey, before: { treeSize: number; note: string }) {
  const live = replicas.filter((r) => r.alive())
  const base = live[0]!.base

  const tally = new Map<string, number>()
  for (const at of attempts) {
    const label = at.err ? `no answer ${at.err.code}` : `${at.res!.status}${codeOf(at.res!) ? ` ${codeOf(at.res!)}` : ''}`
    tally.set(label, (tally.get(label) ?? 0) + 1)
  }
  t.comment(`${attempts.length} writes: ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
  t.same(
    attempts
      .filter((at) => at.res && at.res.status !== 201 && at.res.status !== 503)
      .slice(0, 10)
      .map((at) => `${at.key} → ${at.replica.name}: ${describe(at.res!)} ${at.res!.text.slice(0, 200)}`),
    [],
    'every answer the writers got is 201 or 503 (never 500, never a 4xx)',
  )

  // Every write without a 201 (its replica killed under it, or a 503), retried with its key until it has one.
  const failed = attempts.filter((at) => at.res?.status !== 201)
  const notFixed: string[] = []
  const queue = [...failed]
  const retryStarted = Date.now()
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let at = queue.shift(); at; at = queue.shift()) {
        const a = at
        const r = await retrying(
          () => request(base, { method: 'POST', path: '/v1/committees', token: env.token, headers: { 'idempotency-key': a.key }, body: a.body }),
          { capMs: 15_000, attempts: 200 },
        )
        if (r.final instanceof NetError || r.final.status !== 201) notFixed.push(`${a.key}: ${story(r.history)}`)
        else a.res = r.final
      }
    }),
  )
  t.comment(`${failed.length} writes without a 201 retried with their keys in ${Date.now() - retryStarted} ms`)
  t.same(notFixed.slice(0, 10), [], 'every failed write, retried with its Idempotency-Key, gets its 201', { notFixed: notFixed.length })

  // audit_pending drains with no read of the log to flush it: the background sequencer does it.
  const quiet = Date.now()
  const drained = await until(async () => (await auditBacklog(env)).pending === 0, quiet, DRAIN_CAP_MS, 50)
  t.comment(`audit_pending drained by itself ${drained ?? 'never'} ms after the last write`)
  t.ok(drained !== null, `audit_pending drains to 0 by itself (within ${DRAIN_CAP_MS} ms)`, { backlog: await auditBacklog(env) })

  const v = await verifyChain(base, env.token)
  t.comment(`verify: ${JSON.stringify({ ...v.json, rootHash: undefined, lastHash: undefined })}`)
  t.ok(v.ok, 'GET /v1/audit-events/verify: valid, treeSize = lastSeq = checked', { answer: v.detail })

  const [seqs] = await env.sql<{ n: string; d: string; lo: string | null; hi: string | null; head: string; tree: string; pending: string }>(
    `select count(*) as n, count(distinct seq) as d, min(seq) as lo, max(seq) as hi,
            (select seq from audit_chain_head where id = 1) as head, (select tree_size from audit_chain_head where id = 1) as tree,
            (select count(*) from audit_pending) as pending
       from audit_events`,
  )
  const n = Number(seqs!.n)
  t.same(
    {
      distinct: Number(seqs!.d),
      min: Number(seqs!.lo),
      max: Number(seqs!.hi),
      head: Number(seqs!.head),
      treeSize: Number(seqs!.tree),
      pending: Number(seqs!.pending),
    },
    { distinct: n, min: 1, max: n, head: n, treeSize: n, pending: 0 },
    `seqs are 1…${n} without gap or repeat, the head and the tree at ${n}, nothing pending`,
  )
  t.equal(v.json?.lastSeq, n, 'verify checked every event')

  // One event per committed write, and one committed write per event.
  const ids = attempts.filter((at) => at.res?.status === 201).map((at) => at.res!.json.id as string)
  const events = new Map(
    (
      await env.sql<{ id: string; n: number }>(
        `select entity_id as id, count(*)::int as n from audit_events
          where entity_type = 'committee' and action = 'committee.created' and entity_id = any($1::text[]) group by entity_id`,
        [ids],
      )
    ).map((r) => [r.id, r.n]),
  )
  t.same(ids.filter((id) => events.get(id) !== 1).slice(0, 10), [], `each of the ${ids.length} committees answered 201 has exactly one committee.created event`)
  const named = await committeesNamed(
    env,
    attempts.map((at) => at.body.name as string),
  )
  t.same(
    [...named]
      .filter(([, c]) => c.length !== 1)
      .slice(0, 10)
      .map(([name, c]) => `${name}: ${c.length}`),
    [],
    `exactly one committee per Idempotency-Key (${attempts.length} keys)`,
  )
  const [orphans] = await env.sql<{ no_event: number; no_committee: number; twice: number }>(
    `select (select count(*)::int from committees c where not exists
              (select 1 from audit_events e where e.entity_type = 'committee' and e.action = 'committee.created' and e.entity_id = c.id::text)) as no_event,
            (select count(*)::int from audit_events e where e.entity_type = 'committee' and e.action = 'committee.created'
              and not exists (select 1 from committees c where c.id::text = e.entity_id)) as no_committee,
            (select count(*)::int from (select entity_id from audit_events where action = 'committee.created' group by entity_id having count(*) > 1) x) as twice`,
  )
  t.same(orphans, { no_event: 0, no_committee: 0, twice: 0 }, 'no committee without its event, no event of a write that did not commit, none twice')

  // Checkpoints: the key the service serves is the suite's own; every note is signed by it.
  const keys = await request(base, { method: 'GET', path: '/v1/audit-log/keys', token: env.token })
  const served = (keys.json?.items ?? []) as { verifierKey: string; validUntil: string | null }[]
  t.same(
    served.map((k) => k.verifierKey),
    [formatVerifierKey(pinned)],
    'GET /v1/audit-log/keys serves one key: the one in AUDIT_SIGNING_KEY_FILE',
  )
  const verifiers = served.map((k) => parseVerifierKey(k.verifierKey))
  const cut = await request(base, { method: 'POST', path: '/v1/audit-log/checkpoints', token: env.token, timeoutMs: 60_000 })
  t.ok(cut.status === 201 || cut.status === 200, 'a checkpoint of the whole log is cut (or the latest already is one)', { answer: describe(cut) })
  const after = cut.json as { treeSize: number; note: string }
  t.equal(after?.treeSize, n, `the checkpoint after the faults covers all ${n} events`)

  /** The size and root a note says, when it verifies with the pinned key (else null). */
  const opened = (note: string) => {
    const o = openNote(note, [pinned])
    if (o.verifiedBy.length === 0) return null
    const c = parseCheckpoint(o.text)
    return c.origin === ORIGIN ? c : null
  }
  const from = opened(before.note)
  const to = opened(after.note)
  t.ok(from && from.size === before.treeSize, `the checkpoint from before the faults (size ${before.treeSize}) verifies with the pinned key`)
  t.ok(to && to.size === after.treeSize, `the checkpoint after the faults (size ${after.treeSize}) verifies with the pinned key`)
  t.ok(openNote(after.note, verifiers).verifiedBy.length > 0, 'and with the key GET /v1/audit-log/keys serves, parsed by parseVerifierKey')
  if (from && to) {
    const p = await request(base, {
      method: 'GET',
      path: `/v1/audit-log/consistency-proof?from=${from.size}&to=${to.size}`,
      token: env.token,
    })
    t.ok(
      p.status === 200 && verifyConsistency(from.size, to.size, from.root, to.root, (p.json.proof as string[]).map(b64)),
      `the log at ${from.size} (before the faults) is a prefix of the log at ${to.size}: the consistency proof verifies against the signed roots`,
      { answer: describe(p) },
    )
  }

  // Every checkpoint the log has signed: signed by the pinned key, one per size, each consistent with the next.
  const all: { treeSize: number; note: string }[] = []
  let cursor: string | null = null
  for (let page = 0; page < 1000; page++) {
    const res: Res = await request(base, {
      method: 'GET',
      path: `/v1/audit-log/checkpoints?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      token: env.token,
    })
    if (res.status !== 200) throw new Error(`checkpoints: ${describe(res)}`)
    all.push(...(res.json.items as { treeSize: number; note: string }[]))
    cursor = res.json.nextCursor as string | null
    if (!cursor) break
  }
  all.reverse()
  const badNotes = all.filter((c) => opened(c.note)?.size !== c.treeSize).map((c) => c.treeSize)
  t.same(badNotes.slice(0, 10), [], `each of the ${all.length} checkpoints is signed by the pinned key and says its own size`)
  t.same(
    all.map((c) => c.treeSize).filter((s, i, xs) => i > 0 && s <= xs[i - 1]!),
    [],
    'one checkpoint per tree size, growing',
  )
  const inconsistent: string[] = []
  const checkedAt = Date.now()
  for (let i = 1; i < all.length; i++) {
    const a = opened(all[i - 1]!.note)
    const b = opened(all[i]!.note)
    if (!a || !b) continue
    const p = await request(base, { method: 'GET', path: `/v1/audit-log/consistency-proof?from=${a.size}&to=${b.size}`, token: env.token })
    if (p.status !== 200 || !verifyConsistency(a.size, b.size, a.root, b.root, (p.json.proof as string[]).map(b64))) {
      inconsistent.push(`${a.size} → ${b.size}: ${describe(p)}`)
    }
  }
  t.comment(`${Math.max(0, all.length - 1)} consistency proofs between successive checkpoints checked in ${Date.now() - checkedAt} ms`)
  t.same(inconsistent.slice(0, 10), [], 'each checkpoint is consistent with the next (RFC 9162 proofs against the signed roots)')
}

t.test('the sequencer killed and cut off mid-batch under write load', async (t) => {
  const env = await environment(t)
  const lockKey = sequencerLockKey()
  const key = writeSigningKey(env.cluster.dir)
  const pinned = verifierKeyOf(ORIGIN, key.publicKey)
  const renv = replicaEnv(key.file)
  let pool: Replica[] = [await env.replica('replica A', renv), await env.replica('replica B', renv)]
  const everyone = [...pool]
  const stall = await installStall(env, 'sequencer', ['audit_chain_head'])
  const root = await request(pool[0]!.base, {
    method: 'POST',
    path: '/v1/committees',
    token: env.token,
    body: { name: 'Fault sequencer root', level: 'central' },
  })
  if (root.status !== 201) throw new Error(`root committee: ${describe(root)}`)

  const monitor = startMonitor(env)
  const load = startLoad(env, () => pool, 'seq-kill', root.json.id as string)
  const timings: string[] = []
  let before: { treeSize: number; note: string } | undefined
  try {
    await sleep(2000)
    before = await latestCheckpoint(pool[0]!.base, env.token)
    const steady = monitor.worst(Date.now() - 1500)
    t.comment(
      `steady load: checkpoint ${before.treeSize} taken as "before"; lag over the last 1.5 s: at most ${steady.pending} pending, oldest ${steady.oldestMs} ms`,
    )

    // Verify while the writers write and the sequencer commits batches: it must read one snapshot.
    const verdicts = new Map<string, number>()
    for (let i = 0; i < VERIFY_UNDER_LOAD; i++) {
      const v = await verifyChain(pool[0]!.base, env.token)
      const label = v.ok ? 'valid' : `${v.json?.firstBroken?.reason ?? v.detail.slice(0, 80)}`
      verdicts.set(label, (verdicts.get(label) ?? 0) + 1)
    }
    t.same(
      [...verdicts.keys()],
      ['valid'],
      `GET /v1/audit-events/verify, called ${VERIFY_UNDER_LOAD} times while writes are being sequenced, is valid every time`,
      { verdicts: Object.fromEntries(verdicts) },
    )

    // Proofs to the latest checkpoint while checkpoints are being cut: each verified here
    // against the roots of notes signed by the pinned key.
    const proofTally = await proofsUnderLoad(pool, env.token, pinned, before)
    t.same(
      Object.keys(proofTally),
      ['verified'],
      `${PROOFS_UNDER_LOAD} consistency and inclusion proofs to the latest checkpoint, asked while batches commit, all verify`,
      { proofs: proofTally },
    )

    let letter = 'C'.charCodeAt(0)
    for (let k = 1; k <= KILLS; k++) {
      await sleep(1500)
      await stall.stall(CATCH_STALL_MS)
      const caught = await findStalledSequencer(env, lockKey, 15_000)
      const victim = caught && replicaOfBackend(caught.clientPort, env.cluster.port, pool)
      // Off again for the next batch; the caught one sleeps its full CATCH_STALL_MS.
      await stall.stall(0)
      const backlog = await auditBacklog(env)
      const midBatch = caught !== null && (await stillStalled(env, caught.pid))
      victim?.kill('SIGKILL')
      const killedAt = Date.now()
      t.ok(caught, `kill ${k}: the sequencer was caught mid-batch`)
      t.ok(victim, `kill ${k}: its replica found by the backend's client port`, { caught })
      t.ok(midBatch, `kill ${k}: its batch was still open when it was killed`)
      if (!caught || !victim) continue
      const survivors = pool.filter((r) => r !== victim)
      t.ok(await victim.waitExit(5000), `kill ${k}: ${victim.name} is gone`)
      const lockFreed = await until(
        async () => (await env.sql('select 1 from pg_stat_activity where pid = $1', [caught.pid])).length === 0,
        killedAt,
        RECOVERY_CAP_MS,
      )
      const r = await recovery(env, killedAt, backlog)
      const lag = monitor.worst(killedAt, Date.now())
      const handover = lockFreed !== null && r.takeover !== null ? r.takeover - lockFreed : null
      const line = `kill ${k}: ${victim.name} (sequencing, backend ${caught.pid}) killed at head ${backlog.seq} with ${backlog.pending} pending; its backend (and the lock) gone after ${lockFreed ?? 'never'} ms; the head moved after ${r.takeover ?? 'never'} ms (${handover ?? '?'} ms after the lock was free); everything pending at the kill sequenced after ${r.caughtUp ?? 'never'} ms; worst lag since: ${lag.pending} pending, oldest ${lag.oldestMs} ms`
      timings.push(line)
      t.comment(line)
      t.ok(r.takeover !== null, `kill ${k}: another replica takes over sequencing (within ${RECOVERY_CAP_MS} ms)`, { takeover: r.takeover })
      t.ok(r.caughtUp !== null, `kill ${k}: every event pending at the kill is sequenced (within ${RECOVERY_CAP_MS} ms)`, { caughtUp: r.caughtUp })
      t.ok(
        survivors.every((s) => s.alive()),
        `kill ${k}: the other replica still runs`,
        { output: survivors.map((s) => (s.alive() ? '' : tail(s))).join('\n') },
      )
      // A new replica takes the dead one's place (the writers use it once it is ready). It
      // starts under one writer: on two cores, about 20 s instead of 25–30 s under all four.
      load.writers(1)
      const fresh = await env.replica(`replica ${String.fromCharCode(letter++)}`, renv).finally(() => load.writers(WRITERS))
      everyone.push(fresh)
      pool = [...survivors, fresh]
    }

    for (let j = 1; j <= TERMINATES; j++) {
      await sleep(1000)
      await stall.stall(CATCH_STALL_MS)
      const caught = await findStalledSequencer(env, lockKey, 15_000)
      const owner = caught && replicaOfBackend(caught.clientPort, env.cluster.port, pool)
      await stall.stall(0)
      const backlog = await auditBacklog(env)
      const midBatch = caught !== null && (await stillStalled(env, caught.pid))
      if (caught) await env.sql('select pg_terminate_backend($1)', [caught.pid])
      const cutAt = Date.now()
      t.ok(caught, `terminate ${j}: the sequencer was caught mid-batch`)
      t.ok(midBatch, `terminate ${j}: its batch was still open when its connection was cut`)
      if (!caught) continue
      const r = await recovery(env, cutAt, backlog)
      const lag = monitor.worst(cutAt, Date.now())
      const line = `terminate ${j}: backend ${caught.pid} of ${owner?.name ?? '(replica not found)'} terminated at head ${backlog.seq} with ${backlog.pending} pending; the head moved after ${r.takeover ?? 'never'} ms; everything pending sequenced after ${r.caughtUp ?? 'never'} ms; worst lag since: ${lag.pending} pending, oldest ${lag.oldestMs} ms`
      timings.push(line)
      t.comment(line)
      t.ok(r.takeover !== null, `terminate ${j}: sequencing goes on (within ${RECOVERY_CAP_MS} ms)`, { takeover: r.takeover })
      t.ok(r.caughtUp !== null, `terminate ${j}: every event pending at the cut is sequenced (within ${RECOVERY_CAP_MS} ms)`, { caughtUp: r.caughtUp })
      await sleep(500)
      t.ok(
        pool.every((p) => p.alive()),
        `terminate ${j}: no replica exits`,
        { output: pool.map((p) => (p.alive() ? '' : `${p.name}: ${tail(p)}`)).join('\n') },
      )
    }
  } finally {
    await stall.stall(0).catch(() => {})
    await load.stop()
    await monitor.stop()
  }
  const whole = monitor.worst()
  t.comment(`timings:\n${timings.join('\n')}`)
  t.comment(`lag over the whole run (${whole.samples} samples): at most ${whole.pending} events pending, the oldest ${whole.oldestMs} ms old`)
  t.ok(
    everyone.every((r) => r.alive() || r.exitSignal === 'SIGKILL'),
    'no replica exited but those killed',
    { output: everyone.map((r) => (r.alive() || r.exitSignal === 'SIGKILL' ? '' : `${r.name}: exit ${r.exitCode}: ${tail(r)}`)).join('\n') },
  )
  const logs = logSummary(everyone)
  t.comment(`the replicas logged:\n${logs.summary}`)
  t.same(logs.unhandled.slice(0, 5), [], 'no replica logged an unhandled rejection')
  await checkLog(t, env, pool, load.attempts, pinned, before!)
})

t.test('a PostgreSQL restart while audit events are pending', async (t) => {
  const env = await environment(t)
  const lockKey = sequencerLockKey()
  const key = writeSigningKey(env.cluster.dir)
  const pinned = verifierKeyOf(ORIGIN, key.publicKey)
  const renv = replicaEnv(key.file)
  const replicas = [await env.replica('replica A', renv), await env.replica('replica B', renv)]
  const stall = await installStall(env, 'sequencer', ['audit_chain_head'])
  const root = await request(replicas[0]!.base, {
    method: 'POST',
    path: '/v1/committees',
    token: env.token,
    body: { name: 'Fault sequencer root', level: 'central' },
  })
  if (root.status !== 201) throw new Error(`root committee: ${describe(root)}`)

  const load = startLoad(env, () => replicas, 'seq-restart', root.json.id as string)
  const holder = await env.cluster.session('ctd')
  let before: { treeSize: number; note: string }
  let caught: Awaited<ReturnType<typeof findStalledSequencer>>
  try {
    await sleep(1500)
    before = await latestCheckpoint(replicas[0]!.base, env.token)
    // The suite holds the sequencer's lock: the writers' events pile up in audit_pending.
    await holder.query('select pg_advisory_lock($1::bigint)', [lockKey.toString()])
    await sleep(HOLD_MS)
  } finally {
    await load.stop()
  }
  try {
    // Nothing nudges the replicas from here on. One batch is let in and caught mid-way.
    await stall.stall(10_000)
    await holder.query('select pg_advisory_unlock($1::bigint)', [lockKey.toString()])
    caught = await findStalledSequencer(env, lockKey, 15_000)
  } finally {
    // Off for the batches after the restart; the caught one sleeps on until the restart ends it.
    await stall.stall(0)
  }
  const backlog = await auditBacklog(env)
  const sequencing = caught && replicaOfBackend(caught.clientPort, env.cluster.port, replicas)
  t.ok(caught && (await stillStalled(env, caught.pid)), `a batch (of ${sequencing?.name ?? '?'}) was caught mid-way, still open at the restart`)
  t.ok(backlog.pending > 0, `events were pending at the restart (${backlog.pending})`)
  const from = Date.now()
  await env.cluster.restart()
  const back = Date.now()
  await holder.end().catch(() => {})
  const r = await recovery(env, back, backlog)
  const drained = await until(async () => (await auditBacklog(env)).pending === 0, back, DRAIN_CAP_MS, 20)
  t.comment(
    `pg_ctl restart -m fast took ${back - from} ms with ${backlog.pending} events pending (head ${backlog.seq}); after it, with no request to any replica: the head moved after ${r.takeover ?? 'never'} ms, everything pending was sequenced after ${r.caughtUp ?? 'never'} ms, audit_pending empty after ${drained ?? 'never'} ms`,
  )
  t.ok(
    r.takeover !== null && r.caughtUp !== null,
    `sequencing resumes on its own after the restart and takes every pending event (within ${RECOVERY_CAP_MS} ms)`,
    r,
  )
  t.ok(drained !== null, 'audit_pending drains to 0')
  const after = await auditBacklog(env)
  t.equal(after.seq, backlog.seq + backlog.pending, `every event pending at the restart was sequenced, none lost (${backlog.seq} + ${backlog.pending})`)
  t.ok(
    replicas.every((x) => x.alive()),
    'both replicas survive the restart',
    { output: replicas.map((x) => (x.alive() ? '' : `${x.name}: exit ${x.exitSignal ?? x.exitCode}: ${tail(x)}`)).join('\n') },
  )
  const logs = logSummary(replicas)
  t.comment(`the replicas logged:\n${logs.summary}`)
  t.same(logs.unhandled.slice(0, 5), [], 'no replica logged an unhandled rejection')
  await checkLog(t, env, replicas, load.attempts, pinned, before!)
  t.ok(
    replicas.every((x) => x.alive()),
    'both replicas still run at the end',
  )
})
