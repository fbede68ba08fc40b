import type { DateOrder } from '../../../shared/tabular/index';

/** Month first is an American habit; every other locale this extension speaks writes the day first. */
export function defaultDateOrder(uiLanguage: string): DateOrder {
  return /^en[-_]US$/i.test(uiLanguage) ? 'mdy' : 'dmy';
}
