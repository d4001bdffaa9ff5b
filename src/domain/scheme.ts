/**
 * The scoring scheme of one cluster-year (tiêu chí chấm điểm thi đua): criteria, caps, tie-break
 * order, late-submission penalty, classification bands (xếp loại) and award rules.
 * Pure: the HTTP layer passes the request body in and stores what comes out.
 */
import { invalid } from './errors.ts'
import type { FieldError } from './errors.ts'
import { Decimal, formatDecimal, parseDecimal } from './decimal.ts'

export const CRITERION_KINDS = ['standard', 'bonus', 'penalty'] as const
export type CriterionKind = (typeof CRITERION_KINDS)[number]

export const CRITERION_METHODS = ['target_ratio', 'threshold', 'relative_to_best', 'assessed', 'manual'] as const
export type CriterionMethod = (typeof CRITERION_METHODS)[number]

/** Methods scored from an indicator's accepted FY value. */
export const INDICATOR_METHODS: readonly CriterionMethod[] = ['target_ratio', 'threshold', 'relative_to_best']
/** Methods that compare against a per-member target (chỉ tiêu). */
export const TARGET_METHODS: readonly CriterionMethod[] = ['target_ratio', 'threshold']

/** Decimal places accepted in any decimal of the scheme or the ranking inputs (kept exact). */
export const MAX_DECIMAL_PLACES = 20

export const CODE_RE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/

export interface Criterion {
  code: string
  title: string
  /** Section of the scheme; groups are summed for tie-breaks. */
  group: string
  kind: CriterionKind
  method: CriterionMethod
  /** Decimal string > 0. */
  maxPoints: string
  /** Required for indicator methods, null otherwise. */
  indicatorCode: string | null
  lowerIsBetter: boolean
  /**
   * Indicator methods only: a member may declare the indicator not applicable (không áp dụng)
   * with a reason instead of reporting a value. Present only when true (schemes stored before it
   * existed read as false, and their canonical form is unchanged).
   */
  allowsNotApplicable?: boolean
}

/** A classification band (xếp loại): a member's band is the one with the highest minTotal ≤ its total. */
export interface ClassificationBand {
  code: string
  label: string
  minTotal: string
}

/** A quota and limits for one award type in this cluster-year. Absent limits do not constrain. */
export interface AwardRule {
  awardTypeCode: string
  maxCount: number | null
  /** Decimal string in [0, 1]: share of the members. */
  maxShare: string | null
  minTotal: string | null
  /** Best (lowest) rank number allowed. */
  maxRank: number | null
}

/** null: late FY submissions are refused. Otherwise they are accepted and cost `points` (may be "0"). */
export interface LatePenalty {
  points: string
}

export interface Scheme {
  criteria: Criterion[]
  bonusCap: string
  penaltyCap: string
  tieBreakGroups: string[]
  latePenalty: LatePenalty | null
  /** Sorted by minTotal, highest first. */
  classificationBands: ClassificationBand[]
  awardRules: AwardRule[]
}

export interface SchemeValidationOptions {
  /** When given, every indicatorCode must be one of these (the indicator catalogue). */
  indicatorCodes?: Iterable<string>
  /** When given, every award rule must name one of these (the organiser's award types). */
  awardTypeCodes?: Iterable<string>
}

/** Field error codes of scheme validation (the top-level code is INVALID_SCHEME). */
export const SchemeErrorCode = {
  REQUIRED: 'REQUIRED',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  INVALID_TYPE: 'INVALID_TYPE',
  INVALID_CODE: 'INVALID_CODE',
  DUPLICATE: 'DUPLICATE',
  EMPTY: 'EMPTY',
  INVALID_ENUM: 'INVALID_ENUM',
  INVALID_DECIMAL: 'INVALID_DECIMAL',
  TOO_MANY_DECIMALS: 'TOO_MANY_DECIMALS',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  INDICATOR_REQUIRED: 'INDICATOR_REQUIRED',
  INDICATOR_NOT_ALLOWED: 'INDICATOR_NOT_ALLOWED',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  UNKNOWN_GROUP: 'UNKNOWN_GROUP',
  UNKNOWN_AWARD_TYPE: 'UNKNOWN_AWARD_TYPE',
} as const

const TOP_FIELDS = ['criteria', 'bonusCap', 'penaltyCap', 'tieBreakGroups', 'latePenalty', 'classificationBands', 'awardRules']
const CRITERION_FIELDS = ['code', 'title', 'group', 'kind', 'method', 'maxPoints', 'indicatorCode', 'lowerIsBetter', 'allowsNotApplicable']
const BAND_FIELDS = ['code', 'label', 'minTotal']
const RULE_FIELDS = ['awardTypeCode', 'maxCount', 'maxShare', 'minTotal', 'maxRank']

