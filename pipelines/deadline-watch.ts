import { definePipeline } from '../src/schedule/pipeline-definition.js';
import { stages } from '../src/schedule/stage-catalog.js';

/** The daily 督办 list of overdue transfers. */
export default definePipeline({
  name: 'deadline-watch',
  description: '时限督办（每个工作日）：列出逾期未办结的移送',
  periodic: false,
  schedule: { cron: '0 8 * * *', workingDaysOnly: true, description: '每个工作日 8:00' },
  stages: [stages.deadlineWatch],
});
