/**
 * ctd-verify audit-log: checks a full-log export (GET /v1/exports/audit-log) offline, trusting
 * nothing but the keys it is given. The file is read line by line in 64 KB pieces, so memory stays
 * flat whatever its size: per event it keeps only the hash chain's last link and the RFC 9162
 * compact range of the leaves so far (at most one subtree hash per level).
 *
 *   1. every line is JSON: events, then exactly one last line {"checkpoint", "range"};
 *   2. the events' seq run without a gap or a repeat;
 *   3. the hash chain: each event's hash is recomputed (sha256(prevHash ‖ canonical JSON of the
 *      event without hash)) and its prevHash is the hash of the event before it;
 *   4. the checkpoint's signature by a given key (and its JSON members agree with the signed note);
 *   5. the tree: the events' leaves, after the range's left subtrees, rebuild MTH(D[0:toSeq])
 *      (TreeBuilder); it must equal the signed root when toSeq is the checkpoint's size, and
 *      otherwise be proved a prefix of it by the range's RFC 9162 consistency proof.
 *
 * Every failure names the first line and seq where it shows. Node built-ins, src/lib/tlog and
 * canonical JSON only (dependency-cruiser rule cli-is-offline).
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { canonicalJson, sha256Hex } from '../domain/canonical.ts'
import { parseCheckpoint, type Checkpoint } from '../lib/tlog/checkpoint.ts'
import { leafHash, nodeHash, TreeBuilder, verifyConsistency, type Hash, type NodeId } from '../lib/tlog/merkle.ts'
import { openNote } from '../lib/tlog/note.ts'
import { fileError, hashOf, InputError, isObject, keysFor, loadKeys, printed, unusable, unverified, type Check, type Io, type Keys } from './inputs.ts'

export interface AuditLogResult {
  ok: boolean
  checks: Check[]
  summary?: { events: number; fromSeq: number | null; toSeq: number | null; checkpointSize: number | null; rootHash: string | null; keyIds: string[] }
}

export const AUDIT_LOG_USAGE = `  ctd-verify audit-log <events.ndjson> --key <key> [--origin <origin>] [--json]
                the NDJSON of GET /v1/exports/audit-log
`

/* The command */

/** Runs `ctd-verify audit-log …` (argv without node and the script); returns the exit status. */
export function auditLogMain(argv: string[], io: Io): number {
  let json = false
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { key: { type: 'string', multiple: true }, origin: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    })
    json = values.json === true
    const [name, file, ...rest] = positionals
    if (name !== 'audit-log') throw new InputError('expected the audit-log command')
    if (file === undefined || rest.length > 0) throw new InputError('audit-log takes exactly one file')
    const keys = loadKeys(values.key ?? [])
    return printed(io, verifyAuditLogFile(file, keys, values.origin), json, report)
  } catch (err) {
    return unusable(io, err, json)
  }
}

/**
 * A file's lines (without their \n), read in pieces: a line may be split across reads, never a
 * character (no UTF-8 sequence holds the byte 0x0A). `ended` is false for a last line without \n.
 */
function* linesOf(file: string): Generator<{ text: string; ended: boolean }> {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (err) {
    throw fileError(file, err)
  }
  try {
    const piece = Buffer.alloc(64 * 1024)
    let pending: Buffer[] = []
    for (;;) {
      const n = readSync(fd, piece, 0, piece.length, null)
      if (n === 0) break
      let start = 0
      for (let i = piece.indexOf(0x0a, 0); i !== -1 && i < n; i = piece.indexOf(0x0a, i + 1)) {
        pending.push(piece.subarray(start, i))
        yield { text: Buffer.concat(pending).toString('utf8'), ended: true }
        pending = []
        start = i + 1
      }
      if (start < n) pending.push(Buffer.from(piece.subarray(start, n)))
    }
    // The last line has no \n: a file cut short, or edited by hand. Read, and reported.
    if (pending.length > 0) yield { text: Buffer.concat(pending).toString('utf8'), ended: false }
  } finally {
    closeSync(fd)
  }
}

/** The compact range of consecutive leaves: the maximal complete subtrees, left to right. */
class CompactRange {
  readonly nodes: (NodeId & { hash: Hash })[] = []
  push(node: NodeId & { hash: Hash }) {
    let n = node
    for (;;) {
      const top = this.nodes[this.nodes.length - 1]
      if (!top || top.level !== n.level || top.index % 2 !== 0 || top.index + 1 !== n.index) break
      this.nodes.pop()
      n = { level: n.level + 1, index: top.index / 2, hash: nodeHash(top.hash, n.hash) }
    }
    this.nodes.push(n)
  }
}

