// Shared browser-test fixture: fails a test on a console error, an uncaught exception, a CSP violation, a request to another origin or a cookie.
import { test as base, expect } from '@playwright/test';

type Guard = { consoleErrors: string[]; foreignRequests: string[] };

/** Runs in every page before its own scripts: records each Content Security Policy violation, and reports it as a console error. */
export function recordCspViolations() {
	const record = window as unknown as { __cspViolations?: string[] };
	record.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		const description = `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`;
		record.__cspViolations?.push(description);
		console.error(description);
	});
}

/** The CSP violations the current page has recorded (none when it was closed or is not an HTML page). */
export async function cspViolationsOf(page: import('@playwright/test').Page): Promise<string[]> {
	if (page.isClosed()) return [];
	return page
		.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
		.catch(() => []);
}

export const test = base.extend<{ guard: Guard; allowedOrigins: string[] }>({
	/**
	 * Origins a test may load besides the site's own, e.g. `test.use({ allowedOrigins: ['http://127.0.0.1:4194'] })`
	 * for a parent page that embeds the site, or `['file://']` for a page opened from disk. Empty by default.
	 */
	allowedOrigins: [[], { option: true }],
	guard: [
		async ({ page, baseURL, context, allowedOrigins }, use) => {
			const guard: Guard = { consoleErrors: [], foreignRequests: [] };
			const ownOrigin = new URL(baseURL ?? 'http://localhost').origin;
			const allowed = (url: string) =>
				new URL(url).origin === ownOrigin ||
				allowedOrigins.includes(new URL(url).origin) ||
				(url.startsWith('file://') && allowedOrigins.includes('file://'));
			await page.addInitScript(recordCspViolations);
			page.on('console', (message) => {
				if (message.type() === 'error') guard.consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (!allowed(url)) guard.foreignRequests.push(url);
			});
			await use(guard);
			expect(await cspViolationsOf(page), 'Content Security Policy violations').toEqual([]);
			expect(guard.consoleErrors, 'console errors, uncaught exceptions or CSP violations').toEqual(
				[]
			);
			expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
			expect(await context.cookies(), 'cookies set').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
