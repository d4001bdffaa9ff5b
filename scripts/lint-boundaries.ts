/**
 * `npm run lint` (with tsc): src/domain stays pure. It may import only other domain files and
 * a short list of pure libraries; never fastify, drizzle, pg, PGlite, node I/O, src/db,
 * src/modules or src/plugins.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const domain = join(root, 'src/domain')
const ALLOWED_PACKAGES = new Set(['decimal.js', 'node:crypto'])
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

const problems: string[] = []
for (const file of files(domain)) {
  const text = readFileSync(file, 'utf8')
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3]!
    const rel = relative(root, file)
    if (spec.startsWith('.')) {
      const target = resolve(file, '..', spec)
      if (!target.startsWith(domain)) problems.push(`${rel}: imports ${spec}, outside src/domain`)
    } else if (!ALLOWED_PACKAGES.has(spec)) {
      problems.push(`${rel}: imports '${spec}', which the pure domain may not use`)
    }
  }
}

if (problems.length > 0) {
  console.error(`src/domain must stay pure:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`src/domain: ${files(domain).length} files, imports pure`)
