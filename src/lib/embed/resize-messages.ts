// The messages an embed exchanges with the page around it: its height in the formats hosts understand (Embedly/Flourish, Pym.js, WordPress), and a strict reader for what the parent sends.

/** Where the height goes besides the Embedly/Flourish message, which is always sent. */
export interface HeightTargets {
	/** Pym.js child id (from the `childId` parameter): Pym.js messages are sent when it is set. */
	childId?: string;
	/** WordPress embed secret (from `#?secret=` in the address): WordPress messages are sent when it is set. */
	wordpressSecret?: string;
}

/** A message for `window.parent.postMessage`: a string (Embedly, Pym.js) or a plain object (WordPress). */
export type OutgoingMessage = string | { secret: string; message: string; value: number | string };

/** What a parent can ask that the embed answers: only "send your height again". */
export type ParentRequest = { kind: 'send-height'; from: 'wordpress' | 'pym' };

const PYM_DELIMITER = 'xPYMx';
/** Same grammar as the `childId` URL parameter. */
const PYM_CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** WordPress makes 10-character alphanumeric secrets; anything else is refused. */
const WORDPRESS_SECRET = /^[A-Za-z0-9]{1,32}$/;
/** WordPress appends exactly `#?secret=` and the secret to the embed's address. */
const WORDPRESS_HASH = /^#\?secret=([A-Za-z0-9]{1,32})$/;
/** A Pym.js message is short; longer strings are not read at all. */
const MAX_STRING_MESSAGE_LENGTH = 200;
/** Heights are whole CSS pixels in this range; anything else is not sent. */
const MAX_HEIGHT_PX = 100_000;

/** The WordPress secret from `location.hash`, or undefined when the hash is anything but `#?secret=` and 1–32 letters or digits. */
export function wordpressSecretFromHash(hash: string): string | undefined {
	return WORDPRESS_HASH.exec(hash)?.[1];
}

/** A valid height in whole pixels (rounded up), or undefined. */
export function heightInPixels(height: number): number | undefined {
	if (!Number.isFinite(height) || height <= 0) return undefined;
	return Math.min(MAX_HEIGHT_PX, Math.ceil(height));
}

/** Embedly's and Flourish's resize message: a JSON string. */
export function embedlyResizeMessage(heightPx: number, src: string): string {
	return JSON.stringify({ context: 'iframe.resize', height: heightPx, src });
}

/** Pym.js's child-to-parent height message. */
export function pymHeightMessage(childId: string, heightPx: number): string {
	return ['pym', childId, 'height', String(heightPx)].join(PYM_DELIMITER);
}

/** WordPress's embed height message (wp-embed.js reads `secret`, `message` and `value`). */
export function wordpressHeightMessage(secret: string, heightPx: number): OutgoingMessage {
	return { secret, message: 'height', value: heightPx };
}

/** WordPress's "open this link in the top window" message; the host only follows links to the embed's own host. */
export function wordpressLinkMessage(secret: string, href: string): OutgoingMessage {
	return { secret, message: 'link', value: href };
}

/** Every message announcing `height` to the parent, for the targets that are configured and valid. */
export function heightMessages(
	height: number,
	src: string,
	targets: HeightTargets
): OutgoingMessage[] {
	const heightPx = heightInPixels(height);
	if (heightPx === undefined) return [];
	const messages: OutgoingMessage[] = [embedlyResizeMessage(heightPx, src)];
	if (targets.childId !== undefined && PYM_CHILD_ID.test(targets.childId))
		messages.push(pymHeightMessage(targets.childId, heightPx));
	if (targets.wordpressSecret !== undefined && WORDPRESS_SECRET.test(targets.wordpressSecret))
		messages.push(wordpressHeightMessage(targets.wordpressSecret, heightPx));
	return messages;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** Pym.js parent-to-child: `pymxPYMx{id}xPYMxwidthxPYMx{width}` for our own child id, with a plain number. */
function readPymMessage(data: string, childId: string | undefined): ParentRequest | undefined {
	if (childId === undefined || data.length > MAX_STRING_MESSAGE_LENGTH) return undefined;
	const parts = data.split(PYM_DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return undefined;
	if (parts[2] === 'width' && /^\d{1,6}(\.\d{1,4})?$/.test(parts[3]))
		return { kind: 'send-height', from: 'pym' };
	return undefined;
}

/** WordPress host-to-embed: `{ message: 'ready' | 'visible', secret }` with our own secret. */
function readWordpressMessage(
	data: Record<string, unknown>,
	secret: string | undefined
): ParentRequest | undefined {
	if (secret === undefined) return undefined;
	const { message, secret: given } = Object.getOwnPropertyDescriptors(data);
	if (typeof given?.value !== 'string' || given.value !== secret) return undefined;
	if (message?.value === 'ready' || message?.value === 'visible')
		return { kind: 'send-height', from: 'wordpress' };
	return undefined;
}

/**
 * Reads a message from the parent window (the caller has already checked `event.source === window.parent`).
 * Only the shapes above, with the right types and our own id or secret, are understood; everything else is undefined.
 */
export function readParentMessage(
	data: unknown,
	targets: HeightTargets
): ParentRequest | undefined {
	if (typeof data === 'string') return readPymMessage(data, targets.childId);
	if (isPlainObject(data)) return readWordpressMessage(data, targets.wordpressSecret);
	return undefined;
}
