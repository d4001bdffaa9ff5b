import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { sql } from 'drizzle-orm'
import t, { type Test } from 'tap'
import { rows } from '../../src/db/client.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { decidedYear, must } from '../helpers/export-cycle.ts'
import { exe, html, minimalDocx, minimalPdf, minimalPng, ole2, text, xlsWorkbook } from '../helpers/documents.ts'
import { expectProblem } from '../helpers/problems.ts'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** POST /v1/attachments with the file as the body. */
function upload(h: Pick<TestApp, 'call'>, token: string, q: Record<string, string>, body: Buffer | Readable, contentType = 'application/pdf', headers = {}) {
  return h.call(token, {
    method: 'POST',
    url: `/v1/attachments?${new URLSearchParams(q).toString()}`,
    headers: { 'content-type': contentType, ...headers },
    body,
  })
}

/** A year driven through its cycle, with the ids of everything a document can be attached to. */
async function setUp(t: Test, overrides = {}) {
  const h = await buildTestApp(t, overrides)
  const r = await decidedYear(h)
  const cy = (await must(h.call(h.adminToken, { method: 'GET', url: r.base }), 200)).json()
  const next = (await must(h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/years/${r.year + 1}` }), 200)).json()
  const submissions = (await must(h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}&year=${r.year}` }), 200)).json().items
  const handover = (await must(h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/handovers` }), 200)).json().items[0]
  const member = (id: string) => h.token('submitter', id)
  return { h, r, cy, next, submissions: submissions as Json[], handover, member }
}

const count = async (h: TestApp, kind: string, ownerId: string) =>
  (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments?kind=${kind}&ownerId=${ownerId}` })).json().items.length

