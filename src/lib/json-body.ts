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
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
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

/** Where a string PostgreSQL cannot store was found: the path is filled in as the walk unwinds. */
class UnstorableText extends Error {
  constructor(
    readonly path: string[],
    readonly memberName: boolean,
  ) {
    super('text PostgreSQL cannot store')
  }
}

function nfc(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!storable(value)) throw new UnstorableText([], false)
    return value.normalize('NFC')
  }
  if (Buffer.isBuffer(value)) return value // raw bytes (a CSV body) are read by their own parser
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      try {
        return nfc(item)
      } catch (err) {
        if (err instanceof UnstorableText) err.path.unshift(String(i))
        throw err
      }
    })
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (!storable(k)) throw new UnstorableText([escapePointer(k)], true)
      try {
        out[k.normalize('NFC')] = nfc(v)
      } catch (err) {
        if (err instanceof UnstorableText) err.path.unshift(escapePointer(k))
        throw err
      }
    }
    return out
  }
  return value
}

/**
 * All text of a parsed value in NFC (member names included), in one walk that also finds the
 * first string PostgreSQL could not store: then a field error with its JSON pointer instead.
 * Recursive: what reaches it is JSON no deeper than MAX_JSON_DEPTH, or a query string.
 */
export function storableNfc<T>(value: T): { value: T } | { error: FieldError } {
  try {
    return { value: nfc(value) as T }
  } catch (err) {
    if (!(err instanceof UnstorableText)) throw err
    return {
      error: {
        pointer: err.path.map((p) => `/${p}`).join(''),
        code: 'INVALID_TEXT',
        message: err.memberName ? 'a member name contains NUL or a lone UTF-16 surrogate' : 'contains NUL or a lone UTF-16 surrogate, which cannot be stored',
      },
    }
  }
}
