// The elements' types for Svelte's markup (svelte/elements): one line, as the README says.
import type {} from 'tip-widgets/svelte';
