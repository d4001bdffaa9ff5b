import t, { type Test } from 'tap'
import { spawnSync } from 'node:child_process'
import { createPublicKey } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/ctd-verify.ts'
import { formatVerifierKey, verifierKeyOf } from '../../src/lib/tlog/note.ts'
import { buildTestApp, testSigner, type TestApp } from '../helpers/app.ts'
import { organizerWithMembers, reportingClusterYear } from '../helpers/fixtures.ts'
import { decidedYear, must } from '../helpers/export-cycle.ts'
import { exportRepository } from '../../src/modules/exports/repository.ts'
import { SLICING } from '../../src/modules/exports/bundle.ts'
import { sql } from 'drizzle-orm'
import { manualClock } from '../../src/lib/clock.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

interface Verdict {
  code: number
  ok: boolean
  failed: string[]
  detail: Record<string, string>
  text: string
}

/** Runs `ctd-verify export <file> --key …` in process and reads its --json report. */
function verify(dir: string, name: string, doc: unknown, key: string | string[]): Verdict {
  const file = join(dir, name)
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc))
  let out = ''
  let err = ''
  // --key=… : a PEM's first line starts with dashes, which an option's separate value may not.
  const keys = (Array.isArray(key) ? key : [key]).map((k) => `--key=${k}`)
  const code = main(['export', file, ...keys, '--json'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } })
  const r = JSON.parse(out) as { ok: boolean; checks?: { name: string; ok: boolean; detail: string }[]; error?: string }
  const checks = r.checks ?? []
  let text = ''
  main(['export', file, ...keys], { stdout: { write: (s: string) => (text += s) }, stderr: { write: () => {} } })
  return {
    code,
    ok: r.ok,
    failed: checks.filter((c) => !c.ok).map((c) => c.name),
    detail: Object.fromEntries(checks.map((c) => [c.name, c.detail])),
    text: text + err,
  }
}

const exportUrl = (clusterId: string, year: number) => `/v1/exports/cluster-years/${clusterId}/${year}`

