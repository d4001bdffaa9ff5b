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
