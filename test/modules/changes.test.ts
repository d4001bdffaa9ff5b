import { randomUUID } from 'node:crypto'
import t from 'tap'
import { recordAudit, SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'
import { PUBLIC_TYPES } from '../../src/modules/publication/service.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { createCluster, createCommittee } from '../helpers/fixtures.ts'
import { expectProblem } from '../helpers/problems.ts'

type Call = TestApp['call']
interface Change {
  position: number
  cursor: string
  entityType: string
  entityId: string
  action: string
  tombstone: boolean
  entity: Record<string, unknown> | null
}

const onPostgres = Boolean(process.env.DATABASE_URL)
/** An app's call, as a function of its own. */
const callOf =
  (x: Pick<TestApp, 'call'>): Call =>
  (token, opts) =>
    x.call(token, opts)

/** Reads the feed from `cursor` until an answer has nothing more (no waiting). */
async function drain(call: Call, token: string, cursor: string | undefined, query = '') {
  const changes: Change[] = []
  for (;;) {
    const res = await call(token, { method: 'GET', url: `/v1/changes?limit=7${cursor ? `&cursor=${cursor}` : ''}${query}` })
    if (res.statusCode !== 200) throw new Error(`feed ${res.statusCode}: ${res.body}`)
    const body = res.json() as { items: Change[]; nextCursor: string; hasMore: boolean }
    changes.push(...body.items)
    cursor = body.nextCursor
    if (body.items.length === 0) return { changes, cursor }
  }
}

/** Every page of a list, with the changesCursor of the first. */
async function readAll(call: Call, token: string, url: string, limit: number, between: () => Promise<unknown> = async () => {}) {
  const items: { id: string }[] = []
  const cursors = new Set<string>()
  let next: string | null = null
  do {
    const res = await call(token, { method: 'GET', url: `${url}?limit=${limit}${next ? `&cursor=${next}` : ''}` })
    if (res.statusCode !== 200) throw new Error(`list ${res.statusCode}: ${res.body}`)
    const body = res.json() as { items: { id: string }[]; nextCursor: string | null; changesCursor: string }
    items.push(...body.items)
    cursors.add(body.changesCursor)
    next = body.nextCursor
    await between()
  } while (next)
  return { items, changesCursor: [...cursors] }
}

/** Applies changes to a mirror (id → entity), as a portal would. */
function apply(mirror: Map<string, unknown>, changes: Change[], type: string) {
  for (const c of changes) {
    if (c.entityType !== type) continue
    if (c.tombstone) mirror.delete(c.entityId)
    else mirror.set(c.entityId, c.entity)
  }
}

t.test('the feed: public entities as their GET shows them, in the log order; never an API key', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const phuTho = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Phú Thọ', code: '25', level: 'province', parentId: central.id })
  const portalKey = await h.call(h.adminToken, { method: 'POST', url: '/v1/api-keys', body: { name: 'portal', role: 'reader' } })
  t.equal(portalKey.statusCode, 201)
  const cluster = await createCluster(h, { organizerCommitteeId: central.id })
  await h.app.auditLog.flush()

  const { changes } = await drain(callOf(h), reader, undefined)
  t.same(
    changes.map((c) => [c.entityType, c.entityId, c.action]),
    [
      ['committee', central.id, 'committee.created'],
      ['committee', phuTho.id, 'committee.created'],
      ['cluster', cluster.id, 'cluster.created'],
    ],
    'the public changes only, in order',
  )
  for (let i = 1; i < changes.length; i++) t.ok(changes[i]!.position > changes[i - 1]!.position, 'positions increase')
  const got = await h.call(reader, { method: 'GET', url: `/v1/committees/${phuTho.id}` })
  t.same(changes[1]!.entity, got.json(), 'the entity exactly as its GET answers it')
  t.notOk(JSON.stringify(changes).includes(portalKey.json().id), 'no API key appears')

  // The admin's feed is the same public feed; an API key cannot even be asked for.
  t.same((await drain(callOf(h), h.adminToken, undefined)).changes, changes)
  expectProblem(t, await h.call(reader, { method: 'GET', url: '/v1/changes?types=api_key' }), 400, 'VALIDATION_FAILED')
  expectProblem(t, await h.call(reader, { method: 'GET', url: '/v1/changes?types=submission' }), 400, 'VALIDATION_FAILED')

  // A filter by type; positions are the log's, so the feed skips what it leaves out.
  const clusters = await drain(callOf(h), reader, undefined, '&types=cluster,cluster_year')
  t.same(
    clusters.changes.map((c) => c.entityId),
    [cluster.id],
  )
  t.equal(clusters.changes[0]!.position, changes[2]!.position)

  // The entity now, not as it was: the first event about Phú Thọ shows its later name.
  const etag = got.headers.etag as string
  const patched = await h.call(h.adminToken, {
    method: 'PATCH',
    url: `/v1/committees/${phuTho.id}`,
    headers: { 'if-match': etag },
    body: { shortName: 'Phú Thọ' },
  })
  t.equal(patched.statusCode, 200)
  await h.app.auditLog.flush()
  const again = await drain(callOf(h), reader, undefined)
  t.same(again.changes[1]!.entity, patched.json(), 'the current state, in every change about it')
  t.same(
    again.changes.slice(3).map((c) => c.action),
    ['committee.updated'],
  )
})

