/**
 * What every ctd-verify command shares: its I/O and exit status, the input error (exit 2), reading
 * and parsing an input file, and the keys given by --key — in every form, for every command.
 * Node built-ins and src/lib/tlog only (dependency-cruiser rule cli-is-offline).
 */
import { createPublicKey } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { openNote, parseVerifierKey, rawPublicKey, verifierKeyOf, type OpenedNote, type VerifierKey } from '../lib/tlog/note.ts'

export interface Io {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export interface Check {
  name: string
  ok: boolean
  detail: string
}

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail })

/** Unusable arguments or input: exit 2 with this message. */
export class InputError extends Error {}

/** Prints a command's result (its --json form, or the report) and returns its exit status: 0 passed, 1 a check failed. */
export function printed<R extends { ok: boolean }>(io: Io, result: R, json: boolean, report: (r: R) => string): number {
  io.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : report(result))
  return result.ok ? 0 : 1
}

/** Says why a command could not run (on stdout too with --json) and returns exit status 2. */
export function unusable(io: Io, err: unknown, json: boolean, help = 'ctd-verify --help'): number {
  const message = err instanceof Error ? err.message : String(err)
  if (json) io.stdout.write(JSON.stringify({ ok: false, error: message }) + '\n')
  io.stderr.write(`ctd-verify: ${message}\n${help} for usage.\n`)
  return 2
}

/** Runs a parser of the library, turning its error into an input error that says where. */
export function attempt<T>(f: () => T, where: string): T {
  try {
    return f()
  } catch (err) {
    throw new InputError(`${where}: ${err instanceof Error ? err.message : String(err)}`)
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/* Files */

/** A file that cannot be opened or read: `<where>: ENOENT`. */
export function fileError(where: string, err: unknown): InputError {
  return new InputError(`${where}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
}

export function readText(file: string, where = file): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    throw fileError(where, err)
  }
}

/** JSON text that must hold an object. */
export function parseJson(text: string, where: string): Record<string, unknown> {
  const value = attempt(() => JSON.parse(text) as unknown, `${where}: not valid JSON`)
  if (!isObject(value)) throw new InputError(`${where}: expected a JSON object`)
  return value
}

export function readJson(file: string): Record<string, unknown> {
  return parseJson(readText(file), file)
}

/** A base64 SHA-256 hash, or null. */
export function hashOf(v: unknown): Buffer | null {
  const b = typeof v === 'string' ? Buffer.from(v, 'base64') : undefined
  return b && b.length === 32 && b.toString('base64') === v ? b : null
}

/* Keys */

export const KEY_USAGE = `  --key <key>   a verifier key <name>+<key id>+<base64>, an Ed25519 public key in PEM, or a file of
                either (verifier keys one a line, # comments), or the JSON of GET /v1/audit-log/keys;
                may be repeated; one known key must sign
`

/**
 * The keys given. A verifier key names its key; a PEM public key does not, and verifies a
 * signature of any name whose key id it matches (the key id hashes the name with the key).
 */
export interface Keys {
  named: VerifierKey[]
  raw: Buffer[]
}

const KEY_LIKE = /^[^\s+]+\+[0-9a-fA-F]{8}\+\S+$/

/**
 * Each --key: a verifier key string, PEM text, or a file holding a PEM public key, verifier keys
 * one a line (# comments), or the JSON of GET /v1/audit-log/keys.
 */
export function loadKeys(specs: string[]): Keys {
  if (specs.length === 0) throw new InputError('--key is required: a verifier key, a PEM public key, or a file of them')
  const keys: Keys = { named: [], raw: [] }
  for (const spec of specs) {
    if (spec.includes('-----BEGIN')) keys.raw.push(pemKey(spec, '--key'))
    else if (KEY_LIKE.test(spec)) keys.named.push(attempt(() => parseVerifierKey(spec), `--key ${spec}`))
    else {
      const text = readText(spec, `--key ${spec}: neither a verifier key nor a readable file`)
      if (text.includes('-----BEGIN')) keys.raw.push(pemKey(text, spec))
      else {
        const named = text.trimStart().startsWith('{') ? keysFromJson(text, spec) : keysFromLines(text, spec)
        if (named.length === 0) throw new InputError(`${spec}: no keys`)
        keys.named.push(...named)
      }
    }
  }
  return keys
}

function pemKey(text: string, where: string): Buffer {
  if (text.includes('PRIVATE KEY-----')) throw new InputError(`${where}: a private key; give its public key (or the verifier key)`)
  return attempt(() => rawPublicKey(createPublicKey(text)), `${where}: not an Ed25519 key in PEM`)
}

/** The JSON of GET /v1/audit-log/keys. */
function keysFromJson(text: string, file: string): VerifierKey[] {
  const doc = parseJson(text, file)
  if (!Array.isArray(doc.items)) throw new InputError(`${file}: expected {"items": [...]} as GET /v1/audit-log/keys serves it`)
  return doc.items.map((item: unknown, i) => {
    const where = `${file}: items[${i}]`
    if (!isObject(item)) throw new InputError(`${where} is not an object`)
    const key =
      typeof item.verifierKey === 'string'
        ? attempt(() => parseVerifierKey(item.verifierKey as string), where)
        : attempt(() => verifierKeyOf(String(item.name), Buffer.from(String(item.publicKey), 'base64')), where)
    // Both forms present must name the same key, or the document contradicts itself.
    if (typeof item.publicKey === 'string' && item.publicKey !== key.publicKey.toString('base64'))
      throw new InputError(`${where}: publicKey and verifierKey differ`)
    return key
  })
}

function keysFromLines(text: string, file: string): VerifierKey[] {
  return text.split('\n').flatMap((line, i) => {
    const spec = line.replace(/(^|\s)#.*$/, '').trim()
    return spec ? [attempt(() => parseVerifierKey(spec), `${file}:${i + 1}`)] : []
  })
}

/** The keys that may have signed `note`: the named ones, and each PEM key under each name the note's signatures use. */
export function keysFor(note: string, keys: Keys): VerifierKey[] {
  const names = new Set<string>()
  try {
    for (const s of openNote(note, []).signatures) names.add(s.name)
  } catch {
    // Malformed: openNote says so again when the note is verified.
  }
  const out = [...keys.named]
  for (const raw of keys.raw)
    for (const name of names) {
      try {
        out.push(verifierKeyOf(name, raw))
      } catch {
        // Not a valid key name: no key of that name can verify anything.
      }
    }
  return out
}

/** Why no given key verified a note: a given key's signature that fails means the note was altered. */
export function unverified(opened: OpenedNote, candidates: VerifierKey[]): string {
  const known = opened.signatures.find((s) => candidates.some((k) => k.name === s.name && k.keyId === s.keyId))
  if (known) return `the signature of key ${known.keyId} does not match the note: altered or forged`
  return `signed only by keys not given: ${opened.signatures.map((s) => `${s.keyId} ${s.name}`).join(', ')}`
}