interface Trailer {
  line: number
  checkpoint: Record<string, unknown>
  range: Record<string, unknown>
}

export function verifyAuditLogFile(file: string, keys: Keys, origin?: string): AuditLogResult {
  const checks: Check[] = []
  /** The first failure of each kind, and how many more. */
  const first = new Map<string, { detail: string; more: number }>()
  const fail = (name: string, detail: string) => {
    const f = first.get(name)
    if (f) f.more += 1
    else first.set(name, { detail, more: 0 })
  }

  let lineNo = 0
  let events = 0
  let fromSeq: number | null = null
  let lastSeq: number | null = null
  let lastHash: string | null = null
  let trailer: Trailer | null = null
  let leaves: CompactRange | null = null
  let leavesFrom = 0

  for (const { text, ended } of linesOf(file)) {
    lineNo += 1
    if (!ended) fail('lines', `line ${lineNo} does not end with a newline: the file was cut short or edited`)
    if (trailer) {
      fail('lines', `line ${lineNo} comes after the checkpoint line (line ${trailer.line}), which must be last`)
      continue
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      fail('lines', `line ${lineNo} is not JSON`)
      continue
    }
    if (!isObject(value)) {
      fail('lines', `line ${lineNo} is not a JSON object`)
      continue
    }
    if ('checkpoint' in value && !('seq' in value)) {
      if (!isObject(value.checkpoint) || !isObject(value.range)) {
        fail('lines', `line ${lineNo}: the checkpoint line needs the objects "checkpoint" and "range"`)
        continue
      }
      trailer = { line: lineNo, checkpoint: value.checkpoint, range: value.range }
      continue
    }
    const event = value
    const seq = event.seq
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
      fail('lines', `line ${lineNo} is neither an audit event (no integer seq) nor the checkpoint line`)
      continue
    }
    const where = `line ${lineNo} (seq ${seq})`
    events += 1

    // Sequence: each seq the one after the last; the first sets where the range starts.
    if (lastSeq === null) fromSeq = seq
    else if (seq !== lastSeq + 1) {
      fail(
        'sequence',
        `${where}: expected seq ${lastSeq + 1}${seq <= lastSeq ? ': lines repeated or out of order' : `: events ${lastSeq + 1}–${seq - 1} missing`}`,
      )
    }

    // The chain: the hash recomputed from the content, and the link to the event before.
    const { hash, ...chained } = event
    if (typeof hash !== 'string' || typeof chained.prevHash !== 'string') {
      fail('chain', `${where}: hash and prevHash must be strings`)
    } else {
      const recomputed = sha256Hex(chained.prevHash + canonicalJson(chained))
      if (recomputed !== hash) fail('chain', `${where}: the hash does not match the event's content (recomputed ${recomputed}): the event was altered`)
      else if (lastHash !== null && chained.prevHash !== lastHash)
        fail('chain', `${where}: prevHash ${chained.prevHash} is not the hash of the line before (${lastHash})`)
    }
    lastSeq = seq
    lastHash = typeof hash === 'string' ? hash : null

    // The tree: leaves by their place in the file (a dropped or moved line changes the root).
    if (!leaves) {
      leaves = new CompactRange()
      leavesFrom = seq - 1
    }
    leaves.push({ level: 0, index: leavesFrom + events - 1, hash: leafHash(Buffer.from(canonicalJson(event), 'utf8')) })
  }

  const toSeq = lastSeq
  checks.push(outcome('lines', first, trailer ? `${events} events, the checkpoint on line ${trailer.line}` : ''))
  if (!trailer) {
    checks[checks.length - 1] = {
      name: 'lines',
      ok: false,
      detail: `no checkpoint line after ${lineNo} lines: the export is truncated (a stream that failed midway ends without it)${
        first.has('lines') ? `; also ${first.get('lines')!.detail}` : ''
      }`,
    }
  }
  checks.push(outcome('sequence', first, events > 0 ? `seq ${fromSeq}–${toSeq}` : 'no events'))
  checks.push(outcome('chain', first, `${events} events`))
  if (events === 0) checks.push({ name: 'events', ok: false, detail: 'the file holds no audit event' })
  if (!trailer) return { ok: false, checks, summary: summaryOf(events, fromSeq, toSeq, null, []) }

  // The checkpoint: signed by a given key, its JSON members as signed.
  const cpJson = trailer.checkpoint
  if (typeof cpJson.note !== 'string') {
    checks.push({ name: 'signature', ok: false, detail: `line ${trailer.line}: the checkpoint has no signed note in "note"` })
    return { ok: false, checks, summary: summaryOf(events, fromSeq, toSeq, null, []) }
  }
  let cp: Checkpoint
  let keyIds: string[]
  try {
    const candidates = keysFor(cpJson.note, keys)
    const opened = openNote(cpJson.note, candidates)
    cp = parseCheckpoint(opened.text)
    keyIds = opened.verifiedBy.map((k) => k.keyId)
    checks.push({
      name: 'signature',
      ok: keyIds.length > 0,
      detail: keyIds.length > 0 ? `key ${opened.verifiedBy.map((k) => `${k.keyId} ${k.name}`).join(', ')}` : unverified(opened, candidates),
    })
  } catch (err) {
    checks.push({ name: 'signature', ok: false, detail: `line ${trailer.line}: not a signed checkpoint: ${(err as Error).message}` })
    return { ok: false, checks, summary: summaryOf(events, fromSeq, toSeq, null, []) }
  }
  const differ = [
    cpJson.origin !== undefined && cpJson.origin !== cp.origin && `origin ${JSON.stringify(cpJson.origin)}`,
    cpJson.treeSize !== undefined && cpJson.treeSize !== cp.size && `treeSize ${JSON.stringify(cpJson.treeSize)}`,
    cpJson.rootHash !== undefined && cpJson.rootHash !== cp.root.toString('base64') && `rootHash ${JSON.stringify(cpJson.rootHash)}`,
  ].filter((x) => x !== false)
  checks.push({
    name: 'fields',
    ok: differ.length === 0,
    detail: differ.length === 0 ? `origin, treeSize ${cp.size}, rootHash` : `not as signed (size ${cp.size}): ${differ.join(', ')}`,
  })
  if (origin !== undefined)
    checks.push({ name: 'origin', ok: cp.origin === origin, detail: cp.origin === origin ? origin : `${cp.origin}, required ${origin}` })

  // The range the last line describes must be the events the file holds, within the signed tree.
  const range = trailer.range
  const rFrom = range.fromSeq
  const rTo = range.toSeq
  const rangeOk = rFrom === fromSeq && rTo === toSeq && typeof rTo === 'number' && rTo <= cp.size
  checks.push({
    name: 'range',
    ok: rangeOk,
    detail: rangeOk
      ? `events ${fromSeq}–${toSeq} of the signed ${cp.size}`
      : `the checkpoint line says ${JSON.stringify(rFrom)}–${JSON.stringify(rTo)}, the file holds ${fromSeq ?? '—'}–${toSeq ?? '—'}, the checkpoint ${cp.size}`,
  })
  if (!rangeOk || !leaves || fromSeq === null || toSeq === null) return { ok: false, checks, summary: summaryOf(events, fromSeq, toSeq, cp, keyIds) }

  // The tree of the first toSeq events: the left subtrees, then the events' leaves (by their
  // place in the file: with a line dropped it is one leaf short, and no root will match).
  let rebuilt: Hash
  const size = fromSeq - 1 + events
  try {
    const left = parseLeft(range.leftSubtrees, fromSeq - 1)
    const all = new CompactRange()
    for (const n of [...left, ...leaves.nodes]) all.push(n)
    rebuilt = new TreeBuilder(size, all.nodes).root()
  } catch (err) {
    checks.push({ name: 'left-subtrees', ok: false, detail: `line ${trailer.line}: ${(err as Error).message}` })
    return { ok: false, checks, summary: summaryOf(events, fromSeq, toSeq, cp, keyIds) }
  }
  const sent = typeof range.rootHash === 'string' ? range.rootHash : null
  checks.push({
    name: 'root',
    ok: sent === rebuilt.toString('base64'),
    detail: sent === rebuilt.toString('base64') ? rebuilt.toString('base64') : `sent ${String(range.rootHash)}, rebuilt ${rebuilt.toString('base64')}`,
  })
  if (toSeq === cp.size) {
    const ok = size === cp.size && rebuilt.equals(cp.root)
    checks.push({
      name: 'signed-root',
      ok,
      detail: ok
        ? `${toSeq} events`
        : `rebuilt ${rebuilt.toString('base64')}, signed ${cp.root.toString('base64')}: events altered, dropped, added or reordered`,
    })
  } else {
    const proof = Array.isArray(range.consistencyProof) ? range.consistencyProof.map((h) => hashOf(h)) : null
    const ok = proof !== null && proof.every((h) => h !== null) && verifyConsistency(size, cp.size, rebuilt, cp.root, proof as Hash[])
    checks.push({
      name: 'consistency',
      ok,
      detail: ok
        ? `tree of ${toSeq} → signed tree of ${cp.size}, ${proof!.length} proof hashes`
        : `the tree rebuilt from events 1–${toSeq} is not proved a prefix of the signed tree of ${cp.size}: events or proof altered`,
    })
  }
  return { ok: checks.every((c) => c.ok), checks, summary: summaryOf(events, fromSeq, toSeq, cp, keyIds) }
}

