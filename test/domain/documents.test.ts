import t from 'tap'
import fc from 'fast-check'
import { DOCUMENT_TYPES, requireDocument, sniffDocument } from '../../src/domain/documents.ts'
import { DomainError } from '../../src/domain/errors.ts'
import {
  biff,
  exe,
  html,
  jpegHead,
  minimalDocx,
  minimalOdf,
  minimalPdf,
  minimalPng,
  minimalXlsx,
  ole2,
  pptRecord,
  text,
  xlsWorkbook,
  zip,
  type Ole2Entry,
} from '../helpers/documents.ts'

const formatOf = (b: Uint8Array) => {
  const s = sniffDocument(b)
  return s.ok ? s.format : `refused:${s.reason}`
}

t.test('each accepted kind is told by its content', async (t) => {
  t.equal(formatOf(minimalPdf()), 'pdf')
  t.equal(formatOf(minimalPng()), 'png')
  t.equal(formatOf(jpegHead()), 'jpeg')
  t.equal(formatOf(Buffer.concat([Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(20)])), 'webp')
  t.equal(formatOf(Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])), 'tiff')
  t.equal(formatOf(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8])), 'tiff')
  t.equal(formatOf(minimalDocx()), 'docx')
  t.equal(formatOf(minimalXlsx()), 'xlsx')
  t.equal(
    formatOf(
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['ppt/presentation.xml', '<p/>'],
      ]),
    ),
    'pptx',
  )
  t.equal(formatOf(minimalOdf()), 'odt')
  t.equal(formatOf(minimalOdf('application/vnd.oasis.opendocument.spreadsheet')), 'ods')
  t.equal(formatOf(minimalOdf('application/vnd.oasis.opendocument.presentation')), 'odp')
  t.equal(formatOf(ole2(['WordDocument', '\u0001CompObj'])), 'doc')
  t.equal(formatOf(ole2(['Workbook'])), 'xls')
  t.equal(formatOf(ole2(['Book'])), 'xls', 'Excel 5 names its stream Book')
  t.equal(formatOf(ole2(['PowerPoint Document', 'Current User'])), 'ppt')
  // Streams past the first directory sector are found by following its chain through the FAT.
  t.equal(formatOf(ole2(['\u0005SummaryInformation', '\u0005DocumentSummaryInformation', 'Data', '1Table', 'ObjectPool', 'WordDocument'])), 'doc')
  t.same(sniffDocument(minimalPdf()), { ok: true, format: 'pdf', mediaType: 'application/pdf' })
})

t.test('what is not a document is refused, whatever its name would say', async (t) => {
  t.equal(formatOf(new Uint8Array(0)), 'refused:EMPTY')
  t.equal(formatOf(exe()), 'refused:UNKNOWN_FORMAT', 'a Windows executable')
  t.equal(formatOf(html()), 'refused:UNKNOWN_FORMAT', 'HTML')
  t.equal(formatOf(text()), 'refused:UNKNOWN_FORMAT', 'plain text')
  t.equal(formatOf(Buffer.from('%PDF-x', 'latin1')), 'refused:UNKNOWN_FORMAT', 'a PDF header without its version')
  t.equal(formatOf(Buffer.from('  %PDF-1.4', 'latin1')), 'refused:UNKNOWN_FORMAT', 'the PDF header not at the start')
  t.equal(formatOf(zip([['payload.exe', exe()]])), 'refused:ZIP_NOT_A_DOCUMENT', 'a zip of something else')
  t.equal(formatOf(zip([['word/document.xml', '<w/>']])), 'refused:ZIP_NOT_A_DOCUMENT', 'Office parts without [Content_Types].xml')
  t.equal(formatOf(minimalOdf('application/x-evil')), 'refused:ZIP_NOT_A_DOCUMENT', 'an unknown OpenDocument mimetype')
  t.equal(formatOf(minimalDocx({ macros: true })), 'refused:MACROS_NOT_ALLOWED', 'a macro-enabled document')
  t.equal(formatOf(minimalDocx().subarray(0, 60)), 'refused:ZIP_UNREADABLE', 'a truncated zip')
  t.equal(formatOf(ole2(['\u0005SummaryInformation', 'MsiFileHashes'])), 'refused:OLE2_NOT_A_DOCUMENT', 'an installer (MSI is OLE2 too)')
  t.equal(formatOf(ole2(['WordDocument']).subarray(0, 600)), 'refused:OLE2_UNREADABLE', 'a truncated compound file')
})

