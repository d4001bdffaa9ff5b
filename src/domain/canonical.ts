import { createHash } from 'node:crypto'

/**
 * RFC 8785 (JCS) canonical JSON: the byte string every digest and audit hash is taken over.
 *
 * JCS is ES2015 `JSON.stringify` for every primitive with object members sorted by their names'
 * UTF-16 code units (what `Array.prototype.sort` does) and no white space, over I-JSON input
 * (no lone surrogates, finite numbers). This walk does exactly that with the native serialiser
 * for strings and numbers; the `canonicalize` package (the RFC author's reference code) is the
 * oracle the property tests compare it with (test/domain/canonical.test.ts). It is written here
 * because it is on the hot path of every audited write: a 10,000-value import appends 500
 * events of about 1.7 KB each, which the reference code canonicalises about three times slower.
 *
 * Like `JSON.stringify`: `toJSON` is honoured (dates become ISO strings), object members whose
 * value is undefined, a function or a symbol are left out, and such array elements become null.
 * Unlike it: NaN, ±Infinity, lone surrogates, bigints and cycles throw instead of being written.
 */
export function canonicalJson(value: unknown): string {
  const out = serialise(value, 0)
  if (out === undefined) throw new TypeError('value cannot be canonicalised')
  return out
}

const MAX_DEPTH = 1000

/** A string, number, boolean or null as canonicalJson writes it; throws for a lone surrogate or a number JSON cannot hold. */
export function canonicalPrimitive(value: string | number | boolean | null): string {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed()) throw new TypeError('Lone surrogate is not allowed')
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not allowed`)
      return JSON.stringify(value)
    default:
      return value === null ? 'null' : value ? 'true' : 'false'
  }
}

function serialise(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return canonicalPrimitive(value)
    case 'object':
      break
    case 'bigint':
      throw new TypeError('BigInt is not allowed')
    default:
      return undefined
  }
  if (value === null) return 'null'
  // Deeper than any document this service writes: a cycle.
  if (depth > MAX_DEPTH) throw new TypeError('Circular reference detected')
  const toJSON = (value as { toJSON?: unknown }).toJSON
  if (typeof toJSON === 'function') return serialise(toJSON.call(value), depth + 1)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ','
      out += serialise(value[i], depth + 1) ?? 'null'
    }
    return out + ']'
  }
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
  // Already in canonical order with only primitive members (most leaves of an audit payload):
  // the native serialiser writes exactly these bytes.
  if (flatAndOrdered(object, keys)) return JSON.stringify(object)
  keys.sort()
  let out = '{'
  let first = true
  for (const key of keys) {
    const member = serialise(object[key], depth + 1)
    if (member === undefined) continue
    if (!key.isWellFormed()) throw new TypeError('Lone surrogate is not allowed')
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + member
    first = false
  }
  return out + '}'
}

function flatAndOrdered(object: Record<string, unknown>, keys: string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if ((i > 0 && keys[i - 1]! >= key) || !key.isWellFormed()) return false
    const member = object[key]
    switch (typeof member) {
      case 'string':
        if (!member.isWellFormed()) return false
        break
      case 'number':
        if (!Number.isFinite(member)) return false
        break
      case 'object':
        if (member !== null) return false
        break
      case 'bigint':
        return false
      default: // boolean; undefined, functions and symbols are left out by both
    }
  }
  return true
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** sha256 of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}
