import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PackageRefusal } from '#server/kernel/package-refusal';

/**
 * The outer, encrypted layer of a .shrpkg file:
 *
 *   magic "SHR-PKG\0" (8) | header length (uint32 BE) | header JSON | SHA-256 of all before (32)
 *   | AES-256-GCM ciphertext | GCM tag (16)
 *
 * The header is plaintext so a reader can derive the key: format version, scrypt cost and salt,
 * IV, and a password verifier. The verifier (a hash of scrypt output the cipher key does not use)
 * tells a wrong password apart from a tampered file, which GCM alone cannot. The checksum tells a
 * damaged header apart from a damaged body; the whole prefix is the GCM AAD, so an altered header
 * fails decryption even with its checksum recomputed.
 */
export const MAGIC = Buffer.from('SHR-PKG\0', 'latin1');
export const CONTAINER_VERSION = 1;
const TAG_BYTES = 16;
const CHECKSUM_BYTES = 32;
const MAX_HEADER = 4096;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** scrypt at 32 MiB and about 0.1 s per try: cheap for a clerk, slow for a guesser. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

/**
 * Every scrypt cost this software has ever written (only DEFAULT_KDF so far; add, never remove).
 * A header asking for anything else was not made here: it is refused before any key derivation,
 * so a 300-byte file cannot make the reader spend gigabytes and minutes on scrypt.
 */
export const WRITTEN_KDFS: readonly KdfParams[] = [DEFAULT_KDF];

const isWrittenKdf = (h: { kdf?: unknown; N?: unknown; r?: unknown; p?: unknown }): boolean =>
  h.kdf === 'scrypt' && WRITTEN_KDFS.some((k) => k.N === h.N && k.r === h.r && k.p === h.p);

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
const headerSchema = z.object({
  format: z.number().int().min(1),
  kdf: z.literal('scrypt'),
  // Only the costs in WRITTEN_KDFS get this far (checked before parsing).
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: b64,
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  verifier: b64,
});
type Header = z.infer<typeof headerSchema>;

function deriveKeys(password: string, salt: Buffer, kdf: KdfParams): Promise<{ key: Buffer; verifier: Buffer }> {
  return new Promise((resolve, reject) => {
    // NFC so the same password typed through different input methods gives the same key.
    scrypt(password.normalize('NFC'), salt, 64, { ...kdf, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 }, (error, out) => {
      if (error) return reject(error);
      resolve({
        key: out.subarray(0, 32),
        verifier: createHash('sha256').update('shr-pkg-verifier').update(out.subarray(32)).digest(),
      });
    });
  });
}

function prefixOf(headerJson: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerJson.length);
  const head = Buffer.concat([MAGIC, length, headerJson]);
  return Buffer.concat([head, createHash('sha256').update(head).digest()]);
}

/** Encrypts `plain` with a key derived from the password, at the one cost this software writes. */
export async function seal(plain: Buffer, password: string): Promise<Buffer> {
  const kdf = DEFAULT_KDF;
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, verifier } = await deriveKeys(password, salt, kdf);
  const header: Header = {
    format: CONTAINER_VERSION,
    kdf: 'scrypt',
    ...kdf,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    verifier: verifier.toString('base64'),
  };
  const prefix = prefixOf(Buffer.from(JSON.stringify(header), 'utf8'));
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([prefix, body, cipher.getAuthTag()]);
}

/** Reads the plaintext header, refusing a file that is not a package or whose header is damaged. */
function readHeader(file: Buffer): { header: Header; prefix: Buffer } {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw new PackageRefusal('packages.file.notPackage');
  const length = file.readUInt32BE(MAGIC.length);
  const end = MAGIC.length + 4 + length;
  if (length === 0 || length > MAX_HEADER || file.length < end + CHECKSUM_BYTES + TAG_BYTES)
    throw new PackageRefusal('packages.file.damaged');
  const head = file.subarray(0, end);
  const checksum = file.subarray(end, end + CHECKSUM_BYTES);
  if (!createHash('sha256').update(head).digest().equals(checksum)) throw new PackageRefusal('packages.file.damaged');
  let json: unknown;
  try {
    json = JSON.parse(head.subarray(MAGIC.length + 4).toString('utf8'));
  } catch {
    throw new PackageRefusal('packages.file.damaged');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > CONTAINER_VERSION)
    throw new PackageRefusal('packages.file.unsupported', 'file', { version: format });
  if (typeof json !== 'object' || json === null || !isWrittenKdf(json))
    throw new PackageRefusal('packages.file.foreignKdf');
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new PackageRefusal('packages.file.damaged');
  return { header: parsed.data, prefix: file.subarray(0, end + CHECKSUM_BYTES) };
}

/**
 * Decrypts a package file: not a package / damaged header → wrong password → tampered body, each
 * refused with its own message.
 */
export async function open(file: Buffer, password: string): Promise<Buffer> {
  const { header, prefix } = readHeader(file);
  const salt = Buffer.from(header.salt, 'base64');
  const iv = Buffer.from(header.iv, 'base64');
  const stored = Buffer.from(header.verifier, 'base64');
  if (iv.length !== 12 || salt.length < 8 || stored.length !== 32) throw new PackageRefusal('packages.file.damaged');
  const { key, verifier } = await deriveKeys(password, salt, header);
  if (!timingSafeEqual(verifier, stored)) throw new PackageRefusal('packages.password.wrong', 'password');
  const body = file.subarray(prefix.length, file.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(prefix);
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new PackageRefusal('packages.file.tampered');
  }
}
