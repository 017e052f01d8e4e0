import { definePipeline } from '../src/schedule/pipeline-definition.js';
import { stages } from '../src/schedule/stage-catalog.js';

/** The April, September and December sweep: everything in, resolved, routed, reported. */
export default definePipeline({
  name: 'quarterly-sweep',
  description: '季度摸排（4、9、12月）：导入台账、投诉、欠薪线索，识别归并，关联移送，出报告',
  periodic: true,
  schedule: { cron: '0 2 25 4,9,12 *', workingDaysOnly: false, description: '每年 4、9、12 月 25 日 2:00' },
  stages: [
    stages.ingestSurveys, stages.ingestComplaints, stages.ingestWageLeads, stages.extract, stages.resolve, stages.route,
    stages.report, stages.reviewWorkbooks, stages.share, stages.deadlineWatch,
  ],
});
