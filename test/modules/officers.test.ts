import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

t.test('officers: one-step handovers, tenures that never overlap, history kept', async (t) => {
  const h = await buildTestApp(t)
  const province = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Quảng Ninh', level: 'province' })
  const ward = await createCommittee(h, { name: 'Ủy ban MTTQ phường Bình Ngọc', level: 'commune', parentId: province.id })
  const secretariat = await h.token('secretariat', ward.id)
  const handover = (body: Record<string, unknown>, token = secretariat) =>
    h.call(token, { method: 'POST', url: `/v1/committees/${ward.id}/officers/handover`, body })
  const list = async (query = '') => (await h.call(secretariat, { method: 'GET', url: `/v1/committees/${ward.id}/officers${query}` })).json().items

  const first = await handover({ position: 'chair', incoming: { personName: 'Khổng Minh Nguyên' }, effectiveDate: '2019-10-01', termLabel: '2019-2024' })
  t.equal(first.statusCode, 201)
  t.same(first.json().closed, [])
  t.match(first.json().opened, { position: 'chair', personName: 'Khổng Minh Nguyên', startDate: '2019-10-01', endDate: null })

  const next = await handover({
    position: 'chair',
    incoming: { personName: 'Nguyễn Văn A' },
    effectiveDate: '2024-09-15',
    termLabel: '2024-2029',
    reason: 'Đại hội nhiệm kỳ 2024-2029',
  })
  t.equal(next.statusCode, 201)
  t.match(next.json().closed, [{ personName: 'Khổng Minh Nguyên', endDate: '2024-09-15' }])
  t.match(next.json().opened, { personName: 'Nguyễn Văn A', startDate: '2024-09-15', endDate: null })
  const chairs = await list('?position=chair')
  t.equal(chairs.length, 2, 'history is kept')
  t.equal((await list('?position=chair&current=true')).length, 1, 'one chair at a time')

  const before = await handover({ position: 'chair', incoming: { personName: 'X' }, effectiveDate: '2024-01-01' })
  t.equal(before.statusCode, 422)
  t.equal(before.json().code, 'EFFECTIVE_DATE_BEFORE_TENURE_START')

  // Vice-chairs may be several; a handover then names the outgoing tenure.
  const v1 = (await handover({ position: 'vice_chair', incoming: { personName: 'Lăng Thị Thanh' }, effectiveDate: '2019-10-01' })).json().opened
  const v2 = await handover({ position: 'vice_chair', incoming: { personName: 'Trần B' }, effectiveDate: '2020-01-01', additional: true })
  t.equal(v2.statusCode, 201)
  t.equal((await list('?position=vice_chair&current=true')).length, 2)
  const ambiguous = await handover({ position: 'vice_chair', incoming: { personName: 'Lê C' }, effectiveDate: '2024-09-15' })
  t.equal(ambiguous.json().code, 'OUTGOING_TENURE_REQUIRED')
  const named = await handover({ position: 'vice_chair', incoming: { personName: 'Lê C' }, effectiveDate: '2024-09-15', outgoingTenureId: v1.id })
  t.equal(named.statusCode, 201)
  t.same(
    named.json().closed.map((x: { id: string }) => x.id),
    [v1.id],
  )
  const closedAgain = await handover({ position: 'vice_chair', incoming: { personName: 'Lê D' }, effectiveDate: '2024-10-01', outgoingTenureId: v1.id })
  t.equal(closedAgain.statusCode, 409)
  t.equal(closedAgain.json().code, 'TENURE_NOT_OPEN')
  const singleAdditional = await handover({ position: 'chair', incoming: { personName: 'Y' }, effectiveDate: '2025-01-01', additional: true })
  t.equal(singleAdditional.json().code, 'POSITION_SINGLE_HOLDER')

  // Seed 001: the ward thanked two former working-board heads.
  await handover({ position: 'working_board_head', incoming: { personName: 'Trưởng ban 1' }, effectiveDate: '2014-01-01' })
  await handover({ position: 'working_board_head', incoming: { personName: 'Trưởng ban 2' }, effectiveDate: '2019-01-01' })
  await handover({ position: 'working_board_head', incoming: { personName: 'Trưởng ban 3' }, effectiveDate: '2023-11-29' })
  const heads = await list('?position=working_board_head')
  t.same(
    heads.map((x: { personName: string; endDate: string | null }) => [x.personName, x.endDate]),
    [
      ['Trưởng ban 1', '2019-01-01'],
      ['Trưởng ban 2', '2023-11-29'],
      ['Trưởng ban 3', null],
    ],
  )

  // Scope: the ward's own staff and the province's organiser; not another committee's secretariat.
  const other = await createCommittee(h, { name: 'Phường khác', level: 'commune', parentId: province.id })
  const outsider = await handover({ position: 'chair', incoming: { personName: 'Z' }, effectiveDate: '2026-01-01' }, await h.token('secretariat', other.id))
  t.equal(outsider.json().code, 'OUT_OF_SCOPE')
  const organizer = await handover(
    { position: 'standing_vice_chair', incoming: { personName: 'Lăng Thị Thanh' }, effectiveDate: '2024-09-15' },
    await h.token('organizer', province.id),
  )
  t.equal(organizer.statusCode, 201)
  t.equal(
    (await handover({ position: 'chair', incoming: { personName: 'Z' }, effectiveDate: '2026-01-01' }, await h.token('reader'))).json().code,
    'ROLE_NOT_ALLOWED',
  )
  t.equal((await handover({ position: 'chair', incoming: { personName: 'Z' }, effectiveDate: '2026-02-30' })).statusCode, 400, 'an impossible date is refused')
})
