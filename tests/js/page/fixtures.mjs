// Invented articles for the page tests (invented towns, people and outlets).

// Two short reports of one invented event that disagree on a number and word
// the same quote differently.
export const PASTED = [
  {
    name: 'Lakeside Courier',
    text: [
      'Home | News | Sport | Weather',
      '',
      'Ferry service to Orrin Island resumes after storm repairs',
      '',
      'By Tamsin Holloway',
      '',
      'The ferry link between Port Valden and Orrin Island reopened on Monday after six weeks of repairs to the storm-damaged pier.',
      '',
      'Harbour master Edvard Lindqvist said 240 passengers crossed on the first day.',
      '',
      '“We promised the islanders a safe pier and we have delivered one,” Lindqvist said at the reopening.',
      '',
      'The repairs cost 3.2 million euros, according to the regional council.',
      '',
      'Share this article',
    ].join('\n'),
  },
  {
    name: 'Valden Evening Post',
    text: [
      'Subscribe now for full access',
      '',
      'Orrin Island ferry back in service',
      '',
      'The ferry between Port Valden and Orrin Island returned to service on Monday following six weeks of work on the pier damaged in the storm.',
      '',
      'According to harbour master Edward Lindquist, 310 passengers made the crossing on the first day.',
      '',
      '“We promised the islanders a safe pier, and we delivered it,” Lindquist told reporters.',
      '',
      'The regional council put the cost of the repairs at 3.2 million euros.',
      '',
      'Related: Storm damage along the coast',
    ].join('\n'),
  },
];

// Hostile strings: if any of them ever becomes markup, a dialog opens or
// window.__xss is set, and the tests fail.
export const XSS_PAYLOADS = [
  '<script>window.__xss = "script"; alert("script")</script>',
  '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">',
  '<a href="javascript:window.__xss=\'link\';alert(\'link\')">click me</a>',
  '<svg onload="window.__xss = \'svg\'; alert(\'svg\')"></svg>',
  '"><iframe srcdoc="<script>parent.__xss=\'iframe\';parent.alert(\'iframe\')</script>"></iframe>',
];

export function xssText() {
  return [
    'Council approves new harbour budget',
    '',
    `The council of Port Valden approved the harbour budget on Tuesday. ${XSS_PAYLOADS[0]} Officials said the vote was 9 to 2.`,
    '',
    `“This budget keeps the ferries running,” said councillor Mira Szabo ${XSS_PAYLOADS[1]} after the vote.`,
    '',
    `Opponents called the plan rushed ${XSS_PAYLOADS[2]} and said 12 jobs were at risk.`,
    '',
    `The budget totals 4.1 million euros ${XSS_PAYLOADS[3]} for the coming year.`,
    '',
    `Residents can read the plan online ${XSS_PAYLOADS[4]} from next week.`,
  ].join('\n');
}

export function xssHtml() {
  return `<!doctype html><html><head><title>Harbour budget ${XSS_PAYLOADS[4]}</title>
<meta property="og:site_name" content="Valden &quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
<script>window.__xss = 'head-script'; alert('head')</script></head>
<body onload="window.__xss='body';alert('body')"><nav><a href="javascript:alert('nav')">Home</a> | <a href="/news">News</a></nav>
<article><h1>Council approves harbour budget</h1>
<p>The council of Port Valden approved a harbour budget of 4.5 million euros on Tuesday, officials said. &lt;script&gt;alert("escaped")&lt;/script&gt;</p>
<p>“This budget keeps the ferries running,” councillor Mira Szabo said. <img src=x onerror="window.__xss='img2';alert('img2')"></p>
<p>The vote was 8 to 3, and opponents said 12 jobs were at risk. <svg onload="window.__xss='svg2';alert('svg2')"><circle r="4"/></svg></p>
<p>Residents can read the plan from next week. <iframe srcdoc="<script>parent.__xss='iframe2'</script>"></iframe></p>
</article><footer>© Valden Post. All rights reserved.</footer></body></html>`;
}

// A generated report of an invented event (~1,000 words, the size of the
// compare speed floor); outlets vary numbers,
// quote wording and name spellings so the comparison has real work to do.
const SPELLINGS = ['Ilse Brandauer', 'Ilze Brandauer', 'Ilse Brandhauer'];
const PLACES = ['Varnholt', 'Marrowick', 'Tessaly', 'Quenby', 'Harlow Cross', 'Oldmere'];
export function generatedArticle(i, paragraphs = 15) {
  const rnd = mulberry32(i + 1);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const mayor = pick(SPELLINGS);
  const out = [`Outlet ${i + 1} | Home | Local | Contact`, '', `Varnholt bridge reopens after ${8 + (i % 3)} months of works`, '', `By Reporter ${i + 1}`, ''];
  for (let p = 0; p < paragraphs; p++) {
    const place = pick(PLACES);
    const n = 100 + Math.floor(rnd() * 900);
    const sentences = [
      `The bridge between Varnholt and ${place} carried ${n} vehicles in its first hour, officials in ${place} said on Saturday.`,
      `Mayor ${mayor} said the repairs cost ${(2 + (i % 4) * 0.5).toFixed(1)} million euros and finished ${p % 2 ? 'on time' : 'two weeks late'}.`,
      `“This bridge ${p % 3 ? 'joins our towns again' : 'brings our towns together again'},” ${mayor} told the crowd of about ${n * 2} people.`,
      `Engineers from ${place} inspected ${n % 40 + 10} steel cables and ${n % 7 + 2} support piers before the opening on ${['Friday', 'Saturday'][i % 2]}.`,
    ];
    out.push(sentences.join(' '), '');
  }
  out.push('Share on social media', '', 'Related stories: Roadworks in Oldmere');
  return out.join('\n');
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
