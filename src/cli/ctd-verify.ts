/**
 * ctd-verify: checks offline what the audit log's endpoints serve — a signed checkpoint, an
 * inclusion proof for one event, a consistency proof between two checkpoints — trusting nothing
 * but the verifier keys it is given. Every hash compared with a signed root is recomputed here;
 * the hashes the service sends alongside (leafHash, rootHash, fromRoot, toRoot, a checkpoint
 * JSON's members) are only compared with what was recomputed or signed, and a difference fails.
 * Node built-ins, src/lib/tlog and canonical JSON only (dependency-cruiser rule cli-is-offline).
 */
import { parseArgs } from 'node:util'
import { canonicalJson } from '../domain/canonical.ts'
import { parseCheckpoint, type Checkpoint } from '../lib/tlog/checkpoint.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../lib/tlog/merkle.ts'
import { openNote } from '../lib/tlog/note.ts'
import {
  attempt,
  check,
  hashOf,
  InputError,
  isObject,
  KEY_USAGE,
  keysFor,
  loadKeys,
  printed,
  readJson,
  readText,
  unusable,
  unverified,
  type Check,
  type Io,
  type Keys,
} from './inputs.ts'
import { exportMain } from './verify-export.ts'
import { AUDIT_LOG_USAGE, auditLogMain } from './verify-audit-log.ts'

interface Result {
  ok: boolean
  checks: Check[]
  /** What the `checkpoint` command read from the signed note. */
  checkpoint?: { origin: string; treeSize: number; rootHash: string; rootHex: string; keyIds: string[] }
}

const USAGE = `Usage / Cách dùng:
  ctd-verify checkpoint <file> --key <key> [--origin <origin>] [--json]
  ctd-verify inclusion <proof.json> --key <key> [--checkpoint <file>] [--origin <origin>] [--json]
  ctd-verify consistency <proof.json> --key <key> [--old <file>] [--new <file>] [--origin <origin>] [--json]
  ctd-verify export <bundle.json> --key <key> [--origin <origin>] [--json]   (ctd-verify export --help)
${AUDIT_LOG_USAGE}
  <file>, --checkpoint, --old, --new
                a signed checkpoint note (Accept: text/plain) or checkpoint JSON; without them
                the checkpoints embedded in the proof are used
${KEY_USAGE}  --origin <o>  require this origin (the log's name)
  --json        print {ok, checks: [{name, ok, detail}]}

Exit status: 0 every check passes, 1 a check fails, 2 usage error or unreadable input.
`

const OPTIONS = {
  key: { type: 'string', multiple: true },
  checkpoint: { type: 'string' },
  old: { type: 'string' },
  new: { type: 'string' },
  origin: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

interface Options {
  key?: string[]
  checkpoint?: string
  old?: string
  new?: string
  origin?: string
  json?: boolean
}

const COMMANDS: Record<string, { extra: (keyof Options)[]; run: (file: string, o: Options, keys: Keys) => Result }> = {
  checkpoint: { extra: [], run: checkpointCommand },
  inclusion: { extra: ['checkpoint'], run: inclusionCommand },
  consistency: { extra: ['old', 'new'], run: consistencyCommand },
}

/** Runs the command line `argv` (without node and the script); returns the exit status. */
export function main(argv: string[], io: Io = process): number {
  // A cluster-year bundle has its own checks and options (verify-export.ts).
  if (parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false }).positionals[0] === 'export') return exportMain(argv, io)
  let json = false
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true })
    json = values.json === true
    if (values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    const [name, file, ...rest] = positionals
    if (name === 'audit-log') return auditLogMain(argv, io)
    const command = name === undefined ? undefined : COMMANDS[name]
    if (!command) throw new InputError(name === undefined ? 'a command is required' : `unknown command ${JSON.stringify(name)}`)
    if (file === undefined || rest.length > 0) throw new InputError(`${name} takes exactly one file`)
    for (const option of ['checkpoint', 'old', 'new'] as const)
      if (values[option] !== undefined && !command.extra.includes(option)) throw new InputError(`${name} does not take --${option}`)
    return printed(io, command.run(file, values, loadKeys(values.key ?? [])), json, report)
  } catch (err) {
    return unusable(io, err, json)
  }
}

/* Commands */

function checkpointCommand(file: string, o: Options, keys: Keys): Result {
  const c = verifyCheckpoint(checkpointFile(file), keys, o.origin, '')
  const keyIds = c.opened.verifiedBy.map((k) => k.keyId)
  const summary = { origin: c.cp.origin, treeSize: c.cp.size, rootHash: c.cp.root.toString('base64'), rootHex: c.cp.root.toString('hex'), keyIds }
  return { ok: c.checks.every((x) => x.ok), checks: c.checks, checkpoint: summary }
}

