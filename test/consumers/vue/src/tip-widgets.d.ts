// Types the elements in Vue templates (GlobalComponents), for vue-tsc and Vue's editor tooling.
import type {} from 'tip-widgets/vue';
