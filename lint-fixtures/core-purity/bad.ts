// Linted by scripts/check-core-purity-rule.mjs as if it lived in src/core/.
// Every line marked `expect: RULE` must be reported with that rule; no other line may be reported by it.
// Not type-checked and not part of the normal lint run (see eslint.config.js ignores).
import { useState } from 'react'; // expect: no-restricted-imports
import { createRoot } from 'react-dom/client'; // expect: no-restricted-imports
import { jsx } from 'react/jsx-runtime'; // expect: no-restricted-imports
import { create } from 'zustand'; // expect: no-restricted-imports
import { persist } from 'zustand/middleware'; // expect: no-restricted-imports
import { LineChart } from 'recharts'; // expect: no-restricted-imports
import { App } from '../../app/app'; // expect: no-restricted-imports
import { usePlanStore } from '../state/plan-store'; // expect: no-restricted-imports
import type { FormProps } from '../../../features/plan-form/plan-form'; // expect: no-restricted-imports
import { NumberValue } from './../components/number-value'; // expect: no-restricted-imports
import { Results } from '@/features/results/results'; // expect: no-restricted-imports
import { store } from '~/state'; // expect: no-restricted-imports
import { Chart } from 'src/components/chart'; // expect: no-restricted-imports
export { Button } from '../../components/button'; // expect: no-restricted-imports

export async function lazyUi() {
  return import('recharts'); // expect: no-restricted-syntax
}

export function touchesTheBrowser() {
  const width = window.innerWidth; // expect: no-restricted-globals
  const title = document.title; // expect: no-restricted-globals
  const here = location.href; // expect: no-restricted-globals
  const saved = localStorage.getItem('plan'); // expect: no-restricted-globals
  const session = sessionStorage.getItem('plan'); // expect: no-restricted-globals
  const agent = navigator.userAgent; // expect: no-restricted-globals
  history.replaceState(null, '', '/'); // expect: no-restricted-globals
  void fetch('/plan.json'); // expect: no-restricted-globals
  const sneaky = globalThis.localStorage; // expect: no-restricted-properties
  return [
    useState,
    createRoot,
    jsx,
    create,
    persist,
    LineChart,
    App,
    usePlanStore,
    NumberValue,
    Results,
    store,
    Chart,
    width,
    title,
    here,
    saved,
    session,
    agent,
    sneaky,
  ] as const;
}

export type Unused = FormProps;