/** RFC 6901 escaping of one reference token. */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

class Collector {
  readonly errors: FieldError[] = []
  add(pointer: string, code: string, message: string) {
    this.errors.push({ pointer, code, message })
  }

  unknownFields(obj: Record<string, unknown>, allowed: string[], base: string) {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.add(`${base}/${pointerToken(key)}`, 'UNKNOWN_FIELD', `unknown field "${key}"`)
    }
  }

  text(obj: Record<string, unknown>, key: string, base: string): string | undefined {
    const v = obj[key]
    const p = `${base}/${key}`
    if (v === undefined || v === null) return void this.add(p, 'REQUIRED', `${key} is required`)
    if (typeof v !== 'string') return void this.add(p, 'INVALID_TYPE', `${key} must be a string`)
    const t = v.normalize('NFC').trim()
    if (t === '') return void this.add(p, 'REQUIRED', `${key} must not be empty`)
    return t
  }

  code(obj: Record<string, unknown>, key: string, base: string): string | undefined {
    const v = obj[key]
    const p = `${base}/${key}`
    if (v === undefined || v === null) return void this.add(p, 'REQUIRED', `${key} is required`)
    if (typeof v !== 'string') return void this.add(p, 'INVALID_TYPE', `${key} must be a string`)
    if (!CODE_RE.test(v)) return void this.add(p, 'INVALID_CODE', `${key} must be UPPER_SNAKE_CASE (e.g. "HOUSES_BUILT")`)
    return v
  }

  /** A decimal given as a string (or a safe integer), returned in canonical string form. */
  decimal(v: unknown, p: string, name: string): Decimal | undefined {
    if (v === undefined || v === null) return void this.add(p, 'REQUIRED', `${name} is required`)
    const d = parseDecimal(v)
    if (d === null) return void this.add(p, 'INVALID_DECIMAL', `${name} must be a decimal string such as "12.5"`)
    if (d.decimalPlaces() > MAX_DECIMAL_PLACES) {
      return void this.add(p, 'TOO_MANY_DECIMALS', `${name} has more than ${MAX_DECIMAL_PLACES} decimal places`)
    }
    return d
  }

  integer(v: unknown, p: string, name: string, min: number): number | undefined {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return void this.add(p, 'INVALID_TYPE', `${name} must be an integer`)
    if (v < min) return void this.add(p, 'OUT_OF_RANGE', `${name} must be at least ${min}`)
    return v
  }

  /** One of a fixed list of values (kind, method). */
  oneOf<T extends string>(obj: Record<string, unknown>, key: string, allowed: readonly T[], base: string): T | undefined {
    const v = obj[key]
    const p = `${base}/${key}`
    if (v === undefined || v === null) return void this.add(p, 'REQUIRED', `${key} is required`)
    if (!(allowed as readonly unknown[]).includes(v)) return void this.add(p, 'INVALID_ENUM', `${key} must be one of ${allowed.join(', ')}`)
    return v as T
  }
}

/**
 * Validates a scheme as sent by a client and returns it normalised (NFC text, canonical decimal
 * strings, defaults filled, bands sorted). Throws `invalid('INVALID_SCHEME')` listing every problem.
 */
export function validateScheme(input: unknown, options: SchemeValidationOptions = {}): Scheme {
  const c = new Collector()
  if (!isObject(input)) {
    c.add('', 'INVALID_TYPE', 'the scheme must be an object')
    throw invalid('INVALID_SCHEME', 'the scheme is invalid', { errors: c.errors })
  }
  c.unknownFields(input, TOP_FIELDS, '')
  const knownIndicators = options.indicatorCodes ? new Set(options.indicatorCodes) : null
  const knownAwardTypes = options.awardTypeCodes ? new Set(options.awardTypeCodes) : null

  // Each part reports its own problems; the order of the parts is the order of the errors.
  const { criteria, groups } = validateCriteria(c, input.criteria, knownIndicators)
  const bonusCap = validateCap(c, input, 'bonusCap')
  const penaltyCap = validateCap(c, input, 'penaltyCap')
  const tieBreakGroups = validateTieBreakGroups(c, input.tieBreakGroups, groups)
  const latePenalty = validateLatePenalty(c, input.latePenalty)
  const classificationBands = validateBands(c, input.classificationBands)
  const awardRules = validateAwardRules(c, input.awardRules, knownAwardTypes)

  if (c.errors.length > 0) throw invalid('INVALID_SCHEME', `the scheme has ${c.errors.length} problem(s)`, { errors: c.errors })
  return { criteria, bonusCap, penaltyCap, tieBreakGroups, latePenalty, classificationBands, awardRules }
}

