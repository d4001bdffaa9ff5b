/**
 * What holding a CSV's rows would cost: forked by bench/import.ts (with --expose-gc), it reads
 * the file, parses every row into a record with the same parser and options the import uses,
 * keeps them all, and reports the live heap they take (after full collections) in bytes. The
 * import benchmark compares the service's peak growth with it.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

if (!process.send) {
  console.error('bench/rows-footprint.ts is forked by bench/import.ts; it is not run on its own')
  process.exit(2)
}

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')

process.once('message', (path: string) => {
  const bytes = readFileSync(path)
  gc()
  const before = process.memoryUsage().heapUsed
  const rows = parse(bytes, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown[]
  gc()
  const after = process.memoryUsage().heapUsed
  process.send!({ rows: rows.length, bytes: after - before }, () => process.exit(0))
})
