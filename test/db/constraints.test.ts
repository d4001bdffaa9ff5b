import Fastify from 'fastify'
import t from 'tap'
import type { PgTable } from 'drizzle-orm/pg-core'
import { asConflict, pgErrorOf, refusalOf, UNIQUE_CONFLICTS, type UniqueConstraint } from '../../src/db/constraints.ts'
import * as schema from '../../src/db/schema.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { uuidv7 } from '../../src/lib/ids.ts'
import problems from '../../src/plugins/problems.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCluster, organizerWithMembers, putYear } from '../helpers/fixtures.ts'
import { expectConflict, expectProblem } from '../helpers/problems.ts'

/**
 * The one place database refusals are tested: every named unique constraint is violated for real
 * (past the service's own check, as the loser of a race would be) and must answer the stable code
 * the check gives; other refusals answer their generic problem.
 */
t.test('database refusals, provoked for real, answer stable codes', async (t) => {
  const h = await buildTestApp(t)
  const db = h.app.db
  const { organizer, members } = await organizerWithMembers(h, 4)
  const [a, b, c, d] = members.map((m) => m.id) as [string, string, string, string]
  const k1 = await createCluster(h, { organizerCommitteeId: organizer.id })
  const k2 = await createCluster(h, { organizerCommitteeId: organizer.id })
  const cy1 = (await putYear(h, k1.id, 2023, { members: [a, b] })).json()
  const cy2 = (await putYear(h, k2.id, 2023, { members: [c, d] })).json()
  const now = new Date()

  /** The error of a statement that must fail. */
  const refused = async (statement: () => Promise<unknown>) => {
    try {
      await statement()
    } catch (err) {
      return err
    }
    throw new Error('the database accepted it')
  }
  /** Writes a row twice (a fresh id each time): the second must be refused. */
  const twice = async <T extends PgTable>(table: T, row: Omit<T['$inferInsert'], 'id'>) => {
    const insert = () => db.insert(table).values({ ...row, id: uuidv7() } as never)
    await insert()
    return refused(insert)
  }

  const violations: Record<UniqueConstraint, () => Promise<unknown>> = {
    committees_active_code_uq: () =>
      twice(schema.committees, {
        code: 'DUP01',
        name: 'x',
        searchText: 'x',
        level: 'province',
        kind: 'front_committee',
        status: 'active',
        createdAt: now,
        updatedAt: now,
      }),
    clusters_code_uq: () =>
      twice(schema.clusters, {
        code: 'DUPK',
        name: 'x',
        searchText: 'x',
        organizerCommitteeId: organizer.id,
        memberLevel: 'province',
        rotationPolicy: 'elected',
        createdAt: now,
        updatedAt: now,
      }),
    cluster_year_members_one_cluster_uq: () =>
      refused(() => db.insert(schema.clusterYearMembers).values({ clusterYearId: cy2.id, committeeId: a, organizerCommitteeId: organizer.id, year: 2023 })),
    handovers_cluster_from_year_uq: () =>
      twice(schema.handovers, {
        clusterId: k1.id,
        fromYear: 2023,
        toYear: 2024,
        incomingHeadId: a,
        headChosenBy: 'handover',
        handedOverAt: now,
        venue: 'x',
        rotatingFlagHandedOver: true,
        createdAt: now,
      }),
    indicators_code_uq: () =>
      twice(schema.indicators, {
        code: 'DUP_CODE',
        nameVi: 'x',
        unit: 'x',
        valueType: 'integer',
        direction: 'higher',
        searchText: 'x',
        createdAt: now,
        updatedAt: now,
      }),
    submissions_one_per_period_uq: () =>
      twice(schema.submissions, {
        clusterYearId: cy1.id,
        clusterId: k1.id,
        year: 2023,
        period: 'FY',
        committeeId: a,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      }),
    award_types_organizer_code_uq: () =>
      twice(schema.awardTypes, { organizerCommitteeId: organizer.id, code: 'DUP', nameVi: 'x', precedence: 7, createdAt: now, updatedAt: now }),
    // Two attachments superseding one (two supersedes racing past the check).
    attachments_supersedes_uq: async () => {
      const doc = (supersedes: string | null) => {
        const content = Buffer.from('%PDF-1.4\n%%EOF\n')
        const row = { id: uuidv7(), kind: 'pact', ownerId: cy1.id, clusterYearId: cy1.id, fileName: 'x.pdf', contentType: 'application/pdf' }
        return { ...row, size: content.length, sha256: 'a'.repeat(64), content, uploadedAt: now, supersedes }
      }
      const first = doc(null)
      await db.insert(schema.attachments).values(first)
      return twice(schema.attachments, doc(first.id))
    },
  }
  t.same(Object.keys(violations).sort(), Object.keys(UNIQUE_CONFLICTS).sort(), 'every named constraint is provoked here')

  // The error handler the app uses, answering with whatever a route throws.
  const edge = Fastify({ logger: false })
  await edge.register(problems)
  let thrown: unknown
  edge.get('/', async () => {
    throw thrown
  })
  t.teardown(() => edge.close())
  const answer = (err: unknown) => {
    thrown = err
    return edge.inject('/')
  }

  for (const [constraint, provoke] of Object.entries(violations) as [UniqueConstraint, () => Promise<unknown>][]) {
    const err = await provoke()
    const { code } = UNIQUE_CONFLICTS[constraint]
    t.same(pgErrorOf(err), { code: '23505', constraint }, `${constraint}: the schema's name for it`)
    t.match(refusalOf(err), { kind: 'conflict', code }, `${constraint}: ${code}`)
    // A service's catch keeps its own message, and lets other errors by.
    t.throws(() => asConflict(constraint, 'said by the service')(err), { code, message: 'said by the service' })
    const other = constraint === 'clusters_code_uq' ? 'indicators_code_uq' : 'clusters_code_uq'
    let passedOn: unknown
    try {
      asConflict(other)(err)
    } catch (e) {
      passedOn = e
    }
    t.equal(passedOn, err, `${constraint}: not mistaken for ${other}`)
    expectConflict(t, await answer(err), code)
  }

  // Refusals no service anticipated still answer with a code.
  const unnamed = await refused(() =>
    db.insert(schema.clusterYears).values({ id: uuidv7(), clusterId: k1.id, year: 2023, status: 'planning', createdAt: now, updatedAt: now }),
  )
  t.equal(pgErrorOf(unnamed)?.code, '23505')
  expectConflict(t, await answer(unnamed), 'ALREADY_EXISTS')
  const dangling = await refused(() =>
    db
      .insert(schema.committees)
      .values({ id: uuidv7(), name: 'x', searchText: 'x', level: 'district', kind: 'front_committee', parentId: uuidv7(), createdAt: now, updatedAt: now }),
  )
  t.equal(pgErrorOf(dangling)?.code, '23503')
  expectProblem(t, await answer(dangling), 422, 'REFERENCE_NOT_FOUND')
  t.equal(refusalOf(new Error('not the database')), null)
  t.ok(refusalOf(new DomainError('conflict', 'X', 'x')) === null, 'a domain error is not a refusal')
})

t.test('drizzle-wrapped and bare driver errors read alike', async (t) => {
  const bare = Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'clusters_code_uq' })
  const wrapped = Object.assign(new Error('Failed query: insert …'), { cause: bare })
  t.same(pgErrorOf(bare), { code: '23505', constraint: 'clusters_code_uq' })
  t.same(pgErrorOf(wrapped), { code: '23505', constraint: 'clusters_code_uq' })
  t.match(refusalOf(wrapped), { code: 'CLUSTER_CODE_TAKEN' })
  t.match(refusalOf(Object.assign(new Error('x'), { cause: { code: '23503' } })), { kind: 'invalid', code: 'REFERENCE_NOT_FOUND' })
  t.match(refusalOf(Object.assign(new Error('x'), { cause: { code: '40P01' } })), { code: 'CONCURRENT_UPDATE', retryAfterSeconds: 1 })
})
