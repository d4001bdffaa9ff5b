/**
 * Shared set-up of the scenarios: knobs from the environment, a cluster with a database and an
 * admin key, replicas, calls through the HTTP API, the data an import needs, and counting in
 * the database. Everything a scenario starts is torn down with its tap test.
 */
import { generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startCluster, type Cluster, type ClusterOptions } from './cluster.ts'
import { codeOf, describe, request, type Res } from './http.ts'
import { createApiKey, SERVICE_DIR, startReplica, type Replica } from './replica.ts'

interface Tap {
  teardown(fn: () => unknown): void
  comment(...args: unknown[]): void
}

const intEnv = (name: string, fallback: number, min = 1, max = 1000) => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer ${min}–${max}, got ${raw}`)
  return n
}

/** Repetitions of each scenario's fault (default 1, at most 50): longer runs hunt rarer races. */
export const ROUNDS = intEnv('FAULT_ROUNDS', 1, 1, 50)
/** Members of the import's cluster (× 20 indicators × 2 periods rows); default 100 → 4,000 rows. */
export const IMPORT_MEMBERS = intEnv('FAULT_IMPORT_MEMBERS', 100, 10, 500)
/** How long (ms) each write statement into submission_values is held up by the fault trigger. */
export const IMPORT_STALL_MS = intEnv('FAULT_IMPORT_STALL_MS', 600, 50, 10_000)

export interface Env {
  cluster: Cluster
  databaseUrl: string
  token: string
  /** SQL on the service's database, as superuser. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  replica(name: string, env?: Record<string, string>): Promise<Replica>
}

/**
 * A fresh cluster with the database `ctd`, migrated by the apikey CLI, which issues the admin
 * key. All torn down with `t`, replicas first.
 */
export async function environment(t: Tap, opts: ClusterOptions = {}): Promise<Env> {
  const started = Date.now()
  const cluster = await startCluster(opts)
  t.teardown(() => cluster.teardown())
  const databaseUrl = await cluster.createDatabase('ctd')
  const token = await createApiKey(databaseUrl)
  t.comment(`cluster on 127.0.0.1:${cluster.port} (${cluster.dir}) and admin key in ${Date.now() - started} ms`)
  return {
    cluster,
    databaseUrl,
    token,
    sql: (text, params) => cluster.sql(text, params, 'ctd'),
    replica: async (name, env) => {
      const r0 = Date.now()
      const replica = await startReplica({ databaseUrl, name, env })
      // Registered after the cluster's teardown, so it runs before it (tap runs them in reverse).
      t.teardown(() => replica.stop())
      t.comment(`${name} ready on :${replica.port} (pid ${replica.pid}) in ${Date.now() - r0} ms`)
      return replica
    },
  }
}

/** Calls through the API as one key; `must` throws unless the status is the expected one. */
export function api(base: string, token: string) {
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs?: number) =>
    request(base, { method, path, token, body, headers, timeoutMs })
  const must = async <T = unknown>(status: number | number[], method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> => {
    const res = await call(method, path, body, headers, 120_000)
    const ok = Array.isArray(status) ? status.includes(res.status) : res.status === status
    if (!ok) throw new Error(`${method} ${path}: expected ${String(status)}, got ${describe(res)}: ${res.text.slice(0, 500)}`)
    return res.json as T
  }
  return { call, must }
}

/** The output of a replica, trimmed, for a failure message. */
export const tail = (r: Replica, n = 1500) => r.output().slice(-n) || '(no output)'

/** Committees whose name is exactly this: the effect of one Idempotency-Key in the scenarios. */
export async function committeesNamed(env: Env, names: string[]): Promise<Map<string, string[]>> {
  const rows = await env.sql<{ name: string; ids: string[] }>(
    'select name, array_agg(id::text order by id) as ids from committees where name = any($1::text[]) group by name',
    [names],
  )
  const out = new Map<string, string[]>(names.map((n) => [n, []]))
  for (const r of rows) out.set(r.name, r.ids)
  return out
}

/**
 * Whether the audit log verifies, through the API (admin or auditor token): the service first
 * sequences every event committed before the call, then recomputes the chain, the Merkle tree
 * and every checkpoint. `ok` also asks that every event checked is in the tree
 * (treeSize = lastSeq = checked). `json` is the answer.
 */
export async function verifyChain(base: string, token: string): Promise<{ ok: boolean; detail: string; json: Res['json'] }> {
  const res = await request(base, { method: 'GET', path: '/v1/audit-events/verify', token, timeoutMs: 120_000 })
  const v = res.json
  const ok = res.status === 200 && v?.valid === true && v.treeSize === v.lastSeq && v.checked === v.lastSeq
  return { ok, detail: `${describe(res)} ${res.text.slice(0, 400)}`, json: v }
}

export interface ImportData {
  clusterId: string
  clusterCode: string
  year: number
  memberCodes: string[]
  indicatorCodes: string[]
  /** One valid row per member, indicator and period (H1, FY). */
  items: { committeeCode: string; clusterCode: string; year: number; period: string; indicatorCode: string; value: string }[]
  /** Submissions the items fill: members × periods. */
  submissions: number
}

const INDICATORS = 20
let datasets = 0

/**
 * Through the HTTP API as admin: 20 integer indicators (once per database), a central organiser
 * with `members` provinces, a cluster and its cluster-year with a 20-criterion scheme, targets,
 * the signed pact and the H1 and FY windows open — so that every row of `items` is valid.
 */
export async function importData(base: string, token: string, members = IMPORT_MEMBERS): Promise<ImportData> {
  const { must, call } = api(base, token)
  const n = ++datasets
  const tag = `${process.pid % 10_000}${n}`
  const indicatorCodes = Array.from({ length: INDICATORS }, (_, i) => `FAULT_IND_${String(i + 1).padStart(2, '0')}`)
  for (const code of indicatorCodes) {
    const res = await call('POST', '/v1/indicators', {
      code,
      nameVi: `Chỉ tiêu ${code}`,
      nameEn: `Indicator ${code}`,
      unit: 'count',
      valueType: 'integer',
      minValue: '0',
    })
    if (res.status !== 201 && codeOf(res) !== 'INDICATOR_CODE_TAKEN') throw new Error(`indicator ${code}: ${describe(res)} ${res.text}`)
  }
  const organizer = await must<{ id: string }>(201, 'POST', '/v1/committees', { name: `Ủy ban Trung ương (fault ${tag})`, level: 'central' })
  const ids: string[] = []
  const memberCodes: string[] = []
  for (let i = 0; i < members; i++) {
    const code = `F${tag}M${i + 1}`
    const c = await must<{ id: string }>(201, 'POST', '/v1/committees', { name: `Ủy ban MTTQ tỉnh ${code}`, code, level: 'province', parentId: organizer.id })
    ids.push(c.id)
    memberCodes.push(code)
  }
  const clusterCode = `FAULT-${tag}`
  const cluster = await must<{ id: string }>(201, 'POST', '/v1/clusters', {
    code: clusterCode,
    name: `Cụm thi đua ${clusterCode}`,
    organizerCommitteeId: organizer.id,
    memberLevel: 'province',
    rotationPolicy: 'deputy_succeeds',
  })
  const year = 2024
  const yearPath = `/v1/clusters/${cluster.id}/years/${year}`
  await must(201, 'PUT', yearPath, { members: ids, headId: ids[0], deputyId: ids[1] })
  const methods = ['target_ratio', 'relative_to_best', 'threshold'] as const
  const criteria = indicatorCodes.map((indicatorCode, i) => ({
    code: `TC_${String(i + 1).padStart(2, '0')}`,
    title: `Tiêu chí ${i + 1}`,
    group: `G${i % 4}`,
    kind: 'standard',
    method: methods[i % 3],
    maxPoints: '5',
    indicatorCode,
  }))
  await must(201, 'PUT', `${yearPath}/scheme`, { criteria, bonusCap: '5', penaltyCap: '5', tieBreakGroups: ['G0', 'G1'], latePenalty: null, awardRules: [] })
  const needsTarget = criteria.filter((c) => c.method !== 'relative_to_best')
  await must(200, 'PUT', `${yearPath}/targets`, {
    targets: ids.flatMap((committeeId) => needsTarget.map((c) => ({ committeeId, criterionCode: c.code, value: '100' }))),
  })
  await must(201, 'POST', `${yearPath}/pact/sign`, {
    signedAt: `${year}-01-15T09:00:00+07:00`,
    venue: 'Hội trường',
    signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Nguyễn Văn A', title: 'Chủ tịch' })),
  })
  const window = { opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }
  await must(201, 'PUT', `${yearPath}/periods/H1`, window) // H1 first: opening it starts reporting
  await must(201, 'PUT', `${yearPath}/periods/FY`, window)
  const items: ImportData['items'] = []
  let v = 0
  for (const committeeCode of memberCodes) {
    for (const period of ['H1', 'FY']) {
      for (const indicatorCode of indicatorCodes) items.push({ committeeCode, clusterCode, year, period, indicatorCode, value: String(++v % 977) })
    }
  }
  return { clusterId: cluster.id, clusterCode, year, memberCodes, indicatorCodes, items, submissions: members * 2 }
}

/**
 * Fault injection in the database: every INSERT or UPDATE statement on each of `tables` waits
 * `stall(ms)` at its end (a statement-level AFTER trigger calling pg_sleep), inside the
 * statement's transaction. `stall(0)` turns it off. Created once the schema exists; a table that
 * does not exist (a later schema) is skipped and listed in `missing`.
 */
export async function installStall(env: Env, name: string, tables: string[]) {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`bad stall name ${name}`)
  await env.sql(`create table if not exists fault_control (name text primary key, value double precision not null)`)
  await env.sql(`insert into fault_control values ($1, 0) on conflict (name) do nothing`, [name])
  await env.sql(`
    create or replace function fault_stall() returns trigger language plpgsql as $$
    declare s double precision;
    begin
      select value into s from fault_control where name = TG_ARGV[0];
      if s is not null and s > 0 then perform pg_sleep(s); end if;
      return null;
    end $$`)
  const missing: string[] = []
  for (const table of tables) {
    const [{ found }] = await env.sql<{ found: boolean }>(`select to_regclass($1) is not null as found`, [`public.${table}`])
    if (!found) {
      missing.push(table)
      continue
    }
    await env.sql(`drop trigger if exists fault_stall_${name} on ${table}`)
    await env.sql(`create trigger fault_stall_${name} after insert or update on ${table} for each statement execute function fault_stall('${name}')`)
  }
  return {
    missing,
    stall: (ms: number) => env.sql(`update fault_control set value = $1 where name = $2`, [ms / 1000, name]),
  }
}

/**
 * Every write statement of an import into submission_values is held up at its end, so an import
 * is reliably caught mid-way — its first batch written, uncommitted — and a backend found
 * sleeping there is the import's.
 */
export const installImportStall = (env: Env) => installStall(env, 'import', ['submission_values'])

/**
 * Waits (polling every 10 ms, at most `capMs`) for a backend of database ctd that has written
 * in its open transaction and is sleeping in the stall trigger: the import caught mid-way.
 */
export async function findStalledImport(env: Env, capMs = 30_000): Promise<{ pid: number; query: string; waited: number } | null> {
  const started = Date.now()
  for (let i = 0; i < 10_000 && Date.now() - started < capMs; i++) {
    const rows = await env.sql<{ pid: number; query: string }>(
      `select pid, left(query, 120) as query from pg_stat_activity
        where datname = 'ctd' and pid <> pg_backend_pid() and backend_xid is not null
          and wait_event = 'PgSleep' and state = 'active'`,
    )
    if (rows[0]) return { ...rows[0], waited: Date.now() - started }
    await new Promise((r) => setTimeout(r, 10))
  }
  return null
}

/**
 * What imports write into a cluster, in the service's database: submissions, values, and
 * `submission.created` audit events. An event is counted wherever it is: sequenced
 * (`audit_events`) or committed and still waiting for the sequencer (`audit_pending`, where it
 * may sit for a moment after its write has answered). One statement, so one snapshot: the
 * sequencer moves events between the two tables in one transaction, so none is counted twice or
 * missed. `pending` says how many of `events` were not sequenced yet (not part of the effect:
 * compare the other three).
 */
export async function importCounts(env: Env, clusterId: string) {
  const [row] = await env.sql<{ submissions: string; values: string; sequenced: string; pending: string }>(
    `with ids as (select id::text as id from submissions where cluster_id = $1)
     select (select count(*) from submissions where cluster_id = $1) as submissions,
            (select count(*) from submission_values v join submissions s on s.id = v.submission_id where s.cluster_id = $1) as values,
            (select count(*) from audit_events e where e.entity_type = 'submission' and e.action = 'submission.created'
                and e.entity_id in (select id from ids)) as sequenced,
            (select count(*) from audit_pending p where p.entity_type = 'submission' and p.action = 'submission.created'
                and p.entity_id in (select id from ids)) as pending`,
    [clusterId],
  )
  const pending = Number(row!.pending)
  return {
    counts: { submissions: Number(row!.submissions), values: Number(row!.values), events: Number(row!.sequenced) + pending },
    pending,
  }
}

/* The audit log's sequencer (src/modules/audit-events/sequencer.ts), seen from outside. */

/**
 * A fresh Ed25519 signing key for the audit log's checkpoints, written as PKCS#8 PEM (mode 0600)
 * into `dir` (the cluster's temporary directory, removed with it): the AUDIT_SIGNING_KEY_FILE of
 * every replica of a scenario. Also answers its raw public key, to pin it out of band.
 */
export function writeSigningKey(dir: string): { file: string; publicKey: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const file = join(dir, 'audit-signing-key.pem')
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
  const jwk = publicKey.export({ format: 'jwk' })
  return { file, publicKey: Buffer.from(jwk.x!, 'base64url') }
}

/**
 * The advisory lock key whose holder is the sequencer, read from the service's source (the suite
 * runs the service as a black box and imports none of it): it finds the sequencer's backend by it in pg_locks.
 */
export function sequencerLockKey(): bigint {
  const file = join(SERVICE_DIR, 'src/modules/audit-events/sequencer.ts')
  const m = /const SEQUENCER_LOCK = ([0-9_]+)\b/.exec(readFileSync(file, 'utf8'))
  if (!m) throw new Error(`SEQUENCER_LOCK not found in ${file}: has the sequencer's lock changed?`)
  return BigInt(m[1]!.replaceAll('_', ''))
}

