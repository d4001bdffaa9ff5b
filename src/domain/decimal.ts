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

/** Plain string form without exponent and without trailing zeros ("12.50" -> "12.5"). */
export function formatDecimal(d: Decimal): string {
  return d.toFixed()
}

/** Rounds half-up to `places` decimals and returns the fixed string ("12.345" -> "12.35"). */
export function roundHalfUp(d: Decimal, places = 2): Decimal {
  return d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
}
