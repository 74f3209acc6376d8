import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { z } from 'zod';
import type { OfficeIdentity } from '#domain/office';
import { PackageRefusal } from '../package-refusal';

// Pure key primitives and the .shrkey format: the office service keeps the key pair, the data
// packages sign and verify with it; both stand on this, neither on the other.

/** An office's Ed25519 key pair, DER in base64: PKCS8 private, SPKI public. */
export interface OfficeKeys {
  privateKey: string;
  publicKey: string;
}

export function generateOfficeKeys(): OfficeKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

/** SHA-256 of the SPKI bytes, hex upper case. */
export const fingerprintOf = (publicKey: string): string =>
  createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').toUpperCase();

/**
 * The fingerprint as two clerks read it to each other by phone: the first 128 bits in groups of
 * four (8 groups), enough that no one can make a second key that reads the same.
 */
export const groupedFingerprint = (hex: string): string => (hex.slice(0, 32).match(/.{4}/g) ?? []).join(' ');

export function signBytes(data: Buffer, privateKey: string): Buffer {
  return sign(null, data, createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' }));
}

export function verifyBytes(data: Buffer, signature: Buffer, publicKey: string): boolean {
  try {
    return verify(
      null,
      data,
      createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }),
      signature,
    );
  } catch {
    return false;
  }
}

/** True when the base64 text is an Ed25519 SPKI public key. */
function isEd25519PublicKey(publicKey: string): boolean {
  try {
    return (
      createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType ===
      'ed25519'
    );
  } catch {
    return false;
  }
}

const KEY_FILE_KIND = 'shr-office-key';
const keyFileSchema = z.object({
  kind: z.literal(KEY_FILE_KIND),
  version: z.literal(1),
  level: z.enum(['street', 'district', 'city']),
  code: z.string().regex(/^\d{6}(\d{6})?$/),
  name: z.string().trim().min(1).max(60),
  publicKey: z.string().min(40).max(200),
  fingerprint: z.string().regex(/^[0-9A-F]{64}$/),
  createdAt: z.string(),
});

export interface KeyFile extends OfficeIdentity {
  publicKey: string;
  fingerprint: string;
}

/** The .shrkey file an office hands to the office above it (JSON, readable in any editor). */
export function keyFileBytes(office: OfficeIdentity, publicKey: string, createdAt: string): Buffer {
  const file = {
    kind: KEY_FILE_KIND,
    version: 1,
    ...office,
    publicKey,
    fingerprint: fingerprintOf(publicKey),
    createdAt,
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

export function parseKeyFile(bytes: Buffer): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new PackageRefusal('packages.keyFile.invalid');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success || !isEd25519PublicKey(parsed.data.publicKey))
    throw new PackageRefusal('packages.keyFile.invalid');
  const { level, code, name, publicKey, fingerprint } = parsed.data;
  if (fingerprintOf(publicKey) !== fingerprint) throw new PackageRefusal('packages.keyFile.fingerprint');
  return { level, code, name, publicKey, fingerprint };
}
