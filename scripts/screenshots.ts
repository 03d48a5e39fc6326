// `npx tsx scripts/screenshots.ts http://localhost:3000 [outDir]`: screenshots of the main pages in Korean
// and English (desktop and phone) with Debian's Chromium, for the README and for looking at our pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'docs/screenshots';
const only = process.argv[4];
mkdirSync(out, { recursive: true });

// `follow`: pages whose URL holds an id are reached by clicking the first link that matches a selector
// (or a chain of them, one page after another).
const pages: { name: string; path: string; as?: string; follow?: string | string[] }[] = [
	{ name: 'kpi-dashboard', path: '/', as: 'manager@example.com', follow: 'header a[href$="/dashboard"]' },
	{
		name: 'kpi-print',
		path: '/',
		as: 'manager@example.com',
		follow: ['header a[href$="/dashboard"]', '[data-testid=print-report]']
	},
	{
		name: 'kpi-audit',
		path: '/',
		as: 'manager@example.com',
		follow: ['header a[href$="/dashboard"]', 'main nav a[href$="/audit"]']
	},
	{ name: 'kpi-national', path: '/admin/kpis', as: 'admin@example.com' },
	{ name: 'landing', path: '/' },
	{ name: 'login', path: '/login' },
	{ name: 'signup', path: '/signup' },
	{ name: 'organizations', path: '/organizations' },
	{ name: 'org-new', path: '/organizations/new', as: 'startup@example.com' },
	{ name: 'org-mine', path: '/organizations/mine', as: 'manager@example.com' },
	{ name: 'settings', path: '/settings', as: 'startup@example.com' },
	{ name: 'api-docs', path: '/api/docs' },
	{ name: 'startups', path: '/startups?q=헬스케어를' },
	{ name: 'challenges', path: '/challenges' },
	{ name: 'applications', path: '/applications', as: 'startup@example.com' },
	{ name: 'notifications', path: '/notifications', as: 'corporate@example.com' },
	{ name: 'matches-hub', path: '/matches', as: 'startup@example.com' },
	{
		name: 'matches-challenge',
		path: '/matches',
		as: 'corporate@example.com',
		follow: '[data-testid=challenge-matches-link]'
	},
	{
		name: 'matches-startup',
		path: '/matches',
		as: 'startup@example.com',
		follow: '[data-testid=startup-matches-link]'
	},
	{ name: 'matching-weights', path: '/matches', as: 'manager@example.com', follow: 'a[href$="/matching"]' },
	{ name: 'meetups-list', path: '/meetups', as: 'corporate@example.com' },
	{
		name: 'meetups-detail',
		path: '/meetups?tab=awaiting',
		as: 'corporate@example.com',
		follow: '[data-meetup-id] a'
	},
	{
		name: 'meetups-new',
		path: '/matches',
		as: 'corporate@example.com',
		follow: ['[data-testid=challenge-matches-link]', 'a[href^="/meetups/new"]']
	},
	{
		name: 'meetups-availability',
		path: '/organizations/mine',
		as: 'corporate@example.com',
		follow: ['main a[href$="/settings"]', 'main a[href$="/availability"]']
	},
	{ name: 'meetups-settings', path: '/settings', as: 'corporate@example.com' },
	{
		name: 'events-board',
		path: '/events',
		as: 'manager@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/board"]']
	},
	{
		name: 'events-agenda',
		path: '/events',
		as: 'startup@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/agenda"]']
	},
	{ name: 'events-list', path: '/events', as: 'manager@example.com' },
	{ name: 'events-new', path: '/events/new', as: 'manager@example.com' },
	{
		name: 'events-overview',
		path: '/events',
		as: 'manager@example.com',
		follow: 'main a:has-text("강원 디지털헬스")'
	},
	{
		name: 'events-participants',
		path: '/events',
		as: 'manager@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/participants"]']
	},
	{
		name: 'events-requests',
		path: '/events',
		as: 'manager@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/requests"]']
	},
	{
		name: 'events-browse',
		path: '/events',
		as: 'startup@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/browse"]']
	},
	{
		name: 'events-received',
		path: '/events',
		as: 'corporate@example.com',
		follow: ['main a:has-text("강원 디지털헬스")', 'nav a[href$="/requests"]']
	},
	{ name: 'pipeline-board', path: '/pipeline', as: 'manager@example.com' },
	{ name: 'pipeline-card', path: '/pipeline', as: 'manager@example.com', follow: '[data-testid=card-link]' },
	{ name: 'checkin-link', path: '/checkins/abcdefghijkmnpqrstuvwxyz23456789' },
	{ name: 'checkin-list', path: '/checkins', as: 'startup@example.com' }
];

// One sign-in per account for the whole run (sign-ins are rate limited per address).
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

async function signIn(context: BrowserContext, email: string) {
	const saved = sessions.get(email);
	if (saved) {
		await context.addCookies(saved.cookies.filter((c) => c.name !== 'locale'));
		return;
	}
	const page = await context.newPage();
	await page.goto(`${base}/login`);
	await page.fill('input[name=email]', email);
	await page.fill('input[name=password]', 'innomatch-demo');
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/login')),
		page.click('main form button[type=submit]')
	]);
	sessions.set(email, await context.storageState());
	await page.close();
}

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync'
	]
});
for (const locale of ['ko', 'en'] as const) {
	for (const viewport of [
		{ tag: '', width: 1280, height: 900 },
		{ tag: '-phone', width: 390, height: 844 }
	]) {
		for (const p of pages) {
			if (only && !p.name.startsWith(only)) continue;
			const context = await browser.newContext({ viewport, locale: locale === 'ko' ? 'ko-KR' : 'en-US' });
			await context.addCookies([{ name: 'locale', value: locale, url: base }]);
			if (p.as) await signIn(context, p.as);
			const page = await context.newPage();
			await page.goto(`${base}${p.path}`, { waitUntil: 'networkidle' });
			for (const selector of [p.follow ?? []].flat()) {
				const href = await page.locator(selector).first().getAttribute('href');
				await page.goto(`${base}${href}`, { waitUntil: 'networkidle' });
			}
			const file = path.join(out, `${p.name}-${locale}${viewport.tag}.png`);
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
			await context.close();
		}
	}
}
await browser.close();
