/**
 * What a dossier's document (hồ sơ: a signed pact, evidence, minutes, a proposal letter, a
 * decision) is, read from its bytes alone: its name and the Content-Type it was sent with say
 * nothing. Pure: the caller passes the bytes.
 *
 * Accepted: PDF; PNG, JPEG, WebP and TIFF images; Office Open XML documents (DOCX, XLSX, PPTX:
 * a zip holding `[Content_Types].xml` and the main part of its kind); the legacy Office formats
 * (DOC, XLS, PPT: an OLE2 compound file holding the stream of its kind); and OpenDocument (ODT,
 * ODS, ODP: a zip whose first entry is its stored `mimetype`); each without macros (a VBA
 * project, Excel 4.0 macro sheets, OpenDocument Basic or scripts). Anything else
 * (an executable, HTML, plain text, a zip of something else, an OLE2 installer, a macro-enabled
 * Office file) is refused with ATTACHMENT_TYPE_REFUSED.
 */
import { inflateRawSync } from 'node:zlib'
import { DomainError } from './errors.ts'

export const DOCUMENT_TYPES = {
  pdf: { mediaType: 'application/pdf', label: 'PDF' },
  png: { mediaType: 'image/png', label: 'PNG image' },
  jpeg: { mediaType: 'image/jpeg', label: 'JPEG image' },
  webp: { mediaType: 'image/webp', label: 'WebP image' },
  tiff: { mediaType: 'image/tiff', label: 'TIFF image' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document (DOCX)' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel workbook (XLSX)' },
  pptx: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint presentation (PPTX)' },
  doc: { mediaType: 'application/msword', label: 'Word 97-2003 document (DOC)' },
  xls: { mediaType: 'application/vnd.ms-excel', label: 'Excel 97-2003 workbook (XLS)' },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', label: 'PowerPoint 97-2003 presentation (PPT)' },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text (ODT)' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument spreadsheet (ODS)' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', label: 'OpenDocument presentation (ODP)' },
} as const

export type DocumentFormat = keyof typeof DOCUMENT_TYPES
export type DocumentMediaType = (typeof DOCUMENT_TYPES)[DocumentFormat]['mediaType']
export const DOCUMENT_FORMATS = Object.keys(DOCUMENT_TYPES) as DocumentFormat[]
/** The Content-Types an attachment is served with: one per accepted format. */
export const DOCUMENT_MEDIA_TYPES = DOCUMENT_FORMATS.map((f) => DOCUMENT_TYPES[f].mediaType)

/** Why bytes are not an accepted document (details.reason of ATTACHMENT_TYPE_REFUSED). */
export type RefusalReason =
  'EMPTY' | 'UNKNOWN_FORMAT' | 'ZIP_NOT_A_DOCUMENT' | 'ZIP_UNREADABLE' | 'MACROS_NOT_ALLOWED' | 'ENCRYPTED' | 'OLE2_NOT_A_DOCUMENT' | 'OLE2_UNREADABLE'

export type Sniffed = { ok: true; format: DocumentFormat; mediaType: DocumentMediaType } | { ok: false; reason: RefusalReason; message: string }

const ascii = (b: Uint8Array, at: number, text: string) => {
  if (at < 0 || at + text.length > b.length) return false
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false
  return true
}
const bytesAt = (b: Uint8Array, at: number, sig: readonly number[]) => at + sig.length <= b.length && sig.every((x, i) => b[at + i] === x)
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000

const found = (format: DocumentFormat): Sniffed => ({ ok: true, format, mediaType: DOCUMENT_TYPES[format].mediaType })
const refused = (reason: RefusalReason, message: string): Sniffed => ({ ok: false, reason, message })

