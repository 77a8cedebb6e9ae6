// Where the end-to-end suite and the benchmarks find Chromium. Playwright cannot download its
// browsers on these machines, so Debian's Chromium is used when installed, and a browser
// Playwright installed itself otherwise.
import { existsSync } from 'node:fs'

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  if (process.getuid?.() === 0) args.push('--no-sandbox')
  return existsSync(systemChromium) ? { executablePath: systemChromium, args } : { args }
}