t.test('round trips: a PDF, a PNG and a DOCX come back byte for byte, with their sniffed type, digest and name', async (t) => {
  const { h, r, cy, submissions, member } = await setUp(t)
  const pdf = minimalPdf('Giao uoc thi dua 2023')
  const fileName = 'Biên bản ký giao ước (2023)*.pdf'
  const res = await upload(h, r.secretariat, { kind: 'pact', ownerId: cy.id, fileName }, pdf, 'application/octet-stream')
  t.equal(res.statusCode, 201, res.body)
  const a = res.json()
  t.equal(res.headers.location, `/v1/attachments/${a.id}`)
  t.ok(res.headers.etag, 'an ETag')
  t.has(a, { kind: 'pact', ownerId: cy.id, clusterYearId: cy.id, fileName, contentType: 'application/pdf', size: pdf.length, sha256: sha256(pdf) })
  t.equal(a.supersedes, null)
  t.equal(a.supersededBy, null)
  t.equal(a.contentUrl, `/v1/attachments/${a.id}/content`)

  const got = await h.call(r.secretariat, { method: 'GET', url: a.contentUrl })
  t.equal(got.statusCode, 200)
  t.same(got.rawPayload, pdf, 'the same bytes')
  t.equal(got.headers['content-type'], 'application/pdf')
  t.equal(got.headers['x-content-type-options'], 'nosniff')
  const digest = createHash('sha256').update(got.rawPayload).digest('base64')
  t.equal(got.headers['repr-digest'], `sha-256=:${digest}:`, 'Repr-Digest (RFC 9530) of the bytes served')
  t.equal(got.headers.etag, `"sha256-${sha256(pdf)}"`, 'a strong ETag from the sha256')
  t.equal(
    got.headers['content-disposition'],
    `attachment; filename="Bien ban ky giao uoc _2023__.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20k%C3%BD%20giao%20%C6%B0%E1%BB%9Bc%20%282023%29%2A.pdf`,
    'an ASCII fallback and the UTF-8 name, every character outside attr-char encoded',
  )
  const again = await h.call(r.secretariat, { method: 'GET', url: a.contentUrl, headers: { 'if-none-match': got.headers.etag as string } })
  t.equal(again.statusCode, 304, 'If-None-Match: 304')
  t.equal(again.rawPayload.length, 0)
  t.equal(again.headers.etag, got.headers.etag)
  t.equal((await h.call(r.secretariat, { method: 'GET', url: a.contentUrl, headers: { 'if-none-match': '"sha256-0"' } })).statusCode, 200)
  const meta = await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments/${a.id}` })
  t.same(meta.json(), a, 'the metadata as uploaded')
  // Another replica on the same database serves the same bytes.
  const replica = await h.replica()
  t.same((await replica.call(r.secretariat, { method: 'GET', url: a.contentUrl })).rawPayload, pdf, 'from another replica')

  // Evidence for a submission, by the member itself, sent as image/png.
  const s = submissions.find((x) => x.committeeId === r.ids[2])!
  const png = minimalPng()
  const p = await upload(h, await member(r.ids[2]!), { kind: 'submission', ownerId: s.id, fileName: 'anh-nha-dai-doan-ket.png' }, png, 'image/png')
  t.equal(p.statusCode, 201, p.body)
  t.has(p.json(), { contentType: 'image/png', size: png.length, sha256: sha256(png), clusterYearId: cy.id })
  const pngBack = await h.call(h.adminToken, { method: 'GET', url: p.json().contentUrl })
  t.same(pngBack.rawPayload, png)
  t.equal(pngBack.headers['content-type'], 'image/png')

  // The proposal letter (tờ trình), by the head's secretariat.
  const docx = minimalDocx()
  const d = await upload(
    h,
    r.secretariat,
    { kind: 'award_proposal', ownerId: r.proposals[0]!.id, fileName: 'To trinh.docx' },
    docx,
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  t.equal(d.statusCode, 201, d.body)
  t.equal(d.json().contentType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  t.same((await h.call(h.adminToken, { method: 'GET', url: d.json().contentUrl })).rawPayload, docx)

  // The list, paged by cursor.
  const page1 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments?clusterYearId=${cy.id}&limit=2` })).json()
  t.equal(page1.items.length, 2)
  const page2 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments?clusterYearId=${cy.id}&limit=2&cursor=${page1.nextCursor}` })).json()
  t.same(
    [...page1.items, ...page2.items].map((x: Json) => x.id),
    [a.id, p.json().id, d.json().id],
  )
  t.equal(page2.nextCursor, null)
  t.same(
    (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments?kind=pact&ownerId=${cy.id}` })).json().items.map((x: Json) => x.id),
    [a.id],
  )

  // The audit log holds each upload with its digest.
  const events = (await h.call(h.adminToken, { method: 'GET', url: `/v1/audit-events?entityType=attachment&entityId=${a.id}` })).json().items
  t.same(
    events.map((e: Json) => [e.action, e.after.sha256, e.after.size]),
    [['attachment.uploaded', sha256(pdf), pdf.length]],
  )
  t.notOk('content' in events[0].after, 'never the bytes')

  // An idempotent retry replays the answer: one attachment.
  const key = { 'idempotency-key': 'upload-1' }
  const first = await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'bien-ban.pdf' }, pdf, 'application/pdf', key)
  const replay = await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'bien-ban.pdf' }, pdf, 'application/pdf', key)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.json().id, first.json().id)
  t.equal(await count(h, 'ranking', cy.id), 1)
})

t.test('the type is read from the content: a renamed executable, HTML page or text file is refused, and nothing is kept', async (t) => {
  const { h, r, cy } = await setUp(t)
  const cases: [string, Buffer, string, string][] = [
    ['Quyet dinh.pdf', exe(), 'application/pdf', 'UNKNOWN_FORMAT'],
    ['To trinh.docx', html(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'UNKNOWN_FORMAT'],
    ['Anh.png', text(), 'image/png', 'UNKNOWN_FORMAT'],
    ['empty.pdf', Buffer.alloc(0), 'application/pdf', 'EMPTY'],
    ['macros.docx', minimalDocx({ macros: true }), 'application/octet-stream', 'MACROS_NOT_ALLOWED'],
    ['Bang diem.xls', ole2([{ name: 'Workbook', data: xlsWorkbook([0, 1], 8192) }]), 'application/vnd.ms-excel', 'MACROS_NOT_ALLOWED'],
  ]
  for (const [fileName, body, type, reason] of cases) {
    const res = await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName }, body, type)
    expectProblem(t, res, 415, 'ATTACHMENT_TYPE_REFUSED', { reason })
  }
  expectProblem(t, await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'x.html' }, html(), 'text/html'), 415, 'UNSUPPORTED_MEDIA_TYPE')
  const json = await h.call(r.secretariat, { method: 'POST', url: `/v1/attachments?kind=ranking&ownerId=${cy.id}&fileName=x.pdf`, body: { a: 1 } })
  expectProblem(t, json, 415, 'UNSUPPORTED_MEDIA_TYPE')
  const vi = await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'QĐ.pdf' }, exe(), 'application/pdf', { 'accept-language': 'vi' })
  t.equal(vi.json().title, 'Nội dung tệp không thuộc loại tài liệu được chấp nhận', 'in Vietnamese')
  t.match(vi.json().detail, /^Tệp không được chấp nhận: không phải PDF, ảnh hay văn bản văn phòng\. Chỉ nhận PDF/, 'with the reason in Vietnamese')
  t.equal(await count(h, 'ranking', cy.id), 0, 'nothing kept')
  const events = (await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-events?entityType=attachment' })).json().items
  t.same(events, [], 'and nothing logged')
})

