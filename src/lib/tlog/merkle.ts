/**
 * RFC 9162 (Certificate Transparency 2.0) Merkle trees, section 2.1, over SHA-256.
 *
 * The tree is stored as its complete subtrees: the node at (level L, index i) is the hash of the
 * 2^L leaves [i·2^L, (i+1)·2^L). Every hash the RFC's algorithms need, for any tree size, is
 * built from at most O(log n) such nodes, so a root, an inclusion proof or a consistency proof
 * costs O(log n) reads: the functions here name the nodes (`…Nodes`), the caller fetches them,
 * and the same functions assemble the answer. Pure: node:crypto only, no I/O; the offline
 * verifier (`ctd-verify`) uses this file as it is.
 */
import { createHash } from 'node:crypto'

export type Hash = Buffer

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(input: Buffer | string): Hash {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(input)
    .digest()
}

/** MTH(D[n]) = SHA-256(0x01 || left || right). */
export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest()
}

/** The hash of an empty tree: SHA-256 of the empty string. */
export const EMPTY_ROOT: Hash = createHash('sha256').digest()

/** A stored complete subtree: level L, index i covers leaves [i·2^L, (i+1)·2^L). */
export interface NodeId {
  level: number
  index: number
}

export const nodeKey = (n: NodeId) => `${n.level}:${n.index}`

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

const isPowerOfTwo = (n: number) => n > 0 && 2 ** Math.round(Math.log2(n)) === n

/** log2 of a power of two. */
const log2 = (n: number) => Math.round(Math.log2(n))

/**
 * The complete subtrees whose hashes, folded from the right, give MTH(D[lo:hi]) as RFC 9162
 * defines it. Every range the RFC's recursion visits starts at a multiple of its own split size,
 * so each part is a stored node; there are at most log2(hi − lo) + 1 of them.
 */
export function rangeNodes(lo: number, hi: number): NodeId[] {
  if (!(hi > lo)) throw new RangeError(`empty range [${lo}, ${hi})`)
  const out: NodeId[] = []
  while (!isPowerOfTwo(hi - lo)) {
    const k = splitPoint(hi - lo)
    out.push({ level: log2(k), index: lo / k })
    lo += k
  }
  const size = hi - lo
  out.push({ level: log2(size), index: lo / size })
  return out
}

/** Fetches stored nodes; throws when one is missing. */
export type NodeLookup = (n: NodeId) => Hash

/** MTH(D[lo:hi]) from the stored nodes. */
export function rangeHash(lo: number, hi: number, get: NodeLookup): Hash {
  const parts = rangeNodes(lo, hi).map(get)
  let h = parts[parts.length - 1]!
  for (let i = parts.length - 2; i >= 0; i--) h = nodeHash(parts[i]!, h)
  return h
}

/** A half-open range of leaves whose hash a proof carries. */
export interface LeafRange {
  lo: number
  hi: number
}

/** RFC 9162 2.1.3.1 PATH(m, D[n]): the ranges whose hashes form the audit path, leaf to root. */
export function inclusionRanges(m: number, n: number): LeafRange[] {
  if (!(m >= 0 && m < n)) throw new RangeError(`leaf ${m} is not in a tree of size ${n}`)
  const path: LeafRange[] = []
  let lo = 0
  let hi = n
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo)
    if (m < lo + k) {
      path.push({ lo: lo + k, hi })
      hi = lo + k
    } else {
      path.push({ lo, hi: lo + k })
      lo += k
    }
  }
  return path.reverse()
}

/** RFC 9162 2.1.4.1 PROOF(m, D[n]): the ranges whose hashes form the consistency proof. */
export function consistencyRanges(m: number, n: number): LeafRange[] {
  if (!(m >= 1 && m <= n)) throw new RangeError(`no consistency proof from size ${m} to ${n}`)
  const out: LeafRange[] = []
  // SUBPROOF(m, D[lo:hi], b), unrolled: the recursion only ever continues into one half.
  let lo = 0
  let hi = n
  let b = true
  let mm = m
  for (;;) {
    const size = hi - lo
    if (mm === size) {
      if (!b) out.push({ lo, hi })
      break
    }
    const k = splitPoint(size)
    if (mm <= k) {
      out.push({ lo: lo + k, hi })
      hi = lo + k
    } else {
      out.push({ lo, hi: lo + k })
      lo += k
      mm -= k
      b = false
    }
  }
  return out.reverse()
}

