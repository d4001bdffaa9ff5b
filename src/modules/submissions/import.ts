import type { SQL } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client.ts'
import { isUniqueViolation, pgErrorOf } from '../../db/constraints.ts'
import { inputWindow } from '../../domain/cluster-year.ts'
import { DomainError } from '../../domain/errors.ts'
import {
  COMMITTEE_COLUMNS,
  committeeKeyOf,
  fieldText,
  IMPORT_COLUMNS,
  parseImportRow,
  REQUIRED_COLUMNS,
  storableText,
  type ImportColumn,
  type ImportRowInput,
  type ParsedImportRow,
} from '../../domain/import.ts'
import type { IndicatorRule } from '../../domain/indicators.ts'
import { checkReportedValue } from '../../domain/submission-values.ts'
import { assertSubmissionEditable, PERIODS, type Period, type SubmissionStatus } from '../../domain/workflows.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { turnTaker } from '../../lib/turns.ts'
import type { Principal } from '../../plugins/auth.ts'
import { auditStatement, type Actor, type AuditInput } from '../audit-events/service.ts'
import { loadClusterYear, lockClusterYears, markRankingInputsChanged, type ClusterYear } from '../cluster-years/service.ts'
import { clusterIdsByCode } from '../clusters/service.ts'
import { activeCommitteeIdsByCode, committeeScope, findCommittee } from '../committees/service.ts'
import { indicatorRules } from '../indicators/service.ts'
import { CsvReader, CsvSyntaxError, type CsvRecord } from './csv-records.ts'
import { submissionRepository, type ImportPrevious, type ImportValue, type KeyedSubmission } from './repository.ts'
import { ImportLog } from './import-log.ts'
import { schemeIndicatorsOf, submissionService } from './service.ts'

export interface ImportOptions {
  dryRun: boolean
  atomic: boolean
  submit: boolean
  /** Vietnamese number notation in CSV values ("6.485", "8,05"). */
  comma: boolean
}

export interface ImportResult {
  dryRun: boolean
  atomic: boolean
  summary: { created: number; updated: number; unchanged: number; rejected: number }
  /** The answer per row, in row order. */
  items: ImportLog
}

/**
 * One import: who runs it, on what, with which options; `source` is read once per pass, in
 * batches (a slice of the CSV's rows, a thousand JSON items): the passes take their turns between
 * rows themselves, so a batch costs one promise, not one per row.
 */
export interface ImportRun {
  db: Db
  clock: Clock
  actor: Actor
  principal: Principal
  source: () => AsyncIterable<SourceRow[]>
  opts: ImportOptions
}

export interface SourceRow {
  index: number
  row?: number
  input: ImportRowInput
}

/** A cluster-year as the rows are checked against it: the aggregate, its members and scheme indicators as sets. */
interface YearContext {
  cy: ClusterYear
  members: Set<string>
  schemeIndicators: Set<string> | null
}

/** A row that passed every check of the first pass, kept compact until it is written. */
interface GoodRow {
  index: number
  /** Its submission: `${clusterYearId}|${period}|${committeeId}` (one string for all its rows, so maps hash it once). */
  key: string
  ctx: YearContext
  committeeId: string
  period: Period
  indicatorCode: string
  value: string
  note: string | null
}

/** The fields a row names its submission by. */
type SubmissionNames = Pick<ImportRowInput, 'committeeCode' | 'committeeId' | 'clusterCode' | 'year' | 'period'>

/**
 * Whether two rows name their submission with the very same field values (rows come grouped by
 * submission, so the work a submission's names decide is done once for a run of rows).
 */
const sameNames = (a: SubmissionNames, b: SubmissionNames) =>
  a.committeeCode === b.committeeCode && a.committeeId === b.committeeId && a.clusterCode === b.clusterCode && a.year === b.year && a.period === b.period

/** Rows per statement: enough that a statement's fixed costs do not count, few enough that writing one overlaps checking the next. */
const BATCH = 1000

const field = fieldText
/** Names a row's submission the way the client did, so even a row that failed to parse can hold its submission back. */
const rawKeyOf = (r: { committeeCode?: unknown; committeeId?: unknown; clusterCode?: unknown; year?: unknown; period?: unknown }) =>
  `${committeeKeyOf(r)}|${field(r.clusterCode)}|${field(r.year)}|${field(r.period).toUpperCase()}`
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
/** Thrown to roll the import's transaction back (a dry run, a rejected atomic import); caught below. */
const ROLLBACK = new Error('rollback')
/** Bytes (or UTF-16 units) of CSV handed to the parser at a time. */
export const CSV_SLICE = 64 * 1024