t.test('a tombstone for an entity that no longer exists', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const gone = randomUUID()
  await recordAudit(h.app.db, SYSTEM_ACTOR, { action: 'committee.created', entityType: 'committee', entityId: gone })
  await h.app.auditLog.flush()
  const { changes } = await drain(callOf(h), reader, undefined)
  t.match(changes, [{ entityType: 'committee', entityId: gone, tombstone: true, entity: null }])
})

t.test('cursors: opaque, checked, and good on another replica or after a restart', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  await h.app.auditLog.flush()
  const first = await drain(callOf(h), reader, undefined)
  t.equal(first.changes.length, 1)

  for (const bad of [
    'nope',
    'Y2hhbmdlcy52MS4x!',
    Buffer.from('changes.v1.-1').toString('base64url'),
    Buffer.from('changes.v2.1').toString('base64url'),
    'a'.repeat(65),
  ]) {
    const res = await h.call(reader, { method: 'GET', url: `/v1/changes?cursor=${bad}` })
    t.equal(res.statusCode, 400, bad)
    t.ok(['INVALID_CURSOR', 'VALIDATION_FAILED'].includes(res.json().code), `${bad}: ${res.json().code}`)
  }
  expectProblem(
    t,
    await h.call(reader, { method: 'GET', url: `/v1/changes?cursor=${Buffer.from('changes.v1.x').toString('base64url')}` }),
    400,
    'INVALID_CURSOR',
  )
  // A position this log has not reached: not a cursor of this database.
  expectProblem(
    t,
    await h.call(reader, { method: 'GET', url: `/v1/changes?cursor=${Buffer.from('changes.v1.999999').toString('base64url')}` }),
    400,
    'INVALID_CURSOR',
  )

  // Another replica (on PGlite: another app on the same database, as after a restart) continues from it.
  const other = await h.replica()
  const created = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Bắc Kạn', code: '06', level: 'province', parentId: central.id })
  await h.app.auditLog.flush()
  const next = await drain(callOf(other), reader, first.cursor)
  t.same(
    next.changes.map((c) => c.entityId),
    [created.id],
    'exactly the change after the cursor',
  )
  await other.app.close()
  const restarted = await h.replica()
  t.same((await drain(callOf(restarted), reader, first.cursor)).changes, next.changes, 'the same after a restart')
})

t.test('a long poll wakes on a write and answers it', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  await h.app.auditLog.flush()
  const { cursor } = await drain(callOf(h), reader, undefined)
  const polling = h.call(reader, { method: 'GET', url: `/v1/changes?cursor=${cursor}&wait=30` })
  const created = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Thái Nguyên', code: '19', level: 'province', parentId: central.id })
  const res = await polling
  t.equal(res.statusCode, 200)
  t.same(
    res.json().items.map((c: Change) => [c.entityId, c.action]),
    [[created.id, 'committee.created']],
    'the write, and nothing before the cursor',
  )
  // An empty wait=0 answer keeps the cursor where it was.
  const idle = await h.call(reader, { method: 'GET', url: `/v1/changes?cursor=${res.json().nextCursor}` })
  t.same(idle.json().items, [])
  t.equal(idle.json().nextCursor, res.json().nextCursor)
})