/** The cycle and a first bundle, per app (one app per database kind). */
async function setUp(t: Test) {
  const h = await buildTestApp(t)
  const r = await decidedYear(h)
  const res = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
  const signer = testSigner(h.config.AUDIT_LOG_ORIGIN)
  const vkey = formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))
  const dir = t.testdir({ 'keys.json': (await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-log/keys' })).body })
  return { h, r, res, vkey, dir, keysFile: join(dir, 'keys.json') }
}

t.test('a year driven through its whole cycle exports a bundle that ctd-verify accepts, and every tampering is named', async (t) => {
  const { h, r, res, vkey, dir, keysFile } = await setUp(t)
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^application\/json/)
  const doc = res.json() as Json
  t.equal(res.headers.etag, `"${doc.digest}"`, 'the ETag is the digest')
  t.same(Object.keys(doc), ['bundle', 'digest', 'signature'], 'digest and signature last, in canonical order')

  t.test('the bundle holds the year', async (t) => {
    const b = doc.bundle
    t.equal(b.formatVersion, 'ctd-cluster-year-export/1')
    t.equal(b.clusterYear.status, 'closed')
    t.equal(b.members.length, 4)
    t.equal(b.ranking.final, true)
    t.equal(b.ranking.source, 'frozen')
    t.equal(b.finalization.inputsDigest, b.ranking.view.inputsDigest)
    // The frozen view as GET …/ranking serves it (which gives the year's status now), member by member;
    // the reform's warnings are the year's as it is now, not part of what was frozen.
    const served = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/years/${r.year}/ranking` })).json()
    const { computedAt: _c, status: _s, warnings: _w, ...frozen } = served
    const { status: _b, ...carried } = b.ranking.view
    t.same(carried, frozen, 'the frozen ranking, whole')
    t.ok(
      b.ranking.view.members.every((m: Json) => m.lines.length > 0),
      'every member with its criterion lines',
    )
    // The frozen members are read in pages: any page size gives the same members in the same order.
    const repo = exportRepository(h.app.db)
    for (const size of [1, 3, 4]) {
      const paged: unknown[] = []
      for (let after = 0; ; after += size) {
        const page = await repo.frozenRankedMembers(b.clusterYear.id, after, size)
        paged.push(...page)
        if (page.length < size) break
      }
      t.same(paged, b.ranking.view.members, `pages of ${size}`)
    }
    t.equal(b.submissions.length, 4)
    t.equal(b.submissions[0].values.length, 3)
    t.equal(b.submissions[0].revisions.length, 1, 'the revision stored at submit')
    t.equal(b.assessments.length, 4)
    t.equal(b.adjustments[0].type, 'bonus')
    t.same(b.awardProposals.map((p: Json) => p.awardTypeCode).sort(), ['BANG_KHEN', 'CO_XUAT_SAC', 'CO_XUAT_SAC_TOAN_DIEN'])
    t.same(
      b.awardDecisions.map((d: Json) => d.action),
      ['submit', 'approve', 'submit', 'approve', 'submit', 'approve'],
    )
    t.equal(b.handovers.length, 1, 'the handover to the next year')
    t.equal(b.handovers[0].incomingHeadId, r.ids[1])
    t.ok(
      b.committees.some((c: Json) => c.id === r.organizer.id),
      'the organiser is among the committees',
    )
    const actions = new Set(b.auditLog.events.map((e: Json) => e.event.action))
    for (const a of [
      'cluster_year.created',
      'submission.accepted',
      'assessment.recorded',
      'adjustment.created',
      'ranking.finalized',
      'award_proposal.approve',
      'handover.recorded',
    ])
      t.ok(actions.has(a), `the audit log holds ${a}`)
    const seqs = b.auditLog.events.map((e: Json) => e.event.seq)
    t.ok(Math.max(...seqs) <= b.auditLog.checkpoint.treeSize, 'the checkpoint covers every event')
  })

  t.test('ctd-verify accepts it with the keys as served, a verifier key or a PEM public key', async (t) => {
    const v = verify(dir, 'bundle.json', res.body, keysFile)
    t.equal(v.code, 0, v.text)
    t.same(v.failed, [])
    t.match(v.text, /✓ ĐẠT \/ PASS/)
    t.match(v.text, /Chấm điểm và xếp hạng tính lại khớp \/ scoring and ranking re-run match/)
    t.equal(verify(dir, 'bundle.json', res.body, vkey).code, 0)
    const signer = testSigner(h.config.AUDIT_LOG_ORIGIN)
    const pem = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signer.publicKey.toString('base64url') }, format: 'jwk' })
      .export({ format: 'pem', type: 'spki' })
      .toString()
    writeFileSync(join(dir, 'key.pem'), pem)
    t.equal(verify(dir, 'bundle.json', res.body, join(dir, 'key.pem')).code, 0, 'a PEM file')
    t.equal(verify(dir, 'bundle.json', res.body, pem).code, 0, 'PEM text')
    const other = formatVerifierKey(verifierKeyOf(signer.name, Buffer.alloc(32, 7)))
    const wrongKey = verify(dir, 'bundle.json', res.body, other)
    t.equal(wrongKey.code, 1)
    t.same(wrongKey.failed, ['signature', 'checkpoint-signature', 'inclusion'], 'nothing signed by the key given')
    const bin = spawnSync(process.execPath, ['bin/ctd-verify.js', 'export', join(dir, 'bundle.json'), '--key', vkey], { cwd: ROOT, encoding: 'utf8' })
    t.equal(bin.status, 0, bin.stderr)
    t.match(bin.stdout, /ĐẠT \/ PASS/)
  })

  t.test('the same bytes on every call; 304 with the ETag', async (t) => {
    const again = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
    t.equal(again.body, res.body, 'byte for byte')
    const upper = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id.toUpperCase(), r.year) })
    t.equal(upper.body, res.body, 'the cluster named in capitals: the same bundle, signed for the year as stored')
    const cached = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year), headers: { 'if-none-match': res.headers.etag as string } })
    t.equal(cached.statusCode, 304)
    t.equal(cached.body, '')
    t.equal(cached.headers.etag, res.headers.etag)
    const stale = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year), headers: { 'if-none-match': '"0000"' } })
    t.equal(stale.statusCode, 200)
  })

  t.test('one thing changed at a time: the verifier fails and names it', async (t) => {
    const tampered = (change: (b: Json, d: Json) => void) => {
      const copy = JSON.parse(res.body) as Json
      change(copy.bundle, copy)
      return copy
    }
    const member = (id: string) => doc.bundle.members.find((m: Json) => m.committeeId === id).code as string
    const cases: { what: string; change: (b: Json, d: Json) => void; fails: string[]; says: Record<string, RegExp> }[] = [
      {
        what: 'an official value',
        change: (b) => {
          const s = b.submissions.find((x: Json) => x.committeeId === r.ids[1])
          s.values.find((v: Json) => v.indicatorCode === 'HOUSES_BUILT').officialValue = '60'
        },
        fails: ['digest', 'signature', 'inputs-digest', 'ranking'],
        says: { ranking: new RegExp(`${member(r.ids[1]!)}: .*criterion HOUSES points`) },
      },
      {
        what: 'an assessment score',
        change: (b) => {
          const a = b.assessments.find((x: Json) => x.assessorId === r.ids[0])
          a.scores.find((s: Json) => s.targetId === r.ids[3]).score = '20'
        },
        fails: ['digest', 'signature', 'inputs-digest', 'ranking'],
        says: { ranking: new RegExp(`${member(r.ids[3]!)}: .*criterion PEER`) },
      },
      {
        what: 'a bonus',
        change: (b) => void (b.adjustments[0].points = '5'),
        fails: ['digest', 'signature', 'inputs-digest', 'ranking'],
        says: { ranking: new RegExp(`${member(r.ids[2]!)}: bonus`) },
      },
      {
        what: 'the order of two members in the ranking',
        change: (b) => {
          const m = b.ranking.view.members
          ;[m[0], m[1]] = [m[1], m[0]]
        },
        fails: ['digest', 'signature', 'ranking'],
        says: { ranking: /position 1: .* is listed, recomputed/ },
      },
      {
        what: "an award's type",
        change: (b) => void (b.awardProposals.find((p: Json) => p.committeeId === r.ids[1]).awardTypeCode = 'CO_XUAT_SAC_TOAN_DIEN'),
        fails: ['digest', 'signature', 'awards', 'quotas'],
        says: { awards: new RegExp(`${member(r.ids[1]!)}: proposed CO_XUAT_SAC_TOAN_DIEN, allocation gives CO_XUAT_SAC`), quotas: /QUOTA_EXCEEDED/ },
      },
      {
        what: 'a decision number',
        change: (b) => void (b.awardDecisions.find((d: Json) => d.action === 'approve').decisionNumber = '999/QĐ-MTTW-BTT'),
        fails: ['digest', 'signature', 'decisions-logged'],
        says: { 'decisions-logged': /decisionNumber "999\/QĐ-MTTW-BTT", the audit event seq \d+ says "125\/QĐ-MTTW-BTT"/ },
      },
      {
        what: 'an audit event',
        change: (b) => void (b.auditLog.events.find((e: Json) => e.event.action === 'ranking.finalized').event.after.algorithmVersion = 'ranking/0.9'),
        fails: ['digest', 'signature', 'event-hashes', 'inclusion'],
        says: { inclusion: /seq \d+ \(ranking\.finalized cluster_year .*\): not in the signed tree/ },
      },
      {
        what: 'a proof node',
        change: (b) => {
          const path = b.auditLog.events[2].auditPath
          path[0] = Buffer.alloc(32, 1).toString('base64')
        },
        fails: ['digest', 'signature', 'inclusion'],
        says: { inclusion: new RegExp(`seq ${doc.bundle.auditLog.events[2].event.seq} .*not in the signed tree`) },
      },
      {
        what: "the checkpoint's size",
        change: (b) => void (b.auditLog.checkpoint.treeSize += 1),
        fails: ['digest', 'signature', 'checkpoint-fields'],
        says: { 'checkpoint-fields': /treeSize \d+ \(signed \d+\)/ },
      },
      {
        what: "the checkpoint's size in its note",
        change: (b) => {
          const cp = b.auditLog.checkpoint
          cp.note = cp.note.replace(`\n${cp.treeSize}\n`, `\n${cp.treeSize + 1}\n`)
          cp.treeSize += 1
        },
        fails: ['digest', 'signature', 'checkpoint-signature', 'inclusion'],
        says: { 'checkpoint-signature': /no given key verifies the checkpoint/ },
      },
      {
        what: 'the digest (the signature still signs the true one)',
        change: (_b, d) => void (d.digest = 'f'.repeat(64)),
        fails: ['digest'],
        says: { digest: /the document says f{64}, recomputed/ },
      },
    ]
    for (const c of cases) {
      const v = verify(dir, 'tampered.json', tampered(c.change), keysFile)
      t.equal(v.code, 1, `${c.what}: exit 1`)
      t.same(v.failed, c.fails, `${c.what}: fails ${c.fails.join(', ')}`)
      for (const [name, re] of Object.entries(c.says)) t.match(v.detail[name], re, `${c.what}: ${name} says what`)
      t.match(v.text, /✗ KHÔNG ĐẠT \/ FAIL/)
    }
  })

  t.test('a bundle taken before a revocation still verifies against its own checkpoint; the later one shows it', async (t) => {
    const proposal = doc.bundle.awardProposals.find((p: Json) => p.committeeId === r.ids[2])
    await must(
      h.call(r.organizerToken, {
        method: 'POST',
        url: `/v1/award-proposals/${proposal.id}/revoke`,
        body: {
          decisionNumber: '31/QĐ-MTTW-BTT',
          decisionDate: '2024-03-01',
          signer: 'Chủ tịch UBTƯ MTTQ Việt Nam',
          reason: 'Kê khai không trung thực',
          evidence: 'Kết luận thanh tra số 12/KL-TTr',
        },
      }),
      200,
    )
    // A member's code changes afterwards (an administrative reform): the year is rechecked with the code it was ranked under.
    const renamed = await h.call(h.adminToken, { method: 'GET', url: `/v1/committees/${r.ids[3]}` })
    await must(
      h.call(h.adminToken, {
        method: 'PATCH',
        url: `/v1/committees/${r.ids[3]}`,
        headers: { 'if-match': renamed.headers.etag as string },
        body: { code: 'X99' },
      }),
      200,
    )
    const later = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
    t.equal(later.statusCode, 200)
    t.match(
      later.json().bundle.members.find((m: Json) => m.committeeId === r.ids[3]),
      { code: 'X99', rankedAs: renamed.json().code },
      'the code now and the one it was ranked under',
    )
    t.ok(
      later.json().bundle.auditLog.events.some((e: Json) => e.event.action === 'committee.updated' && e.event.entityId === r.ids[3]),
      'the change of code is among the events',
    )
    t.not(later.headers.etag, res.headers.etag, 'a new digest')
    const stale = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year), headers: { 'if-none-match': res.headers.etag as string } })
    t.equal(stale.statusCode, 200, 'the old ETag no longer matches')
    const b = later.json().bundle as Json
    t.equal(b.awardProposals.find((p: Json) => p.id === proposal.id).status, 'revoked')
    const revocation = b.awardDecisions.find((d: Json) => d.action === 'revoke')
    t.match(revocation, { proposalId: proposal.id, decisionNumber: '31/QĐ-MTTW-BTT', decisionDate: '2024-03-01', reason: 'Kê khai không trung thực' })
    t.ok(
      b.auditLog.events.some((e: Json) => e.event.action === 'award_proposal.revoke' && e.event.entityId === proposal.id),
      'its audit event, proven',
    )
    t.ok(b.auditLog.checkpoint.treeSize > doc.bundle.auditLog.checkpoint.treeSize, 'against a later checkpoint')
    t.same(verify(dir, 'later.json', later.body, keysFile).failed, [], 'the later bundle verifies')
    t.same(verify(dir, 'earlier.json', res.body, keysFile).failed, [], 'the earlier bundle still verifies')
    const again = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
    t.equal(again.body, later.body, 'and the later one is stable too')
  })

  t.test('the digest is remembered per stamp; what the stamp does not see breaks the response, never the signature', async (t) => {
    const url = exportUrl(r.cluster.id, r.year)
    const base = await h.call(h.adminToken, { method: 'GET', url })
    t.equal((await h.call(h.adminToken, { method: 'GET', url, headers: { 'if-none-match': base.headers.etag as string } })).statusCode, 304)

    // An indicator renamed: no event of the bundle's entities, but the bundle carries its name.
    const code = base.json().bundle.indicators[0].code as string
    const listed = (await h.call(h.adminToken, { method: 'GET', url: `/v1/indicators?q=${code}` })).json().items.find((i: Json) => i.code === code)
    const current = await h.call(h.adminToken, { method: 'GET', url: `/v1/indicators/${listed.id}` })
    await must(
      h.call(h.adminToken, {
        method: 'PATCH',
        url: `/v1/indicators/${listed.id}`,
        headers: { 'if-match': current.headers.etag as string },
        body: { nameVi: 'Tên mới của chỉ tiêu' },
      }),
      200,
    )
    const renamed = await h.call(h.adminToken, { method: 'GET', url })
    t.equal(renamed.statusCode, 200)
    t.not(renamed.headers.etag, base.headers.etag, 'a new digest')
    t.equal(renamed.json().bundle.indicators.find((i: Json) => i.code === code).nameVi, 'Tên mới của chỉ tiêu')
    t.same(verify(dir, 'renamed.json', renamed.body, keysFile).failed, [])

    // A change made behind the service's back (no audit event): the remembered digest no longer
    // matches the bytes, so the response breaks off before the signature, and the next export is right.
    await h.app.db.execute(sql`update committees set name = name || ' (sửa ngoài)' where id = ${r.ids[0]}`)
    const broken = await h.call(h.adminToken, { method: 'GET', url }).then(
      (res) => ({ complete: true, body: res.body }),
      (err: unknown) => ({ complete: false, body: String(err) }),
    )
    t.notOk(broken.complete && broken.body.endsWith('}') && broken.body.includes('"signature"'), 'no signed document for the stale digest')
    const fresh = await h.call(h.adminToken, { method: 'GET', url })
    t.equal(fresh.statusCode, 200)
    t.match(fresh.json().bundle.committees.find((c: Json) => c.id === r.ids[0]).name, / \(sửa ngoài\)$/)
    t.same(verify(dir, 'fresh.json', fresh.body, keysFile).failed, [], 'the next export is whole and verifies')
    t.equal((await h.call(h.adminToken, { method: 'GET', url })).body, fresh.body, 'and is remembered')
  })

  t.test('who may export: auditor, admin, the organiser’s staff for its own clusters', async (t) => {
    const url = exportUrl(r.cluster.id, r.year)
    t.equal((await h.call(await h.token('auditor'), { method: 'GET', url })).statusCode, 200, 'auditor')
    t.equal((await h.call(r.organizerToken, { method: 'GET', url })).statusCode, 200, 'the organiser')
    const { organizer: elsewhere } = await organizerWithMembers(h, 0)
    const foreign = await h.call(await h.token('organizer', elsewhere.id), { method: 'GET', url })
    t.equal(foreign.statusCode, 403)
    t.equal(foreign.json().code, 'OUT_OF_SCOPE', 'another organiser')
    const reader = await h.call(await h.token('reader'), { method: 'GET', url })
    t.equal(reader.statusCode, 403)
    t.equal(reader.json().code, 'ROLE_NOT_ALLOWED', 'a reader')
    const secretariat = await h.call(r.secretariat, { method: 'GET', url })
    t.equal(secretariat.json().code, 'ROLE_NOT_ALLOWED', "the head's secretariat")
    const missing = await h.call(h.adminToken, { method: 'GET', url: exportUrl('01900000-0000-7000-8000-000000000000', r.year) })
    t.equal(missing.statusCode, 404)
    t.equal(missing.json().code, 'CLUSTER_NOT_FOUND')
    const noYear = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, 2031) })
    t.equal(noYear.statusCode, 404)
    t.equal(noYear.json().code, 'CLUSTER_YEAR_NOT_FOUND')
    const organizerMissing = await h.call(r.organizerToken, { method: 'GET', url: exportUrl('01900000-0000-7000-8000-000000000000', r.year) })
    t.equal(organizerMissing.json().code, 'CLUSTER_NOT_FOUND')
    t.equal((await h.call(h.adminToken, { method: 'GET', url: '/v1/exports/cluster-years/not-a-uuid/2023' })).statusCode, 400)
  })
})

t.test("the bundle is the same however many submissions' values and revisions are read together", async (t) => {
  const { h, r, res } = await setUp(t)
  const saved = { ...SLICING }
  t.teardown(() => void Object.assign(SLICING, saved))
  // One at a time; and slices that split the year's four submissions, with fewer values and
  // revisions per submission than some have (the rest read alone).
  for (const slicing of [
    { submissions: 1, values: 1, revisions: 1 },
    { submissions: 3, values: 2, revisions: 1 },
  ]) {
    Object.assign(SLICING, slicing)
    const again = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
    t.equal(again.body, res.body, JSON.stringify(slicing))
  }
})

t.test('a year still reporting exports its live ranking, and verifies', async (t) => {
  const clock = manualClock(new Date())
  const h: TestApp = await buildTestApp(t, {}, { clock })
  const r = await reportingClusterYear(h, { members: 3 })
  const values = [{ indicatorCode: 'HOUSES_BUILT', value: 80 }]
  await must(
    h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/submissions',
      body: { clusterId: r.cluster.id, year: r.year, period: 'FY', committeeId: r.ids[0], values },
    }),
    201,
  )
  const res = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
  t.equal(res.statusCode, 200)
  const b = res.json().bundle
  t.equal(b.clusterYear.status, 'reporting')
  t.match(b.ranking, { final: false, source: 'live' })
  t.notOk('computedAt' in b.ranking.view, 'no moment of computation in the bundle')
  // The reform's warnings (members merged or dissolved) are the year's state now, not the ranking's: the bundle does not carry them.
  const {
    computedAt: _,
    warnings: _w,
    ...live
  } = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/years/${r.year}/ranking` })).json()
  t.same(b.ranking.view, live, 'the live ranking as GET …/ranking computes it, lines and all')
  t.ok(
    b.ranking.view.members.every((m: Json) => m.lines.length > 0),
    'every member with its criterion lines',
  )
  t.equal(b.finalization, null)
  t.same(b.awardProposals, [])
  t.equal(b.submissions[0].status, 'draft')
  const signer = testSigner(h.config.AUDIT_LOG_ORIGIN)
  const v = verify(t.testdir(), 'live.json', res.body, formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey)))
  t.same(v.failed, [], v.text)
  t.match(v.detail['inputs-digest'], /\(live ranking\)/)
  t.equal((await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })).body, res.body, 'stable while nothing changes')

  // Past the FY deadline the live ranking's blockers change with no write: the remembered digest is not used.
  clock.advance(2 * 86_400_000)
  const later = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
  t.equal(later.statusCode, 200)
  t.not(later.headers.etag, res.headers.etag, 'a new digest once the deadline has passed')
  t.not(JSON.stringify(later.json().bundle.ranking.view.blockers), JSON.stringify(b.ranking.view.blockers), 'other blockers')
  t.same(verify(t.testdir(), 'later.json', later.body, formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))).failed, [])
})

