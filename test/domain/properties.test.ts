import t from 'tap'
import fc from 'fast-check'
import { Decimal, roundHalfUp } from '../../src/domain/decimal.ts'
import { allocateAwards, checkAwards, quotaOf } from '../../src/domain/awards.ts'
import type { AwardType } from '../../src/domain/awards.ts'
import { rankCluster, rankClusterLean, rankingInputsDigest } from '../../src/domain/ranking.ts'
import type { Ranking, RankingInput, TieResolution } from '../../src/domain/ranking.ts'
import { CRITERION_METHODS, INDICATOR_METHODS, validateScheme } from '../../src/domain/scheme.ts'
import type { AwardRule, Criterion } from '../../src/domain/scheme.ts'
import type { Adjustment } from '../../src/domain/scoring.ts'

// fast-check hands out values through `g(arbitraryFactory, ...args)`.
type Gen = fc.GeneratorValue
const RUNS = { numRuns: 150 }

/** A decimal string with 2 places, built from an integer number of hundredths. */
const hundredths = (v: number) => `${v < 0 ? '-' : ''}${Math.trunc(Math.abs(v) / 100)}.${String(Math.abs(v) % 100).padStart(2, '0')}`
const dec = (g: Gen, lo: number, hi: number) => hundredths(g(fc.integer, { min: lo * 100, max: hi * 100 }))
const chance = (g: Gen, p: number) => g(fc.integer, { min: 0, max: 99 }) < p * 100
const shuffle = <T>(g: Gen, xs: T[]): T[] => (xs.length < 2 ? [...xs] : g(fc.shuffledSubarray, xs, { minLength: xs.length, maxLength: xs.length }))

