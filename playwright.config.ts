import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium'
import { findElectron } from './e2e/support/electron'
import type { GalleyTestOptions, GalleyWorkerOptions } from './e2e/support/host'

const electron = findElectron()

export default defineConfig<GalleyTestOptions, GalleyWorkerOptions>({
  testDir: 'e2e',
  // Only specs: e2e/support/*.test.ts are vitest tests of the harness.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // Two cores: the host, the browser and the runner already share them.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        target: 'chromium',
        browserName: 'chromium',
        launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
      },
    },
    // The same specs through Playwright's _electron, only where an Electron binary exists.
    ...(electron
      ? [{ name: 'electron', use: { target: 'electron', electronPath: electron } } as const]
      : []),
  ],
})
