import t from 'tap'
import { sql } from 'drizzle-orm'
import { auditEvents, submissionValues } from '../../src/db/schema.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { reportingClusterYear } from '../helpers/fixtures.ts'

async function setup(t: Parameters<typeof buildTestApp>[0], check: { allowInternalErrors?: boolean } = {}) {
  const h = await buildTestApp(t, {}, check)
  const r = await reportingClusterYear(h, { members: 3 })
  const codes: string[] = []
  for (const id of r.ids) codes.push((await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${id}` })).json().code)
  const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
  return { h, r, codes, clusterCode }
}

const importJson = (h: TestApp, token: string, items: object[], query = '', headers: Record<string, string> = {}) =>
  h.call(token, { method: 'POST', url: `/v1/submissions/import${query}`, headers, body: { items } })
const importCsv = (h: TestApp, token: string, csv: string, query = '') =>
  h.call(token, { method: 'POST', url: `/v1/submissions/import${query}`, headers: { 'content-type': 'text/csv' }, body: csv })

t.test('JSON import: created, updated, unchanged; replay with Idempotency-Key changes nothing', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (i: number, indicatorCode: string, value: unknown) => ({ committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode, value })
  const items = [row(0, 'HOUSES_BUILT', 120), row(0, 'FUND_RAISED', '157000000000'), row(1, 'HOUSES_BUILT', '80'), row(2, 'NTM_COMMUNES', 12)]

  const first = await importJson(h, h.adminToken, items, '', { 'idempotency-key': 'import-1' })
  t.equal(first.statusCode, 200)
  t.same(first.json().summary, { created: 4, updated: 0, unchanged: 0, rejected: 0 })
  t.ok(first.json().items.every((i: { submissionId: string }) => /^[0-9a-f-]{36}$/.test(i.submissionId)))
  const list = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items
  t.equal(list.length, 3, 'one draft per committee')
  t.ok(list.every((s: { status: string }) => s.status === 'draft'))

  await h.app.auditLog.flush()
  const eventsBefore = (await h.app.db.select().from(auditEvents)).length
  const replay = await importJson(h, h.adminToken, items, '', { 'idempotency-key': 'import-1' })
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.body, first.body)
  await h.app.auditLog.flush()
  t.equal((await h.app.db.select().from(auditEvents)).length, eventsBefore, 'a replay writes nothing')

  const second = await importJson(h, h.adminToken, [row(0, 'HOUSES_BUILT', 120), row(0, 'FUND_RAISED', '160000000000'), row(1, 'NTM_COMMUNES', 3)])
  t.same(
    second.json().items.map((i: { status: string }) => i.status),
    ['unchanged', 'updated', 'created'],
  )
  const s0 = list.find((s: { committeeId: string }) => s.committeeId === r.ids[0])
  const read = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${s0.id}` })).json()
  t.equal(read.values.find((v: { indicatorCode: string }) => v.indicatorCode === 'FUND_RAISED').value, '160000000000')
  t.equal(read.version, 2, 'an import that changes values bumps the version')
})