/** The document format of `bytes`, by their content (magic numbers and container structure). */
export function sniffDocument(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return refused('EMPTY', 'The file is empty')
  // PDF: the header at the very start (ISO 32000: %PDF-n.n).
  if (ascii(bytes, 0, '%PDF-') && bytes.length >= 8 && /^\d\.\d$/.test(String.fromCharCode(bytes[5]!, bytes[6]!, bytes[7]!))) return found('pdf')
  // PNG: the 8-byte signature, then the IHDR chunk.
  if (bytesAt(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ascii(bytes, 12, 'IHDR')) return found('png')
  // JPEG: SOI and the first marker.
  if (bytesAt(bytes, 0, [0xff, 0xd8, 0xff])) return found('jpeg')
  // WebP: a RIFF container of form WEBP.
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return found('webp')
  // TIFF: byte order and 42.
  if (bytesAt(bytes, 0, [0x49, 0x49, 0x2a, 0x00]) || bytesAt(bytes, 0, [0x4d, 0x4d, 0x00, 0x2a])) return found('tiff')
  // Zip: OpenDocument or Office Open XML, told apart by their entries.
  if (bytesAt(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes)
  // OLE2 compound file: the legacy Office formats, told apart by their streams.
  if (bytesAt(bytes, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle2(bytes)
  return refused('UNKNOWN_FORMAT', 'The content is not a PDF, an image (PNG, JPEG, WebP, TIFF) or an office document')
}

/** Throws 415 ATTACHMENT_TYPE_REFUSED unless `bytes` are an accepted document; else its format. */
export function requireDocument(bytes: Uint8Array): { format: DocumentFormat; mediaType: DocumentMediaType } {
  const s = sniffDocument(bytes)
  if (!s.ok) {
    throw new DomainError('unsupported_media_type', 'ATTACHMENT_TYPE_REFUSED', `${s.message}; accepted: ${ACCEPTED_TEXT}`, {
      details: { reason: s.reason },
    })
  }
  return { format: s.format, mediaType: s.mediaType }
}

export const ACCEPTED_TEXT = 'PDF, PNG, JPEG, WebP, TIFF, DOCX, XLSX, PPTX (without macros), DOC, XLS, PPT, ODT, ODS, ODP'

const ODF: Record<string, DocumentFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
}
const OOXML_MAIN: [string, DocumentFormat][] = [
  ['word/document.xml', 'docx'],
  ['xl/workbook.xml', 'xlsx'],
  ['ppt/presentation.xml', 'pptx'],
]
const MAX_ZIP_ENTRIES = 65535

function sniffZip(b: Uint8Array): Sniffed {
  // OpenDocument: the first entry is `mimetype`, stored (not compressed), holding the type.
  if (u16(b, 26) === 8 && ascii(b, 30, 'mimetype') && u16(b, 8) === 0) {
    const at = 30 + 8 + u16(b, 28)
    const size = u32(b, 18)
    if (size > 0 && size <= 100 && at + size <= b.length) {
      const type = String.fromCharCode(...b.subarray(at, at + size))
      const format = ODF[type]
      if (format) {
        const entries = zipEntries(b)
        if (!entries) return refused('ZIP_UNREADABLE', 'The zip archive cannot be read (no valid central directory)')
        const names = entries.map((e) => e.name)
        // Macros of the document's own: Basic libraries and scripts (Python, JavaScript, BeanShell).
        if (names.some((n) => /^(basic|scripts)\//i.test(n))) return refused('MACROS_NOT_ALLOWED', 'The OpenDocument file holds macros (Basic/ or Scripts/)')
        // Saved with a password: the manifest says how each encrypted entry is encrypted (ODF 1.2 part 3, 3.8).
        const manifest = entries.find((e) => e.name === 'META-INF/manifest.xml')
        if (manifest) {
          const text = zipEntryText(b, manifest, MAX_MANIFEST_BYTES)
          if (text === null) return refused('ZIP_UNREADABLE', 'The OpenDocument file’s META-INF/manifest.xml cannot be read')
          if (/<(?:[\w.-]+:)?encryption-data\b/.test(text)) return refused('ENCRYPTED', `The OpenDocument file ${ENCRYPTED}`)
        }
        return found(format)
      }
    }
  }
  const entries = zipEntries(b)
  if (entries === null) return refused('ZIP_UNREADABLE', 'The zip archive cannot be read (no valid central directory)')
  const names = entries.map((e) => e.name)
  const set = new Set(names)
  if (set.has('[Content_Types].xml')) {
    for (const [main, format] of OOXML_MAIN) {
      if (!set.has(main)) continue
      if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) {
        return refused('MACROS_NOT_ALLOWED', 'The Office document holds macros (vbaProject.bin)')
      }
      if (names.some((n) => n.toLowerCase().startsWith('xl/macrosheets/'))) {
        return refused('MACROS_NOT_ALLOWED', 'The Excel workbook holds macro sheets (Excel 4.0 macros)')
      }
      // Office finds parts by their declared content types, not their names: a VBA project or a
      // macro sheet under another name, or a macro-enabled main part, is declared there.
      const types = zipEntryText(
        b,
        entries.find((e) => e.name === '[Content_Types].xml')!,
        MAX_CONTENT_TYPES_BYTES,
      )
      if (types === null) return refused('ZIP_UNREADABLE', 'The Office document’s [Content_Types].xml cannot be read')
      if (MACRO_CONTENT_TYPES.test(types))
        return refused('MACROS_NOT_ALLOWED', 'The Office document declares macros (a VBA project, macro sheets or a macro-enabled part)')
      return found(format)
    }
  }
  return refused('ZIP_NOT_A_DOCUMENT', 'The zip archive is not an Office Open XML or OpenDocument file')
}

/** Content types that carry macros: a VBA project, Excel 4.0 macro sheets, a macro-enabled main part (.docm, .xlsm, .pptm). */
const MACRO_CONTENT_TYPES = /vnd\.ms-office\.vbaproject|macrosheet\+xml|macroenabled/i
const MAX_CONTENT_TYPES_BYTES = 1 << 20
/** An OpenDocument manifest lists every entry of the file: a large one is no fault (about 150 bytes an entry). */
const MAX_MANIFEST_BYTES = 16 << 20

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  localHeader: number
}

/** An entry's text (UTF-8), stored or deflated, at most `max` bytes of it; null when it cannot be read, or is larger. */
function zipEntryText(b: Uint8Array, entry: ZipEntry, max: number): string | null {
  const at = entry.localHeader
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) return null
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28)
  const end = start + entry.compressedSize
  if (end > b.length) return null
  const data = b.subarray(start, end)
  try {
    if (entry.method === 0) return data.length <= max ? new TextDecoder().decode(data) : null
    if (entry.method === 8) return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: max }))
  } catch {
    return null
  }
  return null
}

