import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from './server.ts';

/**
 * Starts one demo server for the current test file (before its tests, stopped after) and returns a
 * getter for it.
 */
export function useDemoServer(): () => RunningServer {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ demoData: true });
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('the demo server did not start');
    return server;
  };
}
