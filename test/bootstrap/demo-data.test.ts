/**
 * The demo data tells the story of the five seed reports (docs/demo-data.md): each fact is read
 * back through the API, as a newcomer would after `npm start`. Runs on PGlite, and on PostgreSQL
 * with DATABASE_URL.
 */
import t from 'tap'
import { seedDemo } from '../../src/bootstrap/first-start.ts'
import { buildTestApp } from '../helpers/app.ts'

interface Committee {
  id: string
  code: string | null
  name: string
  shortName: string | null
  status: string
  validTo: string | null
  successorId: string | null
  parentId: string | null
  kind: string
  endReason: string | null
  endDecision: { number: string; date: string; issuer: string | null } | null
  successorIds: string[]
  predecessors: string[]
}

t.test('the demo data, fact by fact, through the API', async (t) => {
  const h = await buildTestApp(t)
  await seedDemo(h.app.db)
  const get = async (url: string) => {
    const res = await h.call(h.adminToken, { method: 'GET', url })
    if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const all = async <T>(url: string): Promise<T[]> => {
    const items: T[] = []
    let cursor: string | null = null
    do {
      const page = await get(`${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      items.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return items
  }
  const committees = await all<Committee>('/v1/committees')
  const byShort = (shortName: string) => {
    const c = committees.find((x) => x.shortName === shortName)
    if (!c) throw new Error(`no committee ${shortName}`)
    return c
  }
  const nameOf = (id: string | null) => committees.find((c) => c.id === id)?.shortName ?? null
  const clusters = await all<{ id: string; code: string }>('/v1/clusters')
  const cluster = (code: string) => clusters.find((c) => c.code === code)!.id
  const north = cluster('UBTU-TDMNPB')

  t.test('northern midlands and mountains, 2023 (seed 003)', async (t) => {
    const ranking = await get(`/v1/clusters/${north}/years/2023/ranking`)
    t.equal(ranking.final, true, 'the ranking is final')
    t.same(ranking.blockers, [])
    t.same(
      ranking.members.map((m: { rank: number; name: string }) => [m.rank, m.name]),
      [
        [1, 'Phú Thọ'],
        [2, 'Bắc Kạn'],
        [3, 'Hòa Bình'],
        [4, 'Tuyên Quang'],
        [5, 'Yên Bái'],
        [6, 'Bắc Giang'],
        [7, 'Thái Nguyên'],
      ],
      'Phú Thọ first, Bắc Kạn second, the five others after',
    )
    const year = await get(`/v1/clusters/${north}/years/2023`)
    t.equal(nameOf(year.headId), 'Phú Thọ', 'Phú Thọ headed 2023')
    t.equal(year.status, 'closed', 'closed by the handover')
    const pact = await get(`/v1/clusters/${north}/years/2023/pact`)
    t.match(pact.venue, /illustrative/, "the 2023 pact's date is illustrative and says so")
    t.equal((await get(`/v1/clusters/${north}/years/2023/scheme`)).scheme.criteria.length, 4)
    const fy = await all<{ committeeId: string; status: string; values: { indicatorCode: string; value: string; note: string }[] }>(
      `/v1/submissions?clusterId=${north}&year=2023&period=FY`,
    )
    t.equal(fy.length, 7)
    t.ok(
      fy.every((s) => s.status === 'accepted'),
      'every FY submission accepted',
    )
    const sum = (items: typeof fy, code: string) =>
      items
        .flatMap((s) => s.values)
        .filter((v) => v.indicatorCode === code)
        .reduce((a, v) => a + BigInt(v.value), 0n)
    t.equal(sum(fy, 'HOUSES_BUILT'), 6485n, "the FY houses add up to the report's 6,485")
    t.equal(sum(fy, 'NTM_COMMUNES'), 653n, "the new-rural communes add up to the report's 653")
    t.ok(
      fy.flatMap((s) => s.values).every((v) => /illustrative/.test(v.note)),
      'every value says it is illustrative',
    )
    t.equal((await all(`/v1/submissions?clusterId=${north}&year=2023&period=H1`)).length, 7, 'H1 reported too')
    t.equal((await get(`/v1/clusters/${north}/years/2023/assessments`)).items.length, 7, 'every member assessed its peers')

    const proposals = await all<{
      committeeId: string
      awardTypeCode: string
      status: string
      events: { action: string; decisionNumber: string; decisionDate: string; signer: string }[]
    }>(`/v1/award-proposals?clusterId=${north}&year=2023`)
    t.same(
      proposals.map((p) => `${p.awardTypeCode} ${nameOf(p.committeeId)} ${p.status}`).sort(),
      [
        'BANG_KHEN Bắc Giang approved',
        'BANG_KHEN Hòa Bình approved',
        'BANG_KHEN Thái Nguyên approved',
        'BANG_KHEN Tuyên Quang approved',
        'BANG_KHEN Yên Bái approved',
        'CO_XUAT_SAC Bắc Kạn approved',
        'CO_XUAT_SAC_TOAN_DIEN Phú Thọ approved',
      ],
      'the seven awards the cluster proposed, approved',
    )
    for (const p of proposals) {
      const approval = p.events.find((e) => e.action === 'approve')!
      t.match(approval, { decisionNumber: /minh họa/, decisionDate: /^2024-/, signer: /illustrative/ }, 'the decision is illustrative and says so')
    }
  })

  t.test('northern cluster: the handover and the 2024 pact on 1/12/2023', async (t) => {
    const [handover] = (await get(`/v1/clusters/${north}/handovers`)).items
    t.match(handover, { fromYear: 2023, toYear: 2024, venue: 'Phú Thọ', rotatingFlagHandedOver: true, incomingDeputyId: null })
    t.equal(nameOf(handover.outgoingHeadId), 'Phú Thọ', 'Phú Thọ hands over the rotating flag')
    t.equal(nameOf(handover.incomingHeadId), 'Bắc Kạn', 'Bắc Kạn heads 2024')
    t.equal(new Date(handover.handedOverAt).toISOString().slice(0, 10), '2023-12-01')
    const y2024 = await get(`/v1/clusters/${north}/years/2024`)
    t.equal(y2024.status, 'pact_signed')
    t.equal(nameOf(y2024.headId), 'Bắc Kạn')
    const pact = await get(`/v1/clusters/${north}/years/2024/pact`)
    t.equal(pact.signedAt.slice(0, 10), '2023-12-01', 'the 2024 pact was signed the same day')
    t.equal(pact.signatories.length, 7)
  })

  t.test("Thanh Hóa's cluster no. 1 (seed 004)", async (t) => {
    const id = cluster('THA-CUM-1')
    const ranking = await get(`/v1/clusters/${id}/years/2023/ranking`)
    t.equal(ranking.final, true)
    t.equal(ranking.members[0].name, 'TP Thanh Hóa', 'Thanh Hóa city first')
    t.equal(ranking.members.length, 10)
    const proposals = await all<{ committeeId: string; awardTypeCode: string; status: string }>(`/v1/award-proposals?clusterId=${id}&year=2023`)
    t.same(
      proposals.map((p) => [p.awardTypeCode, nameOf(p.committeeId), p.status]),
      [['CO_DAN_DAU', 'TP Thanh Hóa', 'submitted']],
      "the leading-unit flag proposed to the province's committee",
    )
    const [handover] = (await get(`/v1/clusters/${id}/handovers`)).items
    t.equal(nameOf(handover.outgoingHeadId), 'TP Thanh Hóa')
    t.equal(nameOf(handover.incomingHeadId), 'Quảng Xương', 'Quảng Xương heads 2024')
    t.equal(nameOf(handover.incomingDeputyId), 'TX Nghi Sơn', 'Nghi Sơn deputy for 2024')
    t.equal(handover.handedOverAt.slice(0, 10), '2023-11-27', 'dated as the report dates it')
    t.equal(handover.venue, 'TP Thanh Hóa')
  })

  t.test('the cities, H1 2023 (seed 002)', async (t) => {
    const id = cluster('UBTU-TPTTTU')
    const h1 = await all<{ status: string; values: { indicatorCode: string; value: string }[] }>(`/v1/submissions?clusterId=${id}&year=2023&period=H1`)
    t.equal(h1.length, 5)
    t.ok(h1.every((s) => s.status === 'accepted'))
    const total = (code: string) =>
      h1
        .flatMap((s) => s.values)
        .filter((v) => v.indicatorCode === code)
        .reduce((a, v) => a + BigInt(v.value), 0n)
    t.equal(total('FUND_RAISED'), 157_000_000_000n, 'exactly 157 billion đồng for the Fund for the Poor')
    t.equal(total('HOUSES_BUILT'), 1242n, 'exactly 1,242 Great Unity houses')
    t.equal((await get(`/v1/clusters/${id}/years/2023`)).status, 'reporting')
  })

  t.test('Tây Nam Bộ (seed 000)', async (t) => {
    const id = cluster('UBTU-TNB')
    const [handover] = (await get(`/v1/clusters/${id}/handovers`)).items
    t.equal(nameOf(handover.incomingHeadId), 'Kiên Giang', 'Kiên Giang heads 2024')
    t.equal(nameOf(handover.incomingDeputyId), 'Đồng Tháp', 'Đồng Tháp deputy for 2024')
    t.match(handover, { venue: 'TP Bến Tre', fromYear: 2023 })
    t.equal(handover.handedOverAt.slice(0, 10), '2023-12-15')
    t.equal((await get(`/v1/clusters/${id}/years/2024`)).status, 'pact_signed')
    const pact = await get(`/v1/clusters/${id}/years/2024/pact`)
    t.equal(pact.signedAt.slice(0, 10), '2023-12-15', 'the 2024 pact signed at the conference')
  })

  t.test('Bình Ngọc ward (seed 001): its officers and the working-board handovers', async (t) => {
    const ward = byShort('Phường Bình Ngọc')
    const officers = (await get(`/v1/committees/${ward.id}/officers`)).items as { position: string; personName: string; endDate: string | null }[]
    t.same(officers.map((o) => [o.position, o.personName, o.endDate]).sort(), [
      ['chair', 'Khổng Minh Nguyên', null],
      ['standing_vice_chair', 'Lăng Thị Thanh', null],
    ])
    for (const [board, former] of [
      ['Khu 4 (Bình Ngọc)', 'Nguyễn Thị Xuân'],
      ['Khu 2 (Bình Ngọc)', 'Nguyễn Thị Hằng'],
    ] as const) {
      const c = byShort(board)
      t.equal(c.parentId, ward.id)
      const heads = (await get(`/v1/committees/${c.id}/officers?position=working_board_head`)).items as {
        personName: string
        endDate: string | null
        reason: string
      }[]
      const leaving = heads.find((x) => x.personName === former)!
      t.equal(leaving.endDate, '2023-11-29', `${former}'s tenure closed at the 29/11/2023 conference`)
      const next = heads.find((x) => x.endDate === null)!
      t.match(next.personName, /minh họa/, 'her successor is not named: illustrative, and says so')
    }
  })

  t.test('the 1 July 2025 reform: merged into their successors, 2023 still readable', async (t) => {
    const merges = committees
      .filter((c) => c.status === 'merged')
      .map((c) => `${c.shortName} → ${nameOf(c.successorId)} ${c.validTo}`)
      .sort()
    t.same(merges, [
      'Bắc Giang → Bắc Ninh 2025-07-01',
      'Bắc Kạn → Thái Nguyên 2025-07-01',
      'Bến Tre → Vĩnh Long 2025-07-01',
      'Hòa Bình → Phú Thọ 2025-07-01',
      'Kiên Giang → An Giang 2025-07-01',
      'Yên Bái → Lào Cai 2025-07-01',
    ])
    for (const name of ['Bắc Ninh', 'Lào Cai', 'Vĩnh Long', 'An Giang']) t.equal(byShort(name).code, null, `${name}: no code guessed`)
    t.equal(byShort('Bắc Kạn').code, '06', 'a merged committee keeps its 2023 code')
    const ranking = await get(`/v1/clusters/${north}/years/2023/ranking`)
    t.equal(ranking.members[1].name, 'Bắc Kạn', 'the 2023 ranking reads as it was')
    for (const c of committees.filter((x) => x.status === 'merged')) {
      t.match(c, { endReason: 'merged', endDecision: { number: '202/2025/QH15', date: '2025-06-12' }, successorIds: [c.successorId] })
    }
    t.same(byShort('Thái Nguyên').predecessors.map(nameOf), ['Bắc Kạn'], 'a successor knows its predecessor')
    const listed = await all<Committee>(`/v1/committees?successorId=${byShort('Phú Thọ').id}`)
    t.same(
      listed.map((c) => c.shortName),
      ['Hòa Bình'],
      '?successorId= lists them',
    )

    // The open 2024 year warns that its head, Bắc Kạn, and three members were merged.
    const y2024 = await get(`/v1/clusters/${north}/years/2024`)
    t.same(
      y2024.warnings
        .map((w: { code: string; committeeId: string; roles: string[]; successorIds: string[] }) =>
          [w.code, nameOf(w.committeeId), w.roles.join('+'), w.successorIds.map(nameOf).join()].join(' '),
        )
        .sort(),
      [
        'MEMBER_MERGED Bắc Giang member Bắc Ninh',
        'MEMBER_MERGED Bắc Kạn member+head Thái Nguyên',
        'MEMBER_MERGED Hòa Bình member Phú Thọ',
        'MEMBER_MERGED Yên Bái member Lào Cai',
      ],
    )
    t.same((await get(`/v1/clusters/${north}/years/2024/ranking`)).warnings, y2024.warnings, 'its ranking says the same')
    t.same((await get(`/v1/clusters/${north}/years/2023`)).warnings, [], 'the closed 2023 year is history: no warning')
  })

  t.test('the end of the district level: Thanh Hóa cluster no. 1 dissolved, 2023 still readable', async (t) => {
    const id = cluster('THA-CUM-1')
    const year2023 = await get(`/v1/clusters/${id}/years/2023`)
    const units = year2023.members.map((m: { committeeId: string }) => committees.find((c) => c.id === m.committeeId)!)
    t.same(units.filter((c: Committee) => c.status === 'dissolved').length, 8, 'the eight district-level units dissolved')
    for (const c of units.filter((x: Committee) => x.status === 'dissolved')) {
      t.match(c, {
        endReason: 'dissolved',
        validTo: '2025-07-01',
        successorId: null,
        successorIds: [],
        endDecision: { number: /minh họa/, issuer: /illustrative/ },
      })
    }
    t.same(
      units.filter((c: Committee) => c.status === 'active').map((c: Committee) => c.kind),
      ['party_organization', 'party_organization'],
      'the two sector Party organisations are not a district level and stay active',
    )
    t.same(year2023.warnings, [], 'the closed 2023 year warns of nothing')
    const ranking = await get(`/v1/clusters/${id}/years/2023/ranking`)
    t.equal(ranking.members[0].name, 'TP Thanh Hóa', 'the 2023 ranking reads as it was')
    t.same(ranking.warnings, [])
    const y2024 = await get(`/v1/clusters/${id}/years/2024`)
    t.equal(y2024.warnings.length, 8, 'the 2024 year, never run, warns of each dissolved member')
    const roles = (name: string) => y2024.warnings.find((w: { committeeId: string }) => nameOf(w.committeeId) === name)?.roles
    t.same(roles('Quảng Xương'), ['member', 'head'])
    t.same(roles('TX Nghi Sơn'), ['member', 'deputy'])
    t.ok(
      y2024.warnings.every((w: { code: string }) => w.code === 'MEMBER_DISSOLVED'),
      'each says dissolved',
    )
  })

  t.test('officers the reports name', async (t) => {
    const chair = async (short: string, position: string) =>
      ((await get(`/v1/committees/${byShort(short).id}/officers?position=${position}`)).items as { personName: string }[]).map((o) => o.personName)
    t.same(await chair('Phú Thọ', 'chair'), ['Nguyễn Hải'])
    t.same(await chair('TP Thanh Hóa', 'chair'), ['Nguyễn Việt Hùng'])
    t.same(await chair('Kiên Giang', 'standing_vice_chair'), ['Ngô Phương Vũ'])
    t.same(await chair('UBTƯ MTTQ', 'vice_chair'), ['Trương Thị Ngọc Ánh'])
  })

  t.test('loaded through the services: every change is in the audit log, whose chain holds', async (t) => {
    const events = await get('/v1/audit-events?entityType=award_proposal&limit=100')
    t.ok(events.items.filter((e: { action: string }) => e.action === 'award_proposal.approve').length >= 7)
    t.equal((await get('/v1/audit-events/verify')).valid, true)
  })
})
