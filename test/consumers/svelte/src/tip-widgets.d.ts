// Types the elements in Svelte markup (svelte/elements), for svelte-check and Svelte's editor tooling.
import type {} from 'tip-widgets/svelte';
