import type { MessageCode } from '../messages';

/** Photos for cards and forms: JPEG or PNG, at most 2 MB, recognised by their bytes. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

const SIGNATURES: { mime: 'image/jpeg' | 'image/png'; bytes: number[] }[] = [
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The real type of the image, whatever its file name claims; a renamed .exe is refused. */
export function checkPhoto(
  bytes: Uint8Array,
): { ok: true; mime: 'image/jpeg' | 'image/png' } | { ok: false; error: MessageCode } {
  if (bytes.length === 0) return { ok: false, error: 'photo.type' };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, error: 'photo.tooLarge' };
  const hit = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  return hit ? { ok: true, mime: hit.mime } : { ok: false, error: 'photo.type' };
}
