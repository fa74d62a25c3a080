// The single-key matcher: ?, P and F outside form controls only, never with modifiers, repeats or an open dialog; the help list is complete.
import { describe, expect, it } from 'vitest';
import { isTypingTarget, singleKeyAction } from './shortcut-keys';
import { shortcuts } from './shortcuts';

/** A stand-in for an element: `closest` answers whether it sits in a form control. */
function element(inFormControl: boolean, editable = false): EventTarget {
	return {
		isContentEditable: editable,
		closest: () => (inFormControl ? {} : null)
	} as unknown as EventTarget;
}

function press(key: string, options: Partial<KeyboardEvent> = {}): KeyboardEvent {
	return {
		key,
		shiftKey: key === '?',
		ctrlKey: false,
		altKey: false,
		metaKey: false,
		repeat: false,
		defaultPrevented: false,
		target: element(false),
		...options
	} as unknown as KeyboardEvent;
}

describe('singleKeyAction', () => {
	it('maps ?, P and F (either case)', () => {
		expect(singleKeyAction(press('?'), false)).toBe('help');
		expect(singleKeyAction(press('p'), false)).toBe('play');
		expect(singleKeyAction(press('P', { shiftKey: false }), false)).toBe('play');
		expect(singleKeyAction(press('f'), false)).toBe('fullscreen');
		expect(singleKeyAction(press('x'), false)).toBeUndefined();
	});

	it('leaves keys to form controls and editable text', () => {
		expect(singleKeyAction(press('?', { target: element(true) }), false)).toBeUndefined();
		expect(singleKeyAction(press('p', { target: element(false, true) }), false)).toBeUndefined();
	});

	it('ignores modifiers, Shift+letter, repeats, handled events and an open dialog', () => {
		expect(singleKeyAction(press('p', { ctrlKey: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('p', { altKey: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('p', { metaKey: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('P', { shiftKey: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('p', { repeat: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('p', { defaultPrevented: true }), false)).toBeUndefined();
		expect(singleKeyAction(press('?'), true)).toBeUndefined();
	});
});

describe('isTypingTarget', () => {
	it('is false for nothing or a non-element target', () => {
		expect(isTypingTarget(null)).toBe(false);
		expect(isTypingTarget({} as EventTarget)).toBe(false);
	});
});

describe('shortcuts', () => {
	it('lists every shortcut once, each with a description, including Alt+R and the tour keys', () => {
		const ids = shortcuts.map((shortcut) => shortcut.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const shortcut of shortcuts) expect(shortcut.description().length).toBeGreaterThan(3);
		const keys = shortcuts.flatMap((shortcut) =>
			shortcut.combinations.map((combo) => combo.map((k) => k.key).join('+'))
		);
		expect(keys).toEqual(
			expect.arrayContaining([
				'?',
				'P',
				'F',
				'Alt+R',
				'Escape',
				'ArrowRight',
				'PageDown',
				'Space',
				'ArrowLeft',
				'PageUp'
			])
		);
	});

	it('marks exactly the character keys as single-key shortcuts (WCAG 2.1.4 lets users turn those off)', () => {
		const single = shortcuts
			.filter((shortcut) => shortcut.singleKey)
			.map((shortcut) => shortcut.id);
		expect(single.sort()).toEqual(['fullscreen', 'help', 'play']);
	});
});
