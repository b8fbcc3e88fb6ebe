/** Every end-to-end file: a failing test prints what Boundaries saw in the open browsers (harness.ts). */
import { afterEach } from 'vitest';
import { takeTraces } from './harness';

afterEach(({ task }) => {
  const traces = takeTraces();
  if (task.result?.state !== 'fail') return;
  for (const lines of traces)
    if (lines.length) console.log(`What Boundaries saw (latest ${lines.length} lines):\n${lines.join('\n')}`);
});
