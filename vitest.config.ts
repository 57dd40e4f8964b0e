import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/server', 'packages/web'],
    // Two cores: more workers only add memory and start-up.
    maxWorkers: 2,
  },
});
