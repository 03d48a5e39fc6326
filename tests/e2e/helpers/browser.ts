import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium on PATH (or at /usr/bin/chromium); no browser is ever downloaded. */
export function findChromium(): string | undefined {
	try {
		const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
			encoding: 'utf8'
		}).trim();
		if (found) return found;
	} catch {
		// not on PATH
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const chromiumPath = findChromium();

/** Said once per run, by the e2e global setup, so a missing browser is never silent. */
export const MISSING_BROWSER_WARNING =
	'\x1b[41m\x1b[37m E2E BROWSER TESTS SKIPPED: no Chromium found. Install it with `apt-get install -y chromium`. \x1b[0m';

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath!,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}
