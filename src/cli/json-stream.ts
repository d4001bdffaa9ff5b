/**
 * Reading a JSON document of any size a chunk at a time (json-tokens.ts), keeping only what a
 * plan asks for, and hashing a value's RFC 8785 canonical JSON as it goes by:
 *
 * - a `ByteSource` is a file (read with positioned reads, so any part of it can be read again) or
 *   a buffer in memory; `readRange` tokenizes one value between two offsets of it;
 * - a `Plan` says what to do with a value: keep it (build it as `JSON.parse` would), skip it, build
 *   an object of some of its members only, or hand an array's elements one at a time to a
 *   callback and forget them;
 * - `CanonicalHasher` feeds a hash with the canonical JSON of the tokens it is given, exactly as
 *   `canonicalJson` (src/domain/canonical.ts) would serialise the parsed value, as long as every
 *   object's members come in canonical order (sorted by UTF-16 code units, no name twice);
 *   `hashSorted` gives the same hash for any member order, reading each object's members again
 *   from the source in sorted order.
 *
 * Node built-ins only (dependency-cruiser rule cli-is-offline).
 */
import type { Hash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { JsonTokenizer, type JsonHandler } from './json-tokens.ts'
import { canonicalPrimitive } from '../domain/canonical.ts'

/** How many bytes are read at a time. */
export const CHUNK_SIZE = 1 << 16

/* Sources */

export interface ByteSource {
  readonly size: number
  /** Reads into `into` from `position`; returns how many bytes were read (0 at the end). */
  read(into: Buffer, position: number): number
  close(): void
}

/** A file, opened once and read at positions (so a part of it can be read again). */
export function fileSource(file: string): ByteSource {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    return {
      size,
      read: (into, position) => readSync(fd, into, 0, into.length, position),
      close: () => closeSync(fd),
    }
  } catch (err) {
    closeSync(fd)
    throw err
  }
}

export function bufferSource(bytes: Buffer): ByteSource {
  return {
    size: bytes.length,
    read: (into, position) => bytes.copy(into, 0, position, Math.min(bytes.length, position + into.length)),
    close: () => {},
  }
}

/**
 * Tokenizes the bytes from `start` to `end` (exclusive; the source's end if omitted), which must
 * hold one JSON value (after `prefix`, if given: bytes that stand just before `start`).
 */
export function readRange(source: ByteSource, handler: JsonHandler, chunkSize = CHUNK_SIZE, start = 0, end = source.size, prefix?: Buffer): void {
  const tokenizer = new JsonTokenizer(handler, { offset: start - (prefix?.length ?? 0) })
  if (prefix) tokenizer.write(prefix)
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, end - start)))
  let position = start
  while (position < end) {
    const n = source.read(buffer.length <= end - position ? buffer : buffer.subarray(0, end - position), position)
    if (n === 0) break
    tokenizer.write(buffer.subarray(0, n))
    position += n
  }
  tokenizer.end()
}

/* Plans */

/** Build the value as JSON.parse would; `done` hears of it. */
export interface Keep {
  kind: 'keep'
  done?: (value: unknown, start: number, end: number) => void
}
/** Read over it, keep nothing. */
export interface Skip {
  kind: 'skip'
}
/** An object of the members named in `fields`, each by its plan, and of the others by `other`. */
export interface Fields {
  kind: 'fields'
  fields: Record<string, Plan>
  other: Plan
  done?: (value: unknown, start: number, end: number) => void
}
/**
 * An array whose elements are built by `item` and handed to `each` one at a time, never kept
 * together: the array itself is delivered as `STREAMED`.
 */
export interface Each {
  kind: 'each'
  item: Plan
  begin?: (start: number) => void
  each: (value: unknown, start: number, end: number) => void
  done?: (start: number, end: number) => void
}
export type Plan = Keep | Skip | Fields | Each

export const KEEP: Keep = { kind: 'keep' }
export const SKIP: Skip = { kind: 'skip' }

/**
 * What an array read by an `Each` plan is delivered as. Where a plan meets a value of another
 * shape (an object where an array was planned, or the reverse), the value is read over and stands
 * as `{}` or `[]`: it is still not what was expected, and says so to whoever checks its type.
 */
