import { defineConfig } from 'vitest/config';

// Every test runs in Asia/Shanghai: dates in workbooks and deadlines are local to the district.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
    setupFiles: ['test/helpers/setup.ts'],
  },
});
