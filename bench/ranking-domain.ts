/**
 * Domain-only ranking benchmark: how long rankCluster (scoring + ranking, explanations included)
 * takes for a cluster-year, without HTTP or database.
 *   node --import tsx bench/ranking-domain.ts
 * Targets (issue 5): 63 members × 40 criteria with 62 assessors each ≤ 5 ms; 1,000 × 100 ≤ 250 ms.
 * Prints figures only; no assertions.
 */
import { cpus, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { validateScheme } from '../src/domain/scheme.ts'
import type { Scheme } from '../src/domain/scheme.ts'
import { rankCluster } from '../src/domain/ranking.ts'
import type { RankingInput } from '../src/domain/ranking.ts'
import type { Adjustment } from '../src/domain/scoring.ts'
import { rng } from './rng.ts'

export interface Shape {
  members: number
  criteria: number
  /** Share of criteria scored by peer assessment (every other member assesses). */
  assessedShare: number
}

/** A realistic mix: ratio, threshold, best-relative, assessed, manual, two bonus and one penalty criteria. */
export function buildInput(shape: Shape, seed = 1): RankingInput {
  const rand = rng(seed)
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const dec = (lo: number, hi: number) => `${int(lo, hi)}.${int(0, 9)}`
  const nAssessed = Math.round(shape.criteria * shape.assessedShare)
  const criteria: Record<string, unknown>[] = []
  for (let i = 0; i < shape.criteria; i++) {
    const code = `C${String(i).padStart(3, '0')}`
    const group = `G${i % 5}`
    let c: Record<string, unknown>
    if (i < nAssessed) c = { method: 'assessed', kind: 'standard', maxPoints: '5' }
    else if (i === shape.criteria - 1) c = { method: 'manual', kind: 'penalty', maxPoints: '5' }
    else if (i >= shape.criteria - 3) c = { method: 'manual', kind: 'bonus', maxPoints: '3' }
    else {
      const r = (i - nAssessed) % 10
      const method = r < 4 ? 'target_ratio' : r < 6 ? 'threshold' : r < 9 ? 'relative_to_best' : 'manual'
      c = { method, kind: 'standard', maxPoints: method === 'manual' ? '2' : '4.5' }
      if (method !== 'manual') {
        c.indicatorCode = `IND_${code}`
        c.lowerIsBetter = i % 7 === 0
      }
    }
    criteria.push({ code, title: `Tiêu chí ${i + 1}`, group, ...c })
  }
  const scheme: Scheme = validateScheme({
    criteria,
    bonusCap: '5',
    penaltyCap: '5',
    tieBreakGroups: ['G0', 'G1', 'G2'],
    latePenalty: { points: '1' },
    classificationBands: [
      { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
      { code: 'TOT', label: 'Tốt', minTotal: '85' },
      { code: 'KHA', label: 'Khá', minTotal: '0' },
    ],
    awardRules: [{ awardTypeCode: 'CO_THI_DUA', maxCount: 1 }],
  })
  const members = Array.from({ length: shape.members }, (_, i) => ({ committeeId: `m${i}`, code: String(i).padStart(4, '0') }))
  const targets: RankingInput['targets'] = {}
  const fyValues: RankingInput['fyValues'] = {}
  const assessments: NonNullable<RankingInput['assessments']> = {}
  const adjustments: Adjustment[] = []
  for (const m of members) {
    const t: Record<string, string> = {}
    const v: Record<string, string> = {}
    for (const c of scheme.criteria) {
      if (c.indicatorCode) v[c.indicatorCode] = dec(0, 2000)
      if (c.method === 'target_ratio' || c.method === 'threshold') t[c.code] = dec(500, 1500)
      if (c.method === 'manual') {
        adjustments.push({
          type: 'manual',
          committeeId: m.committeeId,
          criterionCode: c.code,
          points: `${int(0, 1)}.${int(0, 9)}`,
          reason: 'hội nghị thống nhất',
        })
      }
    }
    targets[m.committeeId] = t
    fyValues[m.committeeId] = { values: v, late: rand() < 0.05 }
  }
  if (nAssessed > 0) {
    const assessed = scheme.criteria.filter((c) => c.method === 'assessed')
    for (const a of members) {
      const byTarget: Record<string, Record<string, string>> = {}
      for (const t of members) {
        if (t === a) continue
        const s: Record<string, string> = {}
        for (const c of assessed) s[c.code] = `${int(2, 4)}.${int(0, 9)}`
        byTarget[t.committeeId] = s
      }
      assessments[a.committeeId] = byTarget
    }
  }
  return { scheme, members, targets, fyValues, assessments, adjustments, tieResolutions: [] }
}

/** Median and best of `runs` timed calls after `warmup` untimed ones, in ms. */
export function time(input: RankingInput, runs: number, warmup = 3): { median: number; best: number } {
  for (let i = 0; i < warmup; i++) rankCluster(input)
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    rankCluster(input)
    ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  return { median: ms[Math.floor(ms.length / 2)], best: ms[0] }
}

const fmt = (x: number) => x.toFixed(2).padStart(8)

export async function main(): Promise<void> {
  console.log('rankCluster (domain only: scoring, explanations, ranking), median of timed runs after warm-up')
  // Wall-clock figures: a busy machine (load above the CPU count) inflates them.
  console.log(`node ${process.version}; ${cpus().length} CPUs; load average ${loadavg()[0].toFixed(2)}\n`)

  const cases: { name: string; shape: Shape; target: number; runs: number; warmup: number }[] = [
    {
      name: '63 members × 40 criteria, 62 assessors each (8 assessed criteria)',
      shape: { members: 63, criteria: 40, assessedShare: 0.2 },
      target: 5,
      runs: 200,
      warmup: 50,
    },
    {
      name: '1,000 members × 100 criteria (no peer-assessed criteria)',
      shape: { members: 1000, criteria: 100, assessedShare: 0 },
      target: 250,
      runs: 15,
      warmup: 5,
    },
  ]
  for (const c of cases) {
    const input = buildInput(c.shape)
    const scores = Object.values(input.assessments ?? {}).reduce((s, t) => s + Object.values(t).reduce((u, x) => u + Object.keys(x).length, 0), 0)
    const r = time(input, c.runs, c.warmup)
    const verdict = r.median <= c.target ? 'meets' : 'MISSES'
    console.log(`${c.name}`)
    console.log(`  ${scores} peer scores; median ${r.median.toFixed(2)} ms, best ${r.best.toFixed(2)} ms; target ≤ ${c.target} ms: ${verdict}`)
  }

  console.log('\ngrowth (median ms; no peer assessment unless marked)')
  const memberSteps = [50, 100, 250, 500, 1000]
  const criteriaSteps = [10, 25, 50, 100]
  console.log(`${'members \\ criteria'.padEnd(20)}${criteriaSteps.map((k) => String(k).padStart(8)).join('')}`)
  for (const m of memberSteps) {
    const row = criteriaSteps.map((k) => fmt(time(buildInput({ members: m, criteria: k, assessedShare: 0 }), m >= 500 ? 5 : 9, 2).median))
    console.log(`${String(m).padEnd(20)}${row.join('')}`)
  }
  console.log('\nwith 20% peer-assessed criteria, every other member assessing (scores grow with members²)')
  for (const m of [25, 63, 125, 250]) {
    const input = buildInput({ members: m, criteria: 40, assessedShare: 0.2 })
    const r = time(input, 9, 2)
    console.log(`  ${String(m).padStart(4)} members × 40 criteria: ${fmt(r.median)} ms (${m * (m - 1) * 8} peer scores)`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
