import t from 'tap'
import fc from 'fast-check'
import { DOCUMENT_TYPES, requireDocument, sniffDocument } from '../../src/domain/documents.ts'
import { DomainError } from '../../src/domain/errors.ts'
import { exe, html, jpegHead, minimalDocx, minimalOdf, minimalPdf, minimalPng, minimalXlsx, ole2, text, zip } from '../helpers/documents.ts'

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
  const prefixes = [minimalPdf(), minimalPng(), minimalDocx(), ole2(['WordDocument']), minimalOdf(), Buffer.from('PK\x03\x04', 'latin1')]
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
