// oEmbed as consumers written by others see it: @extractus/oembed-extractor and unfurl.js discover the document from a page, and its html renders a working, sized embed on another origin. Without PUBLIC_SITE_URL the build has no oEmbed at all; such a build is then served as if it had one (tests/hosts-site.ts), so the consumers always run.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { extract } from '@extractus/oembed-extractor';
import { unfurl } from 'unfurl.js';
import { expect, test } from './fixtures';
import { hostsOrigin, startHostsServer, stopServer, storePage } from './hosts-pages';
import { startSiteServer } from './hosts-site';

const HOSTS_ORIGIN = hostsOrigin(2);
/** The build served as if built with PUBLIC_SITE_URL set to this origin (when it was built without one). */
const SITE_ORIGIN = hostsOrigin(4);
test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.use({ allowedOrigins: [HOSTS_ORIGIN, SITE_ORIGIN] });

/** The build has an oEmbed document only when it was given PUBLIC_SITE_URL. */
const builtWithSiteUrl = existsSync(new URL('../build/oembed.json', import.meta.url));

let server: Server;
let site: Server | undefined;
test.beforeAll(async () => {
	server = await startHostsServer(HOSTS_ORIGIN);
	if (!builtWithSiteUrl) site = await startSiteServer(SITE_ORIGIN);
});
test.afterAll(async () => {
	if (server) await stopServer(server);
	if (site) await stopServer(site);
});

test('without a site address the build announces no oEmbed and serves none', async ({
	page,
	request
}) => {
	test.skip(builtWithSiteUrl, 'this build was given PUBLIC_SITE_URL');
	for (const path of ['/', '/embed']) {
		await page.goto(path);
		await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
	}
	const response = await request.get('/oembed.json');
	// A static host answers 404 (no file); `vite preview` runs the route, which refuses with a 404 too.
	expect(response.status()).toBe(404);
});

test('oembed-extractor and unfurl.js discover absolute addresses, and the html works on another site', async ({
	page,
	baseURL
}) => {
	// A build given PUBLIC_SITE_URL=<the tests' address> is tested as it is; any other build through tests/hosts-site.ts.
	const siteUrl = builtWithSiteUrl ? String(baseURL) : SITE_ORIGIN;
	const pageUrl = new URL('/?k2=180', siteUrl).href;
	const extracted = await extract(pageUrl);
	const unfurled = await unfurl(pageUrl, { oembed: true });
	for (const oembed of [extracted, unfurled.oEmbed]) {
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 600 });
	}
	const html = String(extracted.html);
	expect(unfurled.oEmbed && 'html' in unfurled.oEmbed ? unfurled.oEmbed.html : '').toBe(html);
	const src = /src="([^"]+)"/.exec(html)?.[1];
	expect(src, 'the iframe address is absolute').toBe(new URL('/embed', siteUrl).href);
	expect(String(extracted.provider_url)).toBe(new URL('/', siteUrl).href);

	// The consumer pastes the html into its own page on another origin: a full-width frame, 600 px tall, that works.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(HOSTS_ORIGIN + storePage('oembed-consumer', 'oEmbed consumer', html));
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('button', { name: 'Play' })).toBeInViewport();
	await expect(frame.getByRole('slider', { name: /K2/ })).toBeInViewport();
	const box = await page.locator('iframe').boundingBox();
	expect(box?.height).toBe(600);
	expect(box?.width).toBeGreaterThan(360);
});
