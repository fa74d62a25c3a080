// Browser-test helper: runs @guidepup/virtual-screen-reader inside the page, injected as an init script so the site's strict CSP stays on and honest.
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

let bundle: string | undefined;

/** The reader's browser build as one classic script that defines `window.__virtualScreenReader` (built once per run). */
function readerScript(): string {
	if (bundle) return bundle;
	const entry = createRequire(import.meta.url).resolve(
		'@guidepup/virtual-screen-reader/browser.js'
	);
	const built = buildSync({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		globalName: '__virtualScreenReader',
		platform: 'browser',
		write: false,
		logLevel: 'silent'
	});
	// Init scripts run in a function scope: publish the reader on window explicitly.
	bundle = `${built.outputFiles[0].text}\nwindow.__virtualScreenReader = __virtualScreenReader;`;
	return bundle;
}

type Reader = {
	virtual: {
		start(options: { container: Element }): Promise<void>;
		stop(): Promise<void>;
		spokenPhraseLog(): Promise<string[]>;
		clearSpokenPhraseLog(): Promise<void>;
	};
};

/**
 * Adds the reader to every page the test opens. Init scripts and page.evaluate run outside the page's CSP (as a
 * real screen reader sits outside it), so the page keeps its own policy and the fixture still fails on violations.
 */
export async function installScreenReader(page: Page): Promise<void> {
	await page.addInitScript({ content: readerScript() });
}

/** Starts listening to the whole page. */
export async function startReader(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const reader = (window as unknown as { __virtualScreenReader: Reader }).__virtualScreenReader;
		await reader.virtual.start({ container: document.body });
	});
}

export async function spokenPhrases(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		(
			window as unknown as { __virtualScreenReader: Reader }
		).__virtualScreenReader.virtual.spokenPhraseLog()
	);
}

export async function clearSpoken(page: Page): Promise<void> {
	await page.evaluate(() =>
		(
			window as unknown as { __virtualScreenReader: Reader }
		).__virtualScreenReader.virtual.clearSpokenPhraseLog()
	);
}

/** Only what live regions said ("polite: …", "assertive: …"), without empty updates. */
export async function liveAnnouncements(page: Page): Promise<string[]> {
	return (await spokenPhrases(page)).filter(
		(phrase) => /^(polite|assertive): /.test(phrase) && phrase.replace(/^\w+: /, '').trim() !== ''
	);
}

export async function stopReader(page: Page): Promise<void> {
	await page.evaluate(() =>
		(window as unknown as { __virtualScreenReader: Reader }).__virtualScreenReader.virtual.stop()
	);
}
