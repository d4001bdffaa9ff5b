import type { ImportColumn } from '../../domain/import.ts'

export type ItemStatus = 'created' | 'updated' | 'unchanged' | 'rejected'
const STATUSES: readonly ItemStatus[] = ['unchanged', 'created', 'updated', 'rejected']
const CODE: Record<ItemStatus, number> = { unchanged: 0, created: 1, updated: 2, rejected: 3 }

interface Problem {
  code: string
  message: string
  column: ImportColumn | undefined
}

/**
 * The per-row answer of a bulk import, kept compact so that a 100,000-row CSV does not hold
 * 100,000 objects until the answer is sent: a byte per row for its status, an index into the
 * submissions written, the CSV line, and text only for the rows that have some (rejections and
 * held-back notes). `json` writes the answer's items in chunks, in the order of the schema's
 * properties: index, row, status, code, message, column, pointer, submissionId.
 */
export class ImportLog {
  length = 0
  private status = new Uint8Array(1024)
  private submission = new Int32Array(1024)
  private lines: Int32Array | null = null
  private readonly problems = new Map<number, Problem>()
  private readonly ids: string[] = []
  private readonly idIndex = new Map<string, number>()
  private heldBack = new Set<number>()
  /** Submissions left unsubmitted because incomplete, with the indicators they lack. */
  private incomplete = new Map<number, string[]>()

  /** A new row, answered `unchanged` until told otherwise; returns its index. */
  add(line?: number): number {
    const i = this.length++
    if (i === this.status.length) this.grow()
    this.submission[i] = -1
    if (line !== undefined) {
      this.lines ??= new Int32Array(this.status.length)
      this.lines[i] = line
    }
    return i
  }

  private grow(): void {
    const size = this.status.length * 2
    const status = new Uint8Array(size)
    status.set(this.status)
    const submission = new Int32Array(size)
    submission.set(this.submission)
    this.status = status
    this.submission = submission
    if (this.lines) {
      const lines = new Int32Array(size)
      lines.set(this.lines)
      this.lines = lines
    }
  }

  setStatus(i: number, status: ItemStatus): void {
    this.status[i] = CODE[status]
  }

  statusOf(i: number): ItemStatus {
    return STATUSES[this.status[i]!]!
  }

  reject(i: number, code: string, message: string, column?: ImportColumn): void {
    this.status[i] = CODE.rejected
    this.problems.set(i, { code, message, column })
  }

  /** The submission a row was written into. */
  setSubmission(i: number, id: string): void {
    let k = this.idIndex.get(id)
    if (k === undefined) {
      k = this.ids.length
      this.ids.push(id)
      this.idIndex.set(id, k)
    }
    this.submission[i] = k
  }

  /** Rows of these submissions that were saved get a note that they were not submitted. */
  holdBack(submissionIds: Iterable<string>): void {
    for (const id of submissionIds) {
      const k = this.idIndex.get(id)
      if (k !== undefined) this.heldBack.add(k)
    }
  }

  /** Rows of a submission that submit=true left as a draft because it lacks some of the scheme's indicators. */
  holdBackIncomplete(submissionId: string, missing: string[]): void {
    const k = this.idIndex.get(submissionId)
    if (k !== undefined) this.incomplete.set(k, missing)
  }

  summary(): { created: number; updated: number; unchanged: number; rejected: number } {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < this.length; i++) counts[this.status[i]!]! += 1
    return { created: counts[1]!, updated: counts[2]!, unchanged: counts[0]!, rejected: counts[3]! }
  }

  /** The items as JSON array members, `perChunk` rows to a string, commas between them. */
  *json(perChunk = 1000): Generator<string> {
    let chunk = ''
    for (let i = 0; i < this.length; i++) {
      if (i > 0) chunk += ','
      chunk += this.item(i)
      if ((i + 1) % perChunk === 0) {
        yield chunk
        chunk = ''
      }
    }
    if (chunk) yield chunk
  }

  private item(i: number): string {
    const line = this.lines ? this.lines[i] : undefined
    let out = `{"index":${i}`
    if (line !== undefined) out += `,"row":${line}`
    out += `,"status":"${STATUSES[this.status[i]!]}"`
    const problem = this.problems.get(i)
    const k = this.submission[i]!
    if (problem) {
      out += `,"code":${JSON.stringify(problem.code)},"message":${JSON.stringify(problem.message)}`
      if (problem.column) {
        out += `,"column":"${problem.column}"`
        if (line === undefined) out += `,"pointer":"/items/${i}/${problem.column}"`
      }
    } else if (k >= 0 && this.heldBack.has(k)) {
      out += ',"message":"saved as a draft; not submitted because other rows of this submission were rejected"'
    } else if (k >= 0 && this.incomplete.has(k)) {
      const missing = this.incomplete.get(k)!
      out += `,"code":"SUBMISSION_INCOMPLETE","message":${JSON.stringify(`saved as a draft; not submitted because the submission lacks ${missing.join(', ')}`)}`
    }
    if (k >= 0) out += `,"submissionId":"${this.ids[k]}"`
    return out + '}'
  }
}
