// Browser tests: Playwright driving Debian's Chromium (never a downloaded
// browser) against the release build in dist/, served on 127.0.0.1.
import { defineConfig } from '@playwright/test';

const port = 8787;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../output/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${port}`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // The build with the crash-test feature (scripts/test.sh makes it).
      command: 'node scripts/static-server.mjs target/dist-crash-test 8790',
      cwd: '../..',
      url: 'http://127.0.0.1:8790/',
      reuseExistingServer: false,
    },
    {
      // A build whose current rubric is version 2, with version 1 kept as
      // an earlier release (scripts/test.sh makes it).
      command: 'node scripts/static-server.mjs target/dist-v2 8792',
      cwd: '../..',
      url: 'http://127.0.0.1:8792/',
      reuseExistingServer: false,
    },
    {
      // The deploy configuration: nginx with the widget at /zt/shangyun/ and
      // a host page on another origin (see nginx/run.sh).
      command: 'bash tests/e2e/nginx/run.sh',
      cwd: '../..',
      url: 'http://127.0.0.1:8789/',
      reuseExistingServer: false,
    },
  ],
});
