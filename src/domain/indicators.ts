import { CANONICAL_DECIMAL_RE, compareCanonicalDecimals, Decimal, parseDecimal } from './decimal.ts'
import { invalid } from './errors.ts'

/** Indicators (chỉ tiêu) members report: money in đồng, houses, communes, people, percentages… */
export const VALUE_TYPES = ['integer', 'decimal', 'boolean', 'percent'] as const
export type ValueType = (typeof VALUE_TYPES)[number]
export const DIRECTIONS = ['higher', 'lower'] as const
export type Direction = (typeof DIRECTIONS)[number]

export const INDICATOR_CODE_RE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/

export interface IndicatorRule {
  code: string
  valueType: ValueType
  minValue: string | null
  maxValue: string | null
}

export type ValueCheck = { ok: true; value: string } | { ok: false; code: string; message: string }

/**
 * Checks one reported value against its indicator and returns its canonical decimal string.
 * Booleans are stored as 1 or 0 so every value is a NUMERIC; percentages lie in [0, 100].
 */
export function checkIndicatorValue(rule: IndicatorRule, raw: unknown): ValueCheck {
  if (rule.valueType === 'boolean') {
    if (raw === true || raw === 'true' || raw === 1 || raw === '1') return { ok: true, value: '1' }
    if (raw === false || raw === 'false' || raw === 0 || raw === '0') return { ok: true, value: '0' }
    return { ok: false, code: 'INVALID_VALUE_TYPE', message: `${rule.code} takes true or false` }
  }
  const { min, max } = boundsOf(rule)
  // A canonical decimal string (what clients and imports send nearly always) is checked as text:
  // a bulk import checks hundreds of thousands, and a Decimal each cost the most of its checks.
  if (typeof raw === 'string' && CANONICAL_DECIMAL_RE.test(raw)) {
    if (rule.valueType === 'integer' && raw.includes('.')) return { ok: false, code: 'INVALID_VALUE_TYPE', message: `${rule.code} takes whole numbers` }
    if (min !== null && compareCanonicalDecimals(raw, min.canonical) < 0)
      return { ok: false, code: 'VALUE_BELOW_MIN', message: `${rule.code} must be at least ${min.text}` }
    if (max !== null && compareCanonicalDecimals(raw, max.canonical) > 0)
      return { ok: false, code: 'VALUE_ABOVE_MAX', message: `${rule.code} must be at most ${max.text}` }
    return { ok: true, value: raw }
  }
  const d = parseDecimal(raw)
  if (d === null) {
    return { ok: false, code: 'INVALID_DECIMAL', message: `${rule.code} takes a decimal string such as "12.5" (or a safe integer)` }
  }
  if (rule.valueType === 'integer' && !d.isInteger()) {
    return { ok: false, code: 'INVALID_VALUE_TYPE', message: `${rule.code} takes whole numbers` }
  }
  if (min !== null && d.lt(min.value)) return { ok: false, code: 'VALUE_BELOW_MIN', message: `${rule.code} must be at least ${min.text}` }
  if (max !== null && d.gt(max.value)) return { ok: false, code: 'VALUE_ABOVE_MAX', message: `${rule.code} must be at most ${max.text}` }
  // A string already in canonical form (no trailing fraction zeros, no "-0") is its own answer.
  const canonical = typeof raw === 'string' && !raw.startsWith('-0') && !(raw.includes('.') && raw.endsWith('0'))
  return { ok: true, value: canonical ? raw : d.toFixed() }
}

type Bound = { text: string; value: Decimal; canonical: string } | null
const bounds = new WeakMap<IndicatorRule, { min: Bound; max: Bound }>()

/** A rule's bounds as decimals, parsed once per rule object (an import checks thousands of rows against one). */
function boundsOf(rule: IndicatorRule): { min: Bound; max: Bound } {
  let b = bounds.get(rule)
  if (!b) {
    const bound = (text: string | null): Bound => {
      if (text === null) return null
      const value = new Decimal(text)
      return { text, value, canonical: value.toFixed() }
    }
    b = { min: bound(rule.minValue ?? (rule.valueType === 'percent' ? '0' : null)), max: bound(rule.maxValue ?? (rule.valueType === 'percent' ? '100' : null)) }
    bounds.set(rule, b)
  }
  return b
}

/** An indicator's own bounds must make sense for its type. */
export function validateIndicatorBounds(valueType: ValueType, minValue: string | null, maxValue: string | null): void {
  const errors = []
  const min = minValue === null ? null : parseDecimal(minValue)
  const max = maxValue === null ? null : parseDecimal(maxValue)
  if (minValue !== null && min === null) errors.push({ pointer: '/minValue', code: 'INVALID_DECIMAL', message: 'must be a decimal string' })
  if (maxValue !== null && max === null) errors.push({ pointer: '/maxValue', code: 'INVALID_DECIMAL', message: 'must be a decimal string' })
  if (min && max && min.gt(max)) errors.push({ pointer: '/maxValue', code: 'MAX_BELOW_MIN', message: 'must not be below minValue' })
  if (valueType === 'boolean' && (min || max)) {
    errors.push({ pointer: min ? '/minValue' : '/maxValue', code: 'BOUNDS_NOT_APPLICABLE', message: 'boolean indicators take no bounds' })
  }
  if (valueType === 'percent' && ((min && min.lt(0)) || (max && max.gt(100)))) {
    errors.push({ pointer: min && min.lt(0) ? '/minValue' : '/maxValue', code: 'OUT_OF_RANGE', message: 'percentages lie in [0, 100]' })
  }
  if (errors.length > 0) throw invalid(errors[0]!.code, 'The indicator bounds are invalid', { errors })
}

/** Canonical form of a decimal string ("012.50" is refused by parseDecimal; "12.50" -> "12.5"). */
export const canonicalDecimal = (s: string) => new Decimal(s).toFixed()
