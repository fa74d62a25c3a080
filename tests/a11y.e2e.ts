// Accessibility across states: axe (WCAG 2.2 AA) on the explorer's views at phone and laptop widths (the pages: pages.e2e.ts), and the main tasks by keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { modelDay, openExplorer } from './explorer-helpers';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

// /teach and /about are scanned at the same widths in pages.e2e.ts (with the overflow check).
for (const width of [320, 1280]) {
	for (const path of ['/', '/?view=evidence', '/?lang=es']) {
		test(`axe finds no violation on ${path} at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expectNoViolations(page);
		});
	}
}

test('axe finds no violation with forced colours and reduced motion', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
	await openExplorer(page);
	await expect(page.locator('canvas')).toHaveCount(0);
	await expectNoViolations(page);
});

/** Presses Tab (or Shift+Tab) until the element with this accessible role and name has focus. */
async function tabTo(
	page: Page,
	role: Parameters<Page['getByRole']>[0],
	name: string | RegExp,
	key: 'Tab' | 'Shift+Tab' = 'Tab'
) {
	const target = page.getByRole(role, { name }).first();
	for (let presses = 0; presses < 80; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`${key} never reached ${role} ${name}`);
}

// The main tasks by keyboard alone, in two tests (each Tab is a round trip; one test for all of them ran past
// 30 s on a loaded CI machine).
test('the sliders and the view switch can be set by keyboard alone', async ({ page }) => {
	test.slow(); // dozens of Tab presses, each a round trip to the browser
	await openExplorer(page);
	await tabTo(page, 'slider', /K2/);
	await page.keyboard.press('PageUp');
	await tabTo(page, 'slider', /D3/);
	await page.keyboard.press('ArrowRight');
	await tabTo(page, 'slider', /calcium/i);
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('slider', { name: /K2/ })).not.toHaveValue('0');
	await expect(page.getByRole('slider', { name: /D3/ })).toHaveValue('700');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveValue('950');

	await tabTo(page, 'radio', 'Mechanism');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Evidence' })).toBeChecked();
});

test('stepping, playing and resetting can be done by keyboard alone', async ({ page }) => {
	await openExplorer(page);
	await tabTo(page, 'button', /step 1 week/i);
	await page.keyboard.press('Enter');
	expect(await modelDay(page)).toBeCloseTo(7, 5);
	await tabTo(page, 'button', 'Play', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect.poll(() => modelDay(page)).toBeGreaterThan(8);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();

	await tabTo(page, 'slider', /K2/);
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('slider', { name: /K2/ })).not.toHaveValue('0');
	// Reset all sits beside Play, before the controls: back with Shift+Tab.
	await tabTo(page, 'button', 'Reset all', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue('0');
	expect(await modelDay(page)).toBe(0);
});

test('every focused control shows a visible focus indicator', async ({ page }) => {
	await openExplorer(page);
	for (let presses = 0; presses < 25; presses++) {
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return 'none';
			const style = getComputedStyle(element);
			const parentStyle = element.parentElement
				? getComputedStyle(element.parentElement)
				: undefined;
			return style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
				? style.outlineStyle
				: parentStyle && parentStyle.outlineStyle !== 'none'
					? 'parent'
					: 'none';
		});
		expect(outline, `focus indicator after ${presses + 1} Tab presses`).not.toBe('none');
	}
});

test('a settled control is announced politely with its effect, not every frame', async ({
	page
}) => {
	await openExplorer(page);
	const live = page.locator('[aria-live="polite"]').filter({ hasText: /./ });
	await page.getByRole('spinbutton', { name: /calcium/i }).fill('2000');
	await page.getByRole('spinbutton', { name: /calcium/i }).press('Enter');
	await expect(live).toHaveCount(1);
	await expect(live).toContainText('Dietary calcium 2,000 mg a day. Calcium absorbed rises');
	await expect(page.getByRole('slider', { name: /calcium/i })).toHaveAttribute(
		'aria-valuetext',
		'2,000 mg/day'
	);
});

test('Spanish formats numbers and units for the locale', async ({ page }) => {
	await openExplorer(page, '/?lang=es&ca=2000');
	await expect(page.getByRole('slider', { name: /calcio/i })).toHaveAttribute(
		'aria-valuetext',
		'2000 mg/día'
	);
	await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
	await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(page).not.toHaveURL(/lang=/);
});

test('every dialog and panel of the toolbar opens and closes by keyboard alone', async ({
	page
}) => {
	test.setTimeout(60_000);
	await openExplorer(page);
	const dialogs: Array<{ opener: string | RegExp; title: RegExp }> = [
		{ opener: 'QR code', title: /QR code/i },
		{ opener: 'Snapshot', title: /snapshot/i },
		{ opener: 'Keyboard shortcuts', title: /keyboard shortcuts/i },
		{ opener: 'Embed', title: /embed/i }
	];
	await tabTo(page, 'button', 'Share');
	await page.keyboard.press('Enter');
	for (const { opener, title } of dialogs) {
		await tabTo(page, 'button', opener);
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: title });
		await expect(dialog, `${opener} dialog`).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog, `${opener} dialog closed`).toBeHidden();
		await expect(page.getByRole('button', { name: opener, exact: true })).toBeFocused();
	}

	await tabTo(page, 'button', 'Guided tour');
	await page.keyboard.press('Enter');
	const tour = page.getByRole('region', { name: 'Guided tour' });
	await expect(tour).toBeVisible();
	await expect(tour).toContainText(/step 1 of/i);
	await page.keyboard.press('Escape');
	await expect(tour).toBeHidden();
});
