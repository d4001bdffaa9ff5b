import t from 'tap'
import fc from 'fast-check'
import { rankCluster, rankClusterWith, RankingMemo, type RankingInput } from '../../src/domain/ranking.ts'
import { validateScheme } from '../../src/domain/scheme.ts'

// rankClusterWith reuses a member's score while everything that score read is unchanged
// (src/domain/scoring.ts, ScoringMemo). After any sequence of input changes, made to new objects
// or to the same ones in place, it must give exactly what rankCluster gives, byte for byte, and
// throw exactly what it throws.

const scheme = (bonusCap = '3') =>
  validateScheme({
    criteria: [
      { code: 'T1', title: 'Tỷ lệ', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '4', indicatorCode: 'I1' },
      { code: 'T2', title: 'Ngưỡng', group: 'A', kind: 'standard', method: 'threshold', maxPoints: '2', indicatorCode: 'I2', lowerIsBetter: true },
      { code: 'R1', title: 'So với tốt nhất', group: 'B', kind: 'standard', method: 'relative_to_best', maxPoints: '3', indicatorCode: 'I3' },
      { code: 'P1', title: 'Chấm chéo 1', group: 'C', kind: 'standard', method: 'assessed', maxPoints: '5' },
      { code: 'P2', title: 'Chấm chéo 2', group: 'C', kind: 'standard', method: 'assessed', maxPoints: '5' },
      { code: 'M1', title: 'Hội nghị', group: 'D', kind: 'standard', method: 'manual', maxPoints: '2' },
      { code: 'B1', title: 'Thưởng', group: 'E', kind: 'bonus', method: 'manual', maxPoints: '2' },
      { code: 'N1', title: 'Trừ', group: 'F', kind: 'penalty', method: 'manual', maxPoints: '3' },
    ],
    bonusCap,
    penaltyCap: '2',
    tieBreakGroups: ['A', 'C'],
    latePenalty: { points: '1' },
    classificationBands: [
      { code: 'TOT', label: 'Tốt', minTotal: '10' },
      { code: 'KHA', label: 'Khá', minTotal: '0' },
    ],
    awardRules: [{ awardTypeCode: 'CO', maxCount: 1 }],
  })

const IDS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']
const score = fc.constantFrom('0', '1', '2.5', '2.50', '3', '4', '5', '1.25')
/** Mostly valid decimals; now and then one out of range or malformed (the ranking then throws). */
const value = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('0', '1', '5', '8', '10', '10.0', '12.5', '100') }, fc.constantFrom('-1', 'x', '9'))
const member = fc.integer({ min: 0, max: IDS.length - 1 })

/** A complete year: every value, target, peer score and manual point in. */
function initial(n: number, seed: number[]): RankingInput {
  const ids = IDS.slice(0, n)
  const pick = (i: number, xs: string[]) => xs[(seed[i % seed.length]! + i) % xs.length]!
  const vals = ['0', '1', '5', '8', '10', '12.5']
  const scores = ['1', '2.5', '3', '4', '5']
  return {
    scheme: scheme(),
    members: ids.map((id, i) => ({ committeeId: id, code: `C${i}` })),
    targets: Object.fromEntries(ids.map((id, i) => [id, { T1: pick(i, vals), T2: pick(i + 1, vals) }])),
    fyValues: Object.fromEntries(ids.map((id, i) => [id, { values: { I1: pick(i + 2, vals), I2: pick(i + 3, vals), I3: pick(i + 4, vals) }, late: false }])),
    assessments: Object.fromEntries(
      ids.map((a, i) => [a, Object.fromEntries(ids.filter((b) => b !== a).map((b, j) => [b, { P1: pick(i + j, scores), P2: pick(i * j + 1, scores) }]))]),
    ),
    adjustments: ids.flatMap((id, i) => [
      { type: 'manual' as const, id: `adj-m-${id}`, committeeId: id, criterionCode: 'M1', points: pick(i, ['0', '1', '2']), reason: 'Hội nghị' },
      { type: 'manual' as const, id: `adj-b-${id}`, committeeId: id, criterionCode: 'B1', points: '1', reason: 'Thưởng' },
      { type: 'manual' as const, id: `adj-n-${id}`, committeeId: id, criterionCode: 'N1', points: '0', reason: 'Trừ' },
    ]),
    tieResolutions: [],
  }
}

