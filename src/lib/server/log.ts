import pino from 'pino';

/** Structured JSON logs; the level comes from LOG_LEVEL once the configuration is read. */
export const logger = pino({ level: 'info', base: { app: 'innomatch' } });

export function setLogLevel(level: string): void {
	logger.level = level;
}
