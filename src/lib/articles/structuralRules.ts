/**
 * structuralRules: the line rules the page model adds to cleaningRules.ts, each for a kind of
 * chrome that the shape of a line shows better than any list of phrases:
 *
 * - a line of symbols only (a close mark "×", an arrow): `button-glyph`;
 * - a caption that carries its credit after its last sentence ("… January 10, 2022. Name Surname /
 *   Agency via REUTERS", "… recently. File/AP"), and a broadcaster's credit and caption labels on
 *   one line ("IMAGE SOURCE, REUTERS Image caption, …"): `photo-caption`;
 * - a prompt addressed to the reader with a call to act (donate, subscribe, download the app): `appeal`;
 * - where the copy came from ("Source link", "Originally published as …", "Source: <outlet>"): `source-note`;
 * - a prompt to comment ("Be the first to comment", "Join the conversation"): `comment-form`, but
 *   unlike the comment forms of cleaningRules.ts it does not end the article, since a comments
 *   link is also printed at the top of pages;
 * - a link behind a media kicker ("WATCH: …", "- EXPLAINER: …"): `link-list`;
 * - a contact line for the author ("Reach reporter X at x@example.com"): `author-bio`;
 * - a masthead byline ("Gulf Evening Report", "Our Web Desk"), "From our correspondent in Moscow": `byline`;
 * - buttons and footers every site prints ("Menu", "Open in app", "© 2022 Outlet. …"): `site-chrome`.
 *
 * Every pattern is anchored and bounded, and lines over MAX_LINE_CHARS are never chrome here.
 */
import { isNameLike, isReportedSpeech, lineFeatures, readsAsTitle, wordsOf } from './lineFeatures.ts';
import type { CleaningRuleName } from './ruleCatalogue.ts';
import { matchLineRule } from './cleaningRules.ts';

const MAX_LINE_CHARS = 400;

/**
 * The credit after a caption's last sentence: a few capitalised words with a slash or "via" in
 * them ("Sergei Guneyev / Sputnik via REUTERS", "File/AP", "John Thys/Pool via AP"), or a
 * parenthesised agency photo credit ("(AP Photo/Name)").
 */
