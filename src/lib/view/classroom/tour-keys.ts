// Which tour action a key press asks for, given where focus is: the tour never takes keys from form controls elsewhere.
export type TourAction = 'next' | 'previous' | 'close';

/** Where focus is, as far as the tour cares: nowhere in particular, on the tour panel, on one of its buttons, or elsewhere. */
export type FocusPlace = 'body' | 'panel' | 'panel-button' | 'elsewhere';

export function focusPlace(active: Element | null, panel: Element | null | undefined): FocusPlace {
	if (!active || active === document.body || active === document.documentElement) return 'body';
	if (panel && active === panel) return 'panel';
	if (panel && panel.contains(active) && active.tagName === 'BUTTON') return 'panel-button';
	return 'elsewhere';
}

/**
 * Arrow keys, Page Up/Down (presentation clickers) and Space move the tour; Escape closes it. Only when focus is on the
 * page itself or the tour panel: sliders, text fields and other widgets keep their keys. On a tour button, Space
 * presses that button as usual.
 */
export function tourKeyAction(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
	place: FocusPlace
): TourAction | null {
	if (place === 'elsewhere' || event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'previous';
		case 'Escape':
			return 'close';
		case ' ':
			if (place === 'panel-button') return null;
			return event.shiftKey ? 'previous' : 'next';
		default:
			return null;
	}
}