/** A random but valid cluster-year: scheme, members and every kind of input, some of it missing. */
function scenario(g: Gen): RankingInput {
  const n = g(fc.integer, { min: 2, max: 7 })
  const codes = shuffle(g, ['01', '06', '08', '15', '17', '19', '24', '25'])
  const members = Array.from({ length: n }, (_, i) => ({ committeeId: `m${i}`, code: codes[i] }))
  const k = g(fc.integer, { min: 1, max: 6 })
  const maxHundredths = new Map<string, number>()
  const criteria = Array.from({ length: k }, (_, i) => {
    const method = g(fc.constantFrom, ...CRITERION_METHODS)
    const indicator = INDICATOR_METHODS.includes(method)
    maxHundredths.set(`C${i}`, g(fc.integer, { min: 1, max: 2000 }))
    return {
      code: `C${i}`,
      title: `Tiêu chí ${i}`,
      group: g(fc.constantFrom, 'A', 'B', 'C'),
      kind: g(fc.constantFrom, 'standard', 'standard', 'standard', 'bonus', 'penalty'),
      method,
      maxPoints: hundredths(maxHundredths.get(`C${i}`)!),
      indicatorCode: indicator ? `I${i}` : null,
      lowerIsBetter: indicator ? chance(g, 0.3) : false,
    }
  })
  const groups = [...new Set(criteria.map((c) => c.group))]
  const scheme = validateScheme({
    criteria,
    bonusCap: dec(g, 0, 10),
    penaltyCap: dec(g, 0, 10),
    tieBreakGroups: g(fc.shuffledSubarray, groups),
    latePenalty: chance(g, 0.5) ? { points: dec(g, 0, 3) } : null,
    classificationBands: [
      { code: 'TOT', label: 'Tốt', minTotal: dec(g, 20, 60) },
      { code: 'KHA', label: 'Khá', minTotal: '0' },
    ],
  })
  const maxOf = (c: Criterion) => maxHundredths.get(c.code)!
  // Half the scenarios have every input (so rankings are complete); "coarse" ones draw from a few
  // values, which makes equal totals, and so ties, common.
  const present = chance(g, 0.5) ? 1 : 0.9
  const coarse = chance(g, 0.4)
  const value = () => (coarse ? g(fc.constantFrom, '0', '1', '2') : dec(g, 0, chance(g, 0.5) ? 3 : 150))
  const points = (c: Criterion) => (coarse ? g(fc.constantFrom, '0', c.maxPoints) : hundredths(g(fc.integer, { min: 0, max: maxOf(c) })))
  const targets: Record<string, Record<string, string>> = {}
  const fyValues: NonNullable<RankingInput['fyValues']> = {}
  const assessments: Record<string, Record<string, Record<string, string>>> = {}
  const adjustments: Adjustment[] = []
  for (const m of members) {
    targets[m.committeeId] = {}
    for (const c of scheme.criteria)
      if ((c.method === 'target_ratio' || c.method === 'threshold') && chance(g, present)) targets[m.committeeId][c.code] = value()
    if (chance(g, present)) {
      const values: Record<string, string> = {}
      for (const c of scheme.criteria) if (c.indicatorCode && chance(g, present)) values[c.indicatorCode] = value()
      fyValues[m.committeeId] = { values, late: chance(g, 0.2) }
    }
    assessments[m.committeeId] = {}
    for (const other of members) {
      if (other === m) continue
      const scores: Record<string, string> = {}
      for (const c of scheme.criteria) if (c.method === 'assessed' && chance(g, present)) scores[c.code] = points(c)
      assessments[m.committeeId][other.committeeId] = scores
    }
    for (const c of scheme.criteria) {
      if (c.method === 'manual' && chance(g, present))
        adjustments.push({ type: 'manual', committeeId: m.committeeId, criterionCode: c.code, points: points(c), reason: 'hội nghị' })
    }
    for (let i = g(fc.integer, { min: 0, max: coarse ? 0 : 2 }); i > 0; i--) {
      adjustments.push({
        type: g(fc.constantFrom, 'bonus', 'penalty'),
        id: `adj-${m.committeeId}-${i}`,
        committeeId: m.committeeId,
        points: dec(g, 0, 4),
        reason: `lý do ${i}`,
      })
    }
    if (chance(g, 0.1)) adjustments.push({ type: 'disqualification', id: `dq-${m.committeeId}`, committeeId: m.committeeId, reason: 'vi phạm' })
  }
  return { scheme, members, targets, fyValues, assessments, adjustments, tieResolutions: [] }
}

/** Votes for some of the ties the ranking has, in a random order of the tied members. */
function votesFor(g: Gen, ranking: Ranking): TieResolution[] {
  return ranking.ties.filter(() => chance(g, 0.6)).map((tie, i) => ({ id: `vote-${i}`, order: shuffle(g, tie.committeeIds), reason: 'suy tôn' }))
}

function reorderDeep<V>(g: Gen, o: Record<string, V>, depth: number): Record<string, V> {
  return Object.fromEntries(
    shuffle(g, Object.keys(o)).map((key) => {
      const v = o[key]
      return [key, depth > 1 && v && typeof v === 'object' ? (reorderDeep(g, v as Record<string, unknown>, depth - 1) as V) : v]
    }),
  )
}

t.test('input order never changes the ranking or the digest', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const base = scenario(g)
      const withVotes: RankingInput = { ...base, tieResolutions: votesFor(g, rankCluster(base)) }
      const shuffled: RankingInput = {
        ...withVotes,
        members: shuffle(g, withVotes.members),
        targets: reorderDeep(g, withVotes.targets ?? {}, 2),
        fyValues: reorderDeep(g, withVotes.fyValues ?? {}, 1),
        assessments: reorderDeep(g, withVotes.assessments ?? {}, 3),
        adjustments: shuffle(g, withVotes.adjustments ?? []),
        tieResolutions: shuffle(g, withVotes.tieResolutions ?? []),
      }
      const a = rankCluster(withVotes)
      const b = rankCluster(shuffled)
      return JSON.stringify(a) === JSON.stringify(b) && rankingInputsDigest(withVotes) === rankingInputsDigest(shuffled)
    }),
    RUNS,
  )
  t.pass('held for every generated cluster-year')
})