export function creditTail(text: string): string | null {
  const match = /[.!?]["”’)]?\s+(\(?[^\s.!?][^.!?]{0,100})$/u.exec(text);
  const tail = match?.[1];
  if (!tail) return null;
  const credit = tail.replace(/^\(|\)$/gu, '');
  // "(Reuters: Pavel Mikheyev)": in brackets, an agency and a colon sign a photo too.
  const bracketed = tail.startsWith('(') && tail.endsWith(')') && credit.includes(':');
  if (!/\/|\bvia\b/u.test(credit) && !bracketed) return null;
  const parts = credit.split(/\s*\/\s*|\s+/u).filter(Boolean);
  if (parts.length > 10) return null;
  // Names, agencies and "via": every word capitalised (or "via"), no sentence words.
  // Names and agencies capitalised; "via", "by" ("Photo by …") and a picture desk's "files" are not.
  return parts.every((part) => /^[\p{Lu}\p{N}]/u.test(part.replace(/:$/u, '')) || ['via', 'of', 'by', 'file', 'files'].includes(part)) ? tail : null;
}

const broadcasterCaption = /^(?:image|photo|picture|video) (?:source|credit)\s*[,:]\s*.{1,80}?\s(?:image|photo|picture|video) caption\s*[,:]\s*\S/iu;

const sourceNotes: readonly RegExp[] = [
  /^source\s*(?:link|url)$/iu,
  /^sources?\s*\(\d{1,3}\)$/iu,
  /^(?:source\s*:\s*)?read (?:the )?(?:full|original|whole) (?:article|story|report|text)\b.{0,60}$/iu,
  /^(?:originally|first) (?:published|appeared|posted|ran)(?: as| in| on| at| by)\b.{1,250}$/iu,
  /^this (?:story|article|post|piece|report|item) (?:was |has been |is )?(?:originally |first )?(?:published|appeared|aggregated|republished|syndicated|reproduced|produced|provided|supplied|distributed)\b.{0,200}$/iu,
  /^(?:view|see|read) (?:the )?original(?: (?:article|story|post))?\b.{0,60}$/iu,
  /^(?:read|view|continue reading)(?: (?:it|more|the full story))? (?:on|at) (?:the )?(?:source|original|publisher['’]?s?)(?: (?:site|website|page))?$/iu,
];
/** "Source: Steppe Wire, Caspian TV", "Original article (German): …": a label, then names or a title. */
const sourceLabel = /^(?:sources?|via|original(?: article| story| text)?(?: \([^)]{1,30}\))?)\s*:\s*(.{1,160})$/iu;

const commentPrompts: readonly RegExp[] = [
  /^be the first to (?:comment|reply|respond)\b.{0,40}$/iu,
  /^join the (?:conversation|discussion|debate)\b.{0,40}$/iu,
  /^(?:show|view|load|read|see|hide) (?:all )?(?:\d+ )?(?:comments?|replies)\b.{0,20}$/iu,
  /^comments?(?: \(\d+\))?$/iu,
  /^add (?:a|your) comment$/iu,
  // The state of the comment section and the invitation to it: "Comments are now closed.",
  // "Have your say on this story", "Sign in to comment", "Discussion about this post".
  /^comments? (?:are|is|have been) (?:now )?(?:closed|open|disabled|turned off|switched off)\b.{0,40}$/iu,
  /^have your say\b.{0,40}$/iu,
  /^(?:sign|log) in to (?:comment|reply|join the (?:discussion|conversation))\b.{0,20}$/iu,
  /^discussion(?: about this (?:post|article|story|piece))?$/iu,
  /^conversations? (?:are|is) (?:the )?opinions? of (?:our )?readers\b.{0,200}$/iu,
  // A comment policy: "… a lively but civil forum for discussion. Please keep comments relevant …".
  /^(?=.{0,400}$)(?=.*\bcomments?\b)(?=.*\b(?:civil|respectful|moderat\w*|code of conduct|community guidelines|forum for discussion)\b).*$/iu,
];

/** Words of a call to act: the reader is asked to pay, subscribe, sign up or install something. */
const callToAct =
  /\b(?:donat(?:e|ion|ions)|chip in|support (?:us|our|my|independent|quality|this)|become an? (?:[\p{L}-]+ )?(?:member|subscriber|patron|supporter)|subscribe|sign up|download (?:the|our)\b.{0,30}\bapp|install (?:the|our)\b.{0,20}\bapp|get the app|contribut(?:e|ion) (?:today|now|from)|keep \p{Lu}\p{L}* free)\b/iu;
/** Spoken to the reader: "you", "… today", an order after a first sentence ("… matters. Become a subscriber") or about "our" channel. */
const addressesReader =
  /\b(?:you|your|yours)\b|\b(?:today|now|for free)\b[.!]?$|^(?:thanks?|thank you) for reading\b|[.!?]\s+(?:subscribe|donate|support|join|download|install|sign up|become|chip in)\b|^(?:subscribe|donate|support|join|become|chip in)\b.{0,60}\b(?:our|us|my)\b/iu;

/** "WATCH: …", "- EXPLAINER: …": a media or feature kicker in capitals before a title. */
const mediaKicker = /^(?:WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|PODCAST|LIVE|IN PICTURES|AUDIO)\s*:\s+(.+)$/u;
const bulletKicker = /^(?:[-–—•·*►▸▶■●›»])\s+\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}\s*:\s+(.+)$/u;

/** "Reach reporter X at x@example.com": an author's contact line (an e-mail address, not a handle). */
const authorContact = /^(?:reach|contact|email|e-mail|write to)\b.{0,80}\S@[\p{L}\d-]+\.\p{L}|\bcan be reached at\b.{0,80}\S@[\p{L}\d-]+\.\p{L}/iu;

/** "Gulf Evening Report", "Astana Times Staff", "Web Desk": an outlet signing as a desk, no person. */
const deskByline =
  /^(?:\p{Lu}[\p{L}\p{M}.&'’-]*\s+){1,4}(?:Report|Reporter|Staff|Desk|Bureau|Correspondent|Newsroom|Team|Online|News Service)$/u;
const correspondentByline =
  /^(?:from|by) (?:our|a|the) (?:own |special |foreign |staff )?(?:correspondent|reporter|staff|news desk|desk|bureau)(?: in \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)?$/iu;
/** "From our correspondent Jana Hartmann": the same, signed with the name (case-sensitive, so a name is capitalised). */
const namedCorrespondentByline =
  /^(?:[Ff]rom|[Bb]y) (?:our|a|the) (?:own |special |foreign |staff )?(?:correspondent|reporter)\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2}$/u;

const pageButtons =
  /^(?:menu|main menu|search|(?:show|load|see|view) more|(?:font|text) size(?: [\p{L}\s]{1,12})?|a\+\s*a-|refresh|story continues|report (?:an? )?(?:issue|error|problem|typo|mistake)|(?:sign|log) (?:in|out)(?: to (?:your|my) account)?|open in (?:the )?app|listen live|watch live|live tv|print(?: (?:this )?(?:article|page|story))?|back to top|close)$/iu;
/** "Views: 1 245", "Comments: 3": a counter with its label; "87% upvoted", "1.2k views": the figure first. */
const counterLine =
  /^(?:views?|reads?|likes?|shares?|reactions?)\s*:?\s*\d[\d\s,.]{0,12}$|^\d[\d,.]{0,8}\s?[%kKmM]?\s+(?:views?|reads?|likes?|shares?|comments?|replies|upvoted|points?|votes?|reactions?|claps?|subscribers?|followers?)$/iu;
/**
 * The words of a site's buttons. A line made only of them, three or more ("Reply Share Report Save
 * Follow"), is a row of buttons whatever the site; a sentence always has other words.
 */
const BUTTON_WORDS = new Set(
  ('reply share report save follow like comment comments print email e-mail copy link embed subscribe login logout register ' +
    'menu search home more next previous back top close open edit hide show translate listen watch download tweet pin award upvote downvote vote').split(' '),
);
const isButtonRow = (text: string): boolean => {
  const words = text.split(/\s+/u);
  return words.length >= 3 && words.length <= 10 && words.every((word) => BUTTON_WORDS.has(word.toLowerCase()));
};
/** "Sort by: best", "Please turn on JavaScript to see the comments.": a page's controls and notices about itself. */
const pageControls = /^(?:sort(?:ed)? by\s*:?\s*\p{L}+(?: \p{L}+)?|(?:please )?(?:enable|turn on|activate|allow) javascript\b.{0,80})$/iu;
/** "3 hours ago", "Posted by u/x 3 hours ago": a relative time stamp in a short line. */
const relativeTime = /\b\d{1,3}\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?)\s+ago\b/iu;
/** "About the Secretariat: The Secretariat is …", "Media contact: …": a press release's boilerplate. */
const releaseBoilerplate = /^(?:[Aa]bout (?:the |us\b)?\p{Lu}[\p{L}\p{N}&'’. -]{0,50}:\s+\S|(?:[Mm]edia|[Pp]ress) (?:contacts?|enquiries|inquiries)\s*:)/u;
/**
 * A telephone number: "+7 495 000 00 00", "(202) 555-0100", "Tel. 8 727 000 00 00". Groups of
 * digits alone are a figure ("12 500 000 tenge", "45 32 12"): a number needs its "+", its
 * brackets or its label.
 */
const phoneNumber =
  /(?:\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?|\(\d{2,4}\)[\s-]?|\b(?:tel|phone|telephone|call|hotline|fax|whatsapp)\b\.?:?\s*)\d{1,4}(?:[\s-]\d{2,4}){1,4}/iu;
/** "Last updated: 12:45 GMT", "12:31 GMT": a time stamp with its label or zone (a bare "17:25" is left as a suspect). */
const timeStamp =
  /^(?:(?:(?:last )?updated|posted|published)\s*:?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|MSK|ALMT|AST)(?:[+-]\d{1,2})?)$/iu;
const copyrightLine = /^(?:©|\(c\)|copyright\b)(?=.{0,300}$)(?=.*(?:\b\d{4}\b|\brights reserved\b))|^[^.!?]{1,60}(?:©|\(c\)|copyright)\s*\d{4}[^.!?]{0,60}$/iu;
/** "#Kazakhstan #CSTO #Tokayev": hashtags and nothing else. */
const hashtagsOnly = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*$/u;
/** A paywall: "This article is for subscribers only. Already a subscriber? Log in". */
const paywall = /\b(?:for subscribers only|subscriber[- ]only (?:content|article|story)|already a subscriber|subscribe to (?:continue|keep) reading|to continue reading,? (?:subscribe|log in|sign in))\b/iu;
/** "Subscribe to X on Telegram", "Read X on Telegram": a channel to follow, named by its platform. */
const followOnPlatform =
  /^(?:subscribe to|follow|join|read|get|listen|watch)\b.{0,60}\b(?:on|via) (?:telegram|whatsapp|google news|twitter|x|facebook|instagram|youtube|viber|tiktok|apple podcasts|spotify|google podcasts|soundcloud)\b.{0,60}$/iu;
/** "Auto-translated by DeepL. Original in Russian.": a translation note of a sentence or two. */
const translationNotes = /^(?:(?:auto-?|machine[- ]|automatic(?:ally)? )translat(?:ed|ion)\b[^"“”]{0,80}|translat(?:ed|ion) (?:from|of) (?:the )?[^"“”.!?]{1,60})$/iu;

/**
 * A newsletter box: a delivery promised to the reader's inbox ("Every morning: the main news in
 * your inbox."), and the form field that asks for the address ("Your e-mail address", "Type your
 * email…").
 */
const inboxDelivery = /\b(?:in|to|into) your (?:e-?mail )?inbox\b/iu;
const emailField = /^(?:your|enter (?:your )?|type (?:in )?your )?\s*e-?mail(?: address)?\s*(?:…|\.\.\.|\*)?$/iu;

/**
 * A bare address: a URL, a domain, a handle or a channel link alone on its line ("t.me/outlet",
 * "@outlet", "www.outlet.kz"). Text names its links inside sentences; a line that is only one is
 * a follow or share link. The last part of the name is letters, so a figure ("3.5bn", "No.1") is none.
 */
const bareLink = /^(?:https?:\/\/|www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:\/[\w\-./?=&%#@+]*)?$|^@[A-Za-z0-9_]{2,}$/u;

/**
 * A site's terms for its copy, printed under every article: "Reprinting is allowed only with an
 * active link to the source", "Republication … is prohibited without prior written consent".
 */
const rightsNotice =
  /\b(?:reprint(?:ing)?|republi(?:cation|shing)|reproduction|redistribution|(?:full or partial )?(?:use|copying) of (?:the |our |this |site )?(?:materials?|content|articles?|texts?))\b.{0,100}\b(?:allowed|permitted|prohibited|forbidden|only with|without (?:the )?(?:prior )?(?:written )?(?:permission|consent))\b/iu;
/** "If you find an error, select it and press Ctrl+Enter": the site asks the reader to report a mistake. */
const errorReport = /^(?:if you|found|noticed|spotted|see)\b.{0,40}\b(?:an? )?(?:error|mistake|typo|inaccuracy)\b.{0,80}$/iu;
/** "Responsible editor: Kari Lunde", "Photo: …" aside: a role, a colon, one or a few names. */
const roleCredit =
  /^(?:[\p{L}-]+ ){0,2}(?:editor|editors|author|authors|text|reporting|editing|translation|translator|producer|production|graphics|camera|editor-in-chief)\s*:\s*(.{2,80})$/iu;
/**
 * "Click here to subscribe …", "Tap here for the full story": the label of a link or button. Said
 * as a sentence ("Click here for the live blog.") it is left to the editor as a suspect.
 */
const clickHere = /^(?:click|tap|press) here\b[^.!?]{0,100}$/iu;
/** "Reading time: about 2 minutes", "Estimated read time 4 min". */
const readingTime = /^(?:estimated )?(?:reading|read) time\s*:?\s*(?:about|approx\.?|around|~|ca\.?)?\s*\d{1,3}\s*(?:min|mins|minutes?)\b\.?$/iu;
/** A subscription offer: a price per period ("from £1 a week", "€3 a month") beside a call to join. */
const pricePerPeriod = /(?:[£$€₽₸]\s?\d+(?:[.,]\d{1,2})?|\b\d+(?:[.,]\d{1,2})?\s?(?:[£$€₽₸]|usd|eur|gbp))\s*(?:a|per|\/)\s*(?:week|month|year)\b/iu;
const offerWords = /\b(?:subscri\w*|member\w*|support\w*|donat\w*|access)\b/iu;

/** "The views expressed in this commentary are the author's alone.": an opinion page's disclaimer. */
const viewsDisclaimer = /^(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:are|is|do not)\b.{0,120}$/iu;

/** A cookie banner that does not open with its subject: "We value your privacy. We and our partners use cookies…". */
const cookieBanner =
  /\b(?:we|our (?:partners|vendors)|this (?:web)?site)\b.{0,60}\b(?:use|uses|store|stores|set|sets|save|saves|place|places)\b.{0,40}(?:\bcookies\b|\bsmall (?:text |data )?files\b|\bon your (?:device|computer|browser)\b)/iu;

/**
 * Credits in a row, each "<role> by <name>": "Produced by Aliya Serik. Audio engineering by
 * Ruslan Omarov." Two at least, so a sentence such as "It was backed by Moscow." stays.
 */
function isCreditRun(text: string): boolean {
  const parts = text.split(/\s*[.;]\s*/u).filter(Boolean);
  return (
    parts.length >= 2 &&
    parts.every((part) => {
      const credit = /^(\p{L}+(?: \p{L}+){0,2}) by (.+)$/u.exec(part);
      return credit?.[2] !== undefined && wordsOf(credit[2]).length >= 2 && wordsOf(credit[2]).length <= 4 && isNameLike(lineFeatures(credit[2]));
    })
  );
}

/** An arrow before a link's label: "→ Read more: …", "» Subscribe". */
const leadingArrow = /^[→➜➔⇒⟶]\s*(\S.*)$/u;

/**
 * A structural rule's verdict on a line. `byWords` marks the rules that go by a vocabulary a
 * sentence of the text may share (a price, an inbox, "prohibited", an error, a phone-like figure,
 * "Have your say", "About X:"): their line is chrome at the edges of the text or beside other
 * chrome, never on its own inside the body (see bodyEdges.ts). The other rules read a shape no
 * sentence has (a close mark, a copyright footer, a credit after a caption, a row of buttons).
 */
export interface StructuralMatch {
  rule: CleaningRuleName;
  byWords: boolean;
}

const byShape = (rule: CleaningRuleName | undefined): StructuralMatch | undefined => (rule === undefined ? undefined : { rule, byWords: false });
const byWords = (rule: CleaningRuleName): StructuralMatch => ({ rule, byWords: true });

/** The structural line rule that drops this line, if any; `text` is the trimmed line. */
export function matchStructuralLineRule(text: string): CleaningRuleName | undefined {
  return matchStructuralLine(text)?.rule;
}

/** The structural rule this line matches, and whether it goes by words (see StructuralMatch). */
export function matchStructuralLine(text: string): StructuralMatch | undefined {
  if (text.length > MAX_LINE_CHARS) return undefined;
  // The arrow marks a link: the line is read as the label it points with.
  const pointed = leadingArrow.exec(text)?.[1];
  if (pointed) return byShape(matchLineRule(pointed)) ?? matchStructuralLine(pointed);
  const features = lineFeatures(text);
  if (features.glyphsOnly && text.length <= 12) return byShape('button-glyph');
  if (pageButtons.test(text) || copyrightLine.test(text) || counterLine.test(text)) return byShape('site-chrome');
  if (timeStamp.test(text)) return byShape('dateline');
  if (isButtonRow(text) || pageControls.test(text)) return byShape('site-chrome');
  if (features.words <= 10 && !features.endsSentence && !features.menu && relativeTime.test(text) && !isReportedSpeech(text)) return byWords('dateline');
  if (features.words <= 60 && releaseBoilerplate.test(text)) return byWords('site-chrome');
  // A contact or a link set on its own line, not a sentence: "For more information, visit www.x.org", "Call +7 495 000 00 00".
  if (features.words <= 12 && !features.endsSentence && !isReportedSpeech(text) && (features.linkToken || phoneNumber.test(text)) && /\p{L}/u.test(text)) return byWords('site-chrome');
  if (hashtagsOnly.test(text)) return byShape('tags');
  if (translationNotes.test(text) && features.words <= 14) return byWords('translation-note');
  if ((paywall.test(text) || followOnPlatform.test(text)) && features.words <= 40 && !isReportedSpeech(text)) return byShape('appeal');
  if (broadcasterCaption.test(text)) return byShape('photo-caption');
  if (features.words >= 4 && creditTail(text) !== null) return byShape('photo-caption');
  if (commentPrompts.some((pattern) => pattern.test(text))) return byWords('comment-form');
  if (features.words <= 60 && cookieBanner.test(text) && !isReportedSpeech(text)) return byShape('cookie-notice');
  if (emailField.test(text) && !isReportedSpeech(text)) return byShape('newsletter');
  if (features.words <= 25 && inboxDelivery.test(text) && !isReportedSpeech(text)) return byWords('newsletter');
  if (bareLink.test(text) && /\p{L}/u.test(text) && !/^\d+(?:\.\d+)+$/u.test(text)) return byWords('site-chrome');
  if (features.words <= 40 && viewsDisclaimer.test(text) && !isReportedSpeech(text)) return byWords('source-note');
  if (features.words <= 40 && !isReportedSpeech(text) && (rightsNotice.test(text) || errorReport.test(text))) return byWords('site-chrome');
  if (readingTime.test(text) || clickHere.test(text)) return byShape('site-chrome');
  const credited = roleCredit.exec(text)?.[1];
  if (credited && isNameList(credited)) return byShape('wire-credits');
  if (features.words <= 30 && pricePerPeriod.test(text) && offerWords.test(text) && !isReportedSpeech(text)) return byWords('appeal');
  if (isCreditRun(text)) return byShape('wire-credits');
  if (sourceNotes.some((pattern) => pattern.test(text))) return byShape('source-note');
  const source = sourceLabel.exec(text)?.[1];
  if (source && (isNameList(source) || /^["“«].+["”»]$/u.test(source))) return byShape('source-note');
  if (features.words <= 40 && callToAct.test(text) && addressesReader.test(text) && !isReportedSpeech(text)) return byWords('appeal');
  const kicked = mediaKicker.exec(text)?.[1] ?? bulletKicker.exec(text)?.[1];
  if (kicked && readsAsTitle(kicked, 2)) return byShape('link-list');
  if (features.words <= 40 && authorContact.test(text)) return byShape('author-bio');
  if (deskByline.test(text) || correspondentByline.test(text) || namedCorrespondentByline.test(text)) return byShape('byline');
  return undefined;
}

/** "Steppe Wire, Caspian TV": a few names, comma-separated. */
function isNameList(text: string): boolean {
  const items = text.split(/\s*[,;&]\s*|\s+and\s+/u).filter(Boolean);
  return items.length >= 1 && items.length <= 6 && items.every((item) => wordsOf(item).length <= 5 && isNameLike(lineFeatures(item)));
}
