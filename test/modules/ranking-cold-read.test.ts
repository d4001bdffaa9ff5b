import { brotliDecompressSync } from 'node:zlib'
import t from 'tap'
import { sql } from 'drizzle-orm'
import { canonicalRankingInputs } from '../../src/domain/ranking.ts'
import { digestOf } from '../../src/domain/canonical.ts'
import { loadClusterYear } from '../../src/modules/cluster-years/service.ts'
import { AssessmentScores, loadRankingInputs } from '../../src/modules/ranking/inputs.ts'
import { rankingService } from '../../src/modules/ranking/service.ts'
import { buildTestApp } from '../helpers/app.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { reportingClusterYear, scoredClusterYear, SCHEME } from '../helpers/fixtures.ts'

// The live ranking is recomputed on the first read after an input changes, from inputs read in
// one query per kind and the peer scores kept per assessor row version (src/modules/ranking/inputs.ts).
// After every kind of change, what GET …/ranking serves must be what a service with nothing
// cached computes, under a new ETag.

/** Three members scored, with targets and FY values (1, 2, 3). */
/** The database handle with `hook` run before each of its `execute` statements (a failing hook fails the statement); all else as it is. */
function beforeEachExecute<D extends object & { execute: (query: never) => Promise<unknown> }>(db: D, hook: () => Promise<void>): D {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'execute')
        return async (query: Parameters<D['execute']>[0]) => {
          await hook()
          return target.execute(query)
        }
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

const threeScored = (h: Awaited<ReturnType<typeof buildTestApp>>) =>
  scoredClusterYear(h, {
    scheme: SCHEME,
    targets: (committeeId) => [
      { committeeId, criterionCode: 'HOUSES', value: '100' },
      { committeeId, criterionCode: 'NTM', value: '10' },
    ],
    values: [1, 2, 3].map((n) => ({ HOUSES_BUILT: n, FUND_RAISED: n, NTM_COMMUNES: n })),
  })

