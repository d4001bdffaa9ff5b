/**
 * Cluster-year export benchmark (issue 12): `GET /v1/exports/cluster-years/{clusterId}/{year}`
 * and `ctd-verify export` on its bundle, on PostgreSQL.
 *   node --import tsx bench/export.ts        (or: npm run bench -- export)
 *
 * (1) A year with full history: the ranking-read year (63 provinces, a 40-criterion scheme,
 *     targets, the signed pact, one accepted FY submission each, every peer assessment, the
 *     conference's points, bonuses, penalties, a disqualification, FY closed), then finalised,
 *     award proposals generated and submitted, all approved but one (rejected), one approval
 *     revoked, and the handover to the next year recorded, all through the API. It is exported
 *     once to warm up and then BENCH_EXPORT_RUNS times: time per export (p50, max), bytes, and
 *     whether the ETag and the bytes stay the same on every call; then `ctd-verify export` on it.
 * (2) A cluster-year of 1,000,000 submission values: BENCH_EXPORT_BIG_MEMBERS (500) communes ×
 *     BENCH_EXPORT_INDICATORS (500, every one a relative_to_best criterion, so no targets) × H1
 *     and FY = 500,000 reported values, imported as CSV through the service with submit=true,
 *     so each submission also stores its revision 1, an immutable copy of its values: another
 *     500,000. The bundle then carries 1,000,000 values (500,000 in `submissions[].values`,
 *     500,000 in `submissions[].revisions[].values`), and besides them, as the log holds it,
 *     every value again in its import's audit event. The revisions are the honest second half:
 *     a cluster-year cannot hold more than 500 × 500 × 2 reported values (the API's limits), and
 *     a bundle carries every revision a submit stores.
 *     It is exported by the service in a process of its own (`node --import tsx src/server.ts`,
 *     as bench/audit-log.ts starts its replicas), warmed first by two exports of year (1) when
 *     that part ran. Its RSS is read from /proc/<pid>/status every ~20 ms while the export
 *     streams to a file on disk (never held here), and the kernel's own high-water mark (VmHWM,
 *     reset through /proc/<pid>/clear_refs just before) is read after: the peak growth over the
 *     RSS before the export is the larger of the two. Then `node bin/ctd-verify.js export file
 *     --key keys.json` (keys from GET /v1/audit-log/keys) runs as a child process under
 *     /usr/bin/time -v where present (its maximum resident set size), else its VmHWM sampled.
 * Prints figures, with /proc/loadavg at the start and at the end; asserts none. Exits non-zero
 * (throws) when an export answers other than 200 or the verifier fails.
 *
 * Environment: DATABASE_URL (a server where databases may be created; default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_EXPORT_PARTS (default "1,2"),
 * BENCH_EXPORT_MEMBERS (part 1, default 63), BENCH_EXPORT_RUNS (part 1, default 5),
 * BENCH_EXPORT_BIG_MEMBERS (part 2, default 500), BENCH_EXPORT_INDICATORS (part 2, default 500),
 * BENCH_EXPORT_HEAP_MB (part 2: also export from a service whose V8 old space is capped at this
 * many MB; default 0, none), BENCH_EXPORT_IDLE_TX_MS (the spawned service's
 * DB_IDLE_IN_TRANSACTION_TIMEOUT_MS; unset, its default of 15 s — which ends the export's snapshot
 * transaction on the 1,000,000-value year, see bench/README.md; 0 for none).
 */
