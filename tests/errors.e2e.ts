// A missing page shows the friendly, translated error page with its status and a way back to the explorer.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** Chromium logs the 404 of the page itself as a console error; that one is expected here. */
function forgetExpected404(consoleErrors: string[]) {
	const expected = consoleErrors.findIndex((text) => /status of 404/.test(text));
	if (expected >= 0) consoleErrors.splice(expected, 1);
}

test('vite preview renders the error page for a missing page, with a 404 status', async ({
	page,
	guard
}) => {
	const response = await page.goto('/this/page/does-not-exist');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByText('Error 404')).toBeVisible();
	await expect(page).toHaveTitle(/Page not found/);
	await expect(page.locator('#svelte-announcer')).toBeAttached();
	const accessibility = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(accessibility.violations).toEqual([]);
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Calcium Routes' })).toBeVisible();
	forgetExpected404(guard.consoleErrors);
});

test('a static host serving build/404.html shows the same page once the app starts', async ({
	page,
	guard
}) => {
	expect(existsSync('build/404.html'), 'adapter-static writes build/404.html (fallback)').toBe(
		true
	);
	const notFoundPage = readFileSync('build/404.html', 'utf8');
	// Netlify, GitHub Pages and Cloudflare Pages answer any unknown path with 404.html and status 404.
	await page.route('**/missing-on-a-static-host', (route) =>
		route.fulfill({ status: 404, contentType: 'text/html', body: notFoundPage })
	);
	await page.goto('/missing-on-a-static-host');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByText('Error 404')).toBeVisible();
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Calcium Routes' })).toBeVisible();
	forgetExpected404(guard.consoleErrors);
});