/** The CSV header's names, checked: every column known, the required ones there. */
function csvColumns(header: string[]): string[] {
  const names = header.map((h) => h.trim())
  const unknown = names.filter((n) => n !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(n))
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => !names.includes(c))
  if (!COMMITTEE_COLUMNS.some((c) => names.includes(c))) missing.unshift('committeeCode')
  if (unknown.length > 0 || missing.length > 0) {
    throw new DomainError('invalid', 'CSV_COLUMNS_INVALID', `The CSV header must name the columns ${IMPORT_COLUMNS.join(',')}`, {
      details: { unknown, missing },
      errors: [
        ...unknown.map((c) => ({ pointer: `/header/${c}`, code: 'UNKNOWN_COLUMN', message: `${c} is not a column of the import` })),
        ...missing.map((c) => ({ pointer: `/header/${c}`, code: 'MISSING_COLUMN', message: `${c} is required` })),
      ],
    })
  }
  return names
}

/**
 * Reads a CSV body as source rows, a slice's rows at a time; the header names the columns (any
 * order). The body is decoded and parsed a slice at a time (csv-records.ts), so only a slice's
 * records exist at once. A row is named by the line it starts on; blank lines and rows of empty
 * fields are skipped; fields past the header's are ignored.
 */
export async function* csvRows(body: Buffer | string): AsyncGenerator<SourceRow[]> {
  const reader = new CsvReader()
  // Byte slices may split a character: the decoder keeps the partial one for the next slice.
  const decoder = new TextDecoder()
  const pieces = typeof body === 'string' ? slices(body, CSV_SLICE) : byteSlices(body, CSV_SLICE)
  let columns: string[] | null = null
  let index = 0
  const read = (text: string, last: boolean) => {
    try {
      return reader.push(text, last)
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err
      throw new DomainError('bad_request', 'MALFORMED_CSV', `The CSV cannot be read near line ${err.line}: ${err.message}`, {
        details: { line: err.line, parserCode: err.code },
      })
    }
  }
  const rowsOf = (records: CsvRecord[]): SourceRow[] => {
    const rows: SourceRow[] = []
    for (const record of records) {
      const fields = record.fields
      // Blank lines and rows of empty fields are skipped, before the header too.
      if (fields.every((f) => f.trim() === '')) continue
      if (columns === null) {
        columns = csvColumns(fields)
        continue
      }
      const input: Record<string, string> = {}
      const n = Math.min(columns.length, fields.length)
      for (let k = 0; k < n; k++) if (columns[k] !== '') input[columns[k]!] = fields[k]!
      rows.push({ index: index++, row: record.line, input })
    }
    return rows
  }
  // The pieces' rows, then the last: the rest of the text, which needs no line end. A slice is
  // parsed in about a millisecond (64 KB); the passes take their turns as they check its rows.
  for (const piece of pieces) {
    const rows = rowsOf(read(typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true }), false))
    if (rows.length > 0) yield rows
  }
  const rows = rowsOf(read(typeof body === 'string' ? '' : decoder.decode(), true))
  if (rows.length > 0) yield rows
}

