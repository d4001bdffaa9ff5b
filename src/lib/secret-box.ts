import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * Secrets the service must keep readable (a webhook's signing secret: it signs with it) sealed
 * at rest with AES-256-GCM under a key it holds outside the database, so that a copy of the
 * database (a backup, a replica, a dump) does not let its holder sign as the service. Each sealed
 * value names its key (`kid`: the start of the key's sha256) and is bound to what it belongs to
 * (the additional data, e.g. `webhook_subscription:<id>`): moved to another row it does not open.
 *
 *   whenc:v1:<kid>:<iv, base64url>:<ciphertext and tag, base64url>
 *
 * Several keys may be held: the first seals, every one opens (a key is rotated by putting the new
 * one first; values sealed under the others are sealed again under it, see `sealedUnder`).
 */
export interface SecretKeys {
  /** The key that seals; then the others, which only open. */
  readonly keys: readonly { kid: string; key: Buffer }[]
}

const PREFIX = 'whenc:v1:'
/** 32 bytes, written as base64 (44 characters) or 64 hex digits. */
const KEY_BYTES = 32

export class SecretKeyError extends Error {
  override name = 'SecretKeyError'
}

/** The keys from their text, one per entry (base64 or hex of 32 bytes); the first seals. */
export function secretKeysFrom(texts: readonly string[]): SecretKeys {
  const keys = texts
    .map((t) => t.trim())
    .filter((t) => t !== '' && !t.startsWith('#'))
    .map((t, i) => {
      const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64')
      if (key.length !== KEY_BYTES || (!/^[0-9a-f]{64}$/i.test(t) && key.toString('base64') !== t)) {
        throw new SecretKeyError(`key ${i + 1} is not ${KEY_BYTES} bytes written as base64 or hex`)
      }
      return { kid: createHash('sha256').update(key).digest('hex').slice(0, 16), key }
    })
  if (keys.length === 0) throw new SecretKeyError('no key is given')
  return { keys }
}

/** A new key, as its base64 text. */
export const newSecretKey = (): string => randomBytes(KEY_BYTES).toString('base64')

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX)

/** The id of the key `stored` is sealed under; null when it was never sealed. */
export const sealedKeyOf = (stored: string): string | null => (isSealed(stored) ? (stored.slice(PREFIX.length).split(':')[0] ?? '') : null)

/** Whether `keys` can open `stored`: it was never sealed, or is sealed under one of them. */
export function opens(keys: SecretKeys | null, stored: string): boolean {
  const kid = sealedKeyOf(stored)
  return kid === null || (keys?.keys.some((k) => k.kid === kid) ?? false)
}

/** `secret` sealed under the first key, bound to `context`. */
export function seal(keys: SecretKeys, secret: string, context: string): string {
  const { kid, key } = keys.keys[0]!
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${PREFIX}${kid}:${iv.toString('base64url')}:${body.toString('base64url')}`
}

/**
 * The secret `stored` holds: opened with the key it names, or as it is when it was never sealed
 * (kept before any key was configured). Throws SecretKeyError when its key is not held, or it
 * was altered or belongs to another `context`.
 */
export function open(keys: SecretKeys | null, stored: string, context: string): string {
  if (!isSealed(stored)) return stored
  const [kid, iv, body] = stored.slice(PREFIX.length).split(':')
  const held = keys?.keys.find((k) => k.kid === kid)
  if (!held) throw new SecretKeyError(`it is sealed under key ${kid}, which this service does not hold`)
  const bytes = Buffer.from(body ?? '', 'base64url')
  if (bytes.length < 16) throw new SecretKeyError('the sealed value is cut short')
  try {
    const decipher = createDecipheriv('aes-256-gcm', held.key, Buffer.from(iv ?? '', 'base64url'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(bytes.subarray(bytes.length - 16))
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8')
  } catch {
    throw new SecretKeyError('the sealed value does not open: it was altered, or belongs to another row')
  }
}

/** Whether `stored` is sealed under the key that seals now (else it is sealed again, or sealed for the first time). */
export const sealedUnder = (keys: SecretKeys, stored: string): boolean => stored.startsWith(`${PREFIX}${keys.keys[0]!.kid}:`)