import { spawn } from 'node:child_process'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { rows } from '../src/db/client.ts'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { adminSql, buildService, caller, intFromEnv, issueToken, mb, relativeToBestScheme, withBenchDatabase } from './lib.ts'
import { setUp as rankingYear } from './ranking-read.ts'
import { rng } from './rng.ts'
import { startServiceProcess, type ServiceProcess } from './service-process.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const YEAR = 2024
const POOL_SIZE = 10
const TARGET_GROWTH = 100 * 1024 * 1024
const SAMPLE_MS = 20

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const procLoadavg = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim()
  } catch {
    return '(no /proc/loadavg)'
  }
}
/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM), or null. */
function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Samples another process's RSS (and its high-water mark) every ~20 ms, with how many bytes of the answer had arrived then. */
function sampleRss(pid: number, progress: { bytes: number } = { bytes: 0 }) {
  let peak = 0
  const timeline: { ms: number; rss: number; bytes: number }[] = []
  const t0 = performance.now()
  const tick = () => {
    const r = procStatus(pid, 'VmRSS')
    if (r !== null) {
      timeline.push({ ms: performance.now() - t0, rss: r, bytes: progress.bytes })
      if (r > peak) peak = r
    }
  }
  tick()
  const timer = setInterval(tick, SAMPLE_MS)
  return {
    stop: () => {
      clearInterval(timer)
      tick()
      return { peak, samples: timeline.length, hwm: procStatus(pid, 'VmHWM'), timeline }
    },
  }
}

/**
 * Where the bundle's last members begin in the file (the first occurrence of each pattern after
 * the one before; the members are in canonical order), read in chunks.
 */
async function memberOffsets(file: string, patterns: [string, string][]): Promise<{ name: string; offset: number }[]> {
  const found: { name: string; offset: number }[] = []
  let k = 0
  let base = 0
  let carry = ''
  for await (const chunk of createReadStream(file, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string)
    let from = 0
    while (k < patterns.length) {
      const at = text.indexOf(patterns[k]![1], from)
      if (at < 0) break
      found.push({ name: patterns[k]![0], offset: base - carry.length + at })
      from = at + 1
      k++
    }
    if (k === patterns.length) break
    carry = text.slice(-200)
    base += (chunk as string).length
  }
  return found
}

type Server = ServiceProcess

/** The service as production starts it, in a process of its own (as bench/audit-log.ts's replicas). */
function startServer(dbUrl: string, keyFile: string, heapMb: number, idleTxMs: number | null): Promise<Server> {
  return startServiceProcess({
    name: 'the service',
    dbUrl,
    poolSize: POOL_SIZE,
    keyFile,
    nodeArgs: heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [],
    env: idleTxMs === null ? {} : { DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: String(idleTxMs) },
  })
}

interface Exported {
  ms: number
  /** Time to the response's headers (the first pass, hashing the bundle for the ETag, is before them). */
  headersMs: number
  bytes: number
  etag: string
  sha256: string
}

/** One export, streamed to `file` as it arrives: nothing of the body is held here. */
async function exportTo(origin: string, token: string, clusterId: string, file: string, progress: { bytes: number } = { bytes: 0 }): Promise<Exported> {
  const t0 = performance.now()
  const res = await fetch(`${origin}/v1/exports/cluster-years/${clusterId}/${YEAR}`, { headers: { authorization: `Bearer ${token}` } })
  const headersMs = performance.now() - t0
  if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${(await res.text()).slice(0, 2000)}`)
  const hash = createHash('sha256')
  let bytes = 0
  await pipeline(
    Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk)
        bytes += chunk.length
        progress.bytes = bytes
        yield chunk
      }
    },
    createWriteStream(file),
  )
  return { ms: performance.now() - t0, headersMs, bytes, etag: res.headers.get('etag') ?? '', sha256: hash.digest('hex') }
}

interface Verified {
  code: number | null
  ms: number
  peakRss: number | null
  how: string
  tail: string
}

/** `node bin/ctd-verify.js export file --key keys.json` as a child process: exit code, time, peak RSS. */
async function verifyBundle(file: string, keysFile: string): Promise<Verified> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  const timeOut = `${file}.time`
  const args = ['bin/ctd-verify.js', 'export', file, '--key', keysFile]
  const child = timeBin
    ? spawn(timeBin, ['-v', '-o', timeOut, process.execPath, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  const keep = (chunk: Buffer) => {
    out += chunk.toString('utf8')
    if (out.length > 200_000) out = out.slice(-100_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  // Without /usr/bin/time: the high-water mark of the process, read until it ends.
  let hwm = 0
  const timer = timeBin ? null : setInterval(() => (hwm = Math.max(hwm, procStatus(child.pid!, 'VmHWM') ?? 0)), SAMPLE_MS)
  const t0 = performance.now()
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  const ms = performance.now() - t0
  if (timer) clearInterval(timer)
  let peakRss: number | null = hwm || null
  if (timeBin) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(existsSync(timeOut) ? readFileSync(timeOut, 'utf8') : '')
    peakRss = m ? Number(m[1]) * 1024 : null
    rmSync(timeOut, { force: true })
  }
  const tail = out.trimEnd().split('\n').slice(-12).join('\n')
  return { code, ms, peakRss, how: timeBin ? '/usr/bin/time -v' : `VmHWM sampled every ${SAMPLE_MS} ms`, tail }
}

function printVerified(v: Verified, file: string): void {
  console.log(
    `ctd-verify export ${file.split('/').pop()}: exit ${v.code}, ${seconds(v.ms)}, peak RSS ${v.peakRss === null ? '–' : mb(v.peakRss)} (${v.how})` +
      (v.code === 0 ? `; last line: ${v.tail.split('\n').pop()}` : ''),
  )
  if (v.code !== 0) console.log(`the verifier's last lines:\n${v.tail}`)
}

