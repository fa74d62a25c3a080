// The dialogs the Share menu opens.
export type ShareDialogId = 'qr' | 'snapshot' | 'shortcuts';
