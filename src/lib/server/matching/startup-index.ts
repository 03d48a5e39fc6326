/**
 * The startups the matcher ranks, loaded once ("candidates loaded" in the budget): the BM25 corpus of
 * their texts, tech-tag document frequencies (for rarity), and their codes as small integer columns, so
 * that scoring 100,000 of them reads typed arrays instead of comparing strings.
 */
import { stageIndex } from '../../taxonomy';
import { normalizeText } from '../search/tokenizer';
import { Corpus } from './bm25';
import { int32List, type IntList } from './int-list';
import type { MatchChallenge, MatchStartup } from './types';

/** How tags compare: NFKC, lower case, single spaces (`Ｖ2Ｇ` = `v2g`, `EV  charging` = `ev charging`). */
export function tagKey(tag: string): string {
	return normalizeText(tag).trim().replace(/\s+/g, ' ');
}

/** Codes (or tags, or center ids) to dense integer ids. */
export class Vocabulary {
	private readonly ids = new Map<string, number>();

	get size(): number {
		return this.ids.size;
	}

	/** The id of `key`, assigned on first sight. */
	intern(key: string): number {
		let id = this.ids.get(key);
		if (id === undefined) {
			id = this.ids.size;
			this.ids.set(key, id);
		}
		return id;
	}

	/** The id of `key`, or -1 when it was never interned. */
	find(key: string): number {
		return this.ids.get(key) ?? -1;
	}
}

/** A list column in CSR layout: item `d`'s ids are `ids[start[d]] … ids[start[d + 1] - 1]`, distinct. */
export class ListColumn {
	readonly start = int32List(1024);
	readonly ids = int32List(1024);

	constructor() {
		this.start.push(0);
	}

	append(keys: readonly string[], vocabulary: Vocabulary): number[] {
		const distinct = [...new Set(keys.map((key) => vocabulary.intern(key)))];
		for (const id of distinct) this.ids.push(id);
		this.start.push(this.ids.length);
		return distinct;
	}
}

/** Buffers of one number per document, for the ranking kernel. */
export interface Workspace {
	bm25: Float64Array;
	/** BM25 over a query's rarer terms, for bounds */
	textBound: Float64Array;
	cheap: Float64Array;
	/** `generation` marks a document listed in this call, `generation + 1` an excluded one */
	stamp: Int32Array;
	generation: number;
}

/** Candidates (an array of startups) as documents of an index. */
export interface Candidates {
	/** the index size they were mapped at */
	size: number;
	/** position → document, -1 when not indexed */
	docs: Int32Array;
	/** document → position, -1 when not a candidate; undefined when every indexed startup is, in order */
	positions: Int32Array | undefined;
	/** positions of the candidates that are not indexed */
	outside: readonly number[];
}

function listAt(lists: IntList<Int32Array<ArrayBuffer>>[], id: number): IntList<Int32Array<ArrayBuffer>> {
	while (lists.length <= id) lists.push(int32List(4));
	return lists[id]!;
}

/** Startups, their statistics and their encoded fields. Append-only. */
export class StartupIndex {
	readonly text = new Corpus();
	private readonly list: MatchStartup[] = [];
	readonly vocabularies = {
		industries: new Vocabulary(),
		tags: new Vocabulary(),
		seeking: new Vocabulary(),
		regions: new Vocabulary(),
		centers: new Vocabulary()
	};
	readonly industries = new ListColumn();
	readonly tags = new ListColumn();
	readonly seeking = new ListColumn();
	/** stage index (taxonomy order), -1 unknown */
	readonly stage = int32List(1024);
	/** region id, -1 unknown */
	readonly region = int32List(1024);
	/** home center id, -1 none */
	readonly center = int32List(1024);
	/** inverted lists: industry id → documents, tag id → documents (the pruning in select-startups.ts) */
	readonly industryDocs: IntList<Int32Array<ArrayBuffer>>[] = [];
	readonly tagDocs: IntList<Int32Array<ArrayBuffer>>[] = [];
	private readonly candidatesCache = new WeakMap<readonly MatchStartup[], Candidates>();
	/** prepared challenges, owned by prepare.ts; valid while `size` is what it was */
	readonly preparedCache = new WeakMap<MatchChallenge, { size: number; value: unknown }>();
	private work: Workspace = {
		bm25: new Float64Array(0),
		textBound: new Float64Array(0),
		cheap: new Float64Array(0),
		stamp: new Int32Array(0),
		generation: 0
	};

