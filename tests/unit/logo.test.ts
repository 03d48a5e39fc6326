import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, readLogo, sniffImageType, storeLogo } from '../../src/lib/server/media/logo';

const dir = mkdtempSync(path.join(tmpdir(), 'logo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const orgId = '0b6f6c1e-1111-4222-8333-444455556666';

describe('logo uploads', () => {
	it('re-encodes a PNG to a 256px WebP and serves it back by name', async () => {
		const png = await sharp({ create: { width: 600, height: 300, channels: 4, background: '#4338ca' } })
			.png()
			.toBuffer();
		const name = await storeLogo(dir, orgId, png);
		expect(name).toMatch(new RegExp(`^${orgId}-[0-9a-f]{16}\\.webp$`));
		const stored = (await readLogo(dir, name))!;
		expect(sniffImageType(stored)).toBe('webp');
		expect(await sharp(stored).metadata()).toMatchObject({ width: 256, height: 256, format: 'webp' });
	});

	it('refuses SVG, a renamed text file, an oversized file and a corrupt image, storing nothing', async () => {
		const before = readdirSync(dir, { recursive: true }).length;
		const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		await expect(storeLogo(dir, orgId, svg)).rejects.toMatchObject({
			code: 'unsupported_image',
			status: 415
		});
		await expect(storeLogo(dir, orgId, Buffer.from('hello, not an image'))).rejects.toMatchObject({
			status: 415
		});
		await expect(storeLogo(dir, orgId, new Uint8Array(MAX_LOGO_BYTES + 1))).rejects.toMatchObject({
			code: 'image_too_large',
			status: 413
		});
		const truncatedPng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		await expect(storeLogo(dir, orgId, truncatedPng)).rejects.toMatchObject({ status: 422 });
		expect(readdirSync(dir, { recursive: true }).length).toBe(before);
	});

	it('never reads outside the logo folder', async () => {
		expect(await readLogo(dir, '../../etc/passwd')).toBeUndefined();
		expect(await readLogo(dir, `${orgId}-0123456789abcdef.png`)).toBeUndefined();
	});
});