t.test('larger than ATTACHMENT_MAX_BYTES: 413 ATTACHMENT_TOO_LARGE, by Content-Length or as it arrives', async (t) => {
  const { h, r, cy } = await setUp(t, { ATTACHMENT_MAX_BYTES: 2048 })
  const big = Buffer.concat([minimalPdf(), Buffer.alloc(4096, 0x20)])
  expectProblem(t, await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'big.pdf' }, big), 413, 'ATTACHMENT_TOO_LARGE', {
    maxBytes: 2048,
  })
  // Without a Content-Length (a stream, chunked): counted as it arrives.
  const streamed = await upload(
    h,
    r.secretariat,
    { kind: 'ranking', ownerId: cy.id, fileName: 'big.pdf' },
    Readable.from([big.subarray(0, 1500), big.subarray(1500)]),
  )
  expectProblem(t, streamed, 413, 'ATTACHMENT_TOO_LARGE')
  t.equal(await count(h, 'ranking', cy.id), 0, 'nothing kept')
  const small = await upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'small.pdf' }, minimalPdf())
  t.equal(small.statusCode, 201, 'a document within the limit is kept')
})

t.test('the owner must exist, and what the document records must have happened', async (t) => {
  const { h, r, cy, next } = await setUp(t)
  const missing = '0190f3a4-0000-7000-8000-000000000000'
  for (const kind of ['pact', 'submission', 'ranking', 'handover', 'award_proposal', 'award_decision']) {
    expectProblem(t, await upload(h, h.adminToken, { kind, ownerId: missing, fileName: 'x.pdf' }, minimalPdf()), 404, 'ATTACHMENT_OWNER_NOT_FOUND', {
      kind,
      ownerId: missing,
    })
  }
  // The next year (made by the handover) has no pact signed and no ranking finalised yet.
  expectProblem(t, await upload(h, h.adminToken, { kind: 'pact', ownerId: next.id, fileName: 'x.pdf' }, minimalPdf()), 409, 'ATTACHMENT_OWNER_NOT_READY')
  expectProblem(t, await upload(h, h.adminToken, { kind: 'ranking', ownerId: next.id, fileName: 'x.pdf' }, minimalPdf()), 409, 'ATTACHMENT_OWNER_NOT_READY')
  // A submission id is not a cluster-year.
  expectProblem(t, await upload(h, h.adminToken, { kind: 'submission', ownerId: cy.id, fileName: 'x.pdf' }, minimalPdf()), 404, 'ATTACHMENT_OWNER_NOT_FOUND')
  expectProblem(t, await upload(h, h.adminToken, { kind: 'nonsense', ownerId: cy.id, fileName: 'x.pdf' }, minimalPdf()), 400, 'VALIDATION_FAILED')
  expectProblem(t, await upload(h, h.adminToken, { kind: 'pact', ownerId: cy.id, fileName: '../etc/passwd' }, minimalPdf()), 400, 'VALIDATION_FAILED')
  // The decision of an approved proposal is there to attach.
  const decision = await upload(h, r.organizerToken, { kind: 'award_decision', ownerId: r.proposals[0]!.id, fileName: 'QĐ 125.pdf' }, minimalPdf())
  t.equal(decision.statusCode, 201, decision.body)
  t.same(
    (await h.call(h.adminToken, { method: 'GET', url: '/v1/attachments?limit=500' })).json().items.map((x: Json) => x.kind),
    ['award_decision'],
    'only what was accepted was kept',
  )
})