	/** An index of these startups. */
	static from(startups: Iterable<MatchStartup>): StartupIndex {
		const index = new StartupIndex();
		for (const startup of startups) index.add(startup);
		return index;
	}

	get size(): number {
		return this.list.length;
	}

	/** The indexed startups in document order; pass this array itself to rank the whole catalog. */
	get startups(): readonly MatchStartup[] {
		return this.list;
	}

	/** Adds a startup (ids are unique); returns its document number. */
	add(startup: MatchStartup): number {
		const doc = this.text.add(startup.id, startup.text);
		const v = this.vocabularies;
		for (const id of this.industries.append(startup.industries, v.industries))
			listAt(this.industryDocs, id).push(doc);
		for (const id of this.tags.append(startup.techTags.map(tagKey), v.tags))
			listAt(this.tagDocs, id).push(doc);
		this.seeking.append(startup.seeking, v.seeking);
		this.stage.push(startup.stage === null ? -1 : stageIndex(startup.stage));
		this.region.push(startup.region === null ? -1 : v.regions.intern(startup.region));
		this.center.push(startup.homeCenterId === null ? -1 : v.centers.intern(startup.homeCenterId));
		this.list.push(startup);
		return doc;
	}

	/** How many startups carry the tag (compared by {@link tagKey}). */
	tagDocumentFrequency(key: string): number {
		const id = this.vocabularies.tags.find(key);
		return id < 0 ? 0 : (this.tagDocs[id]?.length ?? 0);
	}

	/**
	 * The given startup objects mapped to documents: -1 for an object that is not the indexed one with its
	 * id (a changed copy is scored from its own fields instead). Memoized per array — so a prefiltered
	 * candidate list is mapped once, not on every ranking — which is why candidate arrays are treated as
	 * immutable.
	 */
	candidatesOf(startups: readonly MatchStartup[]): Candidates {
		const cached = this.candidatesCache.get(startups);
		if (cached && cached.size === this.size) return cached;
		const isAll = startups === this.list;
		const docs = new Int32Array(startups.length);
		const positions = isAll ? undefined : new Int32Array(this.size).fill(-1);
		const outside: number[] = [];
		startups.forEach((startup, i) => {
			const found = isAll ? i : this.text.indexOf(startup.id);
			const doc = found >= 0 && this.list[found] === startup ? found : -1;
			docs[i] = doc;
			if (doc < 0) outside.push(i);
			else if (positions) positions[doc] = i;
		});
		const candidates: Candidates = { size: this.size, docs, positions, outside };
		this.candidatesCache.set(startups, candidates);
		return candidates;
	}

	/**
	 * Per-document buffers reused across rankings (rankings are synchronous, so sharing is safe). The
	 * stamps mark documents for this call only: a new generation makes every old mark stale at once.
	 */
	workspace(): Workspace {
		const w = this.work;
		if (w.bm25.length < this.size) {
			const size = Math.max(this.size, w.bm25.length * 2);
			this.work = {
				bm25: new Float64Array(size),
				textBound: new Float64Array(size),
				cheap: new Float64Array(size),
				stamp: new Int32Array(size),
				generation: 0
			};
		}
		if (this.work.generation >= 0x7ffffff0) {
			this.work.stamp.fill(0);
			this.work.generation = 0;
		}
		this.work.generation += 2;
		return this.work;
	}
}
