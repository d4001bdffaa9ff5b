/**
 * `ctd-verify export bundle.json --key …`: checks a cluster-year bundle (GET
 * /v1/exports/cluster-years/{clusterId}/{year}) offline, trusting nothing but the keys given:
 *
 * - the document: its digest recomputed from the bundle (RFC 8785, hashed as it is read), the
 *   signed note over it, the checkpoint's signature, every event's hash and inclusion proof;
 * - the year: the finalisation input digest recomputed from the raw inputs in the bundle; the
 *   pure domain scoring and ranking re-run on them and compared with the ranking it carries;
 *   award allocation re-run and compared with the proposals; quotas and one award per member;
 *   every decision belongs to a proposal, follows the workflow, and is the one the audit log
 *   recorded.
 *
 * The file is read as a stream (json-stream.ts), once, whatever its size: a bundle can be larger
 * than a string can be. What is kept is what the checks need: the ranking's inputs (the accepted
 * FY values, targets, peer scores, adjustments, tie votes, the scheme), the small records (the
 * cluster-year, members, award types, proposals and decisions, the finalisation, the
 * checkpoint), and per audit event and per ranked member a few fields. Each submission, audit
 * event and ranked member is built alone and let go; revisions, histories and the records the
 * checks do not read are hashed and skipped. The ranking comes before what it is recomputed
 * from, so each ranked member is kept as the sha256 of its canonical JSON and where it is in the
 * file: a member that differs from the re-run is read again from there to say how.
 *
 * Node built-ins, src/lib/tlog and the pure src/domain only (dependency-cruiser rule cli-is-offline).
 */
import { createHash, type Hash } from 'node:crypto'
import { parseArgs } from 'node:util'
import { allocateAwards, checkAwards, type AwardType } from '../domain/awards.ts'
import { canonicalJson, digestOf, sha256Hex } from '../domain/canonical.ts'
import { ALGORITHM_VERSION, canonicalRankingInputs, rankCluster, type Ranking, type RankingInput } from '../domain/ranking.ts'
import type { Scheme } from '../domain/scheme.ts'
import type { Adjustment } from '../domain/scoring.ts'
import { transitionAwardProposal, type AwardProposalAction, type AwardProposalStatus } from '../domain/workflows.ts'
import { parseCheckpoint } from '../lib/tlog/checkpoint.ts'
import { leafHash, verifyInclusion } from '../lib/tlog/merkle.ts'
import { openNote } from '../lib/tlog/note.ts'
import { attempt, check, fileError, InputError, isObject, KEY_USAGE, keysFor, loadKeys, printed, unusable, type Check, type Io, type Keys } from './inputs.ts'
import {
  build,
  Builder,
  bufferSource,
  CanonicalHasher,
  CHUNK_SIZE,
  fileSource,
  hashSorted,
  KEEP,
  readRange,
  SKIP,
  type ByteSource,
  type Each,
  type Fields,
  type Plan,
} from './json-stream.ts'
import { JsonSyntaxError, JsonTokenizer, type JsonHandler } from './json-tokens.ts'

export const BUNDLE_FORMAT = 'ctd-cluster-year-export/1'

export interface ExportResult {
  ok: boolean
  checks: Check[]
  summary?: Record<string, unknown>
}

export const EXPORT_USAGE = `Usage / Cách dùng:
  ctd-verify export <bundle.json> --key <key> [--origin <origin>] [--json]

${KEY_USAGE}  --origin <o>  require this log origin
  --json        print {ok, checks: [{name, ok, detail}], summary}

Exit status: 0 every check passes, 1 a check fails, 2 usage error or unreadable input.
`

/** `ctd-verify export …` (argv without the command word's predecessors: starts with "export"). */
export function exportMain(argv: string[], io: Io): number {
  let json = false
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { key: { type: 'string', multiple: true }, origin: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    })
    json = values.json === true
    if (values.help) {
      io.stdout.write(EXPORT_USAGE)
      return 0
    }
    const [, file, ...rest] = positionals
    if (file === undefined || rest.length > 0) throw new InputError('export takes exactly one file')
    const keys = loadKeys(values.key ?? [])
    return printed(io, verifyBundleFile(file, keys, values.origin), json, report)
  } catch (err) {
    return unusable(io, err, json, 'ctd-verify export --help')
  }
}

/* Reading the document */

type Json = Record<string, unknown>

/** Verifies the bundle document in `file`, read as a stream (`chunkSize` bytes at a time). */
export function verifyBundleFile(file: string, keys: Keys, origin?: string, chunkSize = CHUNK_SIZE): ExportResult {
  let source: ByteSource
  try {
    source = fileSource(file)
  } catch (err) {
    throw fileError(file, err)
  }
  try {
    return verifyBundleSource(source, file, keys, origin, chunkSize)
  } finally {
    source.close()
  }
}

/** Verifies a bundle document in memory (parsed), by the same reading as a file's. */
export function verifyBundleDocument(doc: Json, keys: Keys, origin?: string): ExportResult {
  return verifyBundleSource(bufferSource(Buffer.from(JSON.stringify(doc), 'utf8')), 'the document', keys, origin)
}

export function verifyBundleSource(source: ByteSource, where: string, keys: Keys, origin?: string, chunkSize = CHUNK_SIZE): ExportResult {
  return verifyRead(readBundle(source, where, keys, origin, chunkSize), keys, origin)
}

/** At most a few of many failures in a detail line, and how many there were: all of them are counted, only the first few kept. */
class Failures {
  readonly shown: string[] = []
  count = 0
  push(failure: string): void {
    if (this.shown.length < 8) this.shown.push(failure)
    this.count++
  }
  detail(ok: string): string {
    if (this.count === 0) return ok
    const shown = this.shown.join('; ')
    return this.count > 8 ? `${shown}; … ${this.count - 8} more` : shown
  }
}

