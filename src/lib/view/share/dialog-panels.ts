// The sharing dialogs and their contents, loaded together on first use so that they and their messages stay out of the first load.
export { default as QrCode } from './QrCode.svelte';
export { default as ShortcutList } from './ShortcutList.svelte';
export { default as SnapshotPanel } from './SnapshotPanel.svelte';
export { default as ToolDialog } from './ToolDialog.svelte';
