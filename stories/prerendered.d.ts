/** Written by .storybook/main.ts while Storybook builds: tip-widgets/ssr's real output. */
declare module 'virtual:tip-prerendered' {
  /** The examples as a fragment, for a page whose script takes them over. */
  export const fragment: string;
  /** The same as a whole page, for a frame without scripts. */
  export const page: string;
}
