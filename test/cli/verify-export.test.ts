import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/ctd-verify.ts'

const run = (argv: string[]) => {
  let stdout = ''
  let stderr = ''
  const code = main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } })
  return { code, stdout, stderr }
}

const KEY = 'cum-thi-dua.local/audit-log+5a26be4e+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

t.test('ctd-verify export: usage and unreadable input exit 2 and say why', async (t) => {
  const dir = t.testdir({
    'not-json.json': 'nope',
    'array.json': '[]',
    'no-bundle.json': '{"digest":"x"}',
    'bad.pem': '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
  })
  const help = run(['export', '--help'])
  t.equal(help.code, 0)
  t.match(help.stdout, /ctd-verify export <bundle\.json> --key <key>/)
  t.match(run(['--help']).stdout, /ctd-verify export <bundle\.json>/, 'the general usage names it')

  const noKey = run(['export', join(dir, 'no-bundle.json')])
  t.equal(noKey.code, 2)
  t.match(noKey.stderr, /--key is required/)
  const noFile = run(['export', '--key', KEY])
  t.equal(noFile.code, 2)
  t.match(noFile.stderr, /export takes exactly one file/)
  const missing = run(['export', join(dir, 'missing.json'), '--key', KEY])
  t.equal(missing.code, 2)
  t.match(missing.stderr, /ENOENT/)
  t.match(run(['export', join(dir, 'not-json.json'), '--key', KEY]).stderr, /not valid JSON/)
  t.match(run(['export', join(dir, 'array.json'), '--key', KEY]).stderr, /expected a JSON object/)
  t.match(run(['export', join(dir, 'no-bundle.json'), '--key', KEY]).stderr, /"bundle" is missing/)
  t.match(run(['export', join(dir, 'no-bundle.json'), '--key', join(dir, 'bad.pem')]).stderr, /not an Ed25519 key in PEM/)
  const json = run(['export', join(dir, 'no-bundle.json'), '--key', KEY, '--json'])
  t.equal(json.code, 2)
  t.match(JSON.parse(json.stdout), { ok: false, error: /"bundle" is missing/ })
})

t.test('ctd-verify export: a bundle whose parts are missing is refused, not passed', async (t) => {
  const dir = t.testdir()
  const file = join(dir, 'hollow.json')
  writeFileSync(file, JSON.stringify({ bundle: { formatVersion: 'ctd-cluster-year-export/1' }, digest: '0'.repeat(64), signature: {} }))
  const r = run(['export', file, '--key', KEY])
  t.equal(r.code, 2)
  t.match(r.stderr, /bundle\.clusterYear: expected an object/)
})
