import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { divisions, institutions } from '#db/schema';
import { checkDivisionCode, childLevel } from '#domain/division/codes';
import type { DivisionCreateInput, DivisionRenameInput } from '#domain/division/schema';
import type { Division, DivisionNode } from '#server/contract/types';
import {
  conflict,
  inTransaction,
  invalid,
  notFound,
  nowIso,
  type ServiceContext,
  type ReadHandle,
  writeAudit,
} from '#server/kernel';

type Row = typeof divisions.$inferSelect;
export function toDivision(row: Row): Division {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    parentId: row.parentId,
    codeVerified: row.codeVerified,
    archived: row.archivedAt !== null,
  };
}

export function divisionTree(ctx: ServiceContext, includeArchived: boolean): DivisionNode[] {
  const rows = ctx.db
    .select()
    .from(divisions)
    .where(includeArchived ? undefined : isNull(divisions.archivedAt))
    .orderBy(asc(divisions.sortOrder), asc(divisions.code))
    .all();
  const nodes = new Map<number, DivisionNode>(rows.map((r) => [r.id, { ...toDivision(r), children: [] }]));
  const roots: DivisionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else if (node.parentId === null) roots.push(node);
  }
  return roots;
}

export function findDivision(tx: ReadHandle, id: number): Row | undefined {
  return tx.select().from(divisions).where(eq(divisions.id, id)).get();
}

function requireDivision(tx: ReadHandle, id: number, field = 'id'): Row {
  const row = findDivision(tx, id);
  if (!row) throw field === 'id' ? notFound('division.notFound') : invalid(field, 'division.notFound');
  return row;
}

function assertCodeFree(tx: ReadHandle, code: string, selfId?: number): void {
  const other = tx.select({ id: divisions.id }).from(divisions).where(eq(divisions.code, code)).get();
  if (other && other.id !== selfId) throw conflict('code', 'division.code.duplicate');
}

export function createDivision(ctx: ServiceContext, input: Required<DivisionCreateInput>): Division {
  return inTransaction(ctx, (tx) => {
    const parent = input.parentId === null ? null : requireDivision(tx, input.parentId, 'parentId');
    if (parent?.archivedAt) throw invalid('parentId', 'division.parent.archived');
    const level = childLevel(parent?.level ?? null);
    if (!level) throw invalid('parentId', 'division.parent.tooDeep');
    const codeError = checkDivisionCode(input.code, level, parent?.code ?? null);
    if (codeError) throw invalid('code', codeError);
    assertCodeFree(tx, input.code);
    // A new division goes after its siblings, where the clerk who added it will look for it.
    const siblings = parent ? eq(divisions.parentId, parent.id) : isNull(divisions.parentId);
    const sortOrder =
      (tx
        .select({ max: sql<number | null>`max(${divisions.sortOrder})` })
        .from(divisions)
        .where(siblings)
        .get()?.max ?? -1) + 1;
    const row = tx
      .insert(divisions)
      .values({
        code: input.code,
        name: input.name,
        level,
        parentId: parent?.id ?? null,
        codeVerified: input.codeVerified,
        sortOrder,
      })
      .returning()
      .get();
    writeAudit(tx, ctx, { action: 'create', entity: 'division', entityId: row.id, after: toDivision(row) });
    return toDivision(row);
  });
}

export function renameDivision(ctx: ServiceContext, input: Required<DivisionRenameInput>): Division {
  return inTransaction(ctx, (tx) => {
    const before = requireDivision(tx, input.id);
    const parent = before.parentId === null ? null : requireDivision(tx, before.parentId);
    const codeError = checkDivisionCode(input.code, before.level, parent?.code ?? null);
    if (codeError) throw invalid('code', codeError);
    assertCodeFree(tx, input.code, before.id);
    const row = tx
      .update(divisions)
      .set({ name: input.name, code: input.code, codeVerified: input.codeVerified, updatedAt: nowIso() })
      .where(eq(divisions.id, input.id))
      .returning()
      .get();
    if (row.level === 'street' && row.code !== before.code) {
      // Communities carry the street's 9-digit prefix: after a street recode they need checking.
      tx.update(divisions)
        .set({ codeVerified: false, updatedAt: nowIso() })
        .where(and(eq(divisions.parentId, row.id), sql`substr(${divisions.code}, 1, 9) <> ${row.code.slice(0, 9)}`))
        .run();
    }
    writeAudit(tx, ctx, {
      action: 'update',
      entity: 'division',
      entityId: row.id,
      before: toDivision(before),
      after: toDivision(row),
    });
    return toDivision(row);
  });
}

/**
 * Moves a street to another district or a community to another street (行政区划调整). The code
 * usually changes with such a move, so it is marked unverified until the office corrects it.
 */
export function moveDivision(ctx: ServiceContext, input: { id: number; parentId: number }): Division {
  return inTransaction(ctx, (tx) => {
    const before = requireDivision(tx, input.id);
    const parent = requireDivision(tx, input.parentId, 'parentId');
    if (parent.archivedAt) throw invalid('parentId', 'division.parent.archived');
    if (childLevel(parent.level) !== before.level) throw invalid('parentId', 'division.move.level');
    const row = tx
      .update(divisions)
      .set({ parentId: parent.id, codeVerified: false, updatedAt: nowIso() })
      .where(eq(divisions.id, input.id))
      .returning()
      .get();
    writeAudit(tx, ctx, {
      action: 'move',
      entity: 'division',
      entityId: row.id,
      before: toDivision(before),
      after: toDivision(row),
    });
    return toDivision(row);
  });
}

/** Archive instead of delete: records that point at the division keep their history. */
export function archiveDivision(ctx: ServiceContext, input: { id: number; archived: boolean }): Division {
  return inTransaction(ctx, (tx) => {
    const before = requireDivision(tx, input.id);
    if (input.archived) {
      const child = tx
        .select({ id: divisions.id })
        .from(divisions)
        .where(and(eq(divisions.parentId, before.id), isNull(divisions.archivedAt)))
        .get();
      if (child) throw conflict('id', 'division.archive.hasChildren');
      const column = before.level === 'community' ? institutions.communityId : institutions.streetId;
      const used = tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(and(eq(column, before.id), isNull(institutions.archivedAt)))
        .get();
      if (used) throw conflict('id', 'division.archive.inUse');
    } else if (before.parentId !== null && requireDivision(tx, before.parentId).archivedAt) {
      throw conflict('id', 'division.parent.archived');
    }
    const row = tx
      .update(divisions)
      .set({ archivedAt: input.archived ? nowIso() : null, updatedAt: nowIso() })
      .where(eq(divisions.id, input.id))
      .returning()
      .get();
    writeAudit(tx, ctx, {
      action: input.archived ? 'archive' : 'restore',
      entity: 'division',
      entityId: row.id,
      before: toDivision(before),
      after: toDivision(row),
    });
    return toDivision(row);
  });
}
