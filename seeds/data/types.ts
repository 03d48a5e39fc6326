/**
 * Shapes of the demo data. Codes (industries, stages, regions, seeking, collaboration types) come from
 * src/lib/taxonomy.ts; cross references are by slug and are resolved by the seeder.
 */

export interface Localized {
	ko: string;
	en: string;
}

export interface SeedCenter {
	slug: string;
	name: string;
	nameEn: string;
	/** region code */
	region: string;
	city: string;
	manager: { email: string; name: string };
	description: Localized;
	/** corporate slugs of the center's anchor partners, when they are in the seed */
	anchorPartners?: string[];
}

export interface SeedCorporate {
	slug: string;
	name: string;
	nameEn: string;
	/** region code of the headquarters or of the unit that runs the open-innovation program */
	region: string;
	industries: string[];
	focusAreas: Localized;
	description: Localized;
	website?: string;
}

export interface SeedStartup {
	slug: string;
	name: string;
	nameEn?: string;
	/** one sentence */
	summary: string;
	/** two to four sentences */
	description: string;
	industries: string[];
	techTags: string[];
	stage: string;
	region: string;
	/** center slug */
	homeCenter: string;
	seeking: string[];
	foundedYear: number;
	employees: number;
	website?: string;
	traction?: string;
	visibility: 'public' | 'members' | 'private';
}

export interface SeedChallenge {
	slug: string;
	/** corporate slug */
	corporate: string;
	/** center slug */
	hostCenter: string;
	title: string;
	/** public */
	teaser: string;
	/** confidential: only for entitled viewers (NDA signed or invited) */
	details: string;
	industries: string[];
	techTags: string[];
	collaborationTypes: string[];
	preferredStages: string[];
	regions: string[];
	confidentiality: 'public' | 'nda' | 'invite';
	status: 'draft' | 'open' | 'screening' | 'closed' | 'archived';
	/** relative to when the seed runs; negative = already closed */
	closesInDays: number;
	/** [min, max] in KRW */
	budgetBandKrw?: [number, number];
}
