import t from 'tap'
import { and, eq } from 'drizzle-orm'
import { auditEvents, clusterYears } from '../../src/db/schema.ts'
import { buildTestApp } from '../helpers/app.ts'
import { reportingClusterYear } from '../helpers/fixtures.ts'

// submit=true submits every clean submission of an import together (submitMany); each must end
// exactly as `POST /v1/submissions/{id}/submit` leaves one: status, revision, its stored copy of
// the values, who submitted it, lateness, its event and the ranking's inputs marked changed.
t.test('an import with submit=true submits each clean submission as a single submit would', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { members: 6 })
  const codes: string[] = []
  for (const id of r.ids) codes.push((await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${id}` })).json().code)
  const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
  const complete = (i: number, houses: number) => [
    { committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode: 'HOUSES_BUILT', value: houses },
    { committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode: 'FUND_RAISED', value: '1500000000' },
    { committeeCode: codes[i], clusterCode, year: r.year, period: 'FY', indicatorCode: 'NTM_COMMUNES', value: 4, note: 'Đã rà soát' },
  ]
  const importer = h.adminToken
  const post = (items: object[], query: string, token = h.adminToken) =>
    h.call(token, { method: 'POST', url: `/v1/submissions/import${query}`, body: { items } })

  // Drafts for members 2, 3 (to be merged into) and 5 (submitted alone, the reference).
  t.equal((await post([...complete(2, 1).slice(0, 2), ...complete(3, 1).slice(0, 1), ...complete(5, 50)], '')).statusCode, 200)
  const listed = async () =>
    Object.fromEntries(
      (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` }))
        .json()
        .items.map((s: { committeeId: string }) => [s.committeeId, s]),
    ) as Record<string, { id: string; status: string; revision: number; version: number; late: boolean }>
  const reference = (await listed())[r.ids[5]!]!
  t.equal((await h.call(importer, { method: 'POST', url: `/v1/submissions/${reference.id}/submit` })).statusCode, 200)
  const inputsVersion = async () =>
    (
      await h.app.db
        .select({ v: clusterYears.inputsVersion })
        .from(clusterYears)
        .where(and(eq(clusterYears.clusterId, r.cluster.id), eq(clusterYears.year, r.year)))
    )[0]!.v
  const inputsBefore = await inputsVersion()

  // Members 0 and 1 new, 2 and 3 merged into their drafts, 4 incomplete (one indicator missing).
  const res = await post(
    [...complete(0, 10), ...complete(1, 11), ...complete(2, 12), ...complete(3, 13), ...complete(4, 14).slice(0, 2)],
    '?submit=true',
    importer,
  )
  t.equal(res.statusCode, 200)
  t.same(res.json().summary, { created: 11, updated: 2, unchanged: 1, rejected: 0 })
  const incompleteRows = res.json().items.slice(12) as { message: string }[]
  t.ok(
    incompleteRows.every((i) => /NTM_COMMUNES/.test(i.message)),
    'the incomplete one says which indicator it lacks',
  )

  const after = await listed()
  t.equal(after[r.ids[4]!]!.status, 'draft', 'the incomplete one stays a draft')
  t.equal(after[r.ids[4]!]!.revision, 0)
  const revisionsOf = async (id: string) => (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${id}/revisions` })).json().items
  const ref = (await revisionsOf(reference.id))[0]
  for (const i of [0, 1, 2, 3]) {
    const s = after[r.ids[i]!]!
    t.match(s, { status: 'submitted', revision: 1, late: false }, `member ${i} submitted`)
    const read = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${s.id}` })).json()
    const [revision, ...more] = await revisionsOf(s.id)
    t.equal(more.length, 0)
    t.same(
      revision.values,
      read.values.map((v: { indicatorCode: string; value: string; note: string | null; evidenceUrl: string | null }) => ({
        indicatorCode: v.indicatorCode,
        value: v.value,
        note: v.note,
        evidenceUrl: v.evidenceUrl,
      })),
      `member ${i}: revision 1 holds the values as submitted`,
    )
    t.same(
      [revision.revision, revision.late, revision.submittedBy],
      [ref.revision, ref.late, ref.submittedBy],
      `member ${i}: revision as a single submit writes it`,
    )
    t.equal(read.submittedAt, revision.submittedAt)
  }

  await h.app.auditLog.flush()
  const submittedEvents = (await h.app.db.select().from(auditEvents)).filter((e) => e.action === 'submission.submitted')
  const single = submittedEvents.find((e) => e.entityId === reference.id)!
  const bulk = submittedEvents.filter((e) => e.entityId !== reference.id)
  t.same(bulk.map((e) => e.entityId).sort(), [0, 1, 2, 3].map((i) => after[r.ids[i]!]!.id).sort(), 'one event per submission submitted, none for the draft')
  for (const e of bulk) t.same([e.before, e.after, e.actorKeyId], [single.before, single.after, single.actorKeyId], 'each event as a single submit records it')
  const inputsAfter = await inputsVersion()
  t.ok(inputsAfter > inputsBefore, "the ranking's inputs are marked changed")
})

