import { describe, expect, it } from 'vitest';
import {
  AcceptInviteRequestSchema,
  lineText,
  longText,
  ProjectFieldsSchema,
  RiskFieldsSchema,
  stripDeceptiveText,
  titleText,
} from '../../../shared';

const override = '\u202E';
const loneHigh = '\uD83D';
const loneLow = '\uDE00';

describe('text that lies about itself', () => {
  it('drops bidi overrides, embeddings and isolates, NUL and other control characters, and lone surrogates', () => {
    expect(stripDeceptiveText(`adm${override}nimo`)).toBe('admnimo');
    expect(stripDeceptiveText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i')).toBe('abcdefghi');
    expect(stripDeceptiveText('nul\u0000bell\u0007esc\u001Bdel\u007Fc1\u0085end')).toBe('nulbellescdelc1end');
    expect(stripDeceptiveText(`x${loneHigh}y${loneLow}z`)).toBe('xyz');
  });

  it('keeps what real text needs: emoji (whole surrogate pairs), accents, right-to-left marks, line breaks and tabs', () => {
    const text = 'Risque: données perdues 😀\nשלום\u200F\tمرحبا\u061C';
    expect(stripDeceptiveText(text)).toBe(text);
  });

  it('makes titles one trimmed line and refuses one left empty', () => {
    expect(titleText(50).parse(`  Supplier\nlate${override} `)).toBe('Supplier late');
    expect(titleText(50).safeParse(`${override}\u0000 `).success).toBe(false);
    expect(lineText(50).parse('')).toBe('');
  });

  it('keeps the line breaks of long text', () => {
    expect(longText().parse(`Cause:\n\tvendor${override}`)).toBe('Cause:\n\tvendor');
  });

  it('holds in the entity and directory schemas the Worker validates with', () => {
    const risk = RiskFieldsSchema.parse({
      projectId: crypto.randomUUID(),
      title: `adm${override}nimo`,
      probability: 3,
      impact: 3,
      owner: { name: `Dana${loneHigh}` },
      source: { pageTitle: `Page${override}`, quote: `quoted\u0000 text` },
      description: `line 1\nline 2${override}`,
    });
    expect(risk).toMatchObject({
      title: 'admnimo',
      owner: { name: 'Dana' },
      source: { pageTitle: 'Page', quote: 'quoted text' },
      description: 'line 1\nline 2',
    });
    expect(ProjectFieldsSchema.parse({ code: 'CRM', name: `CRM${override}` }).name).toBe('CRM');
    expect(
      AcceptInviteRequestSchema.parse({ code: 'abc', name: `Eve${override}`, email: 'eve@acme.example' }).name,
    ).toBe('Eve');
  });
});