/* ---------------------------------------------------------------------------------------------
 * (1) The ranking-read year through finalisation, awards and the handover.
 * ------------------------------------------------------------------------------------------- */

async function decidedYear(app: FastifyInstance, admin: string, members: number) {
  const call = caller(app)
  const { clusterId, ids, criteria } = await rankingYear(app, members)
  const base = `/v1/clusters/${clusterId}/years/${YEAR}`
  const cluster = await call<{ organizerCommitteeId: string }>(admin, 'GET', `/v1/clusters/${clusterId}`)
  const secretariat = await issueToken(app, 'secretariat', ids[0]!)
  const organizer = await issueToken(app, 'organizer', cluster.organizerCommitteeId)
  await call(secretariat, 'POST', `${base}/ranking/finalize`, undefined, 200)
  const generated = await call<{ items: { id: string; awardTypeCode: string }[] }>(secretariat, 'POST', `${base}/award-proposals/generate`, undefined, 201)
  const proposals = generated.items
  const decision = (i: number) => ({
    decisionNumber: `${125 + i}/QĐ-MTTW-BTT`,
    decisionDate: `${YEAR + 1}-01-15`,
    signer: 'Chủ tịch UBTƯ MTTQ Việt Nam',
    signerTitle: 'Chủ tịch',
  })
  let approved = 0
  let rejected = 0
  for (const [i, p] of proposals.entries()) {
    await call(secretariat, 'POST', `/v1/award-proposals/${p.id}/submit`, undefined, 200)
    if (i === proposals.length - 1 && proposals.length > 1) {
      await call(organizer, 'POST', `/v1/award-proposals/${p.id}/reject`, { ...decision(i), reason: 'Chưa đủ hồ sơ minh chứng theo quy định' }, 200)
      rejected++
    } else {
      await call(organizer, 'POST', `/v1/award-proposals/${p.id}/approve`, decision(i), 200)
      approved++
    }
  }
  const revoked = proposals.length > 2 ? proposals[1]! : null
  if (revoked) {
    await call(
      organizer,
      'POST',
      `/v1/award-proposals/${revoked.id}/revoke`,
      { ...decision(900), reason: 'Kê khai thành tích không trung thực', evidence: 'Kết luận thanh tra số 12/KL-TTr' },
      200,
    )
  }
  await call(
    secretariat,
    'POST',
    `/v1/clusters/${clusterId}/handovers`,
    {
      fromYear: YEAR,
      incomingHeadId: ids[1],
      incomingDeputyId: ids[2],
      handedOverAt: `${YEAR}-12-10T10:00:00+07:00`,
      venue: 'Hội trường UBTƯ MTTQ Việt Nam',
      rotatingFlagHandedOver: true,
      minutesRef: `Biên bản Hội nghị tổng kết Cụm ${YEAR}`,
    },
    201,
  )
  return { clusterId, members: ids.length, criteria, proposals: proposals.length, approved, rejected, revoked: revoked ? 1 : 0 }
}

