import { normalizePath, type Plugin } from 'vite';
import { defineConfig, type EntrypointGroup } from 'wxt';
import { library } from './content';
import { contentScriptMatches } from './content/hosts';
import { libraryInLanguage, splitExplainers } from './lib/library-language';
import { pagesWithOwnStrings, stringsIn } from './lib/page-strings';
import { en } from './locales/en';
import { id } from './locales/id';

const locales = { en, id };

/**
 * V8's explicit compile hint: every function of the file is compiled when the script is, not on
 * its first call. The content script runs nearly all its code on every page within a second, and
 * a function compiled on first call is parsed twice and compiled in the middle of a pass; with the
 * hint, reading the values at page load took 3.7 ms instead of 4.9 (medians of 9 loads, the main
 * thread's total for the load unchanged). Written after minifying, which would drop it, and only
 * into the content script: the pages run a small part of what they load.
 */
const compileHint = '//# allFunctionsCalledOnLoad\n';

const compileHintPlugin = (fileName: string): Plugin => ({
  name: 'sidecoach:compile-hint',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.code = compileHint + chunk.code;
  },
});

/**
 * The content script without WXT's start-up wrapper, which in a production build wraps `main()`
 * in a try/catch whose logger does nothing and which only rethrows: 129 of the script's 8,192
 * gzip bytes (scripts/check-size.mjs). Loads WXT's virtual entry for this one file as a plain
 * call. The wrapper also starts WXT's runtime plugins, which no module here has; a module that
 * brings one would need this plugin gone. Were WXT to rename its entry, this would no longer
 * match, and `npm run size` says the wrapper is back.
 */
const bareScriptPlugin = (inputPath: string): Plugin => ({
  name: 'sidecoach:bare-script',
  enforce: 'pre',
  load(id) {
    if (id !== `\0virtual:wxt-unlisted-script-entrypoint?${normalizePath(inputPath)}`) return null;
    return `import definition from ${JSON.stringify(inputPath)};\nexport default definition.main();\n`;
  },
});

/**
 * WXT puts a module script in every HTML page to start its runtime plugins. Sidecoach has none
 * (checked when the config is resolved), so that script is an empty file after minifying, which
 * each page still requested beside its own modules. Taken out of the page before Vite reads it.
 */
const noPluginScriptPlugin = (): Plugin => ({
  name: 'sidecoach:no-wxt-plugin-script',
  transformIndexHtml: {
    order: 'pre',
    // As WXT writes it: <script src="virtual:wxt-html-plugins" type="module"></script>
    handler: (html) => html.replace(/<script src="virtual:wxt-html-plugins" type="module"><\/script>/, ''),
  },
});

/**
 * Writes, for each page, `locales/<language>.<page>.json`: the strings whose key appears in the
 * scripts the page loads before it shows (its entry and the chunks that imports), which are all
 * the strings its first view can ask for (lib/page-strings.ts). The views a page loads later wait
 * for the whole file (runtime/load-language.ts `withAllStrings`).
 */
const pageStringsPlugin = (): Plugin => ({
  name: 'sidecoach:page-strings',
  generateBundle(_options, bundle) {
    const chunks = new Map(
      Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])),
    );
    for (const page of pagesWithOwnStrings) {
      const entry = [...chunks.values()].find(
        (chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith(`/entrypoints/${page}/index.html`),
      );
      if (!entry) continue;
      const code: string[] = [];
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = chunks.get(fileName);
        if (!chunk) throw new Error(`Sidecoach: ${page} imports ${fileName}, which the build did not write`);
        code.push(chunk.code);
        for (const imported of chunk.imports) visit(imported);
      };
      visit(entry.fileName);
      const text = code.join('\n');
      for (const [language, strings] of Object.entries(locales)) {
        const own = stringsIn(text, strings);
        this.emitFile({ type: 'asset', fileName: `locales/${language}.${page}.json`, source: JSON.stringify(own) });
      }
    }
  },
});

