import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isContractProcedure } from '@orpc/contract';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contract } from '#server/contract';

/**
 * Every procedure carries its trust line (server/contract/base.ts): a doc comment on its property
 * in the contract saying who may call it (`Caller:`) and what it trusts (`Trusts:`). Read from the
 * source with the compiler API, because a comment is not in the runtime object; the runtime
 * contract is walked too, so a procedure the source walk missed still counts.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTRACT_DIR = path.join(ROOT, 'server/contract');

interface Leaf {
  /** area.procedure as the renderer calls it; for a loose base chain, where it sits in its file. */
  path: string;
  where: string;
  doc: string | null;
}

/** `base.input(…).output(…)` and the like: the expression is a call chain rooted at a `base…` identifier. */
function isProcedure(e: ts.Expression): boolean {
  let root = e;
  while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = root.expression;
  return root !== e && ts.isIdentifier(root) && root.text.startsWith('base');
}

function docOf(prop: ts.Node): string | null {
  const docs = ts.getJSDocCommentsAndTags(prop).filter(ts.isJSDoc);
  const text = docs
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .trim();
  return text || null;
}

function propName(name: ts.PropertyName, file: ts.SourceFile): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(file);
}

const where = (node: ts.Node, file: ts.SourceFile) =>
  `${path.basename(file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

/** What is wrong with one doc comment as a trust line, or null when it is one. */
function trustProblem(doc: string | null): string | null {
  if (!doc) return 'no doc comment';
  if (!/\bCaller:\s*\S/.test(doc)) return 'no "Caller:" (who may call it)';
  if (!/\bTrusts:\s*\S/.test(doc)) return 'no "Trusts:" (what it trusts)';
  return null;
}

/** Every property of every object literal in the files whose value is a procedure, with its doc comment. */
function looseProcedures(files: readonly ts.SourceFile[]): Leaf[] {
  const leaves: Leaf[] = [];
  for (const file of files) {
    const visit = (node: ts.Node, trail: string[]): void => {
      if (ts.isPropertyAssignment(node)) {
        const name = [...trail, propName(node.name, file)];
        if (isProcedure(node.initializer))
          leaves.push({ path: name.join('.'), where: where(node, file), doc: docOf(node) });
        visit(node.initializer, name);
        return;
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        if (node.initializer) visit(node.initializer, [node.name.text]);
        return;
      }
      ts.forEachChild(node, (child) => visit(child, trail));
    };
    visit(file, []);
  }
  return leaves;
}

/**
 * The procedures reachable from `export const contract = {…}` in index.ts, by the paths the
 * renderer calls: areas are object literals or identifiers imported from an area file.
 */
function contractProcedures(
  files: readonly ts.SourceFile[],
  indexFile: string,
): { leaves: Leaf[]; problems: string[] } {
  const byFile = new Map(files.map((f) => [path.resolve(f.fileName), f]));
  const exported = (file: ts.SourceFile, name: string): ts.Expression | undefined => {
    for (const statement of file.statements) {
      if (
        !ts.isVariableStatement(statement) ||
        !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      )
        continue;
      const decl = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
      if (decl?.initializer) return decl.initializer;
    }
    return undefined;
  };
  /** An identifier used in `file`: declared there, or imported by name from a sibling file. */
  const resolve = (file: ts.SourceFile, name: string): { file: ts.SourceFile; value: ts.Expression } | undefined => {
    const local =
      exported(file, name) ??
      file.statements
        .flatMap((s) => (ts.isVariableStatement(s) ? [...s.declarationList.declarations] : []))
        .find((d) => ts.isIdentifier(d.name) && d.name.text === name)?.initializer;
    if (local) return { file, value: local };
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      const spec =
        bindings && ts.isNamedImports(bindings) ? bindings.elements.find((e) => e.name.text === name) : undefined;
      if (!spec) continue;
      const target = byFile.get(path.resolve(path.dirname(file.fileName), `${statement.moduleSpecifier.text}.ts`));
      const value = target && exported(target, (spec.propertyName ?? spec.name).text);
      return target && value ? { file: target, value } : undefined;
    }
    return undefined;
  };

  const leaves: Leaf[] = [];
  const problems: string[] = [];
  const walk = (file: ts.SourceFile, literal: ts.ObjectLiteralExpression, trail: string[]): void => {
    for (const prop of literal.properties) {
      if (!ts.isPropertyAssignment(prop)) {
        problems.push(
          `${where(prop, file)}: ${[...trail, prop.name?.getText(file) ?? '…'].join('.')} is neither a procedure nor an area (spread or shorthand)`,
        );
        continue;
      }
      const name = [...trail, propName(prop.name, file)];
      const value = prop.initializer;
      if (isProcedure(value)) leaves.push({ path: name.join('.'), where: where(prop, file), doc: docOf(prop) });
      else if (ts.isObjectLiteralExpression(value)) walk(file, value, name);
      else if (ts.isIdentifier(value)) {
        const area = resolve(file, value.text);
        if (area && ts.isObjectLiteralExpression(area.value)) walk(area.file, area.value, name);
        else
          problems.push(
            `${where(prop, file)}: ${name.join('.')} = ${value.text}, which is not an object literal of the contract files`,
          );
      } else
        problems.push(`${where(prop, file)}: ${name.join('.')} is neither a procedure (a base… chain) nor an area`);
    }
  };
  const index = byFile.get(path.resolve(indexFile));
  const root = index && exported(index, 'contract');
  if (!index || !root || !ts.isObjectLiteralExpression(root))
    return { leaves, problems: [`${indexFile}: no \`export const contract = {…}\``] };
  walk(index, root, []);
  return { leaves, problems };
}