function listed(failures: string[], ok: string): string {
  const f = new Failures()
  for (const x of failures) f.push(x)
  return f.detail(ok)
}

/** The checkpoint as read, and what checking it gave (its checks are reported in their place). */
interface CheckpointRead {
  value: unknown
  checks: Check[]
  cp: SignedTree | null
}

/** What was learnt from the audit events, one at a time, checked against `checkpoint` (as it was when they were read). */
interface EventsRead {
  checkpoint: CheckpointRead | undefined
  count: number
  badHash: Failures
  badProof: Failures
  /** Each decision's audit event (award_proposal.<action>: its `after.event`, with the event's seq). */
  logged: Map<string, Json>
  /** Each attachment's upload event (`after`, with the event's seq) and the successor its supersede event names. */
  attachments: Map<string, { uploaded?: Json; supersededBy?: unknown }>
  start: number
  end: number
}

/** A ranked member as read: what it is compared on, and where it is in the file, to read it again if it differs. */
interface RankedRead {
  committeeId: unknown
  code: unknown
  id: string
  /** sha256 of the canonical JSON of the member without its name and award eligibility (what the re-run gives). */
  hash: string | null
  /** What reading its committeeId threw (it is null), thrown where the ranking is compared. */
  error: unknown
  start: number
  end: number
}

/**
 * The bundle's place in the file, and its digest if its bytes are its canonical JSON (members in
 * order, no white space, strings and numbers written as canonicalJson writes them): the bytes are
 * then hashed as they are read. `hex` is null otherwise, and the bundle is read again to hash it.
 */
interface DigestRead {
  hex: string | null
  inOrder: boolean
  start: number
  end: number
}

export interface BundleRead {
  source: ByteSource
  chunkSize: number
  /** The document with the bundle's small parts; the arrays read one element at a time are `STREAMED`. */
  doc: unknown
  digest: DigestRead | null
  checkpoint: CheckpointRead | undefined
  events: EventsRead | undefined
  inputs: InputsFold
  ranked: RankedRead[]
  /** The largest value built whole, in bytes of the file, and where it is. */
  largest: { bytes: number; path: string }
}

/**
 * Reads the document once: builds its small parts, folds the large arrays element by element,
 * and hashes the bundle. Throws an InputError if it is not JSON or not an object.
 */
export function readBundle(source: ByteSource, where: string, keys: Keys, origin: string | undefined, chunkSize = CHUNK_SIZE): BundleRead {
  const read: BundleRead = {
    source,
    chunkSize,
    doc: undefined,
    digest: null,
    checkpoint: undefined,
    events: undefined,
    inputs: new InputsFold(),
    ranked: [],
    largest: { bytes: 0, path: '' },
  }
  const fields = (fields: Record<string, Plan>, other: Plan = SKIP): Fields => ({ kind: 'fields', fields, other })
  const each = (item: Plan, begin: (start: number) => void, one: (value: unknown, start: number, end: number) => void, done?: Each['done']): Each => ({
    kind: 'each',
    item,
    begin,
    each: one,
    done,
  })
  const ranking = fields(
    {
      view: fields(
        {
          members: each(
            KEEP,
            () => (read.ranked = []),
            (m, start, end) => read.ranked.push(rankedRead(m, start, end)),
          ),
        },
        KEEP,
      ),
    },
    KEEP,
  )
  const auditLog = fields({
    checkpoint: { kind: 'keep', done: (c) => (read.checkpoint = checkpointRead(c, keys, origin)) },
    events: each(
      KEEP,
      (start) => (read.events = eventsRead(read.checkpoint, start)),
      (item) => eventRead(read.events!, item),
      (_start, end) => (read.events!.end = end),
    ),
  })
  const bundle = fields({
    formatVersion: KEEP,
    clusterYear: KEEP,
    cluster: KEEP,
    members: KEEP,
    scheme: KEEP,
    adjustments: KEEP,
    tieResolutions: KEEP,
    finalization: KEEP,
    awardProposals: KEEP,
    awardDecisions: KEEP,
    awardTypes: KEEP,
    attachments: KEEP,
    targets: each(
      KEEP,
      () => read.inputs.begin('targets'),
      (t) => read.inputs.target(t),
    ),
    submissions: each(
      // Of a submission, what the ranking's inputs take: not its revisions or history.
      fields({ period: KEEP, status: KEEP, committeeId: KEEP, late: KEEP, values: KEEP }),
      () => read.inputs.begin('submissions'),
      (s) => read.inputs.submission(s),
    ),
    assessments: each(
      fields({ assessorId: KEEP, scores: KEEP }),
      () => read.inputs.begin('assessments'),
      (a) => read.inputs.assessment(a),
    ),
    ranking,
    auditLog,
  })
  const builder = new Builder(fields({ bundle, digest: KEEP, signature: KEEP }), (doc) => (read.doc = doc))
  const reader = new DocumentReader(builder, (digest) => (read.digest = digest))
  try {
    const tokenizer = new JsonTokenizer(reader)
    reader.tokenizer = tokenizer
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, source.size)))
    for (let position = 0, n = 0; position < source.size; position += n) {
      n = source.read(buffer, position)
      if (n === 0) break
      const chunk = buffer.subarray(0, n)
      tokenizer.write(chunk)
      reader.read(chunk, position)
    }
    tokenizer.end()
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new InputError(`${where}: not valid JSON: ${err.message}`)
    if (err instanceof InputError) throw err
    throw fileError(where, err)
  }
  if (!isObject(read.doc)) throw new InputError(`${where}: expected a JSON object`)
  read.largest = builder.largest
  return read
}

/**
 * Hands every token to the builder, and follows the document's `bundle` (an object): where it is,
 * whether its members are in canonical order and its bytes canonical, and their sha256 as they
 * are read (`read`, after each chunk). A second `bundle` member replaces the first, as in
 * JSON.parse.
 */