t.test('macros are refused in every Office format: a VBA project, Excel 4.0 macro sheets, OpenDocument Basic and scripts', async (t) => {
  const storage = (name: string) => ({ name, storage: true })
  // Word 97-2003 keeps its VBA project in a Macros storage, Excel in _VBA_PROJECT_CUR.
  t.equal(
    formatOf(ole2(['WordDocument', '1Table', storage('Macros'), storage('VBA'), 'dir', '_VBA_PROJECT'])),
    'refused:MACROS_NOT_ALLOWED',
    'a DOC with macros',
  )
  t.equal(formatOf(ole2(['Workbook', storage('_VBA_PROJECT_CUR'), storage('VBA')])), 'refused:MACROS_NOT_ALLOWED', 'an XLS with VBA')
  t.equal(formatOf(ole2(['WordDocument', '1Table', storage('ObjectPool')])), 'doc', 'a DOC without')
  // Excel 4.0 macro sheets (and VBA module sheets) are sheets of the workbook stream: read from
  // the FAT's sectors (a stream of 4,096 bytes or more) or the mini stream (a smaller one).
  for (const pad of [0, 8192]) {
    const where = pad ? 'a large workbook stream' : 'a small one (mini stream)'
    t.equal(formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([0, 0], pad) }])), 'xls', `worksheets only, ${where}`)
    t.equal(formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([0, 1], pad) }])), 'refused:MACROS_NOT_ALLOWED', `a macro sheet, ${where}`)
    t.equal(formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([6], pad) }])), 'refused:MACROS_NOT_ALLOWED', `a VBA module sheet, ${where}`)
    t.equal(formatOf(ole2([{ name: 'Book', data: xlsWorkbook([1], pad) }])), 'refused:MACROS_NOT_ALLOWED', `an Excel 5 macro sheet, ${where}`)
  }
  t.equal(
    formatOf(ole2([{ name: 'Workbook', data: Buffer.concat([xlsWorkbook([0]), xlsWorkbook([1])]) }])),
    'xls',
    'what follows the globals (the sheets’ own records) is not taken for them',
  )
  // PowerPoint keeps its VBA project as a VBAInfoContainer inside the document's records.
  const vba = pptRecord(0x03ff, pptRecord(0x0400, Buffer.alloc(12), false))
  const slides = pptRecord(0x0ff0, pptRecord(0x03f3, Buffer.alloc(20), false))
  for (const pad of [0, 8192]) {
    const where = pad ? 'a large stream' : 'a small one'
    const stream = (children: Buffer[]) => Buffer.concat([pptRecord(0x03e8, Buffer.concat(children)), Buffer.alloc(pad)])
    t.equal(formatOf(ole2([{ name: 'PowerPoint Document', data: stream([slides]) }, 'Current User'])), 'ppt', `a PPT without, ${where}`)
    t.equal(
      formatOf(ole2([{ name: 'PowerPoint Document', data: stream([slides, pptRecord(0x07d0, vba)]) }, 'Current User'])),
      'refused:MACROS_NOT_ALLOWED',
      `a PPT with a VBA project, ${where}`,
    )
  }
  // Parts are found by their declared content types, whatever their names; deflated or stored.
  const workbook = (types: string, deflate?: 'deflate') =>
    zip([
      ['[Content_Types].xml', `<Types>${types}</Types>`, deflate],
      ['xl/workbook.xml', '<workbook/>', deflate],
      ['xl/code.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])],
    ])
  const plainTypes = '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  for (const deflate of [undefined, 'deflate'] as const) {
    const how = deflate ? 'deflated' : 'stored'
    t.equal(formatOf(workbook(plainTypes, deflate)), 'xlsx', `no macros declared (${how})`)
    t.equal(
      formatOf(workbook(`${plainTypes}<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`, deflate)),
      'refused:MACROS_NOT_ALLOWED',
      `a VBA project under another name (${how})`,
    )
    t.equal(
      formatOf(workbook(`${plainTypes}<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>`, deflate)),
      'refused:MACROS_NOT_ALLOWED',
      `a macro sheet among the worksheets (${how})`,
    )
    t.equal(
      formatOf(workbook('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>', deflate)),
      'refused:MACROS_NOT_ALLOWED',
      `a macro-enabled workbook, .xlsm (${how})`,
    )
  }
  // OpenDocument: Basic libraries and scripts of the document's own.
  const odt = (extra: [string, string][]) =>
    zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>'], ...extra])
  t.equal(formatOf(odt([])), 'odt')
  t.equal(formatOf(odt([['Basic/Standard/Module1.xml', '<script:module/>']])), 'refused:MACROS_NOT_ALLOWED', 'an ODT with Basic macros')
  t.equal(formatOf(odt([['Scripts/python/run.py', 'import os']])), 'refused:MACROS_NOT_ALLOWED', 'an ODT with a Python script')
  // Office Open XML: Excel 4.0 macro sheets, beside vbaProject.bin.
  t.equal(
    formatOf(
      zip([
        ['[Content_Types].xml', '<Types/>'],
        ['xl/workbook.xml', '<workbook/>'],
        ['xl/macrosheets/sheet1.xml', '<xm:macrosheet/>'],
      ]),
    ),
    'refused:MACROS_NOT_ALLOWED',
    'an XLSX with a macro sheet',
  )
})

