// Helpers for explorer tests: read a readout's raw value, step model time, set a slider by keyboard, open the Share menu and the snapshot, read a download.
import { readFile } from 'node:fs/promises';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Opens an explorer page and waits until the app has hydrated it (so typing and clicking reach the app). */
export async function openExplorer(page: Page, path = '/') {
	await page.goto(path);
	await page.locator('[data-hydrated="true"]').waitFor();
}

/** The raw number behind a readout, found by its accessible name. */
export async function readoutValue(page: Page, name: string | RegExp): Promise<number> {
	return Number(await page.getByRole('status', { name }).getAttribute('data-value'));
}

/** Model time in days, from the time counter. */
export async function modelDay(page: Page): Promise<number> {
	return Number(await page.locator('output[data-quantity="day"]').getAttribute('data-value'));
}

/** Presses a step button `times` times at the chosen speed ('day', 'week' or 'month'). */
export async function stepBy(page: Page, speed: 'day' | 'week' | 'month', times: number) {
	await page.getByRole('radio', { name: new RegExp(`^1 ${speed}`) }).check();
	const step = page.getByRole('button', { name: new RegExp(`^step 1 ${speed}`, 'i') });
	for (let index = 0; index < times; index++) await step.click();
}

/** Focuses a slider and presses a key `times` times, as a keyboard user would. */
export async function pressOn(slider: Locator, key: string, times = 1) {
	await slider.focus();
	for (let index = 0; index < times; index++) await slider.press(key);
}

/**
 * Opens the toolbar's Share menu (copy link, QR code, snapshot, full screen, shortcuts, embed) if it is closed,
 * once the explorer has hydrated (the toolbar goes live in a task of its own after the page starts).
 */
export async function openShareMenu(page: Page | FrameLocator) {
	await page.locator('[data-hydrated="true"]').waitFor();
	const opener = page.getByRole('button', { name: /^(Share|Compartir)$/ });
	if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
}

/** Opens the snapshot dialog from the (open) Share menu and waits for its preview; returns the dialog. */
export async function openSnapshot(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Snapshot' }).click();
	const dialog = page.getByRole('dialog', { name: 'Snapshot of this view' });
	await expect(dialog.getByRole('img', { name: /Preview of the picture/ })).toBeVisible();
	return dialog;
}

/** Clicks `button` and returns the text of the file it downloads, with the download itself. */
export async function downloadedText(page: Page, button: Locator) {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { download, text: await readFile((await download.path())!, 'utf8') };
}
