/**
 * Script-injection payloads from the well-known cheat sheets (OWASP's XSS Filter Evasion Cheat Sheet,
 * PortSwigger's XSS cheat sheet, mXSS and template-injection write-ups), each rewritten to call the
 * sentinel `__xss()` instead of `alert(1)`: treated as HTML, a URL or a template, any one of them runs
 * it. Rendered as text, none may.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Script elements
  '<script>__xss()</script>',
  '"><script>__xss()</script>',
  "'><script>__xss()</script>",
  '</script><script>__xss()</script>',
  '<SCRIPT SRC=data:text/javascript,__xss()></SCRIPT>',
  '<scr<script>ipt>__xss()</scr</script>ipt>',
  '<script\x20type="text/javascript">__xss();</script>',
  '<<SCRIPT>__xss();//\\<</SCRIPT>',
  // Event-handler attributes
  '<img src=x onerror=__xss()>',
  '<IMG SRC=# onmouseover="__xss()">',
  '<img src="x:x" onerror="__xss()" />',
  '<body onload=__xss()>',
  '<input autofocus onfocus=__xss()>',
  '<details open ontoggle=__xss()>',
  '<video><source onerror="__xss()"></video>',
  '<audio src=x onerror=__xss()>',
  '<iframe onload=__xss()></iframe>',
  '<marquee onstart=__xss()>x</marquee>',
  '<div style="position:fixed;inset:0" onmouseover="__xss()">x</div>',
  '<style onload=__xss()></style>',
  // Attribute breaking
  '" onmouseover="__xss()" x="',
  "' onfocus='__xss()' autofocus='",
  '" autofocus onfocus=__xss() x="',
  '`><img src=x onerror=__xss()>',
  '</textarea><img src=x onerror=__xss()>',
  '</title><img src=x onerror=__xss()>',
  '--><img src=x onerror=__xss()>',
  '<!--<img src="--><img src=x onerror=__xss()//">',
  // URLs
  'javascript:__xss()',
  'JaVaScRiPt:__xss()',
  ' javascript:__xss()',
  'java\tscript:__xss()',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss()',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoKTwvc2NyaXB0Pg==',
  'vbscript:__xss()',
  '<a href="javascript:__xss()">click</a>',
  '<iframe src="javascript:__xss()"></iframe>',
  '<object data="javascript:__xss()"></object>',
  '<embed src="javascript:__xss()">',
  '<form><button formaction="javascript:__xss()">x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss()">',
  '<base href="javascript:__xss()//">',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  // SVG and MathML
  '<svg onload=__xss()>',
  '<svg><script>__xss()</script></svg>',
  '<svg><animate onbegin=__xss() attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss()"><text x="20" y="20">x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  // Template literals and template engines
  '${__xss()}',
  '`${__xss()}`',
  '{{__xss()}}',
  "{{constructor.constructor('__xss()')()}}",
  '#{__xss()}',
  '<%= __xss() %>',
  // Lit's own markers, as text
  '<?lit$1234$>',
  '<!--?lit$1234$-->',
  'lit$1234$',
  // Encodings
  '%3Cscript%3E__xss()%3C/script%3E',
  '\\u003cscript\\u003e__xss()\\u003c/script\\u003e',
  '&lt;script&gt;__xss()&lt;/script&gt;',
];
