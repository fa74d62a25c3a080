// The embed inside a sandboxed iframe on another origin (as WordPress embeds it): it boots without errors and tells the parent its height in the Embedly, Pym.js and WordPress formats.
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PARENT_ORIGIN, parentPageUrl, receivedMessages, startParentServer } from './parent-origin';

// One parent server on a fixed port: the tests of this file share it, so they run in one worker, in order.
test.describe.configure({ mode: 'serial' });
test.use({ allowedOrigins: [PARENT_ORIGIN] });

let server: Server;
test.beforeAll(async () => {
	server = await startParentServer();
});
test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

function embedSrc(baseURL: string | undefined, path: string): string {
	return new URL(path, baseURL).href;
}

/** Waits until the parent has received a message that `match` accepts, and returns it. */
async function waitForMessage<T>(
	page: Page,
	match: (message: unknown) => T | undefined
): Promise<T> {
	let found: T | undefined;
	await expect
		.poll(async () => {
			found = (await receivedMessages(page)).map(match).find((value) => value !== undefined);
			return found !== undefined;
		})
		.toBe(true);
	return found as T;
}

const embedlyHeight = (message: unknown) => {
	if (typeof message !== 'string' || !message.startsWith('{')) return undefined;
	const data = JSON.parse(message) as { context?: string; height?: number; src?: string };
	return data.context === 'iframe.resize' ? data : undefined;
};

test('boots in a sandboxed frame (origin null, no storage) without errors and sends Embedly height messages', async ({
	page,
	baseURL
}) => {
	const src = embedSrc(baseURL, '/embed?k2=180');
	await page.goto(parentPageUrl(src));
	const frame = page.frameLocator('#embed');
	await expect(frame.getByRole('slider', { name: /K2/ })).toHaveValue('180');
	const sandbox = await page.frame({ url: /\/embed/ })?.evaluate(() => {
		let storage = 'available';
		try {
			void localStorage.length;
		} catch {
			storage = 'throws';
		}
		return { origin: self.origin, storage };
	});
	expect(sandbox).toEqual({ origin: 'null', storage: 'throws' });

	const message = await waitForMessage(page, embedlyHeight);
	// The content's natural height at 800 px wide (scene, time bar, footer), not the 450 px frame it was given.
	expect(message.height).toBeGreaterThan(450);
	expect(message.src).toBe(src);

	// The simulation runs in the frame: a step moves model time on.
	await frame.getByRole('button', { name: /^step 1 week/i }).click();
	await expect(frame.locator('output[data-quantity="day"]')).toHaveAttribute('data-value', '7');
});

test('a frame too small for the layout reports the taller height it needs', async ({
	page,
	baseURL
}) => {
	await page.goto(parentPageUrl(embedSrc(baseURL, '/embed'), { width: 375, height: 200 }));
	await expect(page.frameLocator('#embed').getByRole('button', { name: 'Play' })).toBeVisible();
	const message = await waitForMessage(page, (each) => {
		const data = embedlyHeight(each);
		return data && data.height! > 400 ? data : undefined;
	});
	expect(message.height).toBeGreaterThan(400);
	// The parent grows the frame to that height: the embed then fits and reports the same height again (no loop).
	await page
		.locator('#embed')
		.evaluate((frame, height) => (frame.style.height = `${height}px`), message.height!);
	await page.waitForTimeout(400);
	const heights = (await receivedMessages(page))
		.map(embedlyHeight)
		.filter(Boolean)
		.map((data) => data!.height);
	expect(heights.at(-1)).toBe(message.height);
});

test('with childId it also sends Pym.js height messages, and answers the parent’s width message', async ({
	page,
	baseURL
}) => {
	await page.goto(parentPageUrl(embedSrc(baseURL, '/embed?childId=calcium-1')));
	const pym = (message: unknown) =>
		typeof message === 'string' && message.startsWith('pymxPYMxcalcium-1xPYMxheightxPYMx')
			? message
			: undefined;
	expect(await waitForMessage(page, pym)).toMatch(
		/^pymxPYMxcalcium-1xPYMxheightxPYMx[1-9]\d{2,3}$/
	);

	const countPym = async () => (await receivedMessages(page)).filter(pym).length;
	const before = await countPym();
	await page
		.locator('#embed')
		.evaluate((frame: HTMLIFrameElement) =>
			frame.contentWindow?.postMessage('pymxPYMxcalcium-1xPYMxwidthxPYMx800', '*')
		);
	await expect.poll(countPym).toBe(before + 1);
});

test('with #?secret= it sends WordPress height messages and answers only its own secret', async ({
	page,
	baseURL
}) => {
	await page.goto(parentPageUrl(embedSrc(baseURL, '/embed#?secret=Ab12Cd34Ef')));
	const wordpress = (message: unknown) => {
		const data = message as { secret?: unknown; message?: unknown; value?: unknown } | null;
		return data && typeof data === 'object' && data.message === 'height' ? data : undefined;
	};
	expect(await waitForMessage(page, wordpress)).toEqual({
		secret: 'Ab12Cd34Ef',
		message: 'height',
		value: expect.any(Number)
	});

	const countWordpress = async () => (await receivedMessages(page)).filter(wordpress).length;
	const before = await countWordpress();
	const post = (data: unknown) =>
		page
			.locator('#embed')
			.evaluate(
				(frame: HTMLIFrameElement, data) => frame.contentWindow?.postMessage(data, '*'),
				data
			);
	await post({ message: 'ready', secret: 'SomeoneElse' });
	await post({ message: 'ready', secret: ['Ab12Cd34Ef'] });
	await page.waitForTimeout(300);
	expect(await countWordpress()).toBe(before);
	await post({ message: 'ready', secret: 'Ab12Cd34Ef' });
	await expect.poll(countWordpress).toBe(before + 1);
});

test('a malformed WordPress secret is ignored: only Embedly messages are sent', async ({
	page,
	baseURL
}) => {
	await page.goto(parentPageUrl(embedSrc(baseURL, '/embed#?secret=ab-<x>')));
	await waitForMessage(page, embedlyHeight);
	await page.waitForTimeout(300);
	const messages = await receivedMessages(page);
	expect(messages.every((message) => typeof message === 'string' && embedlyHeight(message))).toBe(
		true
	);
});
