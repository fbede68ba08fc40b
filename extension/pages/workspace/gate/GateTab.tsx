import type { TabProps } from '../tab-props';

/** Placeholder until the tab is built. */
export function GateTab(_props: TabProps) {
  return <p class="empty-state">…</p>;
}
