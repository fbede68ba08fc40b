import { z } from 'zod';
import { issueKeyPattern } from '../jira/jira-keys';
import { IdSchema, IsoDateSchema, lineText, MoneySchema, RecordMetaSchema } from './common';

/** A month, written as its first day (`2026-03-01`): the period costs are booked in. */
export const CostPeriodSchema = IsoDateSchema.refine((day) => day.endsWith('-01'), {
  message: 'must be the first day of a month (YYYY-MM-01)',
});

/** Where an amount came from: typed in, a CSV file, or Jira worklogs × the person's hourly rate. */
export const CostSourceSchema = z.enum(['manual', 'csv', 'jira']);
export type CostSource = z.infer<typeof CostSourceSchema>;

/**
 * `actual`: money spent in the month (AC). `planned`: the budget time-phased by month (PV), for a
 * project whose plan items carry no planned value (docs/domain.md "Earned value").
 */
export const CostKindSchema = z.enum(['actual', 'planned']);
export type CostKind = z.infer<typeof CostKindSchema>;

/** A Jira issue key such as `PAY-42`, upper-cased as the PMO stores it. */
const IssueKeySchema = z
  .string()
  .trim()
  .transform((key) => key.toUpperCase())
  .pipe(z.string().regex(issueKeyPattern, 'must be a Jira issue key such as PAY-42'));

/** docs/domain.md "Cost entry": one amount of a project in one month. */
export const CostEntryFieldsSchema = z.object({
  projectId: IdSchema,
  kind: CostKindSchema.default('actual'),
  period: CostPeriodSchema,
  amount: MoneySchema.max(1e12, 'must be at most 1,000,000,000,000'),
  source: CostSourceSchema.default('manual'),
  /** The person the amount is for (a Jira import writes one entry per person and month). */
  personId: IdSchema.optional(),
  /** Hours behind the amount (worklogs), when it was computed from time. */
  hours: z.number().finite().min(0).max(100_000).optional(),
  note: lineText(500).optional(),
  /** For a Jira import: the issues whose worklogs make up the hours. */
  issueKeys: z.array(IssueKeySchema).max(2000).optional(),
});
export type CostEntryFields = z.infer<typeof CostEntryFieldsSchema>;

export const CostEntrySchema = RecordMetaSchema.extend(CostEntryFieldsSchema.shape).refine(
  (entry) => entry.kind === 'actual' || entry.source !== 'jira',
  { path: ['kind'], message: 'worklogs are actual cost, never planned' },
);
export type CostEntry = z.infer<typeof CostEntrySchema>;
