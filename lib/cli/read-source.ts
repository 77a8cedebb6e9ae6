// The child process of lib/import/read-isolated.ts: reads one upload (JSON on standard input) with
// sourceTextFrom and writes the answer (JSON on standard output). Not for people to run.
import { ImportError, sourceTextFrom, type SourceUpload } from '../import'
import type { ChildAnswer } from '../import/read-isolated'

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const upload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SourceUpload
let answer: ChildAnswer
try {
  answer = { ok: true, source: sourceTextFrom(upload) }
} catch (error) {
  if (!(error instanceof ImportError)) throw error
  answer = { ok: false, reason: error.reason, message: error.message }
}
process.stdout.write(JSON.stringify(answer))
