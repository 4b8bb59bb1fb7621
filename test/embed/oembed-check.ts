/**
 * Checks for oEmbed responses, written from the specification (https://oembed.com/, §2.3.4) and from what WordPress
 * does with a response of an unknown provider (wp-includes/embed.php, wp_filter_oembed_result): it keeps only
 * `<iframe>` with src, width, height, frameborder, marginwidth, marginheight, scrolling and title, requires the
 * `<iframe …></iframe>` to be there, and adds its own sandbox="allow-scripts".
 */

const URL_FIELDS = ['provider_url', 'author_url', 'thumbnail_url'];
const KNOWN = ['type', 'version', 'title', 'author_name', 'author_url', 'provider_name', 'provider_url', 'cache_age', 'thumbnail_url', 'thumbnail_width', 'thumbnail_height', 'html', 'width', 'height'];
const WORDPRESS_IFRAME_ATTRIBUTES = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];

const positiveInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Problems of a "rich" oEmbed response; [] when it is valid. */
export function validateOembed(json: unknown): string[] {
  const problems: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) return ['not a JSON object'];
  const r = json as Record<string, unknown>;
  if (r.version !== '1.0') problems.push('version must be "1.0"');
  if (r.type !== 'rich') problems.push('type must be "rich"');
  if (typeof r.html !== 'string' || !r.html) problems.push('html is required for type rich');
  if (!positiveInteger(r.width)) problems.push('width must be a positive integer (pixels)');
  if (!positiveInteger(r.height)) problems.push('height must be a positive integer (pixels)');
  for (const key of Object.keys(r)) if (!KNOWN.includes(key)) problems.push(`unknown field ${key}`);
  for (const key of ['title', 'author_name', 'provider_name']) if (key in r && typeof r[key] !== 'string') problems.push(`${key} must be a string`);
  for (const key of URL_FIELDS) {
    if (!(key in r)) continue;
    try {
      const url = new URL(String(r[key]));
      if (!/^https?:$/.test(url.protocol)) problems.push(`${key} must be http(s)`);
    } catch {
      problems.push(`${key} must be an absolute URL`);
    }
  }
  const thumbnails = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in r).length;
  if (thumbnails !== 0 && thumbnails !== 3) problems.push('thumbnail_url, thumbnail_width and thumbnail_height go together');
  if ('cache_age' in r && !(typeof r.cache_age === 'number' && r.cache_age >= 0)) problems.push('cache_age must be a number of seconds');
  if (typeof r.html === 'string') {
    const doc = new DOMParser().parseFromString(`<body>${r.html}</body>`, 'text/html');
    const elements = Array.from(doc.body.querySelectorAll('*'));
    if (elements.length !== 1 || elements[0].localName !== 'iframe') problems.push('html must be one <iframe>');
    else if (Number(elements[0].getAttribute('height')) !== r.height) problems.push('the iframe height must equal the response height');
  }
  return problems;
}

/** The iframe attributes WordPress keeps from an unknown provider's html (null: WordPress drops the embed). */
export function wordpressKeeps(html: string): Record<string, string> | null {
  if (!/<iframe[^>]*?><\/iframe>/.test(html)) return null;
  const iframe = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').querySelector('iframe');
  if (!iframe) return null;
  const kept: Record<string, string> = {};
  for (const attribute of Array.from(iframe.attributes)) if (WORDPRESS_IFRAME_ATTRIBUTES.includes(attribute.name)) kept[attribute.name] = attribute.value;
  return kept;
}
