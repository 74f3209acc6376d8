import { open, seal } from './container';
import { packEntries, unpackEntries } from './bundle';
import { signBytes, verifyBytes } from '#server/kernel/crypto/office-keys';
import {
  MANIFEST_ENTRY,
  type Manifest,
  manifestSchema,
  PACKAGE_FORMAT,
  partFile,
  sha256Hex,
  SIGNATURE_ENTRY,
} from './manifest';
import { PackageRefusal } from '#server/kernel/package-refusal';
import { canonicalJson, PART_SCHEMAS, PARTS, type PartName, type PartRow } from './rows';

/** Every part's lines: a package always carries all of them (an empty register is an empty part). */
export type PartRows = { [N in PartName]: PartRow<N>[] };

export type ManifestHead = Omit<Manifest, 'parts' | 'format'>;

export interface BuiltPackage {
  bytes: Buffer;
  manifest: Manifest;
  /** SHA-256 of the signed manifest bytes: the package's identity, whatever password it was sealed with. */
  manifestSha256: string;
}

const ndjson = (rows: unknown[]): Buffer => Buffer.from(rows.map((r) => `${canonicalJson(r)}\n`).join(''), 'utf8');

/** Parts as NDJSON, a manifest with their hashes, an Ed25519 signature over the manifest bytes; gzipped and sealed. */
export async function buildPackage(
  head: ManifestHead,
  rows: PartRows,
  privateKey: string,
  password: string,
): Promise<BuiltPackage> {
  const parts = PARTS.map((name) => ({ name, data: ndjson(rows[name]), rows: rows[name].length }));
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    ...head,
    parts: parts.map((p) => ({
      name: p.name,
      file: partFile(p.name),
      rows: p.rows,
      bytes: p.data.length,
      sha256: sha256Hex(p.data),
    })),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const signature = signBytes(manifestBytes, privateKey);
  const inner = packEntries([
    { name: MANIFEST_ENTRY, data: manifestBytes },
    { name: SIGNATURE_ENTRY, data: signature },
    ...parts.map((p) => ({ name: partFile(p.name), data: p.data })),
  ]);
  return { bytes: await seal(inner, password), manifest, manifestSha256: sha256Hex(manifestBytes) };
}

export interface OpenedPackage {
  manifest: Manifest;
  manifestBytes: Buffer;
  manifestSha256: string;
  signature: Buffer;
  rows: PartRows;
}

function parseLines<N extends PartName>(name: N, data: Buffer): PartRows[N] {
  const schema = PART_SCHEMAS[name];
  const out: unknown[] = [];
  for (const line of data.toString('utf8').split('\n')) {
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new PackageRefusal('packages.file.tampered');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new PackageRefusal('packages.file.tampered');
    out.push(parsed.data);
  }
  return out as PartRows[N];
}

/**
 * Decrypts and checks a package up to what it can check without knowing the sender: password,
 * integrity (GCM tag, then each part against the manifest's SHA-256) and shape. The signature is
 * checked by the caller against the registered key of the office the manifest names.
 */
export async function openPackage(file: Buffer, password: string): Promise<OpenedPackage> {
  const entries = unpackEntries(await open(file, password));
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  const signature = entries.get(SIGNATURE_ENTRY);
  if (!manifestBytes || !signature) throw new PackageRefusal('packages.file.tampered');
  let json: unknown;
  try {
    json = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    throw new PackageRefusal('packages.file.tampered');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > PACKAGE_FORMAT)
    throw new PackageRefusal('packages.file.unsupported', 'file', { version: format });
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new PackageRefusal('packages.file.tampered');
  const manifest = parsed.data;
  const rows = {} as PartRows;
  for (const part of manifest.parts) {
    const data = entries.get(part.file);
    if (!data || data.length !== part.bytes || sha256Hex(data) !== part.sha256)
      throw new PackageRefusal('packages.file.tampered');
    const parsedRows = parseLines(part.name, data);
    if (parsedRows.length !== part.rows) throw new PackageRefusal('packages.file.tampered');
    (rows as Record<PartName, unknown[]>)[part.name] = parsedRows;
  }
  return { manifest, manifestBytes, manifestSha256: sha256Hex(manifestBytes), signature, rows };
}

export const signatureValid = (p: OpenedPackage, publicKey: string): boolean =>
  verifyBytes(p.manifestBytes, p.signature, publicKey);

/** Reads a written package back and checks it is the one that was built: the verify step of a safe write. */
export async function verifyWritten(
  bytes: Buffer,
  password: string,
  built: Pick<BuiltPackage, 'manifestSha256'>,
  publicKey: string,
): Promise<void> {
  const back = await openPackage(bytes, password);
  if (back.manifestSha256 !== built.manifestSha256 || !signatureValid(back, publicKey))
    throw new PackageRefusal('packages.export.verifyFailed');
}
