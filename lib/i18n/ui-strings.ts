import type { Lang } from './lang';

/**
 * Every piece of interface text that differs between the editions: one
 * object per language, the same keys (the type makes a missing string a
 * compile error). Content text (headlines, names) comes from content/.
 */
export type UiStrings = {
  siteName: string;
  tagline: string;
  skipLink: string;
  sectionsLabel: string;
  sections: { href: string; label: string }[];
  searchLabel: string;
  searchButton: string;
  searchPlaceholder: string;
  by: string;
  and: string;
  published: string;
  updated: string;
  minutesToRead: (minutes: number) => string;
  draftBanner: string;
  contents: string;
  figures: string;
  asOf: string;
  source: string;
  corrections: string;
  correction: string;
  sources: string;
  otherLanguage: string;
  otherLanguageName: string;
  coverageHeading: string;
  coverageIntro: string;
  pageOf: (page: number, total: number) => string;
  coveragePages: string;
  previousPage: string;
  nextPage: string;
  allCoverage: string;
  latest: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundIndex: string;
  notFoundHome: string;
  searchTitle: string;
  searchNoQuery: string;
  searchResults: (count: number, query: string) => string;
  searchNone: (query: string) => string;
  /** More stories match than were ranked (decision 0020): the heading and the note under it. */
  searchCapped: (count: number, query: string) => string;
  searchCappedNote: (count: number) => string;
  /** No match: advice, then a link to the coverage index, then the sentence's end. */
  searchNoneAdvice: [before: string, link: string, after: string];
  searchTruncated: string;
  searchPages: string;
  searchPrevious: string;
  searchNext: string;
  footerLine: string;
  feeds: string;
  timeline: string;
  timelineIntro: string;
  readStory: string;
  /** Live pages (components/LiveCoverage and friends). */
  live: {
    kicker: string;
    listHeading: string;
    liveLabel: string;
    endedLabel: string;
    lastUpdated: string;
    endedLastUpdated: string;
    started: string;
    whatWeKnow: string;
    keyEvents: string;
    keyEvent: string;
    pinned: string;
    latestUpdates: string;
    earlierUpdates: string;
    backToLatest: string;
    pagesLabel: string;
    newer: string;
    older: string;
    entrySources: string;
  };
  /** The lite edition (components/LiteDocument, LiteArticle, LiteIndex). */
  lite: {
    /** The edition's name, as its header and titles give it. */
    name: string;
    /** The link from a full page to its lite edition. */
    version: string;
    /** The link from every full page's footer to the lite coverage index. */
    edition: string;
    fullVersion: string;
    /** The lite coverage index's title, page 1 or a later page. */
    indexTitle: (page: number) => string;
    indexNote: string;
    /** The footer's sentence, before its links. */
    about: string;
    footerLinks: { href: string; label: string }[];
    notPublished: (state: 'withdrawn' | 'draft' | 'scheduled') => string;
    photo: string;
    credit: string;
  };
};

