import { parse } from 'csv-parse'
import { and, eq, inArray } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client.ts'
import { clusters, committees, indicators } from '../../db/schema.ts'
import { checkIndicatorValue, type IndicatorRule, type ValueType } from '../../domain/indicators.ts'
import { DomainError } from '../../domain/errors.ts'
import { fieldText, IMPORT_COLUMNS, parseImportRow, REQUIRED_COLUMNS, type ImportColumn, type ImportRowInput, type ParsedImportRow } from '../../domain/import.ts'
import type { Period, SubmissionStatus } from '../../domain/workflows.ts'
import { uuidv7 } from '../../lib/ids.ts'
import type { Principal } from '../../plugins/auth.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/chain.ts'
import { clusterRepository } from '../clusters/repository.ts'
import { descendantsOrSelf } from '../committees/repository.ts'
import { checkWindow, loadReportingContext, type ReportingContext } from './context.ts'
import { submissionRepository, type KeyedSubmission } from './repository.ts'
import { submissionService } from './service.ts'

export interface ImportOptions {
  dryRun: boolean
  atomic: boolean
  submit: boolean
  /** Vietnamese number notation in CSV values ("6.485", "8,05"). */
  comma: boolean
}

export type ItemStatus = 'created' | 'updated' | 'unchanged' | 'rejected'

export interface ImportItem {
  index: number
  /** CSV line number (the header is line 1). */
  row?: number
  status: ItemStatus
  code?: string
  message?: string
  column?: ImportColumn
  pointer?: string
  submissionId?: string
}

export interface ImportResult {
  dryRun: boolean
  atomic: boolean
  summary: { created: number; updated: number; unchanged: number; rejected: number }
  items: ImportItem[]
}

export interface SourceRow {
  index: number
  row?: number
  input: ImportRowInput
}

/** A row that passed every check of the first pass, kept compact until it is written. */
interface GoodRow {
  index: number
  /** The submission the row belongs to, as the client named it (codes, year, period). */
  rawKey: string
  ctx: ReportingContext
  committeeId: string
  period: Period
  indicatorCode: string
  value: string
  note: string | null
}

const BATCH = 5000

const field = fieldText
/** Names a row's submission the way the client did, so even a row that failed to parse can hold its submission back. */
const rawKeyOf = (r: { committeeCode?: unknown; clusterCode?: unknown; year?: unknown; period?: unknown }) =>
  `${field(r.committeeCode)}|${field(r.clusterCode)}|${field(r.year)}|${field(r.period).toUpperCase()}`
const ROLLBACK = Symbol('rollback')

/** Reads a CSV body as source rows; the header names the columns (any order). */
export async function* csvRows(body: string): AsyncGenerator<SourceRow> {
  const parser = parse(body, {
    bom: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim())
      const unknown = names.filter((n) => n !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(n))
      const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c))
      if (unknown.length > 0 || missing.length > 0) {
        throw new DomainError('invalid', 'CSV_COLUMNS_INVALID', `The CSV header must name the columns ${IMPORT_COLUMNS.join(',')}`, {
          details: { unknown, missing },
          errors: [...unknown.map((c) => ({ pointer: `/header/${c}`, code: 'UNKNOWN_COLUMN', message: `${c} is not a column of the import` })),
            ...missing.map((c) => ({ pointer: `/header/${c}`, code: 'MISSING_COLUMN', message: `${c} is required` }))],
        })
      }
      return names
    },
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
    info: true,
  })
  let index = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { index: index++, row: info.lines, input: record }
    }
  } catch (err) {
    if (err instanceof DomainError) throw err
    const e = err as { code?: string; lines?: number; message: string }
    throw new DomainError('bad_request', 'MALFORMED_CSV', `The CSV cannot be read near line ${e.lines ?? '?'}: ${e.message}`, {
      details: { line: e.lines ?? null, parserCode: e.code ?? null },
    })
  }
}

export async function* jsonRows(items: ImportRowInput[]): AsyncGenerator<SourceRow> {
  for (const [index, input] of items.entries()) yield { index, input }
}

/**
 * Bulk import of submission values (upserts drafts), streamed in batches of 5,000 rows inside
 * one transaction: each batch is checked (fields, lookups, permissions, windows) and written with
 * bulk statements, so memory holds a batch, not the import. A first, cheap pass finds duplicate
 * rows so that every occurrence is rejected. `dryRun` and a rejected `atomic` import roll back.
 * `source` is called once per pass.
 */
