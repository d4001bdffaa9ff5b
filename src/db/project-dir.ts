import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project's directory: the nearest one above this module that holds the migrations. Found,
 * not assumed, so that the same code runs from src/db and from the compiled copy `npm start`
 * runs (bin/start.js writes it into node_modules/.cache/cum-thi-dua/).
 */
export const projectDir = (() => {
  const here = fileURLToPath(import.meta.url)
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'migrations', 'meta', '_journal.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`no migrations/meta/_journal.json in a directory above ${here}`)
  }
})()
