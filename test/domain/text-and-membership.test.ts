import t from 'tap'
import { assertChildLevel, validateMerge } from '../../src/domain/committees.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { assertMemberLevelBelowOrganizer, validateMembership } from '../../src/domain/membership.ts'
import { foldForSearch, toNfc } from '../../src/domain/text.ts'

const codeOf = (fn: () => unknown) => {
  try {
    fn()
    return 'ok'
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a domain error'
  }
}

t.test('search folding', async (t) => {
  t.equal(foldForSearch('Hòa Bình'), 'hoa binh')
  t.equal(foldForSearch('Hoà Bình'), 'hoa binh', 'new tone placement')
  t.equal(foldForSearch('Ủy ban'), foldForSearch('Uỷ ban'))
  t.equal(foldForSearch('ĐỒNG THÁP'), 'dong thap')
  t.equal(foldForSearch('Khối CQ&DN  tỉnh'), 'khoi cq dn tinh')
  t.equal(toNfc('  Bắc   Kạn '.normalize('NFD')), 'Bắc Kạn'.normalize('NFC'))
})

t.test('committee rules', async (t) => {
  t.equal(
    codeOf(() => assertChildLevel('province', 'district')),
    'ok',
  )
  t.equal(
    codeOf(() => assertChildLevel('province', 'province')),
    'LEVEL_NOT_BELOW_PARENT',
  )
  const c = (id: string, status = 'active', level = 'province') => ({ id, level: level as 'province', status: status as 'active', validFrom: '2020-01-01' })
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('b'), successorChain: [], effectiveDate: '2025-07-01' })),
    'ok',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('a'), successorChain: [], effectiveDate: '2025-07-01' })),
    'MERGE_INTO_SELF',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('b', 'merged'), successorChain: ['a'], effectiveDate: '2025-07-01' })),
    'MERGE_CYCLE',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a', 'merged'), successor: c('b'), successorChain: [], effectiveDate: '2025-07-01' })),
    'COMMITTEE_ALREADY_MERGED',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('b', 'merged'), successorChain: ['c'], effectiveDate: '2025-07-01' })),
    'SUCCESSOR_NOT_ACTIVE',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('b', 'active', 'district'), successorChain: [], effectiveDate: '2025-07-01' })),
    'MERGE_LEVEL_MISMATCH',
  )
  t.equal(
    codeOf(() => validateMerge({ committee: c('a'), successor: c('b'), successorChain: [], effectiveDate: '2019-12-31' })),
    'EFFECTIVE_DATE_BEFORE_VALID_FROM',
  )
})

t.test('membership rules report every problem with its pointer', async (t) => {
  const found = new Map([
    ['a', { id: 'a', level: 'province', status: 'active' }],
    ['b', { id: 'b', level: 'province', status: 'active' }],
    ['m', { id: 'm', level: 'province', status: 'merged' }],
    ['d', { id: 'd', level: 'district', status: 'active' }],
  ])
  t.equal(
    codeOf(() => validateMembership({ memberIds: ['a', 'b'], found, memberLevel: 'province' })),
    'ok',
  )
  try {
    validateMembership({ memberIds: ['a', 'a', 'm', 'd', 'x'], found, memberLevel: 'province' })
    t.fail('should throw')
  } catch (err) {
    t.same((err as DomainError).errors, [
      { pointer: '/members/1', code: 'DUPLICATE_MEMBER', message: 'a is listed more than once' },
      { pointer: '/members/2', code: 'MEMBER_NOT_ACTIVE', message: 'm is merged' },
      { pointer: '/members/3', code: 'MEMBER_LEVEL_MISMATCH', message: 'd is a district committee; this cluster holds province committees' },
      { pointer: '/members/4', code: 'MEMBER_NOT_FOUND', message: 'no committee x' },
    ])
  }
  t.equal(
    codeOf(() => validateMembership({ memberIds: ['a'], found, memberLevel: 'province' })),
    'TOO_FEW_MEMBERS',
  )
  t.equal(
    codeOf(() => assertMemberLevelBelowOrganizer('central', 'province')),
    'ok',
  )
  t.equal(
    codeOf(() => assertMemberLevelBelowOrganizer('province', 'province')),
    'MEMBER_LEVEL_NOT_BELOW_ORGANIZER',
  )
})
