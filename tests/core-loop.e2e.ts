// The core loop: one simulation screen at laptop and phone sizes, an instant answer to every slider while paused, and a pinned run to compare against.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExplorer, pressOn } from './explorer-helpers';

/** Whether the element lies wholly inside the viewport with the page scrolled to the top. */
async function insideViewport(page: Page, locator: Locator, what: string) {
	const viewport = page.viewportSize()!;
	const box = await locator.boundingBox();
	expect(box, `${what} is rendered`).not.toBeNull();
	expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
	expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height + 0.5);
	expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(viewport.width + 0.5);
}

const laptops = [
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 },
	{ width: 1440, height: 900 },
	{ width: 1920, height: 1080 }
];

for (const viewport of laptops) {
	test(`at ${viewport.width}×${viewport.height} the scene, sliders, Play and both outcome charts fit one screen`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openExplorer(page);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await insideViewport(
			page,
			page.getByRole('img', { name: /calcium routes|body/i }).first(),
			'scene'
		);
		await insideViewport(page, page.getByRole('button', { name: 'Play' }), 'Play');
		for (const slider of [/K2/, /D3/, /calcium/i])
			await insideViewport(page, page.getByRole('slider', { name: slider }), `slider ${slider}`);
		await insideViewport(
			page,
			page.getByRole('figure', { name: /bone mineral change/i }),
			'bone chart'
		);
		await insideViewport(
			page,
			page.getByRole('figure', { name: /arterial calcification/i }),
			'artery chart'
		);
	});
}

test('presentation mode keeps the screen: Play, sliders and charts in view at 1280×720 and 1920×1080, type enlarged', async ({
	page
}) => {
	test.setTimeout(90_000);
	for (const viewport of [laptops[0], laptops[3]]) {
		await page.setViewportSize(viewport);
		await openExplorer(page);
		await page.getByRole('button', { name: 'Presentation mode' }).click();
		const bodySize = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.documentElement).fontSize)
		);
		expect(bodySize).toBeGreaterThanOrEqual(viewport.width >= 1920 ? 24 : 16);
		await insideViewport(page, page.getByRole('button', { name: 'Play' }), 'Play');
		await insideViewport(page, page.getByRole('slider', { name: /K2/ }), 'K2 slider');
		await insideViewport(
			page,
			page.getByRole('figure', { name: /bone mineral change/i }),
			'bone chart'
		);
		await page.getByRole('button', { name: 'Presentation mode' }).click();
	}
});

test('on a 375 px phone the scene, Play and the slider being moved are in view together', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await openExplorer(page);
	const scene = page.getByRole('img', { name: /calcium routes|body/i }).first();
	await insideViewport(page, scene, 'scene');
	await insideViewport(page, page.getByRole('button', { name: 'Play' }), 'Play');
	for (const name of [/K2/, /D3/, /calcium/i]) {
		const slider = page.getByRole('slider', { name });
		await slider.scrollIntoViewIfNeeded();
		await insideViewport(page, slider, `slider ${name}`);
		await insideViewport(page, scene, `scene while moving ${name}`);
		await insideViewport(page, page.getByRole('button', { name: 'Play' }), `Play with ${name}`);
	}
});

test('moving K2 while paused changes the scene and a readout at once', async ({ page }) => {
	await openExplorer(page);
	const mgpMeter = page.locator('.meter').nth(1);
	const before = Number(await mgpMeter.getAttribute('data-target-active'));
	const headingReadout = page.getByText(/heading to/i).first();
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'End');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect
		.poll(async () => Number(await mgpMeter.getAttribute('data-target-active')), { timeout: 1500 })
		.toBeGreaterThan(before);
	await expect(mgpMeter.locator('circle.rising').first()).toBeVisible({ timeout: 1500 });
	await expect(headingReadout).toBeVisible({ timeout: 1500 });
});

test('moving D3 while paused opens the gut gate at once', async ({ page }) => {
	await openExplorer(page, '/?d3=0');
	const gate = page.locator('g[data-gate-opening]');
	const before = Number(await gate.getAttribute('data-gate-target'));
	await pressOn(page.getByRole('slider', { name: /D3/ }), 'End');
	await expect
		.poll(async () => Number(await gate.getAttribute('data-gate-target')), { timeout: 1500 })
		.toBeGreaterThan(before);
});

test('a pinned run stays on the charts as a second line that differs from the new settings', async ({
	page
}) => {
	await openExplorer(page, '/?k2=0');
	await page.getByRole('button', { name: 'Pin these settings' }).click();
	await expect(page.getByRole('button', { name: 'Unpin' })).toHaveAttribute('aria-pressed', 'true');
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'End');
	const artery = page.getByRole('figure', { name: /arterial calcification/i });
	const pinned = artery.locator('path[data-line="pinned"]');
	const preview = artery.locator('path[data-line="preview"]');
	await expect(pinned).toHaveAttribute('d', /^M/);
	await expect(preview).toHaveAttribute('d', /^M/);
	await expect
		.poll(async () => (await pinned.getAttribute('d')) !== (await preview.getAttribute('d')))
		.toBe(true);
	await expect(page.getByText(/pinned: K2 0 µg/)).toBeVisible();
});

test('typing a value between the slider steps lands on the step and says so', async ({ page }) => {
	await openExplorer(page);
	const field = page.getByRole('spinbutton', { name: /K2/ });
	await field.fill('185');
	await field.press('Enter');
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('190');
	await expect(field).toHaveValue('190');
	await expect(page.getByText(/steps of 10/)).toBeVisible();
});

test('the year-per-second speed runs five years in seconds', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('radio', { name: '1 year/s' }).check();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect
		.poll(
			async () =>
				Number(await page.locator('output[data-quantity="day"]').getAttribute('data-value')),
			{
				timeout: 10_000
			}
		)
		.toBeGreaterThan(365);
	await page.getByRole('button', { name: 'Pause' }).click();
});