t.test('after each kind of input change the served ranking is a fresh computation', async (t) => {
  const h = await buildTestApp(t)
  const r = await scoredClusterYear(h, {
    scheme: { ...SCHEME, awardRules: [{ awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 }] },
    targets: (committeeId) => [
      { committeeId, criterionCode: 'HOUSES', value: '100' },
      { committeeId, criterionCode: 'NTM', value: '10' },
    ],
    values: [
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 50, FUND_RAISED: '50000000000', NTM_COMMUNES: 3 },
    ],
  })
  const [a, b, c] = r.ids as [string, string, string]
  const reader = await h.token('reader')
  const peer = (targetId: string, score: string) => ({ targetId, criterionCode: 'PEER', score })
  const etags: Record<string, string> = {}
  const assess = async (assessorId: string, scores: object[]) => {
    const res = await h.call(await h.token('submitter', assessorId), {
      method: 'PUT',
      url: `${r.base}/assessments/${assessorId}`,
      headers: etags[assessorId] ? { 'if-match': etags[assessorId] } : {},
      body: { scores },
    })
    t.equal(res.statusCode, 200, res.body)
    etags[assessorId] = res.headers.etag as string
  }
  const admin = h.adminToken
  const clusterYearId = (await h.call(admin, { method: 'GET', url: r.base })).json().id as string

  const withoutTime = (ranking: Record<string, unknown>) => ({ ...ranking, computedAt: undefined })
  /** What a service that has never read this year computes now. */
  const fresh = async () => {
    const entry = await rankingService(h.app.db, h.app.clock).rankingJson(r.cluster.id, r.year)
    return withoutTime(JSON.parse(entry.identity.toString('utf8')))
  }
  let lastEtag = ''
  let lastDigest = ''
  const check = async (what: string, inputsChanged = true) => {
    const res = await h.call(reader, { method: 'GET', url: `${r.base}/ranking` })
    t.equal(res.statusCode, 200)
    t.same(withoutTime(res.json()), await fresh(), `${what}: the ranking served is a fresh computation`)
    t.not(res.headers.etag, lastEtag, `${what}: a new ETag`)
    if (inputsChanged) t.not(res.json().inputsDigest, lastDigest, `${what}: a new digest`)
    // The digest is that of the canonical inputs as read without the kept scores.
    const cy = await loadClusterYear(h.app.db, r.cluster.id, r.year, { lock: false, targets: true })
    t.equal(res.json().inputsDigest, digestOf(canonicalRankingInputs((await loadRankingInputs(h.app.db, cy))!.input)), `${what}: the digest of the inputs`)
    const br = await h.call(reader, { method: 'GET', url: `${r.base}/ranking`, headers: { 'accept-encoding': 'br' } })
    t.equal(br.headers.etag, `${(res.headers.etag as string).slice(0, -1)}-br"`, `${what}: the brotli body under the ETag of the same tag`)
    t.same(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8')), res.json(), `${what}: the same ranking compressed`)
    lastEtag = res.headers.etag as string
    lastDigest = res.json().inputsDigest
    return res.json()
  }

  await check('no assessment yet')
  await assess(a, [peer(b, '18'), peer(c, '10')])
  await check('a first assessment')
  await assess(b, [peer(a, '18'), peer(c, '10.50')])
  await assess(c, [peer(a, '16'), peer(b, '16')])
  await check('every assessment in')
  await assess(a, [peer(b, '18'), peer(c, '9.5')])
  const changed = await check('one score changed')
  t.equal(
    changed.members.find((m: { committeeId: string }) => m.committeeId === c).lines.find((l: { criterionCode: string }) => l.criterionCode === 'PEER')
      .explanation.inputs.sum,
    '20',
  )

  const adjust = (body: object) => h.call(admin, { method: 'POST', url: `${r.base}/adjustments`, body })
  for (const id of [a, b, c])
    t.equal((await adjust({ committeeId: id, type: 'manual', criterionCode: 'MODEL', points: 3, reason: 'Hội nghị thống nhất' })).statusCode, 201)
  await check('manual points')
  const bonus = await adjust({ committeeId: c, type: 'bonus', points: '1.25', reason: 'Mô hình mới' })
  await check('a bonus')
  await h.call(admin, { method: 'POST', url: `${r.base}/adjustments/${bonus.json().id}/withdraw`, body: { reason: 'Nhập nhầm' } })
  await check('the bonus withdrawn')
  await adjust({ committeeId: c, type: 'disqualification', reason: 'Vi phạm' })
  const ranked = await check('a disqualification')

  t.equal(ranked.blockers[0]?.code, 'TIE_AT_AWARD_BOUNDARY', 'a and b tie at the award boundary')
  const vote = await h.call(admin, {
    method: 'POST',
    url: `${r.base}/ranking/tie-resolutions`,
    body: { orderedCommitteeIds: [b, a], reason: 'Biểu quyết' },
  })
  t.equal(vote.statusCode, 201, vote.body)
  await check('a tie vote')

  // A row written behind the service's back (no new version number): its xmin still changes.
  await h.app.db.execute(
    sql`update assessments set scores = jsonb_set(scores, '{0,score}', '"19"') where cluster_year_id = ${clusterYearId} and assessor_id = ${a}`,
  )
  await h.app.db.execute(sql`update cluster_years set inputs_version = inputs_version + 1 where id = ${clusterYearId}`)
  await check('a score rewritten without a new version')

  // The targets and the FY submissions are kept under their rows' fingerprint (keys and xmin): any write is seen.
  const behindTheBack = async (what: string, statement: ReturnType<typeof sql>, inputsChanged = true) => {
    await h.app.db.execute(statement)
    await h.app.db.execute(sql`update cluster_years set inputs_version = inputs_version + 1 where id = ${clusterYearId}`)
    await check(what, inputsChanged)
  }
  const fyOf = (committeeId: string) =>
    sql`(select id from submissions where cluster_year_id = ${clusterYearId} and period = 'FY' and committee_id = ${committeeId})`
  await behindTheBack(
    'a target rewritten',
    sql`update cluster_year_targets set value = 90 where cluster_year_id = ${clusterYearId} and committee_id = ${a} and criterion_code = 'HOUSES'`,
  )
  await behindTheBack(
    'an accepted FY value rewritten',
    sql`update submission_values set official_value = 99 where submission_id = ${fyOf(b)} and indicator_code = 'HOUSES_BUILT'`,
  )
  await behindTheBack('an FY submission made late', sql`update submissions set late = true where id = ${fyOf(c)}`)
  await behindTheBack(
    'a target deleted',
    sql`delete from cluster_year_targets where cluster_year_id = ${clusterYearId} and committee_id = ${c} and criterion_code = 'NTM'`,
  )
  // So are the year's other parts (its cluster's row, scheme, periods and members).
  await behindTheBack(
    'the scheme rewritten',
    sql`update cluster_year_schemes set scheme = jsonb_set(scheme, '{bonusCap}', '"7"') where cluster_year_id = ${clusterYearId}`,
  )
  await behindTheBack(
    'the FY period reopened',
    sql`update periods set closed_at = null, closes_at = now() + interval '1 day' where cluster_year_id = ${clusterYearId} and period = 'FY'`,
    false,
  )
  await behindTheBack('an accepted FY value deleted', sql`delete from submission_values where submission_id = ${fyOf(a)} and indicator_code = 'NTM_COMMUNES'`)
})