/** The left subtrees must be exactly the binary decomposition of [0, size), largest first. */
function parseLeft(value: unknown, size: number): (NodeId & { hash: Hash })[] {
  const wanted = TreeBuilder.frontierNodes(size).sort((a, b) => b.level - a.level)
  if (!Array.isArray(value) || value.length !== wanted.length) {
    throw new Error(`leftSubtrees must be ${wanted.length} subtree hashes covering events 1–${size}`)
  }
  return value.map((n: unknown, i) => {
    const w = wanted[i]!
    const hash = isObject(n) ? hashOf(n.hash) : null
    if (!isObject(n) || n.level !== w.level || n.index !== w.index || !hash) {
      throw new Error(`leftSubtrees[${i}] must be {"level": ${w.level}, "index": ${w.index}, "hash": <base64 SHA-256>}`)
    }
    return { level: w.level, index: w.index, hash }
  })
}

function outcome(name: string, first: Map<string, { detail: string; more: number }>, okDetail: string): Check {
  const f = first.get(name)
  if (!f) return { name, ok: true, detail: okDetail }
  return { name, ok: false, detail: f.more > 0 ? `${f.detail} (and ${f.more} more)` : f.detail }
}

function summaryOf(events: number, fromSeq: number | null, toSeq: number | null, cp: Checkpoint | null, keyIds: string[]): AuditLogResult['summary'] {
  return { events, fromSeq, toSeq, checkpointSize: cp?.size ?? null, rootHash: cp?.root.toString('base64') ?? null, keyIds }
}

