// The SCORM 1.2 session against scorm-again's Scorm12API (a real LMS runtime written by others): initialise, complete, record the explanation, finish.
import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';

/** The package's types declare a default export; its ES module exports the class by name. */
type Scorm12APIClass = typeof import('scorm-again/scorm12').default;
const Scorm12API = (scorm12 as unknown as { Scorm12API: Scorm12APIClass }).Scorm12API;
import { findScorm12Api, RESPONSE_LIMIT, ScormSession, type Scorm12Api } from './scorm-api';

function lmsWindow(): { window: Window; api: InstanceType<typeof Scorm12API> } {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	const parent = { API: api } as unknown as Window;
	Object.assign(parent, { parent });
	const child = { parent, opener: null } as unknown as Window;
	return { window: child, api };
}

describe('ScormSession', () => {
	it('does nothing outside an LMS', () => {
		const lonely = { opener: null } as unknown as Window;
		Object.assign(lonely, { parent: lonely });
		expect(findScorm12Api(lonely)).toBeNull();
		expect(ScormSession.start(lonely)).toBeNull();
	});

	it('survives a cross-origin parent that throws on access', () => {
		const hostile = new Proxy({} as Window, {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		const child = { parent: hostile, opener: null } as unknown as Window;
		expect(findScorm12Api(child)).toBeNull();
	});

	it('initialises, marks the lesson incomplete, then completed with the explanation as one interaction per cycle', () => {
		const { window, api } = lmsWindow();
		const sets: [string, string][] = [];
		api.on('LMSSetValue.cmi.*', (element: string, value: string) => sets.push([element, value]));
		const session = ScormSession.start(window);
		expect(session).not.toBeNull();
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
		const cycle = {};
		session?.complete({ kind: 'predict', explanation: ' D3 opens the gate ', cycle });
		session?.complete({ kind: 'predict', explanation: 'x'.repeat(400), cycle });
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('1');
		const responses = sets.filter(([element]) => element.endsWith('.student_response'));
		expect(responses.map(([element]) => element)).toEqual([
			'cmi.interactions.0.student_response',
			'cmi.interactions.0.student_response'
		]);
		expect(responses[0][1]).toBe('D3 opens the gate');
		expect(responses[1][1]).toHaveLength(RESPONSE_LIMIT);
		expect(sets).toContainEqual(['cmi.interactions.0.type', 'fill-in']);
		session?.finish();
		expect((api as unknown as Scorm12Api).LMSGetValue('cmi.core.lesson_status')).toBe('completed');
	});
});
