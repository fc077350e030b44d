/**
 * cleaningRules: the named rules that drop site chrome from a raw article file.
 *
 * Each rule has a stable name (shown in the cleaning report and pinned by tests) and a reason
 * written for readers. Line rules look at one line alone; context rules (breadcrumb, outlet label,
 * repeated caption, what follows a comment form) need the whole file and are applied by
 * `parseArticle`, which owns the order. General rules come first; a per-article override lives in
 * the article metadata with its own reason.
 */

export type CleaningRuleName =
  | 'comment-form'
  | 'read-more'
  | 'site-chrome'
  | 'language-editions'
  | 'wire-signoff'
  | 'after-comment-form'
  | 'breadcrumb'
  | 'outlet-label'
  | 'repeated-caption'
  | 'separator-line';

export interface CleaningRule {
  name: CleaningRuleName;
  /** Why a line dropped by this rule is not part of the article. */
  reason: string;
}

export const cleaningRules: Readonly<Record<CleaningRuleName, CleaningRule>> = {
  'comment-form': {
    name: 'comment-form',
    reason: 'Comment form of the publishing site, not article text.',
  },
  'read-more': {
    name: 'read-more',
    reason: '“Read more” navigation link of the publishing site.',
  },
  'site-chrome': {
    name: 'site-chrome',
    reason: 'Navigation or layout text of the publishing site (for example a mobile-view switch).',
  },
  'language-editions': {
    name: 'language-editions',
    reason: 'Links to other language editions of the publishing site.',
  },
  'wire-signoff': {
    name: 'wire-signoff',
    reason: 'Wire-agency sign-off after the last paragraph; the agency is recorded in the provenance note.',
  },
  'after-comment-form': {
    name: 'after-comment-form',
    reason:
      'Follows the comment form, where the article has ended: page furniture such as a teaser for another article.',
  },
  breadcrumb: {
    name: 'breadcrumb',
    reason: 'Breadcrumb trail (site sections and a truncated copy of the headline) printed before the headline.',
  },
  'outlet-label': {
    name: 'outlet-label',
    reason: 'Bare agency or outlet label printed before the text; the source is recorded in the provenance note.',
  },
  'separator-line': {
    name: 'separator-line',
    reason: 'A line of dashes, stars or dots only: a visual separator (or front-matter fence), no text.',
  },
  'repeated-caption': {
    name: 'repeated-caption',
    reason:
      'Short line repeated through the text: an image caption or label from the page layout, not a subhead.',
  },
};

const commentForm: readonly RegExp[] = [
  /^leave a (reply|comment)$/i,
  /^post a comment$/i,
  /^(no|\d+) comments?:?$/i,
  /^your email address will not be published\b/i,
  /^click below to express your thoughts\b/i,
  /^(cancel reply|post comment|submit comment)$/i,
];

const readMore: readonly RegExp[] = [/^read more\b/i, /^continue reading\b/i];

const siteChrome: readonly RegExp[] = [
  /^exit mobile version$/i,
  /^skip to (main )?content$/i,
  /^advertisement$/i,
  /^share this( article)?:?$/i,
];

/** Endonyms that sites print as links to their other language editions. */
const languageNames = new Set(
  [
    'english', 'हिंदी', 'मराठी', 'বাংলা', 'اردو', 'español', 'français', 'deutsch', 'italiano',
    'português', 'русский', 'українська', 'қазақша', "o'zbekcha", 'türkçe', 'العربية', 'فارسی',
    '中文', '日本語', '한국어',
  ].map((name) => name.normalize('NFC')),
);

/** A slash, then only an agency name: the sign-off of translated wire copy ("/yunhap news"). */
const wireSignoff = /^\/\s*\p{L}[\p{L} .-]{1,40}$/u;

function isLanguageEditions(text: string): boolean {
  const tokens = text.split(/[\s|/•·,]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => languageNames.has(token.normalize('NFC').toLowerCase()));
}

/** Only separator punctuation: "---", "* * *", "•••", "===". */
const separatorLine = /^[\s\-–—_=*~#.•·…+|/\\]+$/u;

/** The context-free rule that drops this line, if any. `text` is the trimmed line. */
export function matchLineRule(text: string): CleaningRuleName | undefined {
  if (separatorLine.test(text)) return 'separator-line';
  if (commentForm.some((pattern) => pattern.test(text))) return 'comment-form';
  if (readMore.some((pattern) => pattern.test(text))) return 'read-more';
  if (siteChrome.some((pattern) => pattern.test(text))) return 'site-chrome';
  if (isLanguageEditions(text)) return 'language-editions';
  if (wireSignoff.test(text)) return 'wire-signoff';
  return undefined;
}

/** Agency and outlet names that scraped pages print alone above the copy. */
const outletLabels = new Set(
  [
    'sputnik', 'reuters', 'afp', 'ap', 'associated press', 'tass', 'ria novosti', 'interfax',
    'xinhua', 'yonhap', 'newsis', 'kazinform', 'anadolu', 'efe', 'dpa', 'ani', 'pti', 'ians',
    'bloomberg', 'bbc', 'cnn', 'al jazeera',
  ],
);

/** True when the whole line is only an agency or outlet name ("Sputnik", "Reuters:"). */
export function isOutletLabel(text: string): boolean {
  return outletLabels.has(text.replace(/[\s:–—-]+$/u, '').toLowerCase());
}
