import { definePipeline } from '../src/schedule/pipeline-definition.js';
import { stages } from '../src/schedule/stage-catalog.js';

/** Complaints and wage leads as they arrive, every working day. */
export default definePipeline({
  name: 'lead-intake',
  description: '线索受理（每个工作日）：导入投诉举报和欠薪线索，识别归并，关联移送',
  periodic: false,
  schedule: { cron: '0 7 * * *', workingDaysOnly: true, description: '每个工作日 7:00（节假日不运行，调休上班日运行）' },
  stages: [stages.ingestComplaints, stages.ingestWageLeads, stages.extract, stages.resolve, stages.route],
});
