// Decides which single-key shortcut (listed in shortcuts.ts) a key press means, without stealing keys from form controls.

/** True when keys typed now belong to a form control or editable text (a shortcut must not steal them). */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	return (
		element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
		null
	);
}

export type SingleKeyAction = 'help' | 'play' | 'fullscreen';

/**
 * Which single-key shortcut a key press means, or undefined. Ignores presses with Ctrl, Alt or Meta,
 * presses aimed at form controls, repeats, and everything while a modal dialog is open.
 */
export function singleKeyAction(
	event: KeyboardEvent,
	modalOpen: boolean
): SingleKeyAction | undefined {
	if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey)
		return undefined;
	if (modalOpen || isTypingTarget(event.target)) return undefined;
	if (event.key === '?') return 'help';
	if (event.shiftKey) return undefined;
	const letter = event.key.toLowerCase();
	if (letter === 'p') return 'play';
	if (letter === 'f') return 'fullscreen';
	return undefined;
}
