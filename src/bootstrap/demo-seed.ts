/**
 * Loads the demo data (demo-data.ts) through the services, as an operator would through the API:
 * every change is validated by the same rules and recorded in the audit log. A manual clock is
 * set before each step, so the rules (input windows, finalisation, decision dates) see the day
 * the step happened, or an illustrative day where the reports give none, and every run loads the
 * same data. What is illustrative says so in a note, reason, venue, title or description.
 */
import type { Db } from '../db/client.ts'
import { dbScopes, newScope } from '../db/scope.ts'
import { manualClock } from '../lib/clock.ts'
import { SYSTEM_ACTOR } from '../modules/audit-events/service.ts'
import { awardService } from '../modules/awards/service.ts'
import { clusterService } from '../modules/clusters/service.ts'
import { committeeService } from '../modules/committees/service.ts'
import { indicatorService } from '../modules/indicators/service.ts'
import { officerService } from '../modules/officers/service.ts'
import { planningService } from '../modules/planning/service.ts'
import { rankingService } from '../modules/ranking/service.ts'
import { submissionService } from '../modules/submissions/service.ts'
import { DEMO_CLUSTERS, DEMO_COMMITTEES, DEMO_OFFICERS, DEMO_REFORM, DEMO_WORKING_BOARD_HANDOVERS, type DemoCluster } from './demo-data.ts'

const actor = SYSTEM_ACTOR
const ILLUSTRATIVE = 'Minh họa (illustrative): no report gives this value'

/** Per member, in the order of DEMO_CLUSTERS' NORTH members: Phú Thọ, Bắc Kạn, Hòa Bình, Tuyên Quang, Yên Bái, Bắc Giang, Thái Nguyên. */
const NORTH = {
  // Seed 003 gives the cluster's totals only: 6,485 Great Unity houses and 653 new-rural communes. The split is illustrative.
  housesTarget: [1350, 740, 1000, 1000, 1000, 1200, 900],
  housesFY: [1320, 705, 930, 905, 880, 1005, 740],
  fundFY: ['62000000000', '48000000000', '45000000000', '43000000000', '41000000000', '39000000000', '36000000000'],
  ntmTarget: [140, 40, 80, 75, 75, 130, 70],
  ntmFY: [150, 45, 85, 80, 78, 140, 75],
  // The peer score every other member gives this member (out of 20).
  peer: ['19.5', '19', '18.5', '18', '17.5', '17', '16.5'],
}

const NORTH_SCHEME = {
  criteria: [
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '40', indicatorCode: 'HOUSES_BUILT' },
    { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '30', indicatorCode: 'FUND_RAISED' },
    { code: 'NTM', title: 'Xã đạt chuẩn nông thôn mới', group: 'B', kind: 'standard', method: 'threshold', maxPoints: '10', indicatorCode: 'NTM_COMMUNES' },
    { code: 'PEER', title: 'Chấm điểm chéo', group: 'B', kind: 'standard', method: 'assessed', maxPoints: '20' },
  ],
  bonusCap: '5',
  penaltyCap: '5',
  tieBreakGroups: ['A', 'B'],
  latePenalty: null,
  classificationBands: [
    { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
    { code: 'TOT', label: 'Tốt', minTotal: '85' },
    { code: 'KHA', label: 'Khá', minTotal: '0' },
  ],
  awardRules: [
    { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
    { awardTypeCode: 'CO_XUAT_SAC', maxCount: 1 },
    { awardTypeCode: 'BANG_KHEN', maxCount: 5 },
  ],
}

/** Seed 000 reports the 2024 pact signed, not its content: an illustrative scheme, with no targets to set. */
const TNB_SCHEME_2024 = {
  criteria: [
    { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '50', indicatorCode: 'FUND_RAISED' },
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '50', indicatorCode: 'HOUSES_BUILT' },
  ],
  bonusCap: '0',
  penaltyCap: '0',
  tieBreakGroups: ['A'],
  latePenalty: null,
  classificationBands: [{ code: 'KHA', label: 'Khá', minTotal: '0' }],
  awardRules: [],
}

