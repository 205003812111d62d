// The elements' JSX types (React 19, Preact, Solid...): one line, as the README says.
import type {} from 'tip-widgets/jsx';