t.test('the lean ranking, each member’s lines computed again when asked for, is the ranking', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const base = scenario(g)
      const input: RankingInput = { ...base, tieResolutions: votesFor(g, rankCluster(base)) }
      const full = rankCluster(input)
      const lean = rankClusterLean(input)
      if (lean.ranking.members.some((m) => m.lines.length > 0)) return false
      // Asked for in any order and more than once, a member's lines are the same.
      const asked = shuffle(
        g,
        lean.ranking.members.map((m) => m.committeeId),
      )
      const lines = new Map(asked.map((id) => [id, lean.linesOf(id)] as const))
      const rebuilt = { ...lean.ranking, members: lean.ranking.members.map((m) => ({ ...m, lines: lean.linesOf(m.committeeId) })) }
      const again = { ...lean.ranking, members: lean.ranking.members.map((m) => ({ ...m, lines: lines.get(m.committeeId)! })) }
      return JSON.stringify(rebuilt) === JSON.stringify(full) && JSON.stringify(again) === JSON.stringify(full)
    }),
    RUNS,
  )
  t.pass('held for every generated cluster-year')
})

t.test('each criterion’s points stay within [0, max]', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      for (const m of rankCluster(scenario(g)).members) {
        for (const l of m.lines) {
          const p = new Decimal(l.points)
          if (p.lt(0) || p.gt(l.maxPoints)) return false
          if (l.explanation.points !== l.points) return false
        }
      }
      return true
    }),
    RUNS,
  )
  t.pass('held')
})

t.test('total = standard + capped bonus − capped penalty, rounded half-up to 2 places', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const input = scenario(g)
      const { scheme } = input
      for (const m of rankCluster(input).members) {
        const sum = (kind: string) => m.lines.filter((l) => l.kind === kind).reduce((s, l) => s.plus(l.points), new Decimal(0))
        const bonusRaw = m.extraBonus.reduce((s, l) => s.plus(l.points), sum('bonus'))
        const penaltyRaw = m.extraPenalty.reduce((s, l) => s.plus(l.points), sum('penalty'))
        if (!sum('standard').eq(m.standard)) return false
        if (!Decimal.min(bonusRaw, scheme.bonusCap).eq(m.bonus)) return false
        if (!Decimal.min(penaltyRaw, scheme.penaltyCap).eq(m.penalty)) return false
        if (!roundHalfUp(new Decimal(m.standard).plus(m.bonus).minus(m.penalty), 2).eq(m.total)) return false
        if (new Decimal(m.total).decimalPlaces() > 2) return false
      }
      return true
    }),
    RUNS,
  )
  t.pass('held')
})

t.test('ranks are standard competition ranks over the totals', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const r = rankCluster(scenario(g))
      return r.members.every((m, i) => {
        const ahead = r.members.filter((o) => new Decimal(o.total).gt(m.total)).length
        const prev = r.members[i - 1]
        return m.rank >= ahead + 1 && (prev === undefined || prev.rank <= m.rank) && (!m.tied || r.members.some((o) => o !== m && o.rank === m.rank))
      })
    }),
    RUNS,
  )
  t.pass('held')
})

