/**
 * Writes public/plan.schema.json, the JSON Schema of the plan document, from the same definition the
 * parser walks (src/core/plan/plan-schema.ts). Run it after changing PLAN_SPEC: `npm run schema`.
 * A unit test (src/core/plan/plan-json-schema.test.ts) fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchemaText } from '../src/core/plan/plan-json-schema.ts';

const target = fileURLToPath(new URL('../public/plan.schema.json', import.meta.url));
writeFileSync(target, planJsonSchemaText());
console.log(`wrote ${target}`);
