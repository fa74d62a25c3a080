// The shared walk for host tests: drive the embed through states that change its natural height and check the host's frame follows (grows and shrinks).
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { frameHeight } from './hosts-pages';

/** The embed's natural height inside the frame (what a host should give the frame). */
function naturalHeight(frame: FrameLocator): Promise<number> {
	return frame
		.locator('.embed')
		.evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
}

/** Waits until the frame's height matches the content (within `tolerancePx`, or WordPress's clamp) and returns it. */
async function settledHeight(
	host: Page,
	frame: FrameLocator,
	clamp: (px: number) => number,
	tolerancePx = 2
): Promise<number> {
	await expect
		.poll(async () => Math.abs((await frameHeight(host)) - clamp(await naturalHeight(frame))), {
			timeout: 10_000
		})
		.toBeLessThanOrEqual(tolerancePx);
	return frameHeight(host);
}

/**
 * Laptop width → the scene described in words (taller) → closed again (shorter) → phone width (taller,
 * stacked) → another tab → laptop width again (shorter). Returns the heights in that order.
 */
export async function walkHeights(
	host: Page,
	frame: FrameLocator,
	clamp: (px: number) => number = (px) => px
): Promise<Record<string, number>> {
	const heights: Record<string, number> = {};
	await host.setViewportSize({ width: 1236, height: 800 });
	await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
	heights.laptop = await settledHeight(host, frame, clamp);

	const describe = frame.getByText('Describe the scene in words');
	await describe.click();
	await expect.poll(() => frameHeight(host), { timeout: 10_000 }).toBeGreaterThan(heights.laptop);
	heights.described = await settledHeight(host, frame, clamp);
	await describe.click();
	await expect.poll(() => frameHeight(host), { timeout: 10_000 }).toBeLessThan(heights.described);
	heights.closed = await settledHeight(host, frame, clamp);

	await host.setViewportSize({ width: 375, height: 740 });
	await expect.poll(() => frameHeight(host), { timeout: 10_000 }).toBeGreaterThan(heights.laptop);
	heights.phone = await settledHeight(host, frame, clamp);
	await frame.getByRole('tab', { name: 'Readouts' }).click();
	heights.phoneReadouts = await settledHeight(host, frame, clamp);
	await frame.getByRole('tab', { name: 'Controls' }).click();

	await host.setViewportSize({ width: 1236, height: 800 });
	await expect.poll(() => frameHeight(host), { timeout: 10_000 }).toBeLessThan(heights.phone);
	heights.laptopAgain = await settledHeight(host, frame, clamp);
	return heights;
}
