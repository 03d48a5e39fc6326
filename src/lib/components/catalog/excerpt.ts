/** A run of a search hit's text; `match` marks what the query matched (plain text, never HTML). */
export interface Segment {
	text: string;
	match: boolean;
}

export function hasMatch(segments: readonly Segment[] | undefined): boolean {
	return segments?.some((s) => s.match) ?? false;
}

/**
 * The segments cut to about `max` characters, starting a little before the first match, with an
 * ellipsis wherever text was cut — for showing where a long field (a description) matched.
 */
export function excerpt(segments: readonly Segment[], max = 160, lead = 40): Segment[] {
	const first = Math.max(
		0,
		segments.findIndex((s) => s.match)
	);
	const before = segments
		.slice(0, first)
		.map((s) => s.text)
		.join('');
	const out: Segment[] = [];
	if (before.length > lead) {
		const cut = before.slice(-lead);
		// Start at a word boundary when there is one close by, so the excerpt does not begin mid-word.
		const space = cut.indexOf(' ');
		out.push({ text: `…${space >= 0 && space < lead / 2 ? cut.slice(space + 1) : cut}`, match: false });
	} else if (before) out.push({ text: before, match: false });
	let used = out[0]?.text.length ?? 0;
	for (const seg of segments.slice(first)) {
		const room = max - used;
		if (room <= 0) {
			out.push({ text: '…', match: false });
			break;
		}
		if (seg.text.length <= room) {
			out.push(seg);
			used += seg.text.length;
		} else {
			out.push({ text: `${seg.text.slice(0, room)}…`, match: seg.match });
			break;
		}
	}
	return out;
}