export const STREAMED: readonly unknown[] = Object.freeze([])

const KEEP_OBJECT = 0
const KEEP_ARRAY = 1
const FIELDS = 2
const EACH = 3
const SKIPPING = 4

interface Frame {
  kind: number
  plan: Plan
  start: number
  /** The object or array being built (keep, fields), or what a skipped value stands as. */
  value: unknown
  /** The member name whose value comes next (objects). */
  key: string
  /** The plan of the value that comes next (fields). */
  next: Plan
  /** Containers opened inside a skipped one. */
  depth: number
  /** Where this value is: a member name or [] (for what was kept, in `Builder.largest`). */
  label: string
}

function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  // JSON.parse makes "__proto__" an own member like any other.
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })
  else object[key] = value
}

/** A JsonHandler that builds one value by its plan and hands it to `done`. */
export class Builder implements JsonHandler {
  private readonly stack: Frame[] = []
  /** The largest value built whole, by its bytes in the input, and where it is. */
  readonly largest = { bytes: 0, path: '' }

  constructor(
    private readonly plan: Plan,
    private readonly done: (value: unknown, start: number, end: number) => void = () => {},
  ) {}

  /** The plan of the value that starts now. */
  private planned(): Plan {
    const top = this.stack[this.stack.length - 1]
    if (!top) return this.plan
    switch (top.kind) {
      case FIELDS:
        return top.next
      case EACH:
        return (top.plan as Each).item
      default:
        return KEEP
    }
  }

  private push(kind: number, plan: Plan, start: number, value: unknown): void {
    const parent = this.stack[this.stack.length - 1]
    const label = !parent ? '' : parent.kind === FIELDS || parent.kind === KEEP_OBJECT ? parent.key : '[]'
    this.stack.push({ kind, plan, start, value, key: '', next: SKIP, depth: 0, label })
  }

  private open(start: number, isArray: boolean): void {
    const top = this.stack[this.stack.length - 1]
    if (top?.kind === SKIPPING) {
      top.depth++
      return
    }
    const plan = this.planned()
    switch (plan.kind) {
      case 'keep':
        this.push(isArray ? KEEP_ARRAY : KEEP_OBJECT, plan, start, isArray ? [] : {})
        return
      case 'fields':
        if (isArray) this.push(SKIPPING, plan, start, [])
        else this.push(FIELDS, plan, start, {})
        return
      case 'each':
        if (isArray) {
          this.push(EACH, plan, start, STREAMED)
          plan.begin?.(start)
        } else this.push(SKIPPING, plan, start, {})
        return
      case 'skip':
        this.push(SKIPPING, plan, start, undefined)
        return
    }
  }

  private close(end: number): void {
    const top = this.stack[this.stack.length - 1]!
    if (top.kind === SKIPPING && top.depth > 0) {
      top.depth--
      return
    }
    this.stack.pop()
    if (top.kind === EACH) (top.plan as Each).done?.(top.start, end)
    // A member or element skipped: nothing to set.
    if (top.kind === SKIPPING && top.plan.kind === 'skip') return
    this.deliver(top.value, top.plan, top.start, end, top)
  }

  private deliver(value: unknown, plan: Plan, start: number, end: number, frame?: Frame): void {
    const parent = this.stack[this.stack.length - 1]
    if (frame && (frame.kind === KEEP_OBJECT || frame.kind === KEEP_ARRAY) && parent?.kind !== KEEP_OBJECT && parent?.kind !== KEEP_ARRAY) {
      if (end - start > this.largest.bytes) {
        this.largest.bytes = end - start
        this.largest.path = [...this.stack.map((f) => f.label), frame.label].filter((l) => l !== '').join('.')
      }
    }
    if (plan.kind === 'keep' || plan.kind === 'fields') plan.done?.(value, start, end)
    if (!parent) return this.done(value, start, end)
    switch (parent.kind) {
      case KEEP_OBJECT:
      case FIELDS:
        setMember(parent.value as Record<string, unknown>, parent.key, value)
        return
      case KEEP_ARRAY:
        ;(parent.value as unknown[]).push(value)
        return
      case EACH:
        ;(parent.plan as Each).each(value, start, end)
        return
    }
  }

  openObject(start: number): void {
    this.open(start, false)
  }

