// English interface strings. The source of truth for keys: every other locale must have the
// same keys and the same {placeholders} (a unit test checks).
export const en = {
  appName: 'Sidecoach',

  popupHeading: 'Your onboarding checklist',
  popupOpenCoach: 'Open coach',
  popupOpenCoachHint: 'Opens the coach beside this tab. Shortcut: {shortcut}',
  popupOpenCoachFailed: 'The coach could not open here: {error}',
  popupSettings: 'Settings',

  panelLoading: 'Looking at this tab…',
  panelPinned: 'Coaching for one pinned tab',
  panelTabClosed: 'The tab this panel was pinned to has been closed.',
  panelUnsupportedTitle: 'Nothing to coach on here',
  panelUnsupportedBody:
    'Open one of your social platforms or analytics dashboards in this tab and the coach follows you there.',
  panelSupportedPlatforms: 'Where Sidecoach works',
  panelPlatformOnlyBody:
    'This is {platform}, but Sidecoach has no coaching for this page yet. Its analytics pages are a good place to start.',
  panelYouAreOn: 'You are on',
  panelMetricsHeading: 'Metrics on this page',
  panelNoMetrics: 'No metrics recognised on this page yet.',
  panelLoadFailed: 'Sidecoach could not read this tab: {error}',

  panelViews: 'Sidecoach views',
  viewCoach: 'Coach',
  viewGlossary: 'Glossary',

  coachOnThisPage: 'On this page',
  coachReadsNothingHere:
    'Sidecoach reads nothing on this kind of page (messages, comments and composers), so it shows no metrics here.',
  coachAccount: 'Account: {account}',
  coachDateRange: 'Period on screen: {range}',
  coachPause: 'Pause on {platform}',
  coachResume: 'Resume on {platform}',
  coachPauseFailed: 'Could not change this: {error}',
  coachPausedTitle: 'Paused on {platform}',
  coachPausedBody:
    'Sidecoach reads nothing on {platform} pages until you resume. Your notes and the Glossary still work.',
  coachQuestionsHeading: 'Questions that fit this page',
  coachMoreQuestions: 'Show {count} more',
  coachWellbeingHeading: 'Look after the team',
  wellbeingToday: 'Something to do today:',
  wellbeingAnother: 'Another idea',
  questionWhy: 'Why ask, and what a good answer sounds like',
  questionGoodAnswer: 'A good answer:',
  cardOnPlatform: 'On {platform}:',
  cardNoVariant: '{platform} has no definition of its own for this; see how other platforms count it.',
  cardCareful: 'Careful:',
  cardAskAtOneOnOne: 'Ask at my next 1:1',
  cardSavedForOneOnOne: 'Saved for my next 1:1 ✓',
  cardAddNote: 'Add a note',
  cardMore: 'More',
  cardLess: 'Less',
  cardOpenInGlossary: 'Compare every platform in the Glossary',
  agendaSaveFailed: 'Could not save this for your 1:1: {error}',
  readsHeading: 'What Sidecoach reads on this page',
  readsAddress: 'The address and title of this tab, to know the platform and page.',
  readsLabels: 'These metric labels, and nothing else the page says:',
  readsNoLabels: 'No metric labels so far.',
  readsPaused: 'Nothing on this page: you paused Sidecoach here.',
  readsDateRange: 'The period the page shows: {range}',
  readsScan: 'Its last look took {ms} ms over {nodes} pieces of text, in {slices} idle moments.',
  readsNever:
    'It never reads what you type, your messages or comment boxes. What it reads stays in this browser and is forgotten when the browser closes.',

  glossaryHeading: 'Metric glossary',
  glossarySearchLabel: 'Find a metric, in English or Indonesian',
  glossarySearchPlaceholder: 'reach, jangkauan, CTR…',
  glossaryNoResults: 'No metric matches “{query}”. Try another word, in English or Indonesian.',
  glossaryCount: 'Metrics found: {count}',
  glossaryBack: 'All metrics',

  metricOtherLanguageName: 'In Indonesian: {name}',
  metricFormula: 'Formula:',
  metricOnEachPlatform: 'On each platform',
  metricPitfalls: 'Careful when comparing',
  metricChanges: 'What changed, and when',
  metricAskTheTeam: 'Ask the team',
  metricGoals: 'Goals it shows progress on',
  metricSources: 'Sources',
  metricChecked: 'checked {date}',

  phaseFirstWeek: 'First week',
  phaseFirst30Days: 'First 30 days',
  phaseFirst60Days: 'First 60 days',
  phaseFirst90Days: 'First 90 days',
  popupPhases: 'Checklist stage',

  optionsTitle: 'Sidecoach settings',
  optionsLanguage: 'Language',
  optionsLanguageAuto: 'Same as the browser ({language})',
  optionsSaved: 'Saved.',
  optionsSaveFailed: 'Could not save: {error}. Your previous settings are kept.',
  optionsSettingsReset:
    'Your saved settings could not be read, so Sidecoach is using its defaults. Saving here replaces them.',
  optionsReadingHeading: 'What Sidecoach reads on pages',
  optionsHints: 'Show hints on pages',
  optionsHintsHelp:
    'A small “?” beside each metric Sidecoach recognises on a page; click it to read the explainer. Hints never move anything on the page.',
  optionsReadOn: 'Read metric labels on these platforms (untick to pause)',
  optionsPrivacyHeading: 'Privacy',
  optionsPrivacyBody:
    'Sidecoach keeps everything in this browser. It makes no network requests and sends nothing anywhere.',

  languageEnglish: 'English',
  languageIndonesian: 'Bahasa Indonesia',
};

export type MessageKey = keyof typeof en;
