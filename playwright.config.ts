// Playwright configuration: browser tests against the production build served by `vite preview`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-browser.js';

const port = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	// CI's machine ran the suite 1.3× slower than ours and a 30 s test ran out of time there: double both limits on CI.
	timeout: process.env.CI ? 60_000 : 30_000,
	expect: { timeout: process.env.CI ? 10_000 : 5_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		// The service worker precaches the whole site in every new context: only tests/offline.e2e.ts needs it.
		serviceWorkers: 'block',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
