/**
 * `npm run bench -- startup` (issue 14): how long `npm start` takes until `/health/ready` answers
 * 200, and the memory the process then holds, on the first start of an empty database (demo data
 * seeded) and on a restart of the same one. On the embedded PGlite always; on PostgreSQL as well
 * when DATABASE_URL is set (a fresh database `ctd_bench_<pid>`, dropped at the end).
 *
 * Each start is a process of its own, timed from its spawn to the first 200 of /health/ready
 * (polled every 20 ms), with its RSS then (VmRSS) and its peak (VmHWM), and the split the service
 * logs in its "ready in" line. The yardstick, measured in the same run and the same way: a
 * process doing only what any service on this engine must (Node, Fastify with one route, the
 * database opened by the same openDatabase: PGlite from the same initdb template with the same
 * settings, or a pg pool; loaded through tsx, which costs it ~1 s) — about the floor the engine
 * allows for time and memory. A restart run as before this work (`node --import tsx
 * src/server.ts`) shows what the compiled copy saves. Figures only; nothing is asserted.
 *
 * Environment: DATABASE_URL, BENCH_STARTUP_RESTARTS (restarts measured, default 3; the median
 * is printed with the range).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { freePort } from './service-process.ts'
import { adminSql, intFromEnv, serverUrl, withDatabase } from './lib.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const procLoadavg = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim()
  } catch {
    return '(no /proc/loadavg)'
  }
}

interface Start {
  ms: number
  rssMb: number
  peakMb: number
  split: Record<string, number> | null
}

const YARDSTICK = `
import Fastify from 'fastify'
import { openDatabase } from './src/db/client.ts'
const url = process.env.YARDSTICK_DATABASE_URL
const database = await openDatabase({ databaseUrl: url, pgliteDir: process.env.PGLITE_DIR ?? 'memory://', poolSize: 1 })
const ping = () => (database.pglite ? database.pglite.query('select 1') : database.pool.query('select 1'))
await ping()
const app = Fastify()
app.get('/health/ready', async () => { await ping(); return { status: 'ok' } })
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) })
`

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Math.round(Number(m[1]) / 1024) : NaN
}

/** Spawns one start, waits for /health/ready 200, reads its memory and split, stops it. */
async function timeStart(args: string[], env: Record<string, string>): Promise<Start> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
  })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')))
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before it was ready:\n${out.slice(-3000)}`)
      if (performance.now() - started > 180_000) throw new Error(`not ready after 180 s:\n${out.slice(-3000)}`)
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      )
      if (ok) break
      await sleep(20)
    }
    const ms = performance.now() - started
    const rssMb = statusMb(child.pid!, 'VmRSS')
    const peakMb = statusMb(child.pid!, 'VmHWM')
    await sleep(200)
    const line = out
      .split('\n')
      .filter((l) => l.startsWith('{') && l.includes('"readyMs"'))
      .map((l) => JSON.parse(l) as { startupMs: Record<string, number> })[0]
    return { ms, rssMb, peakMb, split: line?.startupMs ?? null }
  } finally {
    child.kill('SIGTERM')
    await Promise.race([exit, sleep(15_000).then(() => child.kill('SIGKILL'))])
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const splitText = (split: Start['split']) =>
  split
    ? Object.entries(split)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '-'

function row(name: string, runs: Start[]) {
  const pick = runs.length === 1 ? runs[0]! : runs.find((r) => r.ms === median(runs.map((x) => x.ms)))!
  const range = runs.length > 1 ? ` (${s(Math.min(...runs.map((r) => r.ms)))}–${s(Math.max(...runs.map((r) => r.ms)))})` : ''
  console.log(
    `${name.padEnd(44)} ${`${s(pick.ms)}${range}`.padEnd(24)} ${`${pick.rssMb} MB`.padStart(8)} ${`${pick.peakMb} MB`.padStart(9)}   ${splitText(pick.split)}`,
  )
}

async function scenario(
  label: string,
  fresh: () => Promise<{ env: Record<string, string>; yardstickEnv: () => Promise<Record<string, string>>; done: () => Promise<void> }>,
) {
  const restarts = intFromEnv('BENCH_STARTUP_RESTARTS', 3, 1)
  const npmStart = ['bin/start.js']
  const service = await fresh()
  const yardstick = await fresh().catch(async (err: unknown) => {
    await service.done()
    throw err
  })
  try {
    console.log(`\n${label}`)
    console.log(`${''.padEnd(44)} ${'to /health/ready 200'.padEnd(24)} ${'RSS'.padStart(8)} ${'peak RSS'.padStart(9)}   split logged by the service (ms)`)
    const first = await timeStart(npmStart, { ...service.env, SEED_DEMO: 'true', BOOTSTRAP_ADMIN_KEY: 'true' })
    row('npm start, first start (demo data)', [first])
    const again: Start[] = []
    for (let i = 0; i < restarts; i++) again.push(await timeStart(npmStart, service.env))
    row('npm start, restart', again)
    const tsx: Start[] = []
    for (let i = 0; i < restarts; i++) tsx.push(await timeStart(['--import', 'tsx', 'src/server.ts'], service.env))
    row('restart through tsx (npm start before)', tsx)
    const yEnv = await yardstick.yardstickEnv()
    const yFirst = await timeStart(['--import', 'tsx', '--input-type=module', '-e', YARDSTICK], yEnv)
    row('yardstick: Fastify + the database, first', [yFirst])
    const yAgain: Start[] = []
    for (let i = 0; i < restarts; i++) yAgain.push(await timeStart(['--import', 'tsx', '--input-type=module', '-e', YARDSTICK], yEnv))
    row('yardstick: Fastify + the database, restart', yAgain)
    const m = (xs: Start[]) => median(xs.map((x) => x.ms))
    console.log(
      `restart: ${s(m(again))} (target ≤ 3 s on a quiet machine), ${(m(again) / m(yAgain)).toFixed(2)}× the yardstick's; ` +
        `first start ${s(first.ms)} (target ≤ 10 s), ${(first.ms / yFirst.ms).toFixed(2)}× the yardstick's first`,
    )
  } finally {
    await service.done()
    await yardstick.done()
  }
}

export async function main() {
  console.log(`/proc/loadavg at the start: ${procLoadavg()}`)
  await scenario('PGlite (embedded, a new data directory, then the same one again)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-start-'))
    const env = { PGLITE_DIR: dir }
    return { env, yardstickEnv: async () => env, done: async () => rmSync(dir, { recursive: true, force: true }) }
  })
  if (process.env.DATABASE_URL) {
    let n = 0
    const server = serverUrl()
    await scenario(`PostgreSQL (${new URL(server).host}, a new database, then the same one again)`, async () => {
      // One fresh database per side, dropped at the end (also when a start fails).
      const name = `ctd_bench_${process.pid}_${n++}`
      await adminSql(server, `create database ${name}`)
      const dbUrl = withDatabase(server, name)
      return {
        env: { DATABASE_URL: dbUrl },
        yardstickEnv: async () => ({ YARDSTICK_DATABASE_URL: dbUrl }),
        done: () =>
          adminSql(server, `drop database if exists ${name} with (force)`).catch((err: Error) => console.error(`could not drop ${name}: ${err.message}`)),
      }
    })
  }
  console.log(`\n/proc/loadavg at the end: ${procLoadavg()}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