t.test("the bundle lists the year's attachments with their digests, each checked against its audit event", async (t) => {
  const h = await buildTestApp(t)
  const r = await decidedYear(h)
  const cy = (await must(h.call(h.adminToken, { method: 'GET', url: r.base }), 200)).json()
  const handover = (await must(h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}/handovers` }), 200)).json().items[0]
  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1')
  const attach = async (token: string, kind: string, ownerId: string, fileName: string, body: Buffer, supersedes?: string) =>
    (
      await must(
        h.call(token, {
          method: 'POST',
          url: `/v1/attachments?${new URLSearchParams({ kind, ownerId, fileName, ...(supersedes ? { supersedes } : {}) }).toString()}`,
          headers: { 'content-type': 'application/pdf' },
          body,
        }),
        201,
      )
    ).json()
  const pact = await attach(r.secretariat, 'pact', cy.id, 'Giao ước.pdf', pdf('pact'))
  const minutes = await attach(r.secretariat, 'ranking', cy.id, 'Biên bản hội nghị.pdf', pdf('minutes v1'))
  const minutes2 = await attach(r.secretariat, 'ranking', cy.id, 'Biên bản hội nghị (bản ký).pdf', pdf('minutes v2'), minutes.id)
  const decision = await attach(r.organizerToken, 'award_decision', r.proposals[0]!.id, 'QĐ 125.pdf', pdf('decision'))
  const handed = await attach(r.secretariat, 'handover', handover.id, 'Biên bản bàn giao.pdf', pdf('handover'))

  const res = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
  t.equal(res.statusCode, 200)
  const b = res.json().bundle as Json
  t.same(
    b.attachments.map((a: Json) => [a.id, a.kind, a.sha256, a.supersedes, a.supersededBy]),
    [
      [pact.id, 'pact', pact.sha256, null, null],
      [minutes.id, 'ranking', minutes.sha256, null, minutes2.id],
      [minutes2.id, 'ranking', minutes2.sha256, minutes.id, null],
      [decision.id, 'award_decision', decision.sha256, null, null],
      [handed.id, 'handover', handed.sha256, null, null],
    ],
    'every attachment of the year, oldest first, with its digest',
  )
  t.notOk(
    b.attachments.some((a: Json) => 'content' in a),
    'never the bytes',
  )
  t.ok(
    b.auditLog.events.some((e: Json) => e.event.action === 'attachment.superseded' && e.event.entityId === minutes.id),
    'their audit events are proven in the bundle',
  )
  // The next year's bundle carries the handover into it, and its minutes.
  const next = (await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year + 1) })).json().bundle
  t.same(
    next.attachments.map((a: Json) => a.id),
    [handed.id],
  )

  const signer = testSigner(h.config.AUDIT_LOG_ORIGIN)
  const key = formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))
  const dir = t.testdir()
  const v = verify(dir, 'bundle.json', res.body, key)
  t.same(v.failed, [], v.text)
  t.match(v.detail['attachments-logged'], /^5 attachments/)
  const tampered = JSON.parse(res.body) as Json
  tampered.bundle.attachments[3].sha256 = 'f'.repeat(64)
  tampered.bundle.attachments[0].supersededBy = decision.id
  const bad = verify(dir, 'tampered.json', tampered, key)
  t.same(bad.failed, ['digest', 'signature', 'attachments-logged'])
  t.match(bad.detail['attachments-logged'], new RegExp(`sha256 "f{64}", the audit event seq \\d+ says "${decision.sha256}"`))
  t.match(bad.detail['attachments-logged'], /superseded by ".*", the audit log says null/)

  // A new document changes the bundle (a new digest).
  await attach(r.secretariat, 'pact', cy.id, 'Phụ lục.pdf', pdf('annex'))
  const later = await h.call(h.adminToken, { method: 'GET', url: exportUrl(r.cluster.id, r.year) })
  t.not(later.headers.etag, res.headers.etag)
  t.equal(later.json().bundle.attachments.length, 6)
  t.same(verify(dir, 'later.json', later.body, key).failed, [])
})
