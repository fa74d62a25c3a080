// The /embed route: no site chrome, fits fixed frames without scrollbars (phone-width frames scroll, nothing clipped), set up by its link (controls, locks, panels, theme, language, autoplay), the address is never rewritten (hostile links: hostile-urls.e2e.ts; oEmbed: hosts-oembed.e2e.ts).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { modelDay, pressOn } from './explorer-helpers';

async function overflow(page: Page) {
	return page.evaluate(() => ({
		vertical: document.documentElement.scrollHeight - innerHeight,
		horizontal: document.documentElement.scrollWidth - innerWidth
	}));
}

for (const [width, height] of [
	[800, 450],
	[800, 600],
	[1280, 720]
]) {
	test(`fits ${width}×${height} without scrollbars, scene and controls side by side`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/embed');
		const scene = page.getByRole('img', { name: /calcium/i }).first();
		const slider = page.getByRole('slider', { name: /K2/ });
		await expect(slider).toBeVisible();
		await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
		await expect(page.getByRole('link', { name: /Open in Calcium Routes/ })).toBeInViewport();
		await expect.poll(() => overflow(page)).toEqual({ vertical: 0, horizontal: 0 });
		const [sceneBox, sliderBox] = [await scene.boundingBox(), await slider.boundingBox()];
		expect(sceneBox!.x + sceneBox!.width).toBeLessThanOrEqual(sliderBox!.x);
		// The time bar sits under the scene, so at 800 × 450 the fitted scene is a little under half the width.
		expect(sceneBox!.width).toBeGreaterThan(width * 0.45);
	});
}

// The default embed code is full width × 600 px: on a phone-width article the scene, Play and a control are in view.
for (const width of [320, 375, 430]) {
	test(`the default 600 px frame at ${width} px wide shows the scene, Play and a slider`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 600 });
		await page.goto('/embed');
		await expect(page.getByRole('img', { name: /calcium/i }).first()).toBeInViewport({
			ratio: 0.9
		});
		await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
		await expect(page.getByRole('slider', { name: /K2/ })).toBeInViewport();
		expect((await overflow(page)).horizontal).toBe(0);
	});
}

test('at 400×600 no control is clipped: each can be scrolled fully into view', async ({ page }) => {
	await page.setViewportSize({ width: 400, height: 600 });
	await page.goto('/embed');
	// Open the closed disclosures ("Diet in detail") so their controls are checked too.
	for (const disclosure of await page.getByRole('tabpanel').locator('details').all()) {
		if ((await disclosure.getAttribute('open')) !== null) continue;
		await disclosure.locator('summary').click();
		await expect(disclosure).toHaveAttribute('open', '');
		// A disclosure may build its controls when it first opens (its toggle event): let that render.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	}
	const controls = page.getByRole('tabpanel').locator('input, button, select');
	expect(await controls.count()).toBeGreaterThan(4);
	for (const control of await controls.all()) {
		// Centred, not edge-aligned: an edge alignment at a fractional offset clips a fraction of a pixel.
		await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
		await expect(control).toBeInViewport({ ratio: 1 });
	}
	await page.getByRole('link', { name: /Open in Calcium Routes/ }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('link', { name: /Open in Calcium Routes/ })).toBeInViewport();
});

test('panels=closeup draws the close-up in its tab', async ({ page }) => {
	await page.goto('/embed?panels=closeup&controls=none');
	await expect(page.getByText('Some link settings were ignored.')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Vitamin K switches proteins on' })).toBeVisible();
	const diagrams = page.locator('.closeup svg');
	await expect(diagrams.first()).toBeVisible();
	expect(await diagrams.count()).toBeGreaterThan(2);
});

test('has no site chrome: one hidden heading, no site navigation or footer, and a disclaimer link', async ({
	page
}) => {
	await page.goto('/embed');
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByRole('contentinfo')).toHaveCount(0);
	await expect(page.getByRole('link', { name: /not medical advice/ })).toHaveAttribute(
		'href',
		/about#disclaimer$/
	);
});

test('shows only the chosen controls, locks the locked ones, and never rewrites its address', async ({
	page
}) => {
	await page.goto('/embed?k2=200&controls=k2,time&lock=ca&panels=charts');
	const url = page.url();
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('200');
	await expect(page.getByRole('slider', { name: /calcium/i })).toBeDisabled();
	await expect(page.getByRole('slider', { name: /D3/ })).toHaveCount(0);
	await expect(page.getByRole('radio', { name: 'After menopause' })).toHaveCount(0);
	await expect(page.getByText(/fixed by this page/)).toBeVisible();
	await expect(page.getByRole('tab', { name: 'Readouts' })).toHaveCount(0);
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'PageUp');
	await page.waitForTimeout(400);
	expect(page.url()).toBe(url);
	const open = page.getByRole('link', { name: /Open in Calcium Routes/ });
	await expect(open).toHaveAttribute('href', /k2=300/);
});

test('tabs switch between controls and panels, by mouse and arrow keys; view=evidence opens the evidence tab', async ({
	page
}) => {
	await page.goto('/embed?view=evidence');
	await expect(page.getByRole('tab', { name: 'Evidence' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('region', { name: /what the science says/i })).toBeVisible();
	await page.getByRole('tab', { name: 'Charts' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Charts' })).toBeVisible();
	await page.getByRole('tab', { name: 'Charts' }).press('ArrowLeft');
	await expect(page.getByRole('tab', { name: 'Readouts' })).toBeFocused();
	await expect(page.getByRole('tabpanel', { name: 'Readouts' })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(page.getByRole('slider', { name: /K2/ })).toBeVisible();
});

test('theme, language and autoplay come from the link; Start over returns to the link’s settings', async ({
	page
}) => {
	await page.goto('/embed?theme=projector&lang=es&autoplay=1&d3=2000');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
	await expect.poll(() => modelDay(page)).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Pausa' }).click();
	await page.getByRole('spinbutton', { name: /D3/ }).fill('100');
	await page.getByRole('spinbutton', { name: /D3/ }).press('Enter');
	await page.getByRole('button', { name: 'Reiniciar' }).click();
	await expect(page.getByRole('slider', { name: /D3/ })).toHaveValue('2000');
	await expect(page.getByRole('button', { name: 'Pausa' })).toBeVisible();
});

test('passes axe (WCAG 2.2 AA) at 800×450 and 375×600, with a locked input and the evidence tab', async ({
	page
}) => {
	for (const size of [
		{ width: 800, height: 450 },
		{ width: 375, height: 600 }
	]) {
		await page.setViewportSize(size);
		await page.goto('/embed?lock=ca&view=evidence');
		await expect(page.getByRole('tab', { name: 'Evidence' })).toHaveAttribute(
			'aria-selected',
			'true'
		);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	}
});
