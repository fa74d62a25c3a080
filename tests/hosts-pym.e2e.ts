// The embed in a page that uses the published pym.js (1.3.2) unchanged: Pym's own parameters pass silently and the frame follows the content's height, growing and shrinking.
import type { Server } from 'node:http';
import { expect, test } from './fixtures';
import { hostsOrigin, startHostsServer, stopServer } from './hosts-pages';
import { walkHeights } from './hosts-resize';

const HOSTS_ORIGIN = hostsOrigin(0);
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ allowedOrigins: [HOSTS_ORIGIN] });

let server: Server;
test.beforeAll(async () => {
	server = await startHostsServer(HOSTS_ORIGIN);
});
test.afterAll(async () => {
	if (server) await stopServer(server);
});

test("a pym.Parent frame shows the scene at full size and follows the content's height both ways", async ({
	page,
	baseURL
}, testInfo) => {
	const src = new URL('/embed', baseURL).href;
	await page.setViewportSize({ width: 1236, height: 800 });
	await page.goto(`${HOSTS_ORIGIN}/pym?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('#calcium iframe');
	// Pym appended initialWidth, childId, parentTitle and parentUrl: none is reported as ignored.
	const frameSrc = await page.locator('#calcium iframe').getAttribute('src');
	expect(frameSrc).toMatch(/initialWidth=.*childId=calcium.*parentTitle=.*parentUrl=/);
	await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
	await expect(frame.getByText('Some link settings were ignored.')).toHaveCount(0);

	const heights = await walkHeights(page, frame);
	testInfo.annotations.push({
		type: 'Pym.js frame heights (px)',
		description: JSON.stringify(heights)
	});
	// A scene a reader can see at 1236 px, not a thumbnail: the drawing alone is taller than 450 px.
	expect(heights.laptop).toBeGreaterThan(550);
	const scene = await frame.locator('.embed-scene svg').first().boundingBox();
	expect(scene?.height ?? 0).toBeGreaterThan(450);
	expect(Math.abs(heights.laptopAgain - heights.laptop)).toBeLessThanOrEqual(2);
});
