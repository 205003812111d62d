/** Whether the reader asked for no motion; checked when motion would start, so a change applies next time. */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
