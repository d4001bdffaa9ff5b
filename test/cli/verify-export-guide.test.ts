/**
 * docs/auditors.md, run as written: its shell blocks go to bash against a listening service
 * holding the export tests' year (driven through its whole cycle), and every output block is
 * compared with what the commands print — hashes, ids, key ids and the sizes that depend on when
 * checkpoints were cut aside.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { decidedYear } from '../helpers/export-cycle.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const guide = readFileSync(join(ROOT, 'docs/auditors.md'), 'utf8')

/** The guide's fenced blocks in order, with their language (indented ones too). */
const blocks = [...guide.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```/gm)].map((m) => ({
  lang: m[1]!,
  body: m[2]!
    .split('\n')
    .map((l) => l.replace(/^ {2}/, ''))
    .join('\n'),
}))

const normalise = (text: string) =>
  text
    .replace(/[0-9a-f]{64}/g, '<hex>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\b[0-9a-f]{8}\b/g, '<key>')
    .replace(/\bC?T\d+\b/g, '<code>')
    .replace(/(checkpoint|tree of|tree size|seq) \d+/g, '$1 <n>')
    .trimEnd()

t.test('docs/auditors.md: every command works and prints what the guide shows', async (t) => {
  const h = await buildTestApp(t)
  const r = await decidedYear(h)
  const auditor = await h.token('auditor')
  await h.app.listen({ port: 0, host: '127.0.0.1' })
  const address = h.app.server.address() as { port: number }
  const dir = mkdtempSync(join(tmpdir(), 'ctd-auditors-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const bash = (script: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: { ...process.env, KEY: auditor, API: `http://127.0.0.1:${address.port}`, CLUSTER: r.cluster.id, YEAR: String(r.year) },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })

  let ran = 0
  let compared = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.lang !== 'bash') continue
    const script = block.body
      .split('\n')
      // The reader's key, address and cluster-year come from the environment set above.
      .filter((line) => !/^(export (KEY|API)|CLUSTER|YEAR)=/.test(line))
      .join('\n')
      .replaceAll('npx ctd-verify', `node ${join(ROOT, 'bin/ctd-verify.js')}`)
    const res = await bash(script)
    ran += 1
    t.equal(res.status, 0, `block ${i} runs: ${res.stderr}`)
    const next = blocks[i + 1]
    if (next?.lang === 'text') {
      const printed = normalise(res.stdout)
      t.ok(printed.endsWith(normalise(next.body)), `block ${i}'s output is the guide's`, { found: printed, wanted: normalise(next.body) })
      compared += 1
    }
  }
  t.ok(ran >= 5, `${ran} shell blocks ran`)
  t.ok(compared >= 5, `${compared} outputs compared`)
})
