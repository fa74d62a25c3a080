// Launches the Chromium the benches measure with (the same binary and flags as the browser tests).
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../find-browser.js';

/** A headless Chromium; close it when done. */
export function launchChromium() {
	return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}

/** Pressing Play and choosing the fastest speed when the page has them, so benches measure the moving scene. */
export async function startPlayingIfPossible(/** @type {import('@playwright/test').Page} */ page) {
	/** @type {string[]} */
	const done = [];
	const play = page.getByRole('button', { name: /\bplay\b/i }).first();
	if ((await play.count()) > 0 && (await play.isVisible())) {
		await play.click();
		done.push('pressed Play');
	}
	const fastest = /month/i;
	for (const role of /** @type {const} */ (['radio', 'button', 'option', 'menuitemradio'])) {
		const control = page.getByRole(role, { name: fastest }).first();
		if ((await control.count()) > 0 && (await control.isVisible())) {
			await (role === 'radio' ? control.check() : control.click());
			done.push(`chose speed "${(await control.textContent())?.trim() || 'month'}"`);
			return done;
		}
	}
	const select = page
		.locator('select')
		.filter({ has: page.locator('option', { hasText: fastest }) })
		.first();
	if ((await select.count()) > 0) {
		const label =
			(await select.locator('option', { hasText: fastest }).first().textContent()) ?? '';
		await select.selectOption({ label: label.trim() });
		done.push(`chose speed "${label.trim()}"`);
	}
	return done;
}
