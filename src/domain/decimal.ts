import { Decimal as DecimalJs } from 'decimal.js'

/**
 * Exact decimal arithmetic for points, money and indicator values. Never binary floats.
 * A private clone so no other code can change the global precision or rounding.
 */
export const Decimal = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 })
export type Decimal = InstanceType<typeof Decimal>

const DECIMAL_RE = /^-?(0|[1-9]\d*)(\.\d+)?$/

/** Parses a JSON decimal: a canonical decimal string, or a number that is a safe integer. */
export function parseDecimal(input: unknown): Decimal | null {
  if (typeof input === 'number') return Number.isSafeInteger(input) ? new Decimal(input) : null
  if (typeof input !== 'string' || !DECIMAL_RE.test(input)) return null
  return new Decimal(input)
}

/** A decimal string in canonical form: no exponent, no leading zeros, no trailing fraction zeros, no "-0". */
export const CANONICAL_DECIMAL_RE = /^(-?[1-9]\d*|0)(\.\d*[1-9])?$|^-0\.\d*[1-9]$/

/**
 * Compares two canonical decimal strings (CANONICAL_DECIMAL_RE) as numbers, -1, 0 or 1, without
 * building a Decimal: sign, then the integer part's length and digits, then the fraction's digits
 * (canonical fractions end in a non-zero digit, so the shorter of two equal prefixes is smaller).
 */
export function compareCanonicalDecimals(a: string, b: string): number {
  const negA = a.charCodeAt(0) === 45
  const negB = b.charCodeAt(0) === 45
  if (negA !== negB) return negA ? -1 : 1
  const abs = compareMagnitudes(negA ? a.slice(1) : a, negB ? b.slice(1) : b)
  return negA ? -abs : abs
}

function compareMagnitudes(a: string, b: string): number {
  const dotA = a.indexOf('.')
  const dotB = b.indexOf('.')
  const intA = dotA === -1 ? a.length : dotA
  const intB = dotB === -1 ? b.length : dotB
  if (intA !== intB) return intA < intB ? -1 : 1
  if (a === b) return 0
  // Same integer length: digit by digit over the integer parts, then the fractions.
  const ia = a.slice(0, intA)
  const ib = b.slice(0, intB)
  if (ia !== ib) return ia < ib ? -1 : 1
  const fa = dotA === -1 ? '' : a.slice(dotA + 1)
  const fb = dotB === -1 ? '' : b.slice(dotB + 1)
  return fa < fb ? -1 : fa > fb ? 1 : 0
}

/** Plain string form without exponent and without trailing zeros ("12.50" -> "12.5"). */
export function formatDecimal(d: Decimal): string {
  return d.toFixed()
}

/** Rounds half-up to `places` decimals and returns the fixed string ("12.345" -> "12.35"). */
export function roundHalfUp(d: Decimal, places = 2): Decimal {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
}
