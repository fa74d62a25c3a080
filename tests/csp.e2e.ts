// Every prerendered page carries a strict Content Security Policy and still boots under it without a violation.
import { existsSync } from 'node:fs';
import { findPages, routeOfHtmlPath } from '../scripts/check-size.js';
import { cspViolationsOf, expect, test } from './fixtures';

/** The pages the build contains (the explorer, and the embed and others once they exist); 404.html is tested in errors.e2e.ts. */
const routes = existsSync('build/index.html')
	? findPages('build')
			.filter((path) => path !== '404.html')
			.map(routeOfHtmlPath)
	: ['/'];

function directivesOf(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name, values])
	);
}

for (const route of routes) {
	test(`${route} has a strict CSP and boots under it`, async ({ page }) => {
		await page.goto(route);
		const meta = page.locator('meta[http-equiv="content-security-policy"]');
		await expect(meta).toHaveCount(1);
		const directives = directivesOf((await meta.getAttribute('content')) ?? '');
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		const scriptSources = directives.get('script-src') ?? [];
		expect(scriptSources).toContain("'self'");
		expect(scriptSources.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
		expect([...directives.values()].flat()).not.toContain("'unsafe-eval'");
		// SvelteKit adds the live-region announcer only after the client app has started and hydrated.
		await expect(page.locator('#svelte-announcer')).toBeAttached();
		expect(await cspViolationsOf(page)).toEqual([]);
	});
}

test('the policy blocks injected inline scripts and eval, and the recorder reports it', async ({
	page,
	guard
}) => {
	await page.goto('/');
	await expect(page.locator('#svelte-announcer')).toBeAttached();
	const outcome = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injectedScriptRan = true;';
		document.body.append(script);
		// Code run by page.evaluate itself may eval (DevTools is exempt); a timer callback runs as the page.
		const evalRan = await new Promise<boolean>((resolve) =>
			setTimeout(() => {
				try {
					resolve((0, eval)('true') === true);
				} catch {
					resolve(false);
				}
			})
		);
		const ran =
			(window as unknown as { __injectedScriptRan?: boolean }).__injectedScriptRan === true;
		return { injectedScriptRan: ran, evalRan };
	});
	expect(outcome).toEqual({ injectedScriptRan: false, evalRan: false });
	await expect.poll(() => cspViolationsOf(page)).toHaveLength(2);
	const violations = await cspViolationsOf(page);
	expect(violations.join('\n')).toMatch(/script-src-elem blocked inline/);
	expect(violations.join('\n')).toMatch(/script-src blocked eval/);
	// The violations were expected here: clear them so the shared guard checks only for unexpected ones.
	await page.evaluate(
		() => ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
	);
	guard.consoleErrors.splice(
		0,
		guard.consoleErrors.length,
		...guard.consoleErrors.filter(
			(text) => !/Content Security Policy|CSP violation|EvalError/i.test(text)
		)
	);
});
