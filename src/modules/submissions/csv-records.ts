/**
 * Reads CSV text (RFC 4180: `,` between fields, `"` quoting, `""` for a quote inside quotes) as
 * records, each with the line it starts on, from text handed over in pieces: the import's body is
 * decoded slice by slice, so memory holds a slice and one unfinished record, never the whole file
 * as records.
 *
 * A hand-written reader, one pass over the characters, strict as it reads: a quote not closed,
 * text after a closing quote or a quote inside an unquoted field is an error naming the record's
 * line. It replaced papaparse's parser, which is lenient where a bulk import must not be and so
 * needed each record checked again against the grammar (a regular expression): the import's
 * reader (decoding, records, rows) takes 75–140 ms for 100,000 rows against 320–450 ms, and an
 * import reads its body twice. csv-parse stays
 * the tests' oracle. The line ends are those of the file's first line (`\r\n`, `\n` or `\r`);
 * inside quotes any line end is text and counts as a line, and so does another kind of line end
 * in an unquoted field.
 */
export interface CsvRecord {
  fields: string[]
  /** The line the record starts on, 1-based, counting every line end before it (quoted ones too). */
  line: number
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: 'CSV_QUOTE_NOT_CLOSED' | 'CSV_INVALID_CLOSING_QUOTE' | 'INVALID_OPENING_QUOTE' | 'CSV_RECORD_TOO_LONG',
    message: string,
  ) {
    super(message)
  }
}

/** A record longer than this, its line end included (a quote left open, usually), is refused rather than carried from slice to slice. */
export const MAX_RECORD_CHARS = 1 << 20

export class CsvReader {
  private carry = ''
  private newline: '\r\n' | '\n' | '\r' | null = null
  private line = 1
  private started = false
  /**
   * Read again only once the text held reaches this length: a record left unfinished is read from
   * its start at each reading, so a long one is read again only as the text held doubles, not at
   * every slice (a record near the limit would be read sixteen times in 64 KB slices).
   */
  private readAt = 0
  /** The record before ended at a `\r` line end (files whose lines end so): a `\n` right after it is the rest of a `\r\n`, text but not a line. */
  private crBefore = false

