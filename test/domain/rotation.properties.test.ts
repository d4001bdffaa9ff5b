import t from 'tap'
import fc from 'fast-check'
import { suggestSuccession, validateHandover } from '../../src/domain/rotation.ts'
import type { LeadershipEntry, RotationMember, RotationPolicy } from '../../src/domain/rotation.ts'

const FIRST_YEAR = 2020

/** n distinct members with distinct codes (codes shuffled against ids so code order ≠ id order). */
const membersArb = (min: number, max: number) =>
  fc
    .integer({ min, max })
    .chain((n) =>
      fc
        .shuffledSubarray([...Array(40).keys()], { minLength: n, maxLength: n })
        .map((codes) => codes.map((c, i): RotationMember => ({ id: `m${i}`, code: String(c).padStart(2, '0') }))),
    )

/** Applies the suggestion year after year, as a cluster that always follows it would. */
function simulate(input: {
  policy: RotationPolicy
  members: RotationMember[]
  history: LeadershipEntry[]
  years: number
  roundRobinOrder?: string[]
}): LeadershipEntry[] {
  const history = [...input.history]
  for (let k = 0; k < input.years; k++) {
    const year = history[history.length - 1]!.year
    const s = suggestSuccession({ policy: input.policy, year, members: input.members, history, roundRobinOrder: input.roundRobinOrder })
    if (!s.head) throw new Error(`no suggestion for ${year + 1}`)
    history.push({ year: year + 1, headId: s.head.committeeId, deputyId: s.deputy?.committeeId ?? null })
  }
  return history
}

const RUNS = { numRuns: 150 }

t.test('deputy_succeeds, three or more members: nobody heads two years running', async (t) => {
  fc.assert(
    fc.property(
      membersArb(3, 9).chain((members) =>
        fc.tuple(fc.constant(members), fc.shuffledSubarray(members, { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 30 })),
      ),
      ([members, [head, deputy], years]) => {
        const history = simulate({
          policy: 'deputy_succeeds',
          members,
          history: [{ year: FIRST_YEAR, headId: head!.id, deputyId: deputy!.id }],
          years,
        })
        for (let i = 1; i < history.length; i++) {
          if (history[i]!.headId === history[i - 1]!.headId) return false
          if (history[i]!.headId === history[i]!.deputyId) return false
          if (history[i]!.headId !== history[i - 1]!.deputyId) return false // the deputy always succeeds
        }
        // From the second suggested year on, heads follow "least recently led": every n in a row differ.
        const n = members.length
        const heads = history.slice(2).map((h) => h.headId)
        for (let i = 0; i + n <= heads.length; i++) if (new Set(heads.slice(i, i + n)).size !== n) return false
        return true
      },
    ),
    RUNS,
  )
  t.pass('held')
})

t.test('round_robin: every member heads exactly once in any window of n years', async (t) => {
  fc.assert(
    fc.property(
      membersArb(2, 9).chain((members) =>
        fc.tuple(
          fc.constant(members),
          // The order holds every member once, with units no longer in the cluster mixed in.
          fc.shuffledSubarray([...members.map((m) => m.id), 'gone1', 'gone2', 'gone3'], { minLength: members.length + 3, maxLength: members.length + 3 }),
          fc.constantFrom(...members.map((m) => m.id)),
        ),
      ),
      ([members, order, firstHead]) => {
        const n = members.length
        const history = simulate({
          policy: 'round_robin',
          members,
          history: [{ year: FIRST_YEAR, headId: firstHead, deputyId: null }],
          years: 3 * n,
          roundRobinOrder: order,
        })
        const heads = history.map((h) => h.headId)
        for (let i = 0; i + n <= heads.length; i++) {
          const w = heads.slice(i, i + n)
          if (new Set(w).size !== n || !w.every((id) => members.some((m) => m.id === id))) return false
        }
        return history.every((h) => h.headId !== h.deputyId)
      },
    ),
    RUNS,
  )
  t.pass('held')
})

t.test('the suggestion is always a valid handover, without override', async (t) => {
  const entry = (pool: string[]) =>
    fc
      .tuple(fc.constantFrom(...pool), fc.option(fc.constantFrom(...pool), { nil: null }))
      .map(([headId, deputyId]) => ({ headId, deputyId: deputyId === headId ? null : deputyId }))
  fc.assert(
    fc.property(
      membersArb(2, 9).chain((members) => {
        // Past years may name units that have since left the cluster.
        const pool = [...members.map((m) => m.id), 'left1', 'left2']
        return fc.tuple(
          fc.constant(members),
          fc.constantFrom<RotationPolicy>('deputy_succeeds', 'round_robin'),
          fc.array(entry(pool), { minLength: 1, maxLength: 12 }),
          fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }),
        )
      }),
      ([members, policy, past, order]) => {
        const history: LeadershipEntry[] = past.map((e, i) => ({ year: FIRST_YEAR + i, ...e }))
        const year = FIRST_YEAR + past.length - 1
        const s = suggestSuccession({ policy, year, members, history, roundRobinOrder: order })
        if (!s.head) return false // two or more members: there is always someone
        const r = validateHandover({
          fromYear: year,
          outgoingHeadId: history[history.length - 1]!.headId,
          incomingHeadId: s.head.committeeId,
          incomingDeputyId: s.deputy?.committeeId ?? null,
          nextYearMembers: members.map((m) => m.id),
          fromYearStatus: 'finalized',
          overrideAllowed: false,
          alreadyHandedOver: false,
        })
        return r.headChosenBy === 'handover' && s.deputy !== null
      },
    ),
    { numRuns: 300 },
  )
  t.pass('held')
})
