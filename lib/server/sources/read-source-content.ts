// The pasted text or uploaded file of an import form, as snapshot text with the original it was read
// from (docs/decisions/021), with errors a reviewer can act on.
import { AppError } from '../../errors'
import { ImportError, pastedOriginal, UPLOAD_MEDIA_TYPES, type SnapshotContent, type SourceText } from '../../import'
import { readIsolated } from '../../import/read-isolated'
import { isPdfFileName } from '../../import/text-limits'
import { checkPdfBytes } from '../../pdf/check-bytes'

/** A PDF is read by a job (lib/server/captures/run-upload.ts), not while the form waits. */
export const isPdfUpload = (input: { file?: File }): input is { file: File } => input.file !== undefined && isPdfFileName(input.file.name)

/**
 * An uploaded PDF's bytes, refused at once when they cannot be a PDF we read (over 50 MB, not a
 * PDF, cut short); what only reading it can tell, the job tells.
 */
export async function readPdfUpload(file: File): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    checkPdfBytes(bytes)
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('invalid', error.message, { file: [error.message] })
    throw error
  }
  return bytes
}

/** Read in a child process with time and memory limits (lib/import/read-isolated.ts), never on the request thread. */
export async function readSourceContent(input: { text: string; file?: File }): Promise<SourceText & SnapshotContent> {
  const field = input.file ? 'file' : 'text'
  try {
    if (!input.file) return { ...(await readIsolated({ pasted: input.text })), original: pastedOriginal(input.text) }
    const bytes = new Uint8Array(await input.file.arrayBuffer())
    // As File.text() reads it: UTF-8, a byte-order mark dropped, invalid bytes replaced.
    const source = await readIsolated({ fileName: input.file.name, mediaType: input.file.type, content: new TextDecoder().decode(bytes) })
    return { ...source, original: { bytes, mediaType: UPLOAD_MEDIA_TYPES[source.format], fileName: input.file.name } }
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('invalid', error.message, { [field]: [error.message] })
    throw error
  }
}

/** Refuses text that is already a snapshot, naming the source that holds it. */
export function alreadyImported(field: 'text' | 'file', existing: { version: number; source: { title: string } }): AppError {
  const message = `This exact text is already imported, as version ${existing.version} of “${existing.source.title}”.`
  return new AppError('invalid', message, { [field]: [message] })
}
