import { i18n } from '#i18n';
import type { DashboardProject } from '../../../shared/analytics/portfolio/dashboard-types';
import { reportedLightOf } from '../../../shared/analytics/portfolio/portfolio-dashboard';
import { formatMessage, type Language } from '../../../shared/i18n/format-message';
import type { RagDimension } from '../../../shared/schemas/status-report';
import { describeDimension, describeMove, rememberText } from './dashboard-labels';
import type { GridProject } from './snapshot/dashboard-snapshot';

type Light = 'green' | 'amber' | 'red' | 'unknown' | 'none';

/** Shape and letter of a light, so neither colour nor shape alone carries it. */
const marks: Record<Light, { shape: string; letter: string }> = {
  green: { shape: '●', letter: 'G' },
  amber: { shape: '▲', letter: 'A' },
  red: { shape: '■', letter: 'R' },
  unknown: { shape: '○', letter: '?' },
  none: { shape: '–', letter: '' },
};

/** A light drawn as a small chip: shape, letter and colour (chips.css). */
export function LightMark({ light, kind }: { light: Light; kind: 'suggested' | 'reported' }) {
  return renderLightMark(light, kind);
}

/**
 * LightMark as a plain call, for the portfolio grid: 200 rows × 7 cells × 2 lights drawn as component
 * instances cost Preact thousands of hook-less components per render (bench/dashboard, back to all rows).
 */
function renderLightMark(light: Light, kind: 'suggested' | 'reported') {
  const mark = marks[light];
  const chip = light === 'unknown' || light === 'none' ? 'none' : light;
  return (
    <span class={`light-mark light-mark--${kind} chip--${chip}`} aria-hidden="true">
      <span class="light-mark__shape">{mark.shape}</span>
      {mark.letter}
    </span>
  );
}

type Suggestion = GridProject['suggestedRag']['overall'];
const reasons = new WeakMap<Suggestion, string>();

/**
 * A suggestion's reason in words, once per suggestion: a filter change keeps the dashboard's
 * project objects (filterPortfolioDashboard never re-runs the analysis), so the grid redrawn after
 * it formats nothing again.
 */
function describeReason(suggestion: Suggestion, language: Language): string {
  let reason = reasons.get(suggestion);
  if (reason === undefined) {
    reason = formatMessage(language, suggestion.reason.key, suggestion.reason.params);
    reasons.set(suggestion, reason);
  }
  return reason;
}

interface RagCellProps {
  project: DashboardProject;
  dimension: RagDimension | 'overall';
  language: Language;
}

/**
 * One cell of the portfolio grid: the suggested light (from data) beside the PM's reported one, the
 * move of the reported light since the report before, and the suggestion's reason on hover and for
 * screen readers.
 */
export function RagCell({ project, dimension, language }: RagCellProps) {
  return renderRagCell(project, dimension, language);
}

/** RagCell as a plain call (no component instance per cell), for the portfolio grid's rows. */
export function renderRagCell(project: GridProject, dimension: RagDimension | 'overall', language: Language) {
  const suggestion =
    dimension === 'overall' ? project.suggestedRag.overall : project.suggestedRag.dimensions[dimension];
  const suggested: Light = suggestion.rag ?? 'unknown';
  // reportedLightOf reads only reportedRag and reportedDimensions, which a grid row keeps (snapshot/dashboard-snapshot.ts).
  const reported = reportedLightOf(project as DashboardProject, dimension);
  const move = describeMove(project.ragMoves[dimension]);
  const reason = describeReason(suggestion, language);
  const summary = rememberText(`cell:${dimension}:${suggested}:${reported}`, () =>
    i18n.t('dashboard.grid.cellSummary', [
      describeDimension(dimension),
      i18n.t(`dashboard.rag.${suggested}`),
      reported === 'none' ? i18n.t('dashboard.rag.notReported') : i18n.t(`dashboard.rag.${reported}`),
    ]),
  );
  return (
    <td
      key={dimension}
      class={`rag-cell${dimension === 'overall' ? ' rag-cell--overall' : ''}`}
      data-testid={`rag-cell-${project.code}-${dimension}`}
      data-suggested={suggested}
      data-reported={reported}
      title={`${summary}\n${reason}${move ? `\n${move.text}` : ''}`}
    >
      <span class="rag-cell__pair">
        {renderLightMark(suggested, 'suggested')}
        {renderLightMark(reported, 'reported')}
        {move ? (
          <span class={`rag-cell__move rag-cell__move--${project.ragMoves[dimension]}`} aria-hidden="true">
            {move.arrow}
          </span>
        ) : null}
      </span>
      <span class="visually-hidden">{`${summary}. ${reason}${move ? `. ${move.text}` : ''}`}</span>
    </td>
  );
}
