import type { App } from '../../lib/app-types.ts';

/** Excel templates, imports with validation and progress, and exports; filled in by the imports work. */
export async function importsRoutes(_app: App) {}