/** Seed 002: the five cities' H1 2023 (over 157 billion đồng, over 1,242 houses); the split between them is illustrative. */
const CITIES_H1: Record<string, { fund: string; houses: number }> = {
  HO_CHI_MINH: { fund: '60000000000', houses: 420 },
  HA_NOI: { fund: '45000000000', houses: 350 },
  CAN_THO: { fund: '15000000000', houses: 150 },
  DA_NANG: { fund: '15000000000', houses: 142 },
  HAI_PHONG: { fund: '22000000000', houses: 180 },
}

/** Seed 004: the points the conference agreed are not reported; these are illustrative, Thanh Hóa city first as the report's outcome requires. */
const THA1_POINTS: Record<string, { points: string; houses: number }> = {
  TP_THANH_HOA: { points: '87', houses: 120 },
  QUANG_XUONG: { points: '85', houses: 110 },
  NGHI_SON: { points: '84', houses: 105 },
  SAM_SON: { points: '83', houses: 100 },
  HOANG_HOA: { points: '82', houses: 95 },
  BIM_SON: { points: '81', houses: 90 },
  HAU_LOC: { points: '80', houses: 85 },
  NGA_SON: { points: '79', houses: 80 },
  CONG_AN_TINH: { points: '78', houses: 40 },
  KHOI_CQDN: { points: '77', houses: 40 },
}