class DocumentReader implements JsonHandler {
  tokenizer!: JsonTokenizer
  private depth = 0
  private bundleNext = false
  private bundle: {
    start: number
    end: number | null
    hash: Hash
    exact: boolean
    inOrder: boolean
    whitespace: number
    /** The last member name of each open object (null: none yet, or an array). */
    names: (string | null)[]
  } | null = null

  constructor(
    private readonly builder: Builder,
    private readonly done: (digest: DigestRead) => void,
  ) {}

  private get inside() {
    return this.bundle !== null && this.bundle.end === null
  }

  /** After the tokens of `chunk` (at `position` in the file): hashes its bytes of the bundle. */
  read(chunk: Buffer, position: number): void {
    const b = this.bundle
    if (!b) return
    if (b.exact && b.inOrder) {
      const from = Math.max(b.start, position)
      const to = Math.min(b.end ?? Infinity, position + chunk.length)
      if (to > from) b.hash.update(chunk.subarray(from - position, to - position))
    }
    if (b.end === null) return
    const exact = b.exact && b.inOrder
    this.done({ hex: exact ? b.hash.update('}').digest('hex') : null, inOrder: b.inOrder, start: b.start, end: b.end })
    this.bundle = null
  }

  private opened(): void {
    if (this.inside) this.bundle!.names.push(null)
    this.depth++
  }

  private closed(end: number): void {
    this.depth--
    if (!this.inside) return
    const b = this.bundle!
    b.names.pop()
    if (this.depth === 1) {
      b.end = end
      if (this.tokenizer.whitespace !== b.whitespace) b.exact = false
    }
  }

  openObject(start: number): void {
    if (this.depth === 1 && this.bundleNext) {
      const hash = createHash('sha256').update('{"bundle":')
      this.bundle = { start, end: null, hash, exact: true, inOrder: true, whitespace: this.tokenizer.whitespace, names: [] }
    }
    this.opened()
    this.builder.openObject(start)
  }

  closeObject(end: number): void {
    this.closed(end)
    this.builder.closeObject(end)
  }

  openArray(start: number): void {
    this.opened()
    this.builder.openArray(start)
  }

  closeArray(end: number): void {
    this.closed(end)
    this.builder.closeArray(end)
  }

  key(name: string, _start: number, canonical: boolean): void {
    if (this.depth === 1) this.bundleNext = name === 'bundle'
    else if (this.inside) {
      const b = this.bundle!
      const last = b.names[b.names.length - 1]
      if (last != null && !(last < name)) b.inOrder = false
      b.names[b.names.length - 1] = name
      if (!canonical || name.includes('\uFFFD')) b.exact = false
    }
    this.builder.key(name)
  }

  primitive(value: string | number | boolean | null, start: number, end: number, canonical: boolean): void {
    if (this.inside && (!canonical || (typeof value === 'string' && value.includes('\uFFFD')))) this.bundle!.exact = false
    this.builder.primitive(value, start, end)
  }
}

/**
 * The digest recomputed: as read if the bundle's bytes were canonical; else its tokens read again
 * and written canonically, or, if its members were out of order, hashed again in sorted order.
 */
function bundleDigest(read: BundleRead): string {
  const d = read.digest!
  if (d.hex !== null) return d.hex
  const hash = createHash('sha256').update('{"bundle":')
  if (d.inOrder) {
    const hasher = new CanonicalHasher(hash)
    readRange(read.source, hasher, read.chunkSize, d.start, d.end)
    if (hasher.error) throw hasher.error
    hasher.flush()
  } else hashSorted(read.source, hash, d.start, d.end, read.chunkSize)
  return hash.update('}').digest('hex')
}

/** Verifies a bundle document as read; every check is named in the result. */
function verifyRead(read: BundleRead, keys: Keys, origin?: string): ExportResult {
  const doc = read.doc as Json
  const checks: Check[] = []
  const bundle = doc.bundle
  if (!isObject(bundle)) throw new InputError('not a cluster-year bundle: "bundle" is missing')
  checks.push(
    check(
      'format',
      bundle.formatVersion === BUNDLE_FORMAT,
      `${String(bundle.formatVersion)}${bundle.formatVersion === BUNDLE_FORMAT ? '' : `, expected ${BUNDLE_FORMAT}`}`,
    ),
  )

  // The digest: sha256 of {"bundle": …} in canonical form.
  const digest = bundleDigest(read)
  checks.push(check('digest', doc.digest === digest, doc.digest === digest ? digest : `the document says ${String(doc.digest)}, recomputed ${digest}`))

  const cy = obj(bundle.clusterYear, 'bundle.clusterYear')
  checks.push(signatureCheck(doc.signature, keys, cy, digest))

  const log = obj(bundle.auditLog, 'bundle.auditLog')
  const checkpoint = obj(log.checkpoint, 'bundle.auditLog.checkpoint')
  // The checkpoint as it was checked when read, unless another one came after it (a repeated member).
  if (read.checkpoint?.value !== checkpoint) read.checkpoint = checkpointRead(checkpoint, keys, origin)
  checks.push(...read.checkpoint.checks)
  const cp = read.checkpoint.cp
  arr(log.events, 'bundle.auditLog.events')
  // Events read before their checkpoint (members out of canonical order) are read again now that it is known.
  if (read.events!.checkpoint !== read.checkpoint) read.events = eventsReadAgain(read, read.events!)
  const events = read.events!
  checks.push(...eventChecks(events, cp))

  const year = yearChecks(bundle, read)
  checks.push(...year.checks)
  checks.push(attachmentLogCheck(bundle.attachments, events.attachments))
  return {
    ok: checks.every((c) => c.ok),
    checks,
    summary: {
      clusterId: cy.clusterId,
      clusterCode: isObject(bundle.cluster) ? bundle.cluster.code : null,
      clusterName: isObject(bundle.cluster) ? bundle.cluster.name : null,
      year: cy.year,
      status: cy.status,
      members: Array.isArray(bundle.members) ? bundle.members.length : 0,
      rankingFinal: isObject(bundle.ranking) ? bundle.ranking.final : null,
      inputsDigest: year.inputsDigest,
      awards: year.awards,
      events: events.count,
      checkpointSize: cp?.size ?? null,
      digest,
    },
  }
}