t.test('reads that miss together share one computation', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const service = rankingService(h.app.db, h.app.clock)
  const before = await service.rankingJson(r.cluster.id, r.year)
  const secretariat = await h.token('secretariat', r.ids[0])
  const bonus = await h.call(secretariat, {
    method: 'POST',
    url: `${r.base}/adjustments`,
    body: { committeeId: r.ids[1], type: 'bonus', points: '1', reason: 'Mô hình dân vận khéo' },
  })
  t.equal(bonus.statusCode, 201, bonus.body)
  const together = await Promise.all(Array.from({ length: 5 }, () => service.rankingJson(r.cluster.id, r.year)))
  // On PostgreSQL the five reads may reach the cache check at different times: a late one finds
  // the answer kept. No two computed it.
  const computed = new Set(together.filter((x) => x.fresh))
  t.equal(computed.size, 1, 'five reads at once: one computation, its answer to each that missed the cache')
  t.ok(
    together.every((x) => x.etag === together[0]!.etag && x.identity.equals(together[0]!.identity)),
    'the same ranking to each',
  )
  t.not(together[0]!.etag, before.etag, 'of the new inputs')
  const later = await service.rankingJson(r.cluster.id, r.year)
  t.equal(later.etag, together[0]!.etag, 'then kept')
  t.notOk(later.fresh, 'and answered from the cache')
})

