import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../config.ts'
import { ConfigError } from '../config.ts'
import { newSecretKey, SecretKeyError, secretKeysFrom, type SecretKeys } from '../lib/secret-box.ts'

export interface WebhookSecretKeys {
  keys: SecretKeys | null
  /** Where they are kept (null: in memory, with an in-memory database; or none). */
  file: string | null
  /** Set when a key was generated now. */
  generated: boolean
  /** Why there is none, to log. */
  missing: string | null
}

export const DEFAULT_WEBHOOK_KEYS_FILE = 'webhook-secret-keys'

/**
 * The keys that seal webhook signing secrets at rest (src/lib/secret-box.ts): the configured file
 * (one base64 key per line, the first sealing); on the embedded database by default one in its
 * data directory, generated on the first start (mode 0600, never overwritten); in memory for an
 * in-memory database. On PostgreSQL without the file, secrets are kept as they are, with a
 * warning. The keys stay in this process: never stored in the database, logged or served.
 */
export async function loadWebhookSecretKeys(config: Config): Promise<WebhookSecretKeys> {
  if (config.WEBHOOK_SECRET_KEYS_FILE) {
    return { keys: await fromFile(config.WEBHOOK_SECRET_KEYS_FILE), file: config.WEBHOOK_SECRET_KEYS_FILE, generated: false, missing: null }
  }
  if (config.DATABASE_URL) {
    return {
      keys: null,
      file: null,
      generated: false,
      missing: 'WEBHOOK_SECRET_KEYS_FILE is not set: webhook signing secrets are stored unsealed, readable by whoever reads the database',
    }
  }
  const key = newSecretKey()
  if (config.PGLITE_DIR.startsWith('memory://')) return { keys: secretKeysFrom([key]), file: null, generated: true, missing: null }
  const file = join(config.PGLITE_DIR, DEFAULT_WEBHOOK_KEYS_FILE)
  await mkdir(config.PGLITE_DIR, { recursive: true })
  try {
    // 'wx': never replaces keys that exist (two starts racing keep the first one's).
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' })
    return { keys: secretKeysFrom([key]), file, generated: true, missing: null }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return { keys: await fromFile(file), file, generated: false, missing: null }
  }
}

async function fromFile(file: string): Promise<SecretKeys> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new ConfigError(`WEBHOOK_SECRET_KEYS_FILE: cannot read ${file}: ${(err as Error).message}`)
  }
  try {
    return secretKeysFrom(text.split(/\r?\n/))
  } catch (err) {
    if (!(err instanceof SecretKeyError)) throw err
    throw new ConfigError(`WEBHOOK_SECRET_KEYS_FILE: ${file}: ${err.message} (one key per line: base64 of 32 random bytes, the first sealing)`)
  }
}
