import { expect } from 'vitest';
import {
  type AppError,
  AppErrorSchema,
  en,
  formatMessageRef,
  fr,
  type MessageKey,
  type MessageRef,
  type ParamValue,
} from '../../../shared';

const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))];

const isRef = (value: ParamValue): value is MessageRef => typeof value === 'object' && 'key' in value;

/** The messages a param holds, through lists and nested messages. */
function refsIn(value: ParamValue): MessageRef[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  return typeof value === 'object' && isRef(value as ParamValue) ? [value as MessageRef] : [];
}

/** Every message a reference uses, itself and the nested ones. */
export function refsOf(ref: MessageRef): MessageRef[] {
  return [ref, ...Object.values(ref.params).flatMap(refsIn).flatMap(refsOf)];
}

/** Every key a reference uses, nested ones included. */
export const keysOf = (ref: MessageRef): MessageKey[] => refsOf(ref).map((each) => each.key);

/**
 * What is wrong with a reference, nested ones included: a key missing from either catalog, a
 * placeholder without a param, a param no placeholder uses.
 */
export function problemsOf(ref: MessageRef): string[] {
  return refsOf(ref).flatMap(({ key, params }) => {
    if (!Object.hasOwn(en, key) || !Object.hasOwn(fr, key)) return [`${key}: not in both catalogs`];
    const placeholders = placeholdersOf(en[key]);
    return [
      ...placeholders.filter((name) => !Object.hasOwn(params, name)).map((name) => `${key}: no param for {${name}}`),
      ...Object.keys(params)
        .filter((name) => !placeholders.includes(name))
        .map((name) => `${key}: param ${name} fits no placeholder`),
    ];
  });
}

/**
 * Asserts that a refusal can be shown in either language: its `ref` names catalog messages with
 * every placeholder filled, reads in English exactly as its `message`, and survives the JSON trip
 * the push results and pulls make.
 */
export function expectReadableRefusal(error: AppError): MessageRef {
  const { ref } = error;
  if (!ref) throw new Error(`${error.code} "${error.message}" has no message reference`);
  expect(problemsOf(ref), error.message).toEqual([]);
  expect(formatMessageRef('en', ref)).toBe(error.message);
  expect(formatMessageRef('fr', ref)).not.toMatch(/\{\w+\}/);
  expect(AppErrorSchema.parse(JSON.parse(JSON.stringify(error)))).toEqual(error);
  return ref;
}