t.test('when the shared computation fails, the reads that joined it share one more; an error of the year itself reaches them all', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const secretariat = await h.token('secretariat', r.ids[0])
  // The service's computations read through this handle: armed, the first statement of one waits
  // for the gate, then fails as the gate says; every statement is counted.
  let statements = 0
  let gate: { reached: () => void; failure: Promise<Error> } | null = null
  const db = beforeEachExecute(h.app.db, async () => {
    statements += 1
    const held = gate
    if (held) {
      gate = null
      held.reached()
      throw await held.failure
    }
  })
  // Each read takes the time once it has read the year's row, just before it looks for a
  // computation under way to join: counted, it says when the reads have got there.
  let timed = 0
  const service = rankingService(db, () => {
    timed += 1
    return h.app.clock()
  })
  let reads = 0
  const read = () => {
    reads += 1
    return service.rankingJson(r.cluster.id, r.year).then(
      (answer) => ({ answer }),
      (failure: unknown) => ({ failure }),
    )
  }
  /** One read's computation held at its first statement, four more reads joining it, then the computation failing with `error`. */
  const failShared = async (error: Error) => {
    const res = await h.call(secretariat, {
      method: 'POST',
      url: `${r.base}/adjustments`,
      body: { committeeId: r.ids[1], type: 'bonus', points: '1', reason: 'Mô hình dân vận khéo' },
    })
    t.equal(res.statusCode, 201, res.body) // so the next read computes
    let fail!: (e: Error) => void
    let reached!: () => void
    const atGate = new Promise<void>((resolve) => (reached = resolve))
    gate = { reached, failure: new Promise<Error>((resolve) => (fail = resolve)) }
    const first = read()
    await atGate
    const before = statements
    const timedBefore = timed
    const joined = Array.from({ length: 4 }, read)
    // The four have read the year's row (not through the handle) and taken the time; from there
    // to waiting on the computation is one synchronous step.
    const arrived = () => timed >= timedBefore + 4
    while (!arrived()) await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setImmediate(resolve))
    t.equal(statements, before, 'the four joined the computation under way: no statement of their own')
    fail(error)
    return { first: await first, joined: await Promise.all(joined), statementsAfter: () => statements - before }
  }

  const lost = await failShared(new Error('connection lost'))
  t.match(lost.first, { failure: { message: 'connection lost' } }, 'the read whose computation failed gets its failure')
  t.ok(
    lost.joined.every((x) => 'answer' in x),
    'each read that had joined it gets a ranking',
  )
  const answers = new Set(lost.joined.map((x) => ('answer' in x ? x.answer : null)))
  t.equal(answers.size, 1, 'from one computation, which the other three joined (before: one each)')
  const fresh = await rankingService(h.app.db, h.app.clock).rankingJson(r.cluster.id, r.year)
  const [answer] = [...answers]
  t.equal(answer!.etag, fresh.etag, 'of the current version')
  t.same(JSON.parse(answer!.identity.toString('utf8')).members, JSON.parse(fresh.identity.toString('utf8')).members, 'the ranking a computation gives')

  const ofYear = await failShared(new DomainError('conflict', 'SCHEME_REQUIRED', 'This cluster-year has no scheme; nothing can be ranked'))
  t.ok(
    [ofYear.first, ...ofYear.joined].every((x) => 'failure' in x && x.failure instanceof DomainError && x.failure.code === 'SCHEME_REQUIRED'),
    'a failure of the year itself: every read gets it',
  )
  t.equal(ofYear.statementsAfter(), 0, 'and none computes again')
  t.equal(reads, 10, 'ten reads in all')
})

t.test('a read that joins a computation under way gets its answer only if the rules held then hold at its own time', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const T0 = h.app.clock().getTime()
  const T1 = T0 + 2 * 86_400_000 // past the FY deadline: FY_NOT_CLOSED no longer blocks
  const times = [T0, T1]
  let reads = 0
  const service = rankingService(h.app.db, () => new Date(times[Math.min(reads++, 1)]!))
  const blockers = (e: { identity: Buffer }) => JSON.parse(e.identity.toString('utf8')).blockers.map((x: { code: string }) => x.code) as string[]
  // Which of the two reads takes the clock first depends on which one's read of the year answers first.
  const both = await Promise.all([service.rankingJson(r.cluster.id, r.year), service.rankingJson(r.cluster.id, r.year)])
  const [before, after] = [...both].sort((x, y) => Number(blockers(y).includes('FY_NOT_CLOSED')) - Number(blockers(x).includes('FY_NOT_CLOSED')))
  const atT1 = await rankingService(h.app.db, () => new Date(T1)).rankingJson(r.cluster.id, r.year)
  t.ok(blockers(before!).includes('FY_NOT_CLOSED'), 'the read before the deadline')
  t.same(blockers(after!), blockers(atT1), 'the read after it: what a computation then gives')
  t.notOk(blockers(after!).includes('FY_NOT_CLOSED'))
})

