// Browser side of the embed's messaging: watches the page's height and posts it to the parent window (throttled), answers the parent's requests, routes links through WordPress.
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

/** The page's full height in CSS pixels: what a host must give the iframe to show it without scrollbars. */
function documentHeight(): number {
	return document.documentElement.scrollHeight;
}

/**
 * Starts talking to the parent window when the page is framed; returns the function that stops.
 * `childId` comes from the `childId` URL parameter; the WordPress secret is read from `location.hash`.
 */
export function connectToParentFrame(childId: string | undefined): () => void {
	if (window.parent === window) return () => {};
	const parent = window.parent;
	const targets: HeightTargets = {
		childId,
		wordpressSecret: wordpressSecretFromHash(location.hash)
	};
	let lastHeight = -1;

	const post = (force: boolean) => {
		const height = documentHeight();
		if (!force && height === lastHeight) return;
		lastHeight = height;
		for (const message of heightMessages(height, location.href, targets))
			parent.postMessage(message, '*');
	};
	const throttled = throttle(() => post(false), RESIZE_INTERVAL_MS);
	const observer = new ResizeObserver(() => throttled.request());
	observer.observe(document.documentElement);
	observer.observe(document.body);

	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		if (readParentMessage(event.data, targets)) post(true);
	};
	/** WordPress frames have no allow-popups: links marked data-embed-link ask the host to open them instead. */
	const onClick = (event: MouseEvent) => {
		const secret = targets.wordpressSecret;
		const link =
			event.target instanceof Element ? event.target.closest('a[data-embed-link]') : null;
		if (!secret || !(link instanceof HTMLAnchorElement) || event.defaultPrevented) return;
		event.preventDefault();
		parent.postMessage(wordpressLinkMessage(secret, link.href), '*');
	};
	addEventListener('message', onMessage);
	addEventListener('click', onClick);
	post(true);

	return () => {
		observer.disconnect();
		throttled.cancel();
		removeEventListener('message', onMessage);
		removeEventListener('click', onClick);
	};
}
