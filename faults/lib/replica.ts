/**
 * A replica of the service in a child process, exactly as production starts it
 * (`node --import tsx src/server.ts`), listening on a free port of 127.0.0.1 and using the given
 * database. Its stdout and stderr are kept (the tail) for failure messages. Killed by `stop`,
 * and by an exit handler should the suite die first.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { onExit } from './cleanup.ts'
import { freePort } from './cluster.ts'
import { request } from './http.ts'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/**
 * The checkout whose service and apikey CLI are run: this repository unless FAULT_SERVICE_DIR
 * names another (say a checkout of main, to compare).
 */
export const SERVICE_DIR = process.env.FAULT_SERVICE_DIR || REPO_ROOT

/** What every replica of the suite runs with; scenarios add their own. */
export const BASE_ENV: Record<string, string> = {
  HOST: '127.0.0.1',
  SEED_DEMO: 'false',
  BOOTSTRAP_ADMIN_KEY: 'false',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_ENABLED: 'false',
}

/**
 * The environment of a child: ours without the test runner's hooks (tap's NODE_OPTIONS loaders
 * and TAP_* variables) and without any database or service setting that could leak in.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TAP|_TAP|NODE_OPTIONS$|NODE_V8_COVERAGE$|DATABASE_URL$|PG|PORT$|HOST$)/.test(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

const KEEP_OUTPUT = 200_000

export interface Replica {
  readonly name: string
  readonly port: number
  /** http://127.0.0.1:<port> */
  readonly base: string
  readonly pid: number
  /** The process has not exited. */
  alive(): boolean
  /** Exit code, once exited (null while running or when ended by a signal). */
  readonly exitCode: number | null
  /** The signal that ended it, once exited by one. */
  readonly exitSignal: NodeJS.Signals | null
  /** stdout and stderr, interleaved (the last 200 kB). */
  output(): string
  kill(signal?: NodeJS.Signals): void
  /** Resolves when the process has exited, or after `ms` (false then). */
  /** The error-level lines it logged (the first 200 kB of them). */
  errorLog(): string
  waitExit(ms: number): Promise<boolean>
  /** Polls GET /health/ready until 200; throws after `ms` or when the process exits. */
  waitReady(ms?: number): Promise<number>
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>
}

export interface ReplicaOptions {
  databaseUrl: string
  name?: string
  /** Per-scenario environment (timeouts, pool size, body limit, …). */
  env?: Record<string, string>
  /** How long to wait for readiness (default 60 s). */
  readyTimeoutMs?: number
}

export async function startReplica(opts: ReplicaOptions): Promise<Replica> {
  const port = await freePort()
  const name = opts.name ?? `replica:${port}`
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: SERVICE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv({ ...BASE_ENV, ...opts.env, DATABASE_URL: opts.databaseUrl, PORT: String(port) }),
  })
  let out = ''
  // Error-level log lines (pino's level 50 and 60) are kept apart, so that many warnings do not push them out.
  let errors = ''
  let partial = ''
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    out += text
    if (out.length > KEEP_OUTPUT * 2) out = out.slice(-KEEP_OUTPUT)
    const lines = (partial + text).split('\n')
    partial = lines.pop()!.slice(-KEEP_OUTPUT)
    for (const line of lines) if (/"level":[56]0/.test(line) && errors.length < KEEP_OUTPUT) errors += `${line}\n`
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
  const unregister = onExit(name, () => {
    if (!exited) child.kill('SIGKILL')
  })
  void exit.then(unregister)

  const base = `http://127.0.0.1:${port}`
  const replica: Replica = {
    name,
    port,
    base,
    pid: child.pid!,
    alive: () => !exited,
    get exitCode() {
      return child.exitCode
    },
    get exitSignal() {
      return child.signalCode
    },
    output: () => out.slice(-KEEP_OUTPUT),
    errorLog: () => errors,
    kill: (signal: NodeJS.Signals = 'SIGTERM') => {
      if (!exited) child.kill(signal)
    },
    waitExit: (ms) => Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]),
    waitReady: async (ms = opts.readyTimeoutMs ?? 60_000) => {
      const started = Date.now()
      for (let attempt = 0; attempt < 10_000; attempt++) {
        if (exited) throw new Error(`${name} exited (${child.signalCode ?? child.exitCode}) before it was ready:\n${out.slice(-4000)}`)
        const res = await request(base, { method: 'GET', path: '/health/ready', timeoutMs: 2000 }).catch(() => null)
        if (res?.status === 200) return Date.now() - started
        if (Date.now() - started > ms) throw new Error(`${name} not ready after ${ms} ms:\n${out.slice(-4000)}`)
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`${name} never ready`)
    },
    stop: async () => {
      if (exited) return
      child.kill('SIGTERM')
      if (!(await replica.waitExit(5000))) {
        child.kill('SIGKILL')
        await replica.waitExit(5000)
      }
    },
  }
  try {
    await replica.waitReady()
  } catch (err) {
    child.kill('SIGKILL')
    throw err
  }
  return replica
}

/** `node --import tsx scripts/apikey.ts create --role <role>` on the database; returns the token. */
export function createApiKey(databaseUrl: string, role = 'admin', extra: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'create', '--role', role, ...extra], {
      cwd: SERVICE_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }),
    })
    let out = ''
    child.stdout!.on('data', (c) => (out += c))
    child.stderr!.on('data', (c) => (out += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      const m = /token:\s*(ctd_\S+)/.exec(out)
      if (code === 0 && m) resolve(m[1]!)
      else reject(new Error(`apikey create failed (exit ${code}):\n${out}`))
    })
  })
}