t.test('CSV import: BOM, CRLF, quotes, blank lines, Vietnamese decimals, row numbers and columns', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/indicators',
    body: { code: 'FUND_BILLIONS', nameVi: 'Quỹ (tỉ đồng)', unit: 'tỷ đồng', valueType: 'decimal' },
  })
  const csv =
    '\ufeffcommitteeCode,clusterCode,year,period,indicatorCode,value,note\r\n' +
    `${codes[0]},${clusterCode},${r.year},FY,HOUSES_BUILT,"6.485","Nhà ""Đại đoàn kết"", toàn tỉnh"\r\n` +
    `${codes[1]},${clusterCode},${r.year},fy,HOUSES_BUILT,"1.234",\r\n` +
    `${codes[2]},${clusterCode},${r.year},FY,HOUSES_BUILT,"12,5",\r\n` +
    `${codes[2]},${clusterCode},${r.year},FY,NTM_COMMUNES,abc,\r\n` +
    `NOPE,${clusterCode},${r.year},FY,HOUSES_BUILT,1,\r\n` +
    `${codes[2]},${clusterCode},2031,FY,HOUSES_BUILT,1,\r\n` +
    '\r\n\r\n'
  const res = await importCsv(h, h.adminToken, csv, '?decimal=comma')
  t.equal(res.statusCode, 207, 'mixed good and bad rows')
  const items = res.json().items
  t.same(
    items.map((i: { row: number; status: string; code?: string; column?: string }) => [i.row, i.status, i.code ?? null, i.column ?? null]),
    [
      [2, 'created', null, null],
      [3, 'created', null, null],
      [4, 'rejected', 'INVALID_VALUE_TYPE', 'value'],
      [5, 'rejected', 'INVALID_DECIMAL', 'value'],
      [6, 'rejected', 'UNKNOWN_COMMITTEE', 'committeeCode'],
      [7, 'rejected', 'UNKNOWN_CLUSTER_YEAR', 'year'],
    ],
  )
  const values = await h.app.db.select().from(submissionValues)
  t.same(values.map((v) => v.value).sort(), ['1234', '6485'], '"6.485" is 6485 in Vietnamese notation')
  t.equal(values.find((v) => v.value === '6485')!.note, 'Nhà "Đại đoàn kết", toàn tỉnh', 'quoted fields with commas and quotes')

  const point = await importCsv(
    h,
    h.adminToken,
    `committeeCode,clusterCode,year,period,indicatorCode,value\n${codes[0]},${clusterCode},${r.year},FY,HOUSES_BUILT,"6.485"\n`,
  )
  t.equal(point.json().items[0].code, 'INVALID_VALUE_TYPE', 'without decimal=comma, 6.485 is a decimal and houses are whole')

  const reordered = await importCsv(
    h,
    h.adminToken,
    `value,indicatorCode,period,year,clusterCode,committeeCode\n"8,05",FUND_BILLIONS,FY,${r.year},${clusterCode},${codes[1]}\n`,
    '?decimal=comma',
  )
  t.equal(reordered.json().items[0].code, 'INDICATOR_NOT_IN_SCHEME', 'columns in any order; 8,05 parsed before the scheme check')

  const missing = await importCsv(h, h.adminToken, 'committeeCode,clusterCode,year,period,value,colour\nx,y,2024,FY,1,red\n')
  t.equal(missing.statusCode, 422)
  t.equal(missing.json().code, 'CSV_COLUMNS_INVALID')
  t.same(missing.json().details, { unknown: ['colour'], missing: ['indicatorCode'] })
  const malformed = await importCsv(h, h.adminToken, `committeeCode,clusterCode,year,period,indicatorCode,value\n${codes[0]},"unclosed,2024,FY,X,1\n`)
  t.equal(malformed.statusCode, 400)
  t.equal(malformed.json().code, 'MALFORMED_CSV')
  const wrongBody = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/submissions/import',
    body: '"committeeCode"' as unknown as object,
    headers: { 'content-type': 'application/json' },
  })
  t.equal(wrongBody.statusCode, 400)
  t.equal(wrongBody.json().code, 'VALIDATION_FAILED', 'a JSON body must be { items }')
  const fields = await importCsv(
    h,
    h.adminToken,
    `committeeCode,clusterCode,year,period,indicatorCode,value,note\n${codes[0]},${clusterCode},24,FY,HOUSES_BUILT,1,\n${codes[0]},${clusterCode},${r.year},Q3,HOUSES_BUILT,1,\n${codes[0]},${clusterCode},${r.year},FY,HOUSES_BUILT,1,${'x'.repeat(2001)}\n,${clusterCode},${r.year},FY,HOUSES_BUILT,1,\n`,
  )
  t.same(
    fields.json().items.map((i: { code: string; column: string }) => [i.code, i.column]),
    [
      ['INVALID_YEAR', 'year'],
      ['INVALID_PERIOD', 'period'],
      ['TOO_LONG', 'note'],
      ['COMMITTEE_ID_OR_CODE_REQUIRED', 'committeeCode'],
    ],
  )
})