function* byteSlices(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

/** The text in pieces of about `size` UTF-16 units, never splitting a surrogate pair (each piece is encoded on its own). */
export function* slices(text: string, size: number): Generator<string> {
  let at = 0
  while (at < text.length) {
    let end = Math.min(at + size, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > at ? -1 : 1
    yield text.slice(at, end)
    at = end
  }
}

/** JSON items as source rows, a thousand at a time. */
export async function* jsonRows(items: ImportRowInput[]): AsyncGenerator<SourceRow[]> {
  for (let at = 0; at < items.length; at += BATCH) {
    const rows: SourceRow[] = []
    for (let index = at; index < Math.min(items.length, at + BATCH); index++) rows.push({ index, input: items[index]! })
    yield rows
  }
}

/** What the first pass learns: the duplicate rows, and every code and submission the rows name. */
interface Survey {
  repeats: Map<string, string[]>
  committeeCodes: Set<string>
  /** Committees named by id (well-formed ids only). */
  committeeIds: Set<string>
  clusterCodes: Set<string>
  /** Each submission named, by its client key (see rawKeyOf). */
  submissions: Map<string, { committeeCode: string; committeeId: string; clusterCode: string; year: number; period: string }>
  /**
   * When some rows name their committee by id: the indicators each client key's rows report (by
   * number), so that rows naming one submission both ways are found repeating an indicator once
   * the codes are read (see markAliasRepeats).
   */
  indicatorsOf: Map<string, Map<string, number>> | null
  /** CSV rows are named by line, JSON items by index. */
  csv: boolean
}

/**
 * Bulk import of submission values (upserts drafts), inside one transaction.
 *
 * A first, cheap pass over the rows finds the duplicate rows (so every occurrence is rejected)
 * and collects the codes and submissions they name; everything rows are checked against is then
 * read once (committees, clusters, cluster-year contexts, the existing submissions, locked).
 * The second pass checks rows in batches (CPU only) and queues each batch's writes (new drafts,
 * values, audit events) without waiting for them, so PostgreSQL writes one batch while the next
 * is checked. Memory holds a batch and the per-submission state, plus the per-row answer.
 * `dryRun` and a rejected `atomic` import roll back. `source` is called once per pass.
 */
export async function runImport(run: ImportRun): Promise<ImportResult> {
  const { source } = run
  const survey: Survey = {
    repeats: new Map(),
    committeeCodes: new Set(),
    committeeIds: new Set(),
    clusterCodes: new Set(),
    submissions: new Map(),
    indicatorsOf: null,
    csv: false,
  }
  // First occurrence of each row key, its CSV line or item index. Submissions and indicator codes
  // are numbered as they come, and a row's key is the pair as one number: a map entry per row,
  // not a string (2^26 of each is more than a 64 MB body can hold).
  const submissionNo = new Map<string, number>()
  const indicatorNo = new Map<string, number>()
  const firstSeen = new Map<number, number>()
  const turn = turnTaker()
  // The last row's submission fields as sent, and its number: rows come grouped by submission,
  // so most rows name the one before's and are keyed without building its key again.
  let last: ImportRowInput | null = null
  let lastS = 0
  let lastRawKey = ''
  for await (const batch of source())
    for (const src of batch) {
      const wait = turn()
      if (wait) await wait
      const r = src.input
      let s = lastS
      let rawKey = lastRawKey
      if (last === null || !sameNames(r, last)) {
        rawKey = rawKeyOf(r)
        const known = submissionNo.get(rawKey)
        if (known !== undefined) s = known
        else {
          submissionNo.set(rawKey, (s = submissionNo.size))
          const committeeCode = field(r.committeeCode)
          const committeeId = field(r.committeeId).toLowerCase()
          const clusterCode = field(r.clusterCode)
          const yearText = field(r.year)
          const period = field(r.period).toUpperCase()
          // Codes PostgreSQL could not take as text (NUL, lone surrogates) are rejected per row; they
          // are not looked up, nor are ids that are not ids.
          if (/^\d{4}$/.test(yearText) && storableText(committeeCode) && storableText(clusterCode) && (!committeeId || UUID_RE.test(committeeId))) {
            if (committeeId) survey.committeeIds.add(committeeId)
            else survey.committeeCodes.add(committeeCode)
            survey.clusterCodes.add(clusterCode)
            survey.submissions.set(rawKey, { committeeCode, committeeId, clusterCode, year: Number(yearText), period })
          }
          if (committeeId) survey.indicatorsOf ??= new Map()
        }
        last = r
        lastS = s
        lastRawKey = rawKey
      }
      const indicator = field(r.indicatorCode)
      if (src.row !== undefined) survey.csv = true
      let i = indicatorNo.get(indicator)
      if (i === undefined) indicatorNo.set(indicator, (i = indicatorNo.size))
      const key = s * 2 ** 26 + i
      const seen = firstSeen.get(key)
      if (seen === undefined) {
        firstSeen.set(key, src.row ?? src.index)
        continue
      }
      // (A repeat within one client key: rejected below as it always was.)
      const csv = src.row !== undefined
      const repeatKey = `${rawKey}|${indicator}`
      const list = survey.repeats.get(repeatKey) ?? [csv ? `line ${seen}` : `item ${seen}`]
      list.push(csv ? `line ${src.row}` : `item ${src.index}`)
      survey.repeats.set(repeatKey, list)
    }
  if (survey.indicatorsOf) {
    // Kept only when ids are used: what each client key reports, with the first line or item of each.
    const keyOf = new Map([...submissionNo].map(([k, n]) => [n, k] as const))
    const indicatorOf = new Map([...indicatorNo].map(([k, n]) => [n, k] as const))
    for (const [key, at] of firstSeen) {
      const rawKey = keyOf.get(Math.floor(key / 2 ** 26))!
      const indicator = indicatorOf.get(key % 2 ** 26)!
      let m = survey.indicatorsOf.get(rawKey)
      if (!m) survey.indicatorsOf.set(rawKey, (m = new Map<string, number>()))
      m.set(indicator, at)
    }
  }
  submissionNo.clear()
  indicatorNo.clear()
  firstSeen.clear()

  for (let attempt = 1; ; attempt++) {
    try {
      return await importPass(run, survey)
    } catch (err) {
      // Another writer created the same new submission meanwhile (a retry finds and updates it),
      // or PostgreSQL chose this import as the victim of a deadlock with a writer that took the
      // same locks the other way round (a draft created by hand while the import creates it):
      // the whole import runs again, from the same body.
      const state = pgErrorOf(err)?.code
      const retryable = state === '40P01' || state === '40001' || isUniqueViolation(err, 'submissions_one_per_period_uq')
      if (attempt < 3 && retryable) continue
      throw err
    }
  }
}

/**
 * One row's entry in its submission's audit event: the value and what it replaced, and the note
 * when there is one or it changed. Members in canonical (sorted) order, so the audit hash
 * serialises them natively.
 */
function change(g: GoodRow, before: ImportPrevious | null) {
  const { indicatorCode, value, note } = g
  const previous = before ? before[1] : null
  if (before !== null && before[2] !== note) return { indicatorCode, note, previous, previousNote: before[2], value }
  if (note !== null) return { indicatorCode, note, previous, value }
  return { indicatorCode, previous, value }
}

/** Why a submission's values may not change now (the domain's rule), or null. */
function lockOf(status: SubmissionStatus): DomainError | null {
  try {
    assertSubmissionEditable(status)
    return null
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
}

/** A batch statement's answer: what the merged rows' indicators held before. */
interface Answered {
  merges: { rows: GoodRow[]; target: Target }[]
  previous: ImportPrevious[]
}

/** A submission as the import sees it: read before the first write, or created by this import. */
interface Target extends KeyedSubmission {
  /** Created by this import: its values are all new. */
  fresh: boolean
}

async function importPass({ db, clock, actor, principal, source, opts }: ImportRun, survey: Survey): Promise<ImportResult> {
  const log = new ImportLog()
  // Submissions some of whose rows were rejected are saved but not submitted: each by the
  // submission its client key names (see ImportScope.groups), or by the client key.
  const rejectedGroups = new Set<string>()
  // Submissions written, by the same key, for submit=true; cluster-years whose FY changed.
  const written = new Map<string, string>()
  const changedFy = new Set<string>()
  // Submissions submit=true left as drafts because the scheme's indicators are not all there, with those missing.
  const incomplete = new Map<string, string[]>()

  const run = async (tx: Tx) => {
    // One batch's statement runs while the next batch is checked.
    let inflight: Promise<Answered | null> = Promise.resolve(null)
    try {
      const send = (next: Promise<Answered | null>) => {
        // Marked as handled at once: it is awaited later, but it may fail while the next batch is
        // still being read (a CSV is read across event-loop turns), which must not count as an
        // unhandled rejection. The failure still reaches the await, and `run` reports it first.
        next.catch(() => {})
        inflight = next
      }
      await pass(tx, send, () => inflight)
    } catch (err) {
      // Never leave with a statement still running; if it failed, it is the cause.
      throw (
        (await inflight.then(
          () => null,
          (failure: unknown) => failure,
        )) ?? err
      )
    }
  }

  const pass = async (tx: Tx, setInflight: (p: Promise<Answered | null>) => void, inflight: () => Promise<Answered | null>) => {
    // The import's own limits (see beginImport); then everything the rows are checked against is
    // read and locked, imports into the same cluster-year queueing there (readImportScope).
    const repo = submissionRepository(tx)
    await repo.beginImport()
    // Events of merged submissions, hashed once their statement has answered; sent with a later one.
    let pendingAudit: SQL[] = []
    const now = clock()
    const scope = await readImportScope(tx, principal, survey, now)
    const { targets } = scope
    const holdBack = (rawKey: string) => rejectedGroups.add(scope.groups.get(rawKey) ?? rawKey)

    /** Checks a row as it comes (the loop takes its turns between rows): the good one to write, or its answer in the log. */
    function check(i: number, row: ParsedImportRow): GoodRow | null {
      const checked = checkRow(scope, i, row)
      if ('index' in checked) return checked
      log.reject(i, checked.code, checked.message, checked.column)
      if (checked.holdsBack) holdBack(checked.groupKey)
      return null
    }

    /**
     * Sends a batch's writes as one statement and returns without waiting for it: new drafts and
     * their values (every row created), values merged into existing submissions, the audit
     * events of the new drafts and those of the batch before. The merged rows are answered, and
     * their events hashed, once the statement has answered (see `settle`).
     */
    async function writeBatch(good: GoodRow[]) {
      const { drafts, inserts, insertEvents, merges, mergeRows } = planBatch(good, { targets, log, written, changedFy, dryRun: opts.dryRun })
      const fresh = auditStatement(actor, insertEvents)
      // One statement at a time on the connection: this one goes as soon as the one before has
      // answered, and that one's merged rows are settled while this one runs.
      const answered = await inflight()
      const also = [...pendingAudit, ...(fresh ? [fresh] : [])]
      pendingAudit = []
      if (drafts.length + inserts.length + mergeRows.length + also.length > 0) {
        setInflight(repo.writeImportBatch({ at: now, drafts, inserts, merges: mergeRows, also }).then((previous) => ({ merges, previous })))
      } else setInflight(Promise.resolve(null))
      if (answered) settle(answered.merges, answered.previous)
    }

    /** Answers the merged rows from what their indicators held before, and hashes their events. */
    function settle(merges: { rows: GoodRow[]; target: Target }[], previous: ImportPrevious[]) {
      const events: AuditInput[] = []
      let i = 0
      for (const { rows, target } of merges) {
        const head = rows[0]!
        const changes = []
        for (const g of rows) {
          const before = previous[i++]
          if (!opts.dryRun) log.setSubmission(g.index, target.id)
          if (before && before[1] === g.value && before[2] === g.note) {
            log.setStatus(g.index, 'unchanged')
            continue
          }
          log.setStatus(g.index, before ? 'updated' : 'created')
          changes.push(change(g, before ?? null))
        }
        if (changes.length === 0) continue
        if (head.period === 'FY') changedFy.add(head.ctx.cy.state.id)
        events.push({
          action: 'submission.imported',
          entityType: 'submission',
          entityId: target.id,
          // Members in canonical (sorted) order: the audit hash serialises them natively.
          after: { changes, clusterYearId: head.ctx.cy.state.id, committeeId: head.committeeId, period: head.period },
        })
      }
      const statement = auditStatement(actor, events)
      if (statement) pendingAudit.push(statement)
    }

    // A batch is BATCH checked rows, the good ones written together (the refused are answered already).
    let batch: GoodRow[] = []
    let checkedRows = 0
    const turn = turnTaker()
    for await (const rows of source())
      for (const src of rows) {
        const wait = turn()
        if (wait) await wait
        const i = log.add(src.row)
        const dup = survey.repeats.size > 0 ? survey.repeats.get(`${rawKeyOf(src.input)}|${field(src.input.indicatorCode)}`) : undefined
        if (dup) {
          log.reject(i, 'DUPLICATE_ROW', `The same committee, cluster, year, period and indicator appear more than once (${dup.join(', ')})`, 'indicatorCode')
          holdBack(rawKeyOf(src.input))
          continue
        }
        const parsed = parseImportRow(src.input, { comma: opts.comma })
        if ('problems' in parsed) {
          holdBack(rawKeyOf(src.input))
          const p = parsed.problems[0]!
          log.reject(i, p.code, parsed.problems.map((x) => x.message).join('; '), p.column ?? undefined)
          continue
        }
        const good = check(i, parsed.row)
        if (good !== null) batch.push(good)
        if (++checkedRows >= BATCH) {
          await writeBatch(batch)
          batch = []
          checkedRows = 0
        }
      }
    if (batch.length > 0) await writeBatch(batch)
    const answered = await inflight()
    if (answered) settle(answered.merges, answered.previous)
    await repo.runTogether(pendingAudit)

    if (opts.atomic && log.summary().rejected > 0) throw ROLLBACK
    for (const cyId of changedFy) await markRankingInputsChanged(tx, cyId)
    if (opts.submit) {
      // Together; an incomplete one stays a saved draft, its rows say why.
      const ids = [...written].filter(([key]) => !rejectedGroups.has(key)).map(([, id]) => id)
      for (const [id, missing] of await submissionService(db, clock).submitMany(actor, ids, tx)) incomplete.set(id, missing)
    }
    // The limits are back for whatever the request's transaction does after the import.
    await repo.endImport()
    // A dry run has now run every check, the submits' included; it keeps nothing.
    if (opts.dryRun) throw ROLLBACK
  }

  try {
    await db.transaction(run)
  } catch (err) {
    if (err !== ROLLBACK) throw err
  }
  if (opts.submit) {
    log.holdBack([...written].filter(([key]) => rejectedGroups.has(key)).map(([, id]) => id))
    for (const [id, missing] of incomplete) log.holdBackIncomplete(id, missing)
  }
  return { dryRun: opts.dryRun, atomic: opts.atomic, summary: log.summary(), items: log }
}

/** What one batch writes: the import's running state it reads and updates. */
interface BatchState {
  targets: Map<string, Target>
  log: ImportLog
  /** Submissions written, by their key (`${clusterYearId}|${period}|${committeeId}`; for submit=true). */
  written: Map<string, string>
  /** Cluster-years whose FY values changed. */
  changedFy: Set<string>
  dryRun: boolean
}

/**
 * Plans a batch's writes by submission: rows of a locked submission are refused; rows of an
 * existing one are merged (answered once the statement says what they replaced); rows of a new
 * draft, or of one this import created in an earlier batch, are all created, with their event.
 */
function planBatch(good: GoodRow[], st: BatchState) {
  const { targets, log, written, changedFy } = st
  const groups = new Map<string, GoodRow[]>()
  for (const g of good) {
    const list = groups.get(g.key)
    if (list) list.push(g)
    else groups.set(g.key, [g])
  }
  const drafts: { id: string; clusterYearId: string; clusterId: string; year: number; period: string; committeeId: string }[] = []
  const inserts: ImportValue[] = []
  const insertEvents: AuditInput[] = []
  const merges: { rows: GoodRow[]; target: Target }[] = []
  const mergeRows: ImportValue[] = []
  for (const [key, rows] of groups) {
    const head = rows[0]!
    let target = targets.get(key)
    const locked = target && lockOf(target.status)
    if (locked) {
      for (const g of rows) log.reject(g.index, locked.code, `${locked.message} (submission ${target!.id})`)
      continue
    }
    if (target && !target.fresh) {
      written.set(key, target.id)
      merges.push({ rows, target })
      for (const g of rows) mergeRows.push({ submissionId: target.id, indicatorCode: g.indicatorCode, value: g.value, note: g.note })
      continue
    }
    // A new draft, or one this import created in an earlier batch: every value is new.
    const created = !target
    if (!target) {
      const { state } = head.ctx.cy
      target = { id: uuidv7(), clusterYearId: state.id, period: head.period, committeeId: head.committeeId, status: 'draft', fresh: true }
      targets.set(key, target)
      drafts.push({ id: target.id, clusterYearId: state.id, clusterId: state.clusterId, year: state.year, period: head.period, committeeId: head.committeeId })
    }
    written.set(key, target.id)
    const changes = []
    for (const g of rows) {
      log.setStatus(g.index, 'created')
      if (!st.dryRun) log.setSubmission(g.index, target.id)
      inserts.push({ submissionId: target.id, indicatorCode: g.indicatorCode, value: g.value, note: g.note })
      changes.push(change(g, null))
    }
    if (head.period === 'FY') changedFy.add(head.ctx.cy.state.id)
    insertEvents.push({
      action: created ? 'submission.created' : 'submission.imported',
      entityType: 'submission',
      entityId: target.id,
      // Members in canonical (sorted) order: the audit hash serialises them natively.
      after: { changes, clusterYearId: head.ctx.cy.state.id, committeeId: head.committeeId, period: head.period },
    })
  }
  return { drafts, inserts, insertEvents, merges, mergeRows }
}

/** Everything an import's rows are checked against, read once before any write. */
interface ImportScope {
  now: Date
  rules: Map<string, IndicatorRule>
  /** The committees the key may act for; null for any. */
  allowed: Set<string> | null
  committeeIds: Map<string, string>
  /** Committees named by id that exist. */
  knownIds: Set<string>
  clusterIds: Map<string, string>
  /** By `${clusterId}|${year}`; null where the cluster has no such year. */
  contexts: Map<string, YearContext | null>
  /** The submissions the rows name that exist, locked; the import adds those it creates. */
  targets: Map<string, Target>
  /** Each year and period's input window, checked once. */
  windows: Map<string, { late: boolean } | DomainError>
  /**
   * The submission (`${clusterYearId}|${period}|${committeeId}`) each client key names, where it
   * names one: rows naming it by code and by id are one submission's rows.
   */
  groups: Map<string, string>
  /** The last submission's checks, for the rows after it that name the same one (rows come grouped). */
  last: SubmissionCheck | null
}

/**
 * What a row's checks find from its submission's names alone (committee, cluster, year,
 * period): a refusal, or the submission and whether its period takes values now.
 */
interface SubmissionCheck {
  /** The first row of the run: the names the checks were found for. */
  row: ParsedImportRow
  groupKey: string
  refusal: RowRefusal | null
  ctx: YearContext | null
  committeeId: string
  key: string
  window: RowRefusal | null
}

/**
 * Reads what the rows are checked against: the catalogue, the key's scope, the committees,
 * clusters and cluster-years named, and the submissions named (locked). Locks are taken in the
 * order the other writers take them (submissions, then cluster-years, then the audit chain's
 * head) so an import does not deadlock with a review or a ranking change running at the same time.
 */
async function readImportScope(tx: Tx, principal: Principal, survey: Survey, now: Date): Promise<ImportScope> {
  const rules = await indicatorRules(tx)
  const allowed = principal.role === 'admin' || !principal.committeeId ? null : await committeeScope(tx, principal.committeeId)
  const committeeIds = await activeCommitteeIdsByCode(tx, [...survey.committeeCodes])
  // Committees named by id: any that exists (membership of the year decides the rest), keyed by id.
  const knownIds = survey.committeeIds.size > 0 ? await existingCommitteeIds(tx, [...survey.committeeIds]) : new Set<string>()
  const clusterIds = await clusterIdsByCode(tx, [...survey.clusterCodes])
  const contexts = new Map<string, YearContext | null>()
  const submissionKeys: { clusterYearId: string; period: string; committeeId: string }[] = []
  for (const s of survey.submissions.values()) {
    const clusterId = clusterIds.get(s.clusterCode)
    if (!clusterId) continue
    const yearKey = `${clusterId}|${s.year}`
    if (!contexts.has(yearKey)) contexts.set(yearKey, await yearContext(tx, clusterId, s.year))
    const ctx = contexts.get(yearKey)
    const committeeId = s.committeeId ? (knownIds.has(s.committeeId) ? s.committeeId : undefined) : committeeIds.get(s.committeeCode)
    if (ctx && committeeId && (PERIODS as readonly string[]).includes(s.period))
      submissionKeys.push({ clusterYearId: ctx.cy.state.id, period: s.period, committeeId })
  }
  // Each client key's submission (cluster-year, period, committee), where the key names one.
  const groups = new Map<string, string>()
  for (const [rawKey, s] of survey.submissions) {
    const clusterId = clusterIds.get(s.clusterCode)
    const ctx = clusterId ? contexts.get(`${clusterId}|${s.year}`) : undefined
    const committeeId = s.committeeId ? (knownIds.has(s.committeeId) ? s.committeeId : undefined) : committeeIds.get(s.committeeCode)
    if (ctx && committeeId) groups.set(rawKey, `${ctx.cy.state.id}|${s.period}|${committeeId}`)
  }
  markAliasRepeats(survey, groups)
  const repo = submissionRepository(tx)
  // Imports into one cluster-year queue here, before reading the submissions they will write (two
  // would otherwise both create the same draft); imports into different ones run side by side.
  await repo.lockImportsInto([...contexts.values()].flatMap((ctx) => (ctx ? [ctx.cy.state.id] : [])))
  const targets = new Map<string, Target>()
  for (const keys of chunks(submissionKeys)) {
    for (const s of await repo.findManyByKeysForUpdate(keys)) targets.set(`${s.clusterYearId}|${s.period}|${s.committeeId}`, { ...s, fresh: false })
  }
  await lockClusterYears(
    tx,
    [...contexts.values()].flatMap((ctx) => (ctx ? [ctx.cy.state.id] : [])),
  )
  return { now, rules, allowed, committeeIds, knownIds, clusterIds, contexts, targets, windows: new Map(), groups, last: null }
}

/**
 * Rows naming one submission both by committeeCode and by committeeId are one submission: an
 * indicator both kinds of rows report is a repeated row, every occurrence rejected as
 * DUPLICATE_ROW like any other repeat (found once the codes are read).
 */
function markAliasRepeats(survey: Survey, groups: Map<string, string>): void {
  if (!survey.indicatorsOf) return
  const byTarget = new Map<string, string[]>()
  for (const [rawKey, target] of groups) {
    const keys = byTarget.get(target)
    if (keys) keys.push(rawKey)
    else byTarget.set(target, [rawKey])
  }
  const csv = survey.csv
  for (const keys of byTarget.values()) {
    if (keys.length < 2) continue
    const seen = new Map<string, { rawKey: string; at: number }[]>()
    for (const rawKey of keys) {
      for (const [indicator, at] of survey.indicatorsOf.get(rawKey) ?? []) {
        const list = seen.get(indicator) ?? []
        list.push({ rawKey, at })
        seen.set(indicator, list)
      }
    }
    for (const [indicator, list] of seen) {
      if (list.length < 2) continue
      const where = list.map((x) => (csv ? `line ${x.at}` : `item ${x.at}`))
      for (const x of list) {
        const repeatKey = `${x.rawKey}|${indicator}`
        survey.repeats.set(repeatKey, [...new Set([...(survey.repeats.get(repeatKey) ?? []), ...where])])
      }
    }
  }
}

/** The committees among these ids that exist. */
async function existingCommitteeIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  // Rows name few committees (the members of the clusters they report to): one read each.
  for (const id of ids) if (await findCommittee(tx, id)) found.add(id)
  return found
}

/** Why a row is refused; `holdsBack`: the rest of its submission is then not submitted (submit=true). */
interface RowRefusal {
  code: string
  message: string
  column: ImportColumn
  holdsBack: boolean
  groupKey: string
}

/**
 * One row's checks, in order: its committee (active, in the key's scope), cluster and year, then
 * (holding back its submission when refused) membership, the value (the same check as a
 * submission's, src/domain/submission-values.ts) and the period's input window. All but the
 * value's depend on the submission the row names alone: they are found once for a run of rows
 * naming the same submission.
 */
function checkRow(scope: ImportScope, i: number, row: ParsedImportRow): GoodRow | RowRefusal {
  let s = scope.last
  if (s === null || !sameNames(row, s.row)) scope.last = s = checkSubmission(scope, row)
  if (s.refusal) return s.refusal
  const ctx = s.ctx!
  const checked = checkReportedValue(row.indicatorCode, row.value, scope.rules, ctx.schemeIndicators)
  if (!checked.ok) return refusal(s.groupKey, checked.code, checked.message, checked.field, true)
  if (s.window) return s.window
  return { index: i, key: s.key, ctx, committeeId: s.committeeId, period: row.period, indicatorCode: row.indicatorCode, value: checked.value, note: row.note }
}

/** The checks of a row that its submission's names decide (see checkRow). */
function checkSubmission(scope: ImportScope, row: ParsedImportRow): SubmissionCheck {
  // The fields are already normalised: the key is the one rawKeyOf gives the raw row.
  const groupKey = `${row.committeeCode}/${row.committeeId}|${row.clusterCode}|${row.year}|${row.period}`
  const refused = (r: RowRefusal): SubmissionCheck => ({ row, groupKey, refusal: r, ctx: null, committeeId: '', key: '', window: null })
  const byId = row.committeeId !== ''
  const committeeColumn: ImportColumn = byId ? 'committeeId' : 'committeeCode'
  const named = byId ? row.committeeId : row.committeeCode
  const committeeId = byId ? (scope.knownIds.has(row.committeeId) ? row.committeeId : undefined) : scope.committeeIds.get(row.committeeCode)
  if (!committeeId)
    return refused(
      refusal(groupKey, 'UNKNOWN_COMMITTEE', byId ? `No committee has id ${named}` : `No active committee has code ${named}`, committeeColumn, false),
    )
  if (scope.allowed && !scope.allowed.has(committeeId))
    return refused(refusal(groupKey, 'OUT_OF_SCOPE', `Your key does not act for committee ${named}`, committeeColumn, false))
  const clusterId = scope.clusterIds.get(row.clusterCode)
  if (!clusterId) return refused(refusal(groupKey, 'UNKNOWN_CLUSTER', `No cluster has code ${row.clusterCode}`, 'clusterCode', false))
  const ctx = scope.contexts.get(`${clusterId}|${row.year}`)
  if (!ctx) return refused(refusal(groupKey, 'UNKNOWN_CLUSTER_YEAR', `Cluster ${row.clusterCode} has no year ${row.year}`, 'year', false))
  if (!ctx.members.has(committeeId))
    return refused(refusal(groupKey, 'NOT_A_MEMBER', `Committee ${named} is not a member of ${row.clusterCode} in ${row.year}`, committeeColumn, true))
  const wkey = `${ctx.cy.state.id}|${row.period}`
  let w = scope.windows.get(wkey)
  if (!w) {
    try {
      w = inputWindow(ctx.cy.state, row.period, scope.now)
    } catch (err) {
      if (!(err instanceof DomainError)) throw err
      w = err
    }
    scope.windows.set(wkey, w)
  }
  const window = w instanceof DomainError ? refusal(groupKey, w.code, w.message, 'period', true) : null
  return { row, groupKey, refusal: null, ctx, committeeId, key: `${ctx.cy.state.id}|${row.period}|${committeeId}`, window }
}

/** A row's refusal (a plain function: checkRow runs for every row, and a closure per row costs). */
function refusal(groupKey: string, code: string, message: string, column: ImportColumn, holdsBack: boolean): RowRefusal {
  return { code, message, column, holdsBack, groupKey }
}

/** A cluster-year the rows name, or null when it does not exist. */
async function yearContext(tx: Tx, clusterId: string, year: number): Promise<YearContext | null> {
  const cy = await loadClusterYear(tx, clusterId, year, { lock: false }).catch((err: unknown) => {
    if (err instanceof DomainError && err.kind === 'not_found') return null
    throw err
  })
  return cy && { cy, members: new Set(cy.state.members), schemeIndicators: schemeIndicatorsOf(cy) }
}

/** Lookups by many keys go in statements of at most 5,000. */
function chunks<T>(list: T[], size = 5000): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}
