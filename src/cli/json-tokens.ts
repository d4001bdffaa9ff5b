/**
 * An incremental JSON tokenizer: bytes go in a chunk at a time (`write`), and the handler hears
 * of each token as soon as it is complete, with its byte offsets in the whole input — so a
 * document of any size is read with memory for one token and the nesting, not for the document.
 *
 * It accepts exactly what `JSON.parse` accepts of UTF-8 text (RFC 8259: no comments, no trailing
 * commas, no leading zeros, no control characters in strings) and gives the same values: strings
 * are decoded as `readFileSync(file, 'utf8')` then `JSON.parse` would (ill-formed UTF-8 becomes
 * U+FFFD; `\uXXXX` escapes are UTF-16 code units, so a pair makes one character and a lone
 * surrogate stays lone), and numbers are `Number(text)` of their text, which is the same
 * conversion `JSON.parse` makes. A token split between chunks (a string, an escape, a multi-byte
 * character, a number, a literal) is the same token. Nesting is limited to `maxDepth` levels.
 *
 * Node built-ins only (dependency-cruiser rule cli-is-offline).
 */

/**
 * What the tokenizer tells. `canonical`: the token's bytes are exactly how RFC 8785 (canonicalJson)
 * writes its value — a string with no escape but \" \\ \b \f \n \r \t and \u00xx for the other
 * control characters, a number as JSON.stringify writes it — unless a string held ill-formed UTF-8
 * (decoded to U+FFFD, which a reader who cares looks for).
 */
export interface JsonHandler {
  openObject(start: number): void
  /** A member name; its value follows. */
  key(name: string, start: number, canonical: boolean): void
  /** `end` is the offset just after the `}`. */
  closeObject(end: number): void
  openArray(start: number): void
  closeArray(end: number): void
  /** A string, number, boolean or null, from `start` to just before `end`. */
  primitive(value: string | number | boolean | null, start: number, end: number, canonical: boolean): void
}

/** The input is not JSON: says what and at which byte. */
export class JsonSyntaxError extends Error {}

export const MAX_DEPTH = 1000

// What the next byte may be.
const VALUE = 0
const FIRST_ELEMENT = 1 // a value or ']'
const FIRST_KEY = 2 // a name or '}'
const KEY = 3
const COLON = 4
const AFTER = 5 // ',' or the container's closing bracket
const DONE = 6 // white space only
// Inside a token.
const STRING = 7
const NUMBER = 8
const LITERAL = 9

const OBJECT = 0
const ARRAY = 1

