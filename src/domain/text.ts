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
