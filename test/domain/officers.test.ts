import t from 'tap'
import { OFFICER_POSITIONS, isSingleHolder, planOfficerHandover } from '../../src/domain/officers.ts'
import type { Tenure } from '../../src/domain/officers.ts'
import { DomainError } from '../../src/domain/errors.ts'

const caught = (fn: () => unknown): DomainError | null => {
  try {
    fn()
    return null
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
}

t.test('single-holder positions', async (t) => {
  t.same(OFFICER_POSITIONS.filter(isSingleHolder), ['chair', 'standing_vice_chair', 'working_board_head'])
})

t.test('chair: the open tenure closes the day the next opens', async (t) => {
  const current: Tenure[] = [
    { id: 't1', position: 'chair', startDate: '2014-05-01', endDate: '2019-09-01' },
    { id: 't2', position: 'chair', startDate: '2019-09-01', endDate: null },
  ]
  t.same(planOfficerHandover({ position: 'chair', current, effectiveDate: '2024-06-15' }), {
    close: [{ tenureId: 't2', endDate: '2024-06-15' }],
    open: { position: 'chair', startDate: '2024-06-15' },
  })
  t.same(planOfficerHandover({ position: 'chair', current, effectiveDate: '2024-06-15', outgoingTenureId: 't2' }).close, [
    { tenureId: 't2', endDate: '2024-06-15' },
  ])
  // The same day as the start is not before it.
  t.same(planOfficerHandover({ position: 'chair', current, effectiveDate: '2019-09-01' }).close, [{ tenureId: 't2', endDate: '2019-09-01' }])
})

t.test('the first holder: nothing to close', async (t) => {
  t.same(planOfficerHandover({ position: 'standing_vice_chair', current: [], effectiveDate: '2024-01-01' }), {
    close: [],
    open: { position: 'standing_vice_chair', startDate: '2024-01-01' },
  })
  // Other positions' tenures are ignored.
  const other: Tenure[] = [{ id: 'v', position: 'vice_chair', startDate: '2025-01-01', endDate: null }]
  t.same(planOfficerHandover({ position: 'chair', current: other, effectiveDate: '2024-01-01' }).close, [])
})

t.test('seed 001: a residential-area working board gets a new head', async (t) => {
  // Ban Công tác Mặt trận khu 4: the former head (Nguyễn Thị Xuân) is thanked; her tenure closes.
  const current: Tenure[] = [{ id: 'khu4-xuan', position: 'working_board_head', startDate: '2014-03-01', endDate: null }]
  t.same(planOfficerHandover({ position: 'working_board_head', current, effectiveDate: '2024-01-05' }), {
    close: [{ tenureId: 'khu4-xuan', endDate: '2024-01-05' }],
    open: { position: 'working_board_head', startDate: '2024-01-05' },
  })
})

t.test('dates before the current tenure are rejected', async (t) => {
  const current: Tenure[] = [{ id: 't2', position: 'chair', startDate: '2019-09-01', endDate: null }]
  t.match(
    caught(() => planOfficerHandover({ position: 'chair', current, effectiveDate: '2019-08-31' })),
    {
      kind: 'invalid',
      code: 'EFFECTIVE_DATE_BEFORE_TENURE_START',
      details: { tenureId: 't2', startDate: '2019-09-01' },
      errors: [{ pointer: '/effectiveDate' }],
    },
  )
  const vice: Tenure[] = [{ id: 'v1', position: 'vice_chair', startDate: '2020-01-01', endDate: null }]
  t.match(
    caught(() => planOfficerHandover({ position: 'vice_chair', current: vice, effectiveDate: '2019-12-31', outgoingTenureId: 'v1' })),
    {
      code: 'EFFECTIVE_DATE_BEFORE_TENURE_START',
    },
  )
})

t.test('single holders never overlap, even with history', async (t) => {
  const current: Tenure[] = [{ id: 't1', position: 'chair', startDate: '2014-05-01', endDate: '2019-09-01' }]
  t.match(
    caught(() => planOfficerHandover({ position: 'chair', current, effectiveDate: '2019-08-01' })),
    {
      kind: 'invalid',
      code: 'TENURE_OVERLAP',
      details: { tenureId: 't1' },
    },
  )
  t.same(planOfficerHandover({ position: 'chair', current, effectiveDate: '2019-09-01' }).close, [], 'starts the day the last one ended')
  // Bad data with two open chairs: both close, so the invariant is restored.
  const two: Tenure[] = [
    { id: 'a', position: 'chair', startDate: '2019-01-01', endDate: null },
    { id: 'b', position: 'chair', startDate: '2020-01-01', endDate: null },
  ]
  t.same(
    planOfficerHandover({ position: 'chair', current: two, effectiveDate: '2024-01-01', outgoingTenureId: 'b' }).close.map((c) => c.tenureId),
    ['a', 'b'],
  )
  t.match(
    caught(() => planOfficerHandover({ position: 'chair', current: [], effectiveDate: '2024-01-01', additional: true })),
    {
      kind: 'invalid',
      code: 'POSITION_SINGLE_HOLDER',
    },
  )
})

t.test('vice-chairs may be several', async (t) => {
  const one: Tenure[] = [{ id: 'v1', position: 'vice_chair', startDate: '2020-01-01', endDate: null }]
  t.same(planOfficerHandover({ position: 'vice_chair', current: one, effectiveDate: '2024-01-01' }).close, [{ tenureId: 'v1', endDate: '2024-01-01' }])
  t.same(planOfficerHandover({ position: 'vice_chair', current: one, effectiveDate: '2024-01-01', additional: true }), {
    close: [],
    open: { position: 'vice_chair', startDate: '2024-01-01' },
  })
  const several: Tenure[] = [
    ...one,
    { id: 'v2', position: 'vice_chair', startDate: '2021-01-01', endDate: null },
    { id: 'v0', position: 'vice_chair', startDate: '2010-01-01', endDate: '2015-01-01' },
  ]
  t.match(
    caught(() => planOfficerHandover({ position: 'vice_chair', current: several, effectiveDate: '2024-01-01' })),
    {
      kind: 'invalid',
      code: 'OUTGOING_TENURE_REQUIRED',
      details: { openTenureIds: ['v1', 'v2'] },
      errors: [{ pointer: '/outgoingTenureId' }],
    },
  )
  t.same(planOfficerHandover({ position: 'vice_chair', current: several, effectiveDate: '2024-01-01', outgoingTenureId: 'v2' }).close, [
    { tenureId: 'v2', endDate: '2024-01-01' },
  ])
  // Vice-chair history may overlap (several at once), so a date inside an old tenure is fine.
  t.same(planOfficerHandover({ position: 'vice_chair', current: several, effectiveDate: '2024-01-01', additional: true }).close, [])
})

t.test('the named tenure must be open', async (t) => {
  const current: Tenure[] = [
    { id: 'old', position: 'vice_chair', startDate: '2010-01-01', endDate: '2015-01-01' },
    { id: 'v1', position: 'vice_chair', startDate: '2020-01-01', endDate: null },
    { id: 'c1', position: 'chair', startDate: '2020-01-01', endDate: null },
  ]
  for (const id of ['old', 'nope', 'c1']) {
    t.match(
      caught(() => planOfficerHandover({ position: 'vice_chair', current, effectiveDate: '2024-01-01', outgoingTenureId: id })),
      {
        kind: 'conflict',
        code: 'TENURE_NOT_OPEN',
        details: { tenureId: id },
      },
      id,
    )
  }
})

t.test('the effective date is a calendar date', async (t) => {
  for (const d of ['2024-13-01', '2024-00-10', '2024-02-30', '24-01-01', '2024-01-01T00:00:00Z']) {
    t.match(
      caught(() => planOfficerHandover({ position: 'chair', current: [], effectiveDate: d })),
      { kind: 'invalid', code: 'INVALID_DATE' },
      d,
    )
  }
})