t.test('who may attach: whoever writes the owner', async (t) => {
  const { h, r, cy, submissions, handover, member } = await setUp(t)
  const pdf = minimalPdf()
  const as = async (token: string, kind: string, ownerId: string) => upload(h, token, { kind, ownerId, fileName: 'x.pdf' }, pdf)
  const auditor = await h.token('auditor')
  const reader = await h.token('reader')
  const otherSecretariat = await h.token('secretariat', r.ids[3])
  const s = submissions.find((x) => x.committeeId === r.ids[2])!

  expectProblem(t, await as(await member(r.ids[2]!), 'pact', cy.id), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await as(await member(r.ids[3]!), 'submission', s.id), 403, 'OUT_OF_SCOPE')
  expectProblem(t, await as(otherSecretariat, 'pact', cy.id), 403, 'OUT_OF_SCOPE')
  expectProblem(t, await as(auditor, 'pact', cy.id), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await as(reader, 'pact', cy.id), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await as(r.secretariat, 'award_decision', r.proposals[0]!.id), 403, 'ROLE_NOT_ALLOWED', undefined)
  expectProblem(t, await as(r.organizerToken, 'award_proposal', r.proposals[0]!.id), 403, 'ROLE_NOT_ALLOWED')
  t.equal(await count(h, 'pact', cy.id), 0, 'nothing kept')

  t.equal((await as(r.organizerToken, 'pact', cy.id)).statusCode, 201, 'the organiser: a pact')
  t.equal((await as(r.secretariat, 'ranking', cy.id)).statusCode, 201, "the head's secretariat: the conference minutes")
  t.equal((await as(r.secretariat, 'handover', handover.id)).statusCode, 201, "the outgoing head's secretariat: the handover minutes")
  t.equal((await as(r.secretariat, 'submission', s.id)).statusCode, 201, "the head's secretariat reviews submissions")
  const mine = await as(await member(r.ids[2]!), 'submission', s.id)
  t.equal(mine.statusCode, 201, 'the member: its evidence')

  // Reading: any key but a portal's.
  t.equal((await h.call(auditor, { method: 'GET', url: `/v1/attachments/${mine.json().id}/content` })).statusCode, 200)
  expectProblem(t, await h.call(reader, { method: 'GET', url: `/v1/attachments/${mine.json().id}` }), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await h.call(reader, { method: 'GET', url: `/v1/attachments/${mine.json().id}/content` }), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await h.call(reader, { method: 'GET', url: '/v1/attachments' }), 403, 'ROLE_NOT_ALLOWED')
  // Supersede follows the same rules, from the attachment's own kind and owner.
  expectProblem(
    t,
    await h.call(await member(r.ids[3]!), {
      method: 'POST',
      url: `/v1/attachments/${mine.json().id}/supersede?fileName=y.pdf`,
      headers: { 'content-type': 'application/pdf' },
      body: pdf,
    }),
    403,
    'OUT_OF_SCOPE',
  )

  // Not in the change feed, whoever reads it, nor a kind a webhook can ask for.
  const feed = (await h.call(h.adminToken, { method: 'GET', url: '/v1/changes?limit=500' })).json()
  t.notOk(
    feed.items.some((i: Json) => i.entityType === 'attachment'),
    'no attachment in the feed',
  )
  expectProblem(t, await h.call(h.adminToken, { method: 'GET', url: '/v1/changes?types=attachment' }), 400, 'VALIDATION_FAILED')
})