const en: UiStrings = {
  siteName: 'Conflict Desk',
  tagline: 'Independent coverage of the war in western Libya, 2019–2020',
  skipLink: 'Skip to content',
  sectionsLabel: 'Sections',
  sections: [],
  searchLabel: 'Search the coverage',
  searchButton: 'Search',
  searchPlaceholder: '',
  by: 'By',
  and: ' and ',
  published: 'Published',
  updated: 'Updated',
  minutesToRead: (minutes) => `${minutes} min read`,
  draftBanner: 'DRAFT: not published. Visible only while developing.',
  contents: 'Contents',
  figures: 'The figures',
  asOf: 'As of',
  source: 'Source',
  corrections: 'Corrections',
  correction: 'Correction',
  sources: 'Sources',
  otherLanguage: 'اقرأ بالعربية',
  otherLanguageName: 'العربية',
  coverageHeading: 'Libya: the war for Tripoli',
  coverageIntro: 'Every story in our coverage of the war in western Libya, newest first.',
  pageOf: (page, total) => `Page ${page} of ${total}.`,
  coveragePages: 'Coverage pages',
  previousPage: 'Newer stories',
  nextPage: 'Older stories',
  allCoverage: 'All Libya coverage',
  latest: 'Latest',
  notFoundTitle: 'Page not found',
  notFoundText: 'The address may be mistyped, or the story may have moved.',
  notFoundIndex: 'Browse all Libya coverage, newest first',
  notFoundHome: 'Go to the front page',
  searchTitle: 'Search',
  searchNoQuery: 'Type a name, place or subject above to search every story we have published.',
  searchResults: (count, query) => `${count.toLocaleString('en')} ${count === 1 ? 'story matches' : 'stories match'} “${query}”`,
  searchNone: (query) => `No stories match “${query}”`,
  searchCapped: (count, query) => `More than ${count.toLocaleString('en')} stories match “${query}”`,
  searchCappedNote: (count) => `These are the best matches among the ${count.toLocaleString('en')} newest. Add a word or a name to narrow the search.`,
  searchNoneAdvice: ['Check the spelling, use fewer words, or browse ', 'all our Libya coverage', ', newest first.'],
  searchTruncated: 'Your search was long, so only its first 200 characters were used.',
  searchPages: 'Search results pages',
  searchPrevious: '← Previous results',
  searchNext: 'More results →',
  footerLine: 'Every article lists the reporting it rests on; times are Libya time (UTC+2).',
  feeds: 'Feeds',
  timeline: 'Timeline',
  timelineIntro: 'The key events of the war, oldest first, each with the story that covered it.',
  readStory: 'Read the story',
  live: {
    kicker: 'Live coverage',
    listHeading: 'Live coverage',
    liveLabel: 'Live',
    endedLabel: 'Ended',
    lastUpdated: 'Last updated ',
    endedLastUpdated: 'Coverage ended; last updated ',
    started: 'Coverage started ',
    whatWeKnow: 'What we know',
    keyEvents: 'Key events',
    keyEvent: 'Key event',
    pinned: 'Pinned',
    latestUpdates: 'Latest updates',
    earlierUpdates: 'Earlier updates',
    backToLatest: '← Latest updates, what we know and key events',
    pagesLabel: 'Live coverage pages',
    newer: '← Newer updates',
    older: 'Older updates →',
    entrySources: 'Sources: ',
  },
  lite: {
    name: 'Conflict Desk lite',
    version: 'Lite version',
    edition: 'Lite edition',
    fullVersion: 'Full version',
    indexTitle: (page) => (page === 1 ? 'Libya coverage' : `Libya coverage, page ${page}`),
    indexNote: 'Every story, newest first, in the lite edition.',
    about:
      'Conflict Desk lite: the same reporting as plain text for slow and metered connections, with no scripts, fonts or photos. Times are Libya time (UTC+2).',
    footerLinks: [
      { href: '/', label: 'Full site' },
      { href: '/corrections', label: 'Corrections' },
      { href: '/standards', label: 'Editorial standards' },
    ],
    notPublished: (state) => `${state.toUpperCase()}: not published. Visible only while developing.`,
    photo: 'Photo:',
    credit: 'Credit:',
  },
};

