// A capture's row follows the reading of its PDF, which its page shows: READING once it starts,
// then OCR's pages read of the pages it will read.
import type { Db } from '../../db'
import type { ReadingProgress } from './read-page'

export function readingProgress(db: Db, captureId: string): Required<ReadingProgress> & { written: () => Promise<unknown> } {
  // Written one after another, in the order OCR reports them: the last word is the last page.
  let writes: Promise<unknown> = Promise.resolve()
  const write = (data: { pagesRead: number; pageCount: number }) => {
    writes = writes.then(() => db.capture.update({ where: { id: captureId }, data })).catch((error: unknown) => console.error(`[claimtrail] capture ${captureId}: progress not recorded:`, error))
  }
  return {
    onReading: () => db.capture.update({ where: { id: captureId }, data: { status: 'READING' } }),
    onProgress: (done, total) => write({ pagesRead: done, pageCount: total }),
    written: () => writes,
  }
}
