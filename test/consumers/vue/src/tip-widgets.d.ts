// The elements' types for Vue's templates (GlobalComponents): one line, as the README says.
import type {} from 'tip-widgets/vue';