t.test('a compound file is the document its root holds, and every workbook or presentation in it is looked through', async (t) => {
  const macroSheet = { name: 'Workbook', data: xlsWorkbook([0, 1], 8192) }
  const vba = pptRecord(0x03e8, pptRecord(0x07d0, pptRecord(0x03ff, pptRecord(0x0400, Buffer.alloc(12), false))))
  // A second kind of main stream beside the first no longer hides the first one's macros.
  t.equal(formatOf(ole2([macroSheet, 'WordDocument'])), 'refused:OLE2_NOT_A_DOCUMENT', 'a workbook and a Word stream at its root')
  t.equal(formatOf(ole2([{ name: 'PowerPoint Document', data: vba }, 'Workbook'])), 'refused:OLE2_NOT_A_DOCUMENT')
  // An embedded object's streams do not decide the format, and are looked through too.
  const embedded = (inner: Ole2Entry[]) => ({ name: 'ObjectPool', storage: true, children: [{ name: '_1234', storage: true, children: inner }] })
  t.equal(formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([0]) }, embedded(['WordDocument', '1Table'])])), 'xls', 'a workbook embedding a Word object')
  t.equal(
    formatOf(ole2(['WordDocument', '1Table', embedded([macroSheet])])),
    'refused:MACROS_NOT_ALLOWED',
    'a Word document embedding a workbook with a macro sheet',
  )
  t.equal(
    formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([0]) }, embedded([macroSheet])])),
    'refused:MACROS_NOT_ALLOWED',
    'a clean workbook stream first, one with a macro sheet below it',
  )
  t.equal(formatOf(ole2(['WordDocument', embedded([{ name: 'PowerPoint Document', data: vba }])])), 'refused:MACROS_NOT_ALLOWED')
  // An encrypted workbook hides its sheets' types: refused, as no one could check or read it.
  const encrypted = biff([
    [0x0809, [0, 6, 5, 0]],
    [0x002f, [1, 0, 1, 0, 1, 0]],
    [0x0085, [0, 0, 0, 0, 0, 0x5a, 1, 0, 0x41]],
    [0x000a, []],
  ])
  t.equal(formatOf(ole2([{ name: 'Workbook', data: encrypted }])), 'refused:ENCRYPTED')
})

