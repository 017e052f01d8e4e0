import { definePipeline } from '../src/schedule/pipeline-definition.js';
import { stages } from '../src/schedule/stage-catalog.js';

/** Monthly information sharing between the two offices. */
export default definePipeline({
  name: 'info-share',
  description: '信息共享（每月）：关联两部门案件并生成共享登记表',
  periodic: true,
  schedule: { cron: '0 9 1 * *', workingDaysOnly: false, description: '每月 1 日 9:00' },
  stages: [stages.resolve, stages.route, stages.share],
});
