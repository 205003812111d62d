// The demo page's own switches: the page's colour scheme and brand, passed on to every widget.
import { WIDGET_TAGS } from '../shared/widget-tags.ts';

const root = document.documentElement;
const dark = document.querySelector<HTMLInputElement>('#dark')!;
const brand = document.querySelector<HTMLInputElement>('#brand')!;
const widgetTags = WIDGET_TAGS.join(', ');

function applyScheme() {
  root.classList.toggle('dark', dark.checked);
  for (const widget of document.querySelectorAll(widgetTags)) widget.setAttribute('theme', dark.checked ? 'dark' : 'light');
}

dark.checked = matchMedia('(prefers-color-scheme: dark)').matches;
applyScheme();
dark.addEventListener('change', applyScheme);
brand.addEventListener('change', () => root.classList.toggle('brand', brand.checked));
