import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { rankByHouses, scoredClusterYear } from '../helpers/fixtures.ts'

t.test('seed 003: the northern midlands cluster proposes its awards as the conference did', async (t) => {
  const h = await buildTestApp(t)
  const names = ['Phú Thọ', 'Bắc Kạn', 'Bắc Giang', 'Hòa Bình', 'Tuyên Quang', 'Yên Bái', 'Thái Nguyên']
  // Inputs that rank Phú Thọ first and Bắc Kạn second.
  const houses = [1500, 1400, 700, 1200, 1100, 1000, 900]
  const r = await scoredClusterYear(h, {
    names,
    scheme: rankByHouses([
      { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
      { awardTypeCode: 'CO_XUAT_SAC', maxCount: 1 },
      { awardTypeCode: 'BANG_KHEN' },
    ]),
    values: houses.map((n) => ({ HOUSES_BUILT: n })),
  })
  const admin = h.adminToken
  const ranking = (await h.call(admin, { method: 'GET', url: `${r.base}/ranking` })).json()
  t.same(ranking.blockers, [], 'nothing blocks finalisation')
  t.equal(ranking.members[0].committeeId, r.ids[0])
  t.equal(ranking.members[1].committeeId, r.ids[1])

  const final = await h.call(admin, { method: 'POST', url: `${r.base}/ranking/finalize` })
  t.equal(final.statusCode, 200)
  t.equal(final.json().final, true)
  const generated = await h.call(admin, { method: 'POST', url: `${r.base}/award-proposals/generate` })
  t.equal(generated.statusCode, 201)
  const byCommittee = Object.fromEntries(generated.json().items.map((p: { committeeId: string; awardTypeCode: string }) => [p.committeeId, p.awardTypeCode]))
  const name = (id: string) => names[r.ids.indexOf(id)]
  const outcome = Object.fromEntries(Object.entries(byCommittee).map(([id, code]) => [name(id), code]))
  t.same(outcome, {
    'Phú Thọ': 'CO_XUAT_SAC_TOAN_DIEN',
    'Bắc Kạn': 'CO_XUAT_SAC',
    'Hòa Bình': 'BANG_KHEN',
    'Tuyên Quang': 'BANG_KHEN',
    'Yên Bái': 'BANG_KHEN',
    'Bắc Giang': 'BANG_KHEN',
    'Thái Nguyên': 'BANG_KHEN',
  })
  t.equal(generated.json().items.length, 7, 'exactly these seven proposals')
  const phuTho = generated.json().items.find((p: { committeeId: string }) => p.committeeId === r.ids[0])
  t.match(phuTho.explanation, { rank: 1, total: '100' })
  t.type(phuTho.explanation.text, 'string')
})

t.test("seed 004: Thanh Hóa's cluster no. 1 gives its leading-unit flag to Thanh Hóa city", async (t) => {
  const h = await buildTestApp(t)
  const names = ['TP Thanh Hóa', 'Nga Sơn', 'Quảng Xương', 'Hoằng Hóa', 'Hậu Lộc', 'TX Nghi Sơn', 'TX Bỉm Sơn', 'TP Sầm Sơn', 'Công an tỉnh', 'Khối CQ&DN tỉnh']
  const r = await scoredClusterYear(h, {
    names,
    organizerLevel: 'province',
    memberLevel: 'district',
    awardTypes: [{ code: 'CO_DAN_DAU', nameVi: 'Cờ thi đua đơn vị dẫn đầu', nameEn: 'Leading-unit flag', precedence: 1 }],
    scheme: rankByHouses([{ awardTypeCode: 'CO_DAN_DAU', maxCount: 1 }]),
    values: names.map((_, i) => ({ HOUSES_BUILT: 500 - i * 10 })),
  })
  await h.call(h.adminToken, { method: 'POST', url: `${r.base}/ranking/finalize` })
  const generated = (await h.call(h.adminToken, { method: 'POST', url: `${r.base}/award-proposals/generate` })).json()
  t.same(
    generated.items.map((p: { committeeId: string; awardTypeCode: string }) => [names[r.ids.indexOf(p.committeeId)], p.awardTypeCode]),
    [['TP Thanh Hóa', 'CO_DAN_DAU']],
  )
  t.equal(generated.notAwarded.length, 9)
})