  /**
   * Adds text and returns the records it completes. `last`: no more text follows, so the final
   * record needs no line end (and an unfinished one is an error).
   */
  push(text: string, last: boolean): CsvRecord[] {
    if (!this.started) {
      if (text.length === 0 && !last) return []
      this.started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    const input = this.carry + text
    if (!last && input.length < this.readAt) {
      this.carry = input
      return []
    }
    this.newline ??= firstLineEnd(input, last)
    if (this.newline === null) {
      this.carry = input
      this.guardLength()
      this.readAt = Math.min(2 * this.carry.length, MAX_RECORD_CHARS + 1)
      return []
    }
    const out: CsvRecord[] = []
    let at = 0
    // Once no more text follows, what is left is the last record (nothing after a final line end).
    while (at < input.length) {
      const record = this.record(input, at, last)
      if (record === null) break
      out.push({ fields: record.fields, line: this.line })
      this.line += record.lines
      at = record.end
      this.crBefore = this.newline === '\r' && input.charCodeAt(at - 1) === 13
    }
    this.carry = input.slice(at)
    if (last && this.carry.length > 0) throw new Error('csv: text left after the last record')
    this.guardLength()
    // Up to the limit: past it, an unfinished record is refused (guardLength) once read again.
    this.readAt = Math.min(2 * this.carry.length, MAX_RECORD_CHARS + 1)
    return out
  }

  /**
   * The record starting at `at`: its fields, where the next starts and the line ends it spans
   * (its own included); null when the text ends before it does and more may follow. A field is
   * quoted when it starts with a quote (doubled quotes inside, any line end is text); otherwise it
   * runs to the next comma or line end and holds no quote. Held to the grammar as it is read.
   */
  private record(input: string, at: number, last: boolean): { fields: string[]; end: number; lines: number } | null {
    const n = input.length
    const nl = this.newline!
    const crlf = nl === '\r\n'
    const nlCode = nl.charCodeAt(0)
    const fields: string[] = []
    let lines = 0
    let strayQuote = false
    let i = at
    for (;;) {
      if (i < n && input.charCodeAt(i) === 34) {
        // A quoted field: up to the quote not doubled.
        let j = i + 1
        let doubled = false
        for (;;) {
          if (j >= n) {
            if (!last) return null
            if (n - at > MAX_RECORD_CHARS) throw tooLong(this.line)
            throw new CsvSyntaxError(this.line, 'CSV_QUOTE_NOT_CLOSED', `a quoted field opened on line ${this.line} is not closed`)
          }
          const c = input.charCodeAt(j)
          if (c === 34) {
            if (j + 1 >= n && !last) return null // a doubled quote or the closing one: the next text tells
            if (input.charCodeAt(j + 1) !== 34) break
            doubled = true
            j += 2
            continue
          }
          if (c === 10 || (c === 13 && input.charCodeAt(j + 1) !== 10)) lines++
          j++
        }
        const value = input.slice(i + 1, j)
        fields.push(doubled ? value.replaceAll('""', '"') : value)
        i = j + 1
        if (i >= n) {
          if (!last) return null
          return this.ended(fields, at, n, lines, strayQuote)
        }
        const c = input.charCodeAt(i)
        if (c === 44) {
          i++
          continue
        }
        if (c === nlCode && (!crlf || input.charCodeAt(i + 1) === 10)) {
          return this.ended(fields, at, i + nl.length, lines + 1, strayQuote)
        }
        if (crlf && c === 13 && i + 1 >= n && !last) return null
        // Past the limit, read in pieces, it may have been refused as too long before this was seen: so too read whole.
        if (i - at > MAX_RECORD_CHARS) throw tooLong(this.line)
        throw new CsvSyntaxError(this.line, 'CSV_INVALID_CLOSING_QUOTE', `text follows a closing quote on line ${this.line}`)
      }
      // An unquoted field: up to a comma or the line end; another line end in it is text (and a line).
      let j = i
      let c = 0
      for (; j < n; j++) {
        c = input.charCodeAt(j)
        if (c === 44) break
        if (c === nlCode) {
          if (!crlf) break
          if (j + 1 >= n) {
            if (!last) return null
          } else if (input.charCodeAt(j + 1) === 10) break
        }
        if (c === 34) strayQuote = true
        else if (c === 10) {
          if (j !== at || !this.crBefore) lines++
        } else if (c === 13 && input.charCodeAt(j + 1) !== 10) lines++
      }
      fields.push(input.slice(i, j))
      if (j >= n) {
        if (!last) return null
        return this.ended(fields, at, n, lines, strayQuote)
      }
      if (c === 44) {
        i = j + 1
        continue
      }
      return this.ended(fields, at, j + nl.length, lines + 1, strayQuote)
    }
  }

  /**
   * A record read to its end: refused when longer than the limit (first: a record carried
   * unfinished past it is refused so before its end is seen, and where the pieces fall must not
   * decide), or when a quote stood inside an unquoted field.
   */
  private ended(fields: string[], at: number, end: number, lines: number, strayQuote: boolean): { fields: string[]; end: number; lines: number } {
    if (end - at > MAX_RECORD_CHARS) throw tooLong(this.line)
    if (strayQuote) throw strayQuoteError(this.line)
    return { fields, end, lines }
  }

  private guardLength() {
    if (this.carry.length > MAX_RECORD_CHARS) throw tooLong(this.line)
  }
}

const tooLong = (line: number) =>
  new CsvSyntaxError(line, 'CSV_RECORD_TOO_LONG', `the record starting on line ${line} is longer than ${MAX_RECORD_CHARS} characters (a quote not closed?)`)

const strayQuoteError = (line: number) => new CsvSyntaxError(line, 'INVALID_OPENING_QUOTE', `a quote inside an unquoted field on line ${line}`)

/**
 * The first record's line end, read with the fields' grammar (a quote opens a quoted field only at
 * a field's start; inside one, a doubled quote is text); null when the text so far has none and
 * more may come (a lone `\r` at the end may be half of `\r\n`). A quote elsewhere is left for
 * the record's own reading to refuse.
 */
function firstLineEnd(text: string, last: boolean): '\r\n' | '\n' | '\r' | null {
  const n = text.length
  let fieldStart = true
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (fieldStart && c === 34) {
      let j = i + 1
      for (;;) {
        if (j >= n) return last ? '\n' : null // not closed: the record's reading says so, once no more can come
        if (text.charCodeAt(j) === 34) {
          if (j + 1 >= n && !last) return null
          if (text.charCodeAt(j + 1) !== 34) break
          j += 2
        } else j++
      }
      // Text after the closing quote: the record is bad whatever its line end, and its own reading
      // says so (as it does read whole); any line end will do to start it.
      const after = text.charCodeAt(j + 1)
      if (j + 1 < n && after !== 44 && after !== 10 && after !== 13) return '\n'
      i = j
      fieldStart = false
      continue
    }
    fieldStart = c === 44
    if (c === 10) return '\n'
    if (c === 13) {
      if (i + 1 < n) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r'
      return last ? '\r' : null
    }
  }
  return last ? '\n' : null
}
