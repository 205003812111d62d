/**
 * The pages the pictures are taken of: each widget alone on a plain page, with the built script-tag bundle, the
 * font pinned to one `.ci/run` installs (DejaVu Sans, which has Latin and Arabic), in a scheme and a direction. The
 * screenshot baselines (test/node/pictures.test.ts), the accessibility snapshots and the contact sheets
 * (`npm run contact-sheet`) all draw these.
 */
import { WIDGET_TAGS, type WidgetTag } from '../../src/shared/widget-tags.ts';

export type Theme = 'light' | 'dark';

/** Each widget as the pictures show it: short enough to look at on a phone's width (a few years, one meeting). */
export const PICTURED: Record<WidgetTag, string> = {
  'tip-stat-card': '<tip-stat-card stat="defendants-charged"></tip-stat-card>',
  'task-force-timeline': '<task-force-timeline from="2012" to="2016"></task-force-timeline>',
  'agency-accomplishments': '<agency-accomplishments meeting="annual-meeting-2016"></agency-accomplishments>',
  'recommendation-list': '<recommendation-list topic="forced-labor"></recommendation-list>',
};

export interface PictureState {
  /** The baseline's file name, without `.png`. */
  name: string;
  markup: string;
  width: number;
  theme: Theme;
  arabic: boolean;
}

/** A dataset address the picture tools never answer (held by request interception): a `<tip-dataset>` loading. */
export const PENDING_PATH = '/pending/dataset.json';

export const PHONE = 360;
export const DESKTOP = 1280;

/** About twenty chosen states: each widget light, dark and Arabic at a phone's and a desktop's width; an error; loading. */
export const PICTURE_STATES: PictureState[] = [
  ...WIDGET_TAGS.flatMap((tag) =>
    [PHONE, DESKTOP].flatMap((width) =>
      (
        [
          ['light', false],
          ['dark', false],
          ['light', true],
        ] as const
      ).map(([theme, arabic]) => ({ name: `${tag}-${width}-${arabic ? 'arabic' : theme}`, markup: PICTURED[tag], width, theme, arabic })),
    ),
  ),
  { name: 'error-360-light', markup: '<tip-stat-card stat="no-such-figure"></tip-stat-card>', width: PHONE, theme: 'light', arabic: false },
  { name: 'error-360-arabic', markup: '<tip-stat-card stat="no-such-figure"></tip-stat-card>', width: PHONE, theme: 'light', arabic: true },
  { name: 'loading-360-light', markup: `<tip-dataset src="${PENDING_PATH}">${PICTURED['tip-stat-card']}</tip-dataset>`, width: PHONE, theme: 'light', arabic: false },
];


/** A widget's page: the bundle (and the Arabic words), a scheme, a direction, the pinned font. */
export function picturePage(markup: string, { theme, arabic }: { theme: Theme; arabic: boolean }): string {
  return `<!doctype html>
<html lang="${arabic ? 'ar' : 'en'}" dir="${arabic ? 'rtl' : 'ltr'}" style="color-scheme: ${theme}">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <style>
    html { font-family: "DejaVu Sans", sans-serif; background: ${theme === 'dark' ? '#101418' : '#ffffff'}; }
    body { margin: 16px; }
  </style>
  ${arabic ? '<script type="module" src="/dist/cdn/lang/ar.js"></script>' : ''}
  <script type="module" src="/dist/cdn/dataset-checker.js"></script>
  <script type="module" src="/dist/cdn/tip-widgets.js"></script>
</head>
<body>${markup}</body>
</html>`;
}