const UBTU_AWARD_TYPES = [
  { code: 'CO_XUAT_SAC_TOAN_DIEN', nameVi: 'Cờ thi đua xuất sắc toàn diện', nameEn: 'Comprehensive-excellence emulation flag', precedence: 1 },
  { code: 'CO_XUAT_SAC', nameVi: 'Cờ thi đua xuất sắc', nameEn: 'Excellence emulation flag', precedence: 2 },
  { code: 'BANG_KHEN', nameVi: 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', nameEn: 'Certificate of merit', precedence: 3 },
]

const INDICATORS = [
  {
    code: 'HOUSES_BUILT',
    nameVi: 'Nhà Đại đoàn kết xây mới, sửa chữa',
    nameEn: 'Great Unity houses built or repaired',
    unit: 'house',
    valueType: 'integer',
    minValue: '0',
  },
  { code: 'FUND_RAISED', nameVi: 'Quỹ Vì người nghèo vận động được', nameEn: 'Fund for the Poor raised', unit: 'đồng', valueType: 'integer', minValue: '0' },
  {
    code: 'NTM_COMMUNES',
    nameVi: 'Xã đạt chuẩn nông thôn mới',
    nameEn: 'Communes meeting new-rural standards',
    unit: 'commune',
    valueType: 'integer',
    minValue: '0',
  },
] as const

/**
 * Loads the demo data into an empty database; returns the number of committees created. It all
 * commits at once, as a request's transaction does (each service's own transaction becomes a
 * savepoint of it): a start killed midway leaves an empty database that the next start seeds
 * again, and one commit instead of some 250 keeps the first start short.
 */
export async function loadDemoData(db: Db): Promise<number> {
  const scope = newScope()
  const seeded = await db.transaction(async (tx) => {
    scope.tx = tx
    return dbScopes.run(scope, () => seed(db))
  })
  for (const fn of scope.afterCommit) fn()
  return seeded
}

async function seed(db: Db): Promise<number> {
  const clock = manualClock('2023-01-02T02:00:00Z')
  const at = (iso: string) => clock.set(iso)
  const committees = committeeService(db, clock)
  const officers = officerService(db, clock)
  const indicators = indicatorService(db, clock)
  const awards = awardService(db, clock)
  const clusters = clusterService(db, clock)
  const planning = planningService(db, clock)
  const submissions = submissionService(db, clock)
  const ranking = rankingService(db, clock)

  const ids = new Map<string, string>()
  const id = (key: string) => {
    const v = ids.get(key)
    if (!v) throw new Error(`demo data: no committee ${key}`)
    return v
  }

  // The committees as they stood in 2023, and the catalogue the cycles use.
  for (const c of DEMO_COMMITTEES) {
    const row = await committees.create(actor, {
      name: c.name,
      shortName: c.shortName ?? null,
      code: c.code ?? null,
      level: c.level,
      kind: c.kind ?? 'front_committee',
      parentId: c.parent ? id(c.parent) : null,
    })
    ids.set(c.key, row.id)
  }
  for (const i of INDICATORS) await indicators.create(actor, { ...i, description: 'Demo catalogue (demo data)' })
  for (const t of UBTU_AWARD_TYPES) await awards.createType(actor, { organizerCommitteeId: id('UBTU'), ...t })
  await awards.createType(actor, {
    organizerCommitteeId: id('THANH_HOA'),
    code: 'CO_DAN_DAU',
    nameVi: 'Cờ dẫn đầu phong trào thi đua',
    nameEn: 'Leading-unit emulation flag',
    precedence: 1,
  })

  const clusterIds = new Map<DemoCluster['key'], string>()
  for (const c of DEMO_CLUSTERS) {
    const cluster = await clusters.createCluster(actor, {
      code: c.code,
      name: c.name,
      organizerCommitteeId: id(c.organizer),
      memberLevel: c.memberLevel,
      rotationPolicy: c.rotationPolicy,
      description: c.description,
    })
    clusterIds.set(c.key, cluster.id)
    await clusters.putYear(actor, cluster.id, c.year, { members: c.members.map(id), headId: id(c.head), deputyId: c.deputy ? id(c.deputy) : null }, null)
  }
  const def = (key: DemoCluster['key']) => DEMO_CLUSTERS.find((c) => c.key === key)!

  /** Every member signs (the signers' names are not reported). */
  const signPact = (clusterId: string, year: number, members: string[], signedAt: string, venue: string) =>
    planning.signPact(actor, clusterId, year, {
      signedAt,
      venue,
      signatories: members.map((committeeId) => ({ committeeId, signerName: 'Lãnh đạo Ủy ban MTTQ (minh họa: tên không nêu)', title: 'Đại diện đơn vị' })),
    })

  /** Created, submitted and accepted at the clock's time. */
  async function report(
    clusterId: string,
    year: number,
    period: 'H1' | 'FY',
    committeeId: string,
    values: { indicatorCode: string; value: string | number; note: string }[],
  ) {
    const s = await submissions.create(actor, { clusterId, year, period, committeeId, values })
    await submissions.submit(actor, s.id)
    await submissions.accept(actor, s.id, [])
  }

  async function handover(c: DemoCluster) {
    const h = c.handover!
    at(h.handedOverAt)
    await clusters.recordHandover(
      actor,
      clusterIds.get(c.key)!,
      {
        fromYear: c.year,
        incomingHeadId: id(h.head),
        incomingDeputyId: h.deputy ? id(h.deputy) : null,
        handedOverAt: h.handedOverAt,
        venue: h.venue,
        rotatingFlagHandedOver: h.rotatingFlag,
        minutesRef: h.minutesRef,
      },
      { overrideAllowed: false },
    )
  }

  // Cities (seed 002): the H1 2023 values reviewed in Cần Thơ on 3/8/2023. The year stays in reporting.
  {
    const c = def('CITIES')
    const cid = clusterIds.get('CITIES')!
    const members = c.members.map(id)
    at('2023-01-05T02:00:00Z')
    await planning.putScheme(
      actor,
      cid,
      2023,
      {
        criteria: [
          {
            code: 'FUND',
            title: 'Quỹ Vì người nghèo',
            group: 'A',
            kind: 'standard',
            method: 'relative_to_best',
            maxPoints: '50',
            indicatorCode: 'FUND_RAISED',
          },
          {
            code: 'HOUSES',
            title: 'Nhà Đại đoàn kết',
            group: 'A',
            kind: 'standard',
            method: 'relative_to_best',
            maxPoints: '50',
            indicatorCode: 'HOUSES_BUILT',
          },
        ],
        bonusCap: '0',
        penaltyCap: '0',
        tieBreakGroups: ['A'],
        latePenalty: null,
        classificationBands: [{ code: 'KHA', label: 'Khá', minTotal: '0' }],
        awardRules: [],
      },
      null,
    )
    await signPact(cid, 2023, members, '2023-02-15T09:00:00+07:00', 'Minh họa (illustrative): the 2023 pact of the cities is not reported')
    at('2023-06-01T02:00:00Z')
    await planning.putPeriod(actor, cid, 2023, 'H1', { opensAt: '2023-06-20T00:00:00+07:00', closesAt: '2023-07-31T17:00:00+07:00' }, null)
    at('2023-07-20T02:00:00Z')
    for (const key of c.members) {
      const v = CITIES_H1[key]!
      const note = 'Seed 002 gives the five cities together: over 157 billion đồng and 1,242 houses in six months; this split is illustrative (minh họa)'
      await report(cid, 2023, 'H1', id(key), [
        { indicatorCode: 'FUND_RAISED', value: v.fund, note },
        { indicatorCode: 'HOUSES_BUILT', value: v.houses, note },
      ])
    }
  }

  // Thanh Hóa's cluster no. 1 (seed 004): scoring agreed on 27/11/2023, the flag proposed for Thanh Hóa city, the 2024 head and deputy elected.
  {
    const c = def('THA1')
    const cid = clusterIds.get('THA1')!
    const members = c.members.map(id)
    at('2023-01-10T02:00:00Z')
    await planning.putScheme(
      actor,
      cid,
      2023,
      {
        criteria: [
          { code: 'CHAM_DIEM', title: 'Điểm hội nghị thống nhất', group: 'A', kind: 'standard', method: 'manual', maxPoints: '90' },
          {
            code: 'NHA_DDK',
            title: 'Nhà Đại đoàn kết',
            group: 'A',
            kind: 'standard',
            method: 'relative_to_best',
            maxPoints: '10',
            indicatorCode: 'HOUSES_BUILT',
          },
        ],
        bonusCap: '0',
        penaltyCap: '0',
        tieBreakGroups: ['A'],
        latePenalty: null,
        classificationBands: [{ code: 'HOAN_THANH', label: 'Hoàn thành', minTotal: '0' }],
        awardRules: [{ awardTypeCode: 'CO_DAN_DAU', maxCount: 1 }],
      },
      null,
    )
    await signPact(cid, 2023, members, '2023-02-20T09:00:00+07:00', 'Minh họa (illustrative): the 2023 pact of cluster no. 1 is not reported')
    at('2023-06-01T02:00:00Z')
    await planning.putPeriod(actor, cid, 2023, 'H1', { opensAt: '2023-06-15T00:00:00+07:00', closesAt: '2023-07-15T17:00:00+07:00' }, null)
    await planning.putPeriod(actor, cid, 2023, 'FY', { opensAt: '2023-11-01T00:00:00+07:00', closesAt: '2023-11-20T17:00:00+07:00' }, null)
    at('2023-11-10T02:00:00Z')
    for (const key of c.members)
      await report(cid, 2023, 'FY', id(key), [{ indicatorCode: 'HOUSES_BUILT', value: THA1_POINTS[key]!.houses, note: ILLUSTRATIVE }])
    at('2023-11-21T02:00:00Z')
    await planning.closePeriod(actor, cid, 2023, 'FY')
    at('2023-11-27T08:00:00Z')
    for (const key of c.members) {
      await ranking.createAdjustment(actor, cid, 2023, {
        committeeId: id(key),
        type: 'manual',
        criterionCode: 'CHAM_DIEM',
        points: THA1_POINTS[key]!.points,
        reason: 'Seed 004: the conference agreed the 2023 scoring (thống nhất chấm điểm); the points are not reported and are illustrative (minh họa)',
      })
    }
    at('2023-11-27T09:00:00Z')
    await ranking.finalize(actor, cid, 2023)
    const { proposals } = await awards.generate(actor, cid, 2023)
    // Proposed to the province committee (đề nghị); the report does not say it was decided, so it stays submitted.
    for (const p of proposals) await awards.act(actor, p.id, 'submit', {})
    await handover(c)
  }

  // Northern midlands and mountains (seed 003): the whole 2023 cycle, the handover and the 2024 pact on 1/12/2023.
  {
    const c = def('NORTH')
    const cid = clusterIds.get('NORTH')!
    const members = c.members.map(id)
    const targets = (year: number) =>
      members.flatMap((committeeId, i) => [
        { committeeId, criterionCode: 'HOUSES', value: String(year === 2023 ? NORTH.housesTarget[i] : Math.round(NORTH.housesTarget[i]! * 1.05)) },
        { committeeId, criterionCode: 'NTM', value: String(year === 2023 ? NORTH.ntmTarget[i] : NORTH.ntmFY[i]! + 5) },
      ])
    at('2023-01-15T02:00:00Z')
    await planning.putScheme(actor, cid, 2023, NORTH_SCHEME, null)
    await planning.putTargets(actor, cid, 2023, targets(2023), () => {})
    await signPact(cid, 2023, members, '2023-02-24T09:00:00+07:00', 'Minh họa (illustrative): the 2023 pact of the cluster is not reported')
    at('2023-06-01T02:00:00Z')
    await planning.putPeriod(actor, cid, 2023, 'H1', { opensAt: '2023-06-15T00:00:00+07:00', closesAt: '2023-07-10T17:00:00+07:00' }, null)
    await planning.putPeriod(actor, cid, 2023, 'FY', { opensAt: '2023-11-01T00:00:00+07:00', closesAt: '2023-11-20T17:00:00+07:00' }, null)
    at('2023-07-01T02:00:00Z')
    for (const [i, m] of members.entries()) {
      await report(cid, 2023, 'H1', m, [
        { indicatorCode: 'HOUSES_BUILT', value: Math.round(NORTH.housesFY[i]! * 0.45), note: ILLUSTRATIVE },
        { indicatorCode: 'FUND_RAISED', value: String(BigInt(NORTH.fundFY[i]!) / 2n), note: ILLUSTRATIVE },
        { indicatorCode: 'NTM_COMMUNES', value: NORTH.ntmFY[i]! - 4, note: ILLUSTRATIVE },
      ])
    }
    at('2023-11-15T02:00:00Z')
    const totals = 'Seed 003 gives the cluster total only (6,485 Great Unity houses; 653 new-rural communes); this split is illustrative (minh họa)'
    for (const [i, m] of members.entries()) {
      await report(cid, 2023, 'FY', m, [
        { indicatorCode: 'HOUSES_BUILT', value: NORTH.housesFY[i]!, note: totals },
        { indicatorCode: 'FUND_RAISED', value: NORTH.fundFY[i]!, note: ILLUSTRATIVE },
        { indicatorCode: 'NTM_COMMUNES', value: NORTH.ntmFY[i]!, note: totals },
      ])
    }
    at('2023-11-21T02:00:00Z')
    await planning.closePeriod(actor, cid, 2023, 'FY')
    at('2023-11-28T02:00:00Z')
    for (const assessor of members) {
      const scores = members.flatMap((target, i) => (target === assessor ? [] : [{ targetId: target, criterionCode: 'PEER', score: NORTH.peer[i]! }]))
      await ranking.putAssessment(actor, cid, 2023, assessor, scores, null)
    }
    // The conference of 1/12/2023: the ranking, the proposals, the handover, the 2024 pact.
    at('2023-12-01T01:00:00Z')
    await ranking.finalize(actor, cid, 2023)
    const { proposals } = await awards.generate(actor, cid, 2023)
    for (const p of proposals) await awards.act(actor, p.id, 'submit', {})
    await handover(c)
    at('2023-12-01T04:00:00Z')
    await planning.putScheme(actor, cid, 2024, NORTH_SCHEME, null)
    await planning.putTargets(actor, cid, 2024, targets(2024), () => {})
    await signPact(cid, 2024, members, '2023-12-01T11:00:00+07:00', 'Phú Thọ (seed 003: signed at the conference of 1/12/2023; the hour is illustrative)')
    // UBTƯ's decisions are not reported: number, date and signer are illustrative.
    at('2024-01-20T02:00:00Z')
    const order = new Map(c.members.map((k, i) => [id(k), i]))
    const sorted = [...proposals].sort((a, b) => order.get(a.committeeId)! - order.get(b.committeeId)!)
    for (const [i, p] of sorted.entries()) {
      await awards.act(actor, p.id, 'approve', {
        decisionNumber: `${101 + i}/QĐ-MTTW-BTT (minh họa)`,
        decisionDate: '2024-01-20',
        signer: 'Minh họa (illustrative): no report gives the decision or its signer',
        signerTitle: 'Minh họa (illustrative): the title of the signer is not reported',
      })
    }
  }

  // Tây Nam Bộ (seed 000): the 2023 review, the handover and the 2024 pact in TP Bến Tre. No 2023
  // scheme: the report gives no scoring. The 2024 scheme the pact freezes is illustrative.
  {
    const c = def('TNB')
    const cid = clusterIds.get('TNB')!
    at('2023-12-15T01:00:00Z')
    for (const event of ['sign_pact', 'open_reporting', 'start_scoring', 'finalize'] as const) await clusters.advance(actor, cid, 2023, event)
    await handover(c)
    at('2023-12-15T02:00:00Z')
    await planning.putScheme(actor, cid, 2024, TNB_SCHEME_2024, null)
    await signPact(
      cid,
      2024,
      c.members.map(id),
      '2023-12-15T10:00:00+07:00',
      'TP Bến Tre (seed 000: signed at the conference of 15/12/2023; the hour is illustrative)',
    )
  }

  // Officers the reports name, and the working-board handovers of seed 001.
  for (const o of DEMO_OFFICERS) {
    at(`${o.effectiveDate}T02:00:00Z`)
    await officers.handover(actor, id(o.committee), {
      position: o.position,
      incoming: { personName: o.personName, title: o.title ?? null },
      effectiveDate: o.effectiveDate,
      termLabel: o.termLabel ?? null,
      reason: o.reason,
    })
  }
  for (const w of DEMO_WORKING_BOARD_HANDOVERS) {
    at(`${w.outgoingSince}T02:00:00Z`)
    await officers.handover(actor, id(w.committee), {
      position: 'working_board_head',
      incoming: { personName: w.outgoing, title: 'Trưởng Ban Công tác Mặt trận' },
      effectiveDate: w.outgoingSince,
      reason: w.outgoingReason,
    })
    at(`${w.handoverDate}T02:00:00Z`)
    await officers.handover(actor, id(w.committee), {
      position: 'working_board_head',
      incoming: { personName: w.incoming, title: 'Trưởng Ban Công tác Mặt trận' },
      effectiveDate: w.handoverDate,
      reason: w.handoverReason,
    })
  }

  // The 1 July 2025 reform (Resolution 202/2025/QH15). The district level also ended that day; the
  // service has no operation that ends a committee without a successor, so the districts stay active
  // here (docs/demo-data.md).
  at(`${DEMO_REFORM.effectiveDate}T00:00:00+07:00`)
  for (const m of DEMO_REFORM.merges) await committees.merge(actor, id(m.merged), { successorId: id(m.successor), effectiveDate: DEMO_REFORM.effectiveDate })

  return DEMO_COMMITTEES.length
}
