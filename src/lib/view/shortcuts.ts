// Every keyboard shortcut of the explorer, listed once for the help dialog (the keys are matched in shortcut-keys.ts, which stays light for the first load).
import { m } from '$lib/paraglide/messages';

/** A key as shown in the help dialog: `label` is what the keycap says, translated where it is a word. */
export interface ShortcutKey {
	/** The `KeyboardEvent.key`-style name, also used for `aria-keyshortcuts`. */
	key: string;
	label: () => string;
}

export type ShortcutContext = 'anywhere' | 'tour';

export interface Shortcut {
	id: 'reset' | 'help' | 'play' | 'fullscreen' | 'close' | 'tour-next' | 'tour-previous';
	/** Alternative key combinations; each one is a list of keys pressed together. */
	combinations: ShortcutKey[][];
	description: () => string;
	context: ShortcutContext;
	/** A single character key (WCAG 2.1.4): these can be switched off in the help dialog. */
	singleKey: boolean;
}

const key = (name: string, label: () => string = () => name): ShortcutKey => ({ key: name, label });

/** The shortcuts in the order the help dialog lists them. Alt+R is handled by Explorer.svelte, the tour keys by the tour. */
export const shortcuts: readonly Shortcut[] = [
	{
		id: 'help',
		combinations: [[key('?')]],
		description: m.share_shortcut_help,
		context: 'anywhere',
		singleKey: true
	},
	{
		id: 'play',
		combinations: [[key('P')]],
		description: m.share_shortcut_play,
		context: 'anywhere',
		singleKey: true
	},
	{
		id: 'fullscreen',
		combinations: [[key('F')]],
		description: m.share_shortcut_fullscreen,
		context: 'anywhere',
		singleKey: true
	},
	{
		id: 'reset',
		combinations: [[key('Alt'), key('R')]],
		description: m.share_shortcut_reset,
		context: 'anywhere',
		singleKey: false
	},
	{
		id: 'close',
		combinations: [[key('Escape', m.share_key_escape)]],
		description: m.share_shortcut_close,
		context: 'anywhere',
		singleKey: false
	},
	{
		id: 'tour-next',
		combinations: [
			[key('ArrowRight', m.share_key_right)],
			[key('PageDown', m.share_key_page_down)],
			[key('Space', m.share_key_space)]
		],
		description: m.share_shortcut_tour_next,
		context: 'tour',
		singleKey: false
	},
	{
		id: 'tour-previous',
		combinations: [[key('ArrowLeft', m.share_key_left)], [key('PageUp', m.share_key_page_up)]],
		description: m.share_shortcut_tour_previous,
		context: 'tour',
		singleKey: false
	}
];
