/**
 * The pipeline boards (a center's, a corporate's): one page of cards per column with each card's
 * outcome figures, and the move a card's form or a drop sends. The center's and the corporate's
 * board differ only in their filter, so both pages are a few lines around these.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Viewer } from '$lib/server/catalog/viewer';
import { DomainError } from '$lib/server/errors';
import { listCollaborations, type CollaborationPayload } from '$lib/server/outcomes/board';
import { listOutcomes } from '$lib/server/outcomes/corrections';
import type { OutcomePayload } from '$lib/server/outcomes/outcome-view';
import { moveCollaboration } from '$lib/server/outcomes/pipeline';
import { moveInput } from '$lib/server/outcomes/schema';
import { DROP_REASONS, STAGES, type Stage } from '$lib/server/outcomes/stages';
import { db } from '$lib/server/runtime';
import { idParam, loadOr404 } from './catalog-pages';
import { formValues } from './meetup-form';
import { domainMessage, fieldErrors } from './messages';

/** Cards per column; a column with more says how many it does not show. */
const COLUMN_LIMIT = 100;
/** Outcomes read for the cards' figures (pages of 100, the API's maximum). */
const OUTCOME_PAGES = 10;

export interface CardFigures {
	contractKrw: number;
	investmentKrw: number;
	jobs: number;
	/** outcomes reported and waiting for a manager */
	awaiting: number;
}
export type BoardCard = CollaborationPayload & { figures: CardFigures };

type BoardFilter = { centerId: string } | { corporateId: string };

/** Current, not rejected outcomes of the board's cards, summed per card. */
async function figuresByCard(viewer: Viewer, filter: BoardFilter) {
	const sums = new Map<string, CardFigures>();
	for (let page = 1; page <= OUTCOME_PAGES; page++) {
		const { hits, total } = await listOutcomes(db(), viewer, { ...filter, page, limit: 100 });
		for (const o of hits) addFigures(sums, o);
		if (page * 100 >= total) break;
	}
	return sums;
}

function addFigures(sums: Map<string, CardFigures>, o: OutcomePayload) {
	if (!o.collaborationId || o.status === 'rejected') return;
	const f = sums.get(o.collaborationId) ?? { contractKrw: 0, investmentKrw: 0, jobs: 0, awaiting: 0 };
	if (o.kind === 'contract') f.contractKrw += o.amountKrw ?? 0;
	if (o.kind === 'investment') f.investmentKrw += o.amountKrw ?? 0;
	if (o.kind === 'hire') f.jobs += o.jobs ?? 0;
	if (o.status === 'reported') f.awaiting += 1;
	sums.set(o.collaborationId, f);
}

/** The board's columns in pipeline order (dropped last); a center the viewer does not manage is a 404. */
export async function loadBoard(viewer: Viewer, filter: BoardFilter) {
	const columns = await loadOr404(() =>
		Promise.all(
			STAGES.map(async (stage) => {
				const page = await listCollaborations(db(), viewer, {
					...filter,
					stage,
					page: 1,
					limit: COLUMN_LIMIT
				});
				return { stage, total: page.total, cards: page.hits };
			})
		)
	);
	const figures = await figuresByCard(viewer, filter);
	const none: CardFigures = { contractKrw: 0, investmentKrw: 0, jobs: 0, awaiting: 0 };
	return {
		columns: columns.map((c) => ({
			...c,
			cards: c.cards.map((card): BoardCard => ({ ...card, figures: figures.get(card.id) ?? none }))
		})),
		dropReasons: [...DROP_REASONS],
		now: new Date().toISOString()
	};
}

export interface MoveFailure {
	card: string;
	values: Record<string, string>;
	errors: Record<string, string[]>;
	message: string;
	stale: boolean;
}

/**
 * A card's move from its form (or a drop, which posts the same fields). A refusal names why; a card
 * changed meanwhile (409 `stale`) says so, and the page's load shows it as it is now.
 */
export async function moveAction(event: RequestEvent, viewer: Viewer, back: string) {
	const values = formValues(await event.request.formData());
	const locale = event.locals.locale;
	const card = idParam(values.id ?? '');
	const parsed = moveInput.safeParse({
		to: values.to,
		reason: values.to === 'dropped' && values.reason ? values.reason : undefined,
		note: values.note ?? '',
		version: Number(values.version)
	});
	if (!parsed.success)
		return fail(400, {
			card,
			values,
			errors: fieldErrors(parsed.error, locale),
			message: m.form_invalid({}, { locale }),
			stale: false
		} satisfies MoveFailure);
	let moved;
	try {
		moved = await moveCollaboration(db(), viewer, card, parsed.data);
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		const stale = e.code === 'stale';
		const message = stale ? m.pipeline_stale({}, { locale }) : domainMessage(e, locale);
		const errors = e.field && !stale ? { [e.field]: [message] } : {};
		return fail(e.status, { card, values, errors, message, stale } satisfies MoveFailure);
	}
	if (!moved) error(404, 'Not found');
	redirect(303, `${back}?moved=${card}&to=${moved.stage}`);
}

export function isStage(v: string | null): v is Stage {
	return (STAGES as readonly string[]).includes(v ?? '');
}

/** The organization whose board it is (404 for an unknown id or the wrong kind). */
export async function boardOwner(id: string, kind: 'center' | 'corporate') {
	const org = await db()
		.selectFrom('organizations')
		.select(['id', 'name', 'nameEn'])
		.where('id', '=', id)
		.where('kind', '=', kind)
		.executeTakeFirst();
	if (!org) error(404, 'Not found');
	return org;
}

/**
 * Whom a center's manager can open a card for: the startups the center is home or steward to, and
 * every corporate (a partner of another region may still work with this center's startups).
 */
export async function openChoices(centerId: string) {
	const [startups, corporates] = await Promise.all([
		db()
			.selectFrom('organizations')
			.select(['id', 'name', 'nameEn'])
			.where('kind', '=', 'startup')
			.where((eb) => eb.or([eb('homeCenterId', '=', centerId), eb('stewardCenterId', '=', centerId)]))
			.orderBy('name')
			.limit(1000)
			.execute(),
		db()
			.selectFrom('organizations')
			.select(['id', 'name', 'nameEn'])
			.where('kind', '=', 'corporate')
			.orderBy('name')
			.limit(1000)
			.execute()
	]);
	return { startups, corporates };
}