/** The procedures of the contract object itself, by path. */
function runtimePaths(node: unknown, trail: string[] = []): string[] {
  if (isContractProcedure(node)) return [trail.join('.')];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => runtimePaths(value, [...trail, key]));
}

const parse = (fileName: string, text: string) =>
  ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2023, true, ts.ScriptKind.TS);

const contractFiles = fs
  .readdirSync(CONTRACT_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => parse(path.join(CONTRACT_DIR, f), fs.readFileSync(path.join(CONTRACT_DIR, f), 'utf8')));
const indexFile = path.join(CONTRACT_DIR, 'index.ts');

describe('the trust line of every procedure', () => {
  const runtime = runtimePaths(contract).sort();
  const { leaves, problems } = contractProcedures(contractFiles, indexFile);

  it('finds every procedure of the runtime contract in the contract files, by the path the renderer calls', () => {
    expect(problems).toEqual([]);
    expect(runtime.length).toBeGreaterThan(90);
    expect(leaves.map((l) => l.path).sort()).toEqual(runtime);
  });

  it('has a doc comment on each procedure saying who may call it and what it trusts', () => {
    const missing = leaves.flatMap((l) => {
      const problem = trustProblem(l.doc);
      return problem ? [`${l.where} ${l.path}: ${problem}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('has one on every base… chain in an object literal of the contract files, inside the contract or not', () => {
    const loose = looseProcedures(contractFiles);
    expect(loose.filter((l) => trustProblem(l.doc) !== null).map((l) => `${l.where} ${l.path}`)).toEqual([]);
    expect(loose).toHaveLength(runtime.length);
  });

  it('notices a procedure whose comment is gone, or says only one half', () => {
    const area = parse(
      path.join(CONTRACT_DIR, 'demo-area.ts'),
      `import { base } from './base';
export const demoContract = {
  /** Caller: any clerk. Trusts: nothing; read only. */
  kept: base.output(type<number>()),
  dropped: base.input(idInput).output(type<number>()),
  /** Caller: any clerk. */
  half: base.output(type<number>()),
  // Caller: any clerk. Trusts: nothing (a line comment is not shown on hover).
  line: base.output(type<number>()),
  nested: {
    /** Caller: any clerk. Trusts: nothing. */
    deep: base.output(type<number>()),
    bare: base.output(type<number>()),
  },
};`,
    );
    const index = parse(
      indexFile,
      `import { demoContract } from './demo-area';\nexport const contract = { demo: demoContract, inline: { x: base.output(type<number>()) } };`,
    );
    const { leaves: found, problems: none } = contractProcedures([area, index], indexFile);
    expect(none).toEqual([]);
    expect(Object.fromEntries(found.map((l) => [l.path, trustProblem(l.doc)]))).toEqual({
      'demo.kept': null,
      'demo.dropped': 'no doc comment',
      'demo.half': 'no "Trusts:" (what it trusts)',
      'demo.line': 'no doc comment',
      'demo.nested.deep': null,
      'demo.nested.bare': 'no doc comment',
      'inline.x': 'no doc comment',
    });
    const unknown = parse(
      indexFile,
      `import { elsewhere } from './nowhere';\nexport const contract = { gone: elsewhere, ...{} };`,
    );
    expect(contractProcedures([unknown], indexFile).problems).toHaveLength(2);
  });

  it('shows the trust line on hover where the renderer calls the procedure', () => {
    // The renderer's client type is a mapped type over the contract; a doc comment survives it
    // only on a property of the contract object itself, which is what this asks the compiler.
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.web.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    if (!config) throw new Error('tsconfig.web.json does not parse');
    const probe = path.join(ROOT, 'renderer/trust-hover-probe.ts');
    const calls = runtime.map((p) => `void api.${p};`);
    const text = [
      `import type { ContractRouterClient } from '@orpc/contract';`,
      `import type { Contract } from '../server/contract';`,
      `declare const api: ContractRouterClient<Contract>;`,
      ...calls,
    ].join('\n');
    const read = (f: string) => (f === probe ? text : ts.sys.readFile(f));
    const service = ts.createLanguageService({
      getScriptFileNames: () => [probe],
      getScriptVersion: () => '1',
      getScriptSnapshot: (f) => {
        const content = read(f);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => ROOT,
      getCompilationSettings: () => config.options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: (f) => f === probe || ts.sys.fileExists(f),
      readFile: read,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    });
    const unseen = calls.flatMap((call, i) => {
      const at = text.indexOf(call) + call.length - 2;
      const info = service.getQuickInfoAtPosition(probe, at);
      const shown = ts.displayPartsToString(info?.documentation ?? []);
      return trustProblem(shown || null) ? [`${runtime[i]}: ${shown || 'nothing shown'}`] : [];
    });
    expect(unseen).toEqual([]);
  }, 120_000);
});
