/**
 * `npm run bench`: every benchmark in turn, each printing its own figures (nothing is asserted).
 *   npm run bench                      all of them
 *   npm run bench -- committee-read    only the named ones
 * A benchmark is a module in bench/ that exports `main()`; one whose file is missing is skipped.
 */
import { existsSync } from 'node:fs'

const BENCHMARKS = ['ranking-domain', 'committee-read', 'import', 'ranking-read', 'audit-log', 'export', 'changes', 'scale', 'startup'] as const

const wanted = process.argv.slice(2)
const unknown = wanted.filter((w) => !(BENCHMARKS as readonly string[]).includes(w))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.join(', ')}`)
  process.exit(2)
}

// Bounded: no benchmark may keep the run alive forever.
const limitMinutes = Number(process.env.BENCH_TIMEOUT_MINUTES ?? 15)
setTimeout(() => {
  console.error(`bench: still running after ${limitMinutes} min; giving up`)
  process.exit(1)
}, limitMinutes * 60_000).unref()

let failed = 0
for (const name of BENCHMARKS) {
  if (wanted.length > 0 && !wanted.includes(name)) continue
  const file = new URL(`./${name}.ts`, import.meta.url)
  if (!existsSync(file)) {
    console.log(`\n== ${name}: bench/${name}.ts not present, skipped`)
    continue
  }
  console.log(`\n== ${name} ${'='.repeat(Math.max(0, 70 - name.length))}`)
  const started = performance.now()
  try {
    const mod = (await import(file.href)) as { main?: () => Promise<void> }
    if (typeof mod.main !== 'function') throw new Error(`bench/${name}.ts does not export main()`)
    await mod.main()
    console.log(`== ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (err) {
    failed++
    console.error(`== ${name} FAILED: ${(err as Error).stack ?? String(err)}`)
  }
}
process.exit(failed > 0 ? 1 : 0)
