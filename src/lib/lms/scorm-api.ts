// Finds and talks to a SCORM 1.2 LMS: the `API` object of a parent frame (ADL's search), wrapped so that no LMS call can break the app.

import { findScorm12Api, type Scorm12Api } from './scorm-find';

export { findScorm12Api, type Scorm12Api };

/** SCORM 1.2 limits cmi.interactions.n.student_response to 255 characters (CMIFeedback). */
export const RESPONSE_LIMIT = 255;

/** What the app reports: which activity was completed, and the student's explanation for a predict–observe–explain cycle. */
export type Completion =
	| { kind: 'tour' }
	/** `cycle` identifies one prediction: a revised explanation of the same cycle updates its interaction. */
	| { kind: 'predict'; explanation: string; cycle: object };

/**
 * One SCO session: initialise once, mark the lesson incomplete, report completions (the explanation as an interaction's
 * response), commit, and finish when the page goes away. Every call is guarded: an LMS error never reaches the student.
 */
export class ScormSession {
	private interactions = 0;
	private readonly cycles = new WeakMap<object, number>();
	private finished = false;

	private constructor(private readonly api: Scorm12Api) {}

	/** Starts a session with the LMS above this window, or returns null when there is none. */
	static start(start: Window): ScormSession | null {
		const api = findScorm12Api(start);
		if (!api) return null;
		const session = new ScormSession(api);
		if (session.call(() => api.LMSInitialize('')) !== 'true') return null;
		const status = session.call(() => api.LMSGetValue('cmi.core.lesson_status'));
		if (status === 'not attempted' || status === '')
			session.set('cmi.core.lesson_status', 'incomplete');
		session.commit();
		return session;
	}

	/** Reports a completion; a predict–observe–explain cycle also records the explanation as a fill-in interaction. */
	complete(completion: Completion): void {
		if (this.finished) return;
		if (completion.kind === 'predict') {
			const n = this.cycles.get(completion.cycle) ?? this.interactions++;
			this.cycles.set(completion.cycle, n);
			this.set(`cmi.interactions.${n}.id`, `predict-observe-explain-${n + 1}`);
			this.set(`cmi.interactions.${n}.type`, 'fill-in');
			this.set(
				`cmi.interactions.${n}.student_response`,
				completion.explanation.trim().slice(0, RESPONSE_LIMIT)
			);
			this.set(`cmi.interactions.${n}.result`, 'neutral');
		}
		this.set('cmi.core.lesson_status', 'completed');
		this.commit();
	}

	finish(): void {
		if (this.finished) return;
		this.finished = true;
		this.set('cmi.core.exit', '');
		this.commit();
		this.call(() => this.api.LMSFinish(''));
	}

	private set(element: string, value: string): void {
		this.call(() => this.api.LMSSetValue(element, value));
	}

	private commit(): void {
		this.call(() => this.api.LMSCommit(''));
	}

	private call(action: () => string): string {
		try {
			return String(action());
		} catch {
			return 'false';
		}
	}
}
