import { assertReviewOpen, inputWindow, type ClusterYearState } from './cluster-year.ts'
import { conflict, DomainError, type FieldError } from './errors.ts'
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
  'VALUE_REQUIRED',
  'VALUE_WITH_NOT_APPLICABLE',
  'NOT_APPLICABLE_REASON_REQUIRED',
  'NOT_APPLICABLE_NOT_ALLOWED',
] as const

/**
 * One reported value as a client sends it: a value, or `notApplicable: true` with
 * `notApplicableReason` (không áp dụng) where the scheme allows it.
 */
export interface ValueInput {
  indicatorCode: string
  value?: unknown
  notApplicable?: boolean | null | undefined
  notApplicableReason?: string | null | undefined
  note?: string | null | undefined
  evidenceUrl?: string | null | undefined
}

export interface CheckedValue {
  indicatorCode: string
  /** null when declared not applicable. */
  value: string | null
  notApplicable: boolean
  notApplicableReason: string | null
  note: string | null
  evidenceUrl: string | null
}

/** What a value's row must hold: a value, or a not-applicable declaration with its reason. */
export interface ValueRules {
  /** The catalogue's rules by indicator code. */
  rules: ReadonlyMap<string, IndicatorRule>
  /** The indicators the scheme scores; null without a scheme (any catalogued one is taken). */
  schemeIndicators: ReadonlySet<string> | null
  /** The indicators the scheme lets a member declare not applicable (notApplicableIndicatorCodes). */
  notApplicable: ReadonlySet<string>
}

/** A value refused, with the field of the input it is about. */
export interface ValueProblem {
  code: string
  message: string
  field: 'indicatorCode' | 'value'
}

/** A catalogued indicator, scored by the scheme when the year has one. */
function checkIndicatorKnown(
  indicatorCode: string,
  rules: ReadonlyMap<string, IndicatorRule>,
  schemeIndicators: ReadonlySet<string> | null,
): { ok: true; rule: IndicatorRule } | ({ ok: false } & ValueProblem) {
  const rule = rules.get(indicatorCode)
  if (!rule) return { ok: false, field: 'indicatorCode', code: 'UNKNOWN_INDICATOR', message: `${indicatorCode} is not in the indicator catalogue` }
  if (schemeIndicators && !schemeIndicators.has(indicatorCode)) {
    return { ok: false, field: 'indicatorCode', code: 'INDICATOR_NOT_IN_SCHEME', message: `${indicatorCode} is not scored by this cluster-year's scheme` }
  }
  return { ok: true, rule }
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
  const known = checkIndicatorKnown(indicatorCode, rules, schemeIndicators)
  if (!known.ok) return known
  const checked = checkIndicatorValue(known.rule, raw)
  return checked.ok ? checked : { ok: false, field: 'value', code: checked.code, message: checked.message }
}

/**
 * Checks a submission's values: each indicator once, then either `checkReportedValue` or, for a
 * declaration that the indicator does not apply, a reason and a scheme that allows it. Returns
 * them canonical, or every problem with its pointer.
 */
export function checkValues(values: readonly ValueInput[], rules: ValueRules): { values: CheckedValue[]; errors: FieldError[] } {
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
    const problem = (field: string, code: string, message: string) => void errors.push({ pointer: `${p}/${field}`, code, message })
    const note = v.note ?? null
    const evidenceUrl = v.evidenceUrl ?? null
    const hasValue = v.value !== undefined && v.value !== null
    if (v.notApplicable === true) {
      if (hasValue) {
        problem('value', 'VALUE_WITH_NOT_APPLICABLE', 'send a value or declare the indicator not applicable, not both')
        continue
      }
      const known = checkIndicatorKnown(v.indicatorCode, rules.rules, rules.schemeIndicators)
      if (!known.ok) {
        problem('indicatorCode', known.code, known.message)
        continue
      }
      if (!rules.notApplicable.has(v.indicatorCode)) {
        problem('notApplicable', 'NOT_APPLICABLE_NOT_ALLOWED', `the scheme does not let ${v.indicatorCode} be declared not applicable`)
        continue
      }
      const reason = typeof v.notApplicableReason === 'string' ? v.notApplicableReason.normalize('NFC').trim() : ''
      if (reason === '') {
        problem('notApplicableReason', 'NOT_APPLICABLE_REASON_REQUIRED', 'say why the indicator does not apply')
        continue
      }
      out.push({ indicatorCode: v.indicatorCode, value: null, notApplicable: true, notApplicableReason: reason, note, evidenceUrl })
      continue
    }
    if (!hasValue) {
      problem('value', 'VALUE_REQUIRED', `${v.indicatorCode} needs a value, or notApplicable with a reason where the scheme allows it`)
      continue
    }
    const checked = checkReportedValue(v.indicatorCode, v.value, rules.rules, rules.schemeIndicators)
    if (!checked.ok) {
      problem(checked.field, checked.code, checked.message)
      continue
    }
    out.push({ indicatorCode: v.indicatorCode, value: checked.value, notApplicable: false, notApplicableReason: null, note, evidenceUrl })
  }
  return { values: out, errors }
}

