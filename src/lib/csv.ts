/**
 * CSV for the people who open results in a spreadsheet: UTF-8 with a byte-order mark (without it
 * Excel reads Vietnamese as Windows-1252), a header row, CRLF line ends and RFC 4180 quoting
 * (csv-stringify, the writing half of the csv project; the tests read its output back with csv-parse).
 * Generic: a table is its columns and its rows; the ranking and the export bundle share it.
 */
import { Readable } from 'node:stream'
import { stringify, type Options } from 'csv-stringify'
import { stringify as stringifySync } from 'csv-stringify/sync'

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8'

export type CsvCell = string | number | null | undefined

export interface CsvColumn<T> {
  header: string
  /**
   * `text` (free text a user typed: names, reasons): a cell that a spreadsheet would run as a
   * formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe,
   * as OWASP advises against CSV injection. `value` (the default: decimals, codes, ranks): written
   * exactly as given, so "-2.5" stays "-2.5".
   */
  kind?: 'text' | 'value'
  value(row: T): CsvCell
}

// A bare LF or CR in a cell is quoted too: only CRLF is the record delimiter, but spreadsheets end a row at either.
const OPTIONS: Options = { bom: true, record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ }

const FORMULA_START = /^[=+\-@\t\r]/

function cellOf(kind: CsvColumn<unknown>['kind'], value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return kind === 'text' && FORMULA_START.test(text) ? `'${text}` : text
}

function* records<T>(columns: CsvColumn<T>[], rows: Iterable<T>): Generator<string[]> {
  yield columns.map((c) => c.header)
  for (const row of rows) yield columns.map((c) => cellOf(c.kind, c.value(row)))
}

async function* recordsAsync<T>(columns: CsvColumn<T>[], rows: Iterable<T> | AsyncIterable<T>): AsyncGenerator<string[]> {
  yield columns.map((c) => c.header)
  for await (const row of rows) yield columns.map((c) => cellOf(c.kind, c.value(row)))
}

/** The whole table as UTF-8 bytes, BOM first: for tables that fit in memory (a ranking). */
export function csvBytes<T>(columns: CsvColumn<T>[], rows: Iterable<T>): Buffer {
  return Buffer.from(stringifySync([...records(columns, rows)], OPTIONS), 'utf8')
}

/**
 * The table as a stream of UTF-8 text, rows pulled from `rows` only as fast as the reader takes
 * them (a large export): memory follows the stream's buffers, not the table.
 */
export function csvStream<T>(columns: CsvColumn<T>[], rows: Iterable<T> | AsyncIterable<T>): Readable {
  const source = Readable.from(recordsAsync(columns, rows))
  const out = stringify(OPTIONS)
  source.on('error', (err) => out.destroy(err))
  out.on('close', () => source.destroy())
  return source.pipe(out)
}

/**
 * `Content-Disposition: attachment` for a file name (RFC 6266): an ASCII fallback, and the
 * UTF-8 name itself (RFC 8187) when it has other characters.
 */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]/g, '_')
  if (ascii === filename) return `attachment; filename="${filename}"`
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
