/**
 * ruleCatalogue: the name and the reader-facing reason of every cleaning rule, one table for the
 * line rules (cleaningRules.ts), the structural rules of the page model (pageModel.ts) and the
 * cleaning report. Names are stable: they are shown in reports and pinned by tests.
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
  | 'separator-line'
  | 'page-number'
  | 'byline'
  | 'dateline'
  | 'wire-credits'
  | 'update-note'
  | 'share-buttons'
  | 'tags'
  | 'cookie-notice'
  | 'newsletter'
  | 'related-links'
  | 'advertisement'
  | 'photo-credit'
  | 'photo-caption'
  | 'translation-note'
  | 'button-glyph'
  | 'appeal'
  | 'source-note'
  | 'link-list'
  | 'author-bio'
  | 'outlet-boilerplate'
  | 'above-headline';

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
    reason:
      'Navigation or layout text of the publishing site (for example a mobile-view switch, a reading-time label or the copyright footer).',
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
    reason:
      'Breadcrumb trail (the site sections above the article, sometimes ending in a truncated copy of the headline).',
  },
  'outlet-label': {
    name: 'outlet-label',
    reason: 'Bare agency or outlet label printed before the text; the source is recorded in the provenance note.',
  },
  'separator-line': {
    name: 'separator-line',
    reason: 'A line of dashes, stars or dots only: a visual separator (or front-matter fence), no text.',
  },
  'page-number': {
    name: 'page-number',
    reason: 'A page number or a pager on its own line (“Page 2 of 3”, “- 4 -”): where a printed, PDF or paged copy broke its pages, not article text.',
  },
  'repeated-caption': {
    name: 'repeated-caption',
    reason:
      'Short line repeated through the text: an image caption or label from the page layout, not a subhead.',
  },
  byline: {
    name: 'byline',
    reason: 'Author line of the publishing page (“By …”, “Posted on … by …”); the outlet is recorded in the provenance note.',
  },
  dateline: {
    name: 'dateline',
    reason:
      'Place-and-date or publication-time stamp on a line of its own; a dateline that opens a paragraph stays in the text.',
  },
  'update-note': {
    name: 'update-note',
    reason: 'An agency’s note on what this version of the story adds or changes (“(Adds Putin quotes, death toll)”, “(Updates with casualty figures)”): its editing history, not article text.',
  },
  'wire-credits': {
    name: 'wire-credits',
    reason:
      'Reporter and editor credits or the agency’s standards note under wire copy (“Reporting by …; Editing by …”), not article text.',
  },
  'share-buttons': {
    name: 'share-buttons',
    reason: 'Share, like and follow buttons of the publishing site (“Share on Facebook”, “Tweet”, “Email”).',
  },
  tags: {
    name: 'tags',
    reason: 'Tag, topic and category links of the publishing site (“Tags: …”, “Filed under: …”).',
  },
  'cookie-notice': {
    name: 'cookie-notice',
    reason: 'Cookie-consent banner of the publishing site and its buttons, not article text.',
  },
  newsletter: {
    name: 'newsletter',
    reason: 'Newsletter or subscription prompt of the publishing site (“Sign up for our newsletter”).',
  },
  'related-links': {
    name: 'related-links',
    reason:
      'Links to other articles: a “Related stories”, “More from …” or “You may also like” heading and the headlines listed under it.',
  },
  advertisement: {
    name: 'advertisement',
    reason:
      'Advertising slot or label (“Advertisement”, “Story continues below advertisement”, “Sponsored”) and promoted headlines listed under it.',
  },
  'photo-credit': {
    name: 'photo-credit',
    reason: 'Credit line of a photo that is not shown here (“Photo: Reuters/…”, “© AFP”).',
  },
  'photo-caption': {
    name: 'photo-caption',
    reason:
      'Caption of a photo that is not shown here: a line marked as a caption, or the one line printed together with a photo credit.',
  },
  'translation-note': {
    name: 'translation-note',
    reason: 'Publisher’s note that the page is a translation; the text is compared as it was published.',
  },
  'button-glyph': {
    name: 'button-glyph',
    reason: 'A line of symbols only (a close mark “×”, an arrow, a menu icon): a button of the page, no text.',
  },
  appeal: {
    name: 'appeal',
    reason:
      'A pop-up or appeal of the publishing site (a donation, subscription or app prompt, or the box beside a close mark), addressed to the reader, not article text.',
  },
  'source-note': {
    name: 'source-note',
    reason: 'A note on where the copy came from (“Source link”, “Originally published as …”); the provenance is recorded in articles.yaml.',
  },
  'link-list': {
    name: 'link-list',
    reason:
      'A list of links to other articles: short title-like lines in a run, under a short label, as bullets or behind a kicker (“WATCH: …”), whatever the label says.',
  },
  'author-bio': {
    name: 'author-bio',
    reason: 'A note about the author (who they are, how to reach them), printed with the article but not part of its report.',
  },
  'outlet-boilerplate': {
    name: 'outlet-boilerplate',
    reason: 'A line this outlet prints on its other pages too (footer, masthead, standards note): page furniture, not this article.',
  },
  'above-headline': {
    name: 'above-headline',
    reason: 'Printed above the headline (masthead, menu, pop-up): the page around the article, not the article.',
  },
};
