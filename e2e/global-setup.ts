import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Fails early, and clearly, when there is no browser to drive. */
export default function globalSetup() {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(systemChromium)) return
  if (existsSync(chromium.executablePath())) return
  throw new Error(
    `No Chromium found: neither ${systemChromium} (Debian: apt-get install chromium) nor Playwright's own ` +
      `browser (npx playwright install chromium). Set CHROMIUM_PATH to use another.`,
  )
}
