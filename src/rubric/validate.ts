/** Schema validation for rubric and config files: ajv compiled once, errors with file:line:col. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { UserError, type UserErrorCode } from '../errors.js';
import type { YamlFile } from './yaml-file.js';

// ajv (~40 ms to load) validates only a user's rubric or a config file; a check with a shipped
// rubric never needs it, so it is loaded on first use.
const require = createRequire(import.meta.url);
type AjvClass = new (options: object) => { compile(schema: object): ValidateFunction };
const newAjv = (): InstanceType<AjvClass> => {
  const loaded = require('ajv/dist/2020.js') as { default?: AjvClass } & AjvClass;
  return new (loaded.default ?? loaded)({ allErrors: true, strict: false });
};
const compiled = new Map<string, ValidateFunction>();

/** Validates a parsed YAML file against a JSON schema file, throwing one clear UserError. */
export function validateAgainst(schemaUrl: URL, file: YamlFile, code: UserErrorCode, what: string): void {
  let validate = compiled.get(schemaUrl.href);
  if (!validate) {
    const ajv = newAjv();
    validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
    compiled.set(schemaUrl.href, validate);
  }
  if (validate(file.data)) return;
  const errors = mostSpecific(validate.errors ?? []);
  const lines = errors.slice(0, 5).map((e) => `${file.locate(pointerPath(e))}: ${describe(e)}`);
  const more = errors.length > 5 ? `\n  (and ${errors.length - 5} more)` : '';
  const hint = code === 'bad-rubric'
    ? 'rubric/schema.json in the policy-gap package describes every field; `policy-gap rubric validate FILE` checks a rubric'
    : 'rubric/config.schema.json in the policy-gap package describes every field; `policy-gap init` writes a commented example';
  throw new UserError(code, `invalid ${what}:\n  ${lines.join('\n  ')}${more}`, { cause: validate.errors, hint });
}

function pointerPath(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const extra = (error.params as { additionalProperty?: string; unevaluatedProperty?: string });
    parts.push(extra.additionalProperty ?? extra.unevaluatedProperty ?? '');
  }
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

// oneOf/anyOf failures produce one error per branch; keep the deepest, most useful ones.
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const useful = errors.filter((e) => !['oneOf', 'anyOf', 'allOf', 'if'].includes(e.keyword));
  // Where one branch of a oneOf had the right type, its error says more than the others' "must be string".
  // Likewise an error inside the value ("/all/0/1" too long) means the branch that fits its type was
  // found, so "/all/0 must be string" from another branch is noise.
  const specific = useful.filter((e) => e.keyword !== 'type' || !useful.some((o) => o !== e && o.keyword !== 'type' && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`))));
  const list = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject): string {
  const at = error.instancePath ? error.instancePath.split('/').pop() : 'the file';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required field "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(params.additionalProperty)}"`;
    case 'unevaluatedProperties':
      return `unknown field "${String(params.unevaluatedProperty)}"`;
    case 'type':
      return `"${at}" must be ${String(params.type)}`;
    case 'enum':
      return `"${at}" must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return `"${at}" does not have the expected form (${String(params.pattern)})`;
    case 'minItems':
      return `"${at}" must have at least ${String(params.limit)} item(s)`;
    default:
      return `"${at}" ${error.message ?? 'is invalid'}`;
  }
}