/**
 * The backend holding the sequencer's lock while it sleeps in a stall trigger (installStall on
 * audit_chain_head: every batch waits at the end of its integrate statement, its events moved and
 * the head written, not committed): the sequencer caught mid-batch. Polls every 10 ms, at most `capMs`.
 */
export async function findStalledSequencer(env: Env, lockKey: bigint, capMs = 30_000): Promise<{ pid: number; clientPort: number; waited: number } | null> {
  const started = Date.now()
  for (let i = 0; i < 10_000 && Date.now() - started < capMs; i++) {
    const rows = await env.sql<{ pid: number; client_port: number }>(
      `select a.pid, a.client_port from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.objsubid = 1
          and (l.classid::bigint << 32) + l.objid::bigint = $1::bigint
          and a.datname = 'ctd' and a.wait_event = 'PgSleep' and a.state = 'active' and a.backend_xid is not null`,
      [lockKey.toString()],
    )
    if (rows[0]) return { pid: rows[0].pid, clientPort: rows[0].client_port, waited: Date.now() - started }
    await new Promise((r) => setTimeout(r, 10))
  }
  return null
}

/**
 * Which replica a backend serves: the one whose process holds the socket of the backend's client
 * port (pg_stat_activity.client_port) to the cluster's port — /proc/net/tcp for the socket's
 * inode, /proc/<pid>/fd for its owner. Linux only; null when not found (the process is gone, or
 * no /proc). Every replica sets the same application_name, so the port is what tells them apart.
 */