t.test('the kept peer scores: an unchanged row is not read again, a changed one is', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const [a, b, c] = r.ids as [string, string, string]
  const clusterYearId = (await h.call(h.adminToken, { method: 'GET', url: r.base })).json().id as string
  const put = async (assessorId: string, scores: object[], etag?: string) => {
    const res = await h.call(await h.token('submitter', assessorId), {
      method: 'PUT',
      url: `${r.base}/assessments/${assessorId}`,
      headers: etag ? { 'if-match': etag } : {},
      body: { scores },
    })
    t.equal(res.statusCode, 200, res.body)
    return res.headers.etag as string
  }
  const etagA = await put(a, [
    { targetId: b, criterionCode: 'PEER', score: 10 },
    { targetId: c, criterionCode: 'PEER', score: 11 },
  ])
  await put(b, [
    { targetId: a, criterionCode: 'PEER', score: 12 },
    { targetId: c, criterionCode: 'PEER', score: 13 },
  ])
  const kept = new AssessmentScores()
  const first = await kept.read(h.app.db, clusterYearId)
  t.same([...first.keys()], [a, b].sort(), 'by assessor, in id order')
  t.same(first.get(a), { [b]: { PEER: '10' }, [c]: { PEER: '11' } })
  t.ok(Object.isFrozen(first.get(a)) && Object.isFrozen(first.get(a)![b]), 'kept frozen')
  const again = await kept.read(h.app.db, clusterYearId)
  t.equal(again.get(a), first.get(a), 'unchanged: the same object, not read again')
  t.equal(again.get(b), first.get(b))

  await put(
    a,
    [
      { targetId: b, criterionCode: 'PEER', score: 14 },
      { targetId: c, criterionCode: 'PEER', score: 11 },
    ],
    etagA,
  )
  await put(c, [
    { targetId: a, criterionCode: 'PEER', score: 15 },
    { targetId: b, criterionCode: 'PEER', score: 16 },
  ])
  const third = await kept.read(h.app.db, clusterYearId)
  t.not(third.get(a), first.get(a), 'changed: read again')
  t.same(third.get(a), { [b]: { PEER: '14' }, [c]: { PEER: '11' } })
  t.equal(third.get(b), first.get(b), 'the other unchanged one is kept')
  t.same(third.get(c), { [a]: { PEER: '15' }, [b]: { PEER: '16' } }, 'a new assessor is read')
  t.same([...third.keys()], [a, b, c].sort())
})

t.test('kept scores: a read is answered from what was held when it started, whatever other reads evict meanwhile', async (t) => {
  const kept = new AssessmentScores(1)
  const score = (targetId: string, value: string) => [{ targetId, criterionCode: 'PEER', score: value }]
  kept.take('Y', new Map(), [{ assessorId: 'a', key: '1:100', scores: score('b', '10') }])
  const snapshot = kept.known('Y')
  // Another year's read, with room for one year only: Y is evicted while Y's read is in flight.
  kept.take('Z', new Map(), [{ assessorId: 'x', key: '1:7', scores: score('y', '3') }])
  t.same(kept.known('Y').size, 0, 'Y is no longer held')
  const answered = kept.take('Y', snapshot, [{ assessorId: 'a', key: '1:100', scores: null }])
  t.same(answered?.get('a'), { b: { PEER: '10' } }, 'the unchanged assessor keeps its scores')
  t.same(kept.known('Y').get('a')?.byTarget, { b: { PEER: '10' } }, 'and they are held again, not emptied')
  t.equal(kept.take('Y', new Map(), [{ assessorId: 'a', key: '1:100', scores: null }]), null, 'an unchanged row the snapshot lacks: read again whole')
  t.equal(kept.take('Y', kept.known('Y'), [{ assessorId: 'a', key: '2:200', scores: null }]), null, 'or held at another version')
})

t.test('the read that computes answers with a fast brotli under a weak ETag; later reads get the kept one under the strong ETag', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const reader = await h.token('reader')
  const get = (headers: Record<string, string>) => h.call(reader, { method: 'GET', url: `${r.base}/ranking`, headers })
  const first = await get({ 'accept-encoding': 'br' })
  t.equal(first.statusCode, 200)
  t.equal(first.headers['content-encoding'], 'br')
  const weak = first.headers.etag as string
  t.match(weak, /^W\/"ranking-.*-br"$/, 'the computing read: the weak form of the brotli ETag')
  const identity = await get({})
  const tag = identity.headers.etag as string
  t.match(tag, /^"ranking-/, 'the identity body: a strong ETag')
  t.equal(weak, `W/${tag.slice(0, -1)}-br"`, 'of the same tag')
  t.same(JSON.parse(brotliDecompressSync(first.rawPayload).toString('utf8')), identity.json(), 'the same ranking')
  const kept = await get({ 'accept-encoding': 'br' })
  t.equal(kept.headers.etag, weak.slice(2), 'a later brotli read: the strong brotli ETag')
  t.not(kept.headers.etag, tag, 'not the identity ETag: other bytes')
  t.equal(brotliDecompressSync(kept.rawPayload).toString('utf8'), identity.body)
  t.not(kept.rawPayload.equals(first.rawPayload), 'other bytes than the first answer, so another ETag')
  t.ok(kept.rawPayload.length < first.rawPayload.length, 'the kept body is the smaller one')
  const again = await get({ 'accept-encoding': 'br' })
  t.ok(again.rawPayload.equals(kept.rawPayload), 'and the same bytes on every later read')
  const conditional = await get({ 'accept-encoding': 'br', 'if-none-match': weak })
  t.equal(conditional.statusCode, 304, 'the weak ETag names the same ranking: 304')
  t.equal((await get({ 'accept-encoding': 'br', 'if-none-match': kept.headers.etag as string })).statusCode, 304, 'and so does the strong one')
  t.equal((await get({ 'if-none-match': tag })).statusCode, 304, 'the identity ETag, for the identity body: 304')
})

