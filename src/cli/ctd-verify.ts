/**
 * ctd-verify: checks offline what the audit log's endpoints serve — a signed checkpoint, an
 * inclusion proof for one event, a consistency proof between two checkpoints — trusting nothing
 * but the verifier keys it is given. Every hash compared with a signed root is recomputed here;
 * the hashes the service sends alongside (leafHash, rootHash, fromRoot, toRoot, a checkpoint
 * JSON's members) are only compared with what was recomputed or signed, and a difference fails.
 * Node built-ins, src/lib/tlog and canonical JSON only (dependency-cruiser rule cli-is-offline).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { canonicalJson } from '../domain/canonical.ts'
import { parseCheckpoint, type Checkpoint } from '../lib/tlog/checkpoint.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../lib/tlog/merkle.ts'
import { openNote, parseVerifierKey, verifierKeyOf, type OpenedNote, type VerifierKey } from '../lib/tlog/note.ts'
import { exportMain } from './verify-export.ts'
import { AUDIT_LOG_USAGE, auditLogMain } from './verify-audit-log.ts'

export interface Io {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export interface Check {
  name: string
  ok: boolean
  detail: string
}

interface Result {
  ok: boolean
  checks: Check[]
  /** What the `checkpoint` command read from the signed note. */
  checkpoint?: { origin: string; treeSize: number; rootHash: string; rootHex: string; keyIds: string[] }
}

/** Unusable arguments or input: exit 2 with this message. */
class InputError extends Error {}

