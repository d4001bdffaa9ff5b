import t from 'tap'
import { bootstrapOnFirstStart } from '../../src/bootstrap/first-start.ts'
import { DEMO_CLUSTERS, DEMO_COMMITTEES } from '../../src/bootstrap/demo-data.ts'
import { buildTestApp } from '../helpers/app.ts'

t.test('first start: demo data from the seeds and an admin key, once', async (t) => {
  const h = await buildTestApp(t)
  // buildTestApp issued an admin key already; the bootstrap key is for a database without keys.
  const { apiKeys } = await import('../../src/db/schema.ts')
  await h.app.db.delete(apiKeys)
  const first = await bootstrapOnFirstStart(h.app.database, { seedDemo: true, adminKey: true })
  t.equal(first.seeded, DEMO_COMMITTEES.length)
  t.match(first.adminToken, /^ctd_/)
  const committees = await h.call(first.adminToken, { method: 'GET', url: '/v1/committees?q=hoa%20binh' })
  t.equal(committees.statusCode, 200, 'the printed key works')
  t.equal(committees.json().items[0].code, '17')
  const clusters = (await h.call(first.adminToken, { method: 'GET', url: '/v1/clusters' })).json().items
  t.equal(clusters.length, DEMO_CLUSTERS.length)
  const tnb = clusters.find((c: { code: string }) => c.code === 'UBTU-TNB')
  const kienGiang = (await h.call(first.adminToken, { method: 'GET', url: '/v1/committees?q=kien%20giang' })).json().items[0]
  const y2024 = (await h.call(first.adminToken, { method: 'GET', url: `/v1/clusters/${tnb.id}/years/2024` })).json()
  t.equal(y2024.headId, kienGiang.id, 'Kiên Giang heads Tây Nam Bộ in 2024')
  t.equal((await h.call(first.adminToken, { method: 'GET', url: '/v1/audit-events/verify' })).json().valid, true)

  const second = await bootstrapOnFirstStart(h.app.database, { seedDemo: true, adminKey: true })
  t.same(second, { adminToken: null, seeded: 0 }, 'a database with data is left alone')
})
