/**
 * Sample-data generator CLI: `npm run sample -- --rows N --seed S --out DIR [--period 2026-04]
 * [--kind all|survey|complaints|wage] [--format xlsx|csv|json]`. See sample-data/README.md.
 */
import { parseArgs, USAGE } from './generator/cli-args.js';
import { generateSample } from './generator/generate-sample.js';

const parsed = parseArgs(process.argv.slice(2));
if ('error' in parsed) {
  process.stderr.write(`${parsed.error}\n${USAGE}\n`);
  process.exit(2);
}
const started = performance.now();
const result = await generateSample(parsed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const f of result.files) {
  process.stdout.write(`${padWide(f.file, 64)} ${String(f.rows).padStart(9)} rows ${formatBytes(f.bytes).padStart(10)}\n`);
}
const rejected = [...result.problems.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`wrote ${result.files.length} files to ${parsed.out}: ${result.truthRows} data records (${rejected} deliberately bad) in ${seconds}s\n`);
for (const [problem, n] of [...result.problems].sort()) process.stdout.write(`  bad  ${problem.padEnd(40)} ${n}\n`);

/** Pads by display width: a CJK character takes two columns in a terminal. */
function padWide(s: string, width: number): string {
  const used = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, width - used));
}

function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
