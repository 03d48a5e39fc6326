import fc from 'fast-check';
import pg from 'pg';
import { inject } from 'vitest';

/** Hostile inputs for the fuzz tests, and the database digest that proves nothing was written. */

const HUGE = 'ㄱ'.repeat(70_000); // 210 KB of UTF-8: under the JSON limit, far over every field's
const LONE_SURROGATE = '\ud800';

/** Strings that have broken parsers elsewhere. */
export const hostileString = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'\u0000',
		'a\u0000b',
		LONE_SURROGATE,
		`x${LONE_SURROGATE}y`,
		'\u202e\u0000\uffff',
		"' OR '1'='1",
		'1; DROP TABLE users; --',
		'"; select pg_sleep(5); --',
		'<script>alert(1)</script>',
		'../../etc/passwd',
		'%00',
		'%E0%A4%A',
		'NaN',
		'-1',
		'1e309',
		'9'.repeat(400),
		'2026-02-30T25:61:00Z',
		HUGE
	),
	fc.string({ unit: 'binary', maxLength: 40 })
);

/** Keys that poison prototypes or are simply unexpected. */
const hostileKey = fc.oneof(
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
	fc.string({ maxLength: 12 })
);

/** A JSON value of any shape: deep, wrong-typed, prototype-polluting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
	fc.jsonValue({ maxDepth: 4 }),
	fc.dictionary(hostileKey, fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }),
	fc.constantFrom(
		{ __proto__: { isAdmin: true } },
		JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}'),
		Array.from({ length: 5000 }, (_, i) => i),
		JSON.parse('['.repeat(400) + ']'.repeat(400))
	)
);

/** A raw body that is not what it claims: broken JSON, invalid UTF-8, a lone surrogate escape. */
export const hostileRawBody = fc.constantFrom(
	Buffer.from('{"name": "unterminated'),
	Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
	Buffer.from('{"name": "\\ud800\\udfff\\ud800"}'),
	Buffer.from('\u0000\u0000\u0000'),
	Buffer.from('null'),
	Buffer.from('[]'),
	Buffer.from('"just a string"')
);

export const hostileContentType = fc.constantFrom(
	'application/json',
	'application/json; charset=latin1',
	'text/plain',
	'application/x-www-form-urlencoded',
	'multipart/form-data; boundary=x',
	'application/xml'
);

/** Query strings with hostile values, sent as written (invalid percent-encoding included). */
export const hostileQuery = fc
	.array(
		fc.tuple(
			fc.constantFrom(
				'q',
				'page',
				'limit',
				'status',
				'industry',
				'sort',
				'from',
				'to',
				'region',
				'__proto__'
			),
			fc.oneof(
				hostileString.map((s) => encodeURIComponent(s.slice(0, 300)).replace(/%EF%BF%BD/g, '%ED%A0%80')),
				fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '1%2', 'a&b=c&=', '[]', '%ff%fe')
			)
		),
		{ maxLength: 4 }
	)
	.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/** Values for a path parameter: ids that exist nowhere, and hostile segments. */
export const hostileSegment = fc.oneof(
	fc.uuid().map((u) => u),
	fc.constantFrom(
		'0',
		'-1',
		'null',
		'%00',
		'..%2F..%2Fetc',
		"'%20OR%201=1--",
		'ㄱ'.repeat(300),
		'%ED%A0%80',
		'x'.repeat(5000)
	)
);

// Tables whose rows change on their own while the suite runs (workers, sessions touched by every
// request, the search outbox being drained) are left out of the digest, and so are those an endpoint
// writes by design from any body: POST /api/v1/tokens and POST /api/v1/calendar/feeds (its name is
// optional) create a token or a feed for the caller whatever else the body holds.
const MOVING = new Set([
	'sessions',
	'api_tokens',
	'calendar_feeds',
	'search_outbox',
	'socket_io_attachments',
	'meetup_reminders',
	'notifications',
	'mail_outbox',
	'followup_checkins',
	'kysely_migration',
	'kysely_migration_lock'
]);

/** Row counts of every other table of the e2e server's database; undefined on PGlite (no access). */
export async function databaseDigest(): Promise<Record<string, number> | undefined> {
	const url = inject('databaseUrl');
	if (!url) return undefined;
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query<{ name: string }>(
			"select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1"
		);
		const { rows: stamped } = await client.query<{ name: string }>(
			"select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'updated_at'"
		);
		const hasUpdatedAt = new Set(stamped.map((r) => r.name));
		const digest: Record<string, number> = {};
		for (const { name } of rows) {
			if (MOVING.has(name)) continue;
			// Table names come from the catalog itself, quoted as identifiers: inserts and deletes change
			// the count, updates the latest updated_at.
			const quoted = `"${name.replace(/"/g, '""')}"`;
			const latest = hasUpdatedAt.has(name) ? ', extract(epoch from max(updated_at)) as latest' : '';
			const { rows: found } = await client.query<{ n: string; latest?: string | null }>(
				`select count(*) as n${latest} from ${quoted}`
			);
			digest[name] = Number(found[0]!.n);
			if (latest) digest[`${name}.updated_at`] = Number(found[0]!.latest ?? 0);
		}
		return digest;
	} finally {
		await client.end();
	}
}