  openArray(start: number): void {
    this.open(start, true)
  }

  closeObject(end: number): void {
    this.close(end)
  }

  closeArray(end: number): void {
    this.close(end)
  }

  key(name: string): void {
    const top = this.stack[this.stack.length - 1]!
    if (top.kind === SKIPPING) return
    top.key = name
    if (top.kind === FIELDS) {
      const plan = top.plan as Fields
      top.next = Object.hasOwn(plan.fields, name) ? plan.fields[name]! : plan.other
    }
  }

  primitive(value: string | number | boolean | null, start: number, end: number): void {
    const top = this.stack[this.stack.length - 1]
    if (top?.kind === SKIPPING) return
    const plan = this.planned()
    if (plan.kind !== 'skip') this.deliver(value, plan, start, end)
  }
}

/** Reads one value from a source with `plan`: what it was built as. */
export function build(source: ByteSource, plan: Plan, chunkSize = CHUNK_SIZE, start = 0, end = source.size): unknown {
  let result: unknown
  readRange(source, new Builder(plan, (v) => (result = v)), chunkSize, start, end)
  return result
}

/* Canonical JSON, hashed */

/** Text for a hash, handed over in pieces of some size rather than token by token. */
class Out {
  private text = ''
  constructor(private readonly hash: Hash) {}
  write(s: string): void {
    this.text += s
    if (this.text.length >= 1 << 16) this.flush()
  }
  flush(): void {
    if (this.text) this.hash.update(this.text, 'utf8')
    this.text = ''
  }
}

/**
 * Hashes the canonical JSON of the value whose tokens it is given, which must come with every
 * object's members in canonical order (sorted by UTF-16 code units, no name twice; `hashSorted`
 * reads them in that order otherwise). A string or number that canonical JSON refuses is kept in
 * `error` (the first one) rather than thrown.
 */
export class CanonicalHasher implements JsonHandler {
  error: Error | null = null
  private readonly out: Out
  /** Per open container: no member or element yet. */
  private readonly open: { first: boolean }[] = []
  private afterKey = false

  constructor(hash: Hash) {
    this.out = new Out(hash)
  }

  private separator(): void {
    if (this.afterKey) {
      this.afterKey = false
      return
    }
    const top = this.open[this.open.length - 1]
    if (top) {
      if (!top.first) this.out.write(',')
      top.first = false
    }
  }

  private canonical(value: string | number | boolean | null): string {
    try {
      return canonicalPrimitive(value)
    } catch (err) {
      this.error ??= err as Error
      return 'null'
    }
  }

  openObject(): void {
    this.separator()
    this.out.write('{')
    this.open.push({ first: true })
  }

  openArray(): void {
    this.separator()
    this.out.write('[')
    this.open.push({ first: true })
  }

  closeObject(): void {
    this.open.pop()
    this.out.write('}')
  }

  closeArray(): void {
    this.open.pop()
    this.out.write(']')
  }

  key(name: string): void {
    const top = this.open[this.open.length - 1]!
    this.out.write(`${top.first ? '' : ','}${this.canonical(name)}:`)
    top.first = false
    this.afterKey = true
  }

  primitive(value: string | number | boolean | null): void {
    this.separator()
    this.out.write(this.canonical(value))
  }

  /** Everything written is in the hash. */
  flush(): void {
    this.out.flush()
  }
}

/**
 * Feeds `hash` the canonical JSON of the value from `start` to `end` of the source, whatever the
 * order of its objects' members (the last of a repeated name counts, as in JSON.parse): each
 * object's members are listed, then read again from the source in sorted order; an array's
 * elements are listed a batch at a time. A stack of what is left to write stands for the
 * recursion, so any depth the tokenizer allows is fine. Throws what canonicalJson would throw on
 * the parsed value, at the first such value in canonical order.
 */