function inclusionCommand(file: string, o: Options, keys: Keys): Result {
  const proof = readJson(file)
  if (!isObject(proof.event)) throw new InputError(`${file}: "event" must be the audit event object`)
  const event = proof.event
  const seq = int(event.seq, `${file}: event.seq`)
  const leafIndex = int(proof.leafIndex, `${file}: leafIndex`)
  const treeSize = int(proof.treeSize, `${file}: treeSize`)
  const path = hashList(proof.auditPath, `${file}: auditPath`)
  const source = o.checkpoint !== undefined ? checkpointFile(o.checkpoint) : embedded(proof.checkpoint, `${file}: checkpoint`, '--checkpoint')
  const { cp, checks } = verifyCheckpoint(source, keys, o.origin, '')

  checks.push(check('tree-size', cp.size === treeSize, `checkpoint ${cp.size}, proof ${treeSize}`))
  const proofSeq = proof.seq === undefined ? seq : int(proof.seq, `${file}: seq`)
  checks.push(check('leaf-index', leafIndex === seq - 1 && proofSeq === seq, `leafIndex ${leafIndex}, event.seq ${seq}, proof seq ${proofSeq}`))
  // The leaf is the event exactly as served, in RFC 8785 form: recomputed, never taken from the proof.
  const canonical = attempt(() => canonicalJson(event), `${file}: event`)
  const leaf = leafHash(Buffer.from(canonical, 'utf8'))
  checks.push(claimed('leaf-hash', leaf, proof.leafHash, `${file}: leafHash`, 'recomputed'))
  checks.push(claimed('proof-root', cp.root, proof.rootHash, `${file}: rootHash`, 'signed'))
  // Position seq − 1 is where the event says it is; a wrong leafIndex fails above, not here.
  const included = verifyInclusion(seq - 1, cp.size, leaf, path, cp.root)
  checks.push(check('inclusion', included, `leaf ${seq - 1} in the signed tree of ${cp.size}, ${path.length} path hashes`))
  return { ok: checks.every((x) => x.ok), checks }
}

function consistencyCommand(file: string, o: Options, keys: Keys): Result {
  const proof = readJson(file)
  const from = int(proof.from, `${file}: from`)
  const to = int(proof.to, `${file}: to`)
  const hashes = hashList(proof.proof, `${file}: proof`)
  const oldSource = o.old !== undefined ? checkpointFile(o.old) : embedded(proof.fromCheckpoint, `${file}: fromCheckpoint`, '--old')
  const newSource = o.new !== undefined ? checkpointFile(o.new) : embedded(proof.toCheckpoint, `${file}: toCheckpoint`, '--new')
  const older = verifyCheckpoint(oldSource, keys, o.origin, 'old-')
  const newer = verifyCheckpoint(newSource, keys, o.origin, 'new-')
  const [a, b] = [older.cp, newer.cp]

  const checks = [...older.checks, ...newer.checks]
  checks.push(check('same-origin', a.origin === b.origin, a.origin === b.origin ? a.origin : `${a.origin} ≠ ${b.origin}`))
  checks.push(check('old-size', a.size === from, `checkpoint ${a.size}, proof from ${from}`))
  checks.push(check('new-size', b.size === to, `checkpoint ${b.size}, proof to ${to}`))
  checks.push(claimed('old-root', a.root, proof.fromRoot, `${file}: fromRoot`, 'signed'))
  checks.push(claimed('new-root', b.root, proof.toRoot, `${file}: toRoot`, 'signed'))
  const consistent = verifyConsistency(a.size, b.size, a.root, b.root, hashes)
  checks.push(check('consistency', consistent, `signed tree ${a.size} → ${b.size}, ${hashes.length} proof hashes`))
  return { ok: checks.every((x) => x.ok), checks }
}

/* Checkpoints */

interface Source {
  where: string
  note: string
  /** The checkpoint JSON the note came in, if any: its members are not signed. */
  json?: Record<string, unknown>
}

function verifyCheckpoint(source: Source, keys: Keys, origin: string | undefined, prefix: string) {
  const candidates = keysFor(source.note, keys)
  const opened = attempt(() => openNote(source.note, candidates), `${source.where}: not a signed note`)
  const cp: Checkpoint = attempt(() => parseCheckpoint(opened.text), `${source.where}: not a checkpoint`)
  const by = opened.verifiedBy
  const checks = [
    check(`${prefix}signature`, by.length > 0, by.length > 0 ? `key ${by.map((k) => `${k.keyId} ${k.name}`).join(', ')}` : unverified(opened, candidates)),
  ]
  if (source.json) {
    const j = source.json
    const differ = [
      j.origin !== undefined && j.origin !== cp.origin && `origin ${JSON.stringify(j.origin)}`,
      j.treeSize !== undefined && j.treeSize !== cp.size && `treeSize ${JSON.stringify(j.treeSize)}`,
      j.rootHash !== undefined && j.rootHash !== cp.root.toString('base64') && `rootHash ${JSON.stringify(j.rootHash)}`,
      j.keyId !== undefined && !opened.signatures.some((s) => s.keyId === j.keyId) && `keyId ${JSON.stringify(j.keyId)}`,
    ].filter((x) => x !== false)
    checks.push(
      check(`${prefix}fields`, differ.length === 0, differ.length === 0 ? 'origin, treeSize, rootHash, keyId' : `not as signed: ${differ.join(', ')}`),
    )
  }
  if (origin !== undefined) checks.push(check(`${prefix}origin`, cp.origin === origin, cp.origin === origin ? origin : `${cp.origin}, required ${origin}`))
  return { cp, opened, checks }
}