t.test('snapshot then follow: writes racing a paged read of the lists, over two replicas, are all in the mirror once, in order', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const other = await h.replica()
  const apps = [callOf(h), other.call]
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const writers = onPostgres ? 50 : 12
  for (let i = 0; i < 6; i++) await createCommittee(h, { name: `Ủy ban MTTQ tỉnh ${i}`, level: 'province', parentId: central.id })

  // Writers: each creates a committee and renames it twice, half on each replica.
  let started!: () => void
  const firstWrite = new Promise<void>((resolve) => (started = resolve))
  const write = async (w: number) => {
    const call = apps[w % 2]!
    const res = await call(h.adminToken, { method: 'POST', url: '/v1/committees', body: { name: `Ủy ban MTTQ ${w}`, level: 'province', parentId: central.id } })
    if (res.statusCode !== 201) throw new Error(`create ${res.statusCode} ${res.body}`)
    started()
    let etag = res.headers.etag as string
    for (const n of [1, 2]) {
      const p = await call(h.adminToken, {
        method: 'PATCH',
        url: `/v1/committees/${res.json().id}`,
        headers: { 'if-match': etag },
        body: { shortName: `${w}.${n}` },
      })
      if (p.statusCode !== 200) throw new Error(`patch ${p.statusCode} ${p.body}`)
      etag = p.headers.etag as string
    }
  }
  const writes = Promise.all(Array.from({ length: writers }, (_, w) => write(w)))

  // The mirror: pages of 3 read while the writes go on (each page on the other replica), then the feed.
  await firstWrite
  let page = 0
  const snapshot = await readAll((tok, o) => apps[page++ % 2]!(tok, o), reader, '/v1/committees', 3)
  t.equal(snapshot.changesCursor.length, 1, 'every page answers the changesCursor of the first')
  const mirror = new Map<string, unknown>(snapshot.items.map((c) => [c.id, c]))
  const seen: Change[] = []
  let cursor = snapshot.changesCursor[0]
  // Following with long polls (each answers once something new is placed) until the writers are
  // done and a last committee, written after them all, has come through.
  let sentinel: string | null = null
  const follow = (async () => {
    for (let n = 0; ; n++) {
      const res = await apps[n % 2]!(reader, { method: 'GET', url: `/v1/changes?types=committee&limit=20&wait=30&cursor=${cursor}` })
      if (res.statusCode !== 200) throw new Error(`feed ${res.statusCode}: ${res.body}`)
      seen.push(...(res.json().items as Change[]))
      cursor = res.json().nextCursor
      if (sentinel && seen.some((c) => c.entityId === sentinel)) return
    }
  })()
  await writes
  sentinel = (await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh cuối', level: 'province', parentId: central.id })).id
  await follow
  await h.app.auditLog.flush()
  const last = await drain(callOf(other), reader, cursor, '&types=committee')
  seen.push(...last.changes)
  apply(mirror, seen, 'committee')

  const fresh = await readAll(callOf(h), h.adminToken, '/v1/committees', 500)
  t.equal(fresh.items.length, 1 + 6 + writers + 1)
  t.same(new Map(fresh.items.map((c) => [c.id, c])), mirror, 'the mirror equals a fresh full read')

  // No gap and no duplicate: the feed's positions are exactly the log's committee events after the cursor.
  const after = Number(Buffer.from(snapshot.changesCursor[0]!, 'base64url').toString().split('.').pop())
  const log = await readAllAudit(h, after)
  t.same(
    seen.map((c) => c.position),
    log,
    'every committee event after the snapshot, once, in order',
  )
})

/** The seqs of committee events after `after`, from the audit log itself. */
async function readAllAudit(h: TestApp, after: number): Promise<number[]> {
  const auditor = await h.token('auditor')
  const seqs: number[] = []
  let next: string | null = null
  do {
    const res = await h.call(auditor, { method: 'GET', url: `/v1/audit-events?entityType=committee&limit=500${next ? `&cursor=${next}` : ''}` })
    const body = res.json() as { items: { seq: number }[]; nextCursor: string | null }
    seqs.push(...body.items.map((e) => e.seq).filter((s) => s > after))
    next = body.nextCursor
  } while (next)
  return seqs
}

t.test('the public kinds', async (t) => {
  t.same([...PUBLIC_TYPES].sort(), ['award_proposal', 'award_type', 'cluster', 'cluster_year', 'committee', 'handover', 'indicator', 'officer_tenure'])
})
