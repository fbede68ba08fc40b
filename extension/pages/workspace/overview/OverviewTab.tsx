import type { TabProps } from '../tab-props';
import { FindingList } from './FindingList';
import './overview.css';
import { ProjectFacts } from './ProjectFacts';
import { RagSummary } from './RagSummary';
import { UpcomingMilestones } from './UpcomingMilestones';

/**
 * A project at a glance: its facts, the suggested light of every dimension beside the last reported
 * one, what the PMO's health rules found (with their coaching and a fix where one is obvious), and
 * the next milestones with how late they are.
 */
export function OverviewTab({ view, navigate, mayWrite }: TabProps) {
  return (
    <div class="overview">
      <RagSummary view={view} />
      <FindingList view={view} navigate={navigate} mayWrite={mayWrite} />
      <UpcomingMilestones view={view} />
      <ProjectFacts view={view} mayWrite={mayWrite} />
    </div>
  );
}
