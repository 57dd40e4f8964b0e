import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateApiTypes, webApiTypesPath } from '../src/openapi.ts';

mkdirSync(path.dirname(webApiTypesPath), { recursive: true });
writeFileSync(webApiTypesPath, await generateApiTypes());
console.log(`wrote ${path.relative(process.cwd(), webApiTypesPath)}`);
