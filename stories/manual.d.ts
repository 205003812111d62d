declare module 'virtual:tip-manual' {
  /** Each page of stories/manual/ by file name, its generated blocks filled in (.storybook/main.ts). */
  const pages: Record<string, string>;
  export default pages;
}