/* Report */

const LABELS: Record<string, [vi: string, en: string]> = {
  lines: ['Các dòng đúng định dạng', 'every line is JSON: the events, then the checkpoint line'],
  sequence: ['Số thứ tự liên tục', 'seq runs without a gap or a repeat'],
  chain: ['Chuỗi băm nguyên vẹn', 'hash chain: every hash recomputed, every event linked to the one before'],
  events: ['Có sự kiện', 'the file holds events'],
  signature: ['Chữ ký hợp lệ', 'signature valid'],
  fields: ['Các trường JSON khớp ghi chú đã ký', 'JSON members match the signed note'],
  origin: ['Đúng nhật ký (origin)', 'origin as required'],
  range: ['Khoảng sự kiện khớp checkpoint', 'the range matches the events and lies within the checkpoint'],
  'left-subtrees': ['Các cây con bên trái hợp lệ', 'the left subtrees cover the events before the range'],
  root: ['Gốc cây tính lại khớp', "the rebuilt Merkle root matches the range's rootHash"],
  'signed-root': ['Cây dựng lại từ sự kiện khớp gốc đã ký', 'the tree rebuilt from the events has the signed root'],
  consistency: ['Cây dựng lại là phần đầu của cây đã ký', 'the rebuilt tree is a prefix of the signed tree (consistency proof)'],
}

function report(r: AuditLogResult): string {
  const lines = r.checks.map((c) => {
    const [vi, en] = LABELS[c.name] ?? [c.name, c.name]
    return `${c.ok ? '✓' : '✗'} ${vi} / ${en} (${c.detail})`
  })
  const s = r.summary
  if (s) {
    lines.push(
      `  Sự kiện / events:            ${s.events}${s.fromSeq !== null ? ` (seq ${s.fromSeq}–${s.toSeq})` : ''}`,
      `  Checkpoint / tree size:      ${s.checkpointSize ?? '—'}`,
      `  Gốc đã ký / signed root:     ${s.rootHash ?? '—'}`,
      `  Khóa ký / signer key id:     ${s.keyIds.join(', ') || '—'}`,
    )
  }
  const failed = r.checks.filter((c) => !c.ok).map((c) => c.name)
  lines.push(r.ok ? '✓ ĐẠT / PASS' : `✗ KHÔNG ĐẠT / FAIL: ${failed.join(', ')}`)
  return lines.join('\n') + '\n'
}