/** The entries of a zip archive from its central directory, or null when it cannot be read. */
function zipEntries(b: Uint8Array): ZipEntry[] | null {
  // The end of central directory record: in the last 22 + 65535 bytes (its comment is at most 65535).
  let eocd = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = u16(b, eocd + 10)
  const offset = u32(b, eocd + 16)
  if (count > MAX_ZIP_ENTRIES || offset >= b.length) return null
  const entries: ZipEntry[] = []
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null
    const nameLength = u16(b, at + 28)
    const end = at + 46 + nameLength
    if (end > b.length) return null
    entries.push({
      name: new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(at + 46, end)),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      localHeader: u32(b, at + 42),
    })
    at = end + u16(b, at + 30) + u16(b, at + 32)
  }
  return entries
}

const OLE2_STREAMS: [string, DocumentFormat][] = [
  ['WordDocument', 'doc'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
  ['PowerPoint Document', 'ppt'],
]
/** Storages and streams of a VBA project ([MS-OVBA]): Word keeps it in `Macros`, Excel in `_VBA_PROJECT_CUR`, both with a `VBA` storage. */
const OLE2_VBA = new Set(['macros', '_vba_project_cur', '_vba_project', 'vba'])
const END_OF_CHAIN = 0xfffffffe
const NO_ENTRY = 0xffffffff
const MAX_DIRECTORY_SECTORS = 4096

function sniffOle2(b: Uint8Array): Sniffed {
  const file = ole2File(b)
  if (file === null) return refused('OLE2_UNREADABLE', 'The compound file cannot be read')
  const { entries, rootChildren } = file
  // A Word, Excel or PowerPoint 2007+ file encrypted with a password to open, or protected by
  // rights management, is a compound file holding the encrypted package ([MS-OFFCRYPTO] 2.3.4.1,
  // 2.2.11), not a ZIP.
  if (rootChildren.some((e) => e.type === 2 && e.name === 'EncryptedPackage')) return refused('ENCRYPTED', `The Office document ${ENCRYPTED}`)
  // The document is what the root holds (an embedded object's streams sit in storages below it).
  const formats = new Set(OLE2_STREAMS.filter(([stream]) => rootChildren.some((e) => e.type === 2 && e.name === stream)).map(([, f]) => f))
  if (formats.size === 0) return refused('OLE2_NOT_A_DOCUMENT', 'The compound file is not a Word, Excel or PowerPoint 97-2003 file (an installer, say)')
  if (formats.size > 1)
    return refused('OLE2_NOT_A_DOCUMENT', `The compound file holds the streams of more than one kind of document (${[...formats].join(', ')})`)
  const [format] = formats as Set<DocumentFormat> & { size: 1 }
  if (entries.some((e) => OLE2_VBA.has(e.name.toLowerCase()))) return refused('MACROS_NOT_ALLOWED', 'The Office document holds macros (a VBA project)')
  // Every workbook, presentation and Word stream, the embedded ones too, is looked through; a
  // stream that several directory entries name (the same name, start and size) only once.
  const looked = new Set<string>()
  for (const e of entries) {
    const check = e.type === 2 ? OLE2_STREAM_CHECKS.get(e.name) : undefined
    if (!check) continue
    const key = `${e.name}|${e.start}|${e.size}`
    if (looked.has(key)) continue
    looked.add(key)
    const view = file.view(e)
    if (view === null) return refused('OLE2_UNREADABLE', `The compound file's ${e.name} stream cannot be read`)
    const refusal = check(view)
    if (refusal) return refusal
  }
  return found(format)
}

interface Ole2Entry {
  name: string
  /** 1 storage, 2 stream, 5 the root (whose stream is the mini stream). */
  type: number
  start: number
  size: number
  left: number
  right: number
  child: number
}

/** A stream read in place: its size and its byte at an offset (0 past the end of the file). */
interface StreamView {
  size: number
  at(i: number): number
}

/**
 * An OLE2 compound file ([MS-CFB]): its directory's entries, the root's children (its red-black
 * tree walked), and views of its streams through the FAT, or the mini FAT for streams under the
 * cutoff, read in place. Every chain is checked (in the file, no sector twice, no longer than its
 * stream); a header off the specification (sector sizes, cutoff) is unreadable. Null when the
 * header or the directory cannot be read.
 */
function ole2File(b: Uint8Array): { entries: Ole2Entry[]; rootChildren: Ole2Entry[]; view(entry: Ole2Entry): StreamView | null } | null {
  if (b.length < 512) return null
  const major = u16(b, 26)
  const shift = u16(b, 30)
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) return null
  if (u16(b, 32) !== 6 || u32(b, 56) !== 4096) return null
  const sectorSize = 1 << shift
  const MINI = 64
  const CUTOFF = 4096
  const sectorAt = (s: number) => (s + 1) * sectorSize
  const sectorCount = Math.floor(b.length / sectorSize)
  const perFatSector = sectorSize / 4
  // The FAT's sectors: the first 109 are listed in the header (enough for files of 6.8 MB of 512-byte sectors, 436 MB of 4 KB ones)…
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 76 + i * 4)
    if (s >= 0xfffffffa) break
    fatSectors.push(s)
  }
  // … the rest in the DIFAT chain.
  let difat = u32(b, 68)
  for (let guard = 0; difat < 0xfffffffa && guard < 1024; guard++) {
    const at = sectorAt(difat)
    if (at + sectorSize > b.length) return null
    for (let i = 0; i < perFatSector - 1; i++) {
      const s = u32(b, at + i * 4)
      if (s < 0xfffffffa) fatSectors.push(s)
    }
    difat = u32(b, at + sectorSize - 4)
  }
  const next = (s: number): number | null => {
    const fatSector = fatSectors[Math.floor(s / perFatSector)]
    if (fatSector === undefined) return null
    const at = sectorAt(fatSector) + (s % perFatSector) * 4
    return at + 4 <= b.length ? u32(b, at) : null
  }
  /** The first `limit` sectors of a chain (fewer where it ends), or null when it leaves its space (`count` sectors) or comes back on itself. */
  const chain = (first: number, limit: number, count: number, step: (s: number) => number | null): number[] | null => {
    const out: number[] = []
    const seen = new Uint8Array(count)
    for (let s: number | null = first; s !== END_OF_CHAIN && out.length < limit; s = step(s)) {
      if (s === null || s >= count || seen[s]) return null
      seen[s] = 1
      out.push(s)
    }
    return out
  }
  const directory = chain(u32(b, 48), MAX_DIRECTORY_SECTORS, sectorCount, next)
  if (directory === null) return null
  // Entries by their number (an unused one is null): the tree links name them so.
  const slots: (Ole2Entry | null)[] = []
  for (const s of directory) {
    const at = sectorAt(s)
    for (let e = at; e < at + sectorSize; e += 128) {
      const length = u16(b, e + 64)
      const type = b[e + 66] ?? 0
      if (length < 2 || length > 64 || type === 0) {
        slots.push(null)
        continue
      }
      let name = ''
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(b, e + i))
      slots.push({ name, type, start: u32(b, e + 116), size: u32(b, e + 120), left: u32(b, e + 68), right: u32(b, e + 72), child: u32(b, e + 76) })
    }
  }
  const entries = slots.filter((e): e is Ole2Entry => e !== null)
  const root = slots[0]
  if (!root || root.type !== 5) return null
  // The root's children: its child's tree, in any order, each entry once.
  const rootChildren: Ole2Entry[] = []
  const visited = new Uint8Array(slots.length)
  const stack = [root.child]
  while (stack.length > 0) {
    const i = stack.pop()!
    if (i === NO_ENTRY || i >= slots.length || visited[i]) continue
    visited[i] = 1
    const e = slots[i]
    if (!e) continue
    rootChildren.push(e)
    stack.push(e.left, e.right)
  }
  const byte = (at: number) => b[at] ?? 0
  /** A stream in regular sectors, read in place. */
  const regular = (start: number, size: number): StreamView | null => {
    if (size > b.length) return null
    const sectors = chain(start, Math.ceil(size / sectorSize), sectorCount, next)
    if (sectors === null || sectors.length * sectorSize < size) return null
    return { size, at: (i) => byte(sectorAt(sectors[Math.floor(i / sectorSize)]!) + (i % sectorSize)) }
  }
  let mini: { stream: StreamView; fat: StreamView } | null | undefined
  const view = (entry: Ole2Entry): StreamView | null => {
    if (entry.size > b.length) return null
    if (entry.size >= CUTOFF) return regular(entry.start, entry.size)
    // A small stream lives in the mini stream (the root's), in 64-byte sectors chained by the mini FAT.
    if (mini === undefined) {
      const stream = regular(root.start, root.size)
      const fat = regular(u32(b, 60), Math.min(u32(b, 64), sectorCount) * sectorSize)
      mini = stream && fat ? { stream, fat } : null
    }
    if (mini === null) return null
    const { stream, fat } = mini
    const sectors = chain(entry.start, Math.ceil(entry.size / MINI), Math.floor(stream.size / MINI), (m) =>
      (m + 1) * 4 <= fat.size ? viewU32(fat, m * 4) : null,
    )
    if (sectors === null || sectors.length * MINI < entry.size) return null
    return { size: entry.size, at: (i) => stream.at(sectors[Math.floor(i / MINI)]! * MINI + (i % MINI)) }
  }
  return { entries, rootChildren, view }
}

