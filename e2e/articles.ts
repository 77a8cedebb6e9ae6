// The HTML article fixture, made unique per run so the import's duplicate check never refuses it.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'articles', 'border-report.html')

export const ARTICLE_TITLE = 'Watchdog: Justice Department pushed family separations with no plan to reunite them'

/** The fixture page with one paragraph of its own, so every run imports text no one imported before. */
export function borderReportPage(stamp: string): Buffer {
  const html = readFileSync(FIXTURE, 'utf8')
  return Buffer.from(html.replace('<article class="story">', `<article class="story"><p>Reporting run ${stamp} for this test.</p>`))
}