function signatureCheck(signature: unknown, keys: Keys, cy: Json, digest: string): Check {
  if (!isObject(signature) || typeof signature.note !== 'string') return check('signature', false, 'no signed note in "signature"')
  const candidates = keysFor(signature.note, keys)
  let opened
  try {
    opened = openNote(signature.note, candidates)
  } catch (err) {
    return check('signature', false, `not a signed note: ${(err as Error).message}`)
  }
  if (opened.verifiedBy.length === 0) {
    const known = opened.signatures.some((s) => candidates.some((k) => k.keyId === s.keyId))
    return check(
      'signature',
      false,
      known
        ? 'the signature does not match the note: altered or forged'
        : `signed only by keys not given: ${opened.signatures.map((s) => `${s.keyId} ${s.name}`).join(', ')}`,
    )
  }
  const lines = opened.text.slice(0, -1).split('\n')
  const wrong = [
    !(lines[0] ?? '').endsWith('/exports/cluster-years') && `first line ${JSON.stringify(lines[0])} is not a cluster-year export's`,
    lines[1] !== `${String(cy.clusterId)} ${String(cy.year)}` &&
      `it signs ${JSON.stringify(lines[1])}, the bundle is ${String(cy.clusterId)} ${String(cy.year)}`,
    lines[2] !== `sha256 ${digest}` && `it signs ${JSON.stringify(lines[2])}, the recomputed digest is ${digest}`,
    signature.keyId !== undefined && !opened.signatures.some((s) => s.keyId === signature.keyId) && `keyId ${JSON.stringify(signature.keyId)} did not sign it`,
  ].filter((x): x is string => typeof x === 'string')
  const by = opened.verifiedBy.map((k) => `${k.keyId} ${k.name}`).join(', ')
  return check('signature', wrong.length === 0, wrong.length === 0 ? `key ${by}` : wrong.join('; '))
}

interface SignedTree {
  size: number
  root: Buffer
}

function checkpointChecks(c: Json, keys: Keys, origin: string | undefined, checks: Check[]): SignedTree | null {
  if (typeof c.note !== 'string') {
    checks.push(check('checkpoint-signature', false, 'the checkpoint has no signed note'))
    return null
  }
  let opened
  let cp
  try {
    opened = openNote(c.note, keysFor(c.note, keys))
    cp = parseCheckpoint(opened.text)
  } catch (err) {
    checks.push(check('checkpoint-signature', false, `not a signed checkpoint: ${(err as Error).message}`))
    return null
  }
  const by = opened.verifiedBy
  checks.push(
    check(
      'checkpoint-signature',
      by.length > 0,
      by.length > 0
        ? `key ${by.map((k) => `${k.keyId} ${k.name}`).join(', ')}, tree size ${cp.size}`
        : 'no given key verifies the checkpoint: altered, forged, or another key',
    ),
  )
  const differ = [
    c.origin !== cp.origin && `origin ${JSON.stringify(c.origin)}`,
    c.treeSize !== cp.size && `treeSize ${JSON.stringify(c.treeSize)} (signed ${cp.size})`,
    c.rootHash !== cp.root.toString('base64') && `rootHash ${JSON.stringify(c.rootHash)}`,
    !opened.signatures.some((s) => s.keyId === c.keyId) && `keyId ${JSON.stringify(c.keyId)}`,
  ].filter((x): x is string => typeof x === 'string')
  checks.push(
    check('checkpoint-fields', differ.length === 0, differ.length === 0 ? 'origin, treeSize, rootHash, keyId' : `not as signed: ${differ.join(', ')}`),
  )
  if (origin !== undefined) checks.push(check('origin', cp.origin === origin, cp.origin === origin ? origin : `${cp.origin}, required ${origin}`))
  return by.length > 0 ? { size: cp.size, root: cp.root } : null
}

function checkpointRead(value: unknown, keys: Keys, origin: string | undefined): CheckpointRead {
  const checks: Check[] = []
  return { value, checks, cp: isObject(value) ? checkpointChecks(value, keys, origin, checks) : null }
}

function eventsRead(checkpoint: CheckpointRead | undefined, start: number): EventsRead {
  return { checkpoint, count: 0, badHash: new Failures(), badProof: new Failures(), logged: new Map(), attachments: new Map(), start, end: start }
}

/** One audit event ({event, leafIndex, auditPath}): its hash, its proof against the checkpoint (if one was verified), and a decision it records. */
function eventRead(read: EventsRead, item: unknown): void {
  const i = read.count++
  const cp = read.checkpoint?.cp ?? null
  const e = isObject(item) && isObject(item.event) ? item.event : null
  if (e && e.entityType === 'award_proposal' && isObject(e.after) && isObject(e.after.event))
    read.logged.set(str(e.after.event.id), { ...e.after.event, seq: e.seq })
  if (e && e.entityType === 'attachment' && isObject(e.after)) {
    const logged = read.attachments.get(str(e.entityId)) ?? {}
    if (e.action === 'attachment.uploaded') logged.uploaded = { ...e.after, seq: e.seq }
    if (e.action === 'attachment.superseded') logged.supersededBy = e.after.supersededBy
    read.attachments.set(str(e.entityId), logged)
  }

  const where = `events[${i}]`
  if (!isObject(item) || !isObject(item.event) || !Array.isArray(item.auditPath)) return read.badProof.push(`${where}: not {event, leafIndex, auditPath}`)
  const event = item.event
  const seq = event.seq
  const name = `seq ${String(seq)}`
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return read.badProof.push(`${where}: no valid seq`)
  // Its chain hash: sha256(prevHash ‖ canonical JSON of the event without its hash).
  const { hash, ...chained } = event
  const recomputed = typeof event.prevHash === 'string' ? sha256Hex(event.prevHash + canonicalJson(chained)) : null
  if (recomputed !== hash)
    read.badHash.push(`${name} (${String(event.action)}): hash ${String(hash).slice(0, 12)}… ≠ recomputed ${String(recomputed).slice(0, 12)}…`)
  if (!cp) return
  if (item.leafIndex !== seq - 1) read.badProof.push(`${name}: leafIndex ${String(item.leafIndex)} ≠ seq − 1`)
  if (seq > cp.size) return read.badProof.push(`${name}: beyond the checkpoint's tree of ${cp.size}`)
  const path = item.auditPath.map((h) => (typeof h === 'string' ? Buffer.from(h, 'base64') : Buffer.alloc(0)))
  if (!verifyInclusion(seq - 1, cp.size, leafHash(Buffer.from(canonicalJson(event), 'utf8')), path, cp.root)) {
    read.badProof.push(`${name} (${String(event.action)} ${String(event.entityType)} ${String(event.entityId)}): not in the signed tree of ${cp.size}`)
  }
}