t.test('duplicates are rejected; atomic rejects all; dry runs write nothing', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (i: number, indicatorCode: string, value: unknown) => ({ committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode, value })

  const dup = await importJson(h, h.adminToken, [row(0, 'HOUSES_BUILT', 1), row(1, 'HOUSES_BUILT', 2), row(0, 'HOUSES_BUILT', 3)])
  t.equal(dup.statusCode, 207)
  t.same(
    dup.json().items.map((i: { status: string; code?: string }) => i.code ?? i.status),
    ['DUPLICATE_ROW', 'created', 'DUPLICATE_ROW'],
  )
  t.match(dup.json().items[0].message, /item 0, item 2/)
  t.equal((await h.app.db.select().from(submissionValues)).length, 1, 'neither duplicate was applied')

  const valuesBefore = await h.app.db.select().from(submissionValues)
  const atomic = await importJson(h, h.adminToken, [row(2, 'HOUSES_BUILT', 5), row(2, 'NTM_COMMUNES', '1.5')], '?atomic=true')
  t.equal(atomic.statusCode, 422)
  t.equal(atomic.json().code, 'IMPORT_REJECTED')
  t.same(atomic.json().summary, { created: 1, updated: 0, unchanged: 0, rejected: 1 })
  t.equal(atomic.json().items[1].pointer, '/items/1/value')
  t.same(await h.app.db.select().from(submissionValues), valuesBefore, 'an atomic import with a rejection writes nothing')

  await h.app.auditLog.flush()
  const events = (await h.app.db.select().from(auditEvents)).length
  const dry = await importJson(h, h.adminToken, [row(2, 'HOUSES_BUILT', 5), row(1, 'HOUSES_BUILT', 9)], '?dryRun=true')
  t.equal(dry.statusCode, 200)
  t.same(
    dry.json().items.map((i: { status: string }) => i.status),
    ['created', 'updated'],
  )
  t.equal(dry.json().dryRun, true)
  t.same(await h.app.db.select().from(submissionValues), valuesBefore, 'a dry run writes no value')
  await h.app.auditLog.flush()
  t.equal((await h.app.db.select().from(auditEvents)).length, events, 'nor an audit event')
  const drySubmit = await importJson(h, h.adminToken, [row(2, 'HOUSES_BUILT', 5)], '?dryRun=true&submit=true')
  t.equal(drySubmit.statusCode, 200, 'a dry run with submit runs the submit too')
  t.same(await h.app.db.select().from(submissionValues), valuesBefore, 'and still writes nothing')
  t.equal((await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}&status=submitted` })).json().items.length, 0)

  const allBad = await importJson(h, h.adminToken, [row(2, 'NOPE', 5)])
  t.equal(allBad.statusCode, 422, 'every row rejected')
})

t.test('concurrent imports of the same new submissions both land', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const items = (value: number) =>
    codes.map((committeeCode) => ({ committeeCode, clusterCode, year: r.year, period: 'FY', indicatorCode: 'HOUSES_BUILT', value }))
  const [one, two] = await Promise.all([importJson(h, h.adminToken, items(10)), importJson(h, h.adminToken, items(20))])
  t.same([one.statusCode, two.statusCode], [200, 200])
  const subs = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items
  t.equal(subs.length, 3, 'one submission per committee, not two')
})

t.test('permissions per row, locked submissions, submit=true', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (i: number, indicatorCode: string, value: unknown) => ({ committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode, value })
  const submitterA = await h.token('submitter', r.ids[0])

  const scoped = await importJson(h, submitterA, [row(0, 'HOUSES_BUILT', 10), row(1, 'HOUSES_BUILT', 10)])
  t.same(
    scoped.json().items.map((i: { code?: string; status: string }) => i.code ?? i.status),
    ['created', 'OUT_OF_SCOPE'],
  )
  const dryScoped = await importJson(h, submitterA, [row(1, 'HOUSES_BUILT', 10)], '?dryRun=true')
  t.equal(dryScoped.json().items[0].code, 'OUT_OF_SCOPE', 'dry runs check permissions too')
  t.equal((await importJson(h, await h.token('reader'), [row(0, 'HOUSES_BUILT', 1)])).json().code, 'ROLE_NOT_ALLOWED')

  const submitted = await importJson(
    h,
    h.adminToken,
    [row(1, 'HOUSES_BUILT', 20), row(1, 'FUND_RAISED', 1000), row(1, 'NTM_COMMUNES', 3), row(2, 'HOUSES_BUILT', 30), row(2, 'NTM_COMMUNES', 'x')],
    '?submit=true',
  )
  t.equal(submitted.statusCode, 207)
  const subs = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items
  const byCommittee = Object.fromEntries(subs.map((s: { committeeId: string; status: string }) => [s.committeeId, s]))
  t.equal(byCommittee[r.ids[1]].status, 'submitted', 'a clean submission is submitted')
  t.equal(byCommittee[r.ids[1]].revision, 1)
  t.equal(byCommittee[r.ids[2]].status, 'draft', 'one with a rejected row stays a draft')
  t.match(submitted.json().items[3].message, /not submitted/)

  const locked = await importJson(h, h.adminToken, [row(1, 'HOUSES_BUILT', 21)])
  t.equal(locked.json().code, 'IMPORT_REJECTED')
  t.equal(locked.json().items[0].code, 'SUBMISSION_UNDER_REVIEW')
  await h.call(h.adminToken, { method: 'POST', url: `/v1/submissions/${byCommittee[r.ids[1]].id}/accept`, body: {} })
  t.equal((await importJson(h, h.adminToken, [row(1, 'HOUSES_BUILT', 21)])).json().items[0].code, 'SUBMISSION_ACCEPTED')
})

t.test('a large import crosses batches: drafts continued, existing submissions merged, the answer streamed whole', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (committeeCode: string, indicatorCode: string, value: unknown) => ({
    committeeCode,
    clusterCode,
    year: r.year,
    period: 'FY',
    indicatorCode,
    value,
  })
  // Committee 1 already has a draft; committee 0's draft is created by this import.
  t.equal((await importJson(h, h.adminToken, [row(codes[1]!, 'HOUSES_BUILT', 5), row(codes[1]!, 'FUND_RAISED', 100)])).statusCode, 200)

  // 4,500 rows, more than two batches: unknown committees in between (rejected in the checks),
  // committee 0's values on both sides of a batch boundary, committee 1's changed and new values
  // in the third batch.
  const filler = (from: number, n: number) => Array.from({ length: n }, (_, k) => row(`UNKNOWN_${from + k}`, 'HOUSES_BUILT', 1))
  const items = [
    row(codes[0]!, 'HOUSES_BUILT', 10),
    ...filler(0, 2500),
    row(codes[0]!, 'FUND_RAISED', '2500000'),
    ...filler(2500, 1995),
    row(codes[1]!, 'HOUSES_BUILT', 5),
    row(codes[1]!, 'FUND_RAISED', 250),
    row(codes[1]!, 'NTM_COMMUNES', 7),
  ]
  const res = await importJson(h, h.adminToken, items)
  t.equal(res.statusCode, 207)
  const body = res.json()
  t.same(body.summary, { created: 3, updated: 1, unchanged: 1, rejected: 4495 })
  t.equal(body.items.length, items.length, 'one answer per row, in order, across the streamed chunks')
  t.ok(body.items.every((i: { index: number }, k: number) => i.index === k))
  const answer = (k: number) => body.items[k] as { status: string; code?: string; submissionId?: string; pointer?: string }
  t.same(
    [answer(0).status, answer(2501).status, answer(4497).status, answer(4498).status, answer(4499).status],
    ['created', 'created', 'unchanged', 'updated', 'created'],
  )
  t.equal(answer(0).submissionId, answer(2501).submissionId, "committee 0's rows went into one new draft")
  t.same([answer(1).code, answer(1).pointer], ['UNKNOWN_COMMITTEE', '/items/1/committeeCode'])

  const subs = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items
  t.equal(subs.length, 2)
  const s1 = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${answer(4498).submissionId}` })).json()
  t.same(
    s1.values.map((v: { indicatorCode: string; value: string }) => [v.indicatorCode, v.value]),
    [
      ['FUND_RAISED', '250'],
      ['HOUSES_BUILT', '5'],
      ['NTM_COMMUNES', '7'],
    ],
  )
  t.equal(s1.version, 2, 'the merged submission is touched once')

  // The audit log tells the same story and still verifies.
  await h.app.auditLog.flush()
  const events = (await h.app.db.select().from(auditEvents))
    .filter((e) => e.entityType === 'submission')
    .sort((a, b) => a.seq - b.seq)
    .slice(-3)
  t.same(
    events.map((e) => e.action),
    ['submission.created', 'submission.imported', 'submission.imported'],
  )
  t.same(
    (events[1]!.after as { changes: unknown[] }).changes,
    [{ indicatorCode: 'FUND_RAISED', previous: null, value: '2500000' }],
    'the second batch adds to the draft the first created',
  )
  t.same(
    (events[2]!.after as { changes: unknown[] }).changes,
    [
      { indicatorCode: 'FUND_RAISED', previous: '100', value: '250' },
      { indicatorCode: 'NTM_COMMUNES', previous: null, value: '7' },
    ],
    'a merge lists what changed, with the previous values, and not what did not',
  )
  const verify = (await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-events/verify' })).json()
  t.equal(verify.valid, true, 'the chain verifies')
})

