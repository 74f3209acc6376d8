import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../fixtures/synthetic';
import { fieldsOf, personInput, personTableCounts, refusal, seedPlaces, STACK_LIKE, useApp } from './helpers';

const app = useApp();

/** A real 1×1 PNG (one orange RGB pixel), chunk CRCs and all. */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const scanline = Buffer.from([0, 0xff, 0x99, 0x00]); // filter byte, then R G B
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(scanline)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function onePerson() {
  const a = app();
  const places = await seedPlaces(a.api);
  const p = await a.api.persons.create(
    personInput(places, { residentId: makeResidentId({ birth: '1985-08-08', seq: 2 }) }),
  );
  return { a, p };
}

describe('persons/setPhoto and photo', () => {
  it('stores a small PNG, gives the same bytes back, and the person shows it has a photo', async () => {
    const { a, p } = await onePerson();
    const png = onePixelPng();
    expect(await a.api.persons.photo({ id: p.id })).toBeNull();

    // The browser's claim is not trusted either way: the stored type comes from the bytes.
    expect(
      await a.api.persons.setPhoto({ id: p.id, mime: 'application/octet-stream', dataBase64: png.toString('base64') }),
    ).toEqual({ ok: true });
    expect(await a.api.persons.photo({ id: p.id })).toEqual({ mime: 'image/png', dataBase64: png.toString('base64') });
    expect(await a.api.persons.get({ id: p.id })).toMatchObject({ hasPhoto: true });
    // Lists never carry photos, but the record stays reachable there.
    expect((await a.api.persons.list({})).data.map((x) => x.id)).toEqual([p.id]);

    const audit = a.sqlite
      .prepare("SELECT action, after FROM audit_log WHERE entity = 'person' AND action = 'photo'")
      .all() as { action: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toEqual({ mime: 'image/png', bytes: png.length });
  });

  it('replaces a photo rather than adding a second one', async () => {
    const { a, p } = await onePerson();
    await a.api.persons.setPhoto({ id: p.id, mime: 'image/png', dataBase64: onePixelPng().toString('base64') });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
    await a.api.persons.setPhoto({ id: p.id, mime: 'image/jpeg', dataBase64: jpeg.toString('base64') });
    expect(await a.api.persons.photo({ id: p.id })).toEqual({
      mime: 'image/jpeg',
      dataBase64: jpeg.toString('base64'),
    });
    expect(personTableCounts(a).person_photos).toBe(1);
  });

  it('refuses a text file claiming to be image/png with photo.type, and stores nothing', async () => {
    const { a, p } = await onePerson();
    const before = personTableCounts(a);
    const text = Buffer.from('姓名,身份证号\n王芳,这是一个改名成 photo.png 的文本文件\n', 'utf8');
    const error = await refusal(
      a.api.persons.setPhoto({ id: p.id, mime: 'image/png', dataBase64: text.toString('base64') }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'photo', code: 'photo.type' })]);
    expect(error.message).toContain('JPG 或 PNG');
    expect(error.message).not.toMatch(STACK_LIKE);
    expect(personTableCounts(a)).toEqual(before);
    expect(await a.api.persons.photo({ id: p.id })).toBeNull();
    expect(await a.api.persons.get({ id: p.id })).toMatchObject({ hasPhoto: false });
  });

  it('refuses a photo over 2 MB with photo.tooLarge, and stores nothing', async () => {
    const { a, p } = await onePerson();
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    onePixelPng().copy(big);
    const before = personTableCounts(a);
    const error = await refusal(
      a.api.persons.setPhoto({ id: p.id, mime: 'image/png', dataBase64: big.toString('base64') }),
    );
    expect(fieldsOf(error)).toEqual([expect.objectContaining({ field: 'photo', code: 'photo.tooLarge' })]);
    expect(personTableCounts(a)).toEqual(before);
  });

  it('refuses a photo for a person that does not exist', async () => {
    const { a } = await onePerson();
    const before = personTableCounts(a);
    const error = await refusal(
      a.api.persons.setPhoto({ id: 999, mime: 'image/png', dataBase64: onePixelPng().toString('base64') }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(personTableCounts(a)).toEqual(before);
  });
});
