/**
 * RFC 8785 canonical JSON written piece by piece. A document is a tree whose inner nodes may be
 * lazy: an object whose members are computed when their turn comes (`lazyObject`), an array whose
 * items come from an async iterator (`lazyArray`, a database read page by page), or a thunk. The
 * writer emits object members in canonical order (UTF-16 code units of their names, what
 * `Array.prototype.sort` does), so a member's value is read from the database only when it is
 * written: memory holds one page, never the document. Leaves are written by `canonicalJson`, the
 * same serialiser every digest of the service uses, so the bytes are canonical by construction.
 * Lazy parts sit only under lazy parents: a plain value is written whole by canonicalJson.
 */
import { canonicalJson } from '../../domain/canonical.ts'

const LAZY_OBJECT = Symbol('lazy object')
const LAZY_ARRAY = Symbol('lazy array')

/** A value to write: JSON, a lazy object or array, or a thunk (`() => value`, sync or async) giving one. */
export type Node = unknown
type Thunk = () => unknown

export interface LazyObject {
  [LAZY_OBJECT]: Record<string, Node>
}
export interface LazyArray {
  [LAZY_ARRAY]: () => AsyncIterable<Node>
}

/** An object whose member values may be thunks, evaluated in canonical order as they are written. */
export const lazyObject = (members: Record<string, Node>): LazyObject => ({ [LAZY_OBJECT]: members })

/** An array whose items are produced when it is written (a paged read). */
export const lazyArray = (items: () => AsyncIterable<Node>): LazyArray => ({ [LAZY_ARRAY]: items })

const isLazyObject = (v: unknown): v is LazyObject => typeof v === 'object' && v !== null && LAZY_OBJECT in v
const isLazyArray = (v: unknown): v is LazyArray => typeof v === 'object' && v !== null && LAZY_ARRAY in v

/** The canonical JSON of `node`, as a sequence of strings whose concatenation is the document. */
export async function* canonicalPieces(node: Node): AsyncGenerator<string> {
  if (typeof node === 'function') {
    yield* canonicalPieces(await (node as Thunk)())
    return
  }
  if (isLazyObject(node)) {
    const members = node[LAZY_OBJECT]
    let first = true
    for (const key of Object.keys(members).sort()) {
      let value = members[key]
      if (typeof value === 'function') value = await (value as Thunk)()
      // As in JSON.stringify and canonicalJson: a member whose value is undefined is left out.
      if (value === undefined) continue
      yield `${first ? '{' : ','}${canonicalJson(key)}:`
      first = false
      yield* canonicalPieces(value)
    }
    yield first ? '{}' : '}'
    return
  }
  if (isLazyArray(node)) {
    let first = true
    for await (const item of node[LAZY_ARRAY]()) {
      const separator = first ? '[' : ','
      first = false
      // A plain item (a row of a page) is written in one piece, without a generator of its own.
      if (typeof item !== 'function' && !isLazyObject(item) && !isLazyArray(item)) yield separator + (item === undefined ? 'null' : canonicalJson(item))
      else {
        yield separator
        yield* canonicalPieces(item)
      }
    }
    yield first ? '[]' : ']'
    return
  }
  yield canonicalJson(node)
}

/** Gathers small pieces into chunks of about `size` bytes' worth of characters (fewer writes). */
export async function* chunked(pieces: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = ''
  for await (const piece of pieces) {
    buffer += piece
    if (buffer.length >= size) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer) yield buffer
}
