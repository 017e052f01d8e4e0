import deadlineWatch from './deadline-watch.js';
import infoShare from './info-share.js';
import leadIntake from './lead-intake.js';
import quarterlySweep from './quarterly-sweep.js';

/** Every pipeline, by name. */
export const PIPELINES = Object.fromEntries([quarterlySweep, leadIntake, deadlineWatch, infoShare].map((p) => [p.name, p]));