/** The keyboard shortcut that opens the coach, shown in the popup and the README. */
export const openCoachShortcut = 'Alt+Shift+S';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Vite's modulepreload polyfill is a script of its own that every page loaded, to do nothing:
  // Chrome has had modulepreload since 66 and Firefox since 115 (the manifest asks for 140).
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    'config:resolved': (wxt) => {
      if (wxt.config.plugins.length > 0)
        throw new Error(
          `WXT runtime plugins (${wxt.config.plugins.join(', ')}) need the script noPluginScriptPlugin removes`,
        );
    },
    // Each page is a build of its own, and everything its first view runs is one script (below):
    // built together, the pages' common modules were split by which pages use them, into five to
    // seven files a page, and a page opened 15–20 ms later for it (the popup in one file against
    // seven, medians of 15 opens in three runs). Each file's own imports and exports weighed on
    // it too: the side panel is 5 KB lighter as one file. The views a page loads later stay
    // chunks of their own, which import what they share from the page's script.
    'entrypoints:grouped': (_wxt, groups) => {
      const apart = groups.flatMap((group): EntrypointGroup[] =>
        Array.isArray(group) ? group.map((page) => [page]) : [group],
      );
      groups.splice(0, groups.length, ...apart);
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      viteConfig.plugins = [...(viteConfig.plugins ?? []), noPluginScriptPlugin(), pageStringsPlugin()];
      const [page, ...others] = entrypoints;
      if (page && others.length === 0 && page.inputPath.endsWith('.html')) {
        viteConfig.build ??= {};
        viteConfig.build.rolldownOptions ??= {};
        viteConfig.build.rolldownOptions.output = {
          ...viteConfig.build.rolldownOptions.output,
          // Every module the page imports from the start, in the page's own script.
          codeSplitting: { groups: [{ name: page.name, tags: ['$initial'] }] },
        };
      }
      const detector = entrypoints.find((entrypoint) => entrypoint.name === 'detector');
      if (detector)
        viteConfig.plugins = [
          ...(viteConfig.plugins ?? []),
          bareScriptPlugin(detector.inputPath),
          compileHintPlugin('detector.js'),
        ];
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const language of Object.keys(locales)) {
        paths.push(`locales/${language}.json`, `library/${language}.json`, `library/${language}.explainers.json`);
        for (const page of pagesWithOwnStrings) paths.push(`locales/${language}.${page}.json`);
      }
    },
    // Each language's interface strings and library texts as files of their own, so a page loads
    // only the language on screen (runtime/load-language.ts); JSON parses faster than script. The
    // metric explainers, which only an open card and the Glossary show, are a file of their own.
    'build:publicAssets': (_wxt, assets) => {
      for (const [language, strings] of Object.entries(locales)) {
        const { core, explainers } = splitExplainers(libraryInLanguage(library, language as keyof typeof locales));
        assets.push({ relativeDest: `locales/${language}.json`, contents: JSON.stringify(strings) });
        assets.push({ relativeDest: `library/${language}.json`, contents: JSON.stringify(core) });
        assets.push({ relativeDest: `library/${language}.explainers.json`, contents: JSON.stringify(explainers) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'alarms', 'notifications'],
    // The same hosts as the content script, which asks for them already: this adds no prompt, and
    // lets the background see a tab's URL there (and only there) to follow it between pages.
    host_permissions: contentScriptMatches,
    // The content script (entrypoints/detector/), built by WXT as an unlisted script so that it
    // carries none of WXT's content script wrapper: see the note at the end of its index.ts.
    content_scripts: [{ matches: contentScriptMatches, js: ['detector.js'], run_at: 'document_idle' }],
    action: { default_title: '__MSG_actionTitle__' },
    // Chrome opens the side panel from our own command; Firefox toggles its sidebar with the
    // built-in `_execute_sidebar_action`, which needs no code.
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: openCoachShortcut },
              description: '__MSG_commandOpenCoach__',
            },
          }
        : {
            'open-coach': {
              suggested_key: { default: openCoachShortcut },
              description: '__MSG_commandOpenCoach__',
            },
          },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sidecoach@sidecoach.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
