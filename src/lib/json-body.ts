import type { FieldError } from '../domain/errors.ts'

/**
 * Limits on what a request may carry, checked before anything walks it: JSON nested deeper than
 * any body of this API (recursive code would run out of stack on 50,000 levels), and text that
 * PostgreSQL cannot store (NUL, and lone UTF-16 surrogates, which have no UTF-8 form).
 */
export const MAX_JSON_DEPTH = 64

/** The deepest nesting of arrays and objects in JSON text, stopping early past `limit`. */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')

export const storable = (s: string) => s.isWellFormed() && !s.includes('\u0000')

/**
 * The first string (or member name) in a parsed value that PostgreSQL could not store, as a
 * field error with its JSON pointer; null when every string is storable. Iterative, so depth
 * costs no stack.
 */
export function unstorableText(value: unknown, pointer = ''): FieldError | null {
  const stack: [unknown, string][] = [[value, pointer]]
  while (stack.length > 0) {
    const [v, at] = stack.pop()!
    if (typeof v === 'string') {
      if (!storable(v)) return { pointer: at, code: 'INVALID_TEXT', message: 'contains NUL or a lone UTF-16 surrogate, which cannot be stored' }
    } else if (Buffer.isBuffer(v)) {
      continue // raw bytes (a CSV body) are read by their own parser
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${at}/${i}`])
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (!storable(k)) return { pointer: `${at}/${escapePointer(k)}`, code: 'INVALID_TEXT', message: 'a member name contains NUL or a lone UTF-16 surrogate' }
        stack.push([child, `${at}/${escapePointer(k)}`])
      }
    }
  }
  return null
}
