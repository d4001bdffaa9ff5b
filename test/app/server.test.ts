import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import t from 'tap'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'

t.test('config: declared once, defaults filled, readable failure', async (t) => {
  const c = loadConfig({ PORT: '8080', SEED_DEMO: 'false', TRUST_PROXY: 'yes', UNRELATED: 'x' })
  t.match(c, { PORT: 8080, SEED_DEMO: false, TRUST_PROXY: 'yes', HOST: '0.0.0.0', PGLITE_DIR: './data', PG_POOL_SIZE: 10 })
  const { trustProxyOf } = await import('../../src/config.ts')
  t.same(['yes', 'false', '', '2', '10.0.0.0/8, 192.168.1.1'].map(trustProxyOf), [true, false, false, 2, '10.0.0.0/8,192.168.1.1'])
  t.throws(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' }), { name: 'ConfigError', message: /LOG_LEVEL/ })
  try {
    loadConfig({ PORT: 'eighty' })
  } catch (err) {
    t.match((err as Error).message, /Invalid configuration:\n\s+PORT: must be integer \(got "eighty"\)/)
  }
})

t.test('logs carry the request id', async (t) => {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l))
      done()
    },
  })
  const config = loadConfig({}, { PGLITE_DIR: 'memory://', SEED_DEMO: false, BOOTSTRAP_ADMIN_KEY: false })
  const app = await buildApp(config, { logger: { level: 'info', stream } })
  t.teardown(() => app.close())
  await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-abc' } })
  t.ok(
    lines.some((l) => l.reqId === 'trace-abc' && l.msg === 'request completed'),
    'the completion log names the request id',
  )
})

const run = (env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => out }
}

t.test('the server fails fast on bad config', async (t) => {
  const { exited, output } = run({ PORT: 'eighty' })
  t.equal(await exited, 1)
  t.match(output(), /Invalid configuration/)
})

t.test('first start prints an admin key once; SIGTERM drains and closes the database', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-server-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const port = String(20000 + (process.pid % 20000))
  const { child, exited, output } = run({ PGLITE_DIR: dir, PORT: port, HOST: '127.0.0.1', SEED_DEMO: 'false' })
  const deadline = Date.now() + 60_000
  while (!/Server listening/.test(output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  const token = /(ctd_[0-9a-f]{32}_[A-Za-z0-9_-]{43})/.exec(output())?.[1]
  t.ok(token, 'the admin key is printed')
  const res = await fetch(`http://127.0.0.1:${port}/v1/committees`, { headers: { authorization: `Bearer ${token}` } })
  t.equal(res.status, 200, 'and it works')
  // The checkpoint-signing key: generated into the data directory, owner-only, its public key printed once.
  const verifierKey = /\n\s+(cum-thi-dua\.local\/audit-log\+[0-9a-f]{8}\+\S+)\n/.exec(output())?.[1]
  t.ok(verifierKey, 'the public key of the audit log is printed')
  t.equal(statSync(join(dir, 'audit-signing-key.pem')).mode & 0o777, 0o600, 'the private key file is mode 0600')
  t.notOk(output().includes('PRIVATE KEY'), 'the private key is never printed')
  const sealing = readFileSync(join(dir, 'webhook-secret-keys'), 'utf8').trim()
  t.equal(statSync(join(dir, 'webhook-secret-keys')).mode & 0o777, 0o600, 'the key sealing webhook secrets is generated too, mode 0600')
  t.notOk(output().includes(sealing), 'and never printed')
  const keys = await fetch(`http://127.0.0.1:${port}/v1/audit-log/keys`, { headers: { authorization: `Bearer ${token}` } })
  const cut = await fetch(`http://127.0.0.1:${port}/v1/audit-log/checkpoints`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
  t.ok([200, 201].includes(cut.status), 'a checkpoint covers the log (the first is cut as soon as there are events)')
  t.same(
    (
      (await (await fetch(`http://127.0.0.1:${port}/v1/audit-log/keys`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        items: { verifierKey: string }[]
      }
    ).items.map((k) => k.verifierKey),
    [verifierKey],
    'the key that signs is the one printed',
  )
  t.equal(keys.status, 200)
  t.ok(existsSync(join(dir, 'cum-thi-dua.lock')), 'the data directory is locked while running')
  child.kill('SIGTERM')
  t.equal(await exited, 0, 'a clean exit')
  t.match(output(), /shutting down/)
  t.notOk(existsSync(join(dir, 'cum-thi-dua.lock')), 'the database was closed and the lock released')

  const again = run({ PGLITE_DIR: dir, PORT: port, HOST: '127.0.0.1', SEED_DEMO: 'false' })
  while (!/Server listening/.test(again.output()) && Date.now() < deadline + 60_000) await new Promise((r) => setTimeout(r, 200))
  t.notMatch(again.output(), /ctd_[0-9a-f]{32}_/, 'a second start prints no key')
  t.notMatch(again.output(), /audit-log\+[0-9a-f]{8}\+/, 'nor the signing key, which it reads from its file')
  again.child.kill('SIGINT')
  t.equal(await again.exited, 0)
})

t.test('a signing key file that is not an Ed25519 PKCS#8 key stops the server with the reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-key-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'key.pem'), 'not a key')
  const { exited, output } = run({ PGLITE_DIR: 'memory://', AUDIT_SIGNING_KEY_FILE: join(dir, 'key.pem'), SEED_DEMO: 'false' })
  t.equal(await exited, 1)
  t.match(output(), /AUDIT_SIGNING_KEY_FILE: .*key\.pem is not a PKCS#8 PEM Ed25519 private key/)
})
