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
const CRITERION_FIELDS = ['code', 'title', 'group', 'kind', 'method', 'maxPoints', 'indicatorCode', 'lowerIsBetter']
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

  // Criteria
  const criteria: Criterion[] = []
  const groups = new Set<string>()
  if (input.criteria === undefined || input.criteria === null) c.add('/criteria', 'REQUIRED', 'criteria are required')
  else if (!Array.isArray(input.criteria)) c.add('/criteria', 'INVALID_TYPE', 'criteria must be an array')
  else if (input.criteria.length === 0) c.add('/criteria', 'EMPTY', 'a scheme needs at least one criterion')
  else {
    const seen = new Set<string>()
    input.criteria.forEach((raw: unknown, i: number) => {
      const base = `/criteria/${i}`
      if (!isObject(raw)) return c.add(base, 'INVALID_TYPE', 'a criterion must be an object')
      c.unknownFields(raw, CRITERION_FIELDS, base)
      const code = c.code(raw, 'code', base)
      if (code !== undefined) {
        if (seen.has(code)) c.add(`${base}/code`, 'DUPLICATE', `criterion code ${code} is used twice`)
        seen.add(code)
      }
      const title = c.text(raw, 'title', base)
      const group = c.text(raw, 'group', base)
      if (group !== undefined) groups.add(group)
      let kind: CriterionKind | undefined
      if (raw.kind === undefined || raw.kind === null) c.add(`${base}/kind`, 'REQUIRED', 'kind is required')
      else if (!(CRITERION_KINDS as readonly unknown[]).includes(raw.kind)) {
        c.add(`${base}/kind`, 'INVALID_ENUM', `kind must be one of ${CRITERION_KINDS.join(', ')}`)
      } else kind = raw.kind as CriterionKind
      let method: CriterionMethod | undefined
      if (raw.method === undefined || raw.method === null) c.add(`${base}/method`, 'REQUIRED', 'method is required')
      else if (!(CRITERION_METHODS as readonly unknown[]).includes(raw.method)) {
        c.add(`${base}/method`, 'INVALID_ENUM', `method must be one of ${CRITERION_METHODS.join(', ')}`)
      } else method = raw.method as CriterionMethod
      const max = c.decimal(raw.maxPoints, `${base}/maxPoints`, 'maxPoints')
      if (max !== undefined && !max.gt(0)) c.add(`${base}/maxPoints`, 'OUT_OF_RANGE', 'maxPoints must be greater than 0')

      let indicatorCode: string | null = null
      const hasIndicator = raw.indicatorCode !== undefined && raw.indicatorCode !== null
      if (method !== undefined && INDICATOR_METHODS.includes(method)) {
        if (!hasIndicator) c.add(`${base}/indicatorCode`, 'INDICATOR_REQUIRED', `method ${method} needs an indicatorCode`)
        else {
          const ic = c.code(raw, 'indicatorCode', base)
          if (ic !== undefined && knownIndicators && !knownIndicators.has(ic)) {
            c.add(`${base}/indicatorCode`, 'UNKNOWN_INDICATOR', `indicator ${ic} is not in the catalogue`)
          }
          indicatorCode = ic ?? null
        }
      } else if (method !== undefined && hasIndicator) {
        c.add(`${base}/indicatorCode`, 'INDICATOR_NOT_ALLOWED', `method ${method} takes no indicatorCode`)
      }

      let lowerIsBetter = false
      if (raw.lowerIsBetter !== undefined && raw.lowerIsBetter !== null) {
        if (typeof raw.lowerIsBetter !== 'boolean') c.add(`${base}/lowerIsBetter`, 'INVALID_TYPE', 'lowerIsBetter must be a boolean')
        else lowerIsBetter = raw.lowerIsBetter
      }
      // Peer scores and agreed points are already "higher is better"; inverting them means nothing.
      if (lowerIsBetter && method !== undefined && !INDICATOR_METHODS.includes(method)) {
        c.add(`${base}/lowerIsBetter`, 'NOT_APPLICABLE', `lowerIsBetter applies only to ${INDICATOR_METHODS.join(', ')}`)
      }
      if (code && title && group && kind && method && max) {
        criteria.push({ code, title, group, kind, method, maxPoints: formatDecimal(max), indicatorCode, lowerIsBetter })
      }
    })
  }

  // Caps
  const cap = (key: 'bonusCap' | 'penaltyCap'): string => {
    const d = c.decimal(input[key], `/${key}`, key)
    if (d === undefined) return '0'
    if (d.lt(0)) c.add(`/${key}`, 'OUT_OF_RANGE', `${key} must be 0 or more`)
    return formatDecimal(d)
  }
  const bonusCap = cap('bonusCap')
  const penaltyCap = cap('penaltyCap')

  // Tie-break order
  const tieBreakGroups: string[] = []
  if (input.tieBreakGroups !== undefined && input.tieBreakGroups !== null) {
    if (!Array.isArray(input.tieBreakGroups)) c.add('/tieBreakGroups', 'INVALID_TYPE', 'tieBreakGroups must be an array of group names')
    else {
      input.tieBreakGroups.forEach((g: unknown, i: number) => {
        const p = `/tieBreakGroups/${i}`
        if (typeof g !== 'string' || g.trim() === '') return c.add(p, 'INVALID_TYPE', 'a group name must be a non-empty string')
        const name = g.normalize('NFC').trim()
        if (tieBreakGroups.includes(name)) return c.add(p, 'DUPLICATE', `group "${name}" is listed twice`)
        if (!groups.has(name)) c.add(p, 'UNKNOWN_GROUP', `no criterion belongs to group "${name}"`)
        tieBreakGroups.push(name)
      })
    }
  }

  // Late FY submissions
  let latePenalty: LatePenalty | null = null
  if (input.latePenalty !== undefined && input.latePenalty !== null) {
    if (!isObject(input.latePenalty)) c.add('/latePenalty', 'INVALID_TYPE', 'latePenalty must be an object {points} or null')
    else {
      c.unknownFields(input.latePenalty, ['points'], '/latePenalty')
      const d = c.decimal(input.latePenalty.points, '/latePenalty/points', 'points')
      if (d !== undefined) {
        if (d.lt(0)) c.add('/latePenalty/points', 'OUT_OF_RANGE', 'points must be 0 or more')
        latePenalty = { points: formatDecimal(d) }
      }
    }
  }

  // Classification bands
  const bands: { band: ClassificationBand; min: Decimal }[] = []
  if (input.classificationBands !== undefined && input.classificationBands !== null) {
    if (!Array.isArray(input.classificationBands)) c.add('/classificationBands', 'INVALID_TYPE', 'classificationBands must be an array')
    else {
      const codes = new Set<string>()
      input.classificationBands.forEach((raw: unknown, i: number) => {
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

  // Award rules
  const awardRules: AwardRule[] = []
  if (input.awardRules !== undefined && input.awardRules !== null) {
    if (!Array.isArray(input.awardRules)) c.add('/awardRules', 'INVALID_TYPE', 'awardRules must be an array')
    else {
      const codes = new Set<string>()
      input.awardRules.forEach((raw: unknown, i: number) => {
        const base = `/awardRules/${i}`
        if (!isObject(raw)) return c.add(base, 'INVALID_TYPE', 'an award rule must be an object')
        c.unknownFields(raw, RULE_FIELDS, base)
        const code = c.code(raw, 'awardTypeCode', base)
        if (code !== undefined) {
          if (codes.has(code)) c.add(`${base}/awardTypeCode`, 'DUPLICATE', `award type ${code} has two rules`)
          else if (knownAwardTypes && !knownAwardTypes.has(code)) {
            c.add(`${base}/awardTypeCode`, 'UNKNOWN_AWARD_TYPE', `award type ${code} does not exist for this organiser`)
          }
          codes.add(code)
        }
        const present = (k: string) => raw[k] !== undefined && raw[k] !== null
        const maxCount = present('maxCount') ? c.integer(raw.maxCount, `${base}/maxCount`, 'maxCount', 0) : null
        let maxShare: string | null = null
        if (present('maxShare')) {
          const d = c.decimal(raw.maxShare, `${base}/maxShare`, 'maxShare')
          if (d !== undefined) {
            if (d.lt(0) || d.gt(1)) c.add(`${base}/maxShare`, 'OUT_OF_RANGE', 'maxShare must be between 0 and 1')
            maxShare = formatDecimal(d)
          }
        }
        let minTotal: string | null = null
        if (present('minTotal')) {
          const d = c.decimal(raw.minTotal, `${base}/minTotal`, 'minTotal')
          if (d !== undefined) minTotal = formatDecimal(d)
        }
        const maxRank = present('maxRank') ? c.integer(raw.maxRank, `${base}/maxRank`, 'maxRank', 1) : null
        if (code !== undefined && maxCount !== undefined && maxRank !== undefined) {
          awardRules.push({ awardTypeCode: code, maxCount, maxShare, minTotal, maxRank })
        }
      })
    }
  }

  if (c.errors.length > 0) throw invalid('INVALID_SCHEME', `the scheme has ${c.errors.length} problem(s)`, { errors: c.errors })
  return {
    criteria,
    bonusCap,
    penaltyCap,
    tieBreakGroups,
    latePenalty,
    classificationBands: bands.map((b) => b.band),
    awardRules,
  }
}

/** Criteria that need a target per member before the pact can be signed. */
export function criteriaNeedingTargets(scheme: Scheme): Criterion[] {
  return scheme.criteria.filter((c) => TARGET_METHODS.includes(c.method))
}

/** Indicator codes the scheme scores (the FY submission must report these). */
export function schemeIndicatorCodes(scheme: Scheme): string[] {
  return [...new Set(scheme.criteria.flatMap((c) => (c.indicatorCode ? [c.indicatorCode] : [])))].sort()
}

/** Whether a late FY submission may be accepted under this scheme. */
export function acceptsLateSubmissions(scheme: Scheme): boolean {
  return scheme.latePenalty !== null
}
