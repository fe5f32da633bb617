// The sample dashboard's only behaviour: its side navigation switches views like a single-page app
// (pushState on a LinkedIn address under `npm start`), never reloading. Inside the extension the
// address stays sample.html, so the panel keeps coaching it as the sample.
const inExtension = /^(chrome|moz)-extension:$/.test(location.protocol);

const views: Record<string, [string, string]> = {
  dashboard: ['Dashboard', 'A summary of the Page: recent activity, posts and followers.'],
  'page-posts': ['Page posts', 'Published, scheduled and draft posts.'],
  content: ['Content', "How the Page's posts performed with members."],
  visitors: ['Visitors', 'Who visited the Page, and which sections they viewed.'],
  followers: ['Followers', 'How the follower count grew, and who the followers are.'],
  leads: ['Leads', 'Leads collected from the Page and its lead forms.'],
  competitors: ['Competitors', 'How the Page compares with Pages you chose to track.'],
};
const links = [...document.querySelectorAll<HTMLAnchorElement>('.sidenav a[data-view]')];

function viewFor(path: string): string | null {
  const link = links.find((a) => a.getAttribute('href') === path);
  if (link) return link.dataset.view ?? null;
  return /\/admin\/analytics\/updates\//.test(path) ? 'content' : null;
}

function show(view: string) {
  const [title, subtitle] = views[view] ?? views.content;
  document.getElementById('view-title')!.textContent = title;
  document.getElementById('view-subtitle')!.textContent = subtitle;
  document.getElementById('content-view')!.hidden = view !== 'content';
  document.getElementById('other-view')!.hidden = view === 'content';
  document.getElementById('other-title')!.textContent = title;
  document.getElementById('other-path')!.textContent = location.pathname;
  document.title = `${title} | Kopi Nusantara (Sidecoach demo)`;
  for (const a of links) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

for (const a of links) {
  a.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const path = a.getAttribute('href') ?? '';
    if (!inExtension && location.pathname !== path) history.pushState({ view: a.dataset.view }, '', path);
    show(a.dataset.view ?? 'content');
  });
}
// Back and forward buttons, and a direct load of any of the paths above.
window.addEventListener('popstate', () => show(viewFor(location.pathname) ?? 'content'));
show(viewFor(location.pathname) ?? 'content');