const viewU16 = (v: StreamView, at: number) => v.at(at) | (v.at(at + 1) << 8)
const viewU32 = (v: StreamView, at: number) => (v.at(at) | (v.at(at + 1) << 8) | (v.at(at + 2) << 16)) + v.at(at + 3) * 0x1000000

/**
 * What an Excel 97-2003 (BIFF8) or Excel 5 (BIFF5) workbook's globals declare (they come first
 * and end at the first EOF record, 0x000A): a macro sheet (Excel 4.0 macros) or a VBA module
 * sheet, as a BOUNDSHEET record (0x0085) whose sheet type (its sixth byte) is 1 or 6; or
 * encryption (FILEPASS, 0x002F), which hides the sheets' types.
 */
function xlsGlobals(w: StreamView): 'macros' | 'encrypted' | null {
  for (let at = 0; at + 4 <= w.size;) {
    const type = viewU16(w, at)
    const length = viewU16(w, at + 2)
    if (type === 0x000a) return null
    if (type === 0x002f) return 'encrypted'
    if (type === 0x0085 && length >= 6) {
      const sheetType = w.at(at + 4 + 5)
      if (sheetType === 0x01 || sheetType === 0x06) return 'macros'
    }
    at += 4 + length
  }
  return null
}

/** How a refusal of an encrypted document ends, after what it is. */
const ENCRYPTED = 'is encrypted (a password to open it): its content cannot be checked, nor read by an auditor'

