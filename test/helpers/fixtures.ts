import type { TestApp } from './app.ts'

let counter = 0
/** A unique administrative code for a test committee. */
export const uniqueCode = () => `T${process.pid % 1000}${++counter}`

/** Creates a committee through the API as admin and returns its body. */
export async function createCommittee(
  h: TestApp,
  body: { name: string; level: string; parentId?: string | null; code?: string | null; shortName?: string; kind?: string },
): Promise<{ id: string; version: number; [k: string]: unknown }> {
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body })
  if (res.statusCode !== 201) throw new Error(`createCommittee ${res.statusCode}: ${res.body}`)
  return res.json()
}

/** UBTƯ with two provinces, each with one district below it. */
export async function smallHierarchy(h: TestApp) {
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const phuTho = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Phú Thọ', shortName: 'Phú Thọ', code: '25', level: 'province', parentId: central.id })
  const thanhHoa = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Thanh Hóa', shortName: 'Thanh Hóa', code: '38', level: 'province', parentId: central.id })
  const vietTri = await createCommittee(h, { name: 'Ủy ban MTTQ thành phố Việt Trì', level: 'district', parentId: phuTho.id })
  const samSon = await createCommittee(h, { name: 'Ủy ban MTTQ thành phố Sầm Sơn', level: 'district', parentId: thanhHoa.id })
  return { central, phuTho, thanhHoa, vietTri, samSon }
}

/** Brings a cluster-year to `finalized` through the domain state machine (not by writing the column). */
export async function finalizeYear(h: TestApp, clusterId: string, year: number) {
  const { clusterService } = await import('../../src/modules/clusters/service.ts')
  const { SYSTEM_ACTOR } = await import('../../src/modules/audit-events/chain.ts')
  const service = clusterService(h.app.db)
  for (const event of ['sign_pact', 'open_reporting', 'start_scoring', 'finalize'] as const) {
    await service.advance(SYSTEM_ACTOR, clusterId, year, event)
  }
}

/** An organising committee with `n` member committees of the level below it. */
export async function organizerWithMembers(h: TestApp, n: number, opts: { organizerLevel?: string; memberLevel?: string; names?: string[] } = {}) {
  const organizer = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: opts.organizerLevel ?? 'central' })
  const members = []
  for (let i = 0; i < n; i++) {
    members.push(
      await createCommittee(h, {
        name: opts.names?.[i] ?? `Ủy ban MTTQ tỉnh ${i + 1}`,
        code: uniqueCode(),
        level: opts.memberLevel ?? 'province',
        parentId: organizer.id,
      }),
    )
  }
  return { organizer, members }
}

export async function createCluster(h: TestApp, body: Record<string, unknown>, token = h.adminToken) {
  const res = await h.call(token, { method: 'POST', url: '/v1/clusters', body: { code: `C${uniqueCode()}`, name: 'Cụm thi đua', memberLevel: 'province', rotationPolicy: 'deputy_succeeds', ...body } })
  if (res.statusCode !== 201) throw new Error(`createCluster ${res.statusCode}: ${res.body}`)
  return res.json() as { id: string; [k: string]: unknown }
}

export async function putYear(h: TestApp, clusterId: string, year: number, body: Record<string, unknown>, token = h.adminToken) {
  const existing = await h.call(token, { method: 'GET', url: `/v1/clusters/${clusterId}/years/${year}` })
  const headers: Record<string, string> = existing.statusCode === 200 ? { 'if-match': existing.headers.etag as string } : {}
  return h.call(token, { method: 'PUT', url: `/v1/clusters/${clusterId}/years/${year}`, headers, body })
}