const given = (v: unknown) => v !== undefined && v !== null

/** The criteria, and the set of group names they use (tie-break groups must be among them). */
function validateCriteria(c: Collector, value: unknown, knownIndicators: Set<string> | null): { criteria: Criterion[]; groups: Set<string> } {
  const criteria: Criterion[] = []
  const groups = new Set<string>()
  if (!given(value)) c.add('/criteria', 'REQUIRED', 'criteria are required')
  else if (!Array.isArray(value)) c.add('/criteria', 'INVALID_TYPE', 'criteria must be an array')
  else if (value.length === 0) c.add('/criteria', 'EMPTY', 'a scheme needs at least one criterion')
  else {
    const seen = new Set<string>()
    value.forEach((raw: unknown, i: number) => {
      const criterion = validateCriterion(c, raw, `/criteria/${i}`, seen, groups, knownIndicators)
      if (criterion) criteria.push(criterion)
    })
  }
  return { criteria, groups }
}

/** One criterion; undefined when a required part is missing or malformed (the problems are collected). */
function validateCriterion(
  c: Collector,
  raw: unknown,
  base: string,
  seenCodes: Set<string>,
  groups: Set<string>,
  knownIndicators: Set<string> | null,
): Criterion | undefined {
  if (!isObject(raw)) return void c.add(base, 'INVALID_TYPE', 'a criterion must be an object')
  c.unknownFields(raw, CRITERION_FIELDS, base)
  const code = c.code(raw, 'code', base)
  if (code !== undefined) {
    if (seenCodes.has(code)) c.add(`${base}/code`, 'DUPLICATE', `criterion code ${code} is used twice`)
    seenCodes.add(code)
  }
  const title = c.text(raw, 'title', base)
  const group = c.text(raw, 'group', base)
  if (group !== undefined) groups.add(group)
  const kind = c.oneOf(raw, 'kind', CRITERION_KINDS, base)
  const method = c.oneOf(raw, 'method', CRITERION_METHODS, base)
  const max = c.decimal(raw.maxPoints, `${base}/maxPoints`, 'maxPoints')
  if (max !== undefined && !max.gt(0)) c.add(`${base}/maxPoints`, 'OUT_OF_RANGE', 'maxPoints must be greater than 0')
  const indicatorCode = criterionIndicator(c, raw, base, method, knownIndicators)
  const lowerIsBetter = criterionLowerIsBetter(c, raw, base, method)
  const allowsNotApplicable = criterionAllowsNotApplicable(c, raw, base, method)
  if (code && title && group && kind && method && max) {
    return {
      code,
      title,
      group,
      kind,
      method,
      maxPoints: formatDecimal(max),
      indicatorCode,
      lowerIsBetter,
      ...(allowsNotApplicable ? { allowsNotApplicable } : {}),
    }
  }
  return undefined
}

/** The indicator a criterion is scored from: required by the indicator methods, refused by the others. */
function criterionIndicator(
  c: Collector,
  raw: Record<string, unknown>,
  base: string,
  method: CriterionMethod | undefined,
  knownIndicators: Set<string> | null,
): string | null {
  const hasIndicator = given(raw.indicatorCode)
  if (method !== undefined && INDICATOR_METHODS.includes(method)) {
    if (!hasIndicator) {
      c.add(`${base}/indicatorCode`, 'INDICATOR_REQUIRED', `method ${method} needs an indicatorCode`)
      return null
    }
    const ic = c.code(raw, 'indicatorCode', base)
    if (ic !== undefined && knownIndicators && !knownIndicators.has(ic)) {
      c.add(`${base}/indicatorCode`, 'UNKNOWN_INDICATOR', `indicator ${ic} is not in the catalogue`)
    }
    return ic ?? null
  }
  if (method !== undefined && hasIndicator) c.add(`${base}/indicatorCode`, 'INDICATOR_NOT_ALLOWED', `method ${method} takes no indicatorCode`)
  return null
}

