// Finds the Chromium used by the browser tests and benches; `--check` exits with a clear message when none exists.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags Chromium needs here: as root it needs --no-sandbox; the rest keep it off the network at start. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** @returns {string | undefined} a Chromium path to pass as executablePath, or undefined for Playwright's own. */
export function findChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}

/** @returns {boolean} whether Playwright's own downloaded Chromium is installed. */
function playwrightOwnChromiumExists() {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('@playwright/test');
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

if (process.argv.includes('--check')) {
	const found = findChromium();
	if (found) {
		console.log(`Browser tests use Chromium at ${found}`);
	} else if (!playwrightOwnChromiumExists()) {
		console.error(
			'No Chromium found for the browser tests.\n' +
				'  Set CHROME_PATH to a Chromium binary, or install one:\n' +
				"    npx playwright install chromium        (Playwright's own browser)\n" +
				'    sudo apt-get install -y chromium        (Debian/Ubuntu: /usr/bin/chromium)'
		);
		process.exit(1);
	}
}