/** Control characters that canonical JSON writes as \b \t \n \f \r, not \u00xx. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d])
const NUMBER_TEXT = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' }
const LITERALS: Record<number, [string, boolean | null]> = { 0x74: ['true', true], 0x66: ['false', false], 0x6e: ['null', null] }

const isNumberByte = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  return -1
}

function shown(c: number): string {
  return c >= 0x21 && c <= 0x7e ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`
}

export class JsonTokenizer {
  private state = VALUE
  private readonly stack: number[] = []
  /** The offset of the chunk being read, in the whole input. */
  private base: number
  private failed: JsonSyntaxError | null = null
  /** How many bytes of white space between tokens have been read. */
  whitespace = 0

  // The string being read.
  private stringIsKey = false
  private stringStart = 0
  private text = ''
  private bytes: Buffer[] = []
  /** 0: not in an escape; 1: after the backslash; 2–5: that many hex digits of \u read, plus two. */
  private escape = 0
  private codeUnit = 0
  /** Its escapes so far are as canonical JSON writes them. */
  private canonical = true
  private upperHex = false

  // The number or literal being read.
  private tokenStart = 0
  private numberText = ''
  private literal = ''
  private literalValue: boolean | null = null
  private literalAt = 0

  constructor(
    private readonly handler: JsonHandler,
    options: { offset?: number; maxDepth?: number } = {},
  ) {
    this.base = options.offset ?? 0
    this.maxDepth = options.maxDepth ?? MAX_DEPTH
  }

  private readonly maxDepth: number

  /** The next chunk of the input. */
  write(chunk: Uint8Array): void {
    if (this.failed) throw this.failed
    try {
      this.read(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    } catch (err) {
      if (err instanceof JsonSyntaxError) this.failed = err
      throw err
    }
  }

  /** The input has ended: it must have been exactly one JSON value. */
  end(): void {
    if (this.failed) throw this.failed
    if (this.state === NUMBER) this.number(this.base)
    if (this.state !== DONE) {
      this.failed = new JsonSyntaxError(
        this.state === STRING ? `unterminated string starting at byte ${this.stringStart}` : `unexpected end of input at byte ${this.base}`,
      )
      throw this.failed
    }
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message)
  }

  private read(chunk: Buffer): void {
    const n = chunk.length
    let i = 0
    while (i < n) {
      switch (this.state) {
        case STRING:
          i = this.stringPart(chunk, i)
          break
        case NUMBER:
          i = this.numberPart(chunk, i)
          break
        case LITERAL:
          i = this.literalPart(chunk, i)
          break
        default: {
          const c = chunk[i]!
          if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            i++
            this.whitespace++
          } else i = this.structural(c, chunk, i)
        }
      }
    }
    this.base += n
  }

  /** One byte outside any token; returns where to go on. */
  private structural(c: number, chunk: Buffer, i: number): number {
    const at = this.base + i
    switch (this.state) {
      case FIRST_ELEMENT:
        // A value, or ']' at once.
        return c === 0x5d ? this.close(ARRAY, at, i) : this.valueStart(c, chunk, i, at)
      case VALUE:
        return this.valueStart(c, chunk, i, at)
      case FIRST_KEY:
        // A member, or '}' at once.
        if (c === 0x7d) return this.close(OBJECT, at, i)
        return this.memberName(c, i, at)
      case KEY:
        return this.memberName(c, i, at)
      case COLON:
        if (c !== 0x3a) this.fail(`expected ':' after a member name, found ${shown(c)} at byte ${at}`)
        this.state = VALUE
        return i + 1
      case AFTER: {
        const top = this.stack[this.stack.length - 1]
        if (c === 0x2c) {
          this.state = top === OBJECT ? KEY : VALUE
          return i + 1
        }
        if (c === 0x7d && top === OBJECT) return this.close(OBJECT, at, i)
        if (c === 0x5d && top === ARRAY) return this.close(ARRAY, at, i)
        return this.fail(`expected ',' or '${top === OBJECT ? '}' : ']'}', found ${shown(c)} at byte ${at}`)
      }
      default:
        return this.fail(`unexpected ${shown(c)} after the end of the document at byte ${at}`)
    }
  }

  private memberName(c: number, i: number, at: number): number {
    if (c !== 0x22) this.fail(`expected a member name in double quotes, found ${shown(c)} at byte ${at}`)
    this.startString(true, at)
    return i + 1
  }

  private valueStart(c: number, chunk: Buffer, i: number, at: number): number {
    if (c === 0x7b || c === 0x5b) {
      if (this.stack.length >= this.maxDepth) this.fail(`nested deeper than ${this.maxDepth} levels at byte ${at}`)
      if (c === 0x7b) {
        this.stack.push(OBJECT)
        this.state = FIRST_KEY
        this.handler.openObject(at)
      } else {
        this.stack.push(ARRAY)
        this.state = FIRST_ELEMENT
        this.handler.openArray(at)
      }
      return i + 1
    }
    if (c === 0x22) {
      this.startString(false, at)
      return i + 1
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.state = NUMBER
      this.tokenStart = at
      this.numberText = ''
      return i // read by numberPart
    }
    const literal = LITERALS[c]
    if (literal) {
      this.state = LITERAL
      this.tokenStart = at
      ;[this.literal, this.literalValue] = literal
      this.literalAt = 0
      return i // read by literalPart
    }
    return this.fail(`expected a value, found ${shown(c)} at byte ${at}`)
  }

  private close(kind: number, at: number, i: number): number {
    this.stack.pop()
    this.afterValue()
    if (kind === OBJECT) this.handler.closeObject(at + 1)
    else this.handler.closeArray(at + 1)
    return i + 1
  }

  private afterValue(): void {
    this.state = this.stack.length === 0 ? DONE : AFTER
  }

  /* Strings */

  private startString(isKey: boolean, at: number): void {
    this.state = STRING
    this.stringIsKey = isKey
    this.stringStart = at
    this.text = ''
    this.bytes = []
    this.escape = 0
    this.canonical = true
  }

  /** Raw bytes so far decoded onto the text (an escape or the closing quote ends a run of them). */
  private decodeBytes(): void {
    if (this.bytes.length === 0) return
    this.text += (this.bytes.length === 1 ? this.bytes[0]! : Buffer.concat(this.bytes)).toString('utf8')
    this.bytes = []
  }

  private stringPart(chunk: Buffer, i: number): number {
    const n = chunk.length
    while (i < n) {
      if (this.escape !== 0) {
        this.escapePart(chunk[i]!, this.base + i)
        i++
        continue
      }
      let j = i
      let c = 0
      while (j < n) {
        c = chunk[j]!
        if (c === 0x22 || c === 0x5c || c < 0x20) break
        j++
      }
      if (j === n) {
        // The chunk ends inside the string: keep a copy of its bytes (the caller may reuse the chunk).
        if (j > i) this.bytes.push(Buffer.from(chunk.subarray(i, j)))
        return n
      }
      if (c < 0x20) this.fail(`control character ${shown(c)} in a string at byte ${this.base + j}`)
      let value: string
      if (this.text === '' && this.bytes.length === 0) value = chunk.toString('utf8', i, j)
      else {
        if (j > i) this.bytes.push(chunk.subarray(i, j))
        this.decodeBytes()
        value = this.text
      }
      if (c === 0x5c) {
        this.text = value
        this.escape = 1
        i = j + 1
        continue
      }
      // The closing quote.
      this.text = ''
      if (this.stringIsKey) {
        this.state = COLON
        this.handler.key(value, this.stringStart, this.canonical)
      } else {
        this.afterValue()
        this.handler.primitive(value, this.stringStart, this.base + j + 1, this.canonical)
      }
      return j + 1
    }
    return i
  }

  private escapePart(c: number, at: number): void {
    if (this.escape === 1) {
      if (c === 0x75) {
        this.escape = 2
        this.codeUnit = 0
        this.upperHex = false
        return
      }
      const escaped = ESCAPES[c]
      if (escaped === undefined) this.fail(`bad escape \\${String.fromCharCode(c)} in a string at byte ${at - 1}`)
      if (c === 0x2f) this.canonical = false // canonical JSON writes '/' as it is
      this.text += escaped
      this.escape = 0
      return
    }
    const h = hexValue(c)
    if (h < 0) this.fail(`bad \\u escape in a string: ${shown(c)} at byte ${at}`)
    this.codeUnit = this.codeUnit * 16 + h
    if (c >= 0x41 && c <= 0x46) this.upperHex = true
    if (++this.escape === 6) {
      this.text += String.fromCharCode(this.codeUnit)
      this.escape = 0
      // Canonical JSON writes \u00xx (lower case) for a control character without a short escape, and nothing else so.
      if (this.codeUnit >= 0x20 || SHORT_ESCAPES.has(this.codeUnit) || this.upperHex) this.canonical = false
    }
  }

  /* Numbers and literals */

  private numberPart(chunk: Buffer, i: number): number {
    const n = chunk.length
    let j = i
    while (j < n && isNumberByte(chunk[j]!)) j++
    this.numberText += chunk.toString('latin1', i, j)
    if (j < n) this.number(this.base + j)
    return j
  }

  private number(end: number): void {
    if (!NUMBER_TEXT.test(this.numberText)) this.fail(`bad number ${JSON.stringify(this.numberText)} at byte ${this.tokenStart}`)
    this.afterValue()
    const value = Number(this.numberText)
    this.handler.primitive(value, this.tokenStart, end, String(value) === this.numberText)
  }

  private literalPart(chunk: Buffer, i: number): number {
    const n = chunk.length
    const word = this.literal
    while (i < n && this.literalAt < word.length) {
      if (chunk[i] !== word.charCodeAt(this.literalAt)) this.fail(`expected ${word}, found ${shown(chunk[i]!)} at byte ${this.base + i}`)
      i++
      this.literalAt++
    }
    if (this.literalAt === word.length) {
      this.afterValue()
      this.handler.primitive(this.literalValue, this.tokenStart, this.base + i, true)
    }
    return i
  }
}
