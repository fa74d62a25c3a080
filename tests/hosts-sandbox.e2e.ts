// When scripts cannot run (a sandboxed frame on a host without Access-Control-Allow-Origin, or blocked scripts), the page says so and what to change, instead of showing live-looking dead controls.
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { hostsOrigin, startHostsServer, stopServer, storePage } from './hosts-pages';

// These pages fail on purpose (CORS refusals, aborted scripts), so the shared no-console-errors fixture is not used.
const HOSTS_ORIGIN = hostsOrigin(3);
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let server: Server;
test.beforeAll(async () => {
	server = await startHostsServer(HOSTS_ORIGIN);
});
test.afterAll(async () => {
	if (server) await stopServer(server);
});

test('a sandboxed embed served without the CORS header shows what the host must change', async ({
	page
}) => {
	const path = storePage(
		'sandbox-no-cors',
		'Sandboxed embed without CORS',
		`<iframe sandbox="allow-scripts" title="Calcium Routes" src="${HOSTS_ORIGIN}/nocors/embed" width="800" height="600"></iframe>`
	);
	const refused: string[] = [];
	page.on('requestfailed', (request) => refused.push(request.url()));
	await page.goto(HOSTS_ORIGIN + path);
	const frame = page.frameLocator('iframe');
	const notice = frame.getByRole('alert');
	await expect(notice).toBeVisible({ timeout: 15_000 });
	await expect(notice).toContainText('The simulation could not start');
	await expect(notice).toContainText('Access-Control-Allow-Origin: *');
	await expect(notice.locator('[lang="es"]')).toContainText('La simulación no pudo arrancar');
	expect(refused.some((url) => url.includes('/_app/immutable/'))).toBe(true);
	// The notice covers the dead controls: a click on Play lands on the notice.
	const play = frame.getByRole('button', { name: 'Play' });
	const box = await play.boundingBox();
	const hit = await frame
		.locator('body')
		.evaluate(
			(_, point) =>
				document.elementFromPoint(point.x, point.y)?.closest('[data-script-failure]') !== null,
			{ x: (box?.x ?? 0) + 5, y: (box?.y ?? 0) + 5 }
		);
	expect(hit).toBe(true);
});

test('the main page says so too when its scripts are blocked', async ({ page }) => {
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('The simulation could not start', {
		timeout: 15_000
	});
});

test('a page whose scripts run never shows the notice', async ({ page }) => {
	await page.goto('/');
	await page.locator('[data-hydrated="true"]').waitFor();
	await expect(page.locator('[data-script-failure]')).toHaveCount(0);
});
