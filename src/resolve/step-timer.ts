/** Marks the end of a step: the time since the previous mark is recorded under its name. */
export type StepTimer = (step: string) => void;

/** One step of a run: its wall-clock seconds, and the CPU seconds the process spent in it (all threads, DuckDB's included). */
export interface StepTime {
  readonly step: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/**
 * A timer for a run's steps, so a run can say where its time went. CPU seconds tell the work
 * apart from the waiting on a shared machine.
 * @example const { time, steps } = stepTimer(); time('records read'); steps //=> [{ step: 'records read', seconds: 0.001, cpuSeconds: 0.001 }]
 */
export function stepTimer(): { time: StepTimer; steps: StepTime[] } {
  const steps: StepTime[] = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return {
    steps,
    time(step) {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      steps.push({ step, seconds: (now - last) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
      last = now;
      lastCpu = process.cpuUsage();
    },
  };
}
