// Small invented articles (invented port, people and outlets) for the package
// tests: the same event told three ways, with boilerplate around the text, a
// number that differs, a quote worded differently and a name spelled two ways.
export const coastline = `Skip to content
News
Weather
Sport

Velmora harbour reopens after three-day storm closure

By Tamsin Orla
Published 12 March 2026

Share this article

The harbour of Velmora reopened on Tuesday morning after a storm kept it closed for three days, harbour master Ilse Marwen said.

About 40 cargo ships had waited outside the breakwater while waves of up to nine metres hit the coast.

"We will not open a single berth until the divers have checked every mooring," Marwen told reporters at the pier.

Repairs to the northern quay will cost an estimated 12 million euros, the port authority said.

Subscribe to our newsletter

© 2026 Coastline Herald. All rights reserved.
`;

export const tideline = `Menu
Home | Regional | Business

Ships return to Velmora as storm passes

Published 12 March 2026

The port of Velmora opened again on Tuesday after a three-day closure caused by the storm, according to harbour master Ilse Marven.

Some 42 cargo ships had been waiting at anchor outside the breakwater.

"No berth opens until divers have checked every single mooring," Marven said at the pier.

Related articles
Storm warning issued for the west coast

Tideline Daily · Contact us · Privacy policy
`;

export const quayside = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Velmora port back in business | Quayside Post</title>
<meta property="og:site_name" content="Quayside Post">
</head><body>
<nav><a href="/">Home</a> <a href="/ports">Ports</a> <a href="/about">About</a></nav>
<article>
<h1>Velmora port back in business</h1>
<p class="byline">By Anders Kell</p>
<p>Velmora's harbour reopened on Tuesday, ending a three-day closure forced by the storm, harbour master Ilse Marwen said.</p>
<p>Forty cargo ships had been held outside the breakwater, she said, and the first of them entered the port at noon.</p>
<p>Repairs to the northern quay are expected to cost 15 million euros, a port authority spokesman said.</p>
</article>
<aside><h2>Read more</h2><ul><li><a href="/a">Fishing fleet counts storm losses</a></li></ul></aside>
<footer>&copy; 2026 Quayside Post. All rights reserved.</footer>
</body></html>
`;

export const story = [
  { id: 'coastline', name: 'Coastline Herald', content: coastline },
  { id: 'tideline', name: 'Tideline Daily', content: tideline },
  { id: 'quayside', name: 'Quayside Post', content: quayside },
];