/**
 * Merges named values into the ones a submission holds (PATCH): a named indicator takes its new
 * row, the others stay as they are. Ordered by indicator code.
 */
export function mergeValues<T extends { indicatorCode: string }>(current: readonly T[], named: readonly T[]): T[] {
  const byCode = new Map(current.map((v) => [v.indicatorCode, v] as const))
  for (const v of named) byCode.set(v.indicatorCode, v)
  return [...byCode.values()].sort((a, b) => (a.indicatorCode < b.indicatorCode ? -1 : a.indicatorCode > b.indicatorCode ? 1 : 0))
}

/**
 * The scheme's indicators a submission holds neither a value nor a not-applicable declaration
 * for, sorted. Without a scheme nothing can be required: none are missing.
 */
export function missingIndicators(schemeIndicators: readonly string[] | null, held: Iterable<{ indicatorCode: string }>): string[] {
  if (!schemeIndicators) return []
  const have = new Set([...held].map((v) => v.indicatorCode))
  return schemeIndicators.filter((code) => !have.has(code)).sort()
}

/**
 * A submission is submitted complete (đầy đủ): every indicator its cluster-year's scheme scores
 * has a value or is declared not applicable with a reason. 409 `SUBMISSION_INCOMPLETE` lists the
 * indicators still missing in `details.missingIndicators`.
 */
export function assertSubmissionComplete(schemeIndicators: readonly string[] | null, held: Iterable<{ indicatorCode: string }>): void {
  const missing = missingIndicators(schemeIndicators, held)
  if (missing.length === 0) return
  throw conflict(
    'SUBMISSION_INCOMPLETE',
    `The submission lacks ${missing.length} indicator(s) of the scheme: ${missing.join(', ')}; report a value or declare it not applicable where the scheme allows it`,
    { missingIndicators: missing },
  )
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

/** How a request names a committee: by id or by administrative-unit code, exactly one of them. */
export type CommitteeRef = { by: 'id'; id: string } | { by: 'code'; code: string }

/**
 * Reads `committeeId` / `committeeCode`: exactly one must be given (Thanh Hóa cluster no. 1's
 * members have no code; they use the id). The refusal names its code: COMMITTEE_ID_OR_CODE_REQUIRED
 * when neither is given, COMMITTEE_ID_AND_CODE when both are.
 */
export function readCommitteeRef(input: {
  committeeId?: unknown
  committeeCode?: unknown
}): { ok: true; ref: CommitteeRef } | { ok: false; code: string; message: string } {
  const id = typeof input.committeeId === 'string' ? input.committeeId.trim() : ''
  const code = typeof input.committeeCode === 'string' ? input.committeeCode.normalize('NFC').trim() : ''
  if (id && code) return { ok: false, code: 'COMMITTEE_ID_AND_CODE', message: 'name the committee by committeeId or by committeeCode, not both' }
  if (!id && !code) return { ok: false, code: 'COMMITTEE_ID_OR_CODE_REQUIRED', message: 'name the committee by committeeId or by committeeCode' }
  return { ok: true, ref: id ? { by: 'id', id } : { by: 'code', code } }
}