t.test('submit=true with one submission named by code in one batch and by id in a later one: submitted once', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { members: 2 })
  const code = (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${r.ids[0]}` })).json().code as string
  const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
  const at = { clusterCode, year: r.year, period: 'FY' }
  const items = [
    { ...at, committeeCode: code, indicatorCode: 'HOUSES_BUILT', value: 10 },
    { ...at, committeeCode: code, indicatorCode: 'FUND_RAISED', value: '1500000000' },
    // Enough rows between for the last one to be written by a later statement (1,000 rows each).
    ...Array.from({ length: 1000 }, (_, i) => ({ ...at, committeeCode: `UNKNOWN_${i}`, indicatorCode: 'HOUSES_BUILT', value: 1 })),
    { ...at, committeeId: r.ids[0], indicatorCode: 'NTM_COMMUNES', value: 4 },
  ]
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions/import?submit=true', body: { items } })
  t.equal(res.statusCode, 207)
  t.same(res.json().summary, { created: 3, updated: 0, unchanged: 0, rejected: 1000 })
  const subs = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items
  t.same(
    subs.map((s: { status: string; revision: number }) => [s.status, s.revision]),
    [['submitted', 1]],
    'one submission, submitted once',
  )
  await h.app.auditLog.flush()
  t.equal((await h.app.db.select().from(auditEvents)).filter((e) => e.action === 'submission.submitted').length, 1, 'one event')
})

t.test('submit=true: a rejected row holds its submission back whichever naming (code or id) it uses', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { members: 2 })
  const code = (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${r.ids[0]}` })).json().code as string
  const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
  const at = { clusterCode, year: r.year, period: 'FY' }
  for (const [good, bad] of [
    [{ committeeCode: code }, { committeeId: r.ids[0] }],
    [{ committeeId: r.ids[1] }, { committeeCode: undefined as string | undefined }],
  ] as const) {
    const badNaming =
      'committeeCode' in bad && bad.committeeCode === undefined
        ? { committeeCode: (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${r.ids[1]}` })).json().code }
        : bad
    const items = [
      { ...at, ...good, indicatorCode: 'HOUSES_BUILT', value: 10 },
      { ...at, ...good, indicatorCode: 'FUND_RAISED', value: '1500000000' },
      { ...at, ...good, indicatorCode: 'NTM_COMMUNES', value: 4 },
      // The same submission under its other name: an indicator that does not exist.
      { ...at, ...badNaming, indicatorCode: 'NO_SUCH_INDICATOR', value: 4 },
    ]
    const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions/import?submit=true', body: { items } })
    t.equal(res.statusCode, 207)
    t.same(res.json().summary, { created: 3, updated: 0, unchanged: 0, rejected: 1 })
    const saved = res.json().items.slice(0, 3) as { message?: string; submissionId: string }[]
    t.ok(
      saved.every((i) => /not submitted because other rows of this submission were rejected/.test(i.message ?? '')),
      'the saved rows say why their submission was not submitted',
    )
    const read = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${saved[0]!.submissionId}` })).json()
    t.equal(read.status, 'draft', 'the submission stays a draft')
  }
  await h.app.auditLog.flush()
  t.equal((await h.app.db.select().from(auditEvents)).filter((e) => e.action === 'submission.submitted').length, 0, 'nothing submitted')
})