function criterionLowerIsBetter(c: Collector, raw: Record<string, unknown>, base: string, method: CriterionMethod | undefined): boolean {
  let lowerIsBetter = false
  if (given(raw.lowerIsBetter)) {
    if (typeof raw.lowerIsBetter !== 'boolean') c.add(`${base}/lowerIsBetter`, 'INVALID_TYPE', 'lowerIsBetter must be a boolean')
    else lowerIsBetter = raw.lowerIsBetter
  }
  // Peer scores and agreed points are already "higher is better"; inverting them means nothing.
  if (lowerIsBetter && method !== undefined && !INDICATOR_METHODS.includes(method)) {
    c.add(`${base}/lowerIsBetter`, 'NOT_APPLICABLE', `lowerIsBetter applies only to ${INDICATOR_METHODS.join(', ')}`)
  }
  return lowerIsBetter
}

/** Whether a member may declare the criterion's indicator not applicable: only a criterion scored from an indicator. */
function criterionAllowsNotApplicable(c: Collector, raw: Record<string, unknown>, base: string, method: CriterionMethod | undefined): boolean {
  if (!given(raw.allowsNotApplicable)) return false
  if (typeof raw.allowsNotApplicable !== 'boolean') {
    c.add(`${base}/allowsNotApplicable`, 'INVALID_TYPE', 'allowsNotApplicable must be a boolean')
    return false
  }
  if (raw.allowsNotApplicable && method !== undefined && !INDICATOR_METHODS.includes(method)) {
    c.add(`${base}/allowsNotApplicable`, 'NOT_APPLICABLE', `allowsNotApplicable applies only to ${INDICATOR_METHODS.join(', ')}`)
  }
  return raw.allowsNotApplicable
}

/** bonusCap or penaltyCap: a decimal ≥ 0 ('0' when missing, with the problem collected). */
function validateCap(c: Collector, input: Record<string, unknown>, key: 'bonusCap' | 'penaltyCap'): string {
  const d = c.decimal(input[key], `/${key}`, key)
  if (d === undefined) return '0'
  if (d.lt(0)) c.add(`/${key}`, 'OUT_OF_RANGE', `${key} must be 0 or more`)
  return formatDecimal(d)
}

/** Group names in tie-break order (optional); each must be a group some criterion belongs to. */
function validateTieBreakGroups(c: Collector, value: unknown, groups: Set<string>): string[] {
  const tieBreakGroups: string[] = []
  if (!given(value)) return tieBreakGroups
  if (!Array.isArray(value)) {
    c.add('/tieBreakGroups', 'INVALID_TYPE', 'tieBreakGroups must be an array of group names')
    return tieBreakGroups
  }
  value.forEach((g: unknown, i: number) => {
    const p = `/tieBreakGroups/${i}`
    if (typeof g !== 'string' || g.trim() === '') return c.add(p, 'INVALID_TYPE', 'a group name must be a non-empty string')
    const name = g.normalize('NFC').trim()
    if (tieBreakGroups.includes(name)) return c.add(p, 'DUPLICATE', `group "${name}" is listed twice`)
    if (!groups.has(name)) c.add(p, 'UNKNOWN_GROUP', `no criterion belongs to group "${name}"`)
    tieBreakGroups.push(name)
  })
  return tieBreakGroups
}

/** Late FY submissions: null (refused, the default) or accepted at a cost of `points`. */
function validateLatePenalty(c: Collector, value: unknown): LatePenalty | null {
  if (!given(value)) return null
  if (!isObject(value)) {
    c.add('/latePenalty', 'INVALID_TYPE', 'latePenalty must be an object {points} or null')
    return null
  }
  c.unknownFields(value, ['points'], '/latePenalty')
  const d = c.decimal(value.points, '/latePenalty/points', 'points')
  if (d === undefined) return null
  if (d.lt(0)) c.add('/latePenalty/points', 'OUT_OF_RANGE', 'points must be 0 or more')
  return { points: formatDecimal(d) }
}

/** Classification bands (optional), sorted by minTotal, highest first. */
function validateBands(c: Collector, value: unknown): ClassificationBand[] {
  const bands: { band: ClassificationBand; min: Decimal }[] = []
  if (given(value)) {
    if (!Array.isArray(value)) c.add('/classificationBands', 'INVALID_TYPE', 'classificationBands must be an array')
    else {
      const codes = new Set<string>()
      value.forEach((raw: unknown, i: number) => {
        const base = `/classificationBands/${i}`
        if (!isObject(raw)) return c.add(base, 'INVALID_TYPE', 'a band must be an object')
        c.unknownFields(raw, BAND_FIELDS, base)
        const code = c.code(raw, 'code', base)
        if (code !== undefined) {
          if (codes.has(code)) c.add(`${base}/code`, 'DUPLICATE', `band code ${code} is used twice`)
          codes.add(code)
        }
        const label = c.text(raw, 'label', base)
        const min = c.decimal(raw.minTotal, `${base}/minTotal`, 'minTotal')
        if (min !== undefined && bands.some((b) => b.min.eq(min))) {
          c.add(`${base}/minTotal`, 'DUPLICATE', 'two bands cannot start at the same total')
        }
        if (code && label && min) bands.push({ band: { code, label, minTotal: formatDecimal(min) }, min })
      })
    }
  }
  bands.sort((a, b) => b.min.cmp(a.min))
  return bands.map((b) => b.band)
}