export async function runImport(
  db: Db,
  actor: Actor,
  principal: Principal,
  source: () => AsyncIterable<SourceRow>,
  opts: ImportOptions,
): Promise<ImportResult> {
  // Pass 1: duplicates, by the row's own fields.
  const first = new Map<string, number>()
  const repeats = new Map<string, string[]>()
  const place = (src: SourceRow) => (src.row !== undefined ? `line ${src.row}` : `item ${src.index}`)
  const places = new Map<number, string>()
  for await (const src of source()) {
    const key = `${rawKeyOf(src.input)}|${field(src.input.indicatorCode)}`
    const seen = first.get(key)
    if (seen === undefined) {
      first.set(key, src.index)
      places.set(src.index, place(src))
      continue
    }
    const list = repeats.get(key) ?? [places.get(seen)!]
    list.push(place(src))
    repeats.set(key, list)
  }
  first.clear()
  places.clear()

  for (let attempt = 1; ; attempt++) {
    try {
      return await importPass(db, actor, principal, source, opts, repeats)
    } catch (err) {
      // Another import created the same new submission meanwhile: a retry finds and updates it.
      const cause = (err as { cause?: { code?: string; constraint?: string } }).cause
      if (attempt < 3 && cause?.code === '23505' && cause.constraint === 'submissions_one_per_period_uq') continue
      throw err
    }
  }
}

