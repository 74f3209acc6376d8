import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PARTS, type PartName } from './rows';

/** Version of what is inside the encryption (manifest and parts); bumped when their meaning changes. */
export const PACKAGE_FORMAT = 1;

export const manifestSchema = z.object({
  format: z.number().int().min(1),
  office: z.object({
    level: z.enum(['street', 'district', 'city']),
    code: z.string().regex(/^\d{6}(\d{6})?$/),
    name: z.string().min(1).max(60),
  }),
  sequence: z.number().int().min(1),
  period: z.object({ from: z.string(), to: z.string() }),
  createdAt: z.string(),
  appVersion: z.string().max(40),
  // The newest migration of the app that wrote the package, for support; parts carry `format`.
  schemaVersion: z.string().max(80),
  parts: z
    .array(
      z.object({
        name: z.enum(PARTS),
        file: z.string().max(80),
        rows: z.number().int().min(0),
        bytes: z.number().int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .length(PARTS.length)
    .refine((list) => PARTS.every((p) => list.some((x) => x.name === p))),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
export const partFile = (name: PartName): string => `${name}.ndjson`;

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Row counts per part, as the log and the export result show them. */
export const rowCounts = (m: Manifest): Record<PartName, number> =>
  Object.fromEntries(PARTS.map((p) => [p, m.parts.find((x) => x.name === p)?.rows ?? 0])) as Record<PartName, number>;
