import { FIELD_ERROR_LABELS } from './field-errors.ts'
import type { Language } from './language.ts'
import { PROBLEM_CATALOGUE } from './problem-catalogue.ts'
import { viLabelOf } from './vocabulary.ts'

/** The title of a problem without a catalogue entry, by status. */
const VI_STATUS_TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền thực hiện',
  404: 'Không tìm thấy',
  405: 'Phương thức không được phép',
  408: 'Hết thời gian chờ yêu cầu',
  409: 'Xung đột với trạng thái hiện tại',
  412: 'Điều kiện tiên quyết không thỏa mãn',
  413: 'Nội dung quá lớn',
  414: 'Địa chỉ quá dài',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Vi phạm quy tắc nghiệp vụ',
  428: 'Cần điều kiện tiên quyết',
  429: 'Gửi quá nhiều yêu cầu',
  431: 'Phần tiêu đề quá lớn',
  500: 'Lỗi máy chủ',
  503: 'Dịch vụ tạm thời không sẵn sàng',
}

const LOCATION_VI: Record<string, string> = {
  body: 'nội dung yêu cầu',
  query: 'tham số truy vấn',
  path: 'tham số đường dẫn',
  header: 'trường tiêu đề',
}

export interface LocalizableProblem {
  status: number
  code: string
  title: string
  detail: string
  errors?: { pointer: string; location?: string; code: string; message: string }[] | undefined
  details?: Record<string, unknown> | undefined
}

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v === '' ? undefined : v) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined

/**
 * Fills a template's `{a}`, `{a/b}` (the first present) and `{a|group}` (the value's Vietnamese
 * label in a vocabulary group, lower-cased to sit inside the sentence) from the fields; null when
 * one is missing or has no label.
 */
export function fillTemplate(template: string, fields: Record<string, unknown>): string | null {
  let missing = false
  const out = template.replace(/\{([A-Za-z0-9/]+)(?:\|([A-Za-z]+))?\}/g, (_m, names: string, group: string | undefined) => {
    const value = names
      .split('/')
      .map((n) => scalar(fields[n]))
      .find((v) => v !== undefined)
    const label = group && value !== undefined ? viLabelOf(group, value) : undefined
    // A label inside a sentence is a common noun phrase: its capital goes.
    const text = group ? label && label.charAt(0).toLowerCase() + label.slice(1) : value
    if (text === undefined) missing = true
    return text ?? ''
  })
  return missing ? null : out
}

/** A field error's message in Vietnamese: by its code, never by translating its English text. */
export function viFieldMessage(code: string): string {
  return FIELD_ERROR_LABELS[code]?.vi ?? PROBLEM_CATALOGUE[code]?.vi ?? 'Giá trị không hợp lệ'
}

/** A Vietnamese sentence: capitalised, ending with a full stop. */
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`)

/**
 * The problem's title, detail and field messages in the language asked for. English is how
 * problems are raised, so it is returned as it is; the code, status and every other member
 * never change.
 */
export function localizeProblem<P extends LocalizableProblem>(lang: Language, problem: P, params: Record<string, unknown> = {}): P {
  if (lang === 'en') return problem
  const entry = PROBLEM_CATALOGUE[problem.code]
  const title = entry?.vi ?? VI_STATUS_TITLES[problem.status] ?? 'Lỗi'
  const errors = problem.errors?.map((e) => ({ ...e, message: viFieldMessage(e.code) }))
  let detail: string | null = null
  if (entry?.detail) {
    const matched = entry.match ? entry.match.exec(problem.detail)?.groups : undefined
    if (!entry.match || matched) detail = fillTemplate(entry.detail, { ...params, ...problem.details, ...matched })
  }
  if (detail === null && errors && errors.length > 0) {
    const where = LOCATION_VI[errors[0]!.location ?? 'body'] ?? LOCATION_VI.body
    const list = errors
      .slice(0, 20)
      .map((e) => `${e.pointer || '(toàn bộ giá trị)'}: ${e.message}`)
      .join('; ')
    detail = `${title} (${where}): ${list}${errors.length > 20 ? '; …' : ''}.`
  }
  return { ...problem, title, detail: detail ?? sentence(title), ...(errors ? { errors } : {}) }
}
