import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { hashSecret } from '../../src/plugins/auth.ts'
import { apiKeys } from '../../src/db/schema.ts'
import { buildTestApp } from '../helpers/app.ts'
import { smallHierarchy } from '../helpers/fixtures.ts'

t.test('401: missing, malformed, unknown, revoked and expired keys', async (t) => {
  const h = await buildTestApp(t, { AUTH_CACHE_TTL_MS: 0 })
  const get = (authorization?: string) => h.app.inject({ method: 'GET', url: '/v1/committees', headers: authorization ? { authorization } : {} })

  const none = await get()
  t.equal(none.statusCode, 401)
  t.equal(none.json().code, 'MISSING_CREDENTIALS')
  t.equal((await get('Basic abc')).json().code, 'INVALID_API_KEY')
  t.equal((await get('Bearer ctd_nope')).json().code, 'INVALID_API_KEY')
  const forged = `ctd_${'0'.repeat(32)}_${'A'.repeat(43)}`
  t.equal((await get(`Bearer ${forged}`)).json().code, 'INVALID_API_KEY')
  // Right id, wrong secret.
  const real = await h.token('reader')
  const wrongSecret = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA')
  t.equal((await get(`Bearer ${wrongSecret}`)).json().code, 'INVALID_API_KEY')
  t.equal((await get(`Bearer ${real}`)).statusCode, 200)

  const created = await h.call(h.adminToken, { method: 'POST', url: '/v1/api-keys', body: { name: 'portal', role: 'reader' } })
  const key = created.json()
  const revoked = await h.call(h.adminToken, { method: 'POST', url: `/v1/api-keys/${key.id}/revoke`, body: { reason: 'leaked' } })
  t.equal(revoked.statusCode, 200)
  t.equal(revoked.json().revokedReason, 'leaked')
  t.equal((await get(`Bearer ${key.token}`)).json().code, 'API_KEY_REVOKED')
  const twice = await h.call(h.adminToken, { method: 'POST', url: `/v1/api-keys/${key.id}/revoke`, body: {} })
  t.equal(twice.statusCode, 409)
  // No body at all, as `curl -X POST` sends: the same as {}.
  const other = (await h.call(h.adminToken, { method: 'POST', url: '/v1/api-keys', body: { name: 'spare', role: 'reader' } })).json()
  const bare = await h.call(h.adminToken, { method: 'POST', url: `/v1/api-keys/${other.id}/revoke` })
  t.equal(bare.statusCode, 200, bare.body)
  t.equal(bare.json().revokedReason, null)
  t.equal(twice.json().code, 'API_KEY_ALREADY_REVOKED')

  const soon = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/api-keys',
    body: { name: 'short', role: 'reader', expiresAt: new Date(Date.now() + 60_000).toISOString() },
  })
  t.equal(soon.statusCode, 201)
  await h.app.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) })
  t.equal((await get(`Bearer ${soon.json().token}`)).json().code, 'API_KEY_EXPIRED')
})

t.test('keys: stored hashed, secret shown once, admin only', async (t) => {
  const h = await buildTestApp(t)
  const { phuTho } = await smallHierarchy(h)
  const created = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/api-keys',
    body: { name: 'Phú Thọ script', role: 'submitter', committeeId: phuTho.id },
  })
  t.equal(created.statusCode, 201)
  const key = created.json()
  t.match(key.token, /^ctd_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/)
  t.match(key, { role: 'submitter', committeeId: phuTho.id, revokedAt: null })

  // A replay of the creation never shows the secret again, and it is not stored for replays.
  const once = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/api-keys',
    headers: { 'idempotency-key': 'key-1' },
    body: { name: 'portal', role: 'reader' },
  })
  const replayed = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/api-keys',
    headers: { 'idempotency-key': 'key-1' },
    body: { name: 'portal', role: 'reader' },
  })
  t.match(once.json().token, /^ctd_/)
  t.equal(replayed.headers['idempotent-replayed'], 'true')
  t.equal(replayed.json().id, once.json().id)
  t.equal(replayed.json().token, null)
  const { idempotencyKeys } = await import('../../src/db/schema.ts')
  t.notMatch(JSON.stringify(await h.app.db.select().from(idempotencyKeys)), once.json().token.slice(37))

  const read = await h.call(h.adminToken, { method: 'GET', url: `/v1/api-keys/${key.id}` })
  t.notOk('token' in read.json(), 'the secret is never shown again')
  const list = await h.call(h.adminToken, { method: 'GET', url: '/v1/api-keys' })
  t.ok(list.json().items.every((k: object) => !('token' in k)))

  const [row] = await h.app.db
    .select()
    .from(apiKeys)
    .where((await import('drizzle-orm')).eq(apiKeys.id, key.id))
  const secret = key.token.slice('ctd_'.length + 32 + 1)
  t.equal(row!.secretHash, hashSecret(secret), 'only the sha256 of the secret is stored')
  t.notMatch(JSON.stringify(row), secret)

  const scopedWithout = await h.call(h.adminToken, { method: 'POST', url: '/v1/api-keys', body: { name: 'x', role: 'organizer' } })
  t.equal(scopedWithout.statusCode, 422)
  t.equal(scopedWithout.json().code, 'COMMITTEE_REQUIRED')

  for (const role of ['organizer', 'secretariat', 'submitter', 'auditor', 'reader'] as const) {
    const tok = await h.token(role, role === 'auditor' || role === 'reader' ? null : phuTho.id)
    const res = await h.call(tok, { method: 'POST', url: '/v1/api-keys', body: { name: 'x', role: 'admin' } })
    t.equal(res.statusCode, 403, `${role} cannot issue keys`)
    t.equal(res.json().code, 'ROLE_NOT_ALLOWED')
  }
})