const ar: UiStrings = {
  siteName: 'كونفليكت ديسك',
  tagline: 'تغطية مستقلة للحرب في غرب ليبيا، 2019–2020',
  skipLink: 'انتقل إلى المحتوى',
  sectionsLabel: 'الأقسام',
  sections: [
    { href: '/ar/libya', label: 'تغطية ليبيا' },
    { href: '/ar/libya/timeline', label: 'الخط الزمني' },
    { href: '/ar/search', label: 'البحث' },
  ],
  searchLabel: 'ابحث في التغطية',
  searchButton: 'بحث',
  searchPlaceholder: '',
  by: 'بقلم',
  and: ' و',
  published: 'نُشر في',
  updated: 'حُدّث في',
  minutesToRead: (minutes) => `وقت القراءة: ${minutes} ${minutes >= 3 && minutes <= 10 ? 'دقائق' : 'دقيقة'}`,
  draftBanner: 'مسودة: غير منشورة، تظهر أثناء التطوير فقط.',
  contents: 'المحتويات',
  figures: 'الأرقام',
  asOf: 'حتى',
  source: 'المصدر',
  corrections: 'تصحيحات',
  correction: 'تصحيح',
  sources: 'المصادر',
  otherLanguage: 'Read in English',
  otherLanguageName: 'English',
  coverageHeading: 'ليبيا: الحرب على طرابلس',
  coverageIntro: 'كل ما ترجمناه إلى العربية من تغطيتنا للحرب في غرب ليبيا، الأحدث أولاً.',
  pageOf: (page, total) => `الصفحة ${page} من ${total}.`,
  coveragePages: 'صفحات التغطية',
  previousPage: 'الأحدث',
  nextPage: 'الأقدم',
  allCoverage: 'كل تغطية ليبيا',
  latest: 'آخر الأخبار',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'ربما كُتب العنوان بشكل خاطئ، أو نُقلت القصة إلى عنوان آخر.',
  notFoundIndex: 'تصفح كل تغطية ليبيا، الأحدث أولاً',
  notFoundHome: 'الصفحة الرئيسية',
  searchTitle: 'البحث',
  searchNoQuery: 'اكتب كلمة أو اسماً للبحث في التغطية.',
  // Counted nouns: 3–10 take the plural (قصص), other counts the singular (قصة) after a digit.
  searchResults: (count, query) => `${count} ${count % 100 >= 3 && count % 100 <= 10 ? 'قصص تطابق' : 'قصة تطابق'} «${query}»`,
  searchNone: (query) => `لا توجد قصة تطابق «${query}»`,
  searchCapped: (count, query) => `أكثر من ${count} قصة تطابق «${query}»`,
  searchCappedNote: (count) => `هذه أفضل النتائج بين أحدث ${count} قصة. أضف كلمة أو اسماً لتضييق البحث.`,
  searchNoneAdvice: ['تحقّق من الإملاء أو استخدم كلمات أقل، أو تصفّح ', 'كل تغطية ليبيا', '، الأحدث أولاً.'],
  searchTruncated: 'كان البحث طويلاً، فاستُخدمت أول 200 حرف منه فقط.',
  searchPages: 'صفحات النتائج',
  searchPrevious: '→ النتائج السابقة',
  searchNext: 'مزيد من النتائج ←',
  footerLine: 'كل قصة تذكر المصادر التي تستند إليها؛ الأوقات بتوقيت ليبيا (غرينتش+2).',
  feeds: 'الخلاصات',
  timeline: 'الخط الزمني',
  timelineIntro: 'أبرز أحداث الحرب، الأقدم أولاً، مع القصة التي غطّت كلاً منها.',
  readStory: 'اقرأ القصة',
  live: {
    kicker: 'تغطية مباشرة',
    listHeading: 'تغطية مباشرة',
    liveLabel: 'مباشر',
    endedLabel: 'انتهت',
    lastUpdated: 'آخر تحديث ',
    endedLastUpdated: 'انتهت التغطية؛ آخر تحديث ',
    started: 'بدأت التغطية ',
    whatWeKnow: 'ما نعرفه',
    keyEvents: 'أبرز الأحداث',
    keyEvent: 'حدث بارز',
    pinned: 'مثبّت',
    latestUpdates: 'آخر التحديثات',
    earlierUpdates: 'تحديثات سابقة',
    backToLatest: 'آخر التحديثات وما نعرفه وأبرز الأحداث →',
    pagesLabel: 'صفحات التغطية المباشرة',
    newer: '→ تحديثات أحدث',
    older: 'تحديثات أقدم ←',
    entrySources: 'المصادر: ',
  },
  lite: {
    name: 'كونفليكت ديسك الخفيفة',
    version: 'النسخة الخفيفة',
    edition: 'النسخة الخفيفة',
    fullVersion: 'النسخة الكاملة',
    indexTitle: (page) => (page === 1 ? 'تغطية ليبيا' : `تغطية ليبيا، الصفحة ${page}`),
    indexNote: 'كل القصص المترجمة، الأحدث أولاً، في النسخة الخفيفة.',
    about:
      'النسخة الخفيفة من كونفليكت ديسك: التغطية نفسها نصاً بسيطاً للاتصالات البطيئة ومحدودة الباقة، بلا نصوص برمجية ولا خطوط ولا صور. الأوقات بتوقيت ليبيا (غرينتش+2).',
    footerLinks: [{ href: '/ar', label: 'الموقع الكامل' }],
    notPublished: (state) => (state === 'withdrawn' ? 'مسحوبة: غير منشورة، تظهر أثناء التطوير فقط.' : state === 'draft' ? 'مسودة: غير منشورة، تظهر أثناء التطوير فقط.' : 'مجدولة: غير منشورة بعد، تظهر أثناء التطوير فقط.'),
    photo: 'الصورة:',
    credit: 'حقوق الصورة:',
  },
};

export const UI: Record<Lang, UiStrings> = { en, ar };