export function replicaOfBackend(clientPort: number, serverPort: number, replicas: Replica[]): Replica | null {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = readFileSync(table, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f.length < 10) continue
      const port = (addr: string) => parseInt(addr.slice(addr.lastIndexOf(':') + 1), 16)
      if (port(f[1]!) === clientPort && port(f[2]!) === serverPort) inodes.add(f[9]!)
    }
  }
  if (inodes.size === 0) return null
  for (const r of replicas) {
    if (!r.alive()) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${r.pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${r.pid}/fd/${fd}`))
        if (m && inodes.has(m[1]!)) return r
      } catch {
        // closed meanwhile
      }
    }
  }
  return null
}

export interface Backlog {
  /** Events committed and not sequenced (rows of audit_pending). */
  pending: number
  /** The highest pending id now (0 when none wait). */
  maxPendingId: number
  /** How long the oldest pending event has waited (ms; 0 when none wait). */
  oldestMs: number
  /** The chain head: events sequenced, and how many the tree holds. */
  seq: number
  treeSize: number
}

/** The sequencer's backlog and head, in one statement. */
export async function auditBacklog(env: Env): Promise<Backlog> {
  const [r] = await env.sql<{ pending: string; max_id: string; oldest_ms: number; seq: string; tree_size: string }>(
    `select count(p.id) as pending, coalesce(max(p.id), 0) as max_id,
            coalesce(extract(epoch from clock_timestamp() - min(p.occurred_at)) * 1000, 0)::float8 as oldest_ms,
            (select seq from audit_chain_head where id = 1) as seq, (select tree_size from audit_chain_head where id = 1) as tree_size
       from audit_pending p`,
  )
  return {
    pending: Number(r!.pending),
    maxPendingId: Number(r!.max_id),
    oldestMs: Math.max(0, Math.round(r!.oldest_ms)),
    seq: Number(r!.seq),
    treeSize: Number(r!.tree_size),
  }
}

export type { Res }
