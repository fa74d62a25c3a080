// Build a plate: the picker loads on use, sets the diet inputs, moves the model, travels in the link, and works by keyboard alone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openExplorer, readoutValue, stepBy } from './explorer-helpers';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: /Build a plate/ });

async function openPlate(page: Page) {
	await page.getByRole('button', { name: 'Build a plate' }).click();
	await expect(dialogOf(page)).toBeVisible();
}

test('a pack of natto sets the diet inputs, raises active MGP, and the link carries the plate', async ({
	page
}) => {
	test.setTimeout(90_000); // two runs of four weeks and a second page on a shared machine
	await openExplorer(page);
	await stepBy(page, 'week', 4);
	const mgpBefore = await readoutValue(page, 'Active MGP');
	await page.getByRole('button', { name: 'Reset all' }).click();

	await openPlate(page);
	const dialog = dialogOf(page);
	await dialog.getByRole('spinbutton', { name: /Natto/ }).fill('1');
	await dialog.getByRole('spinbutton', { name: /Natto/ }).blur();
	await expect(dialog.locator('td[data-nutrient="mk7Mcg"]')).toContainText('400');
	await dialog.getByRole('button', { name: 'Use this plate' }).click();
	await expect(dialog).toBeHidden();

	await expect(page).toHaveURL(/plate=natto:1/);
	await expect(page).toHaveURL(/ca=200/);
	await stepBy(page, 'week', 4);
	expect(await readoutValue(page, 'Active MGP')).toBeGreaterThan(mgpBefore);

	// A shared link reopens the same plate.
	const link = page.url();
	const other = await page.context().newPage();
	await openExplorer(other, link.replace(/^https?:\/\/[^/]+/, ''));
	await openPlate(other);
	await expect(dialogOf(other).getByRole('spinbutton', { name: /Natto/ })).toHaveValue('1');
	await other.close();
});

test('a link with a bad food keeps the good ones and says some settings were ignored', async ({
	page
}) => {
	await openExplorer(page, '/?plate=natto:1,pizza:2,gouda:9');
	await expect(page.getByText('Some link settings were ignored.')).toBeVisible();
	await openPlate(page);
	await expect(dialogOf(page).getByRole('spinbutton', { name: /Natto/ })).toHaveValue('1');
	await expect(dialogOf(page).getByRole('spinbutton', { name: /Gouda/ })).toHaveValue('0');
});

test('keyboard only: open the plate, choose a starter plate, use it, and focus returns', async ({
	page
}) => {
	await openExplorer(page);
	const button = page.getByRole('button', { name: 'Build a plate' });
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = dialogOf(page);
	await expect(dialog).toBeVisible();

	const tabTo = async (name: string) => {
		for (let presses = 0; presses < 60; presses++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
			if (focused === name) return;
		}
		throw new Error(`Tab never reached ${name}`);
	};
	await tabTo('Natto breakfast');
	await page.keyboard.press('Enter');
	await expect(dialog.getByRole('spinbutton', { name: /Natto/ })).toHaveValue('1');
	await tabTo('Use this plate');
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
	await expect(page).toHaveURL(/plate=natto:1/);

	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('a hand-written link with only a plate sets that plate’s diet inputs', async ({ page }) => {
	await openExplorer(page, '/?plate=natto:2');
	await expect(page).toHaveURL(/mk7-food=800/);
	await expect(page).toHaveURL(/plate=natto:2/);
});