t.test('text PostgreSQL cannot store is refused per row (INVALID_TEXT), not with a 500', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (i: number, indicatorCode: string, note: string) => ({
    committeeCode: codes[i],
    clusterCode,
    year: r.year,
    period: 'FY',
    indicatorCode,
    value: 1,
    note,
  })
  const res = await importJson(h, h.adminToken, [
    row(0, 'HOUSES_BUILT', 'ok'),
    row(1, 'HOUSES_BUILT', 'a lone \ud83d surrogate'),
    row(2, 'HOUSES_BUILT', 'a NUL \u0000 byte'),
  ])
  t.equal(res.statusCode, 207)
  t.same(
    res.json().items.map((i: { status: string; code?: string; pointer?: string }) => [i.status, i.code ?? null, i.pointer ?? null]),
    [
      ['created', null, null],
      ['rejected', 'INVALID_TEXT', '/items/1/note'],
      ['rejected', 'INVALID_TEXT', '/items/2/note'],
    ],
  )
  const codeWithNul = await importJson(h, h.adminToken, [{ ...row(0, 'FUND_RAISED', ''), committeeCode: 'X\u0000' }])
  t.same([codeWithNul.statusCode, codeWithNul.json().items[0].code], [422, 'INVALID_TEXT'], 'a code with a NUL is never looked up')
})

