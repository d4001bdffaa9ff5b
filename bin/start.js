#!/usr/bin/env node
// `npm start`: the service (src/server.ts) from one JavaScript file that esbuild writes from src/
// into node_modules/.cache/cum-thi-dua/ the first time it starts and again whenever a source
// file changes (the file is named by a hash of every file of src/). Loading TypeScript through
// tsx's hooks cost ~1.5-3 s of every start on a 2-core machine; the compiled copy, ~0.2 s to
// write once. Nothing to run by hand: a fresh clone builds on its first start. Should the copy not
// be writable (a read-only install), the service runs from its TypeScript through tsx as before.
// Packages stay outside the file (node_modules, as installed); stack traces name src/ lines.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { URL, fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cacheDir = join(root, 'node_modules', '.cache', 'cum-thi-dua')
// Part of the hash: a change of how the copy is built makes a new one.
const BUILD = { entryPoints: [join(root, 'src', 'server.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20' }

function sources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) sources(path, out)
    else if (entry.name.endsWith('.ts')) out.push(path)
  }
  return out
}

/** The compiled service, written now if src/ changed since it last was; null if it cannot be. */
async function compiled() {
  const { build, version } = await import('esbuild')
  const hash = createHash('sha256').update(JSON.stringify({ version, BUILD, node: process.versions.modules }))
  // esbuild reads tsconfig.json too (how classes and imports are written).
  hash.update(readFileSync(join(root, 'tsconfig.json')))
  for (const file of sources(join(root, 'src')).sort()) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file))
  const file = join(cacheDir, `server-${hash.digest('hex').slice(0, 16)}.js`)
  try {
    statSync(file)
    return file
  } catch {
    // not built yet
  }
  const { outputFiles } = await build({ ...BUILD, outfile: file, sourcemap: 'linked', write: false, logLevel: 'silent' })
  mkdirSync(cacheDir, { recursive: true })
  // Other starts may be running an older copy: only copies of other sources are removed; and each
  // file appears whole (written aside, then renamed), the map before the code that names it.
  for (const old of readdirSync(cacheDir)) {
    if (old.startsWith('server-') && !old.endsWith('.tmp') && !file.endsWith(old.replace(/\.map$/, ''))) rmSync(join(cacheDir, old), { force: true })
  }
  for (const out of outputFiles.sort((a, b) => (a.path.endsWith('.map') ? -1 : b.path.endsWith('.map') ? 1 : 0))) {
    const tmp = `${out.path}.${process.pid}.tmp`
    writeFileSync(tmp, out.contents)
    renameSync(tmp, out.path)
  }
  return file
}

let entry = null
try {
  entry = await compiled()
} catch (err) {
  process.stderr.write(`npm start: running the TypeScript through tsx (no compiled copy: ${err.message})\n`)
}
if (entry) {
  process.setSourceMapsEnabled(true)
  await import(pathToFileURL(entry).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/server.ts')
}
