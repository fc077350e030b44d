/**
 * pageRules: why a text block of a saved web page is not shown as article text.
 *
 * Readability decides where the article is; these rules explain every block it (or our own checks
 * on what it kept) left out, in the cleaning report beside the block's number and path. Most are
 * read from the page's own structure (the `<nav>`, `<footer>`, `role`, `class` or `id` of the
 * block or of its nearest ancestor that says what it is), so they hold for sites nobody has seen.
 */
export type PageRuleName =
  | 'page-navigation'
  | 'page-header'
  | 'page-footer'
  | 'page-aside'
  | 'page-form'
  | 'page-dialog'
  | 'page-caption'
  | 'page-comments'
  | 'page-related'
  | 'page-share'
  | 'page-advertisement'
  | 'page-tags'
  | 'page-metadata'
  | 'page-hidden'
  | 'page-not-text'
  | 'page-link-only'
  | 'page-headline-variant'
  | 'page-empty-heading'
  | 'page-outside-article';

export const pageRuleReasons: Readonly<Record<PageRuleName, string>> = {
  'page-navigation': 'Site navigation (menu, breadcrumb, language switcher, pagination), not article text.',
  'page-header': 'The site header (logo, masthead, top bar) outside the article.',
  'page-footer': 'The site or article footer (copyright, contacts, “originally published”, author bio).',
  'page-aside': 'A sidebar or aside beside the article, not part of it.',
  'page-form': 'A form, button or search box of the site.',
  'page-dialog': 'A pop-up, cookie banner or appeal (newsletter, donation, paywall) laid over the page.',
  'page-caption': 'A picture’s caption or credit: it describes an image, not the events.',
  'page-comments': 'Readers’ comments or the comment form, not article text.',
  'page-related': 'Links to other articles (related, recommended, most read).',
  'page-share': 'Share and follow buttons.',
  'page-advertisement': 'An advertisement or sponsored slot.',
  'page-tags': 'The article’s tags or topics.',
  'page-metadata': 'The page’s byline, date or title element: read as metadata and shown under “Source and cleaning”.',
  'page-hidden': 'Hidden on the page (hidden, aria-hidden or display: none): readers never saw it.',
  'page-not-text': 'Script, style, template or embedded object: code, not text (its content is not shown).',
  'page-link-only': 'The whole block is a link to another page: navigation, not article text.',
  'page-headline-variant': 'A page heading other than the headline chosen from the page’s metadata.',
  'page-empty-heading': 'A heading with no text under it (the title of a widget or an empty section).',
  'page-outside-article': 'Outside the article body that Readability found, and reads as no sentence of it.',
};
