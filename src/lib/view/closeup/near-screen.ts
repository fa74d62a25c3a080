// An attachment that calls back once when its element comes within a screen's height of the viewport (then stops watching): lazy loading below the fold.
import type { Attachment } from 'svelte/attachments';

/** How far ahead of the viewport loading starts: none — the close-up sits just below the one-screen explorer, and loading it (with gsap) on arrival keeps the first visit inside its budget. */
const AHEAD_MARGIN = '0px';

export function whenNearScreen(callback: () => void): Attachment<Element> {
	return (element) => {
		if (typeof IntersectionObserver === 'undefined') {
			callback();
			return;
		}
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				callback();
			},
			{ rootMargin: AHEAD_MARGIN }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
