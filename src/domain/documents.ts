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
  'EMPTY' | 'UNKNOWN_FORMAT' | 'ZIP_NOT_A_DOCUMENT' | 'ZIP_UNREADABLE' | 'MACROS_NOT_ALLOWED' | 'OLE2_NOT_A_DOCUMENT' | 'OLE2_UNREADABLE'

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
        const names = zipEntryNames(b)
        if (names === null) return refused('ZIP_UNREADABLE', 'The zip archive cannot be read (no valid central directory)')
        // Macros of the document's own: Basic libraries and scripts (Python, JavaScript, BeanShell).
        if (names.some((n) => /^(basic|scripts)\//i.test(n))) return refused('MACROS_NOT_ALLOWED', 'The OpenDocument file holds macros (Basic/ or Scripts/)')
        return found(format)
      }
    }
  }
  const names = zipEntryNames(b)
  if (names === null) return refused('ZIP_UNREADABLE', 'The zip archive cannot be read (no valid central directory)')
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
      return found(format)
    }
  }
  return refused('ZIP_NOT_A_DOCUMENT', 'The zip archive is not an Office Open XML or OpenDocument file')
}

/** The entry names of a zip archive from its central directory, or null when it cannot be read. */
function zipEntryNames(b: Uint8Array): string[] | null {
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
  const names: string[] = []
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return null
    const nameLength = u16(b, at + 28)
    const end = at + 46 + nameLength
    if (end > b.length) return null
    names.push(new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(at + 46, end)))
    at = end + u16(b, at + 30) + u16(b, at + 32)
  }
  return names
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
const MAX_DIRECTORY_SECTORS = 4096
/** A legacy Office file's main stream is read this far for its macro sheets or VBA project (the records come first). */
const MAX_SCANNED_BYTES = 16 * 1024 * 1024

function sniffOle2(b: Uint8Array): Sniffed {
  const file = ole2File(b)
  if (file === null) return refused('OLE2_UNREADABLE', 'The compound file cannot be read')
  const { entries } = file
  const main = OLE2_STREAMS.find(([stream]) => entries.some((e) => e.name === stream))
  if (!main) return refused('OLE2_NOT_A_DOCUMENT', 'The compound file is not a Word, Excel or PowerPoint 97-2003 file (an installer, say)')
  if (entries.some((e) => OLE2_VBA.has(e.name.toLowerCase()))) return refused('MACROS_NOT_ALLOWED', 'The Office document holds macros (a VBA project)')
  const [stream, format] = main
  const bytes = file.read(
    entries.find((e) => e.name === stream)!,
    MAX_SCANNED_BYTES,
  )
  if (bytes === null) return refused('OLE2_UNREADABLE', `The compound file's ${stream} stream cannot be read`)
  if (format === 'xls' && xlsMacroSheets(bytes)) return refused('MACROS_NOT_ALLOWED', 'The Excel workbook holds macro sheets (Excel 4.0 macros) or VBA modules')
  if (format === 'ppt' && pptVbaProject(bytes)) return refused('MACROS_NOT_ALLOWED', 'The PowerPoint presentation holds macros (a VBA project)')
  return found(format)
}

interface Ole2Entry {
  name: string
  /** 1 storage, 2 stream, 5 the root (whose stream is the mini stream). */
  type: number
  start: number
  size: number
}

/**
 * An OLE2 compound file ([MS-CFB]): its directory's entries, and a reader of their streams
 * (through the FAT, or the mini FAT for streams under the cutoff), each followed sector by sector
 * with every chain checked (in the file, no loop, no longer than the stream). Null when the
 * header or the directory cannot be read.
 */
