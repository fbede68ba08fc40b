import { fail, ok, type Result } from '../../result';
import { analyzeCriticalPath, type CpmLink, type CriticalPathAnalysis } from './critical-path';

/** Optimistic, most likely and pessimistic durations of one activity, in working days. */
export interface ThreePointEstimate {
  optimistic: number;
  mostLikely: number;
  pessimistic: number;
}

/** Mean and spread of a duration (an activity's, or a path's sum). */
export interface DurationDistribution {
  mean: number;
  variance: number;
  standardDeviation: number;
}

/** Codes of the errors the PERT functions return. */
export const pertErrorCodes = { invalidEstimate: 'pert_invalid_estimate' } as const;

/**
 * PERT beta approximation (docs/domain.md "PERT"): mean (O + 4M + P) / 6, σ = (P − O) / 6.
 * Fails unless 0 ≤ O ≤ M ≤ P.
 */
export function estimatePert(estimate: ThreePointEstimate): Result<DurationDistribution> {
  const { optimistic, mostLikely, pessimistic } = estimate;
  const values = [optimistic, mostLikely, pessimistic];
  if (values.some((value) => !Number.isFinite(value)) || optimistic < 0) {
    return fail(pertErrorCodes.invalidEstimate, 'Estimates must be numbers of working days, zero or more.');
  }
  if (optimistic > mostLikely || mostLikely > pessimistic) {
    return fail(
      pertErrorCodes.invalidEstimate,
      `Expected optimistic ≤ most likely ≤ pessimistic, got ${optimistic}, ${mostLikely}, ${pessimistic}.`,
    );
  }
  const standardDeviation = (pessimistic - optimistic) / 6;
  return ok({
    mean: (optimistic + 4 * mostLikely + pessimistic) / 6,
    variance: standardDeviation * standardDeviation,
    standardDeviation,
  });
}

/** A path of independent activities: means add, variances add, σ is the root of the sum. */
export function combinePath(activities: readonly DurationDistribution[]): DurationDistribution {
  let mean = 0;
  let variance = 0;
  for (const activity of activities) {
    mean += activity.mean;
    variance += activity.variance;
  }
  return { mean, variance, standardDeviation: Math.sqrt(variance) };
}

// Abramowitz & Stegun 7.1.26: erfc(x) for x ≥ 0 with |error| ≤ 1.5e-7.
function complementaryErrorFunction(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const polynomial = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return polynomial * Math.exp(-x * x);
}

/** The error function erf(x), to within 1.5e-7 (Abramowitz & Stegun 7.1.26). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - complementaryErrorFunction(x) : complementaryErrorFunction(-x) - 1;
}

/** Standard normal cumulative probability Φ(z) = P(Z ≤ z). */
export function normalCdf(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  // Using erfc on each side keeps small tail probabilities accurate.
  return z < 0
    ? 0.5 * complementaryErrorFunction(-z / Math.SQRT2)
    : 1 - 0.5 * complementaryErrorFunction(z / Math.SQRT2);
}

/**
 * Probability that a duration with this distribution is at most `target` working days, reading
 * it as normal (central limit over the path): Φ((target − mean) / σ). With σ = 0 it is 1 when the
 * mean meets the target, else 0.
 */
export function probabilityOfFinishingBy(distribution: DurationDistribution, target: number): number {
  if (distribution.standardDeviation <= 0) return target >= distribution.mean ? 1 : 0;
  return normalCdf((target - distribution.mean) / distribution.standardDeviation);
}

/** An activity with three-point estimates and finish-to-start links. */
export interface PertTask {
  id: string;
  estimate: ThreePointEstimate;
  predecessors?: readonly CpmLink[];
  title?: string;
}

/** What {@link analyzePertNetwork} finds. */
export interface PertNetworkAnalysis {
  /** The critical path method run on the expected durations. */
  schedule: CriticalPathAnalysis;
  /** The critical path whose variance is largest (the cautious choice when several tie). */
  criticalPath: string[];
  /** Mean, variance and σ of the project duration along that path (lags add to the mean). */
  duration: DurationDistribution;
}

/**
 * Classic PERT: expected durations scheduled by the critical path method, then the project
 * duration's spread from the variances along the critical path.
 */
export function analyzePertNetwork(tasks: readonly PertTask[]): Result<PertNetworkAnalysis> {
  const distributions = new Map<string, DurationDistribution>();
  for (const task of tasks) {
    const estimated = estimatePert(task.estimate);
    if (!estimated.ok) {
      return fail(estimated.error.code, `${task.title ?? task.id}: ${estimated.error.message}`);
    }
    distributions.set(task.id, estimated.value);
  }
  const scheduled = analyzeCriticalPath(
    tasks.map((task) => ({
      id: task.id,
      title: task.title,
      durationDays: distributions.get(task.id)?.mean ?? 0,
      predecessors: task.predecessors,
    })),
  );
  if (!scheduled.ok) return scheduled;

  const schedule = scheduled.value;
  let criticalPath: string[] = [];
  let duration: DurationDistribution = { mean: schedule.projectDuration, variance: 0, standardDeviation: 0 };
  for (const path of schedule.criticalPaths) {
    const combined = combinePath(
      path.map((id) => distributions.get(id) ?? { mean: 0, variance: 0, standardDeviation: 0 }),
    );
    if (criticalPath.length === 0 || combined.variance > duration.variance) {
      criticalPath = path;
      // The schedule's duration already counts lags along the path.
      duration = { ...combined, mean: schedule.projectDuration };
    }
  }
  return ok({ schedule, criticalPath, duration });
}
