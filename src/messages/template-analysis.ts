// Static analysis of a message template: which variables it reads, so a missing one fails before anything is sent
// (Handlebars' strict mode alone does not check helper arguments such as {{#if mentionPenalties}}).
import type Handlebars from 'handlebars';

type Node = hbs.AST.Node;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** Block helpers allowed in message templates: they never change the context, so every path is a root variable. */
const CONDITIONAL_BLOCKS = new Set(['if', 'unless']);

export class UnsupportedTemplateSyntaxError extends Error {
  constructor(what: string, node: Node) {
    super(`${what} is not supported in message templates (line ${node.loc?.start.line ?? '?'})`);
    this.name = 'UnsupportedTemplateSyntaxError';
  }
}

function pathName(node: Node): string | undefined {
  return node.type === 'PathExpression' ? (node as hbs.AST.PathExpression).original : undefined;
}

function variableOf(path: hbs.AST.PathExpression, out: Set<string>): void {
  if (path.data) {
    throw new UnsupportedTemplateSyntaxError(`Data variable @${path.parts.join('.')}`, path);
  }
  if (path.depth > 0) {
    throw new UnsupportedTemplateSyntaxError(`Parent path ${path.original}`, path);
  }
  if (path.parts.length > 0) {
    out.add(path.parts[0]);
  }
}

function expression(node: Node, helpers: ReadonlySet<string>, out: Set<string>): void {
  if (node.type === 'PathExpression') {
    variableOf(node as hbs.AST.PathExpression, out);
  } else if (node.type === 'SubExpression') {
    call(node as hbs.AST.SubExpression, helpers, out);
  }
}

function call(node: Call, helpers: ReadonlySet<string>, out: Set<string>): void {
  const name = pathName(node.path);
  const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
  const isHelperCall = node.type === 'BlockStatement' || hasArguments || helpers.has(name ?? '');
  if (!isHelperCall) {
    return expression(node.path, helpers, out);
  }
  if (!name || !helpers.has(name)) {
    throw new UnsupportedTemplateSyntaxError(`Helper "${name ?? node.path.type}"`, node);
  }
  if (node.type === 'BlockStatement' && !CONDITIONAL_BLOCKS.has(name)) {
    throw new UnsupportedTemplateSyntaxError(`Block helper #${name}`, node);
  }
  node.params.forEach((param) => expression(param, helpers, out));
  node.hash?.pairs.forEach((pair) => expression(pair.value, helpers, out));
}

function statements(program: hbs.AST.Program | undefined, helpers: ReadonlySet<string>, out: Set<string>): void {
  for (const node of program?.body ?? []) {
    if (node.type === 'ContentStatement' || node.type === 'CommentStatement') {
      continue;
    }
    if (node.type === 'MustacheStatement') {
      call(node as hbs.AST.MustacheStatement, helpers, out);
    } else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      call(block, helpers, out);
      statements(block.program, helpers, out);
      statements(block.inverse, helpers, out);
    } else {
      throw new UnsupportedTemplateSyntaxError(node.type, node);
    }
  }
}

/** The root variables a parsed template reads, sorted; `helpers` are the names callable as helpers. */
export function referencedVariables(ast: ReturnType<typeof Handlebars.parse>, helpers: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  statements(ast, helpers, out);
  return [...out].sort();
}
