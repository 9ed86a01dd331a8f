// Writes src/model/kernel/lanes.generated.ts: a two-customer (f64x2) version of every kernel rule
// marked `/** @lanes */`, so the WebAssembly build's pair paths call the rules instead of
// restating their arithmetic. A rule must be a pure function of f64 arguments whose body is
// `const` declarations and one return; in its lane version every argument is a v128 of two
// customers' values and
//   + − × ÷                   → f64x2.add/sub/mul/div (each lane does exactly the scalar operation)
//   literals, constants, sc() → computed once as a scalar, then f64x2.splat
//   < <= > >=                 → f64x2 masks (what a bool rule returns);  bit(c) << n → the
//                               bit n where c holds (i64 lanes)
//   | &                       → v128.or / v128.and
//   clamp, positivePart, pmin → their WebAssembly forms in lanes (platform.ts)
//   a call to another rule    → its lane version.
// `--check` fails if the committed file is stale (test/unit/model/wasm.test.ts checks it too).
// Run by `npm run wasm` before the kernel is compiled.
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, posix } from 'node:path';

export const LANES_FILE = 'src/model/kernel/lanes.generated.ts';
/** The files whose rules may be marked @lanes, relative to src/model/kernel. */
const SOURCES = ['../drivers/experience.ts', '../drivers/decision.ts', '../drivers/loyalty.ts', './utility.ts'];

interface Rule {
  name: string;
  file: string;
  node: ts.FunctionDeclaration;
  /** Names the rule's file imports, with the module they come from (relative to the kernel). */
  imported: Map<string, string>;
}

interface Out {
  text: string;
  /** 'scalar': the same in both lanes; 'f64': two f64 lanes; 'mask': a comparison's lanes (all
   *  bits set where it holds); 'int': two i64 lanes of bits. */
  kind: 'scalar' | 'f64' | 'mask' | 'int';
}

const ARITH: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.PlusToken]: 'add',
  [ts.SyntaxKind.MinusToken]: 'sub',
  [ts.SyntaxKind.AsteriskToken]: 'mul',
  [ts.SyntaxKind.SlashToken]: 'div',
};
const COMPARE: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: 'lt',
  [ts.SyntaxKind.LessThanEqualsToken]: 'le',
  [ts.SyntaxKind.GreaterThanToken]: 'gt',
  [ts.SyntaxKind.GreaterThanEqualsToken]: 'ge',
};

function rulesIn(file: string, path: string): Rule[] {
  const src = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const rules: Rule[] = [];
  const imported = new Map<string, string>();
  src.forEachChild((node) => {
    if (ts.isImportDeclaration(node) && node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings)) {
      // resolved against the kernel folder itself (a virtual root), never the working directory
      const from = posix.relative('/kernel', posix.join('/kernel', posix.dirname(file), (node.moduleSpecifier as ts.StringLiteral).text));
      for (const el of node.importClause.namedBindings.elements) imported.set(el.name.text, from.startsWith('.') ? from : `./${from}`);
    }
    if (ts.isFunctionDeclaration(node) && node.name && ts.getJSDocTags(node).some((t) => t.tagName.text === 'lanes'))
      rules.push({ name: node.name.text, file, node, imported });
  });
  return rules;
}