t.test('403 by role and by committee scope', async (t) => {
  const h = await buildTestApp(t)
  const { central, phuTho, thanhHoa, vietTri, samSon } = await smallHierarchy(h)
  const organizerPhuTho = await h.token('organizer', phuTho.id)
  const reader = await h.token('reader')
  const auditor = await h.token('auditor')
  const submitter = await h.token('submitter', vietTri.id)

  // Everyone authenticated reads committees.
  for (const tok of [organizerPhuTho, reader, auditor, submitter]) {
    t.equal((await h.call(tok, { method: 'GET', url: `/v1/committees/${phuTho.id}` })).statusCode, 200)
  }
  // A reader, an auditor and a submitter may not create committees.
  for (const tok of [reader, auditor, submitter]) {
    const res = await h.call(tok, { method: 'POST', url: '/v1/committees', body: { name: 'x', level: 'district', parentId: phuTho.id } })
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'ROLE_NOT_ALLOWED')
  }
  // Phú Thọ's organizer creates below Phú Thọ, and below its districts (scope includes descendants)…
  const own = await h.call(organizerPhuTho, { method: 'POST', url: '/v1/committees', body: { name: 'Huyện Lâm Thao', level: 'district', parentId: phuTho.id } })
  t.equal(own.statusCode, 201)
  const deeper = await h.call(organizerPhuTho, {
    method: 'POST',
    url: '/v1/committees',
    body: { name: 'Phường Gia Cẩm', level: 'commune', parentId: vietTri.id },
  })
  t.equal(deeper.statusCode, 201)
  // …but not under Thanh Hóa, nor at the top.
  const other = await h.call(organizerPhuTho, { method: 'POST', url: '/v1/committees', body: { name: 'x', level: 'district', parentId: thanhHoa.id } })
  t.equal(other.statusCode, 403)
  t.equal(other.json().code, 'OUT_OF_SCOPE')
  const top = await h.call(organizerPhuTho, { method: 'POST', url: '/v1/committees', body: { name: 'x', level: 'province', parentId: central.id } })
  t.equal(top.json().code, 'OUT_OF_SCOPE')
  const etag = (await h.call(organizerPhuTho, { method: 'GET', url: `/v1/committees/${samSon.id}` })).headers.etag as string
  const edit = await h.call(organizerPhuTho, { method: 'PATCH', url: `/v1/committees/${samSon.id}`, headers: { 'if-match': etag }, body: { shortName: 'x' } })
  t.equal(edit.json().code, 'OUT_OF_SCOPE')
  const etag2 = (await h.call(organizerPhuTho, { method: 'GET', url: `/v1/committees/${vietTri.id}` })).headers.etag as string
  const editOwn = await h.call(organizerPhuTho, {
    method: 'PATCH',
    url: `/v1/committees/${vietTri.id}`,
    headers: { 'if-match': etag2 },
    body: { shortName: 'Việt Trì' },
  })
  t.equal(editOwn.statusCode, 200)
  // Moving or merging a committee out of one's scope is refused: the destination counts too.
  const away = await h.call(organizerPhuTho, {
    method: 'PATCH',
    url: `/v1/committees/${vietTri.id}`,
    headers: { 'if-match': editOwn.headers.etag as string },
    body: { parentId: thanhHoa.id },
  })
  t.equal(away.json().code, 'OUT_OF_SCOPE')
  const toTop = await h.call(organizerPhuTho, {
    method: 'PATCH',
    url: `/v1/committees/${vietTri.id}`,
    headers: { 'if-match': editOwn.headers.etag as string },
    body: { parentId: null },
  })
  t.equal(toTop.json().code, 'OUT_OF_SCOPE')
  const mergeAway = await h.call(organizerPhuTho, {
    method: 'POST',
    url: `/v1/committees/${vietTri.id}/merge`,
    body: { successorId: samSon.id, effectiveDate: '2025-07-01' },
  })
  t.equal(mergeAway.json().code, 'OUT_OF_SCOPE')

  // The audit log: auditors and admins only.
  t.equal((await h.call(auditor, { method: 'GET', url: '/v1/audit-events' })).statusCode, 200)
  for (const tok of [reader, submitter, organizerPhuTho]) {
    const res = await h.call(tok, { method: 'GET', url: '/v1/audit-events/verify' })
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'ROLE_NOT_ALLOWED')
  }
})

t.test('CLI: npm run apikey -- create --role admin', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-cli-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir }
  delete env.DATABASE_URL
  const run = promisify(execFile)
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'create', '--role', 'admin', '--name', 'ops'], { env })
  const token = /token: (ctd_\S+)/.exec(stdout)?.[1]
  t.ok(token, 'prints the token')
  const id = /id:\s+(\S+)/.exec(stdout)?.[1]
  const bad = await run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'create', '--role', 'emperor'], { env }).catch((e) => e)
  t.equal(bad.code, 1, 'an unknown role fails')
  const revoke = await run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'revoke', id!], { env })
  t.match(revoke.stdout, /revoked/)

  // While another process holds the embedded database, the CLI refuses instead of losing its key.
  const { openDatabase } = await import('../../src/db/client.ts')
  const held = await openDatabase({ pgliteDir: dir, poolSize: 1 })
  const refused = await run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', 'create', '--role', 'admin'], { env }).catch((e) => e)
  t.equal(refused.code, 1)
  t.match(refused.stderr, /in use by process \d+/)
  await held.close()
})
