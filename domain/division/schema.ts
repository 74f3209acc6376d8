import { z } from 'zod';
import { code, id, requiredText } from '../zod-helpers';

const divisionCode = z
  .string(code('division.code.required'))
  .trim()
  .min(1, code('division.code.required'))
  .regex(/^\d+$/, code('division.code.digits'));

export const divisionCreateInput = z.object({
  parentId: id.nullable(),
  code: divisionCode,
  name: requiredText(50, 'division.name.required'),
  codeVerified: z.boolean().default(false),
});
export const divisionRenameInput = z.object({
  id,
  name: requiredText(50, 'division.name.required'),
  code: divisionCode,
  codeVerified: z.boolean(),
});
export const divisionMoveInput = z.object({ id, parentId: id });
export const divisionArchiveInput = z.object({ id, archived: z.boolean().default(true) });

export type DivisionCreateInput = z.input<typeof divisionCreateInput>;
export type DivisionRenameInput = z.input<typeof divisionRenameInput>;
