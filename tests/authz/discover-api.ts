import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { endpointMethods } from './discover-pages';

/**
 * Every method × route pattern of the JSON API, read from the `+server.ts` files under `src/routes/api`
 * (methods from their exports, parsed with the TypeScript parser). The coverage test compares this
 * with the API matrix so that a new endpoint cannot ship without a declared rule.
 */

export interface ApiRoute {
	method: string;
	/** The URL pattern, e.g. `/api/v1/events/[id]/requests/[requestId]`. */
	route: string;
}

export function discoverApi(routesDir = path.resolve('src/routes')): ApiRoute[] {
	const found: ApiRoute[] = [];
	const walk = (dir: string) => {
		const names = readdirSync(dir).sort();
		if (names.includes('+server.ts')) {
			const route = `/${path.relative(routesDir, dir).split(path.sep).join('/')}`;
			for (const method of endpointMethods(path.join(dir, '+server.ts'))) found.push({ method, route });
		}
		for (const name of names) {
			const child = path.join(dir, name);
			if (statSync(child).isDirectory()) walk(child);
		}
	};
	walk(path.join(routesDir, 'api'));
	return found;
}

/** One line per endpoint, as the coverage test and its failure messages name them. */
export const apiKey = (r: ApiRoute) => `${r.method} ${r.route}`;
