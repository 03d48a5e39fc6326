import { z } from 'zod';

/**
 * The only reader of process.env. Everything the app can be told from outside is parsed here once;
 * a bad value stops the start with one line naming the variable.
 */
const flag = z
	.enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
	.transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const envSchema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	ORIGIN: z.url().optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
		.optional(),
	MEILI_URL: z.url().optional(),
	MEILI_MASTER_KEY: z.string().min(1).optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
		.optional(),
	DEMO_DATA: flag.optional(),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/**
	 * Trust X-Forwarded-For for rate limits only behind proxies you run: `1`/`true` for one proxy, or the
	 * number of proxies in front of the app (the client is that many entries from the right).
	 */
	TRUST_PROXY: z
		.union([flag, z.coerce.number().int().min(0).max(10)])
		.transform((v) => (typeof v === 'number' ? v : v ? 1 : 0))
		.default(0),
	/** Socket.IO across processes through Redis instead of Postgres. */
	REDIS_URL: z
		.string()
		.regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
		.optional(),
	/** Searches per minute per signed-in user or, anonymously, per address. */
	RATE_LIMIT_SEARCH_PER_MINUTE: z.coerce.number().int().min(1).default(300),
	/** How long a stopping process waits for requests in flight before closing them. */
	SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000)
});

export type Config = ReturnType<typeof parseConfig>;

export function parseConfig(env: Record<string, string | undefined>) {
	// Empty strings (`FOO=` in a shell) mean "unset", as a person would expect.
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const result = envSchema.safeParse(cleaned);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
	}
	const e = result.data;
	const embeddedDatabase = e.DATABASE_URL === undefined;
	if (e.MEILI_URL && !e.MEILI_MASTER_KEY)
		throw new ConfigError('MEILI_MASTER_KEY: required when MEILI_URL is set');
	return {
		env: e.NODE_ENV,
		isProduction: e.NODE_ENV === 'production',
		port: e.PORT,
		host: e.HOST,
		origin: e.ORIGIN,
		dataDir: e.DATA_DIR,
		databaseUrl: e.DATABASE_URL,
		database: embeddedDatabase ? ('pglite' as const) : ('postgres' as const),
		meili: e.MEILI_URL ? { url: e.MEILI_URL, key: e.MEILI_MASTER_KEY! } : undefined,
		search: e.MEILI_URL ? ('meilisearch' as const) : ('embedded' as const),
		smtpUrl: e.SMTP_URL,
		// Demo data is on by default only where nobody configured anything: the embedded database.
		demoData: e.DEMO_DATA ?? embeddedDatabase,
		logLevel: e.LOG_LEVEL,
		/** proxies in front of the app whose X-Forwarded-For entries are believed; 0 = none */
		trustProxyHops: e.TRUST_PROXY,
		redisUrl: e.REDIS_URL,
		searchPerMinute: e.RATE_LIMIT_SEARCH_PER_MINUTE,
		shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS
	};
}

export class ConfigError extends Error {
	override name = 'ConfigError';
}

let current: Config | undefined;

/** The configuration of this process, parsed on first use. */
export function config(): Config {
	current ??= parseConfig(process.env);
	return current;
}
