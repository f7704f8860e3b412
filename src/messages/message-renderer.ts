// Renders the French message texts of templates/messages/<name>.txt: "Objet: …" + blank line + body for emails, internal
// messages and tasks (subject = title); the body alone for SMS, whose text is then kept within the GSM-7 alphabet.
// Handlebars, strict: every variable a template reads must be given (see message-variables.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Handlebars from 'handlebars';
import { formatDays, formatDueIn, smsText } from './format';
import { MessageVariables, OPTIONAL_MESSAGE_VARIABLES } from './message-variables';
import { referencedVariables } from './template-analysis';

export interface RenderedMessage {
  subject?: string;
  text: string;
  html: string;
}

export class MissingMessageVariablesError extends Error {
  constructor(
    readonly template: string,
    readonly variables: string[],
  ) {
    super(`Message template "${template}" needs the variable(s) ${variables.join(', ')}`);
    this.name = 'MissingMessageVariablesError';
  }
}

export class UnknownMessageTemplateError extends Error {
  constructor(readonly template: string) {
    super(`Unknown message template "${template}"`);
    this.name = 'UnknownMessageTemplateError';
  }
}

interface CompiledMessage {
  subject?: HandlebarsTemplateDelegate;
  body: HandlebarsTemplateDelegate;
  variables: string[];
}

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9+-]*(\/[a-z0-9][a-z0-9+-]*)*$/;
const SUBJECT_LINE = /^Objet ?: ?(.*)$/;
const EXTENSION = '.txt';
const OPTIONAL = new Set<string>(OPTIONAL_MESSAGE_VARIABLES);

const handlebars = Handlebars.create();
handlebars.registerHelper('days', (days: number) => formatDays(Number(days)));
handlebars.registerHelper('dueIn', (daysUntilDue: number) => formatDueIn(Number(daysUntilDue)));
const HELPERS: ReadonlySet<string> = new Set(Object.keys(handlebars.helpers));

const cache = new Map<string, CompiledMessage>();

function templatePath(templatesDir: string, name: string): string {
  return join(resolve(templatesDir), `${name}${EXTENSION}`);
}

/** Sources are split into subject and body; both are parsed once, checked for the variables they read, compiled. */
function compileSource(source: string, name: string): CompiledMessage {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const subjectMatch = SUBJECT_LINE.exec(lines[0]);
  if (subjectMatch && lines[1]?.trim() !== '') {
    throw new Error(`Message template "${name}": the "Objet:" line must be followed by a blank line`);
  }
  const bodySource = (subjectMatch ? lines.slice(2) : lines).join('\n');
  const parts = {
    subject: subjectMatch ? handlebars.parse(subjectMatch[1]) : undefined,
    body: handlebars.parse(bodySource),
  };
  const subjectVariables = parts.subject ? referencedVariables(parts.subject, HELPERS) : [];
  const variables = new Set([...subjectVariables, ...referencedVariables(parts.body, HELPERS)]);
  const options = { strict: true, noEscape: true };
  return {
    subject: parts.subject && handlebars.compile(parts.subject, options),
    body: handlebars.compile(parts.body, options),
    variables: [...variables].sort(),
  };
}

function compiled(templatesDir: string, name: string): CompiledMessage {
  if (!TEMPLATE_NAME.test(name)) {
    throw new UnknownMessageTemplateError(name);
  }
  const path = templatePath(templatesDir, name);
  let message = cache.get(path);
  if (!message) {
    if (!existsSync(path)) {
      throw new UnknownMessageTemplateError(name);
    }
    message = compileSource(readFileSync(path, 'utf8'), name);
    cache.set(path, message);
  }
  return message;
}

/** Trailing spaces and runs of blank lines left by {{#if}} blocks are tidied away. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One <p> per blank-line-separated paragraph, line breaks kept as <br>. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

function withOptionalDefaults(variables: string[], vars: MessageVariables): MessageVariables {
  const context: MessageVariables = { ...vars };
  for (const name of variables) {
    if (OPTIONAL.has(name) && context[name] === undefined) {
      context[name] = null;
    }
  }
  return context;
}

export function renderMessage(templatesDir: string, name: string, vars: MessageVariables): RenderedMessage {
  const message = compiled(templatesDir, name);
  const missing = message.variables.filter((variable) => !OPTIONAL.has(variable) && (vars[variable] ?? null) === null);
  if (missing.length > 0) {
    throw new MissingMessageVariablesError(name, missing);
  }
  const context = withOptionalDefaults(message.variables, vars);
  const body = tidy(message.body(context));
  if (!message.subject) {
    const text = smsText(body);
    return { text, html: textToHtml(text) };
  }
  const subject = tidy(message.subject(context)).replace(/\s+/g, ' ');
  return { subject, text: body, html: textToHtml(body) };
}

/** The variables a template reads (optional ones included), e.g. for an admin preview form. */
export function templateVariables(templatesDir: string, name: string): string[] {
  return [...compiled(templatesDir, name).variables];
}

export function templateExists(templatesDir: string, name: string): boolean {
  return TEMPLATE_NAME.test(name) && existsSync(templatePath(templatesDir, name));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() && entry.name.endsWith(EXTENSION) ? [path] : [];
  });
}

/** Template names ("standard/d+15-email"), sorted. */
export function listTemplates(templatesDir: string): string[] {
  const root = resolve(templatesDir);
  return listFiles(root)
    .map((path) => relative(root, path).slice(0, -EXTENSION.length).split(sep).join('/'))
    .filter((name) => TEMPLATE_NAME.test(name))
    .sort();
}

/** Forget compiled templates (after templates are edited on disk). */
export function clearMessageTemplateCache(): void {
  cache.clear();
}
