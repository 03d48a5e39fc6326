// Compiles the ko/en messages into src/lib/paraglide (generated, not committed) with the same options
// as the Vite plugin, so svelte-check can type-check a fresh clone before any build ran.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../src/lib/i18n/paraglide-options.js';

await compile(paraglideOptions);