t.test('a batch statement that fails mid-import: the import answers with that failure, writes nothing, and the service goes on', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t, { allowInternalErrors: true })
  // Stands in for any failure inside PostgreSQL during a batch's statement.
  await h.app.db.execute(
    sql.raw(`
    create function refuse_424242() returns trigger language plpgsql as $$
    begin
      if new.value = 424242 then raise exception 'refused by the test'; end if;
      return new;
    end $$`),
  )
  await h.app.db.execute(sql.raw('create trigger refuse_424242 before insert on submission_values for each row execute function refuse_424242()'))
  const lines = ['committeeCode,clusterCode,year,period,indicatorCode,value,note', `${codes[0]},${clusterCode},${r.year},FY,HOUSES_BUILT,424242,`]
  // Rows after it, so that later batches are read and checked after the failing statement was sent.
  for (let k = 0; k < 6000; k++) lines.push(`UNKNOWN_${k},${clusterCode},${r.year},FY,HOUSES_BUILT,1,`)
  const res = await importCsv(h, h.adminToken, lines.join('\r\n'))
  t.equal(res.statusCode, 500)
  t.equal(res.json().code, 'INTERNAL_ERROR')
  t.equal((await h.app.db.select().from(submissionValues)).length, 0, 'nothing was written')
  const after = await importJson(h, h.adminToken, [
    { committeeCode: codes[0], clusterCode, year: r.year, period: 'FY', indicatorCode: 'HOUSES_BUILT', value: 7 },
  ])
  t.equal(after.statusCode, 200, 'and the service goes on')
})

