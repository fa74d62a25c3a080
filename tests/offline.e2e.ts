// Offline use: after one visit the service worker serves the site with the network off (unknown addresses get the cached 404 page); the single-file build runs from disk (file://) with the whole explorer.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { modelDay, pressOn, readoutValue, stepBy } from './explorer-helpers';

// playwright.config.ts blocks service workers for every other test; these two test the worker itself.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the explorer and the embed work with the network off', async ({
	page,
	context
}) => {
	await page.goto('/?k2=100');
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('100');
	// `ready` resolves once the worker is active, which is after its install step has filled the cache.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('100');
	await stepBy(page, 'month', 2);
	await expect.poll(() => modelDay(page)).toBeGreaterThan(50);

	await page.goto('/embed?d3=2000&controls=d3,time');
	await expect(page.getByRole('slider', { name: /D3/ })).toHaveValue('2000');
	await page.getByRole('tab', { name: 'Charts' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Charts' })).toBeVisible();
	await context.setOffline(false);
});

test('offline, an address the site does not have shows the cached not-found page', async ({
	page,
	context,
	guard
}) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await context.setOffline(true);
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveTitle(/Page not found/);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await context.setOffline(false);
	// Chromium logs the page's own 404 as a console error: that one is expected.
	const expected = guard.consoleErrors.findIndex((text) => /status of 404/.test(text));
	if (expected >= 0) guard.consoleErrors.splice(expected, 1);
});

test.describe('the single offline file', () => {
	test.use({ allowedOrigins: ['file://'] });
	let directory: string;
	let fileUrl: string;

	test.beforeAll(() => {
		if (!existsSync('build-single/index.html')) {
			test.setTimeout(180_000);
			execFileSync(process.execPath, ['scripts/build-single-file.js'], { stdio: 'inherit' });
		}
		// Copied alone into an empty folder: it must need no other file.
		directory = mkdtempSync(join(tmpdir(), 'calcium-routes-'));
		copyFileSync('build-single/index.html', join(directory, 'calcium-routes.html'));
		fileUrl = pathToFileURL(join(directory, 'calcium-routes.html')).href;
	});
	test.afterAll(() => rmSync(directory, { recursive: true, force: true }));

	test('runs from file:// on its own: sliders, time and readouts work', async ({ page }) => {
		await page.goto(fileUrl);
		const slider = page.getByRole('slider', { name: /K2/ });
		await expect(slider).toHaveValue('0');
		const before = await readoutValue(page, 'Active osteocalcin');
		await pressOn(slider, 'PageUp', 3);
		await expect(slider).not.toHaveValue('0');
		await stepBy(page, 'month', 3);
		await expect.poll(() => modelDay(page)).toBeGreaterThan(80);
		await expect.poll(() => readoutValue(page, 'Active osteocalcin')).toBeGreaterThan(before);
		await page.getByRole('button', { name: 'Play' }).click();
		const playing = await modelDay(page);
		await expect.poll(() => modelDay(page)).toBeGreaterThan(playing);
	});

	test('reaches the teacher guide and about pages through hash links, and comes back', async ({
		page
	}) => {
		await page.goto(fileUrl);
		await expect(page.getByRole('slider', { name: /K2/ })).toBeVisible();
		await page.getByRole('navigation').getByRole('link', { name: /about/i }).first().click();
		await expect(page).toHaveURL(/calcium-routes\.html#\/about$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(/about/i);
		await page.goBack();
		await expect(page.getByRole('slider', { name: /K2/ })).toBeVisible();
		await page.goto(`${fileUrl}#/teach`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
	});
});