/* ---------------------------------------------------------------------------------------------
 * (2) A cluster-year of 500 × 500 × 2 reported values, each submission submitted once.
 * ------------------------------------------------------------------------------------------- */

async function bigYear(app: FastifyInstance, admin: string, memberCount: number, indicatorCount: number) {
  const call = caller(app)
  const t0 = performance.now()
  const codes: string[] = []
  for (let i = 1; i <= indicatorCount; i++) {
    const code = `EXB_IND_${String(i).padStart(3, '0')}`
    await call(
      admin,
      'POST',
      '/v1/indicators',
      { code, nameVi: `Chỉ tiêu xuất ${i}`, nameEn: `Export indicator ${i}`, unit: 'count', valueType: i % 2 ? 'integer' : 'decimal', minValue: '0' },
      201,
    )
    codes.push(code)
  }
  const committees = committeeService(app.db, app.clock)
  const province = await committees.create(SYSTEM_ACTOR, {
    name: 'Ủy ban MTTQ Việt Nam tỉnh Xuất Khẩu',
    shortName: 'Xuất Khẩu',
    code: 'EXP01',
    level: 'province',
    kind: 'front_committee',
  })
  const ids: string[] = []
  const memberCodes: string[] = []
  for (let i = 1; i <= memberCount; i++) {
    const code = `EX${String(i).padStart(4, '0')}`
    const c = await committees.create(SYSTEM_ACTOR, {
      name: `Ủy ban MTTQ Việt Nam xã Xuất Khẩu ${i}`,
      code,
      level: 'commune',
      kind: 'front_committee',
      parentId: province.id,
    })
    ids.push(c.id)
    memberCodes.push(code)
  }
  const clusterCode = 'BENCH-EXPORT-1M'
  const cluster = await call<{ id: string }>(
    admin,
    'POST',
    '/v1/clusters',
    {
      code: clusterCode,
      name: 'Cụm thi đua thử nghiệm xuất dữ liệu',
      organizerCommitteeId: province.id,
      memberLevel: 'commune',
      rotationPolicy: 'deputy_succeeds',
    },
    201,
  )
  const base = `/v1/clusters/${cluster.id}/years/${YEAR}`
  await call(admin, 'PUT', base, { members: ids, headId: ids[0], deputyId: ids[1] }, 201)
  // Every criterion relative_to_best: no targets (a PUT of 250,000 targets is past the API's limits).
  const scheme = relativeToBestScheme(codes, 'XK')
  await call(admin, 'PUT', `${base}/scheme`, scheme, 201)
  await call(
    admin,
    'POST',
    `${base}/pact/sign`,
    {
      signedAt: `${YEAR}-01-15T09:00:00+07:00`,
      venue: 'Hội trường Ủy ban MTTQ tỉnh',
      signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Nguyễn Văn A', title: 'Chủ tịch Ủy ban MTTQ' })),
    },
    201,
  )
  const now = Date.now()
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString() }
  await call(admin, 'PUT', `${base}/periods/H1`, window, 201)
  await call(admin, 'PUT', `${base}/periods/FY`, window, 201)
  const setUpMs = performance.now() - t0

  // One CSV import per period, through the service, each submission submitted (its revision 1).
  const rand = rng(12)
  const imports: { period: string; rows: number; csvBytes: number; ms: number; summary: unknown }[] = []
  for (const period of ['H1', 'FY']) {
    const lines = ['committeeCode,clusterCode,year,period,indicatorCode,value,note']
    for (const committeeCode of memberCodes) {
      for (const [i, code] of codes.entries()) {
        const v = i % 2 === 0 ? String(Math.floor(rand() * 9000)) : `${Math.floor(rand() * 5000)}.${String(Math.floor(rand() * 100)).padStart(2, '0')}`
        lines.push(`${committeeCode},${clusterCode},${YEAR},${period},${code},${v},`)
      }
    }
    const csv = lines.join('\r\n') + '\r\n'
    const i0 = performance.now()
    const res = await app.inject({
      method: 'POST',
      url: '/v1/submissions/import?submit=true',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' },
      payload: csv,
    })
    const ms = performance.now() - i0
    const body = JSON.parse(res.body) as { summary?: { created: number; updated: number; unchanged: number; rejected: number } }
    if (res.statusCode >= 300 || !body.summary || body.summary.rejected > 0)
      throw new Error(`import of ${period}: ${res.statusCode} ${res.body.slice(0, 1000)}`)
    imports.push({ period, rows: lines.length - 1, csvBytes: Buffer.byteLength(csv), ms, summary: body.summary })
  }
  return { clusterId: cluster.id, members: memberCount, indicators: indicatorCount, setUpMs, imports }
}