function ole2File(b: Uint8Array): { entries: Ole2Entry[]; read(entry: Ole2Entry, max: number): Uint8Array | null } | null {
  if (b.length < 512) return null
  const shift = u16(b, 30)
  if (shift !== 9 && shift !== 12) return null
  const sectorSize = 1 << shift
  const sectorAt = (s: number) => (s + 1) * sectorSize
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
  /** The sectors of a chain (at most `limit`), or null when it leaves the file or loops. */
  const chain = (first: number, limit: number, inFile: (s: number) => boolean, step: (s: number) => number | null): number[] | null => {
    const out: number[] = []
    const seen = new Set<number>()
    for (let s: number | null = first; s !== END_OF_CHAIN && out.length < limit; s = step(s)) {
      if (s === null || s >= 0xfffffffa || seen.has(s) || !inFile(s)) return null
      seen.add(s)
      out.push(s)
    }
    return out
  }
  const whole = (s: number) => sectorAt(s) + sectorSize <= b.length
  const directory = chain(u32(b, 48), MAX_DIRECTORY_SECTORS, whole, next)
  if (directory === null) return null
  const entries: Ole2Entry[] = []
  for (const s of directory) {
    const at = sectorAt(s)
    for (let e = at; e < at + sectorSize; e += 128) {
      const length = u16(b, e + 64)
      if (length < 2 || length > 64 || b[e + 66] === 0) continue
      let name = ''
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(b, e + i))
      entries.push({ name, type: b[e + 66]!, start: u32(b, e + 116), size: u32(b, e + 120) })
    }
  }
  const cutoff = u32(b, 56)
  const root = entries.find((e) => e.type === 5)
  /** The bytes of a chain of regular sectors, the first `size` of them. */
  const regular = (start: number, size: number): Uint8Array | null => {
    if (size > b.length) return null
    const sectors = chain(start, Math.ceil(size / sectorSize), whole, next)
    if (sectors === null || sectors.length * sectorSize < size) return null
    const out = new Uint8Array(size)
    sectors.forEach((s, i) => out.set(b.subarray(sectorAt(s), sectorAt(s) + Math.min(sectorSize, size - i * sectorSize)), i * sectorSize))
    return out
  }
  const read = (entry: Ole2Entry, max: number): Uint8Array | null => {
    const size = Math.min(entry.size, max)
    if (size > b.length) return null
    if (entry.size >= cutoff || !root) return regular(entry.start, size)
    // A small stream lives in the mini stream (the root's), in 64-byte sectors chained by the mini FAT.
    const miniSize = 1 << u16(b, 32)
    const miniStream = regular(root.start, root.size)
    const miniFat = regular(u32(b, 60), u32(b, 64) * sectorSize)
    if (miniStream === null || miniFat === null) return null
    const sectors = chain(
      entry.start,
      Math.ceil(size / miniSize),
      (s) => (s + 1) * miniSize <= miniStream.length,
      (s) => ((s + 1) * 4 <= miniFat.length ? u32(miniFat, s * 4) : null),
    )
    if (sectors === null || sectors.length * miniSize < size) return null
    const out = new Uint8Array(size)
    sectors.forEach((s, i) => out.set(miniStream.subarray(s * miniSize, s * miniSize + Math.min(miniSize, size - i * miniSize)), i * miniSize))
    return out
  }
  return { entries, read }
}

/**
 * An Excel 97-2003 (BIFF8) or Excel 5 (BIFF5) workbook stream declares a macro sheet (Excel 4.0
 * macros) or a VBA module sheet: a BOUNDSHEET record (0x0085) of the workbook globals, which come
 * first and end at the first EOF record (0x000A), whose sheet type (the sixth byte) is 1 or 6.
 */
function xlsMacroSheets(w: Uint8Array): boolean {
  for (let at = 0; at + 4 <= w.length;) {
    const type = u16(w, at)
    const length = u16(w, at + 2)
    if (type === 0x000a) return false
    if (type === 0x0085 && length >= 6 && at + 4 + 6 <= w.length) {
      const sheetType = w[at + 4 + 5]!
      if (sheetType === 0x01 || sheetType === 0x06) return true
    }
    at += 4 + length
  }
  return false
}

/**
 * A PowerPoint 97-2003 stream holds a VBA project: a VBAInfoContainer (0x03FF) or VBAInfoAtom
 * (0x0400) record, found walking the records and every container's children ([MS-PPT]: an
 * 8-byte header, the version's low nibble 0xF marking a container).
 */
function pptVbaProject(p: Uint8Array): boolean {
  const walk = (from: number, to: number, depth: number): boolean => {
    for (let at = from; at + 8 <= to;) {
      const version = u16(p, at) & 0x0f
      const type = u16(p, at + 2)
      const length = u32(p, at + 4)
      if (type === 0x03ff || type === 0x0400) return true
      const end = Math.min(to, at + 8 + length)
      if (version === 0x0f && depth < 16 && walk(at + 8, end, depth + 1)) return true
      at = at + 8 + length
    }
    return false
  }
  return walk(0, p.length, 0)
}

/**
 * Where a document belongs (`kind`) and what its `ownerId` names: the signed pact and the
 * finalised ranking's conference minutes belong to the cluster-year; evidence to a submission;
 * the handover minutes to the handover; the proposal letter (tờ trình) and the award decision
 * (quyết định) to the award proposal.
 */
export const ATTACHMENT_KINDS = ['pact', 'submission', 'ranking', 'handover', 'award_proposal', 'award_decision', 'objection'] as const
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]
