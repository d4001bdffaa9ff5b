import { deflateRawSync } from 'node:zlib'
/**
 * Real, minimal documents of each accepted kind (and some that are not), built byte by byte for
 * the tests of the sniffer (src/domain/documents.ts) and of the attachments.
 */
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
export function crc32(b: Buffer): number {
  let c = 0xffffffff
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A one-page PDF saying "Biên bản". */
export function minimalPdf(text = 'Bien ban'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
  ]
  const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A 1×1 red PNG. */
export function minimalPng(): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(1, 0)
  ihdr.writeUInt32BE(1, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The first bytes of a JPEG (SOI, APP0 JFIF). */
export const jpegHead = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(32)])

/** A zip archive of entries, in order: stored, or deflated where the third element says so. */
export function zip(entries: [name: string, content: string | Buffer, deflate?: 'deflate'][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content, deflate] of entries) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const data = deflate ? deflateRawSync(raw) : raw
    const fileName = Buffer.from(name, 'utf8')
    const crc = crc32(raw)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(deflate ? 8 : 0, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(deflate ? 8 : 0, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(raw.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, data)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const CONTENT_TYPES = (main: string, type: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${main}" ContentType="${type}"/></Types>`
const RELS = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`

/** A one-paragraph Word document (DOCX). */
export function minimalDocx(opts: { macros?: boolean } = {}): Buffer {
  const main = 'word/document.xml'
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES(main, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')],
    ['_rels/.rels', RELS(main)],
    [
      main,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Tờ trình đề nghị khen thưởng</w:t></w:r></w:p></w:body></w:document>',
    ],
    ...(opts.macros ? ([['word/vbaProject.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])]] as [string, Buffer][]) : []),
  ])
}

/** An Excel workbook's parts (XLSX): enough for its type. */
export function minimalXlsx(): Buffer {
  const main = 'xl/workbook.xml'
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES(main, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')],
    ['_rels/.rels', RELS(main)],
    [main, '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'],
  ])
}

/** An OpenDocument file of the given type: `mimetype` first, stored. */
export function minimalOdf(type = 'application/vnd.oasis.opendocument.text'): Buffer {
  return zip([
    ['mimetype', type],
    ['META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'],
    ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
  ])
}

/** An entry of a compound file: a stream's name (empty), or a stream with its bytes, or a storage with its entries. */
export type Ole2Entry = string | { name: string; data?: Uint8Array; storage?: boolean; children?: Ole2Entry[] }

/**
 * An OLE2 compound file ([MS-CFB], 512-byte sectors) whose root holds `entries`: streams of
 * 4,096 bytes or more in sectors of their own chained by the FAT, smaller ones in the mini stream
 * (64-byte sectors chained by the mini FAT), as Office writes them. Each storage's entries are
 * linked from it as a tree (a chain of right siblings). `header` changes header fields (offset →
 * 16-bit value) to build hostile files.
 */
export function ole2(entries: Ole2Entry[], header: Record<number, number> = {}): Buffer {
  const SECTOR = 512
  const MINI = 64
  const CUTOFF = 4096
  const END = 0xfffffffe
  const NONE = 0xffffffff
  type Node = { name: string; data: Uint8Array; type: number; children: Node[]; index: number }
  const nodes: Node[] = []
  const node = (e: Ole2Entry): Node => {
    const n: Node =
      typeof e === 'string'
        ? { name: e, data: new Uint8Array(0), type: 2, children: [], index: 0 }
        : { name: e.name, data: e.data ?? new Uint8Array(0), type: e.storage || e.children ? 1 : 2, children: [], index: 0 }
    n.index = nodes.length
    nodes.push(n)
    if (typeof e !== 'string') n.children = (e.children ?? []).map(node)
    return n
  }
  const root: Node = { name: 'Root Entry', data: new Uint8Array(0), type: 5, children: [], index: 0 }
  nodes.push(root)
  root.children = entries.map(node)
  const list = nodes.slice(1)
  const directorySectors = Math.ceil(nodes.length / (SECTOR / 128))
  const sectorsOf = (bytes: number) => Math.ceil(bytes / SECTOR)
  const big = list.filter((e) => e.data.length >= CUTOFF)
  const small = list.filter((e) => e.data.length > 0 && e.data.length < CUTOFF)
  const miniBytes = small.reduce((n, e) => n + Math.ceil(e.data.length / MINI) * MINI, 0)
  const miniFatSectors = sectorsOf((miniBytes / MINI) * 4)
  const rest = directorySectors + big.reduce((n, e) => n + sectorsOf(e.data.length), 0) + sectorsOf(miniBytes) + miniFatSectors
  let fatSectors = 1
  while (fatSectors * (SECTOR / 4) < fatSectors + rest) fatSectors++
  const total = fatSectors + rest
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(NONE)
  const body = Buffer.alloc(total * SECTOR, 0)
  for (let s = 0; s < fatSectors; s++) fat[s] = 0xfffffffd
  let free = fatSectors
  /** Puts bytes in a chain of new sectors; returns the first (END for none). */
  const place = (bytes: Uint8Array, sectors = sectorsOf(bytes.length)): number => {
    if (sectors === 0) return END
    const first = free
    for (let k = 0; k < sectors; k++) fat[first + k] = k === sectors - 1 ? END : first + k + 1
    Buffer.from(bytes).copy(body, first * SECTOR)
    free += sectors
    return first
  }
  const directoryStart = place(Buffer.alloc(0), directorySectors)
  const starts = new Map<Node, number>()
  for (const e of big) starts.set(e, place(e.data))
  // The mini stream and its FAT.
  const miniStream = Buffer.alloc(miniBytes, 0)
  const miniFat: number[] = []
  for (const e of small) {
    const first = miniFat.length
    const count = Math.ceil(e.data.length / MINI)
    for (let k = 0; k < count; k++) miniFat.push(k === count - 1 ? END : first + k + 1)
    Buffer.from(e.data).copy(miniStream, first * MINI)
    starts.set(e, first)
  }
  const miniStreamStart = place(miniStream)
  const miniFatBytes = Buffer.alloc(miniFatSectors * SECTOR, 0xff)
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4))
  const miniFatStart = place(miniFatBytes, miniFatSectors)
  // The directory: the root (its stream is the mini stream), then every entry, each storage's
  // children linked from it (child) and each to the next (right sibling).
  const directory = Buffer.alloc(directorySectors * SECTOR, 0)
  for (let at = nodes.length * 128; at < directory.length; at += 128) directory.fill(0xff, at + 68, at + 80)
  const right = new Map<Node, number>()
  for (const n of nodes) n.children.forEach((c, k) => right.set(c, n.children[k + 1]?.index ?? NONE))
  for (const n of nodes) {
    const at = n.index * 128
    const utf16 = Buffer.from(`${n.name}\0`, 'utf16le')
    utf16.copy(directory, at)
    directory.writeUInt16LE(utf16.length, at + 64)
    directory[at + 66] = n.type
    directory.writeUInt32LE(NONE, at + 68)
    directory.writeUInt32LE(right.get(n) ?? NONE, at + 72)
    directory.writeUInt32LE(n.children[0]?.index ?? NONE, at + 76)
    const start = n === root ? miniStreamStart : n.data.length > 0 ? starts.get(n)! : END
    directory.writeUInt32LE(start, at + 116)
    directory.writeUInt32LE(n === root ? miniBytes : n.data.length, at + 120)
  }
  directory.copy(body, directoryStart * SECTOR)
  fat.forEach((v, i) => body.writeUInt32LE(v >>> 0, i * 4))
  const head = Buffer.alloc(SECTOR, 0)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(head, 0)
  head.writeUInt16LE(0x3e, 24)
  head.writeUInt16LE(3, 26)
  head.writeUInt16LE(0xfffe, 28)
  head.writeUInt16LE(9, 30)
  head.writeUInt16LE(6, 32)
  head.writeUInt32LE(fatSectors, 44)
  head.writeUInt32LE(directoryStart, 48)
  head.writeUInt32LE(CUTOFF, 56)
  head.writeUInt32LE(miniFatSectors > 0 ? miniFatStart : END, 60)
  head.writeUInt32LE(miniFatSectors, 64)
  head.writeUInt32LE(END, 68)
  for (let i = 0; i < 109; i++) head.writeUInt32LE(i < fatSectors ? i : NONE, 76 + i * 4)
  for (const [at, value] of Object.entries(header)) head.writeUInt16LE(value, Number(at))
  return Buffer.concat([head, body])
}

/** BIFF records: each its type, length and data. */
export const biff = (records: [number, number[]][]): Buffer =>
  Buffer.concat(
    records.map(([type, data]) => {
      const r = Buffer.alloc(4 + data.length)
      r.writeUInt16LE(type, 0)
      r.writeUInt16LE(data.length, 2)
      Buffer.from(data).copy(r, 4)
      return r
    }),
  )

/** An Excel 97-2003 workbook stream's globals: BOF, a BOUNDSHEET per sheet type (0 worksheet, 1 macro sheet, 6 VBA module), EOF. */
export const xlsWorkbook = (sheetTypes: number[], pad = 0): Buffer =>
  Buffer.concat([
    biff([[0x0809, [0, 6, 5, 0]], ...sheetTypes.map((dt): [number, number[]] => [0x0085, [0, 0, 0, 0, 0, dt, 1, 0, 0x41]]), [0x000a, []]]),
    Buffer.alloc(pad),
  ])

/** PowerPoint records ([MS-PPT]): a container (version 0xF) or an atom, each with its children's bytes. */
export const pptRecord = (type: number, children: Buffer, container = true): Buffer => {
  const h = Buffer.alloc(8)
  h.writeUInt16LE(container ? 0x0f : 0, 0)
  h.writeUInt16LE(type, 2)
  h.writeUInt32LE(children.length, 4)
  return Buffer.concat([h, children])
}

/** Not documents: a Windows executable, an HTML page and plain text. */
export const exe = () => Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(58), Buffer.from('PE\0\0', 'latin1'), Buffer.alloc(64)])
export const html = () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>', 'utf8')
export const text = () => Buffer.from('Biên bản hội nghị tổng kết\n', 'utf8')