/**
 * A PowerPoint 97-2003 stream holds a VBA project: a VBAInfoContainer (0x03FF) or VBAInfoAtom
 * (0x0400) record, found walking the records and every container's children ([MS-PPT]: an
 * 8-byte header, the version's low nibble 0xF marking a container).
 */
function pptVbaProject(p: StreamView): boolean {
  const walk = (from: number, to: number, depth: number): boolean => {
    for (let at = from; at + 8 <= to;) {
      const version = viewU16(p, at) & 0x0f
      const type = viewU16(p, at + 2)
      const length = viewU32(p, at + 4)
      if (type === 0x03ff || type === 0x0400) return true
      const end = Math.min(to, at + 8 + length)
      if (version === 0x0f && depth < 16 && walk(at + 8, end, depth + 1)) return true
      at = at + 8 + length
    }
    return false
  }
  return walk(0, p.size, 0)
}

/**
 * A PowerPoint 97-2003 presentation is encrypted: its `Current User` stream's CurrentUserAtom
 * says so in its headerToken (offset 12: 0xF3D1C4DF, against 0xE391C05F unencrypted; [MS-PPT]
 * 2.3.2). The presentation's own records are encrypted, headers too, so they cannot tell.
 */
const pptEncrypted = (c: StreamView): boolean => c.size >= 16 && viewU16(c, 2) === 0x0ff6 && viewU32(c, 12) === 0xf3d1c4df

