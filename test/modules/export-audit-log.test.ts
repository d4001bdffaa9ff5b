import t from 'tap'
import { canonicalJson } from '../../src/domain/canonical.ts'
import { leafHash, nodeHash, TreeBuilder, verifyConsistency, type Hash, type NodeId } from '../../src/lib/tlog/merkle.ts'
import { parseCheckpoint } from '../../src/lib/tlog/checkpoint.ts'
import { openNote } from '../../src/lib/tlog/note.ts'
import { auditLogLines, planAuditLogExport } from '../../src/modules/exports/audit-log.ts'
import { recordAudit, SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

/** `n` audit events written as a bulk writer does, in one statement. */
async function addEvents(h: TestApp, n: number, label = 'e') {
  await h.app.db.transaction((tx) =>
    recordAudit(
      tx,
      SYSTEM_ACTOR,
      Array.from({ length: n }, (_, i) => ({
        action: 'committee.updated',
        entityType: 'committee',
        entityId: `${label}-${i}`,
        before: { name: `Ủy ban ${i}` },
        after: { name: `Ủy ban MTTQ "${label}" số ${i}`, codes: [i, i * 2] },
      })),
    ),
  )
}

const checkpointNow = async (h: TestApp) => (await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json().treeSize as number

/** Every event as GET /v1/audit-events serves it, all pages. */
async function servedEvents(h: TestApp, token: string) {
  const out: Record<string, unknown>[] = []
  let cursor: string | null = null
  do {
    const res = await h.call(token, { method: 'GET', url: `/v1/audit-events?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` })
    const page = res.json()
    out.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return out
}

function parseExport(body: string) {
  t.ok(body.endsWith('\n'), 'every line ends with a newline')
  const lines = body.slice(0, -1).split('\n')
  const last = JSON.parse(lines.pop()!)
  return { events: lines.map((l) => JSON.parse(l) as Record<string, unknown>), last, lines }
}

const b64 = (s: string) => Buffer.from(s, 'base64')

/** What an auditor does with the last line, by hand: the tree of the events against the signed root. */
function rebuild(events: Record<string, unknown>[], range: { fromSeq: number; toSeq: number; leftSubtrees: { level: number; index: number; hash: string }[] }) {
  // The left subtrees and the events' leaves, merged as complete subtrees.
  const nodes: (NodeId & { hash: Hash })[] = []
  const push = (n: NodeId & { hash: Hash }) => {
    let node = n
    for (let top = nodes.at(-1); top && top.level === node.level && top.index % 2 === 0 && top.index + 1 === node.index; top = nodes.at(-1)) {
      nodes.pop()
      node = { level: node.level + 1, index: top.index / 2, hash: nodeHash(top.hash, node.hash) }
    }
    nodes.push(node)
  }
  for (const l of range.leftSubtrees) push({ level: l.level, index: l.index, hash: b64(l.hash) })
  for (const [i, e] of events.entries()) push({ level: 0, index: range.fromSeq - 1 + i, hash: leafHash(canonicalJson(e)) })
  return new TreeBuilder(range.toSeq, nodes).root()
}

t.test('GET /v1/exports/audit-log: the events as served, then the checkpoint that covers them', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  for (let i = 0; i < 4; i++) await createCommittee(h, { name: `Ủy ban MTTQ "Hòa Bình", ${i}`, level: 'central' })
  await addEvents(h, 2500)
  const size = await checkpointNow(h)
  t.ok(size > 2500)
  await addEvents(h, 3, 'later')
  await h.app.auditLog.flush()

  const res = await h.call(auditor, { method: 'GET', url: '/v1/exports/audit-log' })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/x-ndjson; charset=utf-8')
  t.equal(res.headers['content-disposition'], `attachment; filename="audit-log-1-${size}.ndjson"`)
  t.equal(res.headers.etag, `"audit-log-1-${size}-${size}"`)
  t.equal(res.headers['transfer-encoding'], 'chunked', 'streamed')
  const { events, last, lines } = parseExport(res.body)

  t.equal(events.length, size, 'by default the whole log up to the latest checkpoint, not the events after it')
  const served = await servedEvents(h, auditor)
  t.ok(served.length > size, 'the log holds events past the checkpoint')
  t.same(events, served.slice(0, size), 'each line is the event exactly as GET /v1/audit-events serves it')
  t.equal(lines[0], JSON.stringify(served[0]), 'byte for byte')

  const latest = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoints?limit=1' })).json().items[0]
  t.same(last.checkpoint, latest, 'the checkpoint as GET /v1/audit-log/checkpoints serves it')
  t.same(last.range, { fromSeq: 1, toSeq: size, leftSubtrees: [], rootHash: latest.rootHash, consistencyProof: [] })
  const signed = parseCheckpoint(openNote(last.checkpoint.note, []).text)
  t.ok(rebuild(events, last.range).equals(signed.root), 'the events rebuild the signed root')

  // Deterministic: the same range exports to the same bytes, and its ETag answers 304.
  const again = await h.call(auditor, { method: 'GET', url: '/v1/exports/audit-log' })
  t.equal(again.body, res.body)
  const notModified = await h.call(auditor, { method: 'GET', url: '/v1/exports/audit-log', headers: { 'if-none-match': res.headers.etag as string } })
  t.equal(notModified.statusCode, 304)
  t.equal(notModified.body, '')

  // Pages of any size give the same lines (the keyset walk across page boundaries).
  const plan = await planAuditLogExport(h.app.db, {}, 10)
  let small = ''
  for await (const chunk of auditLogLines(h.app.db, plan, 7)) small += chunk
  t.equal(small, res.body, 'pages of 7 rows: the same bytes')
})

t.test('a partial range carries what proves it against the checkpoint', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  await addEvents(h, 40)
  const first = await checkpointNow(h)
  await addEvents(h, 29)
  const second = await checkpointNow(h)
  t.ok(second > first)
  const get = (q: string) => h.call(auditor, { method: 'GET', url: `/v1/exports/audit-log?${q}` })

  const checkpoints = new Map(
    ((await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoints' })).json().items as { treeSize: number; rootHash: string }[]).map((c) => [
      c.treeSize,
      c,
    ]),
  )
  for (const [fromSeq, toSeq] of [
    [1, first],
    [13, first],
    [13, 37],
    [first + 1, second],
    [second, second],
    [5, 5],
    [22, second - 1],
  ] as const) {
    const res = await get(`fromSeq=${fromSeq}&toSeq=${toSeq}`)
    t.equal(res.statusCode, 200, `${fromSeq}–${toSeq}`)
    const { events, last } = parseExport(res.body)
    t.same(
      events.map((e) => e.seq),
      Array.from({ length: toSeq - fromSeq + 1 }, (_, i) => fromSeq + i),
      `${fromSeq}–${toSeq}: the events asked for`,
    )
    const cpSize = toSeq <= first ? first : second
    t.equal(last.checkpoint.treeSize, cpSize, 'the first checkpoint that covers toSeq')
    t.same(last.checkpoint, checkpoints.get(cpSize))
    t.same(
      last.range.leftSubtrees.map((n: NodeId) => [n.level, n.index]),
      TreeBuilder.frontierNodes(fromSeq - 1)
        .sort((a, b) => b.level - a.level)
        .map((n) => [n.level, n.index]),
      'the subtrees left of fromSeq, largest first',
    )
    const root = rebuild(events, last.range)
    t.equal(root.toString('base64'), last.range.rootHash, 'the events and the left subtrees rebuild the root at toSeq')
    const signed = b64(last.checkpoint.rootHash)
    if (toSeq === cpSize) {
      t.same(last.range.consistencyProof, [])
      t.ok(root.equals(signed))
    } else t.ok(verifyConsistency(toSeq, cpSize, root, signed, last.range.consistencyProof.map(b64)), 'proved a prefix of the signed tree')
  }

  // Refusals, with their codes.
  const inverted = await get('fromSeq=9&toSeq=3')
  t.equal(inverted.statusCode, 400)
  t.equal(inverted.json().code, 'INVALID_SEQ_RANGE')
  const ahead = await get(`toSeq=${second + 5}`)
  t.equal(ahead.statusCode, 409)
  t.equal(ahead.json().code, 'NOT_YET_CHECKPOINTED')
  t.equal(ahead.json().details.latestCheckpoint, second)
  t.equal(ahead.headers['retry-after'], String(h.config.AUDIT_CHECKPOINT_INTERVAL_S), 'a retry after the next checkpoint can succeed')
  t.equal((await get(`fromSeq=${second + 1}`)).json().code, 'INVALID_SEQ_RANGE', 'fromSeq past the latest checkpoint: nothing to export')
  t.equal((await get('fromSeq=0')).json().code, 'VALIDATION_FAILED')
  t.equal((await get('toSeq=abc')).json().code, 'VALIDATION_FAILED')
  t.equal((await get('from=1')).json().code, 'VALIDATION_FAILED', 'unknown parameters are refused')
})

t.test('who may export, and before any checkpoint', async (t) => {
  const h = await buildTestApp(t, {}, { signer: null })
  await addEvents(h, 3)
  await h.app.auditLog.flush()
  const none = await h.call(await h.token('auditor'), { method: 'GET', url: '/v1/exports/audit-log' })
  t.equal(none.statusCode, 404)
  t.equal(none.json().code, 'NO_CHECKPOINT')
  t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/exports/audit-log' })).json().code, 'NO_CHECKPOINT', 'admin may too')
  for (const role of ['reader', 'submitter', 'organizer', 'secretariat'] as const) {
    const committee = role === 'reader' ? null : (await createCommittee(h, { name: `Ủy ban ${role}`, level: 'central' })).id
    const res = await h.call(await h.token(role, committee), { method: 'GET', url: '/v1/exports/audit-log' })
    t.equal(res.statusCode, 403, role)
    t.equal(res.json().code, 'ROLE_NOT_ALLOWED')
  }
  t.equal((await h.call(null, { method: 'GET', url: '/v1/exports/audit-log' })).statusCode, 401)
})