export function hashSorted(source: ByteSource, hash: Hash, start: number, end: number, chunkSize = CHUNK_SIZE): void {
  const out = new Out(hash)
  const tasks: Task[] = [{ start, end }]
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    if ('text' in task) out.write(task.text)
    else if ('value' in task) out.write(canonicalPrimitive(task.value))
    else if ('name' in task) out.write(`${task.first ? '{' : ','}${canonicalPrimitive(task.name)}:`)
    else if ('array' in task) {
      const batch = scanArray(source, task, chunkSize)
      if (task.resume === null) out.write('[')
      tasks.push(batch.closed ? { text: ']' } : { array: task.array, end: task.end, resume: batch.resume, count: task.count + batch.items.length })
      for (let i = batch.items.length - 1; i >= 0; i--) {
        tasks.push(batch.items[i]!)
        if (task.count + i > 0) tasks.push({ text: ',' })
      }
    } else {
      const container = scanContainer(source, task.start, task.end, chunkSize)
      if (container === 'array') tasks.push({ array: task.start, end: task.end, resume: null, count: 0 })
      else if (!(container instanceof Map)) tasks.push(container)
      else {
        const names = [...container.keys()].sort()
        tasks.push({ text: names.length === 0 ? '{}' : '}' })
        for (let i = names.length - 1; i >= 0; i--) tasks.push(container.get(names[i]!)!, { name: names[i]!, first: i === 0 })
      }
    }
  }
  out.flush()
}

/** A value still to write: a primitive, or a container's place in the source. */
type Member = { value: string | number | boolean | null } | { start: number; end: number }
/** The rest of an array whose elements until `resume` are written (`null`: none yet). */
interface ArrayRest {
  array: number
  end: number
  resume: number | null
  count: number
}
type Task = Member | ArrayRest | { text: string } | { name: string; first: boolean }

/** How many elements of an array are listed at a time. */
const BATCH = 1024
/** Thrown to end a scan early (once per batch, not per token). */
class Stop extends Error {}
const STOP = new Stop('enough for now')

/** An object's members by name (the last of a repeated name), `'array'`, or the primitive that is there. */
function scanContainer(source: ByteSource, start: number, end: number, chunkSize: number): Map<string, Member> | 'array' | Member {
  let depth = 0
  let key = ''
  let childStart = 0
  let found: Map<string, Member> | 'array' | Member | undefined
  const opened = (at: number, array: boolean) => {
    if (depth === 0 && array) throw STOP
    if (depth === 0) found = new Map()
    else if (depth === 1) childStart = at
    depth++
  }
  const closed = (at: number) => {
    if (--depth === 1) (found as Map<string, Member>).set(key, { start: childStart, end: at })
  }
  try {
    readRange(
      source,
      {
        openObject: (at) => opened(at, false),
        openArray: (at) => opened(at, true),
        closeObject: closed,
        closeArray: closed,
        key: (name) => {
          if (depth === 1) key = name
        },
        primitive: (value) => {
          if (depth === 0) found = { value }
          else if (depth === 1) (found as Map<string, Member>).set(key, { value })
        },
      },
      chunkSize,
      start,
      end,
    )
  } catch (err) {
    if (err !== STOP) throw err
    return 'array'
  }
  return found!
}

/**
 * The next elements of an array (at most BATCH) from where the last batch ended: the tokenizer
 * is given `[0` just before that place, standing for the elements already written.
 */
function scanArray(source: ByteSource, rest: ArrayRest, chunkSize: number): { items: Member[]; closed: boolean; resume: number } {
  const items: Member[] = []
  let depth = 0
  let childStart = 0
  let closed = false
  let resume = rest.resume ?? rest.array
  let skip = rest.resume !== null
  const element = (m: Member, end: number) => {
    if (skip) skip = false
    else {
      items.push(m)
      resume = end
      if (items.length === BATCH) throw STOP
    }
  }
  const opened = (at: number) => {
    if (depth === 1) childStart = at
    depth++
  }
  const closedAt = (at: number) => {
    depth--
    if (depth === 1) element({ start: childStart, end: at }, at)
    else if (depth === 0) closed = true
  }
  try {
    readRange(
      source,
      {
        openObject: opened,
        openArray: opened,
        closeObject: closedAt,
        closeArray: closedAt,
        key: () => {},
        primitive: (value, _start, end) => {
          if (depth === 1) element({ value }, end)
        },
      },
      chunkSize,
      rest.resume ?? rest.array,
      rest.end,
      rest.resume === null ? undefined : Buffer.from('[0'),
    )
  } catch (err) {
    if (err !== STOP) throw err
  }
  return { items, closed, resume }
}