/** The events read again from the file, against the checkpoint now known. */
function eventsReadAgain(read: BundleRead, before: EventsRead): EventsRead {
  const again = eventsRead(read.checkpoint, before.start)
  build(read.source, { kind: 'each', item: KEEP, each: (item) => eventRead(again, item) }, read.chunkSize, before.start, before.end)
  again.end = before.end
  return again
}

function eventChecks(events: EventsRead, cp: SignedTree | null): Check[] {
  return [
    check('event-hashes', events.badHash.count === 0, events.badHash.detail(`${events.count} events`)),
    cp
      ? check('inclusion', events.badProof.count === 0, events.badProof.detail(`${events.count} events in the signed tree of ${cp.size}`))
      : check('inclusion', false, 'no verified checkpoint to prove the events against'),
  ]
}

/* The year re-run */

const str = (v: unknown) => (typeof v === 'string' ? v : String(v))

type Section = 'targets' | 'submissions' | 'assessments'

/**
 * The ranking's inputs that come in large arrays (targets, FY values, peer scores), folded one
 * element at a time as the service gathers them (modules/ranking/inputs.ts). What an element
 * throws is kept, the first of each array, and thrown where the inputs are put together.
 */
export class InputsFold {
  targets: Record<string, Record<string, string>> = {}
  fyValues: NonNullable<RankingInput['fyValues']> = {}
  assessments: Record<string, Record<string, Record<string, string>>> = {}
  readonly errors: Partial<Record<Section, unknown>> = {}

  /** An array begins (again, if its member is repeated: the last one counts). */
  begin(section: Section): void {
    delete this.errors[section]
    if (section === 'targets') this.targets = {}
    else if (section === 'submissions') this.fyValues = {}
    else this.assessments = {}
  }

  private fold(section: Section, f: () => void): void {
    if (section in this.errors) return
    try {
      f()
    } catch (err) {
      this.errors[section] = err
    }
  }

  target(t: unknown): void {
    this.fold('targets', () => {
      const target = t as Json
      ;(this.targets[str(target.committeeId)] ??= {})[str(target.criterionCode)] = str(target.value)
    })
  }

  submission(v: unknown): void {
    this.fold('submissions', () => {
      const s = v as Json
      if (s.period !== 'FY' || s.status !== 'accepted') return
      const entry = (this.fyValues[str(s.committeeId)] ??= { values: {}, late: s.late === true })
      for (const v of arr(s.values, 'bundle.submissions[].values') as Json[]) entry.values[str(v.indicatorCode)] = str(v.officialValue ?? v.value)
    })
  }

  assessment(v: unknown): void {
    this.fold('assessments', () => {
      const a = v as Json
      const byTarget = (this.assessments[str(a.assessorId)] ??= {})
      for (const s of arr(a.scores, 'bundle.assessments[].scores') as Json[]) (byTarget[str(s.targetId)] ??= {})[str(s.criterionCode)] = str(s.score)
    })
  }

  /** What an array's elements threw, if anything. */
  rethrow(section: Section): void {
    if (section in this.errors) throw this.errors[section]
  }
}

/** The ranking's inputs from the bundle's raw records (a whole bundle in memory), as the service gathers them. */
export function rankingInputOf(bundle: Json): RankingInput {
  const fold = new InputsFold()
  if (Array.isArray(bundle.targets)) for (const t of bundle.targets as unknown[]) fold.target(t)
  if (Array.isArray(bundle.submissions)) for (const s of bundle.submissions as unknown[]) fold.submission(s)
  if (Array.isArray(bundle.assessments)) for (const a of bundle.assessments as unknown[]) fold.assessment(a)
  return inputOf(bundle, fold)
}

/** The ranking's inputs: the bundle's small records, and the large arrays as folded. */
function inputOf(bundle: Json, fold: InputsFold): RankingInput {
  const scheme = obj(bundle.scheme, 'bundle.scheme').scheme as Scheme
  const members = arr(bundle.members, 'bundle.members').map((m) => {
    const member = obj(m, 'bundle.members[]')
    return { committeeId: str(member.committeeId), code: str(member.rankedAs ?? member.code ?? member.name) }
  })
  arr(bundle.targets, 'bundle.targets')
  fold.rethrow('targets')
  arr(bundle.submissions, 'bundle.submissions')
  fold.rethrow('submissions')
  arr(bundle.assessments, 'bundle.assessments')
  fold.rethrow('assessments')
  const adjustments: Adjustment[] = (arr(bundle.adjustments, 'bundle.adjustments') as Json[])
    .filter((a) => a.withdrawnAt === null || a.withdrawnAt === undefined)
    .map((a) => {
      const base = { id: str(a.id), committeeId: str(a.committeeId), reason: str(a.reason) }
      if (a.type === 'manual') return { type: 'manual', ...base, criterionCode: str(a.criterionCode), points: str(a.points) }
      if (a.type === 'disqualification') return { type: 'disqualification', ...base }
      return { type: a.type as 'bonus' | 'penalty', ...base, points: str(a.points) }
    })
  const tieResolutions = (arr(bundle.tieResolutions, 'bundle.tieResolutions') as Json[]).map((t) => ({
    id: str(t.id),
    order: t.orderedCommitteeIds as string[],
    reason: str(t.reason),
    ...(t.tally ? { tally: t.tally as Record<string, string | number> } : {}),
    recordedAt: str(t.recordedAt),
  }))
  const { targets, fyValues, assessments } = fold
  return { scheme, members, targets, fyValues, assessments, adjustments, tieResolutions }
}

