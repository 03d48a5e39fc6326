/**
 * Whose figures a viewer may read: a manager their centers', an admin any center's and the national
 * roll-up; anyone else nothing (403). Pure, decided from the viewer alone.
 */
import { forbidden } from '$lib/server/errors';
import type { Viewer } from '$lib/server/catalog/viewer';

/** The center to report on (null: national), or 403. */
export function reportingScope(viewer: Viewer, centerId: string | undefined): string | null {
	if (centerId !== undefined) {
		if (viewer.isAdmin || viewer.managedCenterIds.includes(centerId)) return centerId;
		throw forbidden();
	}
	if (viewer.isAdmin) return null;
	// A manager of one center asking without one means that center; of several, they must choose.
	if (viewer.managedCenterIds.length === 1) return viewer.managedCenterIds[0]!;
	throw forbidden();
}

/** The centers whose rows a viewer may export: all (admin) or the ones they manage; 403 for none. */
export function exportableCenters(viewer: Viewer, centerId: string | undefined): string[] | 'all' {
	if (centerId !== undefined) return [reportingScope(viewer, centerId)!];
	if (viewer.isAdmin) return 'all';
	if (viewer.managedCenterIds.length === 0) throw forbidden();
	return viewer.managedCenterIds;
}