type Change =
  | { kind: 'target'; m: number; code: 'T1' | 'T2'; v: string | null }
  | { kind: 'fy'; m: number; code: 'I1' | 'I2' | 'I3'; v: string | null }
  | { kind: 'noFy'; m: number }
  | { kind: 'late'; m: number; late: boolean }
  | { kind: 'score'; a: number; b: number; code: 'P1' | 'P2'; v: string | null }
  | { kind: 'bonus'; m: number; points: string; type: 'bonus' | 'penalty' }
  | { kind: 'disqualify'; m: number }
  | { kind: 'dropAdjustment'; i: number }
  | { kind: 'manual'; m: number; points: string }
  | { kind: 'code'; m: number; code: string }
  | { kind: 'members'; n: number }
  | { kind: 'cap'; cap: string }
  | { kind: 'tie'; order: number[] }
  | { kind: 'none' }

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('target' as const), m: member, code: fc.constantFrom('T1' as const, 'T2' as const), v: fc.option(value) }),
  fc.record({ kind: fc.constant('fy' as const), m: member, code: fc.constantFrom('I1' as const, 'I2' as const, 'I3' as const), v: fc.option(value) }),
  fc.record({ kind: fc.constant('noFy' as const), m: member }),
  fc.record({ kind: fc.constant('late' as const), m: member, late: fc.boolean() }),
  {
    // Twice as likely as each other kind: most changes on the deadline day are peer scores.
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('score' as const),
      a: member,
      b: member,
      code: fc.constantFrom('P1' as const, 'P2' as const),
      v: fc.option(score, { freq: 8 }),
    }),
  },
  fc.record({
    kind: fc.constant('bonus' as const),
    m: member,
    points: fc.constantFrom('0.5', '1.5', '0.50', '3'),
    type: fc.constantFrom('bonus' as const, 'penalty' as const),
  }),
  fc.record({ kind: fc.constant('disqualify' as const), m: member }),
  fc.record({ kind: fc.constant('dropAdjustment' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('manual' as const), m: member, points: fc.constantFrom('0', '1', '1.0', '2', '2.5') }),
  fc.record({ kind: fc.constant('code' as const), m: member, code: fc.constantFrom('C0', 'C1', 'Z', 'A9') }),
  fc.record({ kind: fc.constant('members' as const), n: fc.integer({ min: 3, max: IDS.length }) }),
  fc.record({ kind: fc.constant('cap' as const), cap: fc.constantFrom('3', '2', '2.0') }),
  fc.record({ kind: fc.constant('tie' as const), order: fc.uniqueArray(member, { minLength: 2, maxLength: 3 }) }),
  fc.constant({ kind: 'none' as const }),
)

/** Applies one change to `input` (its own objects, changed in place). */
function apply(input: RankingInput, c: Change, step: number): void {
  const id = (m: number) => IDS[m % input.members.length]!
  const set = (r: Record<string, string>, k: string, v: string | null) => (v === null ? delete r[k] : (r[k] = v))
  switch (c.kind) {
    case 'target':
      set((input.targets![id(c.m)] ??= {}), c.code, c.v)
      break
    case 'fy':
      set((input.fyValues![id(c.m)] ??= { values: {} }).values, c.code, c.v)
      break
    case 'noFy':
      delete input.fyValues![id(c.m)]
      break
    case 'late':
      if (input.fyValues![id(c.m)]) input.fyValues![id(c.m)]!.late = c.late
      break
    case 'score':
      if (id(c.a) !== id(c.b)) set(((input.assessments![id(c.a)] ??= {})[id(c.b)] ??= {}), c.code, c.v)
      break
    case 'bonus':
      input.adjustments!.push({ type: c.type, id: `adj-${step}`, committeeId: id(c.m), points: c.points, reason: 'Mô hình mới' })
      break
    case 'disqualify':
      input.adjustments!.push({ type: 'disqualification', id: `adj-${step}`, committeeId: id(c.m), reason: 'Vi phạm' })
      break
    case 'dropAdjustment':
      if (input.adjustments!.length > 0) input.adjustments!.splice(c.i % input.adjustments!.length, 1)
      break
    case 'manual': {
      const a = input.adjustments!.find((x) => x.type === 'manual' && x.committeeId === id(c.m))
      if (a && a.type === 'manual') a.points = c.points
      break
    }
    case 'code':
      input.members[c.m % input.members.length]!.code = c.code
      break
    case 'members':
      input.members = IDS.slice(0, c.n).map((committeeId, i) => ({ committeeId, code: `C${i}` }))
      break
    case 'cap':
      input.scheme = scheme(c.cap)
      break
    case 'tie':
      input.tieResolutions = [{ id: `tie-${step}`, order: c.order.map(id), reason: 'Suy tôn' }]
      break
    case 'none':
      break
  }
}