t.test('notes are audited with the values: a note-only change records the note it replaced', async (t) => {
  const { h, r, codes, clusterCode } = await setup(t)
  const row = (value: unknown, note: string | null) => ({
    committeeCode: codes[0],
    clusterCode,
    year: r.year,
    period: 'FY',
    indicatorCode: 'HOUSES_BUILT',
    value,
    note,
  })
  const lastChanges = async () => {
    await h.app.auditLog.flush()
    const events = (await h.app.db.select().from(auditEvents)).filter((e) => e.entityType === 'submission').sort((a, b) => a.seq - b.seq)
    return (events.at(-1)!.after as { changes: unknown[] }).changes
  }
  t.equal((await importJson(h, h.adminToken, [row(5, 'Số liệu sơ bộ')])).statusCode, 200)
  t.same(await lastChanges(), [{ indicatorCode: 'HOUSES_BUILT', note: 'Số liệu sơ bộ', previous: null, value: '5' }])
  const noteOnly = await importJson(h, h.adminToken, [row(5, 'Đã rà soát')])
  t.equal(noteOnly.json().items[0].status, 'updated', 'a new note alone is a change')
  t.same(await lastChanges(), [{ indicatorCode: 'HOUSES_BUILT', note: 'Đã rà soát', previous: '5', previousNote: 'Số liệu sơ bộ', value: '5' }])
  t.equal((await importJson(h, h.adminToken, [row(6, null)])).json().items[0].status, 'updated')
  t.same(
    await lastChanges(),
    [{ indicatorCode: 'HOUSES_BUILT', note: null, previous: '5', previousNote: 'Đã rà soát', value: '6' }],
    'a note taken away is recorded too',
  )
  t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-events/verify' })).json().valid, true)
})

t.test(
  'imports into different cluster-years run side by side; two into the same one queue on it',
  { skip: process.env.DATABASE_URL ? false : 'PGlite runs one transaction at a time' },
  async (t) => {
    const h = await buildTestApp(t)
    const years = []
    for (let k = 0; k < 2; k++) {
      const r = await reportingClusterYear(h, { members: 2 })
      const codes: string[] = []
      for (const id of r.ids) codes.push((await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${id}` })).json().code)
      const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
      const cyId = (await h.call(h.adminToken, { method: 'GET', url: r.base })).json().id as string
      years.push({
        items: codes.map((committeeCode) => ({ committeeCode, clusterCode, year: r.year, period: 'FY', indicatorCode: 'HOUSES_BUILT', value: 7 })),
        cyId,
      })
    }
    const [a, b] = years as [(typeof years)[0], (typeof years)[0]]
    // Another session holds what an import into A holds while it runs (the import's queue lock).
    const pg = await import('pg')
    const holder = new pg.default.Client({ connectionString: h.config.DATABASE_URL })
    await holder.connect()
    t.teardown(() => holder.end())
    await holder.query('begin')
    await holder.query('select pg_advisory_xact_lock(hashtextextended($1, 7402118001))', [a.cyId])

    const intoA = importJson(h, h.adminToken, a.items)
    // Wait (without a deadline) until the import into A is queued behind the holder.
    for (;;) {
      const { rows } = await holder.query(`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`)
      if (rows[0].n > 0) break
      await new Promise((r) => setTimeout(r, 10))
    }
    const intoB = await importJson(h, h.adminToken, b.items)
    t.equal(intoB.statusCode, 200, 'the import into B ran while A was held')
    t.same(intoB.json().summary, { created: 2, updated: 0, unchanged: 0, rejected: 0 })
    let aDone = false
    void intoA.then(() => (aDone = true))
    await new Promise((r) => setTimeout(r, 50))
    t.equal(aDone, false, 'the import into A still waits for its cluster-year')
    await holder.query('commit')
    const answered = await intoA
    t.equal(answered.statusCode, 200)
    t.same(answered.json().summary, { created: 2, updated: 0, unchanged: 0, rejected: 0 })
  },
)