t.test('documents saved with a password to open are refused as encrypted, whatever their format', async (t) => {
  // Word, Excel, PowerPoint 2007+: the encrypted package in a compound file, not a zip.
  const encryptedPackage = ole2([
    { name: 'EncryptionInfo', data: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]) },
    { name: 'EncryptedPackage', data: Buffer.alloc(5000, 7) },
    { name: '\u0006DataSpaces', storage: true, children: ['Version'] },
  ])
  t.equal(formatOf(encryptedPackage), 'refused:ENCRYPTED', 'an encrypted DOCX, XLSX or PPTX')
  t.equal(formatOf(ole2(['EncryptionInfo'])), 'refused:OLE2_NOT_A_DOCUMENT', 'the encryption header alone is no document')
  t.equal(
    formatOf(
      ole2([
        { name: 'EncryptedPackage', data: Buffer.alloc(600, 9) },
        { name: '\u0006DataSpaces', storage: true, children: ['Version'] },
      ]),
    ),
    'refused:ENCRYPTED',
    'a package protected by rights management (no EncryptionInfo)',
  )
  // Word 97-2003: the FibBase's fEncrypted flag, set for RC4 encryption and XOR obfuscation alike.
  const fib = (flags: number) => {
    const stream = Buffer.alloc(1024)
    stream.writeUInt16LE(0xa5ec, 0) // wIdent
    stream.writeUInt16LE(0x00c1, 2) // nFib: Word 97
    stream.writeUInt16LE(flags, 10)
    return ole2([{ name: 'WordDocument', data: stream }, '1Table'])
  }
  t.equal(formatOf(fib(0x0200)), 'doc', 'a Word document whose table stream is 1Table')
  t.equal(formatOf(fib(0x0300)), 'refused:ENCRYPTED', 'encrypted')
  t.equal(formatOf(fib(0x8300)), 'refused:ENCRYPTED', 'obfuscated')
  t.equal(formatOf(ole2(['WordDocument', '1Table'])), 'doc', 'an empty stream reads as no flags')
  // PowerPoint 97-2003: the Current User stream's headerToken (the presentation's own records are encrypted, headers too).
  const currentUser = (token: number) => {
    const atom = Buffer.alloc(40)
    atom.writeUInt16LE(0x0000, 0)
    atom.writeUInt16LE(0x0ff6, 2) // CurrentUserAtom
    atom.writeUInt32LE(32, 4)
    atom.writeUInt32LE(0x14, 8) // size
    atom.writeUInt32LE(token, 12) // headerToken
    return { name: 'Current User', data: atom }
  }
  const scrambled = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) & 0xff))
  t.equal(formatOf(ole2([{ name: 'PowerPoint Document', data: scrambled }, currentUser(0xe391c05f)])), 'ppt', 'unencrypted')
  t.equal(formatOf(ole2([{ name: 'PowerPoint Document', data: scrambled }, currentUser(0xf3d1c4df)])), 'refused:ENCRYPTED', 'encrypted')
  const slides = pptRecord(0x03e8, pptRecord(0x03e9, Buffer.alloc(40), false))
  t.equal(formatOf(ole2([{ name: 'PowerPoint Document', data: slides }, 'Current User'])), 'ppt', 'an empty Current User stream says nothing')
  // Embedded: a clean workbook embedding an encrypted Word document.
  const wordStream = Buffer.alloc(1024)
  wordStream.writeUInt16LE(0xa5ec, 0)
  wordStream.writeUInt16LE(0x0100, 10)
  const embeddedEncrypted = {
    name: 'ObjectPool',
    storage: true,
    children: [{ name: '_1234', storage: true, children: [{ name: 'WordDocument', data: wordStream }] }],
  }
  t.equal(
    formatOf(ole2([{ name: 'Workbook', data: xlsWorkbook([0]) }, embeddedEncrypted])),
    'refused:ENCRYPTED',
    'a workbook embedding an encrypted Word document',
  )
  // OpenDocument: the manifest's encryption-data.
  const odf = (manifest: string) =>
    zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['META-INF/manifest.xml', manifest, 'deflate'],
      ['content.xml', Buffer.alloc(64, 3)],
    ])
  const NS = 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
  t.equal(
    formatOf(odf(`<manifest:manifest ${NS}><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`)),
    'odt',
  )
  t.equal(
    formatOf(
      odf(
        `<manifest:manifest ${NS}><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2048">` +
          '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="y"/>' +
          '</manifest:encryption-data></manifest:file-entry></manifest:manifest>',
      ),
    ),
    'refused:ENCRYPTED',
    'an OpenDocument file saved with a password',
  )
  const entries = Array.from({ length: 15000 }, (_, i) => `<manifest:file-entry manifest:full-path="Pictures/${i}.png" manifest:media-type="image/png"/>`)
  t.equal(formatOf(odf(`<manifest:manifest ${NS}>${entries.join('')}</manifest:manifest>`)), 'odt', 'a manifest over a megabyte (15,000 entries) is read')
})

