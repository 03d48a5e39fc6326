import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '$lib/server/errors';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** Decompression bombs: a 2 MB file may claim billions of pixels; sharp refuses beyond this. */
const MAX_INPUT_PIXELS = 40_000_000;
const LOGO_SIZE_PX = 256;
const FILE_NAME = /^[0-9a-f-]{36}-[0-9a-f]{16}\.webp$/;

/** The image type by its first bytes; the declared content type and the file name are not trusted. */
export function sniffImageType(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | undefined {
	const at = (i: number) => bytes[i];
	if (
		bytes.length >= 8 &&
		at(0) === 0x89 &&
		at(1) === 0x50 &&
		at(2) === 0x4e &&
		at(3) === 0x47 &&
		at(4) === 0x0d &&
		at(5) === 0x0a &&
		at(6) === 0x1a &&
		at(7) === 0x0a
	)
		return 'png';
	if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
	if (
		bytes.length >= 12 &&
		String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
		String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
	)
		return 'webp';
	return undefined;
}

/**
 * Validates an uploaded logo (size, type from the bytes; SVG and everything else refused), re-encodes
 * it as a 256×256 WebP (which drops metadata and anything hidden in the original) and stores it
 * under DATA_DIR. Returns the stored file name, content-addressed so it can be cached forever.
 */
export async function storeLogo(dataDir: string, organizationId: string, bytes: Uint8Array): Promise<string> {
	if (bytes.byteLength > MAX_LOGO_BYTES) throw new DomainError('image_too_large', 413, 'logo');
	if (!sniffImageType(bytes)) throw new DomainError('unsupported_image', 415, 'logo');
	const { default: sharp } = await import('sharp');
	let webp: Buffer;
	try {
		webp = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
			.rotate()
			.resize(LOGO_SIZE_PX, LOGO_SIZE_PX, {
				fit: 'contain',
				background: { r: 255, g: 255, b: 255, alpha: 0 }
			})
			.webp({ quality: 85 })
			.toBuffer();
	} catch {
		// Right magic bytes but not a decodable image (truncated, corrupt or too many pixels).
		throw new DomainError('unsupported_image', 422, 'logo');
	}
	const fileName = `${organizationId}-${createHash('sha256').update(webp).digest('hex').slice(0, 16)}.webp`;
	const dir = path.resolve(dataDir, 'uploads', 'logos');
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, fileName), webp);
	return fileName;
}

/** The bytes of a stored logo, or undefined for a name that is not one of ours (no path tricks). */
export async function readLogo(dataDir: string, fileName: string): Promise<Buffer | undefined> {
	if (!FILE_NAME.test(fileName)) return undefined;
	try {
		return await readFile(path.resolve(dataDir, 'uploads', 'logos', fileName));
	} catch {
		return undefined;
	}
}