/** Award rules (optional): at most one per award type, each naming one of the organiser's types when they are known. */
function validateAwardRules(c: Collector, value: unknown, knownAwardTypes: Set<string> | null): AwardRule[] {
  const awardRules: AwardRule[] = []
  if (!given(value)) return awardRules
  if (!Array.isArray(value)) {
    c.add('/awardRules', 'INVALID_TYPE', 'awardRules must be an array')
    return awardRules
  }
  const codes = new Set<string>()
  value.forEach((raw: unknown, i: number) => {
    const rule = validateAwardRule(c, raw, `/awardRules/${i}`, codes, knownAwardTypes)
    if (rule) awardRules.push(rule)
  })
  return awardRules
}

function validateAwardRule(c: Collector, raw: unknown, base: string, seenCodes: Set<string>, knownAwardTypes: Set<string> | null): AwardRule | undefined {
  if (!isObject(raw)) return void c.add(base, 'INVALID_TYPE', 'an award rule must be an object')
  c.unknownFields(raw, RULE_FIELDS, base)
  const code = c.code(raw, 'awardTypeCode', base)
  if (code !== undefined) {
    if (seenCodes.has(code)) c.add(`${base}/awardTypeCode`, 'DUPLICATE', `award type ${code} has two rules`)
    else if (knownAwardTypes && !knownAwardTypes.has(code)) {
      c.add(`${base}/awardTypeCode`, 'UNKNOWN_AWARD_TYPE', `award type ${code} does not exist for this organiser`)
    }
    seenCodes.add(code)
  }
  // Each limit is optional: absent (or null), it does not constrain.
  const maxCount = given(raw.maxCount) ? c.integer(raw.maxCount, `${base}/maxCount`, 'maxCount', 0) : null
  let maxShare: string | null = null
  if (given(raw.maxShare)) {
    const d = c.decimal(raw.maxShare, `${base}/maxShare`, 'maxShare')
    if (d !== undefined) {
      if (d.lt(0) || d.gt(1)) c.add(`${base}/maxShare`, 'OUT_OF_RANGE', 'maxShare must be between 0 and 1')
      maxShare = formatDecimal(d)
    }
  }
  let minTotal: string | null = null
  if (given(raw.minTotal)) {
    const d = c.decimal(raw.minTotal, `${base}/minTotal`, 'minTotal')
    if (d !== undefined) minTotal = formatDecimal(d)
  }
  const maxRank = given(raw.maxRank) ? c.integer(raw.maxRank, `${base}/maxRank`, 'maxRank', 1) : null
  if (code !== undefined && maxCount !== undefined && maxRank !== undefined) return { awardTypeCode: code, maxCount, maxShare, minTotal, maxRank }
  return undefined
}

/** Criteria that need a target per member before the pact can be signed. */
export function criteriaNeedingTargets(scheme: Scheme): Criterion[] {
  return scheme.criteria.filter((c) => TARGET_METHODS.includes(c.method))
}

/** Indicator codes the scheme scores (the FY submission must report these). */
export function schemeIndicatorCodes(scheme: Scheme): string[] {
  return [...new Set(scheme.criteria.flatMap((c) => (c.indicatorCode ? [c.indicatorCode] : [])))].sort()
}

/**
 * Indicators a member may declare not applicable: those every criterion scoring them allows it
 * for (one criterion that needs the value is enough to need it).
 */
export function notApplicableIndicatorCodes(scheme: Scheme): Set<string> {
  const allowed = new Set<string>()
  const needed = new Set<string>()
  for (const c of scheme.criteria) {
    if (!c.indicatorCode) continue
    if (c.allowsNotApplicable === true) allowed.add(c.indicatorCode)
    else needed.add(c.indicatorCode)
  }
  return new Set([...allowed].filter((code) => !needed.has(code)))
}

/** Whether a late FY submission may be accepted under this scheme. */
export function acceptsLateSubmissions(scheme: Scheme): boolean {
  return scheme.latePenalty !== null
}