export function lanesText(root = 'src/model/kernel'): string {
  const rules = SOURCES.flatMap((file) => rulesIn(file, `${root}/${file}`));
  const byName = new Map(rules.map((r) => [r.name, r]));
  const imports = new Map<string, Set<string>>(); // file → names
  const use = (file: string, name: string) => (imports.get(file) ?? imports.set(file, new Set()).get(file)!).add(name);

  function emit(rule: Rule): string {
    const fail = (node: ts.Node, why: string): never => {
      throw new Error(`${rule.file} ${rule.name}: ${why}: ${node.getText()}`);
    };
    const lanes = new Map<string, Out['kind']>();
    const locals = new Set<string>(); // the rule's scalar consts
    const params = rule.node.parameters.map((p) => {
      if (p.type?.getText() !== 'f64') fail(p, 'a @lanes rule takes f64 arguments only');
      lanes.set(p.name.getText(), 'f64');
      return `${p.name.getText()}: v128`;
    });
    const splat = (o: Out) => (o.kind === 'scalar' ? `f64x2.splat(${o.text})` : o.text);
    const int = (o: Out, n: ts.Node) => (o.kind === 'int' ? o.text : fail(n, 'expected bits'));

    function expr(node: ts.Expression): Out {
      if (ts.isParenthesizedExpression(node)) {
        const o = expr(node.expression);
        return o.kind === 'scalar' ? { text: `(${o.text})`, kind: 'scalar' } : o;
      }
      if (ts.isNumericLiteral(node)) return { text: node.getText(), kind: 'scalar' };
      if (ts.isIdentifier(node)) {
        const kind = lanes.get(node.text);
        if (kind) return { text: node.text, kind };
        if (node.text !== 'Infinity' && !locals.has(node.text)) use(rule.imported.get(node.text) ?? rule.file, node.text);
        return { text: node.text, kind: 'scalar' };
      }
      if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
        const o = expr(node.operand);
        return o.kind === 'scalar' ? { text: `-${o.text}`, kind: 'scalar' } : { text: `f64x2.neg(${o.text})`, kind: 'f64' };
      }
      if (ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        const a = expr(node.left);
        if (op === ts.SyntaxKind.LessThanLessThanToken) {
          // bit(c) << n: bit n of the lanes where c holds
          const left = node.left;
          if (!ts.isNumericLiteral(node.right) || !ts.isCallExpression(left) || left.expression.getText() !== 'bit') fail(node, 'only bit(c) << literal');
          const mask = expr((left as ts.CallExpression).arguments[0]);
          if (mask.kind !== 'mask') fail(node, 'bit() of a comparison');
          return { text: `v128.and(${mask.text}, i64x2.splat(${1 << Number(node.right.getText())}))`, kind: 'int' };
        }
        const b = expr(node.right);
        if (a.kind === 'scalar' && b.kind === 'scalar') return { text: `${a.text} ${node.operatorToken.getText()} ${b.text}`, kind: 'scalar' };
        if (ARITH[op]) return { text: `f64x2.${ARITH[op]}(${splat(a)}, ${splat(b)})`, kind: 'f64' };
        if (COMPARE[op]) return { text: `f64x2.${COMPARE[op]}(${splat(a)}, ${splat(b)})`, kind: 'mask' };
        if (op === ts.SyntaxKind.BarToken) return { text: `v128.or(${int(a, node.left)}, ${int(b, node.right)})`, kind: 'int' };
        if (op === ts.SyntaxKind.AmpersandToken) return { text: `v128.and(${int(a, node.left)}, ${int(b, node.right)})`, kind: 'int' };
        fail(node, 'operator not supported in a @lanes rule');
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText();
        if (callee === 'sc') {
          use('./layout.generated.ts', 'sc');
          use('./layout.generated.ts', 'S');
          return { text: node.getText(), kind: 'scalar' };
        }
        const args = node.arguments.map((a) => expr(a));
        if (args.every((a) => a.kind === 'scalar') && callee !== 'bit') fail(node, 'a call on scalars only: compute it outside the rule');
        if (callee === 'bit')
          return args[0].kind === 'mask' ? { text: `v128.and(${args[0].text}, i64x2.splat(1))`, kind: 'int' } : fail(node, 'bit() of a comparison');
        if (callee === 'clamp' || callee === 'positivePart') {
          use('./lanes.ts', `${callee}Lanes`);
          return { text: `${callee}Lanes(${args.map(splat).join(', ')})`, kind: 'f64' };
        }
        if (callee === 'pmin') return { text: `f64x2.pmin(${splat(args[0])}, ${splat(args[1])})`, kind: 'f64' };
        const callee_ = byName.get(callee);
        if (callee_) {
          const ret = callee_.node.type?.getText();
          return { text: `${callee}Lanes(${args.map(splat).join(', ')})`, kind: ret === 'f64' ? 'f64' : ret === 'bool' ? 'mask' : 'int' };
        }
        fail(node, 'a call to a function without a lane version');
      }
      return fail(node, 'expression not supported in a @lanes rule');
    }

    const body: string[] = [];
    for (const st of rule.node.body!.statements) {
      if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
        for (const d of st.declarationList.declarations) {
          const o = expr(d.initializer!);
          if (o.kind === 'mask') fail(d, 'a comparison must go through bit()');
          if (o.kind !== 'scalar') lanes.set(d.name.getText(), o.kind);
          else locals.add(d.name.getText());
          body.push(`  const ${d.name.getText()} = ${o.text};`);
        }
      } else if (ts.isReturnStatement(st)) {
        const o = expr(st.expression!);
        const ret = rule.node.type?.getText();
        if ((o.kind === 'mask') !== (ret === 'bool')) fail(st, 'a bool rule returns a comparison; others go through bit()');
        body.push(`  return ${splat(o)};`);
      } else fail(st, 'a @lanes rule is const declarations and one return');
    }
    const ret = rule.node.type?.getText();
    const what = ret === 'f64' ? 'two lanes' : ret === 'bool' ? 'a mask in two lanes' : 'bits in two i64 lanes';
    return [
      `/** ${rule.name}() (${basename(rule.file)}), ${what}. */`,
      `export function ${rule.name}Lanes(${params.join(', ')}): v128 {`,
      ...body,
      '}',
      '',
    ].join('\n');
  }

  const functions = rules.map(emit);
  const head = [
    '// Generated by scripts/kernel-lanes.ts from the rules marked @lanes (npm run wasm): do not edit.',
    '// Two customers at a time, each lane doing exactly the operations of the one-customer rule;',
    '// only the WebAssembly build calls these (its pair paths).',
    ...[...imports].map(([file, names]) => `import { ${[...names].sort().join(', ')} } from '${file}';`),
    '',
  ];
  return [...head, ...functions].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('kernel-lanes.mjs')) {
  const text = lanesText();
  if (process.argv.includes('--check')) {
    if (readFileSync(LANES_FILE, 'utf8') !== text) {
      console.error(`${LANES_FILE} is stale: run npm run wasm`);
      process.exit(1);
    }
    console.log(`${LANES_FILE} is current`);
  } else {
    writeFileSync(LANES_FILE, text);
    console.log(`wrote ${LANES_FILE}`);
  }
}
