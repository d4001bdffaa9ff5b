/**
 * C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 signatures, and the verifier key
 * strings that Go's `golang.org/x/mod/sumdb/note` and other standard verifiers read:
 *
 *   key hash      = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ 32-byte public key)[0:4]
 *   verifier key  = <name>+<key hash, 8 hex digits>+<base64(0x01 ‖ public key)>
 *   signature     = "— <name> " + base64(key hash ‖ Ed25519(note text)) + "\n"
 *
 * Pure apart from node:crypto; the offline verifier uses it as it is.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'

/** Signature type byte of Ed25519 in signed notes. */
const ED25519 = 0x01
const SIGNATURE_PREFIX = '\u2014 '

export interface VerifierKey {
  name: string
  /** The 4-byte key hash as 8 lower-case hex digits: the key id. */
  keyId: string
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer
}

/** A key name is non-empty, without spaces or '+', as the format requires. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !/\p{C}/u.test(name)
}

export function keyHash(name: string, publicKey: Buffer): Buffer {
  return createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, ED25519]))
    .update(publicKey)
    .digest()
    .subarray(0, 4)
}

/** The raw 32-byte public key of an Ed25519 key object (private or public). */
export function rawPublicKey(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key
  const jwk = pub.export({ format: 'jwk' })
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key')
  return Buffer.from(jwk.x, 'base64url')
}

export function verifierKeyOf(name: string, publicKey: Buffer): VerifierKey {
  if (!isValidKeyName(name)) throw new Error(`invalid key name ${JSON.stringify(name)}`)
  if (publicKey.length !== 32) throw new Error('an Ed25519 public key is 32 bytes')
  return { name, keyId: keyHash(name, publicKey).toString('hex'), publicKey }
}

/** `<name>+<hash>+<base64(0x01 ‖ key)>`. */
export function formatVerifierKey(k: VerifierKey): string {
  return `${k.name}+${k.keyId}+${Buffer.concat([Buffer.from([ED25519]), k.publicKey]).toString('base64')}`
}

/** Parses a verifier key string; throws with the reason when it is not one (or its hash is wrong). */
export function parseVerifierKey(text: string): VerifierKey {
  // The key's base64 may itself hold '+': the name ends at the first, the hash at the second.
  const m = /^([^+]+)\+([^+]*)\+(.*)$/s.exec(text.trim())
  if (!m) throw new Error('a verifier key is <name>+<hash>+<key>')
  const [, name, hash, key] = m as unknown as [string, string, string, string]
  if (!isValidKeyName(name)) throw new Error(`invalid key name ${JSON.stringify(name)}`)
  if (!/^[0-9a-f]{8}$/.test(hash)) throw new Error('the key hash is 8 hex digits')
  const raw = Buffer.from(key, 'base64')
  if (raw.toString('base64') !== key || raw.length !== 33 || raw[0] !== ED25519) throw new Error('the key is base64 of 0x01 and a 32-byte Ed25519 key')
  const parsed = verifierKeyOf(name, raw.subarray(1))
  if (parsed.keyId !== hash) throw new Error(`the key hash ${hash} does not match the key (${parsed.keyId})`)
  return parsed
}

export interface NoteSigner {
  name: string
  keyId: string
  publicKey: Buffer
  sign(message: Buffer): Buffer
}

/** A signer from a PKCS#8 PEM Ed25519 private key. */
export function signerFromPem(name: string, pem: string | Buffer): NoteSigner {
  const key = createPrivateKey(pem)
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key must be Ed25519 (found ${key.asymmetricKeyType ?? 'unknown'})`)
  const publicKey = rawPublicKey(key)
  const { keyId } = verifierKeyOf(name, publicKey)
  return { name, keyId, publicKey, sign: (message) => sign(null, message, key) }
}

/** Signs a note's text (which ends with a newline) and returns the whole signed note. */
export function signNote(text: string, signer: NoteSigner): string {
  if (!text.endsWith('\n')) throw new Error('a note text ends with a newline')
  const signature = signer.sign(Buffer.from(text, 'utf8'))
  const blob = Buffer.concat([Buffer.from(signer.keyId, 'hex'), signature]).toString('base64')
  return `${text}\n${SIGNATURE_PREFIX}${signer.name} ${blob}\n`
}

export interface NoteSignature {
  name: string
  keyId: string
  signature: Buffer
}

export interface OpenedNote {
  text: string
  signatures: NoteSignature[]
  /** The signatures made by one of the given keys that verify. */
  verifiedBy: VerifierKey[]
}

/**
 * Splits a signed note and checks its signatures against the known keys. Throws when the note is
 * malformed; `verifiedBy` is empty when no known key signed it (unknown signatures are allowed,
 * as the format says).
 */
export function openNote(note: string, keys: VerifierKey[]): OpenedNote {
  if (!note.endsWith('\n')) throw new Error('a signed note ends with a newline')
  const split = note.lastIndexOf('\n\n')
  if (split < 0) throw new Error('a signed note has a blank line before its signatures')
  const text = note.slice(0, split + 1)
  const lines = note.slice(split + 2, -1).split('\n')
  const signatures: NoteSignature[] = []
  const verifiedBy: VerifierKey[] = []
  for (const line of lines) {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new Error(`not a signature line: ${JSON.stringify(line)}`)
    const rest = line.slice(SIGNATURE_PREFIX.length)
    const space = rest.lastIndexOf(' ')
    if (space <= 0) throw new Error(`not a signature line: ${JSON.stringify(line)}`)
    const name = rest.slice(0, space)
    const blob = Buffer.from(rest.slice(space + 1), 'base64')
    if (blob.length < 5) throw new Error('a signature is a key hash and signature bytes')
    const sig = { name, keyId: blob.subarray(0, 4).toString('hex'), signature: blob.subarray(4) }
    signatures.push(sig)
    const key = keys.find((k) => k.name === sig.name && k.keyId === sig.keyId)
    if (!key || sig.signature.length !== 64) continue
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.toString('base64url') }, format: 'jwk' })
    if (verify(null, Buffer.from(text, 'utf8'), publicKey, sig.signature)) verifiedBy.push(key)
  }
  if (signatures.length === 0) throw new Error('a signed note has at least one signature')
  return { text, signatures, verifiedBy }
}
