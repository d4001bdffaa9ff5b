import { assertReviewOpen, inputWindow, type ClusterYearState } from './cluster-year.ts'
import { DomainError, type FieldError } from './errors.ts'
import { checkIndicatorValue, type IndicatorRule } from './indicators.ts'
import type { Period, SubmissionStatus } from './workflows.ts'

/** Every code a submission's values can be refused with (checkValues), in the contract's order. */
export const VALUE_PROBLEM_CODES = [
  'UNKNOWN_INDICATOR',
  'INDICATOR_NOT_IN_SCHEME',
  'DUPLICATE_INDICATOR',
  'INVALID_DECIMAL',
  'INVALID_VALUE_TYPE',
  'VALUE_BELOW_MIN',
  'VALUE_ABOVE_MAX',
] as const

/** One reported value as a client sends it. */
export interface ValueInput {
  indicatorCode: string
  value: unknown
  note?: string | null | undefined
  evidenceUrl?: string | null | undefined
}

export interface CheckedValue {
  indicatorCode: string
  value: string
  note: string | null
  evidenceUrl: string | null
}

/** A value refused, with the field of the input it is about. */
export interface ValueProblem {
  code: string
  message: string
  field: 'indicatorCode' | 'value'
}

/**
 * The one check of one value: a catalogued indicator, scored by the scheme (when the year has
 * one), of the indicator's type and within its bounds. Used alike by submissions and the bulk
 * import. Returns the canonical value, or the problem.
 */
export function checkReportedValue(
  indicatorCode: string,
  raw: unknown,
  rules: ReadonlyMap<string, IndicatorRule>,
  schemeIndicators: ReadonlySet<string> | null,
): { ok: true; value: string } | ({ ok: false } & ValueProblem) {
  const rule = rules.get(indicatorCode)
  if (!rule) return { ok: false, field: 'indicatorCode', code: 'UNKNOWN_INDICATOR', message: `${indicatorCode} is not in the indicator catalogue` }
  if (schemeIndicators && !schemeIndicators.has(indicatorCode)) {
    return { ok: false, field: 'indicatorCode', code: 'INDICATOR_NOT_IN_SCHEME', message: `${indicatorCode} is not scored by this cluster-year's scheme` }
  }
  const checked = checkIndicatorValue(rule, raw)
  return checked.ok ? checked : { ok: false, field: 'value', code: checked.code, message: checked.message }
}

/**
 * Checks a submission's values: each indicator once, then `checkReportedValue`. Returns them
 * canonical, or every problem with its pointer.
 */
export function checkValues(
  values: readonly ValueInput[],
  rules: ReadonlyMap<string, IndicatorRule>,
  schemeIndicators: ReadonlySet<string> | null,
): { values: CheckedValue[]; errors: FieldError[] } {
  const errors: FieldError[] = []
  const out: CheckedValue[] = []
  const seen = new Set<string>()
  for (const [i, v] of values.entries()) {
    const p = `/values/${i}`
    if (seen.has(v.indicatorCode)) {
      errors.push({ pointer: `${p}/indicatorCode`, code: 'DUPLICATE_INDICATOR', message: `${v.indicatorCode} is reported twice` })
      continue
    }
    seen.add(v.indicatorCode)
    const checked = checkReportedValue(v.indicatorCode, v.value, rules, schemeIndicators)
    if (!checked.ok) {
      errors.push({ pointer: `${p}/${checked.field}`, code: checked.code, message: checked.message })
      continue
    }
    out.push({ indicatorCode: v.indicatorCode, value: checked.value, note: v.note ?? null, evidenceUrl: v.evidenceUrl ?? null })
  }
  return { values: out, errors }
}

/** A correction made on acceptance: an official value beside the reported one, with its reason. */
export interface CorrectionInput {
  indicatorCode: string
  officialValue: unknown
  reason: string
}

/**
 * Checks the corrections of an acceptance against the values reported: each indicator once, one
 * that was reported, a reason, a valid value. Returns them canonical, or every problem.
 */
export function checkCorrections(
  corrections: readonly CorrectionInput[],
  reported: ReadonlySet<string>,
  rules: ReadonlyMap<string, IndicatorRule>,
): { corrections: { indicatorCode: string; value: string; reason: string }[]; errors: FieldError[] } {
  const errors: FieldError[] = []
  const applied: { indicatorCode: string; value: string; reason: string }[] = []
  const seen = new Set<string>()
  corrections.forEach((c, i) => {
    const p = `/corrections/${i}`
    if (seen.has(c.indicatorCode)) return void errors.push({ pointer: `${p}/indicatorCode`, code: 'DUPLICATE_INDICATOR', message: 'corrected twice' })
    seen.add(c.indicatorCode)
    if (!reported.has(c.indicatorCode))
      return void errors.push({ pointer: `${p}/indicatorCode`, code: 'NOT_REPORTED', message: 'the submission has no such value' })
    if (!c.reason || !c.reason.trim()) errors.push({ pointer: `${p}/reason`, code: 'CORRECTION_REASON_REQUIRED', message: 'say why the value is corrected' })
    const rule = rules.get(c.indicatorCode)
    if (!rule)
      return void errors.push({ pointer: `${p}/indicatorCode`, code: 'UNKNOWN_INDICATOR', message: `${c.indicatorCode} is not in the indicator catalogue` })
    const checked = checkIndicatorValue(rule, c.officialValue)
    if (!checked.ok) return void errors.push({ pointer: `${p}/officialValue`, code: checked.code, message: checked.message })
    applied.push({ indicatorCode: c.indicatorCode, value: checked.value, reason: c.reason.trim() })
  })
  return { corrections: applied, errors }
}

/**
 * Whether a submission's values may be changed at `now`, and if not, the code a write would be
 * refused with: accepted and submitted ones are locked; a returned one while the review is open;
 * a draft while its period's window takes input. Without its cluster-year, PERIOD_NOT_OPEN.
 */
export function submissionEditability(
  submission: { status: SubmissionStatus; period: Period },
  state: ClusterYearState | null,
  now: Date,
): { editable: boolean; code: string | null } {
  if (submission.status === 'accepted') return { editable: false, code: 'SUBMISSION_ACCEPTED' }
  if (submission.status === 'submitted') return { editable: false, code: 'SUBMISSION_UNDER_REVIEW' }
  if (!state) return { editable: false, code: 'PERIOD_NOT_OPEN' }
  try {
    if (submission.status === 'returned') assertReviewOpen(state)
    else inputWindow(state, submission.period, now)
    return { editable: true, code: null }
  } catch (err) {
    if (err instanceof DomainError) return { editable: false, code: err.code }
    throw err
  }
}
