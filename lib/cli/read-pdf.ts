// The child process of lib/pdf/read-isolated.ts: reads one PDF (its bytes on standard input) from
// its text layer, or by OCR when its pages are scans, and writes JSON lines on standard output:
// OCR's progress, then the answer. Not for people to run.
import { ImportError } from '../import'
import { extractPdfText, ocrPdfText, type PdfText } from '../pdf'
import { pdfDetails } from '../pdf/open-pdf'
import type { ChildLine } from '../pdf/read-isolated'

const write = (line: ChildLine) => process.stdout.write(`${JSON.stringify(line)}\n`)

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const bytes = new Uint8Array(Buffer.concat(chunks))
try {
  let text: PdfText
  try {
    text = await extractPdfText(bytes)
  } catch (error) {
    if (!(error instanceof ImportError) || error.reason !== 'NEEDS_OCR') throw error
    text = await ocrPdfText(bytes, { onProgress: (done, total) => write({ progress: [done, total] }) })
  }
  write({ ok: true, pdf: { ...text, ...(await pdfDetails(bytes)) } })
} catch (error) {
  if (!(error instanceof ImportError)) throw error
  write({ ok: false, reason: error.reason, message: error.message })
}