/** A checkpoint file: the signed note text, or checkpoint JSON holding it in `note`. */
function checkpointFile(file: string): Source {
  const text = readText(file)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { where: file, note: text }
  }
  return embedded(parsed, file, '')
}

function embedded(value: unknown, where: string, option: string): Source {
  if (value == null && option) throw new InputError(`${where} is missing: pass ${option} <file>`)
  if (!isObject(value) || typeof value.note !== 'string') throw new InputError(`${where}: checkpoint JSON needs the signed note in "note"`)
  return { where, note: value.note, json: value }
}

/* Input */

function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new InputError(`${where}: expected an integer`)
  return v
}

function hash(v: unknown, where: string): Buffer {
  const b = hashOf(v)
  if (!b) throw new InputError(`${where}: expected a base64 SHA-256 hash`)
  return b
}

function hashList(v: unknown, where: string): Buffer[] {
  if (!Array.isArray(v)) throw new InputError(`${where}: expected an array of base64 hashes`)
  return v.map((h, i) => hash(h, `${where}[${i}]`))
}

/* Report */

/** A hash the service sent beside the proof, compared with the one recomputed or signed. */
function claimed(name: string, actual: Buffer, sent: unknown, where: string, how: 'recomputed' | 'signed'): Check {
  if (sent === undefined) return check(name, true, `${how} ${actual.toString('base64')}; none sent`)
  const ok = hash(sent, where).equals(actual)
  return check(name, ok, ok ? actual.toString('base64') : `sent ${sent as string}, ${how} ${actual.toString('base64')}`)
}

const LABELS: Record<string, [vi: string, en: string]> = {
  signature: ['Chữ ký hợp lệ', 'signature valid'],
  fields: ['Các trường JSON khớp ghi chú đã ký', 'JSON members match the signed note'],
  origin: ['Đúng nhật ký (origin)', 'origin as required'],
  'same-origin': ['Hai checkpoint cùng một nhật ký', 'both checkpoints are of the same log'],
  'tree-size': ['Kích thước cây khớp checkpoint', 'tree size matches the checkpoint'],
  'leaf-index': ['Vị trí lá đúng (seq − 1)', 'leaf index is seq − 1'],
  'leaf-hash': ['Băm lá tính lại từ sự kiện khớp', 'leaf hash recomputed from the event matches'],
  'proof-root': ['Gốc trong bằng chứng khớp checkpoint', "proof's rootHash matches the checkpoint"],
  inclusion: ['Sự kiện có trong nhật ký đã ký', 'inclusion proof valid: the event is in the signed log'],
  size: ['Kích thước khớp bằng chứng', 'size matches the proof'],
  root: ['Gốc trong bằng chứng khớp checkpoint', "proof's root matches the checkpoint"],
  consistency: ['Nhật ký chỉ được nối thêm', 'consistency proof valid: the log only grew'],
}

function label(name: string): string {
  const m = /^(old|new)-(.*)$/.exec(name)
  const [vi, en] = LABELS[m ? m[2]! : name] ?? [name, name]
  if (!m) return `${vi} / ${en}`
  const [which, whichEn] = m[1] === 'old' ? ['cũ', 'old'] : ['mới', 'new']
  return `Checkpoint ${which}: ${vi.charAt(0).toLowerCase()}${vi.slice(1)} / ${whichEn} checkpoint: ${en}`
}

function report(r: Result): string {
  const lines = r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${label(c.name)} (${c.detail})`)
  if (r.checkpoint) {
    const c = r.checkpoint
    lines.push(
      `  Nhật ký / origin:            ${c.origin}`,
      `  Kích thước cây / tree size:  ${c.treeSize}`,
      `  Gốc / root (base64):         ${c.rootHash}`,
      `  Gốc / root (hex):            ${c.rootHex}`,
      `  Khóa ký / signer key id:     ${c.keyIds.join(', ') || '—'}`,
    )
  }
  const failed = r.checks.filter((c) => !c.ok).map((c) => c.name)
  lines.push(r.ok ? '✓ ĐẠT / PASS' : `✗ KHÔNG ĐẠT / FAIL: ${failed.join(', ')}`)
  return lines.join('\n') + '\n'
}
