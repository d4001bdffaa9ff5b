import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { loadWebhookSecretKeys } from '../../src/bootstrap/webhook-secret-keys.ts'
import { ConfigError, loadConfig } from '../../src/config.ts'
import { newSecretKey, open, seal } from '../../src/lib/secret-box.ts'

const config = (env: Record<string, string>) => loadConfig({}, { LOG_LEVEL: 'silent', ...env })

t.test('the keys that seal webhook secrets: from the file, generated once on PGlite, none on PostgreSQL without the file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-webhook-keys-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))

  const first = await loadWebhookSecretKeys(config({ PGLITE_DIR: dir }))
  t.ok(first.generated, 'generated on the first start')
  t.equal(first.file, join(dir, 'webhook-secret-keys'))
  t.equal(statSync(first.file!).mode & 0o777, 0o600, 'owner-only')
  const again = await loadWebhookSecretKeys(config({ PGLITE_DIR: dir }))
  t.notOk(again.generated, 'kept: the next start reads it')
  t.equal(open(again.keys, seal(first.keys!, 'whsec_x', 'c'), 'c'), 'whsec_x', 'the same key')

  const memory = await loadWebhookSecretKeys(config({ PGLITE_DIR: 'memory://' }))
  t.ok(memory.keys && memory.file === null, 'in memory with an in-memory database')

  const pg = await loadWebhookSecretKeys(config({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }))
  t.equal(pg.keys, null)
  t.match(pg.missing, /WEBHOOK_SECRET_KEYS_FILE is not set/)

  const file = join(dir, 'keys')
  const [current, previous] = [newSecretKey(), newSecretKey()]
  writeFileSync(file, `# rotated on 2026-12-03\n${current}\n${previous}\n`)
  const given = await loadWebhookSecretKeys(config({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', WEBHOOK_SECRET_KEYS_FILE: file }))
  t.equal(given.keys?.keys.length, 2, 'every key of the file; the first seals')
  t.equal(readFileSync(file, 'utf8').split('\n')[1], current)

  writeFileSync(file, 'not a key\n')
  await t.rejects(loadWebhookSecretKeys(config({ WEBHOOK_SECRET_KEYS_FILE: file })), ConfigError)
  await t.rejects(loadWebhookSecretKeys(config({ WEBHOOK_SECRET_KEYS_FILE: join(dir, 'none') })), /cannot read/)
})
