import type { DbOrTx } from '../../db/client.ts'
import { checkIndicatorValue, type IndicatorRule, type ValueType } from '../../domain/indicators.ts'
import { conflict, type FieldError } from '../../domain/errors.ts'
import { acceptsLateSubmissions, schemeIndicatorCodes } from '../../domain/scheme.ts'
import { checkPeriodWindow, type Period } from '../../domain/workflows.ts'
import { clusterRepository, type ClusterYearRow } from '../clusters/repository.ts'
import { indicatorRepository } from '../indicators/repository.ts'
import { planningRepository, type PeriodRow } from '../planning/repository.ts'

/** What a submission of one cluster-year is checked against. */
export interface ReportingContext {
  cy: ClusterYearRow
  members: Set<string>
  schemeIndicators: Set<string> | null
  lateAllowed: boolean
  periods: Map<string, PeriodRow>
}

export async function loadReportingContext(db: DbOrTx, cy: ClusterYearRow): Promise<ReportingContext> {
  const planning = planningRepository(db)
  const scheme = await planning.scheme(cy.id)
  return {
    cy,
    members: new Set(await clusterRepository(db).memberIds(cy.id)),
    schemeIndicators: scheme ? new Set(schemeIndicatorCodes(scheme.scheme)) : null,
    lateAllowed: scheme ? acceptsLateSubmissions(scheme.scheme) : false,
    periods: new Map((await planning.periods(cy.id)).map((p) => [p.period, p])),
  }
}

/** Whether input for `period` is accepted now; throws PERIOD_NOT_OPEN / PERIOD_CLOSED. */
export function checkWindow(ctx: ReportingContext, period: Period, now = new Date()): { late: boolean } {
  if (ctx.cy.status === 'finalized' || ctx.cy.status === 'closed') {
    throw conflict('PERIOD_CLOSED', `The cluster-year is ${ctx.cy.status}; no more input is taken`, { period, reason: 'cluster_year_finalized' })
  }
  const p = ctx.periods.get(period)
  return checkPeriodWindow({ now, opensAt: p?.opensAt ?? null, closesAt: p?.closesAt ?? null, closedAt: p?.closedAt ?? null, period, lateAllowed: ctx.lateAllowed })
}

/** Returned submissions may be corrected and resubmitted until the ranking is final. */
export function assertReviewOpen(ctx: ReportingContext): void {
  if (ctx.cy.status === 'finalized' || ctx.cy.status === 'closed') {
    throw conflict('PERIOD_CLOSED', `The cluster-year is ${ctx.cy.status}; no more input is taken`, { reason: 'cluster_year_finalized' })
  }
}

/** The indicator catalogue as rules, loaded once per request: the given codes, or all of it (bulk import). */
export async function loadIndicatorRules(db: DbOrTx, codes?: string[]): Promise<Map<string, IndicatorRule>> {
  const repo = indicatorRepository(db)
  const rows = codes ? await repo.findByCodes([...new Set(codes)]) : await repo.all()
  return new Map(rows.map((r) => [r.code, { code: r.code, valueType: r.valueType as ValueType, minValue: r.minValue, maxValue: r.maxValue }]))
}

export interface ValueInput {
  indicatorCode: string
  value: unknown
  note?: string | null | undefined
  evidenceUrl?: string | null | undefined
}

/**
 * Checks a submission's values against the catalogue (type, bounds) and the scheme's indicators.
 * Returns them canonical, or every problem with its pointer.
 */
export function checkValues(
  values: ValueInput[],
  rules: Map<string, IndicatorRule>,
  schemeIndicators: Set<string> | null,
): { values: { indicatorCode: string; value: string; note: string | null; evidenceUrl: string | null }[]; errors: FieldError[] } {
  const errors: FieldError[] = []
  const out = []
  const seen = new Set<string>()
  for (const [i, v] of values.entries()) {
    const p = `/values/${i}`
    if (seen.has(v.indicatorCode)) {
      errors.push({ pointer: `${p}/indicatorCode`, code: 'DUPLICATE_INDICATOR', message: `${v.indicatorCode} is reported twice` })
      continue
    }
    seen.add(v.indicatorCode)
    const rule = rules.get(v.indicatorCode)
    if (!rule) {
      errors.push({ pointer: `${p}/indicatorCode`, code: 'UNKNOWN_INDICATOR', message: `${v.indicatorCode} is not in the indicator catalogue` })
      continue
    }
    if (schemeIndicators && !schemeIndicators.has(v.indicatorCode)) {
      errors.push({ pointer: `${p}/indicatorCode`, code: 'INDICATOR_NOT_IN_SCHEME', message: `${v.indicatorCode} is not scored by this cluster-year's scheme` })
      continue
    }
    const checked = checkIndicatorValue(rule, v.value)
    if (!checked.ok) {
      errors.push({ pointer: `${p}/value`, code: checked.code, message: checked.message })
      continue
    }
    out.push({ indicatorCode: v.indicatorCode, value: checked.value, note: v.note ?? null, evidenceUrl: v.evidenceUrl ?? null })
  }
  return { values: out, errors }
}