t.test('raising a member’s value on a higher-is-better criterion never lowers its points or its rank', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const input = scenario(g)
      const candidates = input.scheme.criteria
        .map((c, ci) => ({ c, ci }))
        .filter(({ c }) => c.indicatorCode !== null && !c.lowerIsBetter && c.kind !== 'penalty')
      const withValue = input.members.filter((m) => input.fyValues?.[m.committeeId] !== undefined)
      if (candidates.length === 0 || withValue.length === 0) return true
      const { c, ci } = g(fc.constantFrom, ...candidates)
      const m = g(fc.constantFrom, ...withValue)
      const fy = input.fyValues![m.committeeId]
      const old = fy.values[c.indicatorCode!] ?? '0'
      const raised = new Decimal(old).plus(dec(g, 0, 100)).toFixed()
      const after: RankingInput = {
        ...input,
        fyValues: { ...input.fyValues, [m.committeeId]: { ...fy, values: { ...fy.values, [c.indicatorCode!]: raised } } },
      }
      const before = rankCluster(input).members.find((x) => x.committeeId === m.committeeId)!
      const now = rankCluster(after).members.find((x) => x.committeeId === m.committeeId)!
      return new Decimal(now.lines[ci].points).gte(before.lines[ci].points) && now.rank <= before.rank
    }),
    RUNS,
  )
  t.pass('held')
})

t.test('allocation: quotas, one award each, no award to the ineligible, no lower award than someone ranked below', async (t) => {
  fc.assert(
    fc.property(fc.gen(), (g) => {
      const input = scenario(g)
      const first = rankCluster(input)
      const ranking = rankCluster({ ...input, tieResolutions: votesFor(g, first) })
      const typeCount = g(fc.integer, { min: 1, max: 4 })
      const precedences = shuffle(g, [1, 2, 3, 4]).slice(0, typeCount)
      const awardTypes: AwardType[] = precedences.map((p, i) => ({ code: `T${i}`, precedence: p }))
      const awardRules: AwardRule[] = awardTypes
        .filter(() => chance(g, 0.85))
        .map((type) => ({
          awardTypeCode: type.code,
          maxCount: chance(g, 0.6) ? g(fc.integer, { min: 0, max: 4 }) : null,
          maxShare: chance(g, 0.4) ? hundredths(g(fc.integer, { min: 0, max: 100 })) : null,
          minTotal: chance(g, 0.3) ? dec(g, 0, 60) : null,
          maxRank: chance(g, 0.3) ? g(fc.integer, { min: 1, max: 7 }) : null,
        }))
      const memberCount = input.members.length
      const result = allocateAwards({ ranking, awardRules, awardTypes, memberCount })
      const precedenceOf = new Map(awardTypes.map((x) => [x.code, x.precedence]))
      const ruleOf = new Map(awardRules.map((r) => [r.awardTypeCode, r]))
      const awardOf = new Map(result.allocations.map((a) => [a.committeeId, a.awardTypeCode]))

      if (awardOf.size !== result.allocations.length) return false // one award per member
      for (const rule of awardRules) {
        const quota = quotaOf(rule, memberCount)
        const used = result.allocations.filter((a) => a.awardTypeCode === rule.awardTypeCode).length
        if (quota !== null && used > quota) return false
      }
      const byId = new Map(ranking.members.map((m) => [m.committeeId, m]))
      for (const a of result.allocations) {
        const m = byId.get(a.committeeId)!
        if (!m.eligibility.eligible || m.disqualifications.length > 0) return false
      }
      // The approval-time re-check agrees with what allocation produced.
      if (checkAwards({ awards: result.allocations, awardRules, memberCount, ranking }).length > 0) return false

      const qualifies = (m: (typeof ranking.members)[number], rule: AwardRule) =>
        m.eligibility.eligible && (rule.minTotal === null || new Decimal(m.total).gte(rule.minTotal)) && (rule.maxRank === null || m.rank <= rule.maxRank)
      for (const b of result.allocations) {
        const bRank = byId.get(b.committeeId)!.rank
        const bPrec = precedenceOf.get(b.awardTypeCode)!
        for (const a of ranking.members) {
          if (a.rank >= bRank || !qualifies(a, ruleOf.get(b.awardTypeCode)!)) continue
          const aType = awardOf.get(a.committeeId)
          if (aType === undefined || precedenceOf.get(aType)! > bPrec) return false
        }
      }
      return true
    }),
    RUNS,
  )
  t.pass('held')
})