t.test('supersede: a chain, each old one readable and naming its successor; never twice', async (t) => {
  const { h, r, handover } = await setUp(t)
  const v1 = minimalPdf('v1')
  const v2 = minimalPdf('v2')
  const v3 = minimalPng()
  const a = (await must(upload(h, r.secretariat, { kind: 'handover', ownerId: handover.id, fileName: 'Bien ban ban giao.pdf' }, v1), 201)).json()
  const supersede = (id: string, body: Buffer, token = r.secretariat, type = 'application/pdf') =>
    h.call(token, { method: 'POST', url: `/v1/attachments/${id}/supersede?fileName=ban-giao-v2.pdf`, headers: { 'content-type': type }, body })
  const bRes = await supersede(a.id, v2)
  t.equal(bRes.statusCode, 201, bRes.body)
  const b = bRes.json()
  t.has(b, { kind: 'handover', ownerId: handover.id, supersedes: a.id, supersededBy: null, sha256: sha256(v2) })
  const c = (
    await must(upload(h, r.organizerToken, { kind: 'handover', ownerId: handover.id, fileName: 'anh.png', supersedes: b.id }, v3, 'image/png'), 201)
  ).json()
  t.equal(c.supersedes, b.id)

  const read = async (id: string) => (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments/${id}` })).json()
  t.has(await read(a.id), { supersedes: null, supersededBy: b.id, sha256: sha256(v1) })
  t.has(await read(b.id), { supersedes: a.id, supersededBy: c.id })
  t.has(await read(c.id), { supersedes: b.id, supersededBy: null })
  t.same((await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments/${a.id}/content` })).rawPayload, v1, 'the old bytes stay readable')
  const etagA = (await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments/${a.id}` })).headers.etag
  t.not(etagA, bRes.headers.etag)

  // Never twice, by either way; nothing is written by a refusal.
  expectProblem(t, await supersede(a.id, v2), 409, 'ATTACHMENT_ALREADY_SUPERSEDED', { supersededBy: b.id })
  expectProblem(
    t,
    await upload(h, r.secretariat, { kind: 'handover', ownerId: handover.id, fileName: 'x.pdf', supersedes: b.id }, v2),
    409,
    'ATTACHMENT_ALREADY_SUPERSEDED',
  )
  // Only one of the same kind and owner.
  const other = (await must(upload(h, r.secretariat, { kind: 'ranking', ownerId: (await read(a.id)).clusterYearId, fileName: 'x.pdf' }, v1), 201)).json()
  expectProblem(
    t,
    await upload(h, r.secretariat, { kind: 'handover', ownerId: handover.id, fileName: 'x.pdf', supersedes: other.id }, v2),
    422,
    'ATTACHMENT_SUPERSEDES_MISMATCH',
  )
  expectProblem(t, await supersede('0190f3a4-0000-7000-8000-000000000000', v2), 404, 'ATTACHMENT_NOT_FOUND')
  expectProblem(t, await supersede(c.id, exe()), 415, 'ATTACHMENT_TYPE_REFUSED')
  t.equal(await count(h, 'handover', handover.id), 3, 'the chain and nothing else')
  t.equal((await read(c.id)).supersededBy, null, 'the newest is still current')

  // Each step is in the audit log with the digests.
  const events = async (id: string) =>
    (await h.call(h.adminToken, { method: 'GET', url: `/v1/audit-events?entityType=attachment&entityId=${id}` }))
      .json()
      .items.map((e: Json) => [e.action, e.after])
  t.same(await events(a.id), [
    ['attachment.uploaded', { ...(await events(a.id))[0][1], sha256: sha256(v1) }],
    ['attachment.superseded', { supersededBy: b.id, sha256: sha256(v1), supersededBySha256: sha256(v2) }],
  ])
  t.equal((await events(b.id))[0][1].supersedes, a.id)
})

t.test('the database refuses to edit or remove an attachment, whoever asks', async (t) => {
  const { h, r, cy } = await setUp(t)
  const a = (await must(upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'x.pdf' }, minimalPdf('a')), 201)).json()
  const b = (await must(upload(h, r.secretariat, { kind: 'ranking', ownerId: cy.id, fileName: 'y.pdf' }, minimalPdf('b')), 201)).json()
  const db = h.app.db
  const refused = async (what: string, statement: ReturnType<typeof sql>, pattern: RegExp) => {
    try {
      await db.execute(statement)
      t.fail(`${what}: accepted`)
    } catch (err) {
      const e = err as { message: string; cause?: { message: string } }
      t.match(`${e.message} ${e.cause?.message ?? ''}`, pattern, `${what}: refused`)
    }
  }
  await refused('content', sql`update attachments set content = '\\x00'::bytea, size = 1 where id = ${a.id}`, /never edited/)
  await refused('digest', sql`update attachments set sha256 = repeat('0', 64) where id = ${a.id}`, /never edited/)
  await refused('file name', sql`update attachments set file_name = 'other.pdf' where id = ${a.id}`, /never edited/)
  await refused(
    'a link to an attachment that does not supersede it',
    sql`update attachments set superseded_by = ${b.id} where id = ${a.id}`,
    /may only be superseded/,
  )
  await refused('delete', sql`delete from attachments where id = ${a.id}`, /never removed/)
  await refused('truncate', sql`truncate attachments`, /never removed/)
  await refused(
    'born superseded',
    sql`insert into attachments (id, kind, owner_id, cluster_year_id, file_name, content_type, size, sha256, content, uploaded_at, superseded_by)
        values (gen_random_uuid(), 'ranking', ${cy.id}, ${cy.id}, 'z.pdf', 'application/pdf', 1, repeat('a', 64), '\\x25'::bytea, now(), ${a.id})`,
    /cannot be superseded already/,
  )
  // The one change allowed, once: the superseded-by link (what POST …/supersede does).
  const c = (
    await must(
      h.call(r.secretariat, {
        method: 'POST',
        url: `/v1/attachments/${a.id}/supersede?fileName=z.pdf`,
        headers: { 'content-type': 'application/pdf' },
        body: minimalPdf('c'),
      }),
      201,
    )
  ).json()
  await refused('the link set again', sql`update attachments set superseded_by = ${c.id} where id = ${a.id}`, /already superseded/)
  await refused('the link removed', sql`update attachments set superseded_by = null where id = ${a.id}`, /already superseded/)
  const [found] = rows<Json>(await db.execute(sql`select sha256, superseded_by from attachments where id = ${a.id}`))
  t.equal(found!.sha256, a.sha256, 'unchanged')
  t.equal(found!.superseded_by, c.id)
})

t.test("reads: each key sees its own years' documents, and the cluster-year filter filters", async (t) => {
  const { h, r, cy } = await setUp(t)
  const other = await decidedYear(h)
  const otherCy = (await must(h.call(h.adminToken, { method: 'GET', url: other.base }), 200)).json()
  const mine = (await must(upload(h, r.secretariat, { kind: 'pact', ownerId: cy.id, fileName: 'a.pdf' }, minimalPdf('a')), 201)).json()
  const theirs = (await must(upload(h, other.secretariat, { kind: 'pact', ownerId: otherCy.id, fileName: 'b.pdf' }, minimalPdf('b')), 201)).json()
  const ids = async (token: string, query: string) =>
    (await must(h.call(token, { method: 'GET', url: `/v1/attachments${query}` }), 200)).json().items.map((a: Json) => a.id)

  t.same(await ids(h.adminToken, `?clusterYearId=${cy.id}`), [mine.id], 'one year only')
  t.same(await ids(h.adminToken, `?clusterYearId=${otherCy.id}`), [theirs.id])
  const auditor = await h.token('auditor')
  t.same(await ids(auditor, ''), [mine.id, theirs.id], 'an auditor reads every year')

  // A member of the first year: its year's documents, not the other's.
  const memberKey = await h.token('submitter', r.ids[2]!)
  t.same(await ids(memberKey, `?clusterYearId=${cy.id}`), [mine.id])
  t.same(await ids(memberKey, `?kind=pact&ownerId=${cy.id}`), [mine.id])
  t.equal((await h.call(memberKey, { method: 'GET', url: `/v1/attachments/${mine.id}` })).statusCode, 200)
  t.equal((await h.call(memberKey, { method: 'GET', url: mine.contentUrl })).statusCode, 200)
  for (const url of [`/v1/attachments/${theirs.id}`, theirs.contentUrl, `/v1/attachments?clusterYearId=${otherCy.id}`, '/v1/attachments']) {
    expectProblem(t, await h.call(memberKey, { method: 'GET', url }), 403, 'OUT_OF_SCOPE')
  }
  // The other year's organiser and secretariat: theirs, not the first year's.
  t.equal((await h.call(other.organizerToken, { method: 'GET', url: `/v1/attachments/${theirs.id}` })).statusCode, 200)
  t.equal((await h.call(other.secretariat, { method: 'GET', url: theirs.contentUrl })).statusCode, 200)
  expectProblem(t, await h.call(other.organizerToken, { method: 'GET', url: `/v1/attachments/${mine.id}` }), 403, 'OUT_OF_SCOPE')
  expectProblem(t, await h.call(other.secretariat, { method: 'GET', url: mine.contentUrl }), 403, 'OUT_OF_SCOPE')
  // Portals never.
  const reader = await h.token('reader')
  expectProblem(t, await h.call(reader, { method: 'GET', url: `/v1/attachments?clusterYearId=${cy.id}` }), 403, 'ROLE_NOT_ALLOWED')
  expectProblem(t, await h.call(h.adminToken, { method: 'GET', url: `/v1/attachments/${r.ids[0]}` }), 404, 'ATTACHMENT_NOT_FOUND')
})
