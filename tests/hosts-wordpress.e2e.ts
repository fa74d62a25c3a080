// The embed as WordPress shows it: sandboxed ("allow-scripts", origin null) with a secret, resized by WordPress's own embed script (wp-embed.js, unchanged, fetched per tests/fixtures/vendor/README.md).
import type { Server } from 'node:http';
import { expect, test } from './fixtures';
import { hostsOrigin, startHostsServer, stopServer, wordpressEmbedProblem } from './hosts-pages';
import { walkHeights } from './hosts-resize';

const HOSTS_ORIGIN = hostsOrigin(1);
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ allowedOrigins: [HOSTS_ORIGIN] });

let server: Server;
test.beforeAll(async () => {
	server = await startHostsServer(HOSTS_ORIGIN);
});
test.afterAll(async () => {
	if (server) await stopServer(server);
});

/** wp-embed.js keeps heights between 200 and 1000 px. */
const wordpressClamp = (px: number) => Math.min(1000, Math.max(200, px));

test("WordPress's embed script sizes the sandboxed frame to the content, growing and shrinking", async ({
	page,
	baseURL
}, testInfo) => {
	const problem = wordpressEmbedProblem();
	test.skip(problem !== undefined, problem);
	const src = new URL('/embed', baseURL).href;
	await page.setViewportSize({ width: 1236, height: 800 });
	await page.goto(`${HOSTS_ORIGIN}/wordpress?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('iframe.wp-embedded-content');
	await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
	const heights = await walkHeights(page, frame, wordpressClamp);
	testInfo.annotations.push({
		type: 'WordPress frame heights (px)',
		description: JSON.stringify(heights)
	});
	// The frame is 800 px wide at 1236 (WordPress's width attribute): scene, time bar and footer, no scrolling.
	expect(heights.laptop).toBeGreaterThan(450);
	expect(Math.abs(heights.laptopAgain - heights.laptop)).toBeLessThanOrEqual(2);
	expect(await page.locator('iframe.wp-embedded-content').getAttribute('height')).toBe(
		String(heights.laptopAgain)
	);
});