async function importPass(
  db: Db,
  actor: Actor,
  principal: Principal,
  source: () => AsyncIterable<SourceRow>,
  opts: ImportOptions,
  repeats: Map<string, string[]>,
): Promise<ImportResult> {
  const items: ImportItem[] = []
  const reject = (item: ImportItem, code: string, message: string, column?: ImportColumn) => {
    item.status = 'rejected'
    item.code = code
    item.message = message
    if (column) {
      item.column = column
      if (item.row === undefined) item.pointer = `/items/${item.index}/${column}`
    }
  }
  // Submissions some of whose rows were rejected are saved but not submitted.
  const rejectedGroups = new Set<string>()
  // Submissions written, by their client key, for submit=true; cluster-years whose FY changed.
  const written = new Map<string, string>()
  const changedFy = new Set<string>()

  const run = async (tx: Tx) => {
    const rules = new Map<string, IndicatorRule>(
      (await tx.select().from(indicators)).map((r) => [r.code, { code: r.code, valueType: r.valueType as ValueType, minValue: r.minValue, maxValue: r.maxValue }]),
    )
    const allowed = principal.role === 'admin' || !principal.committeeId ? null : await descendantsOrSelf(tx, principal.committeeId)
    const committeeIds = new Map<string, string | null>()
    const clusterIds = new Map<string, string | null>()
    const contexts = new Map<string, ReportingContext | null>()
    const windows = new Map<string, { late: boolean } | DomainError>()
    const repo = submissionRepository(tx)

    async function resolveCodes(batch: { row: ParsedImportRow }[]) {
      const cCodes = [...new Set(batch.map((b) => b.row.committeeCode))].filter((c) => !committeeIds.has(c))
      const kCodes = [...new Set(batch.map((b) => b.row.clusterCode))].filter((c) => !clusterIds.has(c))
      if (cCodes.length > 0) {
        const found = await tx.select({ id: committees.id, code: committees.code }).from(committees).where(and(inArray(committees.code, cCodes), eq(committees.status, 'active')))
        const byCode = new Map(found.map((f) => [f.code!, f.id]))
        for (const c of cCodes) committeeIds.set(c, byCode.get(c) ?? null)
      }
      if (kCodes.length > 0) {
        const found = await tx.select({ id: clusters.id, code: clusters.code }).from(clusters).where(inArray(clusters.code, kCodes))
        const byCode = new Map(found.map((f) => [f.code, f.id]))
        for (const c of kCodes) clusterIds.set(c, byCode.get(c) ?? null)
      }
    }

    async function contextFor(clusterId: string, year: number) {
      const key = `${clusterId}|${year}`
      if (!contexts.has(key)) {
        const cy = await clusterRepository(tx).findYear(clusterId, year)
        contexts.set(key, cy ? await loadReportingContext(tx, cy) : null)
      }
      return contexts.get(key)!
    }

    /** Checks a batch and returns the rows that passed. */
    async function checkBatch(batch: { item: ImportItem; row: ParsedImportRow }[]): Promise<GoodRow[]> {
      await resolveCodes(batch)
      const good: GoodRow[] = []
      for (const { item, row } of batch) {
        const committeeId = committeeIds.get(row.committeeCode)
        if (!committeeId) { reject(item, 'UNKNOWN_COMMITTEE', `No active committee has code ${row.committeeCode}`, 'committeeCode'); continue }
        if (allowed && !allowed.has(committeeId)) {
          reject(item, 'OUT_OF_SCOPE', `Your key does not act for committee ${row.committeeCode}`, 'committeeCode')
          continue
        }
        const clusterId = clusterIds.get(row.clusterCode)
        if (!clusterId) { reject(item, 'UNKNOWN_CLUSTER', `No cluster has code ${row.clusterCode}`, 'clusterCode'); continue }
        const ctx = await contextFor(clusterId, row.year)
        if (!ctx) { reject(item, 'UNKNOWN_CLUSTER_YEAR', `Cluster ${row.clusterCode} has no year ${row.year}`, 'year'); continue }
        const groupKey = rawKeyOf(row)
        const fail = (code: string, message: string, column: ImportColumn) => {
          reject(item, code, message, column)
          rejectedGroups.add(groupKey)
        }
        if (!ctx.members.has(committeeId)) {
          fail('NOT_A_MEMBER', `Committee ${row.committeeCode} is not a member of ${row.clusterCode} in ${row.year}`, 'committeeCode')
          continue
        }
        const rule = rules.get(row.indicatorCode)
        if (!rule) { fail('UNKNOWN_INDICATOR', `${row.indicatorCode} is not in the indicator catalogue`, 'indicatorCode'); continue }
        if (ctx.schemeIndicators && !ctx.schemeIndicators.has(row.indicatorCode)) {
          fail('INDICATOR_NOT_IN_SCHEME', `${row.indicatorCode} is not scored by the scheme of ${row.clusterCode} ${row.year}`, 'indicatorCode')
          continue
        }
        const checked = checkIndicatorValue(rule, row.value)
        if (!checked.ok) { fail(checked.code, checked.message, 'value'); continue }
        const wkey = `${ctx.cy.id}|${row.period}`
        if (!windows.has(wkey)) {
          try {
            windows.set(wkey, checkWindow(ctx, row.period))
          } catch (err) {
            if (!(err instanceof DomainError)) throw err
            windows.set(wkey, err)
          }
        }
        const w = windows.get(wkey)!
        if (w instanceof DomainError) { fail(w.code, w.message, 'period'); continue }
        good.push({ index: item.index, rawKey: groupKey, ctx, committeeId, period: row.period, indicatorCode: row.indicatorCode, value: checked.value, note: row.note })
      }
      return good
    }

    /** Writes a batch's good rows: new drafts, changed values, one audit event per submission. */
    async function writeBatch(good: GoodRow[]) {
      const groups = new Map<string, GoodRow[]>()
      for (const g of good) {
        const key = `${g.ctx.cy.id}|${g.period}|${g.committeeId}`
        const list = groups.get(key)
        if (list) list.push(g)
        else groups.set(key, [g])
      }
      const keys = [...groups.values()].map((rows) => ({ clusterYearId: rows[0]!.ctx.cy.id, period: rows[0]!.period, committeeId: rows[0]!.committeeId }))
      const existing = new Map((await repo.findManyByKeysForUpdate(keys)).map((s) => [`${s.clusterYearId}|${s.period}|${s.committeeId}`, s]))
      const previous = new Map<string, { value: string; note: string | null }>()
      for (const v of await repo.currentValuesOf([...existing.values()].map((s) => s.id))) previous.set(`${v.submissionId}|${v.indicatorCode}`, { value: v.value, note: v.note })

      const now = new Date()
      const drafts: KeyedSubmission[] = []
      const years = new Map<string, { clusterId: string; year: number }>()
      const upserts: { submissionId: string; indicatorCode: string; value: string; note: string | null }[] = []
      const events: AuditInput[] = []
      const touched: string[] = []
      for (const [key, rows] of groups) {
        const current = existing.get(key)
        if (current && current.status !== 'draft' && current.status !== 'returned') {
          const code = current.status === 'accepted' ? 'SUBMISSION_ACCEPTED' : 'SUBMISSION_UNDER_REVIEW'
          const why = current.status === 'accepted' ? 'has been accepted; its values are locked' : 'is under review; it can change after it is returned'
          for (const g of rows) reject(items[g.index]!, code, `The submission ${current.id} ${why}`)
          continue
        }
        const head = rows[0]!
        const submissionId = current?.id ?? uuidv7()
        if (!current) {
          drafts.push({ id: submissionId, clusterYearId: head.ctx.cy.id, period: head.period, committeeId: head.committeeId, status: 'draft' })
          years.set(head.ctx.cy.id, { clusterId: head.ctx.cy.clusterId, year: head.ctx.cy.year })
        }
        const changes: { indicatorCode: string; value: string; previous: string | null }[] = []
        for (const g of rows) {
          const item = items[g.index]!
          if (!opts.dryRun) item.submissionId = submissionId
          const before = previous.get(`${submissionId}|${g.indicatorCode}`)
          if (before && before.value === g.value && before.note === g.note) {
            item.status = 'unchanged'
            continue
          }
          item.status = before ? 'updated' : 'created'
          upserts.push({ submissionId, indicatorCode: g.indicatorCode, value: g.value, note: g.note })
          changes.push({ indicatorCode: g.indicatorCode, value: g.value, previous: before?.value ?? null })
        }
        written.set(head.rawKey, submissionId)
        if (current && changes.length > 0) touched.push(current.id)
        if (changes.length > 0 && head.period === 'FY') changedFy.add(head.ctx.cy.id)
        if (!current || changes.length > 0) {
          events.push({
            action: current ? 'submission.imported' : 'submission.created',
            entityType: 'submission',
            entityId: submissionId,
            after: { clusterYearId: head.ctx.cy.id, period: head.period, committeeId: head.committeeId, changes },
          })
        }
      }
      await repo.insertDrafts(drafts, (id) => years.get(id)!, now)
      await repo.upsertValues(upserts)
      await repo.touch(touched, now)
      await recordAudit(tx, actor, events)
    }

    let batch: { item: ImportItem; row: ParsedImportRow }[] = []
    const flush = async () => {
      if (batch.length > 0) await writeBatch(await checkBatch(batch))
      batch = []
    }
    for await (const src of source()) {
      const item: ImportItem = { index: src.index, status: 'unchanged', ...(src.row !== undefined ? { row: src.row } : {}) }
      items.push(item)
      const dup = repeats.get(`${rawKeyOf(src.input)}|${field(src.input.indicatorCode)}`)
      if (dup) {
        reject(item, 'DUPLICATE_ROW', `The same committee, cluster, year, period and indicator appear more than once (${dup.join(', ')})`, 'indicatorCode')
        rejectedGroups.add(rawKeyOf(src.input))
        continue
      }
      const parsed = parseImportRow(src.input, { comma: opts.comma })
      if ('problems' in parsed) {
        rejectedGroups.add(rawKeyOf(src.input))
        const p = parsed.problems[0]!
        reject(item, p.code, parsed.problems.map((x) => x.message).join('; '), p.column ?? undefined)
        continue
      }
      batch.push({ item, row: parsed.row })
      if (batch.length >= BATCH) await flush()
    }
    await flush()

    if (opts.atomic && items.some((i) => i.status === 'rejected')) throw ROLLBACK
    const clustersRepo = clusterRepository(tx)
    for (const cyId of changedFy) await clustersRepo.bumpInputs(cyId)
    if (opts.submit) {
      const submissions = submissionService(db)
      for (const [rawKey, id] of written) if (!rejectedGroups.has(rawKey)) await submissions.submit(actor, id, tx)
    }
    // A dry run has now run every check, the submits' included; it keeps nothing.
    if (opts.dryRun) throw ROLLBACK
  }

  try {
    await db.transaction(run)
  } catch (err) {
    if (err !== ROLLBACK) throw err
  }
  if (opts.submit) {
    const heldBack = new Set([...written].filter(([rawKey]) => rejectedGroups.has(rawKey)).map(([, id]) => id))
    for (const item of items) {
      if (item.status !== 'rejected' && item.submissionId && heldBack.has(item.submissionId)) {
        item.message = 'saved as a draft; not submitted because other rows of this submission were rejected'
      }
    }
  }
  const summary = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
  for (const i of items) summary[i.status] += 1
  return { dryRun: opts.dryRun, atomic: opts.atomic, summary, items }
}