/** The distinct stored nodes a list of ranges needs. */
export function nodesFor(ranges: LeafRange[]): NodeId[] {
  const seen = new Map<string, NodeId>()
  for (const r of ranges) for (const n of rangeNodes(r.lo, r.hi)) seen.set(nodeKey(n), n)
  return [...seen.values()]
}

/** The nodes of the root of a tree of size n (none for the empty tree). */
export const rootNodes = (n: number): NodeId[] => (n === 0 ? [] : rangeNodes(0, n))

export function rootHash(n: number, get: NodeLookup): Hash {
  return n === 0 ? EMPTY_ROOT : rangeHash(0, n, get)
}

/** Builds a lookup over fetched nodes that names the first missing one. */
export function lookupFrom(nodes: Iterable<NodeId & { hash: Hash }>): NodeLookup {
  const map = new Map<string, Hash>()
  for (const n of nodes) map.set(nodeKey(n), n.hash)
  return (n) => {
    const h = map.get(nodeKey(n))
    if (!h) throw new MissingNodeError(n)
    return h
  }
}

export class MissingNodeError extends Error {
  constructor(readonly node: NodeId) {
    super(`tree node ${node.level}/${node.index} is missing`)
  }
}

/**
 * The right edge of a growing tree: the complete subtrees of its binary decomposition. Appending
 * a leaf yields the nodes it completes (the leaf itself first), which is all a sequencer stores.
 */
export class TreeBuilder {
  /** Frontier hashes by level, for the levels whose bit is set in `size`. */
  private readonly frontier = new Map<number, Hash>()

  constructor(
    public size: number,
    frontier: Iterable<NodeId & { hash: Hash }> = [],
  ) {
    for (const n of frontier) this.frontier.set(n.level, n.hash)
    for (const n of TreeBuilder.frontierNodes(size)) if (!this.frontier.has(n.level)) throw new MissingNodeError(n)
  }

  /** An independent copy (a batch that may roll back works on one). */
  clone(): TreeBuilder {
    return new TreeBuilder(
      this.size,
      [...this.frontier].map(([level, hash]) => ({ level, index: Math.floor(this.size / 2 ** level) - 1, hash })),
    )
  }

  /** The nodes a builder for a tree of this size starts from. */
  static frontierNodes(size: number): NodeId[] {
    const out: NodeId[] = []
    for (let level = 0; 2 ** level <= size; level++) {
      if (Math.floor(size / 2 ** level) % 2 === 1) out.push({ level, index: Math.floor(size / 2 ** level) - 1 })
    }
    return out
  }

  /** Adds a leaf hash; returns every node it completes, lowest level first. */
  append(leaf: Hash): (NodeId & { hash: Hash })[] {
    const created: (NodeId & { hash: Hash })[] = []
    let level = 0
    let index = this.size
    let hash = leaf
    created.push({ level, index, hash })
    while (index % 2 === 1) {
      const left = this.frontier.get(level)!
      this.frontier.delete(level)
      hash = nodeHash(left, hash)
      level += 1
      index = (index - 1) / 2
      created.push({ level, index, hash })
    }
    this.frontier.set(level, hash)
    this.size += 1
    return created
  }

  /** The root of the tree as built so far. */
  root(): Hash {
    if (this.size === 0) return EMPTY_ROOT
    const levels = [...this.frontier.keys()].sort((a, b) => a - b)
    let h = this.frontier.get(levels[0]!)!
    for (const level of levels.slice(1)) h = nodeHash(this.frontier.get(level)!, h)
    return h
  }
}

/* Verification, exactly as RFC 9162 2.1.3.2 and 2.1.4.2 write it: what an outside verifier runs. */

/** RFC 9162 2.1.3.2: does `path` prove leaf `index` (hash `leaf`) in the tree of `size` with `root`? */
export function verifyInclusion(index: number, size: number, leaf: Hash, path: Hash[], root: Hash): boolean {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return false
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of path) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      r = nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && r.equals(root)
}

/** RFC 9162 2.1.4.2: does `proof` show the tree of size `first` (root1) is a prefix of `second` (root2)? */
export function verifyConsistency(first: number, second: number, root1: Hash, root2: Hash, proof: Hash[]): boolean {
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(second) && first >= 1 && first <= second)) return false
  if (first === second) return proof.length === 0 && root1.equals(root2)
  if (proof.length === 0) return false
  const path = isPowerOfTwo(first) ? [root1, ...proof] : [...proof]
  let fn = first - 1
  let sn = second - 1
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  let fr = path[0]!
  let sr = path[0]!
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr)
      sr = nodeHash(c, sr)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      sr = nodeHash(sr, c)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return fr.equals(root1) && sr.equals(root2) && sn === 0
}
