// Types the elements in JSX: React 19, Preact, Solid.
import type {} from 'tip-widgets/jsx';
