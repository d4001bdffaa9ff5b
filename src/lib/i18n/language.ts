/** The languages problems are written in; English is the default. */
export const LANGUAGES = ['en', 'vi'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/**
 * The language to answer in for an Accept-Language header (RFC 9110 §12.5.4): the supported
 * language with the highest q-value. A range names a language when it is that language or a more
 * specific tag of it (`vi-VN` is answered in `vi`, as RFC 4647 §3.4 lookup truncates it), the
 * most specific such range giving its weight; `*` weighs every language no range names. Equal
 * q-values keep the header's order; q=0 rules a language out; a malformed range or weight is
 * ignored. A missing header, or one that matches nothing, gives the default.
 */
export function negotiateLanguage(header: string | string[] | undefined): Language {
  const text = Array.isArray(header) ? header.join(',') : header
  if (!text) return DEFAULT_LANGUAGE
  const ranges: { tag: string; q: number; order: number }[] = []
  let order = 0
  for (const part of text.split(',')) {
    const [rawTag, ...params] = part.split(';')
    const tag = rawTag!.trim().toLowerCase()
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) continue
    let q = 1
    for (const param of params) {
      const m = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(param)
      if (m) q = Number(m[1])
      else if (/^\s*q\s*=/i.test(param)) q = -1 // a malformed weight: the range is ignored
    }
    if (q >= 0) ranges.push({ tag, q, order: order++ })
  }
  let best: { lang: Language; q: number; order: number } | null = null
  for (const lang of LANGUAGES) {
    // The most specific range naming the language decides its weight; `*` only when none does.
    const named = ranges.filter((r) => r.tag === lang || r.tag.startsWith(`${lang}-`))
    const chosen = named.length > 0 ? named.reduce((a, b) => (b.tag.length > a.tag.length ? b : a)) : ranges.find((r) => r.tag === '*')
    if (!chosen || chosen.q === 0) continue
    if (!best || chosen.q > best.q || (chosen.q === best.q && chosen.order < best.order)) best = { lang, q: chosen.q, order: chosen.order }
  }
  return best?.lang ?? DEFAULT_LANGUAGE
}
