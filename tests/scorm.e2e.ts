// The SCORM 1.2 package in a real SCORM runtime written by others (scorm-again's Scorm12API as the LMS): it launches, initialises and reports completion.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipFiles } from '../scripts/build-scorm-zip';
import { expect, test } from './fixtures';

const LMS = 'http://lms.test';
const zipPath = new URL('../build-scorm/calcium-routes-scorm.zip', import.meta.url);
const runtime = readFileSync(
	new URL('../node_modules/scorm-again/dist/scorm12.js', import.meta.url),
	'utf8'
);

test.use({ allowedOrigins: [LMS] });

/** The package's files, and its manifest's launch items (title and parameters). */
function readPackage() {
	expect(existsSync(zipPath), 'build the package first: npm run build:scorm').toBe(true);
	const files = unzipFiles(readFileSync(zipPath));
	const manifest = files.get('imsmanifest.xml')?.toString('utf8') ?? '';
	const items = [
		...manifest.matchAll(/<item identifier="([^"]+)"[^>]*?(?:parameters="([^"]*)")?>/g)
	].map(([, id, parameters]) => ({ id, parameters: (parameters ?? '').replace(/&amp;/g, '&') }));
	const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1] ?? '';
	return { files, manifest, items, href };
}

/** An LMS page: scorm-again's SCORM 1.2 API on window.API, and the package's launch file in a frame. */
async function launch(page: Page, parameters: string) {
	const { files, href } = readPackage();
	const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm12.js"></script>
<script>
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
window.lmsLog = [];
window.API.on('LMSInitialize', () => window.lmsLog.push(['LMSInitialize']));
window.API.on('LMSSetValue.cmi.*', (element, value) => window.lmsLog.push([element, value]));
window.API.on('LMSFinish', () => window.lmsLog.push(['LMSFinish']));
</script></head><body><iframe title="Course" src="/package/${href}${parameters}" style="width:1280px;height:900px"></iframe></body></html>`;
	await page.route(`${LMS}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/lms.html') return route.fulfill({ contentType: 'text/html', body: host });
		if (path === '/scorm12.js')
			return route.fulfill({ contentType: 'text/javascript', body: runtime });
		const file = files.get(decodeURIComponent(path.replace(/^\/package\//, '')));
		if (file) return route.fulfill({ contentType: 'text/html', body: file });
		return route.fulfill({ status: 404, body: 'not found' });
	});
	await page.setViewportSize({ width: 1300, height: 950 });
	await page.goto(`${LMS}/lms.html`);
	const frame = page.frameLocator('iframe[title="Course"]');
	await expect(frame.locator('[data-hydrated="true"]')).toBeVisible({ timeout: 20_000 });
	return frame;
}

const lmsValue = (page: Page, element: string) =>
	page.evaluate(
		(name) =>
			(window as unknown as { API: { LMSGetValue(n: string): string } }).API.LMSGetValue(name),
		element
	);

test('the package holds a SCORM 1.2 manifest with the explorer, the tour and each activity as launchable items', () => {
	const { manifest, items, href, files } = readPackage();
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toContain('adlcp:scormtype="sco"');
	expect(items.map((item) => item.id)).toEqual([
		'item-explorer',
		'item-tour',
		'item-follow-the-calcium',
		'item-vitamin-d-gate',
		'item-k2-mechanism-evidence',
		'item-whats-on-the-plate'
	]);
	expect(items[1].parameters).toBe('?tour=1');
	expect(files.has(href)).toBe(true);
});

test('the tour item initialises with the LMS and reports completion at the last step', async ({
	page
}) => {
	const { items } = readPackage();
	const frame = await launch(page, items[1].parameters);
	await expect(frame.getByRole('heading', { name: 'Step 1 of 7' })).toBeVisible();
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
	for (let step = 2; step <= 7; step++) {
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect(frame.getByRole('heading', { name: `Step ${step} of 7` })).toBeVisible();
	}
	await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('completed');
	const log = await page.evaluate(() => (window as unknown as { lmsLog: string[][] }).lmsLog);
	expect(log[0]).toEqual(['LMSInitialize']);
});

test('a predict–observe–explain cycle completes the activity and stores the explanation as the interaction response', async ({
	page
}) => {
	const { items } = readPackage();
	const frame = await launch(page, items[3].parameters);
	const predict = frame.getByRole('region', { name: 'Predict, observe, explain' });
	await predict
		.getByRole('group', { name: 'Share of calcium absorbed' })
		.getByLabel('Goes down a little')
		.check();
	await predict
		.getByRole('group', { name: 'Vitamin D in the blood (25(OH)D)' })
		.getByLabel('Goes down a little')
		.check();
	await predict.getByRole('button', { name: 'Commit prediction' }).click();
	await frame.getByRole('radio', { name: '1 month/s' }).check();
	await frame.getByRole('button', { name: 'Play' }).click();
	await expect(
		predict.getByRole('heading', { name: 'What happened after six months' })
	).toBeVisible({
		timeout: 20_000
	});
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
	const explanation = 'Without D3 the gate closes a little, so less calcium is absorbed.';
	await predict.getByLabel(/Explain the difference/).fill(explanation);
	await expect
		.poll(() => lmsValue(page, 'cmi.core.lesson_status'), { timeout: 10_000 })
		.toBe('completed');
	const log = await page.evaluate(() => (window as unknown as { lmsLog: string[][] }).lmsLog);
	expect(log).toContainEqual(['cmi.interactions.0.student_response', explanation]);
	expect(log).toContainEqual(['cmi.interactions.0.type', 'fill-in']);
});
