import { describe, expect, it } from 'vitest';
import { meetupMoves } from '../../src/lib/components/meetups/moves';
import { fillRow, rowsFrom } from '../../src/lib/components/meetups/proposal-rows';
import { formField, readProposals, toFormErrors } from '../../src/lib/server/http/meetup-form';
import { toValues } from '../../src/routes/organizations/[id]/availability/availability-values';
import { readAvailability } from '../../src/routes/organizations/[id]/availability/read-availability.server';

const STARTUP = 's-1';

describe('the meetup request form', () => {
	it('reads the filled rows in the viewer’s zone as UTC instants, skipping empty ones', () => {
		const read = readProposals(
			{
				'proposals.0.date': '2027-03-02',
				'proposals.0.start': '10:00',
				'proposals.0.end': '11:00',
				'proposals.2.date': '2027-03-03',
				'proposals.2.start': '14:00',
				'proposals.2.end': '14:30'
			},
			'Asia/Seoul',
			'en'
		);
		expect(read.errors).toEqual({});
		expect(read.rows).toEqual([0, 2]);
		expect(read.times).toEqual([
			{ startsAt: '2027-03-02T01:00:00.000Z', endsAt: '2027-03-02T02:00:00.000Z' },
			{ startsAt: '2027-03-03T05:00:00.000Z', endsAt: '2027-03-03T05:30:00.000Z' }
		]);
	});

	it('keeps a New York wall-clock time across the daylight-saving switch', () => {
		const read = readProposals(
			{ 'proposals.0.date': '2027-03-15', 'proposals.0.start': '09:00', 'proposals.0.end': '10:00' },
			'America/New_York',
			'en'
		);
		expect(read.times[0]!.startsAt).toBe('2027-03-15T13:00:00.000Z');
	});

	it('names the missing part of a half-filled row, and asks for a time when none was given', () => {
		const half = readProposals(
			{ 'proposals.1.date': '2027-03-02', 'proposals.1.start': '10:00' },
			'UTC',
			'en'
		);
		expect(Object.keys(half.errors)).toEqual(['proposals.1.end']);
		expect(readProposals({}, 'UTC', 'en').errors).toHaveProperty(['proposals.0.date']);
	});

	it('maps the services’ field names back to the row the person typed', () => {
		const rows = [0, 2];
		expect(formField('startsAt', rows)).toBe('proposals.0.start');
		expect(formField('endsAt', rows)).toBe('proposals.0.end');
		expect(formField('alternatives.0.endsAt', rows)).toBe('proposals.2.end');
		expect(formField('proposals.1.startsAt', rows)).toBe('proposals.2.start');
		expect(formField('videoUrl', rows)).toBe('videoUrl');
		expect(toFormErrors({ endsAt: ['a'], 'alternatives.0.startsAt': ['b'] }, rows)).toEqual({
			'proposals.0.end': ['a'],
			'proposals.2.start': ['b']
		});
	});

	it('fills a suggestion into the first empty row, in the viewer’s zone', () => {
		const rows = rowsFrom({ 'proposals.0.date': '2027-03-02' }, 3);
		const row = fillRow(
			rows,
			{ startsAt: '2027-03-03T00:00:00Z', endsAt: '2027-03-03T01:00:00Z' },
			'Asia/Seoul'
		);
		expect(row).toBe(1);
		expect(rows[1]).toEqual({ date: '2027-03-03', start: '09:00', end: '10:00' });
	});
});

describe('meetup moves', () => {
	const base = { startupId: STARTUP, startsAt: '2027-03-02T01:00:00Z' };
	const now = new Date('2027-03-01T00:00:00Z');

	it('lets the answering side confirm or decline and the asking side withdraw', () => {
		const asked = { ...base, status: 'proposed' as const, proposedByOrganizationId: STARTUP };
		expect(meetupMoves(asked, ['corporate'], now)).toMatchObject({
			awaitingMe: true,
			confirm: true,
			decline: true,
			withdraw: false
		});
		expect(meetupMoves(asked, ['startup'], now)).toMatchObject({
			awaitingThem: true,
			confirm: false,
			withdraw: true
		});
	});

	it('records the outcome only once a confirmed meetup has started', () => {
		const confirmed = { ...base, status: 'confirmed' as const, proposedByOrganizationId: STARTUP };
		expect(meetupMoves(confirmed, ['startup'], now).complete).toBe(false);
		expect(meetupMoves(confirmed, ['startup'], new Date('2027-03-02T01:00:00Z')).complete).toBe(true);
		expect(meetupMoves(confirmed, [], now)).toMatchObject({ cancel: false, reschedule: false });
	});
});

describe('the availability form', () => {
	it('reads ranges per weekday, midnight as 24:00 and a one-day blackout', () => {
		const read = readAvailability(
			{
				timeZone: 'Asia/Seoul',
				'weekly.1.0.start': '09:00',
				'weekly.1.0.end': '12:00',
				'weekly.1.1.start': '13:00',
				'weekly.1.1.end': '00:00',
				'blackouts.0.from': '2027-09-15',
				'blackouts.0.to': '',
				'blackouts.0.reason': ''
			},
			'en'
		);
		expect(read).toEqual({
			data: {
				timeZone: 'Asia/Seoul',
				weekly: [
					{ weekday: 1, start: '09:00', end: '12:00' },
					{ weekday: 1, start: '13:00', end: '24:00' }
				],
				blackouts: [{ from: '2027-09-15', to: '2027-09-15' }]
			}
		});
	});

	it('names the form’s own field for a range that ends before it starts, and for an unknown zone', () => {
		const read = readAvailability(
			{
				timeZone: 'Mars/Olympus',
				'weekly.1.0.start': '09:00',
				'weekly.1.0.end': '18:00',
				'weekly.3.1.start': '15:00',
				'weekly.3.1.end': '14:00'
			},
			'en'
		);
		expect('errors' in read && Object.keys(read.errors).sort()).toEqual(['timeZone', 'weekly.3.1.end']);
	});

	it('shows stated hours back in the same fields', () => {
		expect(
			toValues({
				timeZone: 'Europe/Berlin',
				weekly: [{ weekday: 5, start: '18:00', end: '24:00' }],
				blackouts: [{ from: '2027-01-01', to: '2027-01-02', reason: null }]
			})
		).toEqual({
			timeZone: 'Europe/Berlin',
			'weekly.5.0.start': '18:00',
			'weekly.5.0.end': '00:00',
			'blackouts.0.from': '2027-01-01',
			'blackouts.0.to': '2027-01-02',
			'blackouts.0.reason': ''
		});
	});
});
