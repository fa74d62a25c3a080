// Browser side of the embed's messaging: follows the content's natural height (growing and shrinking) and posts it to the parent window (throttled), answers the parent's requests, routes links through WordPress.
import {
	heightMessages,
	readParentMessage,
	wordpressLinkMessage,
	wordpressSecretFromHash,
	type HeightTargets
} from './resize-messages';
import { throttle } from './throttle';

/** Height messages are sent at most this often while the page resizes. */
export const RESIZE_INTERVAL_MS = 100;

export interface ContentSizer {
	/** Elements whose size changes may change the natural height (the content, the root). */
	observed: Element[];
	/** Measures the natural height in CSS px (and fits the layout to the frame); see natural-height.ts. */
	measure: () => number;
}

/**
 * Follows the content's height: re-measures whenever the observed elements resize, and when the page is
 * framed, posts the height to the parent in every host format (see resize-messages.ts).
 * `childId` comes from the `childId` URL parameter; the WordPress secret is read from `location.hash`.
 * Returns the function that stops.
 */
export function connectToParentFrame(childId: string | undefined, sizer: ContentSizer): () => void {
	const framed = window.parent !== window;
	const parent = window.parent;
	const targets: HeightTargets = {
		childId,
		wordpressSecret: wordpressSecretFromHash(location.hash)
	};
	let lastHeight = -1;

	const post = (force: boolean) => {
		const height = sizer.measure();
		if (!framed || (!force && height === lastHeight)) return;
		lastHeight = height;
		for (const message of heightMessages(height, location.href, targets))
			parent.postMessage(message, '*');
	};
	const throttled = throttle(() => post(false), RESIZE_INTERVAL_MS);
	const observer = new ResizeObserver(() => throttled.request());
	for (const element of sizer.observed) observer.observe(element);

	const onMessage = (event: MessageEvent) => {
		if (!framed || event.source !== parent) return;
		if (readParentMessage(event.data, targets)) post(true);
	};
	/** WordPress frames have no allow-popups: links marked data-embed-link ask the host to open them instead. */
	const onClick = (event: MouseEvent) => {
		const secret = targets.wordpressSecret;
		const link =
			event.target instanceof Element ? event.target.closest('a[data-embed-link]') : null;
		if (!framed || !secret || !(link instanceof HTMLAnchorElement) || event.defaultPrevented)
			return;
		event.preventDefault();
		parent.postMessage(wordpressLinkMessage(secret, link.href), '*');
	};
	/** A new frame height changes nothing inside the content, but may change how the scene fits. */
	const onResize = () => throttled.request();
	addEventListener('message', onMessage);
	addEventListener('click', onClick);
	addEventListener('resize', onResize);
	post(true);

	return () => {
		observer.disconnect();
		throttled.cancel();
		removeEventListener('message', onMessage);
		removeEventListener('click', onClick);
		removeEventListener('resize', onResize);
	};
}