/** What the database holds for the year: reported values, values in revisions, audit events about its submissions. */
async function countBig(app: FastifyInstance, clusterId: string) {
  const found = await app.db.execute(sql`select
       (select count(*) from submission_values v join submissions s on s.id = v.submission_id join cluster_years y on y.id = s.cluster_year_id
         where y.cluster_id = ${clusterId} and y.year = ${YEAR})::int as reported,
       (select coalesce(sum(jsonb_array_length(r.values)), 0) from submission_revisions r join submissions s on s.id = r.submission_id
         join cluster_years y on y.id = s.cluster_year_id where y.cluster_id = ${clusterId} and y.year = ${YEAR})::int as revised,
       (select count(*) from submission_revisions r join submissions s on s.id = r.submission_id join cluster_years y on y.id = s.cluster_year_id
         where y.cluster_id = ${clusterId} and y.year = ${YEAR})::int as revisions,
       (select count(*) from submissions s join cluster_years y on y.id = s.cluster_year_id where y.cluster_id = ${clusterId} and y.year = ${YEAR})::int as submissions`)
  return rows<{ reported: number; revised: number; revisions: number; submissions: number }>(found)[0]!
}

export async function main(): Promise<void> {
  const parts = new Set((process.env.BENCH_EXPORT_PARTS || '1,2').split(',').map((s) => s.trim()))
  const members = intFromEnv('BENCH_EXPORT_MEMBERS', 63, 6)
  const runs = intFromEnv('BENCH_EXPORT_RUNS', 5, 1)
  const bigMembers = intFromEnv('BENCH_EXPORT_BIG_MEMBERS', 500, 2)
  const bigIndicators = intFromEnv('BENCH_EXPORT_INDICATORS', 500, 1)
  const heapMb = intFromEnv('BENCH_EXPORT_HEAP_MB', 0, 0)
  // Unset: the service's own default (DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 15 s); see bench/README.md.
  const idleTxMs = process.env.BENCH_EXPORT_IDLE_TX_MS ? intFromEnv('BENCH_EXPORT_IDLE_TX_MS', 0, 0) : null

  console.log(
    `\nexport: GET /v1/exports/cluster-years/{clusterId}/{year} and ctd-verify export on PostgreSQL; node ${process.version}, ${availableParallelism()} CPUs`,
  )
  console.log(`/proc/loadavg at the start: ${procLoadavg()}`)
  await withBenchDatabase(async (dbUrl, dbName) => {
    const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-export-'))
    const keyFile = join(dir, 'audit-signing-key.pem')
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    let app: FastifyInstance | undefined
    let server: Server | undefined
    try {
      app = await buildService(dbUrl, POOL_SIZE)
      const admin = await issueToken(app, 'admin')
      const auditor = await issueToken(app, 'auditor')

      let small: Awaited<ReturnType<typeof decidedYear>> | null = null
      if (parts.has('1')) {
        const t0 = performance.now()
        small = await decidedYear(app, admin, members)
        console.log(
          `database ${dbName}: (1) ${small.members} members × ${small.criteria} criteria, finalised; ${small.proposals} award proposals ` +
            `(${small.approved} approved, ${small.rejected} rejected, ${small.revoked} approval revoked), the handover recorded; ` +
            `set up through the API in ${seconds(performance.now() - t0)}`,
        )
      }
      let big: Awaited<ReturnType<typeof bigYear>> | null = null
      let counts: Awaited<ReturnType<typeof countBig>> | null = null
      if (parts.has('2')) {
        big = await bigYear(app, admin, bigMembers, bigIndicators)
        counts = await countBig(app, big.clusterId)
        console.log(
          `(2) ${big.members} communes × ${big.indicators} indicators (all relative_to_best criteria), H1 and FY open; ` +
            `indicators, committees, cluster-year, scheme, pact and periods through the API in ${seconds(big.setUpMs)}`,
        )
        for (const i of big.imports) {
          console.log(
            `    CSV import ${i.period} with submit=true: ${i.rows.toLocaleString('en')} rows, ${mb(i.csvBytes)}, ${seconds(i.ms)} ` +
              `(${(i.rows / (i.ms / 1000)).toFixed(0)} rows/s) ${JSON.stringify(i.summary)}`,
          )
        }
        console.log(
          `    stored: ${counts.submissions} submissions, ${counts.reported.toLocaleString('en')} reported values, ${counts.revisions} revisions ` +
            `holding ${counts.revised.toLocaleString('en')} values: ${(counts.reported + counts.revised).toLocaleString('en')} values in the bundle`,
        )
      }
      // From here the spawned service sequences and signs; this process only directs and measures.
      await app.auditLog.flush()
      await app.auditLog.stop()
      await adminSql(dbUrl, 'checkpoint').catch(() => {})

      const keysFile = join(dir, 'keys.json')
      const fetchKeys = async (origin: string) => {
        const res = await fetch(`${origin}/v1/audit-log/keys`, { headers: { authorization: `Bearer ${auditor}` } })
        if (res.status !== 200) throw new Error(`GET /v1/audit-log/keys answered ${res.status}`)
        writeFileSync(keysFile, await res.text())
      }

      if (idleTxMs !== null) console.log(`the spawned service runs with DB_IDLE_IN_TRANSACTION_TIMEOUT_MS=${idleTxMs} (BENCH_EXPORT_IDLE_TX_MS)`)
      if (small) {
        console.log(`\n(1) the ${small.members}-member year: 1 warm-up export, then ${runs}; the service in a process of its own, pool ${POOL_SIZE}`)
        server = await startServer(dbUrl, keyFile, 0, idleTxMs)
        await fetchKeys(server.origin)
        const file = join(dir, 'year-63.json')
        const first = await exportTo(server.origin, auditor, small.clusterId, file)
        console.log(`    warm-up: ${first.ms.toFixed(0)} ms (headers after ${first.headersMs.toFixed(0)} ms), ${first.bytes.toLocaleString('en')} bytes`)
        const timed: Exported[] = []
        for (let i = 0; i < runs; i++) timed.push(await exportTo(server.origin, auditor, small.clusterId, file))
        const ms = timed.map((r) => r.ms).sort((a, b) => a - b)
        const heads = timed.map((r) => r.headersMs).sort((a, b) => a - b)
        const sameEtag = timed.every((r) => r.etag === first.etag)
        const sameBytes = timed.every((r) => r.sha256 === first.sha256 && r.bytes === first.bytes)
        console.log(
          `    export: p50 ${ms[Math.floor((ms.length - 1) / 2)]!.toFixed(0)} ms, max ${ms[ms.length - 1]!.toFixed(0)} ms ` +
            `(headers p50 — after the warm-up the digest is remembered, so no first pass — ${heads[Math.floor((heads.length - 1) / 2)]!.toFixed(0)} ms); ` +
            `${first.bytes.toLocaleString('en')} bytes (${mb(first.bytes)}); ETag ${first.etag.slice(0, 17)}…" ${sameEtag ? 'the same' : 'NOT the same'} on all ${runs + 1} calls, ` +
            `bytes ${sameBytes ? 'identical' : 'DIFFERENT'}`,
        )
        const doc = JSON.parse(readFileSync(file, 'utf8')) as {
          bundle: { submissions: unknown[]; auditLog: { events: unknown[]; checkpoint: { treeSize: number } }; awardDecisions: unknown[] }
        }
        console.log(
          `    bundle: ${doc.bundle.submissions.length} submissions, ${doc.bundle.awardDecisions.length} award decisions, ` +
            `${doc.bundle.auditLog.events.length.toLocaleString('en')} audit events proven against a checkpoint of ${doc.bundle.auditLog.checkpoint.treeSize.toLocaleString('en')}`,
        )
        const v = await verifyBundle(file, keysFile)
        printVerified(v, file)
        await server.stop()
        server = undefined
        if (!sameEtag || !sameBytes) console.log('    WARNING: a finalised and decided year exported to different bytes')
        if (v.code !== 0) throw new Error(`ctd-verify export failed on the ${small.members}-member bundle (exit ${v.code})`)
      }

      if (big && counts) {
        const values = counts.reported + counts.revised
        for (const cap of heapMb > 0 ? [0, heapMb] : [0]) {
          console.log(
            `\n(2) the ${values.toLocaleString('en')}-value year, exported by a fresh service process` +
              `${cap ? ` with its V8 old space capped at ${cap} MB` : ' (V8 defaults, as it runs by default)'}; RSS sampled every ${SAMPLE_MS} ms from /proc`,
          )
          server = await startServer(dbUrl, keyFile, cap, idleTxMs)
          await fetchKeys(server.origin)
          const warm = join(dir, 'warm.json')
          if (small) for (let i = 0; i < 2; i++) await exportTo(server.origin, auditor, small.clusterId, warm)
          await sleep(1000)
          const before = procStatus(server.pid, 'VmRSS') ?? 0
          try {
            writeFileSync(`/proc/${server.pid}/clear_refs`, '5') // resets VmHWM to the current RSS
          } catch {
            // not permitted here: VmHWM then counts earlier peaks, and the sampled peak is the figure
          }
          const file = join(dir, 'year-1m.json')
          const progress = { bytes: 0 }
          const sampler = sampleRss(server.pid, progress)
          const e0 = performance.now()
          let r: Exported
          try {
            r = await exportTo(server.origin, auditor, big.clusterId, file, progress)
          } catch (err) {
            const s = sampler.stop()
            throw new Error(
              `${(err as Error).message} (after ${seconds(performance.now() - e0)}; service RSS ${mb(before)} before, peak ${mb(Math.max(s.peak, s.hwm ?? 0))})` +
                `\nservice output:\n${server.output()}`,
            )
          }
          const s = sampler.stop()
          const peak = Math.max(s.peak, s.hwm ?? 0)
          const growth = peak - before
          console.log(
            `    export: ${seconds(r.ms)} (headers after ${seconds(r.headersMs)}: the first pass), ${r.bytes.toLocaleString('en')} bytes (${mb(r.bytes)}, ` +
              `${statSync(file).size === r.bytes ? 'on disk' : 'SIZE ON DISK DIFFERS'}), ${(values / (r.ms / 1000)).toFixed(0)} values/s, ${mb(r.bytes / (r.ms / 1000))}/s`,
          )
          console.log(
            `    service RSS: ${mb(before)} before, peak ${mb(peak)} (sampled ${mb(s.peak)} over ${s.samples} samples; VmHWM ${s.hwm === null ? '–' : mb(s.hwm)}): ` +
              `growth ${mb(growth)} (target ≤ ${mb(TARGET_GROWTH)}: ${growth <= TARGET_GROWTH ? 'meets' : 'MISSES'})`,
          )
          // Where the memory goes. The server writes ahead of what has arrived here by at most the
          // sockets' buffers, and computes a member before writing its first byte: a peak while the
          // bytes received sit just before a member's offset is that member being read or computed.
          const first = s.timeline.filter((x) => x.ms <= r.headersMs)
          const second = s.timeline.filter((x) => x.ms > r.headersMs)
          const top = (xs: typeof s.timeline) => xs.reduce((m, x) => (x.rss > m.rss ? x : m), { ms: 0, rss: 0, bytes: 0 })
          const offsets = await memberOffsets(file, [
            ['ranking', ',"ranking":{"final":'],
            ['scheme', ',"scheme":'],
            ['submissions', ',"submissions":['],
            ['targets', ',"targets":['],
          ])
          const p1 = top(first)
          const p2 = top(second)
          console.log(
            `    where: first pass (${seconds(r.headersMs)}, nothing sent) peak growth ${mb(p1.rss - before)} at ${seconds(p1.ms)}; second pass ` +
              `peak growth ${mb(p2.rss - before)} at ${seconds(p2.ms)}, when ${mb(p2.bytes)} had arrived; the members begin at ` +
              offsets.map((o) => `${o.name} ${mb(o.offset)}`).join(', '),
          )
          await server.stop()
          server = undefined
          // For context, on another fresh process: the live ranking alone, as GET …/ranking builds it
          // (one body, cached; the export writes the same view member by member instead).
          server = await startServer(dbUrl, keyFile, cap, idleTxMs)
          await sleep(1000)
          const rankingBefore = procStatus(server.pid, 'VmRSS') ?? 0
          const rs = sampleRss(server.pid)
          const g0 = performance.now()
          // Context only: with V8's old space capped, the ranking's one 80 MB body can exhaust the
          // process (it did at 128 MB); say so and go on to the verifier.
          const answer = await fetch(`${server.origin}/v1/clusters/${big.clusterId}/years/${YEAR}/ranking`, {
            headers: { authorization: `Bearer ${auditor}` },
          }).then(
            async (res) => ({ status: res.status, bytes: (await res.arrayBuffer()).byteLength }),
            (err: unknown) => ({ status: 0, bytes: 0, error: err instanceof Error ? err.message : String(err) }),
          )
          const rankingMs = performance.now() - g0
          const rp = rs.stop()
          console.log(
            answer.status === 0
              ? `    for context, a fresh process: GET …/ranking of this year (live) failed after ${seconds(rankingMs)} (${'error' in answer ? answer.error : ''}; ` +
                  `the process ${server.cpuMs() === null ? 'is gone' : 'is still up'}), RSS growth ${mb(Math.max(rp.peak, rp.hwm ?? 0) - rankingBefore)} before it failed`
              : `    for context, a fresh process: GET …/ranking of this year (live) ${answer.status} in ${seconds(rankingMs)}, ${mb(answer.bytes)}, ` +
                  `RSS growth ${mb(Math.max(rp.peak, rp.hwm ?? 0) - rankingBefore)} (the bundle's ranking.view is this body)`,
          )
          await server.stop()
          server = undefined
          const v = await verifyBundle(file, keysFile)
          printVerified(v, file)
          if (v.code !== 0) throw new Error(`ctd-verify export failed on the ${values.toLocaleString('en')}-value bundle (exit ${v.code})`)
          rmSync(file, { force: true })
        }
      }
    } finally {
      await server?.stop().catch(() => {})
      await app?.close().catch(() => {})
      rmSync(dir, { recursive: true, force: true })
      console.log(`\n/proc/loadavg at the end: ${procLoadavg()}`)
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
