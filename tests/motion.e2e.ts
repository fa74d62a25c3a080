// Motion as a student sees it: canvas ions that follow intake and stop on pause, the close-up that follows the model, and reduced motion.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { modelDay, openExplorer, stepBy } from './explorer-helpers';

const ions = (page: Page) => page.locator('canvas[data-particle-count]');
const liveIons = async (page: Page) => Number(await ions(page).getAttribute('data-particle-count'));
const canvasPicture = (page: Page) =>
	ions(page).evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
const closeUp = (page: Page) => page.getByRole('region', { name: /close-up/i });

/** Every transform and opacity in the close-up, as one string: equal twice means nothing moved. */
const closeUpPose = (page: Page) =>
	page
		.locator('.closeup')
		.evaluate((root) =>
			[...root.querySelectorAll('svg *')]
				.map(
					(element) =>
						`${element.getAttribute('transform')}|${(element as SVGElement).style.cssText}`
				)
				.join(';')
		);

async function setCalcium(page: Page, value: number) {
	const field = page.getByRole('spinbutton', { name: /calcium/i });
	await field.fill(String(value));
	await field.press('Enter');
}

test('the canvas carries over a thousand ions while playing, and more a second after calcium goes up', async ({
	page
}) => {
	await openExplorer(page, '/');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => liveIons(page)).toBeGreaterThanOrEqual(1000);
	const before = await liveIons(page);
	await setCalcium(page, 3000);
	await expect.poll(() => liveIons(page), { timeout: 5000 }).toBeGreaterThan(before + 300);
});

test('pausing stops the ions; playing moves them', async ({ page }) => {
	await openExplorer(page, '/');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => liveIons(page)).toBeGreaterThanOrEqual(1000);
	const moving = await canvasPicture(page);
	await expect.poll(() => canvasPicture(page)).not.toBe(moving);

	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await canvasPicture(page);
	const count = await liveIons(page);
	await page.waitForTimeout(500);
	expect(await canvasPicture(page)).toBe(paused);
	expect(await liveIons(page)).toBe(count);
});

test('warfarin shows the vitamin K cycle blocked at VKORC1, with a label', async ({ page }) => {
	await openExplorer(page, '/');
	const region = closeUp(page);
	// The close-up's diagrams load when it nears the screen.
	await region.scrollIntoViewIfNeeded();
	await expect(region.getByText(/the cycle runs/i)).toBeVisible();
	await expect(region.getByText('blocked by warfarin')).toHaveCount(0);
	await page.getByRole('checkbox', { name: /warfarin/i }).check();
	await expect(region.getByText('blocked by warfarin')).toBeVisible();
	await expect(region.getByText(/Blocked: warfarin stops VKORC1/)).toBeVisible();
	await expect(region.getByRole('img', { name: /warfarin blocks VKORC1/ })).toBeVisible();
});

test('raising K2 fills more of the MGP and osteocalcin molecules', async ({ page }) => {
	await openExplorer(page, '/');
	const region = closeUp(page);
	// The close-up's diagrams load when it nears the screen.
	await region.scrollIntoViewIfNeeded();
	const activeOf = async (protein: RegExp) => {
		const name = await region.getByRole('img', { name: protein }).getAttribute('aria-label');
		return Number(/(\d+) active/.exec(name ?? '')?.[1]);
	};
	await expect(region.getByText('8 of 10 active (Gla), holding calcium')).toBeVisible();
	await expect(region.getByText('6 of 10 active (Gla), capping')).toBeVisible();
	const mgpBefore = await activeOf(/Ten MGP molecules/);
	const osteocalcinBefore = await activeOf(/Ten osteocalcin molecules/);

	const k2 = page.getByRole('spinbutton', { name: /K2/ });
	await k2.fill('1000');
	await k2.press('Enter');
	await stepBy(page, 'month', 4);

	await expect(region.getByText('9 of 10 active (Gla), capping')).toBeVisible();
	await expect(region.getByText('10 of 10 active (Gla), holding calcium')).toBeVisible();
	expect(await activeOf(/Ten MGP molecules/)).toBeGreaterThan(mgpBefore);
	expect(await activeOf(/Ten osteocalcin molecules/)).toBeGreaterThan(osteocalcinBefore);
	// The drawing agrees with the words: one filled "Gla" body per active molecule.
	await expect(
		region.locator('[data-panel="mgp"] svg').getByText('Gla', { exact: true })
	).toHaveCount(9);
});

