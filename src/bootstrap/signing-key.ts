import { generateKeyPairSync } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../config.ts'
import { ConfigError } from '../config.ts'
import { formatVerifierKey, signerFromPem, verifierKeyOf, type NoteSigner } from '../lib/tlog/note.ts'

export interface SigningKey {
  signer: NoteSigner | null
  /** Set when the key was generated now: its verifier key, to print once. */
  generated: string | null
  /** Where the private key is kept (null: in memory, with an in-memory database). */
  file: string | null
  /** Why there is no signer, to log. */
  missing: string | null
}

export const DEFAULT_KEY_FILE = 'audit-signing-key.pem'

/**
 * The Ed25519 key that signs the audit log's checkpoints: the configured PKCS#8 PEM file; on the
 * embedded database by default one in its data directory, generated on the first start (mode
 * 0600, never overwritten); in memory for an in-memory database. It stays in this process: never
 * stored in the database, logged or served (its public key is).
 */
export async function loadSigningKey(config: Config): Promise<SigningKey> {
  const name = config.AUDIT_LOG_ORIGIN
  if (config.AUDIT_SIGNING_KEY_FILE) {
    return { signer: await fromFile(name, config.AUDIT_SIGNING_KEY_FILE), generated: null, file: config.AUDIT_SIGNING_KEY_FILE, missing: null }
  }
  if (config.DATABASE_URL) {
    return {
      signer: null,
      generated: null,
      file: null,
      missing: 'AUDIT_SIGNING_KEY_FILE is not set: the audit log is sequenced and proven, but no checkpoint is signed',
    }
  }
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' })
  if (config.PGLITE_DIR.startsWith('memory://')) return announce(signerFromPem(name, pem), null)
  const file = join(config.PGLITE_DIR, DEFAULT_KEY_FILE)
  await mkdir(config.PGLITE_DIR, { recursive: true })
  try {
    // 'wx': never replaces a key that exists (two starts racing keep the first one's).
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' })
    return announce(signerFromPem(name, pem), file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return { signer: await fromFile(name, file), generated: null, file, missing: null }
  }
}

const announce = (signer: NoteSigner, file: string | null): SigningKey => ({
  signer,
  generated: formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey)),
  file,
  missing: null,
})

async function fromFile(name: string, file: string): Promise<NoteSigner> {
  let pem: Buffer
  try {
    pem = await readFile(file)
  } catch (err) {
    throw new ConfigError(`AUDIT_SIGNING_KEY_FILE: cannot read ${file}: ${(err as Error).message}`)
  }
  try {
    return signerFromPem(name, pem)
  } catch (err) {
    throw new ConfigError(`AUDIT_SIGNING_KEY_FILE: ${file} is not a PKCS#8 PEM Ed25519 private key (${(err as Error).message})`)
  }
}
