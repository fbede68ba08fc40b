import type { z } from 'zod';
import { en } from './en';
import { formatMessageRef } from './format-message';
import { type MessageKey, type MessageRef, messageRef } from './message-ref';

type Issue = z.core.$ZodIssue;

/** The texts shared/schemas/ gives its own issues, each with the catalog message that says it. */
const schemaTexts: readonly [RegExp, (match: RegExpExecArray) => MessageRef][] = [
  [/^must be at most (\d+) characters$/, ([, max]) => messageRef('refusal.args.issue.atMostCharacters', { max })],
  [/^must not be empty$/, () => messageRef('refusal.args.issue.notEmpty', {})],
  [/^must not be negative$/, () => messageRef('refusal.args.issue.notNegative', {})],
  [
    /^must be a number from (\d+) to (\d+)$/,
    ([, min, max]) => messageRef('refusal.args.issue.numberBetween', { min, max }),
  ],
  [
    /^must be a whole number from (\d+) to (\d+)$/,
    ([, min, max]) => messageRef('refusal.args.issue.wholeNumberBetween', { min, max }),
  ],
  [/^must be from (\d+) to (\d+)$/, ([, min, max]) => messageRef('refusal.args.issue.between', { min, max })],
  [/^use letters, digits, "-" or "_"$/, () => messageRef('refusal.args.issue.codeCharacters', {})],
  [/^use an ISO 4217 code such as EUR$/, () => messageRef('refusal.args.issue.currencyCode', {})],
  [/^a methodology needs at least one phase$/, () => messageRef('refusal.args.issue.onePhase', {})],
  [/^phase ids must be unique$/, () => messageRef('refusal.args.issue.uniquePhaseIds', {})],
  [/^give hours per week or a percent of capacity$/, () => messageRef('refusal.args.issue.hoursOrPercent', {})],
  [/^must not be before "from"$/, () => messageRef('refusal.args.issue.notBeforeFrom', {})],
  [
    /^this response does not fit the risk kind \(threat or opportunity\)$/,
    () => messageRef('refusal.args.issue.responseFitsKind', {}),
  ],
  [/^the matrix needs one label per rating$/, () => messageRef('refusal.args.issue.labelPerRating', {})],
];

/** `term.<group>.<name>` when the catalog has it (a type or format zod names), else undefined. */
function termOf(group: 'valueType' | 'format', name: string): MessageRef | undefined {
  const key = `term.${group}.${name}`;
  return Object.hasOwn(en, key) ? { key: key as MessageKey, params: {} } : undefined;
}

/** What follows `prefix` in zod's text, when the text starts with it. */
const after = (text: string, prefix: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : undefined);

/**
 * The catalog message of one of zod's own English texts (zod 4's `en` locale), read from the issue's
 * fields. Only the common kinds are covered; bounds stay as zod prints them (no digit grouping).
 */
function readDefaultText(issue: Issue): MessageRef | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = termOf('valueType', issue.expected);
      const received = /, received (\w+)$/.exec(issue.message)?.[1];
      if (!expected || !received) return undefined;
      if (received === 'undefined') return messageRef('refusal.args.issue.missing', { expected });
      const receivedType = termOf('valueType', received === 'NaN' ? 'nan' : received);
      return receivedType && messageRef('refusal.args.issue.invalidType', { expected, received: receivedType });
    }
    case 'too_big': {
      if (issue.exact || issue.inclusive === false) return undefined;
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') return messageRef('refusal.args.issue.tooLong', { maximum });
      if (issue.origin === 'array') return messageRef('refusal.args.issue.tooManyItems', { maximum });
      return issue.origin === 'number' ? messageRef('refusal.args.issue.tooBig', { maximum }) : undefined;
    }
    case 'too_small': {
      if (issue.exact || issue.inclusive === false) return undefined;
      const minimum = String(issue.minimum);
      if (issue.origin === 'string')
        return minimum === '1'
          ? messageRef('refusal.args.issue.empty', {})
          : messageRef('refusal.args.issue.tooShort', { minimum });
      if (issue.origin === 'array')
        return minimum === '1'
          ? messageRef('refusal.args.issue.noItems', {})
          : messageRef('refusal.args.issue.tooFewItems', { minimum });
      return issue.origin === 'number' ? messageRef('refusal.args.issue.tooSmall', { minimum }) : undefined;
    }
    case 'invalid_format': {
      if (issue.format === 'regex') return messageRef('refusal.args.issue.pattern', { pattern: String(issue.pattern) });
      const format = termOf('format', issue.format);
      return format && messageRef('refusal.args.issue.invalidFormat', { format });
    }
    case 'invalid_value': {
      const value = after(issue.message, 'Invalid input: expected ');
      if (value !== undefined) return messageRef('refusal.args.issue.invalidValue', { value });
      const options = after(issue.message, 'Invalid option: expected one of ');
      return options === undefined ? undefined : messageRef('refusal.args.issue.invalidOption', { options });
    }
    case 'unrecognized_keys': {
      const keys = after(issue.message, issue.keys.length > 1 ? 'Unrecognized keys: ' : 'Unrecognized key: ');
      if (keys === undefined) return undefined;
      return issue.keys.length > 1
        ? messageRef('refusal.args.issue.unrecognizedKeys', { keys })
        : messageRef('refusal.args.issue.unrecognizedKey', { keys });
    }
    case 'invalid_union':
      return messageRef('refusal.args.issue.invalidInput', {});
    default:
      return undefined;
  }
}

/**
 * One issue as `path: text`, the text from the catalog when it is one we know. Each candidate is
 * kept only if its English is exactly zod's text, so a wording change upstream falls back to zod's
 * English inside a translated frame rather than to a wrong translation.
 */
function refOfIssue(issue: Issue): MessageRef {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : messageRef('refusal.args.root', {});
  const schemaText = schemaTexts.find(([pattern]) => pattern.test(issue.message));
  const known = schemaText
    ? schemaText[1](schemaText[0].exec(issue.message) as RegExpExecArray)
    : readDefaultText(issue);
  if (known && formatMessageRef('en', known) === issue.message)
    return messageRef('refusal.args.field', { path, issue: known });
  return messageRef('refusal.args.fieldInEnglish', { path, issue: issue.message });
}

/**
 * The issues of a zod error as one message, `path: text; path: text`: in English exactly
 * describeZodError (shared/result.ts), in French with the common kinds translated.
 */
export function refOfZodError(error: z.ZodError): MessageRef {
  const refs = error.issues.map(refOfIssue);
  if (refs.length === 0) return messageRef('refusal.args.issue.invalidInput', {});
  return refs.reduceRight((rest, first) => messageRef('refusal.args.issueList', { first, rest }));
}
