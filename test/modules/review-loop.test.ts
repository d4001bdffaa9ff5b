import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { createIndicators, createAwardTypes, createCluster, organizerWithMembers, putYear } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

const scheme = {
  criteria: [{ code: 'HOUSES', title: 'Nhà', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '100', indicatorCode: 'HOUSES_BUILT' }],
  bonusCap: '0',
  penaltyCap: '0',
  tieBreakGroups: ['A'],
  latePenalty: null,
  classificationBands: [],
  awardRules: [{ awardTypeCode: 'BANG_KHEN', maxCount: 1 }],
}

t.test('after FY closes early: finalisation waits for review, a returned submission can be corrected, drafts do not block', async (t) => {
  const h = await buildTestApp(t)
  const admin = h.adminToken
  await createIndicators(h)
  const { organizer, members } = await organizerWithMembers(h, 3)
  const [a, b, c] = members.map((m) => m.id) as [string, string, string]
  await createAwardTypes(h, organizer.id, [{ code: 'BANG_KHEN', nameVi: 'Bằng khen', nameEn: 'Certificate of merit', precedence: 1 }])
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  await putYear(h, cluster.id, 2024, { members: [a, b, c], headId: a })
  const base = `/v1/clusters/${cluster.id}/years/2024`
  await h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: scheme })
  await h.call(admin, {
    method: 'POST',
    url: `${base}/pact/sign`,
    body: { signedAt: '2024-01-10T00:00:00Z', venue: 'x', signatories: [a, b, c].map((committeeId) => ({ committeeId, signerName: 'A', title: 'B' })) },
  })
  await h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, body: { opensAt: '2024-01-01T00:00:00Z', closesAt: '2024-07-15T00:00:00Z' } })
  await h.call(admin, {
    method: 'PUT',
    url: `${base}/periods/FY`,
    body: { opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: '2099-01-01T00:00:00Z' },
  })

  const create = async (committeeId: string, value: number) =>
    (
      await h.call(admin, {
        method: 'POST',
        url: '/v1/submissions',
        body: { clusterId: cluster.id, year: 2024, period: 'FY', committeeId, values: [{ indicatorCode: 'HOUSES_BUILT', value }] },
      })
    ).json()
  const sa = await create(a, 100)
  const sb = await create(b, 90)
  await create(c, 80) // stays a draft: never submitted
  await h.call(admin, { method: 'POST', url: `/v1/submissions/${sa.id}/submit` })
  await h.call(admin, { method: 'POST', url: `/v1/submissions/${sb.id}/submit` })

  const open = await h.call(admin, { method: 'POST', url: `${base}/ranking/finalize` })
  t.equal(open.statusCode, 409)
  t.same(
    open.json().details.blockers.map((x: { code: string }) => x.code),
    ['FY_NOT_CLOSED', 'SUBMISSIONS_NOT_ACCEPTED'],
  )

  t.equal((await h.call(admin, { method: 'POST', url: `${base}/periods/FY/close` })).statusCode, 200)
  const secretariat = await h.token('secretariat', a)
  await h.call(secretariat, { method: 'POST', url: `/v1/submissions/${sa.id}/accept`, body: {} })
  const returned = await h.call(secretariat, { method: 'POST', url: `/v1/submissions/${sb.id}/return`, body: { reason: 'Sai số liệu' } })
  t.equal(returned.json().lock.editable, true, 'the returned submission stays correctable after the window')
  const pending = (await h.call(admin, { method: 'POST', url: `${base}/ranking/finalize` })).json()
  t.same(
    pending.details.blockers.map((x: { code: string }) => x.code),
    ['SUBMISSIONS_NOT_ACCEPTED'],
    'the draft does not block; the returned one does',
  )
  t.same(
    pending.details.blockers[0].details.submissions.map((s: { id: string }) => s.id),
    [sb.id],
  )

  const submitterB = await h.token('submitter', b)
  const fixed = await h.call(submitterB, {
    method: 'PATCH',
    url: `/v1/submissions/${sb.id}`,
    headers: { 'if-match': returned.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 95 }] },
  })
  t.equal(fixed.statusCode, 200)
  t.equal((await h.call(submitterB, { method: 'POST', url: `/v1/submissions/${sb.id}/submit` })).statusCode, 200)
  await h.call(secretariat, { method: 'POST', url: `/v1/submissions/${sb.id}/accept`, body: {} })
  const c2 = await h.call(await h.token('submitter', c), {
    method: 'POST',
    url: '/v1/submissions',
    body: { clusterId: cluster.id, year: 2024, period: 'FY', committeeId: c, values: [] },
  })
  expectConflict(t, c2, 'SUBMISSION_EXISTS')

  t.equal((await h.call(admin, { method: 'POST', url: `/v1/clusters/${cluster.id}/years/2024/award-proposals/generate` })).json().code, 'RANKING_NOT_FINAL')
  const final = await h.call(secretariat, { method: 'POST', url: `${base}/ranking/finalize` })
  t.equal(final.statusCode, 200)
  const memberC = final.json().members.find((m: { committeeId: string }) => m.committeeId === c)
  t.same(memberC.eligibility.reasons, ['MISSING_FY_SUBMISSION'], 'a member without an accepted FY submission is ranked but not eligible')
  t.equal(
    (await h.call(admin, { method: 'POST', url: `${base}/periods/H1/close` })).json().code,
    'CLUSTER_YEAR_NOT_REPORTING',
    'a finalised year takes no period changes',
  )
})
