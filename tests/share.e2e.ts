// Sharing and presenting: copy link (and its manual fallback), QR code, presentation mode, keyboard shortcuts, snapshot export.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
	downloadedText,
	openExplorer,
	openShareMenu,
	openSnapshot,
	pressOn
} from './explorer-helpers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('Copy link puts a link on the clipboard that restores the state', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page);
	await pressOn(page.getByRole('slider', { name: /K2/ }), 'PageUp', 3);
	await page.getByRole('radio', { name: 'After menopause' }).check();
	const k2 = await page.getByRole('slider', { name: /K2/ }).inputValue();
	expect(Number(k2)).toBeGreaterThan(0);

	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^http:\/\/localhost:\d+\/\?/);
	expect(copied).toContain(`k2=${k2}`);

	await page.goto('about:blank');
	await page.goto(copied);
	await expect(page.getByRole('slider', { name: /K2/ })).toHaveValue(k2);
	await expect(page.getByRole('radio', { name: 'After menopause' })).toBeChecked();
});

test('where copying is refused, the link is shown selected for manual copy, without an error', async ({
	page
}) => {
	await page.addInitScript(() => {
		const refuse = () =>
			Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: refuse },
			configurable: true
		});
	});
	await openExplorer(page, '/?d3=1200');
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	const field = page.getByRole('textbox', { name: 'Link to this exact state' });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(/\/\?d3=1200$/);
	await expect(field).toHaveAttribute('readonly', '');
	expect(
		await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)
	).toBe((await field.inputValue()).length);
	await expect(page.getByRole('status').filter({ hasText: /Ctrl\+C/ })).toBeVisible();
	await expect(page.getByText('Link copied')).toHaveCount(0);
});

test('the QR code dialog shows a named image and the link, closes with Escape and returns focus', async ({
	page
}) => {
	await openExplorer(page, '/?k2=180');
	await openShareMenu(page);
	const opener = page.getByRole('button', { name: 'QR code' });
	await opener.click();
	const dialog = page.getByRole('dialog', { name: 'QR code of this exact state' });
	await expect(dialog).toBeVisible();
	const image = dialog.getByRole('img', { name: 'QR code of the link to this exact state' });
	await expect(image).toBeVisible();
	expect(await image.locator('path').getAttribute('d')).toMatch(/^M\d/);
	await expect(dialog.getByRole('link', { name: /\?k2=180$/ })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test('presentation mode: large type, projector colours, the play bar in view, and no WCAG 2.2 AA violations', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openExplorer(page);
	const toggle = page.getByRole('button', { name: 'Presentation mode' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'projector');
	await expect(html).toHaveAttribute('data-presentation', '');

	const fontSizePx = (text: string | RegExp) =>
		page
			.getByText(text)
			.first()
			.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(await fontSizePx('Move the sliders, press play')).toBeGreaterThanOrEqual(24);
	expect(await fontSizePx('After menopause')).toBeGreaterThanOrEqual(24);
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
	await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();

	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);

	await toggle.click();
	await expect(html).not.toHaveAttribute('data-theme', 'projector');
	expect(await fontSizePx('Move the sliders, press play')).toBeLessThan(20);
});

test('? opens the keyboard shortcuts, which list Alt+R; single keys never fire in a field and can be switched off', async ({
	page
}) => {
	await openExplorer(page);
	const field = page.getByRole('spinbutton', { name: /D3/ });
	await field.focus();
	await page.keyboard.press('Shift+Slash');
	await page.keyboard.press('p');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	await page.locator('body').click({ position: { x: 5, y: 300 } });
	await page.keyboard.press('Shift+Slash');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('Alt+R');
	await expect(dialog).toContainText('Reset every control');
	await expect(dialog).toContainText('Page Down');
	await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();

	await page.keyboard.press('Shift+Slash');
	await page.keyboard.press('p');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	await openShareMenu(page);
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
	await page.keyboard.press('Escape');
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.keyboard.press('p');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Snapshot downloads an SVG with the caption and link, a PNG, and offers alt text naming the calcium intake', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page, '/?k2=180&ca=1200&life=postmenopausal');
	await openShareMenu(page);
	const dialog = await openSnapshot(page);

	const { download: svgDownload, text: svg } = await downloadedText(
		page,
		dialog.getByRole('button', { name: 'Download SVG' })
	);
	expect(svgDownload.suggestedFilename()).toBe('calcium-routes-day-0.svg');
	const svgText = svg.replaceAll('&amp;', '&');
	expect(svg.length).toBeGreaterThan(5000);
	expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(svgText).toContain('Dietary calcium: 1,200 mg/day');
	expect(svgText).toContain('Vitamin K2 supplement: 180 µg/day');
	expect(svgText).toContain('model time year 0, month 0, day 0');
	expect(svgText).toContain('A simplified teaching model');
	expect(svgText).toContain('Key sources: IOM 2011');
	expect(svgText).toMatch(/http:\/\/localhost:\d+\/\?k2=180&ca=1200&life=postmenopausal/);
	expect(svg).not.toMatch(/var\(--/);
	expect(svg).not.toContain('<script');
	await expect(dialog.getByRole('status')).toHaveText('Downloaded calcium-routes-day-0.svg.');

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download PNG' }).click()
	]);
	const png = await readFile((await pngDownload.path())!);
	expect(png.length).toBeGreaterThan(10_000);
	expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	expect(png.readUInt32BE(16)).toBe(2560);

	const altText = dialog.getByRole('textbox', { name: 'Alt text for the picture' });
	await expect(altText).toHaveValue(/1,200 mg of calcium eaten a day/);
	await dialog.getByRole('button', { name: 'Copy alt text' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		await altText.inputValue()
	);
});

test('opening a snapshot pauses the run so that picture and caption agree', async ({ page }) => {
	await openExplorer(page, '/?play=1');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await openShareMenu(page);
	await openSnapshot(page);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('inside a sandboxed iframe, copy link falls back to a selected field and full screen explains why it is missing', async ({
	page,
	baseURL
}) => {
	await page.route(`${baseURL}/sandbox-host.html`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>host</title><iframe sandbox="allow-scripts" src="/?k2=180" title="explorer" style="width:1200px;height:800px"></iframe>'
		})
	);
	await page.goto('/sandbox-host.html');
	const frame = page.frameLocator('iframe');
	await openShareMenu(frame);
	await frame.getByRole('button', { name: 'Copy link' }).click();
	const field = frame.getByRole('textbox', { name: 'Link to this exact state' });
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(/\/\?k2=180$/);

	await expect(frame.getByRole('button', { name: 'Presentation mode' })).toBeVisible();
	await expect(frame.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
	await frame.getByRole('button', { name: 'Presentation mode' }).click();
	await expect(frame.getByText('Full screen is not available here')).toBeVisible();
});

test('each sharing dialog has no WCAG 2.2 AA violations while open', async ({ page }) => {
	await openExplorer(page);
	const dialogs = [
		['QR code', 'QR code of this exact state'],
		['Snapshot', 'Snapshot of this view'],
		['Keyboard shortcuts', 'Keyboard shortcuts']
	] as const;
	for (const [button, title] of dialogs) {
		await openShareMenu(page);
		await page.getByRole('button', { name: button }).click();
		const dialog = page.getByRole('dialog', { name: title });
		await expect(dialog.getByRole('heading', { name: title })).toBeFocused();
		await expect(dialog.getByRole('img').or(dialog.getByRole('checkbox')).first()).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations, button).toEqual([]);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(page.getByRole('button', { name: button })).toBeFocused();
	}
});
