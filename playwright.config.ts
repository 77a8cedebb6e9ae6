import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './lib/cli/chromium'

// Run through `npm test`, which starts a database of its own and sets PORT and DATABASE_URL.
const port = Number(process.env.PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`
const isCI = Boolean(process.env.CI)

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['./e2e/security/reporter.ts'], ...(isCI ? [['html', { open: 'never' }] as const] : [])],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    // The security suite speaks HTTP as an attacker would: the screen it would run on is no matter.
    { name: 'phone', use: { ...devices['Pixel 7'] }, testIgnore: /security\// },
  ],
  webServer: {
    // Our own web server (lib/cli/serve.ts), as `npm start` runs it.
    command: `node --import tsx lib/cli/serve.ts -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
