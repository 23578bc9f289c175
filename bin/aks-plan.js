#!/usr/bin/env node
// Command-line check over the planning core: `aks-plan check plan.json` (see README).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
