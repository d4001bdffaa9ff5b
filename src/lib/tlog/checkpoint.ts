/**
 * C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the note text of a log's signed tree
 * head, `<origin>\n<tree size>\n<base64 root hash>\n`, optionally followed by extension lines.
 */
export interface Checkpoint {
  origin: string
  size: number
  root: Buffer
  extensions: string[]
}

export function formatCheckpoint(c: { origin: string; size: number; root: Buffer }): string {
  if (!c.origin || c.origin.includes('\n')) throw new Error('the origin is one non-empty line')
  return `${c.origin}\n${c.size}\n${c.root.toString('base64')}\n`
}

/** Parses a checkpoint's note text (the part before the signatures); throws with the reason. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new Error('a checkpoint ends with a newline')
  const lines = text.slice(0, -1).split('\n')
  if (lines.length < 3) throw new Error('a checkpoint has an origin, a tree size and a root hash')
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]]
  if (!origin) throw new Error('the origin line is empty')
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) throw new Error(`invalid tree size ${JSON.stringify(sizeText)}`)
  const root = Buffer.from(rootText, 'base64')
  if (root.length !== 32 || root.toString('base64') !== rootText) throw new Error('the root hash is base64 of 32 bytes')
  if (extensions.some((l) => l === '')) throw new Error('a checkpoint has no empty line before its signatures')
  return { origin, size: Number(sizeText), root, extensions }
}
