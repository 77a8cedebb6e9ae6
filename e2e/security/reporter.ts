// Prints the security suite's figures (e2e/security/attack.ts, `figure`) once the run ends: one
// line per finding replayed, with its attempts and how many got through.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

export default class SecurityFigures implements Reporter {
  private readonly figures = new Map<string, string[]>()

  onTestEnd(test: TestCase, result: TestResult) {
    const lines = result.annotations.filter((annotation) => annotation.type === 'security').map((annotation) => annotation.description ?? '')
    // A retried test's last attempt is the one that counts.
    if (lines.length > 0) this.figures.set(test.id, lines)
  }

  onEnd() {
    const lines = [...this.figures.values()].flat().sort()
    if (lines.length === 0) return
    console.log(`\nSecurity figures (${lines.length} findings replayed):`)
    for (const line of lines) console.log(`  ${line}`)
  }

  printsToStdio() {
    return false
  }
}
