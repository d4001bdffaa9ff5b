/**
 * A throw-away PostgreSQL cluster for the fault suite: initdb into a fresh temporary directory,
 * trust authentication, listening on a free TCP port of 127.0.0.1 only (its unix socket inside
 * the directory), so the suite may stop, restart and lock it at will without touching any other
 * server. As root the server binaries run as the `postgres` user (PostgreSQL refuses root);
 * otherwise as the current user. The directory is removed and the server stopped by `teardown`,
 * and, should the process die first (an error, SIGINT), by an exit handler; a directory left by
 * a process killed with SIGKILL is swept by the next run.
 */
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { onExit } from './cleanup.ts'

const PREFIX = 'ctd-fault-'
const HOST = '127.0.0.1'

/** The PostgreSQL server binaries: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else PATH. */
export function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (existsSync(join(root, '15', 'bin', 'initdb'))) return join(root, '15', 'bin')
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
    versions.sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return join(root, versions[0], 'bin')
  }
  const found = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' })
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  throw new Error('PostgreSQL server binaries not found: set PG_BIN to the directory holding initdb and pg_ctl')
}

/** Whom the server runs as: the `postgres` user when we are root, else ourselves (no switch). */
function serverIdentity(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null
  const id = (flag: string) => {
    const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error('running as root but there is no `postgres` user to run PostgreSQL as')
    return Number(r.stdout.trim())
  }
  return { uid: id('-u'), gid: id('-g') }
}

/** A TCP port of 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface Cluster {
  /** The temporary directory: data/, sock/, server.log. */
  readonly dir: string
  readonly host: string
  readonly port: number
  /** A connection URL for a database of this cluster, as the superuser `postgres`. */
  url(database?: string): string
  /** `pg_ctl start -w`. */
  start(): Promise<void>
  /** `pg_ctl stop -m <mode> -w` (fast unless told). */
  stop(mode?: 'smart' | 'fast' | 'immediate'): Promise<void>
  /** `pg_ctl restart -m fast -w`; resolves once the server accepts connections again. */
  restart(): Promise<void>
  /** Runs one statement as superuser on a connection of its own. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[], database?: string): Promise<T[]>
  /** A superuser session for the caller to hold (a transaction holding a lock); the caller ends it. */
  session(database?: string): Promise<pg.Client>
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>
  /** The end of the server log. */
  logTail(bytes?: number): string
  /** Stops the server (immediate) and removes the directory. Safe to call twice. */
  teardown(): Promise<void>
}

export interface ClusterOptions {
  /** Extra postgresql.conf lines. */
  settings?: Record<string, string | number>
}

/** Stops servers and removes directories left by fault runs whose process is gone. */
function sweepStale(bin: string, identity: { uid: number; gid: number } | null) {
  let entries: string[]
  try {
    entries = readdirSync(tmpdir())
  } catch {
    return
  }
  for (const name of entries.slice(0, 1000)) {
    const m = /^ctd-fault-(\d+)-/.exec(name)
    if (!m || processAlive(Number(m[1]))) continue
    const dir = join(tmpdir(), name)
    const data = join(dir, 'data')
    if (existsSync(join(data, 'postmaster.pid'))) {
      spawnSync(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '10'], {
        stdio: 'ignore',
        cwd: dir,
        timeout: 15_000,
        ...(identity ?? {}),
      })
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs a server binary as the server's user; rejects with its output when it fails. */
function run(bin: string, args: string[], cwd: string, identity: { uid: number; gid: number } | null, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd,
      // Own session: a Ctrl-C on the terminal reaches this process, which stops the server itself.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C' },
      ...(identity ?? {}),
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(out)
      else reject(new Error(`${bin.split('/').pop()} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${out.trim()}`))
    })
  })
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const bin = pgBinDir()
  const identity = serverIdentity()
  sweepStale(bin, identity)

  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`))
  const data = join(dir, 'data')
  const sock = join(dir, 'sock')
  const log = join(dir, 'server.log')
  mkdirSync(sock)
  if (identity) {
    chownSync(dir, identity.uid, identity.gid)
    chownSync(sock, identity.uid, identity.gid)
  }
  const pgCtl = (args: string[], timeoutMs?: number) => run(join(bin, 'pg_ctl'), args, dir, identity, timeoutMs)

  let torn = false
  let unregister = () => {}
  const removeNow = () => {
    spawnSync(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '10'], {
      stdio: 'ignore',
      cwd: dir,
      timeout: 15_000,
      ...(identity ?? {}),
    })
    rmSync(dir, { recursive: true, force: true })
  }
  unregister = onExit(`postgres cluster ${dir}`, removeNow)

  let port = 0
  try {
    await run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync', '--no-instructions'],
      dir,
      identity,
    )
    const settings: Record<string, string | number> = {
      listen_addresses: `'${HOST}'`,
      unix_socket_directories: `'${sock}'`,
      max_connections: 200,
      shared_buffers: "'128MB'",
      // A throw-away cluster: durability is not what is tested, speed on a small CI machine is.
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      log_line_prefix: "'%m [%p] %a '",
      log_min_messages: 'warning',
      ...opts.settings,
    }
    const conf = Object.entries(settings)
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n')
    appendFileSync(join(data, 'postgresql.conf'), `\n# fault suite\n${conf}\n`)
    // The port is only known free until someone takes it: on a failed start, another one.
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      appendFileSync(join(data, 'postgresql.conf'), `port = ${port}\n`)
      try {
        await pgCtl(['start', '-D', data, '-l', log, '-w', '-t', '60'])
        break
      } catch (err) {
        if (attempt >= 3) throw err
      }
    }
  } catch (err) {
    unregister()
    removeNow()
    throw err
  }

  const url = (database = 'postgres') => `postgres://postgres@${HOST}:${port}/${database}`
  const connect = async (database = 'postgres') => {
    const client = new pg.Client({ connectionString: url(database), connectionTimeoutMillis: 10_000 })
    // A session broken by a restart or a terminate must not crash the suite.
    client.on('error', () => {})
    await client.connect()
    return client
  }

  const cluster: Cluster = {
    dir,
    host: HOST,
    port,
    url,
    start: async () => {
      await pgCtl(['start', '-D', data, '-l', log, '-w', '-t', '60'])
    },
    stop: async (mode = 'fast') => {
      await pgCtl(['stop', '-D', data, '-m', mode, '-w', '-t', '60'])
    },
    restart: async () => {
      await pgCtl(['restart', '-D', data, '-l', log, '-m', 'fast', '-w', '-t', '60'])
    },
    sql: async <T>(text: string, params: unknown[] = [], database = 'postgres') => {
      const client = await connect(database)
      try {
        return (await client.query(text, params)).rows as T[]
      } finally {
        await client.end().catch(() => {})
      }
    },
    session: connect,
    createDatabase: async (name: string) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`)
      await cluster.sql(`create database ${name}`)
      return url(name)
    },
    logTail: (bytes = 4000) => {
      try {
        const text = readFileSync(log, 'utf8')
        return text.slice(-bytes)
      } catch {
        return ''
      }
    },
    teardown: async () => {
      if (torn) return
      torn = true
      await pgCtl(['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']).catch(() => {})
      rmSync(dir, { recursive: true, force: true })
      unregister()
    },
  }
  return cluster
}
