// English interface strings. The source of truth for keys: every other locale must have the
// same keys and the same {placeholders} (a unit test checks).
export const en = {
  appName: 'Sidecoach',

  popupHeading: 'Your first week',
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

  optionsTitle: 'Sidecoach settings',
  optionsLanguage: 'Language',
  optionsLanguageAuto: 'Same as the browser ({language})',
  optionsSaved: 'Saved.',
  optionsSaveFailed: 'Could not save: {error}. Your previous settings are kept.',
  optionsSettingsReset:
    'Your saved settings could not be read, so Sidecoach is using its defaults. Saving here replaces them.',
  optionsPrivacyHeading: 'Privacy',
  optionsPrivacyBody:
    'Sidecoach keeps everything in this browser. It makes no network requests and sends nothing anywhere.',

  languageEnglish: 'English',
  languageIndonesian: 'Bahasa Indonesia',
};

export type MessageKey = keyof typeof en;
