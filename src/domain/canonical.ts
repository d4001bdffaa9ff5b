import { createHash } from 'node:crypto'
import canonicalizeJson from 'canonicalize'

/** RFC 8785 (JCS) canonical JSON: the byte string every digest and audit hash is taken over. */
export function canonicalJson(value: unknown): string {
  const out = (canonicalizeJson as unknown as (v: unknown) => string | undefined)(value)
  if (out === undefined) throw new TypeError('value cannot be canonicalised')
  return out
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** sha256 of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}
