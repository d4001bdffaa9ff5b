import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/ctd-verify.ts'
import { manualClock } from '../../src/lib/clock.ts'
import { buildTestApp } from '../helpers/app.ts'
import { rankByHouses, reportingClusterYear, scoredClusterYear } from '../helpers/fixtures.ts'

const DAY = 86_400_000
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** `ctd-verify export` on the bundle, in process: its --json report. */
function verify(dir: string, doc: string, keysFile: string): { ok: boolean; failed: string[] } {
  const file = join(dir, `bundle-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, doc)
  let out = ''
  main(['export', file, `--key=${keysFile}`, '--json'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => {} } })
  const r = JSON.parse(out) as { ok: boolean; checks?: { name: string; ok: boolean }[]; error?: string }
  if (r.error) return { ok: r.ok, failed: [r.error] }
  return { ok: r.ok, failed: (r.checks ?? []).filter((c) => !c.ok).map((c) => c.name) }
}

t.test('the export carries the objection window, the objections with their answers and events, and every return with its reason', async (t) => {
  const clock = manualClock(new Date())
  const h = await buildTestApp(t, {}, { clock })
  const dir = t.testdir({})
  const keysFile = join(dir, 'keys.json')

  // A scored year: the window opened, two objections filed, one accepted with its correction, one rejected.
  const r = await scoredClusterYear(h, { scheme: rankByHouses(), values: [{ HOUSES_BUILT: 300 }, { HOUSES_BUILT: 200 }, { HOUSES_BUILT: 100 }] })
  const [head, second, third] = r.ids as [string, string, string]
  const organizer = await h.token('organizer', r.organizer.id)
  const secretariat = await h.token('secretariat', head)
  t.equal((await h.call(organizer, { method: 'POST', url: `${r.base}/objection-window`, body: { days: 3 } })).statusCode, 201)
  const file = async (committeeId: string, body: object) =>
    (await h.call(await h.token('submitter', committeeId), { method: 'POST', url: `${r.base}/objections`, body: { committeeId, ...body } })).json()
  const a = await file(second, { subjectCommitteeId: head, reason: 'Số nhà của đơn vị đứng đầu chưa được xác minh' })
  const b = await file(third, { subjectCommitteeId: third, criterionCode: 'HOUSES', reason: 'Thiếu 12 căn nhà bàn giao tháng 12' })
  t.equal(
    (await h.call(secretariat, { method: 'POST', url: `${r.base}/objections/${a.id}/answer`, body: { outcome: 'rejected', reason: 'Đã xác minh đủ hồ sơ' } }))
      .statusCode,
    200,
  )
  t.equal(
    (
      await h.call(secretariat, {
        method: 'POST',
        url: `${r.base}/objections/${b.id}/answer`,
        body: { outcome: 'accepted', reason: 'Chấp nhận', correction: 'Bổ sung 12 căn theo biên bản bàn giao' },
      })
    ).statusCode,
    200,
  )
  clock.advance(4 * DAY)

  const res = await h.call(h.adminToken, { method: 'GET', url: `/v1/exports/cluster-years/${r.cluster.id}/${r.year}` })
  writeFileSync(keysFile, (await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-log/keys' })).body)
  t.equal(res.statusCode, 200)
  const bundle = (res.json() as Json).bundle as Json
  t.ok(bundle.clusterYear.objectionsOpenAt && bundle.clusterYear.objectionsCloseAt, 'the window')
  t.same(
    bundle.objections.map((o: Json) => [o.id, o.committeeId, o.subjectCommitteeId, o.criterionCode, o.status, o.answer, o.correction]),
    [
      [a.id, second, head, null, 'rejected', 'Đã xác minh đủ hồ sơ', null],
      [b.id, third, third, 'HOUSES', 'accepted', 'Chấp nhận', 'Bổ sung 12 căn theo biên bản bàn giao'],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    'every objection with its answer',
  )
  const objectionEvents = bundle.auditLog.events.filter((e: Json) => e.event.entityType === 'objection').map((e: Json) => e.event.action)
  t.same(objectionEvents.sort(), ['objection.accepted', 'objection.filed', 'objection.filed', 'objection.rejected'], 'and their events, proven')
  t.same(verify(dir, res.body, keysFile), { ok: true, failed: [] }, 'ctd-verify accepts it')

  // Another year: a submission returned twice, each time with its reason, then accepted.
  const y = await reportingClusterYear(h, { members: 2 })
  const submitter = await h.token('submitter', y.ids[0])
  const created = (
    await h.call(submitter, {
      method: 'POST',
      url: '/v1/submissions',
      body: {
        clusterId: y.cluster.id,
        year: y.year,
        period: 'FY',
        committeeId: y.ids[0],
        values: [
          { indicatorCode: 'HOUSES_BUILT', value: '10' },
          { indicatorCode: 'FUND_RAISED', value: '1000' },
          { indicatorCode: 'NTM_COMMUNES', value: '2' },
        ],
      },
    })
  ).json()
  const reviewer = await h.token('secretariat', y.ids[0])
  for (const reason of ['Thiếu biên bản nghiệm thu', 'Số liệu quỹ chưa khớp sổ sách']) {
    t.equal((await h.call(submitter, { method: 'POST', url: `/v1/submissions/${created.id}/submit` })).statusCode, 200)
    t.equal((await h.call(reviewer, { method: 'POST', url: `/v1/submissions/${created.id}/return`, body: { reason } })).statusCode, 200)
  }
  const exported = await h.call(h.adminToken, { method: 'GET', url: `/v1/exports/cluster-years/${y.cluster.id}/${y.year}` })
  t.equal(exported.statusCode, 200)
  const s = ((exported.json() as Json).bundle.submissions as Json[]).find((x) => x.id === created.id)!
  t.same(
    s.returns.map((x: Json) => [x.revision, x.reason]),
    [
      [1, 'Thiếu biên bản nghiệm thu'],
      [2, 'Số liệu quỹ chưa khớp sổ sách'],
    ],
    'both returns, with the revision returned and the reason',
  )
  t.same(verify(dir, exported.body, keysFile), { ok: true, failed: [] }, 'ctd-verify accepts it')
})