/** What a member's entry in the ranking is compared on (the view adds its name and eligibility per rule). */
const RANKED_KEYS = [
  'committeeId',
  'code',
  'rank',
  'tied',
  'total',
  'standard',
  'bonus',
  'penalty',
  'groupPoints',
  'classification',
  'eligibility',
  'tieResolution',
  'extraBonus',
  'extraPenalty',
  'disqualifications',
  'missing',
] as const

/** A member of the ranking the bundle carries, as kept: its fields for the order, and the hash of what is compared with the re-run. */
function rankedRead(m: unknown, start: number, end: number): RankedRead {
  let committeeId: unknown
  try {
    committeeId = (m as Json).committeeId
  } catch (error) {
    return { committeeId: undefined, code: undefined, id: '', hash: null, error, start, end }
  }
  const member = m as Json
  let hash: string | null = null
  try {
    const { name: _n, awardEligibility: _e, ...rest } = member
    hash = sha256Hex(canonicalJson(rest))
  } catch {
    // Compared in full when read again, which says what is wrong with it.
  }
  return { committeeId, code: member.code, id: str(committeeId), hash, error: undefined, start, end }
}

/** How a ranked member differs from the re-run (nothing if it does not): field by field, criterion by criterion, else its explanation. */
function memberDiff(m: Json, r: Ranking['members'][number]): string[] {
  const out: string[] = []
  const who = `${r.code}`
  const recomputed = r as unknown as Json
  for (const key of RANKED_KEYS) {
    if (canonicalJson(m[key] ?? null) !== canonicalJson(recomputed[key] ?? null)) {
      out.push(`${who}: ${key} ${canonicalJson(m[key] ?? null)} ≠ recomputed ${canonicalJson(recomputed[key] ?? null)}`)
    }
  }
  const lines = new Map((Array.isArray(m.lines) ? (m.lines as Json[]) : []).map((l) => [str(l.criterionCode), l]))
  for (const line of r.lines) {
    const l = lines.get(line.criterionCode)
    if (!l) out.push(`${who}: criterion ${line.criterionCode} is missing`)
    else if (canonicalJson(l) !== canonicalJson(line))
      out.push(
        `${who}: criterion ${line.criterionCode} points ${str(l.points)} ≠ recomputed ${line.points}${canonicalJson(l.inputs ?? null) !== canonicalJson((line as unknown as Json).inputs ?? null) ? ' (its inputs differ)' : ''}`,
      )
  }
  // Anything else of the member (its explanations): compared whole.
  const { name: _n, awardEligibility: _e, ...rest } = m
  if (out.length === 0 && canonicalJson(rest) !== canonicalJson(r)) out.push(`${who}: its explanation differs from the recomputed one`)
  return out
}

/**
 * The ranking the bundle carries against the re-run, member by member: a member whose hash is the
 * re-run's is equal; one that differs is read again from the file to say how.
 */
function compareRanking(view: Json, read: BundleRead, recomputed: Ranking): string[] {
  const out: string[] = []
  arr(view.members, 'bundle.ranking.view.members')
  const members = read.ranked
  if (members.length !== recomputed.members.length) out.push(`${members.length} members ranked, recomputed ${recomputed.members.length}`)
  const broken = members.find((m) => m.error !== undefined)
  if (broken) throw broken.error
  const byId = new Map(members.map((m) => [m.id, m]))
  recomputed.members.forEach((r, i) => {
    const at = members[i]
    if (at && at.committeeId !== r.committeeId)
      out.push(`position ${i + 1}: ${str(at.code)} (${str(at.committeeId)}) is listed, recomputed ${r.code} (${r.committeeId})`)
    const m = byId.get(r.committeeId)
    if (!m) return void out.push(`${r.code} (${r.committeeId}) is missing from the ranking`)
    if (m.hash !== null && m.hash === sha256Hex(canonicalJson(r))) return
    out.push(...memberDiff(build(read.source, KEEP, read.chunkSize, m.start, m.end) as Json, r))
  })
  return out
}

