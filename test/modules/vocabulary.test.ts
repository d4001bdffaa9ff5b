import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { PUBLICATION } from '../../src/modules/publication/service.ts'

interface Group {
  name: string
  vi: string
  en: string
  codes: { code: string; vi: string; en: string }[]
}

/**
 * Enum values of the contract that are not codes for people: single constants (a format
 * version, the health check's `ok`, the signature algorithm, the replay header's `true`).
 */
const NOT_VOCABULARY = new Set(['ok', 'true', 'Ed25519', 'ctd-cluster-year-export/1'])

type Json = Record<string, unknown>

/** Every enum of the document: the problem codes its operations declare, and the other values. */
function enumsOf(doc: Json) {
  const problemCodes = new Set<string>()
  const values = new Map<string, string>()
  const walk = (node: unknown, path: string, inProblem: boolean) => {
    if (!node || typeof node !== 'object') return
    const o = node as Json
    if (Array.isArray(o.enum)) {
      for (const v of o.enum as unknown[]) {
        if (typeof v !== 'string') continue
        if (inProblem && /\/code$/.test(path)) problemCodes.add(v)
        else if (!values.has(v)) values.set(v, path)
      }
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`, inProblem || k === 'application/problem+json')
  }
  walk(doc, '', false)
  return { problemCodes, values }
}

t.test('GET /v1/vocabulary: every code the API uses, with both labels, for every role', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const res = await h.call(reader, { method: 'GET', url: '/v1/vocabulary' })
  t.equal(res.statusCode, 200)
  t.ok(res.headers.etag, 'an ETag')
  const { groups } = res.json<{ groups: Group[] }>()
  const byName = new Map(groups.map((g) => [g.name, g]))
  const labels = (name: string) => Object.fromEntries(byName.get(name)!.codes.map((c) => [c.code, [c.vi, c.en]]))

  t.same(labels('clusterYearStatuses').finalized, ['Đã chốt kết quả xếp hạng', 'Ranking finalised'])
  t.same(labels('roles').secretariat, ['Thường trực cụm (đơn vị Cụm trưởng)', "Secretariat (the cluster head's staff)"])
  t.same(labels('periods').H1, ['Sáu tháng đầu năm (sơ kết)', 'First half of the year (six-month review)'])
  t.same(labels('problemCodes').CLUSTER_NOT_FOUND, ['Không tìm thấy cụm thi đua', 'Cluster not found'])
  t.same(labels('problemCodes').PERIOD_CLOSED, ['Kỳ báo cáo đã đóng', 'The period is closed'])
  for (const g of groups) {
    t.ok(g.vi && g.en, `${g.name}: the group is labelled`)
    const empty = g.codes.filter((c) => !c.vi.trim() || !c.en.trim()).map((c) => c.code)
    t.same(empty, [], `${g.name}: every code has both labels`)
  }

  const again = await h.call(reader, { method: 'GET', url: '/v1/vocabulary', headers: { 'if-none-match': res.headers.etag as string } })
  t.equal(again.statusCode, 304, 'If-None-Match: 304')
  for (const role of ['admin', 'organizer', 'secretariat', 'submitter', 'auditor'] as const) {
    const committee = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body: { name: `Ủy ban ${role}`, level: 'central' } })
    const token = await h.token(role, role === 'admin' ? null : committee.json().id)
    t.equal((await h.call(token, { method: 'GET', url: '/v1/vocabulary' })).statusCode, 200, `${role} may read it`)
  }
  t.equal((await h.call(null, { method: 'GET', url: '/v1/vocabulary' })).statusCode, 401, 'a key is needed')
})

t.test('every problem code a route declares and every enum value of the contract is in the vocabulary', async (t) => {
  const h = await buildTestApp(t)
  const doc = h.app.swagger() as unknown as Json
  const { problemCodes, values } = enumsOf(doc)
  t.ok(problemCodes.size > 150, `the contract declares ${problemCodes.size} problem codes`)
  const { groups } = (await h.call(h.adminToken, { method: 'GET', url: '/v1/vocabulary' })).json<{ groups: Group[] }>()
  const problems = new Set(groups.find((g) => g.name === 'problemCodes')!.codes.map((c) => c.code))
  t.same(
    [...problemCodes].filter((c) => !problems.has(c)),
    [],
    'every declared problem code is in the problemCodes group (src/lib/i18n/problem-catalogue.ts)',
  )
  const everything = new Set(groups.flatMap((g) => g.codes.map((c) => c.code)))
  t.same(
    [...values].filter(([v]) => !everything.has(v) && !NOT_VOCABULARY.has(v)).map(([v, path]) => `${v} (${path})`),
    [],
    'every enum value is labelled in some group (src/lib/i18n/vocabulary.ts)',
  )
  // Every kind the publication table knows (public or not: the audit log names them all) has its labels.
  const kinds = new Set(groups.find((g) => g.name === 'entityTypes')!.codes.map((c) => c.code))
  t.same(
    Object.keys(PUBLICATION).filter((k) => !kinds.has(k)),
    [],
    'every entity kind of src/modules/publication/service.ts is in the entityTypes group',
  )
})