/** What rankCluster gives or throws, as text. */
function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f())
  } catch (err) {
    const e = err as { code?: string; message?: string; details?: unknown }
    return `threw ${e.code} ${e.message} ${JSON.stringify(e.details)}`
  }
}

const clone = <T>(x: T): T => structuredClone(x)

/**
 * The inputs as the service hands them over: each assessor's scores frozen, the same object for
 * as long as they do not change (src/modules/ranking/inputs.ts, AssessmentScores).
 */
function frozenAssessors() {
  const held = new Map<string, { json: string; scores: Record<string, Record<string, string>> }>()
  return (input: RankingInput): RankingInput => {
    const assessments: NonNullable<RankingInput['assessments']> = {}
    for (const [a, byTarget] of Object.entries(input.assessments ?? {})) {
      const json = JSON.stringify(byTarget)
      let kept = held.get(a)
      if (kept?.json !== json) {
        const scores = clone(byTarget)
        for (const r of Object.values(scores)) Object.freeze(r)
        held.set(a, (kept = { json, scores: Object.freeze(scores) }))
      }
      assessments[a] = kept.scores
    }
    return { ...clone(input), assessments }
  }
}

t.test('after any sequence of changes, rankClusterWith gives what rankCluster gives', async () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 3, max: IDS.length }),
      fc.array(fc.nat({ max: 97 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.tuple(change, fc.constantFrom('inPlace' as const, 'fresh' as const, 'frozen' as const)), { maxLength: 25 }),
      (n, seed, changes) => {
        const memo = new RankingMemo()
        const frozen = frozenAssessors()
        let input = initial(n, seed)
        const first = outcome(() => rankClusterWith(input, memo))
        if (first !== outcome(() => rankCluster(clone(input)))) return false
        for (const [step, [c, mode]] of changes.entries()) {
          // In place: the memo's kept reads must not be the caller's objects. Else new objects, or frozen ones kept while unchanged.
          if (mode !== 'inPlace') input = clone(input)
          apply(input, c, step)
          const expected = outcome(() => rankCluster(clone(input)))
          if (outcome(() => rankClusterWith(mode === 'frozen' ? frozen(input) : input, memo)) !== expected) return false
        }
        return true
      },
    ),
    { numRuns: 400 },
  )
})

t.test('unchanged members keep their score objects; a changed one is scored again', async (t) => {
  const memo = new RankingMemo()
  const input = initial(6, [3, 11, 29])
  const before = rankClusterWith(input, memo)
  const scoreOf = (r: ReturnType<typeof rankCluster>, id: string) => memo.scoreOf(r.members.find((m) => m.committeeId === id)!)
  // The same inputs, read again into new objects: no member is scored again.
  const same = rankClusterWith(clone(input), memo)
  for (const id of IDS.slice(0, 6)) t.equal(scoreOf(same, id), scoreOf(before, id), `${id} reused`)
  t.equal(JSON.stringify(same), JSON.stringify(before))

  // A bonus for m2: m2 is scored again, nobody else.
  const next = clone(input)
  next.adjustments!.push({ type: 'bonus', id: 'adj-x', committeeId: 'm2', points: '0.5', reason: 'Mô hình mới' })
  const after = rankClusterWith(next, memo)
  t.not(scoreOf(after, 'm2'), scoreOf(same, 'm2'))
  for (const id of ['m0', 'm1', 'm3', 'm4', 'm5']) t.equal(scoreOf(after, id), scoreOf(same, id), `${id} reused`)
  t.equal(JSON.stringify(after), JSON.stringify(rankCluster(next)))

  // One peer score of m4 by m1 changed: only m4's statistics move.
  const scored = clone(next)
  scored.assessments!.m1!.m4!.P1 = scored.assessments!.m1!.m4!.P1 === '5' ? '4' : '5'
  const again = rankClusterWith(scored, memo)
  t.not(scoreOf(again, 'm4'), scoreOf(after, 'm4'))
  for (const id of ['m0', 'm1', 'm2', 'm3', 'm5']) t.equal(scoreOf(again, id), scoreOf(after, id), `${id} reused`)
  t.equal(JSON.stringify(again), JSON.stringify(rankCluster(scored)))

  // The best value of R1 moves: every member reads it, every member is scored again.
  const best = clone(scored)
  best.fyValues!.m0!.values.I3 = '1000'
  const moved = rankClusterWith(best, memo)
  for (const id of IDS.slice(0, 6)) t.not(scoreOf(moved, id), scoreOf(again, id), `${id} scored again`)
  t.equal(JSON.stringify(moved), JSON.stringify(rankCluster(best)))
})
