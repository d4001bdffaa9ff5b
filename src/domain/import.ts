import { parseDecimal } from './decimal.ts'
import { readCommitteeRef } from './submission-values.ts'
import { PERIODS, type Period } from './workflows.ts'

/** The columns of a submission import, in CSV header order. */
export const IMPORT_COLUMNS = ['committeeCode', 'clusterCode', 'year', 'period', 'indicatorCode', 'value', 'note', 'committeeId'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
/** A CSV header must also name committeeCode or committeeId (or both: each row fills one). */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['clusterCode', 'year', 'period', 'indicatorCode', 'value']
export const COMMITTEE_COLUMNS: readonly ImportColumn[] = ['committeeCode', 'committeeId']

export interface ImportRowInput {
  committeeCode?: unknown
  committeeId?: unknown
  clusterCode?: unknown
  year?: unknown
  period?: unknown
  indicatorCode?: unknown
  value?: unknown
  note?: unknown
}

export interface ParsedImportRow {
  /** Exactly one of committeeCode and committeeId is non-empty. */
  committeeCode: string
  /** Lower case. */
  committeeId: string
  clusterCode: string
  year: number
  period: Period
  indicatorCode: string
  /** Raw value as given: the indicator's type decides how it is read (booleans, decimals). */
  value: string | number | boolean
  note: string | null
}

export interface RowProblem {
  column: ImportColumn | null
  code: string
  message: string
}

/**
 * Vietnamese numbers write `.` for thousands and `,` for decimals ("6.485 căn", "8,05 tỉ"). With
 * `comma` on, "6.485" is 6485 and "8,05" is 8.05; without it the JSON convention holds ("8.05").
 * Returns the canonical decimal string, or null when the text is not a number in that convention.
 */
export function normalizeDecimalText(raw: string, comma: boolean): string | null {
  let s = raw.trim()
  if (comma) {
    // Thousands groups of exactly three digits, separated by dots or (non-breaking) spaces.
    if (!/^-?\d{1,3}([. \u00a0]\d{3})*(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return null
    s = s.replace(/[. \u00a0]/g, '').replace(',', '.')
  }
  // Already canonical (no exponent, no leading or trailing zeros): nothing to compute.
  if (CANONICAL_DECIMAL_RE.test(s)) return s
  const d = parseDecimal(s)
  return d === null ? null : d.toFixed()
}

const CANONICAL_DECIMAL_RE = /^(-?[1-9]\d*|0)(\.\d*[1-9])?$|^-0\.\d*[1-9]$/

/** Printable ASCII only: already NFC, so normalising it is skipped (a bulk import reads millions of fields). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** A field as text: NFC and trimmed; numbers (JSON items) as their decimal form; absent as ''. */
export const fieldText = (v: unknown) =>
  typeof v === 'string' ? (PRINTABLE_ASCII.test(v) ? v : v.normalize('NFC')).trim() : typeof v === 'number' ? String(v) : ''
const text = fieldText

/** Reads one row's fields; every problem names its column. */
const required = (problems: RowProblem[], column: ImportColumn) => problems.push({ column, code: 'REQUIRED', message: `${column} is required` })

const unstorable = (problems: RowProblem[], column: ImportColumn) =>
  problems.push({ column, code: 'INVALID_TEXT', message: `${column} holds a NUL character or a broken Unicode surrogate` })

/** Text PostgreSQL can store: no NUL character, no lone UTF-16 surrogate. */
export const storableText = (s: string) => s.isWellFormed() && !s.includes('\u0000')

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A row's committee as the client named it, for keying its submission before anything is looked up. */
export const committeeKeyOf = (r: { committeeCode?: unknown; committeeId?: unknown }) => `${text(r.committeeCode)}/${text(r.committeeId).toLowerCase()}`

export function parseImportRow(input: ImportRowInput, opts: { comma: boolean }): { row: ParsedImportRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const committeeCode = text(input.committeeCode)
  const committeeId = text(input.committeeId).toLowerCase()
  // Already normalised and trimmed: the ref's own reading leaves them as they are.
  const ref = readCommitteeRef({ committeeCode, committeeId })
  if (!ref.ok) problems.push({ column: committeeId ? 'committeeId' : 'committeeCode', code: ref.code, message: ref.message })
  else if (committeeId && !UUID_RE.test(committeeId))
    problems.push({ column: 'committeeId', code: 'UNKNOWN_COMMITTEE', message: `"${committeeId}" is not a committee id` })
  const clusterCode = text(input.clusterCode)
  if (!clusterCode) required(problems, 'clusterCode')
  const indicatorCode = text(input.indicatorCode)
  if (!indicatorCode) required(problems, 'indicatorCode')
  const yearText = text(input.year)
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
  if (!yearText) required(problems, 'year')
  else if (!Number.isInteger(year) || year < 2000 || year > 2100)
    problems.push({ column: 'year', code: 'INVALID_YEAR', message: 'year must be a four-digit year' })
  const period = text(input.period).toUpperCase()
  if (!period) required(problems, 'period')
  else if (!PERIODS.includes(period as Period)) problems.push({ column: 'period', code: 'INVALID_PERIOD', message: 'period must be H1 or FY' })
  let value: ParsedImportRow['value'] = ''
  if (typeof input.value === 'boolean') value = input.value
  else if (typeof input.value === 'number') {
    if (!Number.isSafeInteger(input.value))
      problems.push({ column: 'value', code: 'INVALID_DECIMAL', message: 'send decimals as strings; numbers must be safe integers' })
    value = input.value
  } else {
    const raw = text(input.value)
    if (!raw) required(problems, 'value')
    else if (/^(true|false)$/i.test(raw)) value = raw.toLowerCase()
    else {
      const n = normalizeDecimalText(raw, opts.comma)
      if (n === null) {
        problems.push({
          column: 'value',
          code: 'INVALID_DECIMAL',
          message: opts.comma
            ? `"${raw}" is not a number in Vietnamese notation (6.485 or 8,05)`
            : `"${raw}" is not a decimal such as 8.05; for Vietnamese notation send decimal=comma`,
        })
      } else value = n
    }
  }
  const noteText = text(input.note)
  if (noteText.length > 2000) problems.push({ column: 'note', code: 'TOO_LONG', message: 'note is longer than 2000 characters' })
  if (!storableText(committeeCode)) unstorable(problems, 'committeeCode')
  if (!storableText(clusterCode)) unstorable(problems, 'clusterCode')
  if (!storableText(indicatorCode)) unstorable(problems, 'indicatorCode')
  if (!storableText(noteText)) unstorable(problems, 'note')
  if (problems.length > 0) return { problems }
  return { row: { committeeCode, committeeId, clusterCode, year, period: period as Period, indicatorCode, value, note: noteText || null } }
}
