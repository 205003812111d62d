/**
 * Popular CSS resets as a page would include them, quoted from their published versions: they
 * reach every element of the page, our widgets' hosts included.
 */
export const HOST_RESETS: Record<string, string> = {
  // Eric Meyer, Reset CSS v2.0 (public domain).
  'Meyer reset 2.0': `
    html, body, div, span, applet, object, iframe, h1, h2, h3, h4, h5, h6, p, blockquote, pre, a, abbr, acronym, address,
    big, cite, code, del, dfn, em, img, ins, kbd, q, s, samp, small, strike, strong, sub, sup, tt, var, b, u, i, center,
    dl, dt, dd, ol, ul, li, fieldset, form, label, legend, table, caption, tbody, tfoot, thead, tr, th, td, article, aside,
    canvas, details, embed, figure, figcaption, footer, header, hgroup, menu, nav, output, ruby, section, summary, time,
    mark, audio, video { margin: 0; padding: 0; border: 0; font-size: 100%; font: inherit; vertical-align: baseline; }
    article, aside, details, figcaption, figure, footer, header, hgroup, menu, nav, section { display: block; }
    body { line-height: 1; }
    ol, ul { list-style: none; }
    blockquote, q { quotes: none; }
    blockquote:before, blockquote:after, q:before, q:after { content: ''; content: none; }
    table { border-collapse: collapse; border-spacing: 0; }`,
  // Josh W. Comeau, "A Modern CSS Reset".
  'Josh Comeau reset': `
    *, *::before, *::after { box-sizing: border-box; }
    * { margin: 0; }
    body { line-height: 1.5; -webkit-font-smoothing: antialiased; }
    img, picture, video, canvas, svg { display: block; max-width: 100%; }
    input, button, textarea, select { font: inherit; }
    p, h1, h2, h3, h4, h5, h6 { overflow-wrap: break-word; }
    p { text-wrap: pretty; }
    h1, h2, h3, h4, h5, h6 { text-wrap: balance; }
    #root, #__next { isolation: isolate; }`,
  // Andy Bell, "A (more) Modern CSS Reset".
  'Andy Bell reset': `
    *, *::before, *::after { box-sizing: border-box; }
    html { -moz-text-size-adjust: none; -webkit-text-size-adjust: none; text-size-adjust: none; }
    body, h1, h2, h3, h4, p, figure, blockquote, dl, dd { margin-block-end: 0; }
    ul[role='list'], ol[role='list'] { list-style: none; }
    body { min-height: 100vh; line-height: 1.5; }
    h1, h2, h3, h4, button, input, label { line-height: 1.1; }
    h1, h2, h3, h4 { text-wrap: balance; }
    a:not([class]) { text-decoration-skip-ink: auto; color: currentColor; }
    img, picture { max-width: 100%; display: block; }
    input, button, textarea, select { font-family: inherit; font-size: inherit; }
    textarea:not([rows]) { min-height: 10em; }
    :target { scroll-margin-block: 5ex; }`,
  // Elad Shechter, "The New CSS Reset" v1.11: every property of every element unset.
  'The New CSS Reset': `
    *:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }
    *, *::before, *::after { box-sizing: border-box; }
    a, button { cursor: revert; }
    ol, ul, menu, summary { list-style: none; }
    img { max-inline-size: 100%; max-block-size: 100%; }
    table { border-collapse: collapse; }
    input, textarea { -webkit-user-select: auto; }
    textarea { white-space: revert; }
    meter { -webkit-appearance: revert; appearance: revert; }
    :where(pre) { all: revert; box-sizing: border-box; }
    ::placeholder { color: unset; }
    :where([hidden]) { display: none; }
    :where([contenteditable]:not([contenteditable="false"])) { -moz-user-modify: read-write; -webkit-user-modify: read-write; overflow-wrap: break-word; -webkit-line-break: after-white-space; -webkit-user-select: auto; }
    :where([draggable="true"]) { -webkit-user-drag: element; }
    :where(dialog:modal) { all: revert; box-sizing: border-box; }
    ::-webkit-details-marker { display: none; }`,
  // What careless site CSS does: every element's box, colours and motion, with !important.
  'Aggressive universal rules': `
    * { margin: 0 !important; padding: 0 !important; border: 0 !important; box-sizing: content-box !important;
        line-height: 1 !important; color: red !important; background: yellow !important; transition: all 5s !important;
        vertical-align: top !important; text-align: center !important; letter-spacing: 2px !important; }
    *::before, *::after { content: 'X' !important; }`,
};