test.describe('with prefers-reduced-motion: reduce', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openExplorer(page, '/');
	});

	test('no canvas, a still close-up with before and after, and time still runs', async ({
		page
	}) => {
		await expect(page.getByRole('checkbox', { name: /reduce motion/i })).toBeChecked();
		await expect(page.locator('canvas')).toHaveCount(0);
		const region = closeUp(page);
		// The close-up's diagrams load when it nears the screen.
		await region.scrollIntoViewIfNeeded();
		// The close-up's diagrams load when it nears the screen.
		await region.scrollIntoViewIfNeeded();
		await expect(region.getByText('before: inactive')).toBeVisible();
		await expect(region.getByText('after: active')).toBeVisible();
		await expect(region.locator('[data-motion]')).toHaveCount(0);

		await page.getByRole('radio', { name: /^1 month/ }).check();
		await page.getByRole('button', { name: 'Play' }).click();
		const pose = await closeUpPose(page);
		await expect.poll(() => modelDay(page)).toBeGreaterThan(15);
		expect(await closeUpPose(page)).toBe(pose);
	});
});

test('the in-app switch stills the scene and the close-up', async ({ page }) => {
	await openExplorer(page, '/');
	await expect(page.locator('canvas')).toHaveCount(1);
	await page.getByRole('checkbox', { name: /reduce motion/i }).check();
	await expect(page.locator('canvas')).toHaveCount(0);
	// The close-up loads when it reaches the screen.
	await closeUp(page).scrollIntoViewIfNeeded();
	await expect(closeUp(page).locator('[data-motion]')).toHaveCount(0);
	await expect(closeUp(page).getByText('before: inactive')).toBeVisible();
});

test('while playing with motion, the close-up moves (the still test above can fail)', async ({
	page
}) => {
	await openExplorer(page, '/');
	await page.getByRole('button', { name: 'Play' }).click();
	// The close-up loads, and moves, only while it is on screen.
	await closeUp(page).scrollIntoViewIfNeeded();
	await closeUp(page)
		.getByRole('img', { name: /vitamin K helps/ })
		.scrollIntoViewIfNeeded();
	const pose = await closeUpPose(page);
	await expect.poll(() => closeUpPose(page)).not.toBe(pose);
	await page.getByRole('button', { name: 'Pause' }).click();
	const paused = await closeUpPose(page);
	await page.waitForTimeout(400);
	expect(await closeUpPose(page)).toBe(paused);
});

test('the close-up passes the WCAG 2.2 AA axe rules, and its labels are at least 12 px on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openExplorer(page, '/?warfarin=1');
	// On a phone the close-up starts as the reader scrolls near it, screens below the controls.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await closeUp(page).scrollIntoViewIfNeeded();
	const results = await new AxeBuilder({ page })
		.include('.closeup')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);
	const sizes = await page
		.locator('.closeup')
		.evaluate((root) =>
			[...root.querySelectorAll<SVGTextElement>('svg text')]
				.filter((text) => text.getBBox().width > 0)
				.map(
					(text) =>
						parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? Number.NaN)
				)
		);
	expect(sizes.length).toBeGreaterThan(40);
	const smallest = Math.min(...sizes);
	test
		.info()
		.annotations.push({ type: 'smallest close-up label (px)', description: smallest.toFixed(2) });
	expect(smallest).toBeGreaterThanOrEqual(12);
});
