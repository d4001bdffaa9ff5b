import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { follow, mirror, snapshot } from '../../scripts/mirror.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, createCommittee, organizerWithMembers, putYear } from '../helpers/fixtures.ts'

/** Every file of a mirror directory: type/id → entity. */
async function contents(dir: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>()
  for (const type of await readdir(dir, { withFileTypes: true })) {
    if (!type.isDirectory()) continue
    for (const f of await readdir(join(dir, type.name))) {
      if (f.endsWith('.json')) out.set(`${type.name}/${f.slice(0, -5)}`, JSON.parse(await readFile(join(dir, type.name, f), 'utf8')))
    }
  }
  return out
}

t.test('scripts/mirror.ts: a snapshot, then the feed, gives what a fresh full read gives', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const { organizer, members } = await organizerWithMembers(h, 3)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  t.equal((await putYear(h, cluster.id, 2024, { members: members.map((m) => m.id), headId: members[0]!.id, deputyId: members[1]!.id })).statusCode, 201)
  const api = await h.app.listen({ host: '127.0.0.1', port: 0 })
  const dir = await mkdtemp(join(tmpdir(), 'ctd-mirror-'))
  const fresh = await mkdtemp(join(tmpdir(), 'ctd-mirror-fresh-'))
  t.teardown(() => Promise.all([rm(dir, { recursive: true, force: true }), rm(fresh, { recursive: true, force: true })]))
  const opts = { api, token: reader, dir, once: true }

  await mirror(opts)
  const first = await contents(dir)
  t.ok(first.has(`committee/${organizer.id}`) && first.has(`cluster/${cluster.id}`), 'the snapshot holds the lists')
  t.equal([...first.keys()].filter((k) => k.startsWith('cluster_year/')).length, 1, 'and what hangs below them')

  // Changes after the snapshot: a rename, a new committee, the year's membership; then the feed.
  const got = await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${members[2]!.id}` })
  await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${members[2]!.id}`,
    headers: { 'if-match': got.headers.etag as string },
    body: { shortName: 'Mới' },
  })
  const added = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh mới', level: 'province', parentId: organizer.id })
  t.equal((await putYear(h, cluster.id, 2024, { members: [...members.map((m) => m.id), added.id] })).statusCode, 200)
  await h.app.auditLog.flush()
  const cursor = await readFile(join(dir, '.cursor'), 'utf8')
  await follow(opts, cursor)

  await snapshot({ ...opts, dir: fresh })
  const mirrored = await contents(dir)
  t.same(mirrored, await contents(fresh), 'the mirror equals a fresh full read')
  t.match(mirrored.get(`committee/${members[2]!.id}`), { shortName: 'Mới' })
})
