import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar, type IcsEvent } from '../../src/lib/server/meetups/ics';
import { meetupIcs } from '../../src/lib/server/meetups/calendar';
import type { MeetupPayload } from '../../src/lib/realtime/events';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const base: IcsEvent = {
	uid: '7f7c1d5e-0000-4000-8000-000000000001@innomatch',
	sequence: 3,
	status: 'CONFIRMED',
	start: new Date('2026-03-02T01:00:00Z'),
	end: new Date('2026-03-02T02:00:00Z'),
	summary: 'Meetup'
};

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function calendarOf(events: IcsEvent[], name?: string) {
	return writeCalendar({
		method: 'PUBLISH',
		language: 'ko',
		name,
		generatedAt: new Date('2026-02-20T00:00:00Z'),
		events
	});
}

describe('the iCalendar writer', () => {
	it('writes a calendar ical.js reads back with the UID, SEQUENCE, STATUS and UTC times it was given', () => {
		const { calendar, events } = parse(calendarOf([base]));
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(events).toHaveLength(1);
		const vevent = events[0]!;
		const event = new ICAL.Event(vevent);
		expect(event.uid).toBe(base.uid);
		expect(event.sequence).toBe(3);
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-02T01:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-02T02:00:00.000Z');
		expect(event.startDate.zone?.tzid).toBe('UTC');
		const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toJSDate().toISOString()).toBe('2026-02-20T00:00:00.000Z');
	});

	it('ends every line with CRLF and keeps every line within 75 octets', () => {
		const text = calendarOf([
			{
				...base,
				summary: '미팅: 글루코헬스 × 한국전력공사 — 연속혈당측정기 실증 협력 논의 및 후속 일정 조율'.repeat(
					3
				),
				description: 'Agenda, 안건; 첫째 \\ 둘째\n셋째'.repeat(10)
			}
		]);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('folds long Korean lines between characters, so unfolding gives the text back unbroken', () => {
		const summary = '강원창조경제혁신센터와 글루코헬스의 연속혈당측정기 실증 미팅입니다. '.repeat(4).trim();
		const text = calendarOf([{ ...base, summary }]);
		const folded = text.split('\r\n').filter((l) => l.startsWith('SUMMARY') || l.startsWith(' '));
		expect(folded.length).toBeGreaterThan(2);
		// Every physical line is valid UTF-8 on its own: no character was cut in half.
		for (const line of folded) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
		expect(new ICAL.Event(parse(text).events[0]!).summary).toBe(summary);
	});

	it('folds at exactly 75 octets and continues with one space', () => {
		const line = `SUMMARY:${'a'.repeat(200)}`;
		const parts = foldLine(line).split('\r\n');
		expect(octets(parts[0]!)).toBe(75);
		for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
		expect(foldLine('SHORT:x')).toBe('SHORT:x');
	});

	it('escapes backslashes, semicolons, commas and line breaks in TEXT values', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
		const description = '장소: 서울, 강남구; 3층\n메모 \\ 끝';
		const text = calendarOf([{ ...base, description, location: '회의실 A, 3층' }]);
		expect(text).toContain('LOCATION:회의실 A\\, 3층');
		const event = new ICAL.Event(parse(text).events[0]!);
		expect(event.description).toBe(description);
		expect(event.location).toBe('회의실 A, 3층');
	});

	it('says STATUS:CANCELLED for a cancellation and TENTATIVE for a proposal', () => {
		const { events } = parse(
			calendarOf([
				{ ...base, status: 'CANCELLED', sequence: 5 },
				{ ...base, uid: 'other@innomatch', status: 'TENTATIVE' }
			])
		);
		expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'TENTATIVE']);
		expect(events[0]!.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
		expect(events[1]!.getFirstPropertyValue('transp')).toBe('OPAQUE');
	});

	it('names a feed and asks subscribers to refresh', () => {
		const text = writeCalendar({
			method: 'PUBLISH',
			language: 'en',
			name: 'Innomatch 미팅',
			refreshMinutes: 60,
			generatedAt: new Date(),
			events: []
		});
		const { calendar } = parse(text);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Innomatch 미팅');
		expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
	});
});

describe('a meetup as an .ics file', () => {
	const meetup: MeetupPayload = {
		id: '0b6f1c3e-4a55-4d7e-9c1a-2f0e8a9b7c11',
		startupId: 's',
		corporateId: 'c',
		challengeId: null,
		applicationId: null,
		eventId: null,
		tableNumber: null,
		startsAt: '2026-03-02T01:00:00.000Z',
		endsAt: '2026-03-02T01:30:00.000Z',
		status: 'proposed',
		location: '판교 창업존, 6층',
		videoUrl: 'https://meet.example.com/abc',
		note: null,
		reason: null,
		sequence: 2,
		requestedByOrganizationId: 'c',
		proposedByOrganizationId: 'c',
		proposals: [],
		startup: { id: 's', name: '글루코헬스', nameEn: 'GlucoHealth' },
		corporate: { id: 'c', name: '한국전력공사', nameEn: null },
		createdAt: '2026-02-01T00:00:00.000Z',
		updatedAt: '2026-02-02T00:00:00.000Z'
	};

	it('keeps the UID stable and carries the sequence, with texts in the asked language', () => {
		const ko = new ICAL.Event(parse(meetupIcs(meetup, 'ko')).events[0]!);
		const en = new ICAL.Event(
			parse(meetupIcs({ ...meetup, sequence: 3, status: 'cancelled' }, 'en')).events[0]!
		);
		expect(ko.uid).toBe(`${meetup.id}@innomatch`);
		expect(en.uid).toBe(ko.uid);
		expect(ko.sequence).toBe(2);
		expect(en.sequence).toBe(3);
		expect(ko.summary).toBe('미팅: 글루코헬스 × 한국전력공사');
		expect(en.summary).toBe('Meetup: GlucoHealth × 한국전력공사');
		expect(ko.location).toBe('판교 창업존, 6층');
		expect(en.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(ko.component.getFirstPropertyValue('url')).toBe('https://meet.example.com/abc');
	});
});
