import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/lib/server/config';

describe('configuration', () => {
	it('defaults to the embedded column with demo data', () => {
		const c = parseConfig({});
		expect(c).toMatchObject({
			port: 3000,
			database: 'pglite',
			search: 'embedded',
			demoData: true,
			dataDir: './data'
		});
	});

	it('switches to Postgres and turns demo data off by default when DATABASE_URL is set', () => {
		const c = parseConfig({ DATABASE_URL: 'postgres://u@h:5432/db' });
		expect(c.database).toBe('postgres');
		expect(c.demoData).toBe(false);
		expect(parseConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: '1' }).demoData).toBe(true);
	});

	it('names the variable when a value is bad', () => {
		expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
		expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL: /);
		expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/^LOG_LEVEL: /);
		expect(() => parseConfig({ MEILI_URL: 'http://127.0.0.1:7700' })).toThrow(ConfigError);
	});

	it('treats empty values as unset', () => {
		expect(parseConfig({ PORT: '', DATABASE_URL: '' }).database).toBe('pglite');
	});
});
