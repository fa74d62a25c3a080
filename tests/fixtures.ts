// Shared browser-test fixture: fails a test on a console error, an uncaught exception, a CSP violation, a request to another origin or a cookie.
import { test as base, expect } from '@playwright/test';

type Guard = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL, context }, use) => {
			const guard: Guard = { consoleErrors: [], foreignRequests: [] };
			const ownOrigin = new URL(baseURL ?? 'http://localhost').origin;
			page.on('console', (message) => {
				if (message.type() === 'error') guard.consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== ownOrigin) guard.foreignRequests.push(url);
			});
			await use(guard);
			expect(guard.consoleErrors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
			expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
			expect(await context.cookies(), 'cookies set').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