function yearChecks(bundle: Json, read: BundleRead): { checks: Check[]; inputsDigest: string | null; awards: number } {
  const checks: Check[] = []
  const finalization = bundle.finalization
  const ranking = bundle.ranking
  if (!isObject(bundle.scheme) || !isObject(ranking)) {
    checks.push(check('ranking', true, 'the year has no scheme yet: nothing to re-run'))
    return { checks, inputsDigest: null, awards: 0 }
  }
  const input = attempt(() => inputOf(bundle, read.inputs), 'the bundle')
  const inputsDigest = digestOf(canonicalRankingInputs(input))
  const view = obj(ranking.view, 'bundle.ranking.view')
  if (isObject(finalization)) {
    const ok = finalization.inputsDigest === inputsDigest
    checks.push(
      check('inputs-digest', ok, ok ? inputsDigest : `finalised with ${str(finalization.inputsDigest)}, recomputed from the bundle's inputs ${inputsDigest}`),
    )
    const version = finalization.algorithmVersion === ALGORITHM_VERSION
    checks.push(
      check('algorithm', version, version ? ALGORITHM_VERSION : `finalised by ${str(finalization.algorithmVersion)}; this verifier runs ${ALGORITHM_VERSION}`),
    )
    if (ranking.final !== true || view.inputsDigest !== finalization.inputsDigest)
      checks.push(check('ranking-frozen', false, 'the year is finalised but the ranking is not the frozen one of that digest'))
  } else {
    const ok = view.inputsDigest === inputsDigest
    checks.push(
      check('inputs-digest', ok, ok ? `${inputsDigest} (live ranking)` : `the live ranking says ${str(view.inputsDigest)}, recomputed ${inputsDigest}`),
    )
  }
  let recomputed: Ranking
  try {
    recomputed = rankCluster(input)
  } catch (err) {
    checks.push(check('ranking', false, `the inputs cannot be ranked: ${(err as Error).message}`))
    return { checks, inputsDigest, awards: 0 }
  }
  const diff = compareRanking(view, read, recomputed)
  checks.push(
    check(
      'ranking',
      diff.length === 0,
      listed(diff, `${recomputed.members.length} members, ${ranking.final === true ? 'frozen' : 'live'} ranking re-run and equal`),
    ),
  )

  const proposals = arr(bundle.awardProposals, 'bundle.awardProposals') as Json[]
  const decisions = arr(bundle.awardDecisions, 'bundle.awardDecisions') as Json[]
  if (ranking.final === true) {
    const scheme = input.scheme
    const awardTypes: AwardType[] = (arr(bundle.awardTypes, 'bundle.awardTypes') as Json[]).map((t) => ({
      code: str(t.code),
      precedence: Number(t.precedence),
    }))
    if (proposals.length > 0) {
      const allocation = attempt(
        () => allocateAwards({ ranking: { members: recomputed.members }, awardRules: scheme.awardRules, awardTypes, memberCount: recomputed.members.length }),
        'award allocation',
      )
      const want = new Map(allocation.allocations.map((a) => [a.committeeId, a.awardTypeCode]))
      const have = new Map(proposals.map((p) => [str(p.committeeId), str(p.awardTypeCode)]))
      const code = new Map(recomputed.members.map((m) => [m.committeeId, m.code]))
      const wrong: string[] = []
      for (const [id, type] of have)
        if (want.get(id) !== type) wrong.push(`${code.get(id) ?? id}: proposed ${type}, allocation gives ${want.get(id) ?? 'none'}`)
      for (const [id, type] of want) if (!have.has(id)) wrong.push(`${code.get(id) ?? id}: allocation gives ${type}, no proposal`)
      checks.push(check('awards', wrong.length === 0, listed(wrong, `${proposals.length} proposals as the allocation re-run gives them`)))
    }
    const approved = proposals.filter((p) => p.status === 'approved').map((p) => ({ committeeId: str(p.committeeId), awardTypeCode: str(p.awardTypeCode) }))
    const violations = checkAwards({
      awards: approved,
      awardRules: scheme.awardRules,
      memberCount: recomputed.members.length,
      ranking: { members: recomputed.members },
    })
    checks.push(
      check(
        'quotas',
        violations.length === 0,
        listed(
          violations.map((v) => `${v.code}: ${v.message}`),
          `${approved.length} approved awards within the rules`,
        ),
      ),
    )
  }
  const perMember = new Map<string, number>()
  for (const p of proposals) perMember.set(str(p.committeeId), (perMember.get(str(p.committeeId)) ?? 0) + 1)
  const twice = [...perMember].filter(([, n]) => n > 1).map(([id, n]) => `${id} has ${n} proposals`)
  checks.push(check('one-award-per-member', twice.length === 0, listed(twice, `${perMember.size} members, at most one proposal each`)))
  checks.push(decisionChecks(proposals, decisions))
  checks.push(decisionLogCheck(decisions, read.events!.logged))
  return { checks, inputsDigest, awards: proposals.filter((p) => p.status === 'approved').length }
}

function decisionChecks(proposals: Json[], decisions: Json[]): Check {
  const wrong: string[] = []
  const status = new Map<string, AwardProposalStatus>(proposals.map((p) => [str(p.id), 'draft']))
  for (const d of decisions) {
    const id = str(d.proposalId)
    const current = status.get(id)
    if (current === undefined) {
      wrong.push(`decision ${str(d.id)} (${str(d.action)} ${str(d.decisionNumber)}) belongs to no proposal of the bundle (${id})`)
      continue
    }
    try {
      status.set(id, transitionAwardProposal(current, d.action as AwardProposalAction))
    } catch {
      wrong.push(`proposal ${id}: ${str(d.action)} is not allowed after ${current}`)
      continue
    }
    if (d.action !== 'submit' && (typeof d.decisionNumber !== 'string' || !d.decisionNumber.trim() || typeof d.decisionDate !== 'string'))
      wrong.push(`decision ${str(d.id)} (${str(d.action)}) has no number or date`)
  }
  for (const p of proposals) {
    const replayed = status.get(str(p.id))
    if (replayed !== p.status) wrong.push(`proposal ${str(p.id)} is ${str(p.status)}, its decisions lead to ${String(replayed)}`)
  }
  return check('decisions', wrong.length === 0, listed(wrong, `${decisions.length} decisions, each of a proposal, in workflow order`))
}

const DECISION_FIELDS = ['id', 'proposalId', 'action', 'decisionNumber', 'decisionDate', 'signer', 'reason', 'evidence', 'at', 'actorKeyId'] as const

/** Each decision is the one the audit log recorded (award_proposal.<action>, its `after.event`, collected as the events were read). */
function decisionLogCheck(decisions: Json[], logged: Map<string, Json>): Check {
  const wrong: string[] = []
  for (const d of decisions) {
    const e = logged.get(str(d.id))
    if (!e) {
      wrong.push(`decision ${str(d.id)} (${str(d.action)} ${str(d.decisionNumber)}) has no audit event`)
      continue
    }
    for (const f of DECISION_FIELDS) {
      if (canonicalJson(d[f] ?? null) !== canonicalJson(e[f] ?? null))
        wrong.push(
          `decision ${str(d.id)} (${str(d.action)}): ${f} ${canonicalJson(d[f] ?? null)}, the audit event seq ${str(e.seq)} says ${canonicalJson(e[f] ?? null)}`,
        )
    }
  }
  return check('decisions-logged', wrong.length === 0, listed(wrong, `${decisions.length} decisions as the audit log recorded them`))
}

