import { describe, expect, it } from 'vitest';
import { checkPhoto, PHOTO_MAX_BYTES } from '#domain/person/photo';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];

/** `head` followed by zero bytes up to `size`. */
function bytes(head: number[], size = head.length + 16): Uint8Array {
  const out = new Uint8Array(size);
  out.set(head);
  return out;
}

describe('checkPhoto', () => {
  it('recognises JPEG and PNG by their first bytes', () => {
    expect(checkPhoto(bytes(JPEG_START))).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(checkPhoto(bytes(PNG_SIGNATURE))).toEqual({ ok: true, mime: 'image/png' });
  });

  it('refuses a text file renamed to .png or .jpg', () => {
    const text = new TextEncoder().encode('这不是图片，只是一个改了扩展名的文本文件。\n');
    expect(checkPhoto(text)).toEqual({ ok: false, error: 'photo.type' });
  });

  it('refuses other images and programs: GIF, a Windows executable, a truncated PNG signature', () => {
    expect(checkPhoto(bytes([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toEqual({ ok: false, error: 'photo.type' });
    expect(checkPhoto(bytes([0x4d, 0x5a, 0x90, 0x00]))).toEqual({ ok: false, error: 'photo.type' });
    expect(checkPhoto(new Uint8Array(PNG_SIGNATURE.slice(0, 4)))).toEqual({ ok: false, error: 'photo.type' });
    expect(checkPhoto(new Uint8Array(0))).toEqual({ ok: false, error: 'photo.type' });
  });

  it('accepts a photo of exactly 2 MB and refuses one byte more', () => {
    expect(PHOTO_MAX_BYTES).toBe(2 * 1024 * 1024);
    expect(checkPhoto(bytes(JPEG_START, PHOTO_MAX_BYTES))).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(checkPhoto(bytes(JPEG_START, PHOTO_MAX_BYTES + 1))).toEqual({ ok: false, error: 'photo.tooLarge' });
    expect(checkPhoto(bytes(PNG_SIGNATURE, 3 * 1024 * 1024))).toEqual({ ok: false, error: 'photo.tooLarge' });
  });
});