/**
 * A Word 97-2003 (or Word 6/95) document is encrypted, or obfuscated with a password: the
 * FibBase's fEncrypted flag (bit 8 of the 16-bit flags at offset 10, [MS-DOC] 2.5.2), set for
 * both kinds.
 */
const wordEncrypted = (w: StreamView): boolean => w.size >= 12 && (viewU16(w, 10) & 0x0100) !== 0

/** An Excel workbook stream's refusal (Excel 97-2003 names it Workbook, Excel 5 Book), or null. */
function xlsRefusal(view: StreamView): Sniffed | null {
  const found = xlsGlobals(view)
  if (found === 'macros') return refused('MACROS_NOT_ALLOWED', 'The Excel workbook holds macro sheets (Excel 4.0 macros) or VBA modules')
  if (found === 'encrypted') return refused('ENCRYPTED', `The Excel workbook ${ENCRYPTED}`)
  return null
}

/** The streams of a compound file looked through, by name, each with what refuses it (null: nothing). */
const OLE2_STREAM_CHECKS = new Map<string, (view: StreamView) => Sniffed | null>([
  ['Workbook', xlsRefusal],
  ['Book', xlsRefusal],
  ['PowerPoint Document', (view) => (pptVbaProject(view) ? refused('MACROS_NOT_ALLOWED', 'The PowerPoint presentation holds macros (a VBA project)') : null)],
  ['Current User', (view) => (pptEncrypted(view) ? refused('ENCRYPTED', `The PowerPoint presentation ${ENCRYPTED}`) : null)],
  ['WordDocument', (view) => (wordEncrypted(view) ? refused('ENCRYPTED', `The Word document ${ENCRYPTED}`) : null)],
])

/**
 * Where a document belongs (`kind`) and what its `ownerId` names: the signed pact and the
 * finalised ranking's conference minutes belong to the cluster-year; evidence to a submission;
 * the handover minutes to the handover; the proposal letter (tờ trình) and the award decision
 * (quyết định) to the award proposal.
 */
export const ATTACHMENT_KINDS = ['pact', 'submission', 'ranking', 'handover', 'award_proposal', 'award_decision', 'objection'] as const
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]