t.test('a change committed while the ranking is read is not served under the version read before it', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const secretariat = await h.token('secretariat', r.ids[0])
  const bonus = async (committeeId: string) => {
    const res = await h.call(secretariat, {
      method: 'POST',
      url: `${r.base}/adjustments`,
      body: { committeeId, type: 'bonus', points: '1', reason: 'Mô hình dân vận khéo' },
    })
    t.equal(res.statusCode, 201, res.body)
  }
  // The service's reads go through this handle: armed, its first statement of a computation waits
  // for a change to commit first (after the year's row was read, before the inputs are).
  let armed = 0
  const db = beforeEachExecute(h.app.db, async () => {
    if (armed > 0 && !busy) {
      armed -= 1
      busy = true
      await bonus(r.ids[2]!)
      busy = false
    }
  })
  let busy = false
  const service = rankingService(db, h.app.clock)
  const body = (e: { identity: Buffer }) => ({ ...JSON.parse(e.identity.toString('utf8')), computedAt: null }) as unknown
  // One change during the read, then one during each of the first two computations (the third
  // reads in one snapshot, through a transaction the handle does not see).
  for (const changes of [1, 2]) {
    const before = await service.rankingJson(r.cluster.id, r.year)
    await bonus(r.ids[1]!) // so the next read computes
    armed = changes
    const during = await service.rankingJson(r.cluster.id, r.year)
    t.equal(armed, 0, `${changes} change(s) committed during the read`)
    const fresh = await rankingService(h.app.db, h.app.clock).rankingJson(r.cluster.id, r.year)
    t.not(during.etag, before.etag)
    t.equal(during.etag, fresh.etag, 'served under the version it was computed from: the one after the changes')
    t.same(body(during), body(fresh), 'what a computation from that version gives')
    const again = await service.rankingJson(r.cluster.id, r.year)
    t.equal(again.etag, fresh.etag, 'and kept under it')
    t.notOk(again.fresh, 'answered from the cache')
  }
})

t.test('renaming a member changes the live ranking it is shown in', async (t) => {
  const h = await buildTestApp(t)
  const r = await threeScored(h)
  const admin = await h.token('admin')
  const service = rankingService(h.app.db, h.app.clock)
  const nameIn = (e: { identity: Buffer }) =>
    (JSON.parse(e.identity.toString('utf8')).members as { committeeId: string; name: string }[]).find((m) => m.committeeId === r.ids[1])!.name
  const before = await service.rankingJson(r.cluster.id, r.year)
  const read = await h.call(admin, { method: 'GET', url: `/v1/committees/${r.ids[1]}` })
  const renamed = await h.call(admin, {
    method: 'PATCH',
    url: `/v1/committees/${r.ids[1]}`,
    headers: { 'if-match': read.headers.etag as string },
    body: { shortName: 'Hòa Bình mới' },
  })
  t.equal(renamed.statusCode, 200, renamed.body)
  const after = await service.rankingJson(r.cluster.id, r.year)
  t.not(after.etag, before.etag, 'a new version of the ranking')
  t.equal(nameIn(after), 'Hòa Bình mới', 'showing the new name')
  t.not(nameIn(before), 'Hòa Bình mới')
})