const ATTACHMENT_FIELDS = ['kind', 'ownerId', 'fileName', 'contentType', 'size', 'sha256', 'uploadedBy', 'uploadedAt', 'supersedes'] as const

/**
 * Each attached document listed is the one the audit log recorded: its upload event names the same
 * digest, size, owner and name, and its successor is the one its supersede event named. (A bundle
 * made before attachments existed lists none.) The bytes are not in the bundle: the sha256 here is
 * what a copy of a document is checked against.
 */
function attachmentLogCheck(attached: unknown, logged: EventsRead['attachments']): Check {
  if (attached === undefined) return check('attachments-logged', true, 'the bundle lists no attachments')
  const wrong: string[] = []
  const items = arr(attached, 'bundle.attachments') as Json[]
  for (const a of items) {
    const name = `attachment ${str(a.id)} (${str(a.kind)} ${str(a.fileName)})`
    const e = logged.get(str(a.id))
    if (!e?.uploaded) {
      wrong.push(`${name} has no upload event`)
      continue
    }
    for (const f of ATTACHMENT_FIELDS) {
      if (canonicalJson(a[f] ?? null) !== canonicalJson(e.uploaded[f] ?? null))
        wrong.push(`${name}: ${f} ${canonicalJson(a[f] ?? null)}, the audit event seq ${str(e.uploaded.seq)} says ${canonicalJson(e.uploaded[f] ?? null)}`)
    }
    if (canonicalJson(a.supersededBy ?? null) !== canonicalJson(e.supersededBy ?? null))
      wrong.push(`${name}: superseded by ${canonicalJson(a.supersededBy ?? null)}, the audit log says ${canonicalJson(e.supersededBy ?? null)}`)
  }
  return check('attachments-logged', wrong.length === 0, listed(wrong, `${items.length} attachments, each with the digest its audit event recorded`))
}

/* Input */

function obj(v: unknown, where: string): Json {
  if (!isObject(v)) throw new InputError(`${where}: expected an object`)
  return v
}

function arr(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new InputError(`${where}: expected an array`)
  return v
}

/* Report */

const LABELS: Record<string, [vi: string, en: string]> = {
  format: ['Định dạng gói xuất', 'bundle format'],
  digest: ['Mã băm (digest) tính lại khớp', 'digest recomputed from the bundle matches'],
  signature: ['Chữ ký của gói hợp lệ', "the bundle's signature is valid"],
  'checkpoint-signature': ['Chữ ký checkpoint hợp lệ', "the checkpoint's signature is valid"],
  'checkpoint-fields': ['Các trường checkpoint khớp ghi chú đã ký', "the checkpoint's members match its signed note"],
  origin: ['Đúng nhật ký (origin)', 'origin as required'],
  'event-hashes': ['Băm từng sự kiện nhật ký khớp', 'every audit event hash recomputes'],
  inclusion: ['Mọi sự kiện có trong nhật ký đã ký', 'every audit event is in the signed log (inclusion proofs)'],
  'inputs-digest': ['Mã băm dữ liệu đầu vào khi chốt tính lại khớp', 'finalisation input digest recomputed from the inputs matches'],
  algorithm: ['Phiên bản thuật toán xếp hạng', 'ranking algorithm version'],
  'ranking-frozen': ['Bảng xếp hạng là bản đã chốt', 'the ranking is the frozen one'],
  ranking: ['Chấm điểm và xếp hạng tính lại khớp', 'scoring and ranking re-run match'],
  awards: ['Phân bổ khen thưởng tính lại khớp đề nghị', 'award allocation re-run matches the proposals'],
  quotas: ['Khen thưởng đã duyệt đúng chỉ tiêu và điều kiện', 'approved awards within quotas and rules'],
  'one-award-per-member': ['Mỗi thành viên tối đa một đề nghị', 'at most one award proposal per member'],
  decisions: ['Mọi quyết định thuộc một đề nghị, đúng trình tự', 'every decision belongs to a proposal, in workflow order'],
  'decisions-logged': ['Quyết định khớp nhật ký kiểm toán', 'decisions match the audit log'],
  'attachments-logged': ['Hồ sơ đính kèm khớp mã băm trong nhật ký kiểm toán', 'attachments match the digests in the audit log'],
}

const label = (name: string) => {
  const [vi, en] = LABELS[name] ?? [name, name]
  return `${vi} / ${en}`
}

export function report(r: ExportResult): string {
  const s = r.summary ?? {}
  const lines = [
    `Cụm / cluster:              ${str(s.clusterCode)} ${str(s.clusterName)}`,
    `Năm / year:                 ${str(s.year)} (${str(s.status)})`,
    `Thành viên / members:       ${str(s.members)}`,
    `Xếp hạng / ranking:         ${s.rankingFinal === true ? 'đã chốt / final' : s.rankingFinal === false ? 'tạm tính / live' : '—'}`,
    `Khen thưởng đã duyệt / approved awards: ${str(s.awards)}`,
    `Sự kiện nhật ký / audit events: ${str(s.events)} (checkpoint ${str(s.checkpointSize)})`,
    `Mã băm / digest:            ${str(s.digest)}`,
    '',
    ...r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${label(c.name)} (${c.detail})`),
  ]
  const failed = r.checks.filter((c) => !c.ok).map((c) => c.name)
  lines.push(r.ok ? '✓ ĐẠT / PASS' : `✗ KHÔNG ĐẠT / FAIL: ${failed.join(', ')}`)
  return lines.join('\n') + '\n'
}
