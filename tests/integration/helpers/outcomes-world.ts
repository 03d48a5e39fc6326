import { loadViewer } from '../../../src/lib/server/catalog/viewer';
import type { Database } from '../../../src/lib/server/db/index';
import { createCenter, createOrg, createUser } from './factories';

const tag = () => Math.random().toString(36).slice(2, 7);

/**
 * Two centers with a manager each, a startup at home in the first, a corporate, an admin and a
 * bystander, with their viewers.
 */
export async function outcomesWorld(db: Database) {
	const managerA = await createUser(db, { name: '센터A 매니저' });
	const managerB = await createUser(db, { name: '센터B 매니저' });
	const founder = await createUser(db, { name: '대표' });
	const partner = await createUser(db, { name: '기업 담당자' });
	const admin = await createUser(db, { name: '관리자', isAdmin: true });
	const centerA = await createCenter(db, managerA, `강원센터-${tag()}`);
	const centerB = await createCenter(db, managerB, `대구센터-${tag()}`);
	const startup = await createOrg(db, founder, 'startup', `글루코헬스-${tag()}`);
	const corporate = await createOrg(db, partner, 'corporate', `한국전력-${tag()}`);
	await db
		.updateTable('organizations')
		.set({ homeCenterId: centerA.id })
		.where('id', '=', startup.id)
		.execute();
	return {
		centerA,
		centerB,
		startup,
		corporate,
		founder,
		partner,
		asManagerA: await loadViewer(db, managerA),
		asManagerB: await loadViewer(db, managerB),
		asFounder: await loadViewer(db, founder),
		asPartner: await loadViewer(db, partner),
		asAdmin: await loadViewer(db, admin)
	};
}
export type OutcomesWorld = Awaited<ReturnType<typeof outcomesWorld>>;

/** A meetup between the world's startup and corporate, held (status done) and ended `endedAgoMs` ago. */
export async function heldMeetup(db: Database, w: OutcomesWorld, endedAt: Date, status = 'done') {
	const start = new Date(endedAt.getTime() - 60 * 60 * 1000);
	return db
		.insertInto('meetups')
		.values({
			startupId: w.startup.id,
			corporateId: w.corporate.id,
			period: `[${start.toISOString()},${endedAt.toISOString()})`,
			status,
			requestedByOrgId: w.startup.id,
			proposedByOrgId: w.startup.id
		})
		.returning('id')
		.executeTakeFirstOrThrow();
}
