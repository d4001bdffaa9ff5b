/**
 * A cluster-year driven through its whole cycle for the export tests: four members report and
 * are accepted (one value corrected), score each other, one gets a bonus, FY closes, the ranking
 * is finalised, award proposals are generated, submitted and approved, and the head hands over.
 */
import type { TestApp } from './app.ts'
import { scoredClusterYear } from './fixtures.ts'

export const EXPORT_SCHEME = {
  criteria: [
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '40', indicatorCode: 'HOUSES_BUILT' },
    { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '30', indicatorCode: 'FUND_RAISED' },
    { code: 'NTM', title: 'Nông thôn mới', group: 'B', kind: 'standard', method: 'threshold', maxPoints: '10', indicatorCode: 'NTM_COMMUNES' },
    { code: 'PEER', title: 'Chấm điểm chéo', group: 'B', kind: 'standard', method: 'assessed', maxPoints: '20' },
  ],
  bonusCap: '5',
  penaltyCap: '10',
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
    { awardTypeCode: 'BANG_KHEN', maxCount: 1 },
  ],
}

type Res = { statusCode: number; body: string }
export async function must<T extends Res>(p: Promise<T>, status: number): Promise<T> {
  const res = await p
  if (res.statusCode !== status) throw new Error(`${status} expected, got ${res.statusCode}: ${res.body}`)
  return res
}

export async function decidedYear(h: TestApp) {
  const r = await scoredClusterYear(h, {
    names: ['Phú Thọ', 'Bắc Kạn', 'Hòa Bình', 'Yên Bái'],
    scheme: EXPORT_SCHEME,
    targets: (committeeId) => [
      { committeeId, criterionCode: 'HOUSES', value: '100' },
      { committeeId, criterionCode: 'NTM', value: '10' },
    ],
    values: [
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 90, FUND_RAISED: '98500000000', NTM_COMMUNES: 10 },
      { HOUSES_BUILT: 70, FUND_RAISED: '60000000000', NTM_COMMUNES: 8 },
      { HOUSES_BUILT: 50, FUND_RAISED: '52000000000', NTM_COMMUNES: 6 },
    ],
  })
  const ids = r.ids
  const scores: Record<string, string> = { [ids[0]!]: '19', [ids[1]!]: '18.5', [ids[2]!]: '16', [ids[3]!]: '14' }
  for (const assessor of ids) {
    const key = await h.token('submitter', assessor)
    const body = { scores: ids.filter((x) => x !== assessor).map((targetId) => ({ targetId, criterionCode: 'PEER', score: scores[targetId] })) }
    await must(h.call(key, { method: 'PUT', url: `${r.base}/assessments/${assessor}`, body }), 200)
  }
  const secretariat = await h.token('secretariat', ids[0])
  await must(
    h.call(secretariat, {
      method: 'POST',
      url: `${r.base}/adjustments`,
      body: { committeeId: ids[2], type: 'bonus', points: '2', reason: 'Mô hình "Mái ấm Đại đoàn kết" được nhân rộng' },
    }),
    201,
  )
  await must(h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/finalize` }), 200)
  const generated = await must(h.call(secretariat, { method: 'POST', url: `${r.base}/award-proposals/generate` }), 201)
  const proposals = generated.json().items as { id: string; committeeId: string; awardTypeCode: string }[]
  const organizer = await h.token('organizer', r.organizer.id)
  for (const [i, p] of proposals.entries()) {
    await must(h.call(secretariat, { method: 'POST', url: `/v1/award-proposals/${p.id}/submit` }), 200)
    await must(
      h.call(organizer, {
        method: 'POST',
        url: `/v1/award-proposals/${p.id}/approve`,
        body: { decisionNumber: `${125 + i}/QĐ-MTTW-BTT`, decisionDate: '2024-01-15', signer: 'Chủ tịch UBTƯ MTTQ Việt Nam', signerTitle: 'Chủ tịch' },
      }),
      200,
    )
  }
  await must(
    h.call(secretariat, {
      method: 'POST',
      url: `/v1/clusters/${r.cluster.id}/handovers`,
      body: {
        fromYear: r.year,
        incomingHeadId: ids[1],
        incomingDeputyId: ids[2],
        handedOverAt: '2023-12-10T10:00:00+07:00',
        venue: 'Thành phố Việt Trì',
        rotatingFlagHandedOver: true,
        minutesRef: 'Biên bản Hội nghị tổng kết Cụm 2023',
      },
    }),
    201,
  )
  return { ...r, proposals, secretariat, organizerToken: organizer }
}
