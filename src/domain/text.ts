/**
 * Vietnamese text rules. Names are stored NFC. Search folds away what people type
 * inconsistently: tone marks and their placement ("Hòa"/"Hoà"), other diacritics, đ/d, case
 * and runs of white space, so "hoa binh" finds "Hòa Bình" and "uy ban" finds "Uỷ ban".
 */
export function toNfc(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ')
}

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** NFC-normalises every string in a JSON value (keys included). */
export function toNfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) return value.map(toNfcDeep) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = toNfcDeep(v)
    return out as T
  }
  return value
}
