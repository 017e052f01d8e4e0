/** Marks the end of a step: the time since the previous mark is recorded under its name. */
export type StepTimer = (step: string) => void;

/** One step of a run and the seconds it took. */
export interface StepTime {
  readonly step: string;
  readonly seconds: number;
}

/**
 * A timer for a run's steps, so a run can say where its time went.
 * @example const { time, steps } = stepTimer(); time('records read'); steps //=> [{ step: 'records read', seconds: 0.001 }]
 */
export function stepTimer(): { time: StepTimer; steps: StepTime[] } {
  const steps: StepTime[] = [];
  let last = performance.now();
  return {
    steps,
    time(step) {
      const now = performance.now();
      steps.push({ step, seconds: (now - last) / 1000 });
      last = now;
    },
  };
}