const USAGE = `Usage / Cách dùng:
  ctd-verify checkpoint <file> --key <key> [--origin <origin>] [--json]
  ctd-verify inclusion <proof.json> --key <key> [--checkpoint <file>] [--origin <origin>] [--json]
  ctd-verify consistency <proof.json> --key <key> [--old <file>] [--new <file>] [--origin <origin>] [--json]
  ctd-verify export <bundle.json> --key <key> [--origin <origin>] [--json]   (ctd-verify export --help)
${AUDIT_LOG_USAGE}
  <file>, --checkpoint, --old, --new
                a signed checkpoint note (Accept: text/plain) or checkpoint JSON; without them
                the checkpoints embedded in the proof are used
  --key <key>   a verifier key <name>+<key id>+<base64>, or a file of them (one a line, # comments),
                or the JSON of GET /v1/audit-log/keys; may be repeated; one known key must sign
  --origin <o>  require this origin (the log's name)
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

const COMMANDS: Record<string, { extra: (keyof Options)[]; run: (file: string, o: Options, keys: VerifierKey[]) => Result }> = {
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
    const result = command.run(file, values, loadKeys(values.key ?? []))
    io.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : report(result))
    return result.ok ? 0 : 1
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (json) io.stdout.write(JSON.stringify({ ok: false, error: message }) + '\n')
    io.stderr.write(`ctd-verify: ${message}\nctd-verify --help for usage.\n`)
    return 2
  }
}

/* Commands */

function checkpointCommand(file: string, o: Options, keys: VerifierKey[]): Result {
  const c = verifyCheckpoint(checkpointFile(file), keys, o.origin, '')
  const keyIds = c.opened.verifiedBy.map((k) => k.keyId)
  const summary = { origin: c.cp.origin, treeSize: c.cp.size, rootHash: c.cp.root.toString('base64'), rootHex: c.cp.root.toString('hex'), keyIds }
  return { ok: c.checks.every((x) => x.ok), checks: c.checks, checkpoint: summary }
}

function inclusionCommand(file: string, o: Options, keys: VerifierKey[]): Result {
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

function consistencyCommand(file: string, o: Options, keys: VerifierKey[]): Result {
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

function verifyCheckpoint(source: Source, keys: VerifierKey[], origin: string | undefined, prefix: string) {
  const opened = attempt(() => openNote(source.note, keys), `${source.where}: not a signed note`)
  const cp: Checkpoint = attempt(() => parseCheckpoint(opened.text), `${source.where}: not a checkpoint`)
  const by = opened.verifiedBy
  const checks = [
    check(`${prefix}signature`, by.length > 0, by.length > 0 ? `key ${by.map((k) => `${k.keyId} ${k.name}`).join(', ')}` : unverified(opened, keys)),
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

/** Why no given key verified a note: a known key's signature that fails means the note was altered. */
function unverified(opened: OpenedNote, keys: VerifierKey[]): string {
  const known = opened.signatures.find((s) => keys.some((k) => k.name === s.name && k.keyId === s.keyId))
  if (known) return `the signature of key ${known.keyId} does not match the note: altered or forged`
  return `signed only by keys not given: ${opened.signatures.map((s) => `${s.keyId} ${s.name}`).join(', ')}`
}

/** A checkpoint file: the signed note text, or checkpoint JSON holding it in `note`. */
function checkpointFile(file: string): Source {
  const text = read(file)
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

/* Keys */

const KEY_LIKE = /^[^\s+]+\+[0-9a-fA-F]{8}\+\S+$/

function loadKeys(specs: string[]): VerifierKey[] {
  if (specs.length === 0) throw new InputError('--key is required: a verifier key, or a file of them')
  return specs.flatMap((spec) => {
    if (KEY_LIKE.test(spec)) return [attempt(() => parseVerifierKey(spec), `--key ${spec}`)]
    const text = read(spec, `--key ${spec}: neither a verifier key nor a readable file`)
    const keys = text.trimStart().startsWith('{') ? keysFromJson(text, spec) : keysFromLines(text, spec)
    if (keys.length === 0) throw new InputError(`${spec}: no keys`)
    return keys
  })
}

/** The JSON of GET /v1/audit-log/keys. */
function keysFromJson(text: string, file: string): VerifierKey[] {
  const doc = parseJson(text, file)
  if (!Array.isArray(doc.items)) throw new InputError(`${file}: expected {"items": [...]} as GET /v1/audit-log/keys serves it`)
  return doc.items.map((item: unknown, i) => {
    const where = `${file}: items[${i}]`
    if (!isObject(item)) throw new InputError(`${where} is not an object`)
    const key =
      typeof item.verifierKey === 'string'
        ? attempt(() => parseVerifierKey(item.verifierKey as string), where)
        : attempt(() => verifierKeyOf(String(item.name), Buffer.from(String(item.publicKey), 'base64')), where)
    // Both forms present must name the same key, or the document contradicts itself.
    if (typeof item.publicKey === 'string' && item.publicKey !== key.publicKey.toString('base64'))
      throw new InputError(`${where}: publicKey and verifierKey differ`)
    return key
  })
}

function keysFromLines(text: string, file: string): VerifierKey[] {
  return text.split('\n').flatMap((line, i) => {
    const spec = line.replace(/(^|\s)#.*$/, '').trim()
    return spec ? [attempt(() => parseVerifierKey(spec), `${file}:${i + 1}`)] : []
  })
}

/* Input */

function read(file: string, message = file): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    throw new InputError(`${message}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
}

function readJson(file: string): Record<string, unknown> {
  return parseJson(read(file), file)
}

function parseJson(text: string, file: string): Record<string, unknown> {
  const value = attempt(() => JSON.parse(text) as unknown, `${file}: not valid JSON`)
  if (!isObject(value)) throw new InputError(`${file}: expected a JSON object`)
  return value
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new InputError(`${where}: expected an integer`)
  return v
}

function hash(v: unknown, where: string): Buffer {
  const b = typeof v === 'string' ? Buffer.from(v, 'base64') : undefined
  if (!b || b.length !== 32 || b.toString('base64') !== v) throw new InputError(`${where}: expected a base64 SHA-256 hash`)
  return b
}

function hashList(v: unknown, where: string): Buffer[] {
  if (!Array.isArray(v)) throw new InputError(`${where}: expected an array of base64 hashes`)
  return v.map((h, i) => hash(h, `${where}[${i}]`))
}

/** Runs a parser of the library, turning its error into an input error that says where. */
function attempt<T>(f: () => T, where: string): T {
  try {
    return f()
  } catch (err) {
    throw new InputError(`${where}: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/* Report */

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail })

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
