// The one way gsap meets the DOM: an attachment that loads gsap after mount, builds a scene under
// gsap.matchMedia('(prefers-reduced-motion: no-preference)') scoped to the root, runs it only while the
// simulation plays and the root is on screen in a visible tab, and reverts everything on teardown.
import type { Attachment } from 'svelte/attachments';
import { loadGsap, type GsapInstance } from './load-gsap';

export const MOTION_QUERY = '(prefers-reduced-motion: no-preference)';

/** What a scene is given: gsap, its root, and `safe`, which records tweens made later (in `update`) so revert() undoes them. */
export interface SceneTools<Root extends Element> {
	gsap: GsapInstance;
	root: Root;
	safe: <Arguments extends unknown[]>(
		callback: (...args: Arguments) => void
	) => (...args: Arguments) => void;
}

/** A built scene: looping timelines to run or pause, and a reaction to new model values. */
export interface MotionScene<Value> {
	setRunning(running: boolean): void;
	update(value: Value): void;
}

export interface MotionOptions<Root extends Element, Value> {
	/** Whether the simulation is playing: the scene's loops run only then. */
	playing: () => boolean;
	/** The model values the scene reacts to (read in an effect, so changes reach `update`). */
	value: () => Value;
	build: (tools: SceneTools<Root>) => MotionScene<Value>;
}

/** Builds a gsap attachment; nothing moves until gsap has loaded, and nothing at all under reduced motion. */
export function gsapAttachment<Root extends Element, Value>(
	options: MotionOptions<Root, Value>
): Attachment<Root> {
	return (root) => {
		let scene = $state.raw<MotionScene<Value> | undefined>();
		let onScreen = $state(false);
		let pageVisible = $state(!document.hidden);
		let media: ReturnType<GsapInstance['matchMedia']> | undefined;
		let detached = false;

		loadGsap().then((gsap) => {
			if (detached) return;
			media = gsap.matchMedia(root);
			media.add(
				MOTION_QUERY,
				(_context, contextSafe) => {
					const safe = (contextSafe ?? ((callback) => callback)) as SceneTools<Root>['safe'];
					scene = options.build({ gsap, root, safe });
					return () => (scene = undefined);
				},
				root
			);
		});

		const observer = new IntersectionObserver(([entry]) => (onScreen = entry.isIntersecting));
		observer.observe(root);
		const onVisibilityChange = () => (pageVisible = !document.hidden);
		document.addEventListener('visibilitychange', onVisibilityChange);

		$effect(() => {
			const value = options.value();
			scene?.update(value);
		});
		$effect(() => {
			scene?.setRunning(options.playing() && onScreen && pageVisible);
		});

		return () => {
			detached = true;
			observer.disconnect();
			document.removeEventListener('visibilitychange', onVisibilityChange);
			media?.revert();
		};
	};
}