t.test('a compound file whose header is off the specification is unreadable, at once', async (t) => {
  const file = (header: Record<number, number>) =>
    ole2(
      [
        { name: 'Workbook', data: xlsWorkbook([0], 8192) },
        { name: 'Book', data: xlsWorkbook([0]) },
      ],
      header,
    )
  t.equal(formatOf(file({})), 'xls')
  t.equal(formatOf(file({ 32: 0 })), 'refused:OLE2_UNREADABLE', 'mini sectors of one byte')
  t.equal(formatOf(file({ 32: 2 })), 'refused:OLE2_UNREADABLE', 'mini sectors of four bytes')
  t.equal(formatOf(file({ 56: 0xffff })), 'refused:OLE2_UNREADABLE', 'a mini stream cutoff other than 4,096')
  t.equal(formatOf(file({ 30: 12 })), 'refused:OLE2_UNREADABLE', '4 KB sectors in a version 3 file')
  t.equal(formatOf(file({ 26: 4 })), 'refused:OLE2_UNREADABLE', '512-byte sectors in a version 4 file')
})

t.test('a compound file whose chains are broken is unreadable, never read past its end', async (t) => {
  const file = ole2([{ name: 'Workbook', data: xlsWorkbook([0], 8192) }])
  // The workbook stream's first sector (its directory entry at 512 + FAT + 128 bytes) pointed past the end of the file.
  const broken = Buffer.from(file)
  const directory = 512 * (1 + broken.readUInt32LE(48))
  broken.writeUInt32LE(0x7fff, directory + 128 + 116)
  t.equal(formatOf(broken), 'refused:OLE2_UNREADABLE')
  // A stream that says it is larger than the file.
  const huge = Buffer.from(file)
  huge.writeUInt32LE(0xfffffff0, directory + 128 + 120)
  t.equal(formatOf(huge), 'refused:OLE2_UNREADABLE')
})

t.test('requireDocument throws 415 ATTACHMENT_TYPE_REFUSED with the reason', async (t) => {
  t.same(requireDocument(minimalPng()), { format: 'png', mediaType: 'image/png' })
  try {
    requireDocument(html())
    t.fail('accepted HTML')
  } catch (err) {
    t.ok(err instanceof DomainError)
    const e = err as DomainError
    t.equal(e.kind, 'unsupported_media_type')
    t.equal(e.code, 'ATTACHMENT_TYPE_REFUSED')
    t.same(e.details, { reason: 'UNKNOWN_FORMAT' })
  }
})

t.test('any bytes: an answer, never a throw, and only an accepted type when accepted', async (t) => {
  const mediaTypes = new Set(Object.values(DOCUMENT_TYPES).map((d) => d.mediaType))
  const prefixes = [
    minimalPdf(),
    minimalPng(),
    minimalDocx(),
    ole2(['WordDocument']),
    ole2([{ name: 'Workbook', data: xlsWorkbook([0], 8192) }]),
    ole2([{ name: 'PowerPoint Document', data: pptRecord(0x03e8, Buffer.alloc(64)) }]),
    minimalOdf(),
    Buffer.from('PK\x03\x04', 'latin1'),
  ]
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...prefixes), fc.nat(3000), (tail, prefix, cut) => {
        // Random bytes, and real documents cut short or with noise after them.
        for (const b of [tail, Buffer.concat([prefix.subarray(0, cut), Buffer.from(tail)])]) {
          const s = sniffDocument(b)
          if (s.ok && !mediaTypes.has(s.mediaType)) return false
        }
        return true
      }),
      { numRuns: 500 },
    ),
  )
})
