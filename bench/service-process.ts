/**
 * The service as production starts it (`node --import tsx src/server.ts`), in a process of its
 * own on a free port, for the benchmarks that measure it from outside (audit-log's replicas,
 * export's server): its output kept for a failure's message, its CPU time read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const USER_HZ = 100
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export interface ServiceProcess {
  name: string
  origin: string
  pid: number
  /** User + system CPU time so far (ms), or null once the process is gone. */
  cpuMs(): number | null
  /** The end of what it printed. */
  output(): string
  stop(): Promise<void>
}

export interface ServiceProcessOptions {
  name: string
  dbUrl: string
  poolSize: number
  /** The signing key (PKCS#8 PEM): checkpoints are signed as a deployment signs them. */
  keyFile: string
  /** More node options, after `--import tsx` (another `--import`, `--max-old-space-size=…`). */
  nodeArgs?: string[]
  /** More environment (configuration) for the service. */
  env?: Record<string, string>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Our environment without a test runner's hooks or any database, listening or log setting. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TAP|_TAP|NODE_OPTIONS$|NODE_V8_COVERAGE$|DATABASE_URL$|PG|PORT$|HOST$|LOG_LEVEL$|AUDIT_)/.test(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

/** Starts the service and waits until `/health/ready` answers 200 (at most 120 s). */
export async function startServiceProcess(opts: ServiceProcessOptions): Promise<ServiceProcess> {
  const { name } = opts
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...(opts.nodeArgs ?? []), 'src/server.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({
      DATABASE_URL: opts.dbUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      BOOTSTRAP_ADMIN_KEY: 'false',
      // One address sends everything: rate limits are not what is measured.
      RATE_LIMIT_ENABLED: 'false',
      PG_POOL_SIZE: String(opts.poolSize),
      AUDIT_SIGNING_KEY_FILE: opts.keyFile,
      ...opts.env,
    }),
  })
  let out = ''
  const keep = (chunk: Buffer) => {
    out += chunk.toString('utf8')
    if (out.length > 200_000) out = out.slice(-100_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  let exited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  const origin = `http://127.0.0.1:${port}`
  const service: ServiceProcess = {
    name,
    origin,
    pid: child.pid!,
    cpuMs: () => {
      try {
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        // After the name: state is field 3, utime 14 and stime 15 (1-based, proc(5)).
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ
      } catch {
        return null
      }
    },
    output: () => out.slice(-100_000),
    stop: async () => {
      if (exited) return
      child.kill('SIGTERM')
      const done = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)])
      if (!done) {
        child.kill('SIGKILL')
        await exit
      }
    },
  }
  const started = Date.now()
  for (;;) {
    if (exited) throw new Error(`${name} exited before it was ready:\n${out.slice(-4000)}`)
    const ok = await fetch(`${origin}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ok) return service
    if (Date.now() - started > 120_000) {
      await service.stop()
      throw new Error(`${name} not ready after 120 s:\n${out.slice(-4000)}`)
    }
    await sleep(100)
  }
}
