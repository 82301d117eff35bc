/**
 * Writes the sample corpus in `content/`: several hundred invented news
 * articles in the one-file-per-article format (YAML front matter between `---`
 * lines, optional markdown/HTML body), the same format as real feeds.
 *
 *   npm run corpus              # rewrites content/
 *   npm run corpus -- --out DIR # writes elsewhere (DIR must be empty or generated)
 *
 * Deterministic: a seeded PRNG and a fixed "now" (NOW below), never the clock,
 * so running it twice gives byte-identical files. Everything is fictional:
 * outlets, domains, companies, people and events are made up.
 *
 * The text of the events covered by many outlets without `related` links,
 * their look-alikes and the extra drafts lives in corpus-data/events.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse as parseYaml } from 'yaml';
import { mulberry32 } from './random';

/* ------------------------------------------------------------------ data
 * Events that many outlets cover without linking each other (the way a news
 * aggregator sees a big story), read from corpus-data/events.json.
 */

interface EventSpec {
  key: string;
  kind: Kind;
  /** The first is the main topic. */
  topics: string[];
  /** How many different outlets cover it. */
  outlets: number;
  startDaysAgo: number;
  /** First to last article. */
  spanHours: number;
  /** Typical heat of one article. */
  heat: number;
  /** Names and numbers every telling shares; the first is bolded in the one HTML excerpt. */
  keyTerms: string[];
  /** Paraphrased headlines, at least one per outlet. */
  titles: string[];
  excerpts: string[];
  extras: string[];
  body: string[];
  facts: string[];
  /** Same company, same number or same kind of news, but another event. */
  nearMisses: Array<{ hours: number; topics: string[]; title: string; excerpt: string }>;
}

interface DraftSpec {
  /** The event a draft is about, or null when it is off-topic. */
  event: string | null;
  daysAgo: number;
  topics: string[];
  title: string;
  excerpt: string;
}

interface CorpusData {
  /** A broad topic most outlets attach to everything. */
  genericTopic: string;
  events: EventSpec[];
  drafts: DraftSpec[];
}

const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('./corpus-data/events.json', import.meta.url)), 'utf8')) as CorpusData;

/* ------------------------------------------------------------------ data
 * Word lists and templates. Everything is invented: outlets, companies,
 * institutions and events are fictional.
 */

type Kind =
  | 'launch'
  | 'funding'
  | 'study'
  | 'policy'
  | 'trend'
  | 'partnership'
  | 'incident'
  | 'breach'
  | 'vuln'
  | 'earningsUp'
  | 'earningsDown'
  | 'milestone';

interface TopicSpec {
  name: string;
  /** How often this topic is the main topic of an article. */
  weight: number;
  kinds: Partial<Record<Kind, number>>;
  actors: string[];
  products?: string[];
  findings?: string[];
  issues?: string[];
  trends: string[];
  missions?: string[];
  audiences?: string[];
  services?: string[];
  milestones?: string[];
  /** Who regulates this field (defaults to GENERIC.regulators). */
  regulators?: string[];
  /** Topics that often appear next to this one. */
  near: string[];
}

const TOPICS: TopicSpec[] = [
  {
    name: 'AI',
    weight: 14,
    kinds: { launch: 3, funding: 2, study: 2, policy: 1, trend: 2, partnership: 1, incident: 0.5 },
    actors: ['Corvane', 'Haldane Labs', 'Lumenforge', 'Quillstone AI', 'Tessary', 'Northbeam Research', 'Aurelic'],
    products: [
      'coding assistant for legacy COBOL systems',
      'open-weight language model',
      'speech model that runs on laptops',
      'agent toolkit for customer support',
      'image model trained only on licensed photos',
      'model evaluation dashboard',
      'translation model for 40 African languages',
    ],
    findings: [
      'large language models still stumble on multi-step arithmetic',
      'AI-drafted replies cut support backlogs by nearly a third',
      'chatbots give inconsistent answers to the same medical question',
      'small fine-tuned models can match far larger ones on narrow tasks',
      'AI code suggestions quietly introduce security bugs',
      'people trust AI summaries more when sources are shown',
    ],
    issues: ['training data transparency', 'labels for AI-generated images', 'liability for chatbot advice', 'copyright claims over training data'],
    trends: ['small language models', 'AI agents in the back office', 'on-device inference', 'synthetic training data', 'retrieval-augmented generation'],
    missions: ['build AI agents for insurance claims', 'make model evaluation routine', 'bring speech recognition to low-resource languages'],
    audiences: ['developers', 'customer support teams', 'newsrooms', 'small businesses'],
    services: ['chat assistant', 'model API'],
    regulators: ['the EU', 'Brussels', 'a US Senate panel', "Japan's trade ministry", 'the UK government'],
    near: ['Machine Learning', 'Startups', 'Robotics', 'Chips', 'Policy'],
  },
  {
    name: 'Machine Learning',
    weight: 8,
    kinds: { launch: 2, study: 3, trend: 2, funding: 1, partnership: 1 },
    actors: ['Tessary', 'Gradient Hollow', 'Vireo Analytics', 'Pallas ML', 'Haldane Labs', 'Ferrous Labs'],
    products: [
      'feature store',
      'AutoML service for tabular data',
      'vector search library',
      'model monitoring toolkit',
      'labelling platform for medical scans',
    ],
    findings: [
      'benchmark leaks inflate reported model accuracy',
      'simple baselines beat deep models on half of tabular tasks',
      'models trained on satellite images can spot failing crops weeks early',
      'distribution shift erodes fraud models within months',
      'training on cleaner data beats training on more data',
    ],
    issues: ['benchmark contamination', 'reproducibility of published results'],
    trends: ['foundation models for tabular data', 'federated learning', 'model distillation', 'self-supervised learning for sensor data'],
    missions: ['automate data labelling for hospitals', 'monitor models in production', 'speed up training on commodity GPUs'],
    audiences: ['data scientists', 'ML engineers', 'research labs'],
    services: ['training cluster', 'hosted notebooks'],
    near: ['AI', 'Data Engineering', 'Chips'],
  },
  {
    name: 'Cloud',
    weight: 9,
    kinds: { launch: 3, incident: 2, partnership: 1, trend: 1, policy: 0.5, earningsUp: 0.5 },
    actors: ['Stratus Nine', 'Cirrolane', 'Altocloud', 'Nimbic', 'Overcast Systems', 'Cumulo Networks'],
    products: [
      'sovereign cloud region in Frankfurt',
      'ARM-based compute instance family',
      'serverless GPU tier',
      'managed Kubernetes offering',
      'cold storage class priced per terabyte',
      'multi-cloud cost dashboard',
    ],
    findings: [
      'a third of cloud spending goes to idle resources',
      'egress fees drive most multi-cloud migrations',
      'misconfigured storage buckets remain the top source of cloud leaks',
    ],
    issues: ['cloud egress fees', 'software licensing in the cloud', 'data residency rules'],
    trends: ['cloud repatriation', 'FinOps', 'sovereign cloud', 'serverless containers'],
    missions: ['cut cloud bills for mid-sized companies', 'make multi-cloud networking boring'],
    audiences: ['enterprise IT teams', 'startups', 'public-sector buyers'],
    services: ['object storage', 'its US-East region', 'load balancers', 'identity service'],
    near: ['DevOps', 'Security', 'Data Engineering'],
  },
  {
    name: 'Security',
    weight: 11,
    kinds: { breach: 3, vuln: 3, launch: 1, funding: 1, study: 1, policy: 0.5 },
    actors: ['Ironmoss Security', 'Sentrel', 'Pikewall', 'Cobaltine', 'Harrow Defense', 'Veritrust Labs'],
    products: ['passkey manager for enterprises', 'open-source SBOM scanner', 'browser isolation service', 'threat intelligence feed'],
    findings: [
      'ransomware gangs now ask for smaller ransoms more often',
      'most breaches still start with stolen passwords',
      'attackers exploit new flaws within five days on average',
      'one in four companies pays a ransom at least once',
    ],
    issues: ['breach disclosure deadlines', 'ransomware payments', 'software supply-chain security'],
    trends: ['passkeys', 'zero-trust networking', 'memory-safe languages', 'AI-assisted phishing'],
    missions: ['stop account takeovers at small banks', 'make software bills of materials useful'],
    audiences: ['security teams', 'small businesses', 'hospitals'],
    near: ['Privacy', 'Cloud', 'Open Source', 'DevOps'],
  },
  {
    name: 'Open Source',
    weight: 6,
    kinds: { launch: 2, milestone: 2, trend: 2, funding: 1, study: 1, policy: 0.5 },
    actors: ['the Larkspur Foundation', 'Openhearth', 'the Driftwood project', 'Kestrel Linux', 'the Fernwood maintainers'],
    products: ['long-term support release', 'package signing service', 'Rust rewrite of its core library', 'contributor mentoring programme'],
    findings: [
      'a handful of volunteers maintain most critical open-source packages',
      'abandoned dependencies linger in most enterprise codebases',
      'funding programmes shorten fix times for open-source flaws',
    ],
    issues: ['open-source licence changes', 'maintainer burnout', 'liability rules for open-source code'],
    trends: ['source-available licences', 'paid maintainer programmes', 'reproducible builds'],
    missions: ['pay open-source maintainers', 'support companies running Kestrel Linux'],
    audiences: ['maintainers', 'downstream distributions', 'first-time contributors'],
    milestones: [
      'ships version 5.0 after two years of work',
      'moves to a community-elected steering committee',
      'drops support for 32-bit systems',
      'switches to a permissive licence',
    ],
    near: ['DevOps', 'Security', 'Web Development'],
  },
  {
    name: 'Databases',
    weight: 5,
    kinds: { launch: 3, incident: 1, funding: 1, trend: 1, study: 1 },
    actors: ['Quarrystone DB', 'Tidewell', 'Ledgerline', 'Basalt Data', 'Marrow DB'],
    products: ['distributed SQL engine', 'vector index for Postgres', 'serverless database tier', 'time-series storage engine', 'change-data-capture connector'],
    findings: [
      'most database outages trace back to schema migrations',
      'embedded databases handle far more traffic than teams expect',
      'half of production databases run versions past end of support',
    ],
    issues: ['licence changes for database projects'],
    trends: ['Postgres everywhere', 'embedded analytics databases', 'vector search inside relational databases'],
    missions: ['make database migrations safe', 'run Postgres at the edge'],
    audiences: ['backend developers', 'platform teams', 'database administrators'],
    services: ['managed database service', 'replication layer'],
    near: ['Data Engineering', 'Cloud', 'Open Source'],
  },
  {
    name: 'Web Development',
    weight: 8,
    kinds: { launch: 3, trend: 3, study: 1, funding: 1 },
    actors: ['Pagewright', 'Tinderbox Labs', 'Ferrule', 'Lattice UI', 'Hollowtree', 'Ribbonware'],
    products: ['bundler written in Rust', 'component library with built-in accessibility checks', 'edge rendering runtime', 'form validation library', 'static site generator'],
    findings: [
      'the median web page now ships more than 2 MB of JavaScript',
      'accessibility errors appear on most home pages',
      'modern image formats cut page weight by a quarter',
    ],
    issues: ['browser engine competition', 'accessibility rules for websites', 'cookie banners'],
    trends: ['server components', 'view transitions', 'web components', 'partial hydration'],
    missions: ['make websites accessible by default', 'speed up checkout pages'],
    audiences: ['front-end developers', 'agencies', 'e-commerce teams'],
    near: ['Open Source', 'Mobile', 'DevOps'],
  },
  {
    name: 'Climate',
    weight: 7,
    kinds: { study: 3, policy: 2, launch: 1, funding: 1, milestone: 1, trend: 1 },
    actors: ['the Halvorsen Institute', 'Verdant Grid', 'CarbonLedger', 'Terrawell', 'the Atlas Climate Lab'],
    products: ['methane-tracking satellite data service', 'carbon accounting tool for suppliers', 'street-level flood risk map'],
    findings: [
      'European heat waves now arrive two weeks earlier than in the 1980s',
      'urban trees cut street temperatures by up to 4°C',
      'Alpine glacier loss sped up again this summer',
      'coastal wetlands store more carbon than previously estimated',
    ],
    issues: ['carbon offset standards', 'climate disclosure rules', 'methane limits for oil and gas'],
    trends: ['direct air capture', 'climate tech for farming', 'heat pumps', 'carbon removal credits'],
    missions: ['measure soil carbon cheaply', 'map flood risk street by street'],
    audiences: ['city planners', 'insurers', 'farmers'],
    milestones: ['switches on its first commercial carbon capture plant', 'publishes the first open methane map of Europe'],
    regulators: ['the EU', 'Brussels', 'a US Senate panel', "Canada's environment ministry"],
    near: ['Energy', 'Policy', 'Space'],
  },
  {
    name: 'Space',
    weight: 6,
    kinds: { milestone: 4, launch: 1, funding: 1, study: 1, policy: 0.5 },
    actors: ['Orbital Finch', 'Heliant Space', 'Starwake', 'Perigee Works', 'Cassin Aerospace'],
    products: ['small-satellite bus', 'reusable upper stage', 'in-orbit refuelling service', 'lunar communications relay'],
    findings: [
      'debris in low Earth orbit grew 12% in a year',
      'a nearby exoplanet may have a thick atmosphere',
      'satellite constellations brighten the night sky more than expected',
    ],
    issues: ['space debris', 'spectrum for satellite broadband', 'launch licensing'],
    trends: ['in-orbit servicing', 'satellite-to-phone links', 'lunar logistics'],
    missions: ['refuel satellites in orbit', 'build cheaper ground stations'],
    audiences: ['satellite operators', 'astronomers'],
    milestones: [
      'completes the first static fire of its methane engine',
      'launches 24 broadband satellites on a single rocket',
      'docks a servicing craft with an ageing satellite',
      'recovers its booster at sea for the first time',
      'wins a contract for a lunar cargo lander',
    ],
    regulators: ['the EU', 'a US Senate panel', 'the UK space agency'],
    near: ['Climate', 'Startups', 'Quantum'],
  },
  {
    name: 'Energy',
    weight: 6,
    kinds: { milestone: 2, launch: 1, funding: 1, policy: 1, study: 1, earningsUp: 0.5, earningsDown: 0.5 },
    actors: ['Gridfall Power', 'Solvane', 'Emberline Energy', 'Tidal Arc', 'Kelvin Storage'],
    products: ['sodium-ion home battery', 'iron-air grid battery', 'smart charger for electric vans', 'virtual power plant platform'],
    findings: ['solar curtailment doubled in two years', 'home batteries can shave peak demand by a fifth', 'heat pumps halve heating bills in well-insulated homes'],
    issues: ['grid connection queues', 'nuclear plant life extensions', 'dynamic electricity pricing'],
    trends: ['long-duration storage', 'small modular reactors', 'geothermal drilling', 'bidirectional EV charging'],
    missions: ['shorten grid connection queues', 'turn parked electric cars into grid batteries'],
    audiences: ['utilities', 'homeowners', 'fleet operators'],
    milestones: [
      "switches on one of Europe's largest battery parks",
      'connects its first offshore wind farm to the grid',
      'starts drilling its first enhanced geothermal well',
    ],
    regulators: ['the UK energy regulator', 'the EU', "Germany's network agency", 'a US Senate panel'],
    near: ['Climate', 'Policy', 'Finance'],
  },
  {
    name: 'Health',
    weight: 6,
    kinds: { study: 3, launch: 1, policy: 1, funding: 1, trend: 1 },
    actors: ['Meridia Health', 'Calloway Clinics', 'Pulsewise', 'the Northfield Hospital Trust', 'Wellcrest'],
    products: ['remote monitoring service for heart patients', 'AI triage tool', 'wearable glucose patch', 'telehealth app for rural clinics'],
    findings: [
      'short walks after meals blunt blood sugar spikes',
      'remote monitoring cut hospital readmissions by 18%',
      'poor sleep in midlife is linked to higher dementia risk',
      'text message reminders double vaccination rates',
    ],
    issues: ['health data sharing', 'telehealth prescribing rules', 'approval of AI diagnostic tools'],
    trends: ['hospital at home', 'digital therapeutics', 'wearable diagnostics'],
    missions: ['bring cardiology check-ups to rural towns', 'cut emergency room waiting times'],
    audiences: ['hospitals', 'family doctors', 'patients'],
    regulators: ['the EU', 'the UK health regulator', 'a US Senate panel'],
    near: ['Biotech', 'AI', 'Privacy', 'Robotics'],
  },
  {
    name: 'Biotech',
    weight: 4,
    kinds: { milestone: 2, study: 2, funding: 2, partnership: 1 },
    actors: ['Genvara', 'Helix Meadow', 'Cordant Bio', 'Amberlight Therapeutics', 'Protea Labs'],
    products: ['protein design platform', 'gene-editing therapy', 'RNA manufacturing line'],
    findings: [
      'a base-editing therapy lowered cholesterol for a year in an early trial',
      'engineered bacteria can break down plastic at room temperature',
      'an AI model predicts protein interactions more accurately than lab screens',
    ],
    issues: ['drug pricing negotiations', 'gene therapy approvals'],
    trends: ['AI-designed proteins', 'in vivo gene editing', 'cell-free manufacturing'],
    missions: ['design enzymes with machine learning', 'make RNA medicines cheaper to produce'],
    audiences: ['drug developers', 'patients with rare diseases'],
    milestones: [
      'doses the first patient in its gene-editing trial',
      'gets the green light for a phase 2 trial',
      'opens a new RNA manufacturing plant',
    ],
    near: ['Health', 'AI', 'Startups'],
  },
  {
    name: 'Robotics',
    weight: 6,
    kinds: { launch: 2, funding: 2, milestone: 1, study: 1, trend: 1 },
    actors: ['Ambulo Robotics', 'Gantry Works', 'Kinetra', 'Pickwell', 'Brindle Robotics', 'Halyard Automation'],
    products: ['humanoid robot for warehouse picking', 'robotic mower that needs no boundary wire', 'surgical robot arm', 'autonomous forklift'],
    findings: [
      'warehouse robots reduce injuries but not working hours',
      'grippers trained in simulation now handle real objects reliably',
    ],
    issues: ['safety rules for robots in public spaces'],
    trends: ['humanoid robots', 'robots as a service', 'sidewalk delivery robots'],
    missions: ['automate fruit picking', 'bring robots to small factories'],
    audiences: ['warehouses', 'farmers', 'hospitals'],
    milestones: ['deploys 1,000 picking robots across its warehouses', 'begins driverless deliveries in two cities'],
    near: ['AI', 'Startups', 'Chips'],
  },
  {
    name: 'Chips',
    weight: 6,
    kinds: { launch: 2, earningsUp: 1, earningsDown: 1, milestone: 1, policy: 1, partnership: 1 },
    actors: ['Vantor Semiconductor', 'Obsidian Micro', 'Ridgeway Silicon', 'Paragon Foundry', 'Lumic Devices'],
    products: ['3 nm AI accelerator', 'RISC-V server processor', 'low-power edge inference chip', 'chiplet interconnect'],
    findings: ['chip shortages cost carmakers far less this year', 'data-centre chips now use more power than entire small countries'],
    issues: ['controls on advanced chips', 'chip subsidies'],
    trends: ['chiplets', 'RISC-V in data centres', 'advanced packaging'],
    missions: ['design chips for battery-powered sensors', 'build photonic interconnects'],
    audiences: ['cloud providers', 'carmakers', 'phone makers'],
    milestones: ['starts volume production at its new fab', 'tapes out its first 2 nm design'],
    near: ['AI', 'Mobile', 'Finance', 'Robotics'],
  },
  {
    name: 'Mobile',
    weight: 5,
    kinds: { launch: 3, earningsUp: 0.5, earningsDown: 0.5, policy: 1, trend: 1 },
    actors: ['Pocketline', 'Orra Mobile', 'Flint Devices', 'Telvio', 'Brightcell'],
    products: ['foldable phone', 'budget 5G handset', 'satellite messaging feature', 'repairable phone'],
    findings: ['phone batteries degrade faster in hot climates', 'most apps request more permissions than they use'],
    issues: ['app store fees', 'right to repair for phones', 'sideloading rules'],
    trends: ['foldables', 'on-device AI features', 'eSIM-only phones', 'repairable phones'],
    audiences: ['budget buyers', 'app developers', 'business users'],
    services: ['app store', 'cloud backup'],
    regulators: ['the EU', 'the UK competition watchdog', "Japan's trade ministry"],
    near: ['Chips', 'Privacy', 'Gaming', 'Web Development'],
  },
  {
    name: 'Gaming',
    weight: 5,
    kinds: { launch: 2, earningsUp: 0.5, earningsDown: 0.5, milestone: 2, trend: 1 },
    actors: ['Pixelmoor Studios', 'Bramble Games', 'Arcfall Interactive', 'Nightjar', 'Questwright'],
    products: ['open-world sequel', 'handheld console', 'cloud gaming service', 'game engine update'],
    findings: ['most players abandon a game before the third hour', 'cosy games keep players longer than shooters'],
    issues: ['loot boxes', 'game preservation', 'union recognition at studios'],
    trends: ['live-service games', 'handheld PCs', 'indie publishing deals'],
    audiences: ['players', 'indie studios'],
    services: ['online matchmaking', 'cloud saves'],
    milestones: ['reaches five million players in its first week', 'ships its first game for handheld PCs', 'opens a second studio in Lisbon'],
    near: ['Mobile', 'Chips'],
  },
  {
    name: 'Policy',
    weight: 3,
    kinds: { policy: 5, trend: 1, study: 1 },
    actors: ['Corvane', 'Stratus Nine', 'Orra Mobile', 'Pixelmoor Studios', 'Quarrystone DB'],
    findings: ['most people never read the terms they accept', 'competition cases take five years on average'],
    issues: ['platform competition', 'online safety rules', 'digital services taxes', 'AI liability', 'app store fees'],
    trends: ['digital sovereignty', 'tech antitrust', 'age verification online'],
    audiences: ['platforms', 'small businesses', 'consumers'],
    regulators: ['the UK competition watchdog', 'the EU', 'Brussels', "Australia's online safety regulator", 'a US Senate panel'],
    near: ['Privacy', 'AI', 'Finance', 'Education'],
  },
  {
    name: 'Startups',
    weight: 5,
    kinds: { funding: 4, trend: 1, milestone: 1 },
    actors: ['Fathom Loop', 'Kitebird', 'Parcelwise', 'Mossgrove', 'Tandem Keel', 'Brightsmith'],
    trends: ['down rounds', 'AI-native startups', 'bootstrapping', 'secondary share sales'],
    missions: ['help small shops manage stock', 'simplify payroll for freelancers'],
    audiences: ['founders', 'angel investors'],
    milestones: ['passes $10 million in annual revenue', 'turns profitable three years after launch'],
    near: ['Finance', 'AI', 'Robotics'],
  },
  {
    name: 'Finance',
    weight: 5,
    kinds: { earningsUp: 1, earningsDown: 1, launch: 1, policy: 1, funding: 1, incident: 1 },
    actors: ['Harbourline Bank', 'Coinvale', 'Tallyworks', 'Ledgerfold', 'Quayside Payments', 'Briskpay'],
    products: ['instant payments API', 'small-business lending product', 'stablecoin settlement service', 'budgeting app'],
    findings: ['buy-now-pay-later users carry more card debt', 'instant payments have not raised fraud losses'],
    issues: ['open banking rules', 'crypto custody rules', 'refunds for payment fraud'],
    trends: ['embedded finance', 'real-time payments', 'tokenised deposits'],
    missions: ['bring instant payments to small merchants', 'automate bookkeeping'],
    audiences: ['small merchants', 'retail investors'],
    services: ['mobile banking app', 'card payments'],
    regulators: ["Singapore's central bank", 'the UK financial regulator', 'the EU', 'a US Senate panel'],
    near: ['Startups', 'Security', 'Policy'],
  },
  {
    name: 'Quantum',
    weight: 4,
    kinds: { milestone: 3, study: 1, funding: 1, trend: 1 },
    actors: ['Qubitron', 'Entangle Labs', 'Coherent Fields', 'Superpose', 'Ionwell Quantum'],
    products: ['quantum cloud service', 'post-quantum VPN', 'trapped-ion processor'],
    findings: ['error rates in superconducting qubits fell below a key threshold', 'a 100-qubit machine beat classical simulation on a narrow task'],
    issues: ['post-quantum cryptography migration'],
    trends: ['post-quantum cryptography', 'quantum error correction', 'quantum sensing'],
    missions: ['build quantum sensors for navigation', 'make qubits cheaper to cool'],
    audiences: ['banks', 'chemists'],
    milestones: ['demonstrates 48 logical qubits', 'runs a chemistry simulation beyond classical reach', 'ships its first on-premises quantum computer'],
    near: ['Security', 'Chips'],
  },
  {
    name: 'Data Engineering',
    weight: 5,
    kinds: { launch: 3, funding: 1, trend: 2, study: 1 },
    actors: ['Streamwright', 'Pipewell', 'Lakehaven', 'Columnar Labs', 'Datakiln'],
    products: ['open table format connector', 'streaming SQL engine', 'data contract tool', 'lakehouse query engine'],
    findings: ['data teams spend most of their week fixing broken pipelines', 'one in five dashboards shows stale numbers'],
    issues: ['data residency rules'],
    trends: ['data contracts', 'the lakehouse', 'streaming-first architectures', 'semantic layers'],
    missions: ['stop broken pipelines before they ship', 'make streaming data easy to query'],
    audiences: ['data engineers', 'analysts'],
    services: ['pipeline scheduler'],
    near: ['Databases', 'Cloud', 'Machine Learning'],
  },
  {
    name: 'DevOps',
    weight: 5,
    kinds: { launch: 2, incident: 1, trend: 2, study: 1, funding: 1 },
    actors: ['Forgewright', 'Helmsman Labs', 'Tugboat', 'Canary Works', 'Deployhaus'],
    products: ['CI runner with built-in caching', 'internal developer portal', 'feature-flag service', 'incident management bot'],
    findings: ['flaky tests waste a fifth of CI time', 'teams that deploy daily have fewer severe incidents'],
    trends: ['platform engineering', 'GitOps', 'policy as code'],
    missions: ['make deploys boring', 'cut CI bills in half'],
    audiences: ['platform teams', 'site reliability engineers'],
    services: ['hosted CI', 'package registry'],
    near: ['Cloud', 'Open Source'],
  },
  {
    name: 'Privacy',
    weight: 5,
    kinds: { policy: 3, study: 2, launch: 1, breach: 1 },
    actors: ['Cloakroom', 'Veilnet', 'Quietbox', 'Tessel Privacy'],
    products: ['privacy-preserving analytics tool', 'encrypted email service', 'consent management platform'],
    findings: ['most popular apps share data with third parties', 'cookie banners rarely offer a real choice', 'location data can identify people from four points'],
    issues: ['data broker registration', "children's data protection", 'facial recognition in public spaces'],
    trends: ['privacy-preserving advertising', 'on-device processing', 'data clean rooms'],
    missions: ['let people delete their data from brokers', 'make analytics work without cookies'],
    audiences: ['advertisers', 'parents', 'app developers'],
    regulators: ["Canada's privacy commissioner", "France's data protection authority", 'the EU', "California's privacy agency"],
    near: ['Security', 'Policy', 'Mobile', 'Education'],
  },
  {
    name: 'Education',
    weight: 6,
    kinds: { study: 2, launch: 1, policy: 1, funding: 1, trend: 1 },
    actors: ['Chalkline', 'Studyhall', 'Brightpath Learning', 'the Open Syllabus Trust', 'Quillfeather'],
    products: ['AI tutor for secondary maths', 'coding course for career changers', 'free data literacy course'],
    findings: ['students using AI tutors improved test scores modestly', 'remote lessons widened gaps in maths', 'phone bans had little effect on grades'],
    issues: ['AI use in exams', 'screen time in schools', 'student data privacy'],
    trends: ['micro-credentials', 'AI tutors', 'phone bans in schools'],
    missions: ['train more maths teachers', 'give adults a second chance at school'],
    audiences: ['teachers', 'parents', 'universities'],
    regulators: ['the UK education department', 'the EU', "Australia's education ministry"],
    near: ['AI', 'Privacy', 'Web Development'],
  },
];

/** Tags that only some outlets add, next to the English topic. */
const KI_TOPIC = 'Künstliche Intelligenz';
const DONNEES_TOPIC = 'Données';

const GENERIC = {
  audiences: ['businesses', 'developers', 'consumers'],
  services: ['customer dashboard', 'public API'],
  missions: ['cut paperwork for small firms', 'make software cheaper to run'],
  benefits: ['lower costs', 'faster turnaround', 'simpler setup', 'fewer manual steps', 'better visibility', 'tighter controls'],
  startups: [
    'Fathom Loop', 'Kitebird', 'Parcelwise', 'Mossgrove', 'Tandem Keel', 'Brightsmith', 'Larkline', 'Outrigger Labs',
    'Sundial Data', 'Wrenfield', 'Copperleaf', 'Gullwing', 'Halcyon Stack', 'Nettlebloom', 'Quiverly', 'Saltmarsh Systems',
    'Tamarind', 'Umbra Works', 'Vellum', 'Yarrow',
  ],
  investors: ['Larchmont Ventures', 'Quayside Capital', 'Northgate Partners', 'Sablefish Ventures', 'Oriel Growth', 'Cobalt Ridge Capital', 'Fernhill Fund'],
  regulators: ['the EU', 'Brussels', 'a US Senate panel', 'the UK government', "Japan's trade ministry", "India's IT ministry"],
  institutions: [
    'Kingsbridge University', 'Halden University', 'Marlowe Institute', 'Oster Institute of Technology', 'Vale Polytechnic',
    'Brennan School of Public Health', 'Northmoor University', 'Calder Research Centre',
  ],
  regions: ['Europe', 'Southeast Asia', 'Latin America', 'the Nordics', 'Canada', 'Japan', 'the Gulf states'],
  cities: ['Lisbon', 'Austin', 'Toronto', 'Warsaw', 'Osaka', 'Nairobi', 'Tallinn', 'Melbourne'],
  causes: ['a faulty configuration push', 'an expired certificate', 'a routing change', 'a bad database migration', 'a power failure at one data centre', 'a runaway retry loop'],
  reasons: ['strong holiday orders', 'record subscription growth', 'demand from data-centre customers', 'higher prices that held up', 'a cost-cutting plan'],
  reasonsBad: ['weaker orders in Europe', 'higher component costs', 'a slowdown in business spending', 'delays at a key supplier', 'a costly product recall'],
  victims: ['Brightwell Insurance', 'Marlow Freight', 'Tanager Health', 'Fenwick Retail Group', 'Oakhurst Telecom', 'Saxby Travel', 'Penrose Credit Union'],
  vectors: ['stolen contractor credentials', 'an unpatched VPN appliance', 'a phishing campaign aimed at engineers', 'a malicious package in its build pipeline', 'a misconfigured storage bucket'],
  targets: ['a widely used VPN gateway', 'an open-source image library', 'a popular form plugin for websites', 'router firmware from three vendors', 'a CI runner agent', 'a hospital records system'],
  impacts: ['run code remotely', 'bypass login screens', 'read private files', 'take over admin accounts'],
  counts: ['12,000', '48,000', '380,000', '1.4 million', '2.1 million', '56,000', '7,500'],
  headings: ['What changed', 'Why it matters', 'What happens next', 'Background', 'The details', 'What we know'],
  authors: ['mkowalczyk', 'ayo.dev', 'Priya Natarajan', 'lenz-h', 'Tomasz R.', 'Ines Carvalho', 'j.okafor', 'Saskia V.'],
};

interface KindText {
  headlines: string[];
  excerpts: string[];
  extras: string[];
}

const KINDS: Record<Kind, KindText> = {
  launch: {
    headlines: [
      '{actor} launches {aProduct}',
      '{actor} unveils {aProduct} for {audience}',
      '{actor} rolls out {aProduct} after months of testing',
      "First look at {actor}'s new {product}",
      '{actor} bets on {aProduct} to win over {audience}',
      '{actor} ships {aProduct}, promising {benefit}',
      "Hands-on: {actor}'s {product} is quick, but rough around the edges",
      '{actor} expands into {region} with {aProduct}',
    ],
    excerpts: [
      '{actor} said its {product} is available from today, with a wider rollout planned for early next year.',
      'The new {product} is aimed at {audience} and promises {benefit}, according to {actor}.',
      'After a limited preview, {actor} opened its {product} to all customers this week.',
      '{actor} is pitching its {product} at {audience} who want {benefit} without hiring more staff.',
      "We spent a few days with {actor}'s {product}. It is quick to set up, though some features are still missing.",
    ],
    extras: [
      'Pricing starts below most rivals, the company said.',
      'The company did not say how many customers took part in the preview.',
      'Documentation and a migration guide were published alongside the announcement.',
      'Some features are limited to {region} for now.',
      'Rivals are expected to answer before the end of the quarter.',
      'Early users praised the setup process but asked for better reporting.',
    ],
  },
  funding: {
    headlines: [
      '{startup} raises {amount} to {mission}',
      '{startup} lands {amount} {round} to {mission}',
      "Investors put {amount} behind {startup}'s plan to {mission}",
      '{startup}, which wants to {mission}, closes {amount} round',
      '{Round} for {startup}: {amount} to {mission}',
      '{investor} leads {amount} bet on {startup}',
    ],
    excerpts: [
      'The {round} was led by {investor}, with existing backers joining. {startup} plans to hire engineers and expand into {region}.',
      '{startup} was founded {years} years ago in {city} and says it now works with more than {customers} customers.',
      '{startup} will use the new money to {mission} faster, its chief executive said.',
      'The deal values {startup} well above its last round, according to people familiar with the terms.',
    ],
    extras: [
      'The company has about {staff} employees.',
      '{startup} did not disclose its revenue.',
      "It is the startup's first raise since {year0}.",
      'Investors said the market for {trend} is still early.',
    ],
  },
  study: {
    headlines: [
      'Study finds {finding}',
      '{inst} researchers report {finding}',
      'New research suggests {finding}',
      '{Finding}, {inst} study shows',
      'Researchers say {finding}',
      'Paper from {inst} argues {finding}',
      'Data shows {finding}',
    ],
    excerpts: [
      'In a paper published this week, researchers at {inst} report that {finding}.',
      'The team at {inst} analysed data from {sites} sites over {months} months. The authors caution that the results still need to be replicated.',
      'The findings could change how {audience} plan for the next few years, the authors said.',
      'The study, which has not yet been peer reviewed, looked at more than {samples} cases.',
    ],
    extras: [
      'Independent experts called the sample modest but the method sound.',
      'The researchers have published their code and data.',
      'Funding came partly from public grants.',
      'A larger follow-up study is planned for next year.',
    ],
  },
  policy: {
    headlines: [
      '{regulator} proposes new rules on {issue}',
      '{regulator} opens consultation on {issue}',
      'Lawmakers clash over {issue}',
      'What the new rules on {issue} mean for {audience}',
      '{regulator} delays decision on {issue}',
      '{regulator} signals tougher stance on {issue}',
      '{actor} faces scrutiny from {regulator} over {issue}',
    ],
    excerpts: [
      'Under the draft, companies would have to document how they handle {issue} and report problems within {days} days.',
      'Critics say the plan on {issue} goes too far; supporters say it is long overdue.',
      '{regulator} will take comments until early next year before making a final decision.',
      'Industry groups warned that the rules on {issue} could raise costs for {audience}.',
    ],
    extras: [
      'A final vote is not expected before {year}.',
      'Consumer groups welcomed the move.',
      'Several companies said they were reviewing the proposal.',
      'The rules would only apply to firms above a certain size.',
    ],
  },
  trend: {
    headlines: [
      'Why {trend} matters more than the hype suggests',
      '{n} things to know about {trend}',
      'The quiet rise of {trend}',
      "Inside {actor}'s bet on {trend}",
      'Is {trend} finally ready for the mainstream?',
      'How {trend} is changing the work of {audience}',
      '{Trend}, explained',
      'Opinion: {trend} deserves a harder look',
    ],
    excerpts: [
      '{Trend} has moved from conference talks to real budgets. We look at who is adopting it and why.',
      'For {audience}, {trend} promises {benefit}. The reality is more mixed.',
      '{actor} has quietly built a team around {trend}. Executives say the work could pay off within two years.',
      'We asked a dozen practitioners what {trend} looks like in practice.',
    ],
    extras: [
      'Cost remains the main obstacle.',
      'Skills shortages are slowing adoption in smaller firms.',
      'Not everyone is convinced.',
      'Standards are still emerging.',
    ],
  },
  partnership: {
    headlines: [
      '{actor} and {actor2} team up on {product}',
      '{actor} partners with {actor2} to bring {aProduct} to {audience}',
      '{actor2} picks {actor} to supply {aProduct}',
      '{actor} signs multi-year deal with {actor2}',
      '{actor} and {actor2} to co-develop {aProduct}',
    ],
    excerpts: [
      "Under the agreement, {actor} will supply its {product} to {actor2}'s customers starting next quarter.",
      'Financial terms were not disclosed. The first joint offering should reach {audience} in {region} next year.',
      "The partnership pairs {actor}'s technology with {actor2}'s sales reach.",
    ],
    extras: [
      'Analysts said the deal strengthens both companies against larger rivals.',
      'The agreement runs for three years.',
      'Neither company would say how much the deal is worth.',
    ],
  },
  incident: {
    headlines: [
      '{actor} restores {service} after {hours}-hour outage',
      'Outage at {actor} knocks {service} offline',
      '{actor} blames {cause} for {service} disruption',
      "{actor} says {cause} caused this week's {service} outage",
      "What broke {actor}'s {service}, according to its post-mortem",
      'Customers demand answers after {actor} {service} outage',
    ],
    excerpts: [
      'Customers reported errors for roughly {hours} hours before {actor} said its {service} was back to normal.',
      '{actor} said {cause} triggered the problem and that no data was lost.',
      'In a post-mortem, {actor} said it would change how it rolls out updates to its {service}.',
    ],
    extras: [
      'The company offered service credits to affected customers.',
      'Its status page lagged well behind user reports.',
      'It was the second disruption in three months.',
    ],
  },
  breach: {
    headlines: [
      '{victim} confirms breach affecting {count} customers',
      '{victim} says attackers accessed its systems',
      '{victim} discloses data breach; {count} accounts exposed',
      'What we know about the {victim} breach so far',
      '{victim} breach traced to {vector}',
      '{victim} warns customers after breach',
    ],
    excerpts: [
      '{victim} said attackers got in through {vector} and copied names, email addresses and order histories.',
      'The company began notifying {count} affected customers this week and has reset passwords.',
      'Investigators linked the intrusion at {victim} to {vector}. No payment data was taken, the company said.',
    ],
    extras: [
      'Regulators have been informed.',
      'The company has hired an outside firm to investigate.',
      'It is the second incident at the firm in two years.',
    ],
  },
  vuln: {
    headlines: [
      'Critical flaw in {target} lets attackers {impact}',
      'Patch now: bug in {target} is under active exploitation',
      'Researchers disclose {n} flaws in {target}',
      '{inst} team finds serious flaw in {target}',
      'Vendors rush to fix flaw in {target}',
    ],
    excerpts: [
      'The flaw lets a remote attacker {impact} without logging in. A fix is available and administrators are urged to apply it.',
      'Researchers at {inst} reported the issue privately {days} days before disclosure.',
      'Scans show thousands of exposed systems still running vulnerable versions.',
    ],
    extras: [
      'Proof-of-concept code is already circulating.',
      'Government agencies added the bug to their list of known exploited flaws.',
      'Older versions will not receive a fix.',
    ],
  },
  earningsUp: {
    headlines: [
      '{actor} shares jump {pct}% on {reason}',
      '{actor} beats forecasts on {reason}',
      '{actor} posts record {quarter} revenue',
      '{actor} raises full-year outlook after {reason}',
    ],
    excerpts: [
      '{actor} reported {quarter} revenue up {pct}% from a year earlier, helped by {reason}.',
      'Executives raised their full-year forecast and said demand from {audience} remained strong.',
      'Shares rose in after-hours trading as investors welcomed the outlook.',
    ],
    extras: ['Margins improved for a third straight quarter.', 'The company also announced a share buyback.'],
  },
  earningsDown: {
    headlines: [
      '{actor} cuts outlook, citing {reasonBad}',
      '{actor} shares slide {pct}% after {reasonBad}',
      '{actor} misses estimates as {audience} hold back',
      '{actor} warns of tougher {quarter} as costs rise',
    ],
    excerpts: [
      'Executives at {actor} pointed to {reasonBad} and said the next two quarters would be harder.',
      '{actor} now expects revenue to fall about {pct}% this year.',
      'Analysts said the warning was worse than feared.',
    ],
    extras: ['The company said it would slow hiring.', 'A restructuring plan is due early next year.'],
  },
  milestone: {
    headlines: [
      '{actor} {milestone}',
      'In a first, {actor} {milestone}',
      '{actor} {milestone}: what it means for {audience}',
      'After delays, {actor} {milestone}',
      '{actor} finally {milestone}',
      'Milestone for {actor} as it {milestone}',
    ],
    excerpts: [
      "{actor} called it the most important moment in the company's history so far.",
      'The milestone comes after {months} months of work and at least one setback.',
      'Executives at {actor} said they would share more details in the coming weeks.',
    ],
    extras: ['Competitors are working toward similar goals.', 'The company declined to give a cost estimate.', 'Independent observers called it a meaningful step.'],
  },
};

/** Video and download titles, each with the excerpt that goes with it. */
const VIDEO_TEMPLATES: Array<[title: string, excerpt: string]> = [
  ['{Trend} explained in {n} minutes', 'In this video, we walk through {trend} and what it means for {audience}.'],
  ["Live demo: {actor}'s {product}", 'A recording of the {actor} session, including a live demo of its {product}.'],
  ['Panel: the state of {trend}', 'Our panel of practitioners discusses {trend}, from first experiments to production.'],
  ['Interview: {actor} on {trend}', 'We sat down with the team at {actor} to talk about {trend} and what comes next for {audience}.'],
  ['Video: {actor} walks through its {product}', 'A short walkthrough of the {product} from {actor}, with questions from viewers at the end.'],
  ['Watch: {actor} {milestone}', 'Footage and commentary as {actor} {milestone}.'],
];

const DOWNLOAD_TEMPLATES: Array<[title: string, excerpt: string]> = [
  ['Free template: {Trend} starter kit', 'A ready-to-use package with sample code, setup notes and a short walkthrough. It takes about ten minutes to deploy.'],
  ['Download the {actor} report on {trend}', 'The full report from {actor}, with survey data from {audience} and a summary of the main findings.'],
  ['Sample app: {product} demo with source code', 'The source code behind our {product} demo. It still works as a starting point for {audience}.'],
  ['Dataset release: {samples} labelled examples for {trend} research', 'A labelled dataset shared by {inst} for research on {trend}. Licence terms are included in the archive.'],
  ['Workshop materials: getting started with {trend}', 'Everything from the session in one archive: slides, exercises, sample data and a reference solution.'],
  ['Checklist: preparing for new rules on {issue}', 'A practical checklist and templates, shared by {actor} for {audience}.'],
];

const DOWNLOAD_ACTIONS = ['Download Source Code', 'Download the report (PDF)', 'Get the dataset (CSV)', 'Download slides', 'Download the template'];

interface ProviderSpec {
  name: string;
  domain: string;
  www: boolean;
  style: 'date' | 'newsid' | 'section' | 'articles' | 'query' | 'blog';
  logo: boolean;
  focus: string[];
  /** Adds a non-English tag next to the English topic. */
  extraTag?: 'ki' | 'donnees';
  videoHeavy?: boolean;
}

const PROVIDERS: ProviderSpec[] = [
  { name: 'Heliograph News', domain: 'heliograph-news.com', www: true, style: 'date', logo: true, focus: ['AI', 'Cloud', 'Security', 'Policy', 'Startups', 'Finance', 'Climate', 'Space', 'Health'] },
  { name: 'bytecanal', domain: 'bytecanal.io', www: false, style: 'section', logo: true, focus: ['AI', 'Cloud', 'DevOps', 'Open Source', 'Web Development', 'Databases'] },
  { name: 'The Circuit Ledger', domain: 'circuitledger.com', www: true, style: 'newsid', logo: true, focus: ['Chips', 'Mobile', 'Gaming', 'AI', 'Finance'] },
  { name: 'Greyfield Tech Review', domain: 'greyfieldreview.com', www: true, style: 'date', logo: false, focus: ['AI', 'Machine Learning', 'Security', 'Privacy', 'Policy'] },
  { name: 'Orbitline', domain: 'orbitline-news.com', www: false, style: 'articles', logo: true, focus: ['Space', 'Quantum', 'Energy', 'Climate'] },
  { name: 'Stackwire', domain: 'stackwire.io', www: false, style: 'blog', logo: false, focus: ['DevOps', 'Cloud', 'Databases', 'Data Engineering', 'Open Source'] },
  { name: 'Carbon Desk', domain: 'carbondesk.org', www: true, style: 'section', logo: true, focus: ['Climate', 'Energy', 'Policy'] },
  { name: 'Patchnote Daily', domain: 'patchnotedaily.com', www: false, style: 'date', logo: false, focus: ['Gaming', 'Mobile'], videoHeavy: true },
  { name: 'Signal & Noise Weekly', domain: 'signalnoiseweekly.com', www: true, style: 'newsid', logo: true, focus: ['Security', 'Privacy', 'Policy'] },
  { name: 'Ledgerlight', domain: 'ledgerlight.net', www: false, style: 'query', logo: false, focus: ['Finance', 'Startups', 'Policy'] },
  { name: 'Kernelpost', domain: 'kernelpost.org', www: false, style: 'date', logo: true, focus: ['Open Source', 'DevOps', 'Web Development', 'Security'] },
  { name: 'MedFrontier Report', domain: 'medfrontier-report.com', www: true, style: 'articles', logo: false, focus: ['Health', 'Biotech', 'AI'] },
  { name: 'Tensorwatch', domain: 'tensorwatch.io', www: false, style: 'section', logo: true, focus: ['AI', 'Machine Learning', 'Chips'], videoHeavy: true },
  { name: 'Rundschau Digital', domain: 'rundschau-digital.com', www: true, style: 'newsid', logo: true, focus: ['AI', 'Machine Learning', 'Policy', 'Privacy'], extraTag: 'ki' },
  { name: 'Le Carnet des Données', domain: 'carnetdonnees.net', www: false, style: 'date', logo: false, focus: ['Data Engineering', 'Databases', 'Privacy'], extraTag: 'donnees' },
  { name: 'Gridline Journal', domain: 'gridline-journal.com', www: true, style: 'date', logo: true, focus: ['Energy', 'Climate'] },
  { name: 'Foundry Notes', domain: 'foundrynotes.com', www: false, style: 'blog', logo: false, focus: ['Chips', 'Quantum', 'Robotics'] },
  { name: 'The Servo Report', domain: 'servoreport.com', www: true, style: 'articles', logo: true, focus: ['Robotics', 'AI', 'Startups'] },
  { name: 'Webcraft Digest', domain: 'webcraftdigest.net', www: false, style: 'section', logo: false, focus: ['Web Development', 'Open Source', 'Mobile'], videoHeavy: true },
  { name: 'Qubit Quarterly', domain: 'qubitquarterly.org', www: false, style: 'newsid', logo: true, focus: ['Quantum', 'Security', 'Chips'] },
  { name: 'Pipeline Post', domain: 'pipelinepost.io', www: false, style: 'blog', logo: false, focus: ['Data Engineering', 'Databases', 'Cloud'] },
  { name: 'Seedstage', domain: 'seedstage.io', www: false, style: 'date', logo: true, focus: ['Startups', 'Finance', 'AI'] },
  { name: 'Classroom Byte', domain: 'classroombyte.org', www: true, style: 'section', logo: false, focus: ['Education', 'AI', 'Privacy'] },
  { name: 'Genome Gazette', domain: 'genomegazette.com', www: true, style: 'newsid', logo: true, focus: ['Biotech', 'Health'] },
  { name: 'Northsky Science', domain: 'northsky-science.org', www: false, style: 'articles', logo: false, focus: ['Space', 'Climate', 'Biotech', 'Quantum'] },
  { name: 'Daybreak Markets', domain: 'daybreakmarkets.com', www: true, style: 'date', logo: true, focus: ['Finance', 'Chips', 'Energy', 'Startups'] },
  { name: 'Cloudward', domain: 'cloudward.net', www: false, style: 'section', logo: false, focus: ['Cloud', 'DevOps', 'Security'] },
  { name: 'Hearth & Harbor Tech', domain: 'hearthharbortech.com', www: true, style: 'blog', logo: true, focus: ['Mobile', 'Privacy', 'AI'] },
  { name: 'Packet Pulse', domain: 'packetpulse.net', www: false, style: 'newsid', logo: false, focus: ['Security', 'Cloud', 'Mobile'] },
  { name: 'The Policy Lens', domain: 'thepolicylens.org', www: true, style: 'date', logo: true, focus: ['Policy', 'Privacy', 'AI', 'Energy'] },
  { name: 'Frameloft Video', domain: 'frameloftvideo.com', www: false, style: 'articles', logo: false, focus: ['Gaming', 'AI', 'Space'], videoHeavy: true },
  { name: 'Devtide', domain: 'devtide.io', www: false, style: 'blog', logo: true, focus: ['DevOps', 'Web Development', 'Open Source'] },
  { name: 'Atlas Weekly Science', domain: 'atlasweekly.org', www: true, style: 'section', logo: false, focus: ['Climate', 'Health', 'Space'] },
  { name: 'Ironbark Security Blog', domain: 'ironbark-sec.com', www: false, style: 'blog', logo: true, focus: ['Security'] },
  { name: 'Kilowatt Wire', domain: 'kilowattwire.com', www: true, style: 'newsid', logo: false, focus: ['Energy'] },
  { name: 'Pixel Parlor', domain: 'pixelparlor.net', www: false, style: 'date', logo: true, focus: ['Gaming'] },
  { name: 'Mindshift Learning News', domain: 'mindshiftlearning.org', www: true, style: 'articles', logo: false, focus: ['Education'] },
  { name: 'Querylane', domain: 'querylane.io', www: false, style: 'section', logo: true, focus: ['Databases'] },
  { name: 'Helix Dispatch', domain: 'helixdispatch.com', www: true, style: 'date', logo: false, focus: ['Biotech', 'Health'] },
  { name: 'Quantum Harbor', domain: 'quantumharbor.io', www: false, style: 'blog', logo: true, focus: ['Quantum'] },
  { name: 'Roboweek', domain: 'roboweek.net', www: false, style: 'newsid', logo: false, focus: ['Robotics'] },
  { name: 'Finch Fintech Letter', domain: 'finchletter.com', www: true, style: 'date', logo: true, focus: ['Finance', 'Startups'] },
  { name: 'Open Source Almanac', domain: 'osalmanac.org', www: false, style: 'section', logo: false, focus: ['Open Source'] },
  { name: 'The Mobile Margin', domain: 'mobilemargin.com', www: true, style: 'articles', logo: true, focus: ['Mobile'] },
  { name: 'Privacy Ledger', domain: 'privacyledger.org', www: false, style: 'date', logo: false, focus: ['Privacy', 'Policy'] },
  { name: 'Clearwater Climate', domain: 'clearwaterclimate.org', www: true, style: 'blog', logo: true, focus: ['Climate'] },
  { name: 'Launchpad Log', domain: 'launchpadlog.com', www: false, style: 'newsid', logo: false, focus: ['Space', 'Startups'] },
  { name: 'Synapse Street', domain: 'synapsestreet.io', www: false, style: 'section', logo: true, focus: ['AI', 'Machine Learning', 'Health'] },
  { name: 'Terabyte Tribune', domain: 'terabytetribune.com', www: true, style: 'date', logo: false, focus: ['Cloud', 'Chips', 'Data Engineering'] },
  { name: 'Vector Vanguard', domain: 'vectorvanguard.net', www: false, style: 'articles', logo: true, focus: ['Machine Learning', 'Databases', 'AI'] },
];

/** Outlets that only ever appear inside `related` entries. */
const OUTSIDE_OUTLETS = [
  { name: 'Meridian Wire', domain: 'meridianwire.com' },
  { name: 'The Copperfield Courier', domain: 'copperfieldcourier.com' },
  { name: 'Tidewater Tech Times', domain: 'tidewatertechtimes.com' },
  { name: 'Baltic Byte', domain: 'balticbyte.net' },
  { name: 'Harrowgate Observer', domain: 'harrowgateobserver.org' },
];

/** Image hosts shared by several outlets (invented). */
const SHARED_IMAGE_HOSTS = ['cdn.pixelquay.net', 'images.framewharf.io', 'static.lanternmedia-cdn.com'];

/* ------------------------------------------------------------------ setup */

const NOW = Date.parse('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const WINDOW_DAYS = 90;
const SEED = 0x4ea71e;
const TOTAL_FILES = 446;
const README_MARKER = 'generated by scripts/generate-sample-corpus.ts';

/** Story clusters: how many of each size (2..8). */
const CLUSTER_SIZES: Array<[size: number, count: number]> = [
  [2, 12],
  [3, 10],
  [4, 7],
  [5, 5],
  [6, 3],
  [7, 2],
  [8, 1],
];

const rng = mulberry32(SEED);
const chance = (p: number): boolean => rng() < p;
const int = (min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new Error(`index ${i} out of range (${arr.length})`);
  return v;
}
const pick = <T>(arr: readonly T[]): T => at(arr, Math.floor(rng() * arr.length));

function weighted<T>(items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let r = rng() * total;
  for (const t of items) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return at(items, items.length - 1);
}

function shuffle<T>(arr: readonly T[]): T[] {
  const out = [...arr];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [at(out, j), at(out, i)];
  }
  return out;
}

function normal(mean: number, sd: number): number {
  const u = 1 - rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function randomBytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rng() * 256);
  return b;
}
const hex = (n: number): string => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);
const YT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const youtubeId = (): string => Array.from({ length: 11 }, () => pick([...YT_ALPHABET])).join('');
const securedBlob = (): string =>
  `${randomBytes(int(236, 300)).toString('base64')};${randomBytes(16).toString('base64')}`;

/* ------------------------------------------------------------------ text */

const capFirst = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const aOrAn = (s: string): string => (/^[aeiou]/i.test(s) && !/^(uni|one|eu)/i.test(s) ? `an ${s}` : `a ${s}`);

type Slots = Record<string, string>;

/** Fills `{slot}`; `{Slot}` is the same value with a capital first letter. Throws on a missing slot. */
function render(tpl: string, slots: Slots): string {
  const out = tpl.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const v = slots[lower];
    if (v === undefined) throw new MissingSlot(lower);
    return name === lower ? v : capFirst(v);
  });
  // "Ferrous Labs's" reads as "Ferrous Labs'".
  return capFirst(out.replace(/s's\b/g, "s'"));
}
class MissingSlot extends Error {}

/** The first template (in random order) whose slots are all available. */
function renderAny(tpls: readonly string[], slots: Slots, avoid: Set<string> = new Set()): string | undefined {
  for (const t of shuffle(tpls)) {
    if (avoid.has(t)) continue;
    try {
      return render(t, slots);
    } catch (e) {
      if (!(e instanceof MissingSlot)) throw e;
    }
  }
  return undefined;
}

function slugify(s: string, max = 72): string {
  const base = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return dash > 20 ? cut.slice(0, dash) : cut;
}

const topicByName = new Map(TOPICS.map((t) => [t.name, t]));
function topicSpec(name: string): TopicSpec {
  const t = topicByName.get(name);
  if (!t) throw new Error(`unknown topic ${name}`);
  return t;
}

function fundingAmount(): { amount: string; round: string } {
  const round = weighted(['seed round', 'Series A', 'Series B', 'Series C'], (r) => (r === 'Series C' ? 1 : 3));
  const [lo, hi] = round === 'seed round' ? [2, 9] : round === 'Series A' ? [10, 35] : round === 'Series B' ? [30, 95] : [80, 240];
  const m = int(lo, hi);
  const cur = chance(0.2) ? '€' : '$';
  const amount = m < 10 && chance(0.5) ? `${cur}${m}.5 million` : `${cur}${m} million`;
  return { amount, round };
}

/** Every slot an event might need, drawn once so all articles of a story agree. */
function makeSlots(topic: TopicSpec): Slots {
  const s: Slots = {};
  const actors = shuffle(topic.actors);
  s.actor = at(actors, 0);
  s.actor2 = at(actors, 1);
  const opt = (key: string, list: readonly string[] | undefined) => {
    if (list && list.length) s[key] = pick(list);
  };
  opt('product', topic.products);
  if (s.product) s.aProduct = aOrAn(s.product);
  opt('finding', topic.findings);
  opt('issue', topic.issues);
  opt('trend', topic.trends);
  opt('milestone', topic.milestones);
  s.mission = pick(topic.missions ?? GENERIC.missions);
  s.audience = pick(topic.audiences ?? GENERIC.audiences);
  s.service = pick(topic.services ?? GENERIC.services);
  s.benefit = pick(GENERIC.benefits);
  s.startup = topic.name === 'Startups' ? s.actor : pick(GENERIC.startups);
  Object.assign(s, fundingAmount());
  s.investor = pick(GENERIC.investors);
  s.regulator = pick(topic.regulators ?? GENERIC.regulators);
  s.inst = pick(GENERIC.institutions);
  s.region = pick(GENERIC.regions);
  s.city = pick(GENERIC.cities);
  s.cause = pick(GENERIC.causes);
  s.reason = pick(GENERIC.reasons);
  s.reasonBad = pick(GENERIC.reasonsBad);
  s.victim = pick(GENERIC.victims);
  s.vector = pick(GENERIC.vectors);
  s.target = pick(GENERIC.targets);
  s.impact = pick(GENERIC.impacts);
  s.count = pick(GENERIC.counts);
  s.n = String(int(3, 9));
  s.pct = String(int(4, 23));
  s.hours = String(int(2, 14));
  s.days = String(pick([3, 7, 14, 30, 45]));
  s.months = String(int(6, 36));
  s.years = String(int(2, 8));
  s.customers = pick(['40', '120', '300', '650', '1,200', '2,000']);
  s.staff = String(int(12, 180));
  s.sites = String(int(8, 140));
  s.samples = pick(['2,000', '8,500', '12,000', '40,000', '150,000']);
  s.year = pick(['2027', '2028']);
  s.year0 = pick(['2023', '2024', '2025']);
  s.quarter = 'third-quarter';
  return s;
}

interface Event {
  topic: TopicSpec;
  kind: Kind;
  slots: Slots;
}

function makeEvent(topic: TopicSpec, kind?: Kind): Event {
  const kinds = Object.entries(topic.kinds) as Array<[Kind, number]>;
  const k = kind ?? weighted(kinds, ([, w]) => w)[0];
  return { topic, kind: k, slots: makeSlots(topic) };
}

/** An excerpt of one to three sentences. */
function makeExcerpt(ev: Event, first?: string): string {
  const text = KINDS[ev.kind];
  const parts: string[] = [first ?? renderAny(text.excerpts, ev.slots) ?? ''];
  const extra = weighted([0, 1, 2], (k) => [4, 4, 1][k] ?? 0);
  const used = new Set<string>();
  for (let i = 0; i < extra; i++) {
    const e = renderAny(text.extras, ev.slots);
    if (e && !used.has(e) && !parts.includes(e)) {
      used.add(e);
      parts.push(e);
    }
  }
  return parts.filter(Boolean).join(' ');
}

/* ------------------------------------------------------------------ model */

interface Img {
  url: string;
  width?: number;
  height?: number;
  isCached?: boolean;
}

interface Provider extends ProviderSpec {
  weight: number;
  logoUrl?: string;
  imageHost: string;
}

interface Related {
  title: string;
  excerpt?: string;
  published: number;
  webUrl: string;
  type: string;
  provider: { name: string; domain: string };
  quality?: number;
  images: Img[];
  /** Added by a "more to read" widget: points at an unrelated article. */
  widget?: boolean;
}

interface Art {
  n: number;
  event: Event;
  provider: Provider;
  type: 'article' | 'video' | 'download';
  title: string;
  excerpt: string;
  /** Raw YAML for the excerpt when it is written as a multi-line quoted scalar. */
  excerptYaml?: string;
  published: number;
  webUrl?: string;
  originalUrl: string;
  quality?: number;
  heat?: number;
  isPublished: boolean;
  removed?: boolean;
  deleted?: boolean;
  category?: string;
  featuredContent?: string;
  actions?: Array<{ url: string; type: string; title: string; attribution: string }>;
  authors?: string[];
  topics: string[];
  images: Img[];
  related: Related[];
  secured?: string;
  body?: string;
  cluster?: number;
  /** Covers this events.json event (no related links). */
  story?: string;
  /** Looks like this event but is about something else. */
  nearMiss?: string;
  /** An extra draft: the event it is about, or 'off-topic'. */
  draftOf?: string;
  /** The same outlet posted the same article again under another URL. */
  repostOf?: Art;
  /** Carries one of the hostile bodies. */
  hostile?: boolean;
  file: string;
  /** Written with this exact name (the reference-style article). */
  fixedName?: string;
}

const providers: Provider[] = PROVIDERS.map((p, i) => {
  const weight = 1 / Math.pow(i + 1, 0.85);
  const logoUrl = p.logo
    ? pick([`https://logos.${p.domain}/logo-50x50.png`, `https://${p.domain}/static/brand/logo-50x50.png`, `https://media.${p.domain}/brand/${slugify(p.name)}-50x50.jpg`])
    : undefined;
  const imageHost = chance(0.55) ? `media.${p.domain}` : pick(SHARED_IMAGE_HOSTS);
  return { ...p, weight, logoUrl, imageHost };
});

/* ------------------------------------------------------------------ time */

const HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.4, 0.8, 2, 3.5, 5, 6, 6, 5.5, 5, 5.5, 6, 6.5, 6, 5, 4, 3.5, 3, 2.5, 2, 1.5];

/** A time in the window, slightly favouring recent days, at a plausible hour (UTC). */
function randomTime(): number {
  const daysAgo = Math.floor(Math.pow(rng(), 1.15) * WINDOW_DAYS);
  const dayStart = Math.floor((NOW - daysAgo * DAY) / DAY) * DAY;
  const hour = weighted(HOUR_WEIGHTS.map((w, h) => [h, w] as const), ([, w]) => w)[0];
  const sec = chance(0.45) ? 0 : int(1, 59);
  let t = dayStart + hour * HOUR + int(0, 59) * 60_000 + sec * 1000;
  if (t > NOW - 20 * 60_000) t -= DAY;
  if (t < NOW - WINDOW_DAYS * DAY) t += DAY;
  return t;
}

const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ymd = (t: number): string => iso(t).slice(0, 10);

/* ------------------------------------------------------------------ urls */

const usedUrls = new Set<string>();
const usedTitles = new Set<string>();

function articleUrl(p: Provider, slug: string, t: number, topic: string): string {
  const host = p.www ? `www.${p.domain}` : p.domain;
  const d = ymd(t).split('-');
  const [y, m, dd] = [at(d, 0), at(d, 1), at(d, 2)];
  for (;;) {
    let path: string;
    switch (p.style) {
      case 'date':
        path = `/${y}/${m}/${dd}/${slug}/`;
        break;
      case 'newsid':
        path = `/news/${slug}-${int(100000, 999999)}`;
        break;
      case 'section':
        path = `/${slugify(topic)}/${slug}`;
        break;
      case 'articles':
        path = `/articles/${int(10000, 99999)}/${slug}`;
        break;
      case 'query':
        path = `/story.php?id=${int(10000, 99999)}`;
        break;
      case 'blog':
        path = `/blog/${y}/${slug}.html`;
        break;
    }
    const url = `https://${host}${path}`;
    const key = canonical(url);
    if (!usedUrls.has(key)) {
      usedUrls.add(key);
      return url;
    }
    slug = `${slug}-${int(2, 99)}`;
  }
}

/** The canonical form the indexer is expected to compute (used here only to check uniqueness). */
function canonical(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  for (const k of [...u.searchParams.keys()]) if (k.startsWith('utm_')) u.searchParams.delete(k);
  let s = u.toString();
  if (u.pathname.endsWith('/') && u.pathname !== '/') s = s.replace(/\/(?=$|\?)/, '');
  return s;
}

/** A URL that canonicalises to the same page: www toggled, trailing slash, utm, fragment, host case. */
function urlVariant(url: string): string {
  const m = /^https:\/\/([^/?#]+)([^?#]*)(\?[^#]*)?$/.exec(url);
  if (!m) return url;
  let host = m[1] ?? '';
  let path = m[2] ?? '';
  let query = m[3] ?? '';
  let frag = '';
  // Upper-casing the host goes last so the www toggle sees the plain host.
  const ops = shuffle(['www', 'slash', 'utm', 'frag', 'case']).slice(0, int(1, 2)).sort((x, y) => Number(x === 'case') - Number(y === 'case'));
  for (const op of ops) {
    if (op === 'www') host = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
    if (op === 'slash' && path.length > 1) path = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
    if (op === 'utm') {
      const utm = pick(['utm_source=x', 'utm_source=newsletter&utm_medium=email', 'utm_source=social', 'utm_campaign=daily-brief']);
      query = query ? `${query}&${utm}` : `?${utm}`;
    }
    if (op === 'frag') frag = pick(['#top', '#comments', '#section-2', '#main']);
    if (op === 'case') host = host.split('.').map((part, i) => (i === host.split('.').length - 1 ? part.toUpperCase() : capFirst(part))).join('.');
  }
  return `https://${host}${path}${query}${frag}`;
}

const IMAGE_SIZES: Array<[number, number]> = [
  [1200, 675], [1200, 675], [1280, 720], [640, 360], [640, 360], [1024, 576], [800, 450], [1600, 900], [620, 480], [1120, 630],
];

function articleImage(p: Provider, slug: string, t: number): Img {
  const [w, h] = pick(IMAGE_SIZES);
  const [y, m] = ymd(t).split('-');
  const short = slug.slice(0, 40).replace(/-+$/, '');
  let url: string;
  if (p.imageHost.startsWith('media.')) {
    url = `https://${p.imageHost}/${y}/${m}/${short}-${w}x${h}.jpg`;
    if (chance(0.25)) url += `?cb=${ymd(t).replace(/-/g, '')}`;
  } else if (p.imageHost === 'cdn.pixelquay.net') {
    url = `https://cdn.pixelquay.net/${hex(8)}/${w}x${h}/${short}.webp`;
  } else if (p.imageHost === 'images.framewharf.io') {
    url = `https://images.framewharf.io/p/${hex(12)}.jpg?w=${w}`;
  } else {
    url = `https://${p.imageHost}/uploads/${y}/${m}/${short}.png`;
  }
  const img: Img = { url, width: w, height: h };
  if (chance(0.9)) img.isCached = true;
  return img;
}

/* ------------------------------------------------------------------ build */

const arts: Art[] = [];
let serial = 0;

function topicsFor(primary: TopicSpec, p: Provider): string[] {
  const out = [primary.name];
  const extra = weighted([0, 1, 2, 3], (k) => [4, 4, 2, 0.6][k] ?? 0);
  for (const t of shuffle(primary.near)) {
    if (out.length > extra) break;
    if (!out.includes(t)) out.push(t);
  }
  if (p.extraTag === 'ki' && ['AI', 'Machine Learning'].some((t) => out.includes(t)) && chance(0.85)) out.splice(1, 0, KI_TOPIC);
  if (p.extraTag === 'donnees' && chance(0.85)) out.splice(1, 0, DONNEES_TOPIC);
  if (!p.extraTag && out.includes('AI') && chance(0.04)) out.push(KI_TOPIC);
  if (!p.extraTag && (out.includes('Data Engineering') || out.includes('Databases')) && chance(0.25)) out.push(DONNEES_TOPIC);
  return out.slice(0, 4);
}

function primaryTopicFor(p: Provider): TopicSpec {
  if (chance(0.72)) return topicSpec(weighted(p.focus, (n) => topicSpec(n).weight));
  return weighted(TOPICS, (t) => t.weight);
}

function uniqueTitle(make: () => string | undefined): string {
  for (let i = 0; i < 40; i++) {
    const t = make();
    if (t && !usedTitles.has(t.toLowerCase())) {
      usedTitles.add(t.toLowerCase());
      return t;
    }
  }
  throw new Error('could not find a unique title');
}

/** A title and its matching excerpt from the first template pair whose slots are all there. */
function uniquePair(pairs: ReadonlyArray<[string, string]>, slots: Slots): [string, string] {
  for (const [t, e] of shuffle(pairs)) {
    try {
      const title = render(t, slots);
      const excerpt = render(e, slots);
      if (usedTitles.has(title.toLowerCase())) continue;
      usedTitles.add(title.toLowerCase());
      return [title, excerpt];
    } catch (err) {
      if (!(err instanceof MissingSlot)) throw err;
    }
  }
  return [uniqueTitle(() => renderAny(KINDS.trend.headlines, slots)), render(at(KINDS.trend.excerpts, 0), slots)];
}

function newArt(ev: Event, p: Provider, type: Art['type'], title: string, excerpt: string, t: number): Art {
  const slug = slugify(title);
  const webUrl = articleUrl(p, slug, t, ev.topic.name);
  const a: Art = {
    n: serial++,
    event: ev,
    provider: p,
    type,
    title,
    excerpt,
    published: t,
    webUrl,
    originalUrl: webUrl,
    isPublished: true,
    topics: topicsFor(ev.topic, p),
    images: [],
    related: [],
    file: '',
  };
  if (chance(0.06)) a.originalUrl = `${webUrl}${webUrl.includes('?') ? '&' : '?'}ref=feed`;
  if (chance(0.7)) a.category = 'news';
  if (chance(0.8)) a.secured = securedBlob();
  const r = rng();
  if (r < 0.025) a.images = [{ url: `/assets/images/${ymd(t).slice(0, 4)}/${slug.slice(0, 40)}.jpg`, width: 640, height: 360 }];
  else if (r < 0.13) a.images = [];
  else if (r < 0.16) a.images = [articleImage(p, slug, t), articleImage(p, `${slug}-2`, t)];
  else a.images = [articleImage(p, slug, t)];
  arts.push(a);
  return a;
}

// 1. Story clusters: the same event told by several outlets within two days.
const clusterSizes = shuffle(CLUSTER_SIZES.flatMap(([size, count]) => Array.from({ length: count }, () => size)));
const clusterTopics = shuffle(TOPICS.flatMap((t) => Array.from({ length: Math.max(1, Math.round(t.weight / 3)) }, () => t)));
clusterSizes.forEach((size, c) => {
  const topic = at(clusterTopics, c % clusterTopics.length);
  const kinds = (Object.entries(topic.kinds) as Array<[Kind, number]>).filter(([k]) => k !== 'trend');
  const ev = makeEvent(topic, weighted(kinds, ([, w]) => w)[0]);
  const covering = providers.filter((p) => p.focus.includes(topic.name));
  const others = providers.filter((p) => !p.focus.includes(topic.name));
  const chosen: Provider[] = [];
  while (chosen.length < size) {
    const pool = (covering.some((p) => !chosen.includes(p)) && chance(0.85) ? covering : others).filter((p) => !chosen.includes(p));
    chosen.push(weighted(pool, (p) => p.weight + 0.15));
  }
  const base = randomTime() - int(0, 30) * HOUR;
  const headlines = shuffle(KINDS[ev.kind].headlines);
  const decorations = ['', '', '', 'Update: ', 'Analysis: ', 'Report: '];
  chosen.forEach((p, i) => {
    let t = base + Math.round(rng() * 44 * HOUR) + int(0, 59) * 60_000;
    t = Math.min(t, NOW - int(10, 90) * 60_000);
    t = Math.max(t, NOW - WINDOW_DAYS * DAY + HOUR);
    t = Math.floor(t / 1000) * 1000;
    let k = i;
    const title = uniqueTitle(() => {
      const tpl = at(headlines, k++ % headlines.length);
      const deco = k > headlines.length ? pick(decorations.slice(3)) : '';
      try {
        return deco + render(tpl, ev.slots);
      } catch (e) {
        if (e instanceof MissingSlot) return undefined;
        throw e;
      }
    });
    const a = newArt(ev, p, 'article', title, makeExcerpt(ev), t);
    a.cluster = c;
    if (!a.topics.includes(topic.name)) a.topics.unshift(topic.name);
  });
});

// 2. The reference-style article: .txt, mojibake title, unpublished, one outside related entry.
{
  const p = providers.find((x) => x.domain === 'synapsestreet.io') ?? at(providers, 0);
  const ev = makeEvent(topicSpec('Machine Learning'), 'study');
  // The file holds the three characters "â€™": a right quote decoded as Windows-1252.
  const title = 'Sensor Network Flags Bridge Cables\u00e2\u20ac\u2122 Early Fatigue';
  const t = NOW - 37 * DAY - 3 * HOUR - 15 * 60_000;
  const a = newArt(ev, p, 'article', 'Sensor Network Flags Bridge Cables Early Fatigue', '', t);
  a.title = title;
  a.originalUrl = a.webUrl ?? a.originalUrl;
  usedTitles.add(title.toLowerCase());
  a.excerpt =
    'Vibration sensors clipped to the stay cables of an ageing river crossing picked up patterns that engineers later matched to early fatigue, months before a routine inspection would have.';
  a.topics = ['Machine Learning', 'AI'];
  a.isPublished = false;
  a.category = 'news';
  a.secured = securedBlob();
  a.quality = 41;
  a.heat = 41;
  a.images = [articleImage(p, 'sensor-network-bridge-cables', t)];
  a.fixedName = `000_${hex(16)}.txt`;
  const outlet = at(OUTSIDE_OUTLETS, 0);
  a.related = [
    {
      title: 'Engineers test machine learning on bridge vibration data to catch cable wear early',
      excerpt:
        'A pilot on a cable-stayed bridge paired low-cost accelerometers with a small anomaly model. The team says the approach could stretch inspection budgets, though it has only been tried on one structure so far.',
      published: t - 5 * HOUR - 22 * 60_000,
      webUrl: `https://www.${outlet.domain}/infrastructure/2026/10/engineers-test-machine-learning-on-bridge-vibration-data.aspx`,
      type: 'article',
      provider: outlet,
      quality: 36,
      images: [{ url: `https://img.${outlet.domain}/photos/2026/10/bridge-cables-620x480.jpg`, width: 620, height: 480, isCached: true }],
    },
  ];
}

// 3. Single articles, videos and downloads.
while (arts.length < TOTAL_FILES) {
  const r = rng();
  const type: Art['type'] = r < 0.09 ? 'video' : r < 0.15 ? 'download' : 'article';
  const p = type === 'video' ? weighted(providers, (x) => x.weight * (x.videoHeavy ? 6 : 1)) : weighted(providers, (x) => x.weight);
  const topic = primaryTopicFor(p);
  const ev = makeEvent(topic);
  let title: string;
  let excerpt: string;
  if (type === 'video') {
    if (chance(0.3)) {
      title = uniqueTitle(() => `${pick(['Video: ', 'Watch: '])}${renderAny(KINDS[ev.kind].headlines, ev.slots) ?? ''}`);
      excerpt = makeExcerpt(ev);
    } else [title, excerpt] = uniquePair(VIDEO_TEMPLATES, ev.slots);
  } else if (type === 'download') {
    [title, excerpt] = uniquePair(DOWNLOAD_TEMPLATES, ev.slots);
  } else {
    title = uniqueTitle(() => renderAny(KINDS[ev.kind].headlines, ev.slots));
    excerpt = makeExcerpt(ev);
  }
  const a = newArt(ev, p, type, title, excerpt, randomTime());
  if (type === 'video') {
    const id = youtubeId();
    a.originalUrl = chance(0.5) ? `https://youtube.com/watch?v=${id}` : `https://www.youtube.com/watch?v=${id}`;
    if (chance(0.6)) {
      usedUrls.delete(canonical(a.webUrl ?? ''));
      delete a.webUrl;
    }
    a.featuredContent = `<iframe width="800" height="500" frameborder="0" src="https://www.youtube.com/embed/${id}" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>`;
    a.images = [{ url: `https://i.ytimg.com/vi/${id}/maxresdefault.jpg`, width: 1280, height: 720, isCached: true }];
  }
  if (type === 'download') {
    const base = a.webUrl ?? a.originalUrl;
    const file = `${slugify(title, 40)}.${pick(['zip', 'zip', 'pdf', 'msapp', 'tar.gz'])}`;
    const host = new URL(base).hostname.replace(/^www\./, '');
    a.actions = Array.from({ length: chance(0.25) ? 2 : 1 }, (_, i) => ({
      url: `https://downloads.${host}/files/${hex(6)}/${i ? `extras-${file}` : file}`,
      type: 'download',
      title: i ? 'Download slides' : pick(DOWNLOAD_ACTIONS),
      attribution: p.name,
    }));
    a.authors = shuffle(GENERIC.authors).slice(0, int(1, 2));
  }
}

// 3b. Events covered by many outlets, hours apart, with paraphrased headlines
// and no related links between them; look-alike articles about other events;
// extra drafts. The text is in corpus-data/events.json.
const minutes = (t: number): number => Math.floor(t / 60_000) * 60_000 + (chance(0.5) ? 0 : int(1, 59) * 1000);
const clampTime = (t: number): number => Math.max(NOW - WINDOW_DAYS * DAY + HOUR, Math.min(t, NOW - int(10, 90) * 60_000));
const eventByKey = new Map(DATA.events.map((e) => [e.key, e]));

function eventBody(spec: EventSpec, a: Art): string {
  const n = Math.min(spec.body.length, int(2, 3));
  const start = int(0, spec.body.length - n);
  const paras = spec.body.slice(start, start + n);
  const parts = [at(paras, 0)];
  if (chance(0.6)) parts.push(`## ${pick(GENERIC.headings)}`, shuffle(spec.facts).slice(0, int(2, spec.facts.length)).map((f) => `- ${f}`).join('\n'));
  parts.push(...paras.slice(1));
  if (chance(0.5)) parts.push(`Read the [full story on ${a.provider.name}](${a.webUrl ?? a.originalUrl}).`);
  return parts.join('\n\n');
}

for (const spec of DATA.events) {
  if (spec.titles.length < spec.outlets) throw new Error(`${spec.key}: ${spec.titles.length} titles for ${spec.outlets} outlets`);
  const ev = makeEvent(topicSpec(at(spec.topics, 0)), spec.kind);
  const covering = providers.filter((p) => spec.topics.some((t) => p.focus.includes(t)));
  const chosen: Provider[] = [];
  while (chosen.length < spec.outlets) {
    const near = covering.filter((p) => !chosen.includes(p));
    const pool = near.length && chance(0.8) ? near : providers.filter((p) => !chosen.includes(p));
    chosen.push(weighted(pool, (p) => p.weight + 0.1));
  }
  const start = NOW - Math.round(spec.startDaysAgo * DAY);
  // Most coverage comes early; the first outlet breaks the news.
  const offsets = chosen.map((_, i) => (i === 0 ? 0 : i === chosen.length - 1 ? spec.spanHours : Math.pow(rng(), 1.7) * spec.spanHours)).sort((x, y) => x - y);
  const [lead, ...rest] = spec.titles;
  const titles = [lead ?? '', ...shuffle(rest)];
  const excerpts = new Set<string>();
  chosen.forEach((p, i) => {
    const t = clampTime(minutes(start + Math.round(at(offsets, i) * HOUR)));
    const title = at(titles, i);
    if (usedTitles.has(title.toLowerCase())) throw new Error(`${spec.key}: title used twice: ${title}`);
    usedTitles.add(title.toLowerCase());
    let excerpt = '';
    for (let k = 0; k < 50 && (!excerpt || excerpts.has(excerpt)); k++) {
      excerpt = at(spec.excerpts, (i + k) % spec.excerpts.length);
      if (k > 0 || chance(0.4)) excerpt = `${excerpt} ${pick(spec.extras)}`;
    }
    excerpts.add(excerpt);
    const a = newArt(ev, p, 'article', title, excerpt, t);
    a.story = spec.key;
    for (const extra of spec.topics.slice(1)) if (!a.topics.includes(extra) && chance(0.45)) a.topics.splice(1, 0, extra);
    if (chance(0.35)) a.body = eventBody(spec, a);
  });
  for (const nm of spec.nearMisses) {
    const topic = topicSpec(at(nm.topics, 0));
    const pool = providers.filter((p) => p.focus.includes(topic.name));
    const p = weighted(pool.length ? pool : providers, (x) => x.weight + 0.1);
    const t = clampTime(minutes(start + Math.round((nm.hours + rng()) * HOUR)));
    usedTitles.add(nm.title.toLowerCase());
    const a = newArt(makeEvent(topic), p, 'article', nm.title, nm.excerpt, t);
    a.nearMiss = spec.key;
    for (const extra of nm.topics.slice(1)) if (!a.topics.includes(extra)) a.topics.splice(1, 0, extra);
  }
}

for (const d of DATA.drafts) {
  const topic = topicSpec(at(d.topics, 0));
  const spec = d.event === null ? undefined : eventByKey.get(d.event);
  if (d.event !== null && !spec) throw new Error(`draft about unknown event ${d.event}`);
  const p = weighted(providers.filter((x) => x.focus.includes(topic.name)), (x) => x.weight + 0.1);
  usedTitles.add(d.title.toLowerCase());
  const a = newArt(spec ? makeEvent(topic, spec.kind) : makeEvent(topic), p, 'article', d.title, d.excerpt, clampTime(minutes(NOW - Math.round(d.daysAgo * DAY))));
  a.isPublished = false;
  a.draftOf = d.event ?? 'off-topic';
  a.topics = [...d.topics];
}

// 4. Heat and quality: skewed, correlated, not equal; stories run hotter.
for (const a of arts) {
  if (a.fixedName) continue;
  const q = Math.max(3, Math.min(420, Math.round(Math.exp(normal(3.75, 0.62)))));
  const size = a.cluster === undefined ? 1 : arts.filter((b) => b.cluster === a.cluster).length;
  const boost = 1 + (size - 1) * 0.12 * (0.5 + rng());
  let heat = Math.round(q * Math.exp(normal(0.04, 0.3)) * boost + normal(0, 4));
  if (chance(0.07)) heat = q;
  a.heat = Math.max(1, heat);
  a.quality = q;
  if (chance(0.1) || (a.type === 'download' && chance(0.5))) delete a.quality;
  if (chance(0.02)) delete a.heat;
}
// A few very hot items, mostly from big stories.
for (const a of shuffle(arts.filter((x) => x.cluster !== undefined && x.heat !== undefined)).slice(0, 4)) a.heat = int(320, 610);
for (const a of shuffle(arts.filter((x) => x.cluster === undefined && !x.story && !x.fixedName && x.heat !== undefined)).slice(0, 2)) a.heat = int(260, 420);
// Events covered by many outlets: heat varies a lot from outlet to outlet.
for (const a of arts) {
  const spec = a.story === undefined ? undefined : eventByKey.get(a.story);
  if (!spec) continue;
  a.heat = Math.max(8, Math.round(spec.heat * Math.exp(normal(0, 0.55)) * (0.7 + a.provider.weight * 0.6)));
  a.quality = Math.max(5, Math.round(a.heat * (0.45 + 0.6 * rng())));
  if (chance(0.08)) delete a.quality;
}

// 5. Excerpt oddities: whitespace runs, bullet lists, long truncated excerpts, multi-line YAML.
const singles = () => arts.filter((a) => a.cluster === undefined && !a.fixedName && !a.story && !a.nearMiss && !a.draftOf);
for (const a of shuffle(singles()).slice(0, 6)) {
  const s = a.event.slots;
  a.excerpt = `${a.excerpt}     Here is what is covered:  \u2022 ${capFirst(s.trend ?? s.product ?? 'the basics')}  \u2022 Pricing and availability  \u2022 What ${s.audience ?? 'teams'} should do next`;
}
for (const a of shuffle(singles()).slice(0, 8)) {
  const k = KINDS[a.event.kind];
  const long = [a.excerpt, ...k.extras.map((e) => render(e, a.event.slots)), ...k.excerpts.map((e) => render(e, a.event.slots))].join(' ');
  if (long.length > 300) a.excerpt = long.slice(0, long.lastIndexOf(' ', 300));
}
for (const a of shuffle(singles().filter((x) => x.excerpt.length > 90 && !/ {2}/.test(x.excerpt))).slice(0, 5)) {
  // Break a double-quoted scalar over lines: YAML folds each break back into one space.
  const words = JSON.stringify(a.excerpt).split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + w.length > 60) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  a.excerptYaml = lines.join('\n  ');
}
for (const a of shuffle(singles().filter((x) => !x.excerptYaml)).slice(0, 3)) a.excerpt = a.excerpt.replace(/\. /, '.   ');

// 6. Flags: unpublished, removed, deleted; one re-crawled duplicate of a page.
const flaggable = shuffle(singles().filter((a) => a.type === 'article'));
for (const a of flaggable.slice(0, 5)) a.isPublished = false;
for (const a of flaggable.slice(5, 7)) a.removed = true;
for (const a of flaggable.slice(7, 8)) a.deleted = true;
{
  const orig = at(flaggable, 9);
  if (!orig.webUrl) throw new Error('duplicate source needs a webUrl');
  const dup: Art = { ...orig, n: serial++, related: [], images: [...orig.images], topics: [...orig.topics] };
  dup.webUrl = urlVariant(orig.webUrl);
  dup.originalUrl = dup.webUrl;
  dup.published = orig.published + int(2, 20) * 60_000;
  dup.heat = orig.heat === undefined ? undefined : orig.heat + int(1, 9);
  dup.secured = securedBlob();
  arts.push(dup);
}

// 7. Related entries: stories are linked deliberately, others point outside.
function relatedFrom(target: Art, varied: boolean): Related {
  const url = target.webUrl ?? target.originalUrl;
  return {
    title: target.title,
    excerpt: target.excerpt.length > 300 ? target.excerpt.slice(0, target.excerpt.lastIndexOf(' ', 300)) : target.excerpt,
    published: target.published,
    webUrl: varied ? urlVariant(url) : url,
    type: target.type,
    provider: { name: target.provider.name, domain: target.provider.domain },
    quality: target.quality,
    images: target.images.filter((i) => i.url.startsWith('https://')).slice(0, 1),
  };
}

function outsideRelated(a: Art): Related {
  const sameOutlet = chance(0.35);
  const outlet = sameOutlet ? a.provider : chance(0.5) ? pick(OUTSIDE_OUTLETS) : pick(providers);
  const ev = makeEvent(a.event.topic);
  const title = renderAny(KINDS[ev.kind].headlines, ev.slots) ?? 'More coverage';
  const t = a.published - int(1, 20 * 24) * HOUR;
  const host = 'www' in outlet && outlet.www ? `www.${outlet.domain}` : outlet.domain;
  let url: string;
  do url = `https://${host}/${pick(['news', 'stories', 'p', 'latest'])}/${slugify(title, 50)}-${int(1000, 99999)}`;
  while (usedUrls.has(canonical(url)));
  usedUrls.add(canonical(url));
  const rel: Related = {
    title,
    excerpt: makeExcerpt(ev),
    published: Math.max(t, NOW - 120 * DAY),
    webUrl: url,
    type: 'article',
    provider: { name: outlet.name, domain: outlet.domain },
    images: [],
  };
  if (chance(0.85)) rel.quality = Math.round(Math.exp(normal(3.6, 0.5)));
  if (chance(0.8)) {
    const [w, h] = pick(IMAGE_SIZES);
    rel.images = [{ url: `https://img.${outlet.domain}/${hex(10)}-${w}x${h}.jpg`, width: w, height: h, isCached: true }];
  }
  return rel;
}

const clusterCount = clusterSizes.length;
for (let c = 0; c < clusterCount; c++) {
  const members = arts.filter((a) => a.cluster === c).sort((x, y) => x.published - y.published || x.n - y.n);
  const deg = new Map<Art, number>(members.map((m) => [m, 0]));
  const link = (from: Art, to: Art): boolean => {
    if (from.related.some((r) => canonical(r.webUrl) === canonical(to.webUrl ?? to.originalUrl))) return true;
    if (from.related.length >= 4) return false;
    from.related.push(relatedFrom(to, chance(0.5)));
    return true;
  };
  const edges: Array<[Art, Art]> = [];
  for (let i = 1; i < members.length; i++) {
    const later = at(members, i);
    const earlierOk = members.slice(0, i).filter((m) => (deg.get(m) ?? 0) < 3);
    const earlier = earlierOk.length ? pick(earlierOk) : at(members, i - 1);
    edges.push([later, earlier]);
    deg.set(later, (deg.get(later) ?? 0) + 1);
    deg.set(earlier, (deg.get(earlier) ?? 0) + 1);
  }
  if (members.length >= 4 && chance(0.6)) {
    const [x, y] = shuffle(members);
    if (x && y) edges.push([x.published > y.published ? x : y, x.published > y.published ? y : x]);
  }
  for (const [later, earlier] of edges) {
    const r = rng();
    const ok = r < 0.5 ? link(later, earlier) : r < 0.72 ? link(earlier, later) : [link(later, earlier), link(earlier, later)].some(Boolean);
    if (!ok && !link(later, earlier) && !link(earlier, later)) throw new Error(`story ${c}: could not link two articles`);
  }
}
for (const a of arts) {
  if (a.fixedName || a.story || a.draftOf) continue;
  const want = a.cluster === undefined ? (chance(0.07) ? int(1, 3) : 0) : chance(0.12) ? 1 : 0;
  for (let i = 0; i < want && a.related.length < 4; i++) a.related.push(outsideRelated(a));
}

// 8. Bodies: markdown or HTML for about 15%, three of them hostile.
function paragraphs(a: Art, n: number): string[] {
  const k = KINDS[a.event.kind];
  const leads = shuffle(k.excerpts);
  const extras = shuffle(k.extras);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = [leads[i], extras[i]].filter((t): t is string => t !== undefined).map((t) => render(t, a.event.slots));
    if (sentences.length) out.push(sentences.join(' '));
  }
  return out;
}

function bullets(a: Art): string[] {
  const s = a.event.slots;
  return shuffle([
    `Availability: ${s.region} first, other regions later`,
    `Who it is for: ${s.audience}`,
    `Timeline: about ${s.months} months`,
    'Pricing: not yet disclosed',
    `Contact: the ${a.provider.name} newsroom`,
    `Related reading: our coverage of ${s.trend ?? s.issue ?? 'the sector'}`,
  ]).slice(0, int(2, 4));
}

function markdownBody(a: Art): string {
  const [p1, p2] = paragraphs(a, 2);
  const link = a.webUrl ?? a.originalUrl;
  const parts = [p1 ?? a.excerpt, `## ${pick(GENERIC.headings)}`, p2 ?? '', bullets(a).map((b) => `- ${b}`).join('\n')];
  if (chance(0.4)) parts.push(`> ${render(pick(KINDS[a.event.kind].extras), a.event.slots)}`);
  parts.push(`Read the [full story on ${a.provider.name}](${link}) for more detail.`);
  if (chance(0.3)) parts.push(`<p class="note">Updated <time datetime="${iso(a.published + 3 * HOUR)}">three hours later</time> with more detail.</p>`);
  return parts.filter(Boolean).join('\n\n');
}

const escHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlBody(a: Art): string {
  const [p1, p2] = paragraphs(a, 2);
  const link = a.webUrl ?? a.originalUrl;
  let html = `<p>${escHtml(p1 ?? a.excerpt)}</p>`;
  if (chance(0.5)) html += '<p>&nbsp;</p>';
  html += `<h2>${pick(GENERIC.headings)}</h2>`;
  if (p2) html += `<p>${escHtml(p2)}</p>`;
  html += `<ul>${bullets(a).map((b) => `<li>${escHtml(b)}</li>`).join('')}</ul>`;
  if (chance(0.4)) {
    const img = a.images.find((i) => i.url.startsWith('https://'));
    if (img) html += `<figure><img src="${img.url}" alt="${escHtml(a.title)}" width="${img.width ?? 640}" height="${img.height ?? 360}"><figcaption>Image: ${escHtml(a.provider.name)}</figcaption></figure>`;
  }
  if (chance(0.3)) html += `<blockquote><p>${escHtml(render(pick(KINDS[a.event.kind].extras), a.event.slots))}</p></blockquote>`;
  html += `<p>Source: <a href="${escHtml(link)}" target="_blank">${escHtml(a.provider.name)}</a>. <em>Some details may change.</em></p>`;
  return html;
}

const HOSTILE_BODIES = [
  (a: Art) =>
    `<p>${escHtml(a.excerpt)}</p><img src=x onerror=alert(1)><p>Read the <a href="javascript:alert(document.cookie)">full statement</a>.</p><script>alert('body script')</script>`,
  (a: Art) =>
    `${a.excerpt}\n\n## Details\n\n[Download the full report](javascript:alert(1))\n\n<div onclick="alert(2)" style="position:fixed;inset:0">Click anywhere to continue</div>\n\n<iframe src="https://tracker.invalid/frame"></iframe>\n\nThe rest of this article is ordinary text.`,
  (a: Art) =>
    `<p>${escHtml(a.excerpt)}</p><svg onload=alert(3)><circle r="4"></circle></svg><p><a href="  JaVaScRiPt:alert(4)">Subscribe</a> or <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">open the archive</a>.</p><style>body{display:none}</style><form action="https://collect.invalid/"><input name="email"></form>`,
];

{
  const candidates = shuffle(arts.filter((a) => !a.fixedName && !a.story && !a.nearMiss && !a.draftOf && a.type !== 'video'));
  const n = Math.round(arts.length * 0.12);
  candidates.slice(0, n).forEach((a, i) => {
    if (i < HOSTILE_BODIES.length) {
      a.body = at(HOSTILE_BODIES, i)(a);
      a.hostile = true;
    }
    else a.body = a.type === 'download' || chance(0.45) ? htmlBody(a) : markdownBody(a);
  });
  for (const a of arts.filter((x) => x.type === 'download' && !x.body)) if (chance(0.6)) a.body = htmlBody(a);
}

// 8b. Syndicated re-posts: the same outlet posts the same article again on the
// same day under a second URL (two cases: one in the biggest event, one single).
function repost(orig: Art): Art {
  const dayEnd = Math.floor(orig.published / DAY) * DAY + DAY - 60_000;
  const t = minutes(Math.min(dayEnd, NOW - 5 * 60_000, orig.published + int(40, 300) * 60_000));
  const webUrl = articleUrl(orig.provider, slugify(orig.title), t, at(orig.topics, 0));
  const copy: Art = { ...orig, n: serial++, webUrl, originalUrl: webUrl, published: t, images: [...orig.images], topics: [...orig.topics], related: [...orig.related] };
  copy.repostOf = orig;
  copy.secured = securedBlob();
  if (orig.heat !== undefined) copy.heat = Math.max(1, Math.round(orig.heat * (0.3 + 0.4 * rng())));
  arts.push(copy);
  return copy;
}
{
  const biggest = [...DATA.events].sort((x, y) => y.outlets - x.outlets)[0];
  const members = arts.filter((a) => a.story === biggest?.key && a.published < NOW - 6 * HOUR && a.published % DAY < 18 * HOUR);
  repost(pick(members));
  const single = shuffle(singles().filter((a) => a.type === 'article' && a.isPublished && !a.removed && !a.deleted && a.webUrl && !a.body && a.related.length === 0));
  repost(at(single, 0));
}

// 8c. "More to read" widgets: a few articles list unrelated earlier articles
// of the corpus as related, most of them the same popular breach story (a hub).
const visible = (a: Art): boolean => a.isPublished && !a.removed && !a.deleted;
{
  const biggest = [...DATA.events].sort((x, y) => y.outlets - x.outlets)[0];
  const hub = [...arts].filter((a) => a.story === biggest?.key && !a.repostOf).sort((x, y) => (y.heat ?? 0) - (x.heat ?? 0))[0];
  if (!hub) throw new Error('no hub for the related widgets');
  const hosts = shuffle(
    singles().filter(
      (a) => a.type === 'article' && visible(a) && !a.repostOf && a.related.length <= 1 && !a.hostile && a.published > hub.published + 4 * HOUR && !biggest?.topics.includes(at(a.topics, 0)),
    ),
  ).slice(0, 6);
  if (hosts.length < 6) throw new Error('not enough articles after the hub for the related widgets');
  hosts.forEach((host, i) => {
    const earlier = shuffle(
      arts.filter((t) => t !== host && visible(t) && t.published < host.published - HOUR && at(t.topics, 0) !== at(host.topics, 0) && !t.repostOf && (t.webUrl ?? t.originalUrl).startsWith('https://')),
    );
    const targets = i < 4 ? [hub, ...earlier.filter((t) => t !== hub).slice(0, int(1, 2))] : earlier.slice(0, int(2, 3));
    for (const t of targets) host.related.push({ ...relatedFrom(t, false), widget: true });
  });
}

// 9. File names: mostly dated .md, some .markdown, a few undated, a few in sub-folders.
{
  const usedFiles = new Set<string>();
  const order = shuffle(arts);
  order.forEach((a, i) => {
    let name: string;
    if (a.fixedName) name = a.fixedName;
    else {
      const slug = slugify(a.title, 60);
      const ext = chance(0.08) ? 'markdown' : 'md';
      name = chance(0.03) ? `${slug}.${ext}` : `${ymd(a.published)}-${slug}.${ext}`;
      if (i % 70 === 3) name = `${ymd(a.published).slice(0, 4)}/${ymd(a.published).slice(5, 7)}/${name}`;
    }
    let file = name;
    for (let k = 2; usedFiles.has(file.toLowerCase()); k++) file = name.replace(/(\.\w+)$/, `-${k}$1`);
    usedFiles.add(file.toLowerCase());
    a.file = file;
  });
}

// 10. Text the way real feeds carry it. File names and URLs above come from
// the clean titles, as a CMS makes them.
const plainExcerpt = (a: Art): boolean => !a.fixedName && !a.excerptYaml && !a.hostile && a.excerpt.length > 40 && !/[<&]/.test(a.excerpt);

// HTML entities in about a tenth of the excerpts: curly quotes and apostrophes,
// ampersands and non-breaking spaces, as a CMS encodes them.
const ENTITY_EDITS: Array<(s: string) => string | undefined> = [
  (s) => (s.includes("'") ? s.replace(/'/g, '&#8217;') : undefined),
  (s) => {
    // A closing sentence set off as a pull quote.
    const m = /^(.*[.!?] )([A-Z][^.!?]{8,}[.!?])$/.exec(s);
    return m && !/\bsaid\b/.test(m[2] ?? '') ? `${m[1] ?? ''}&#8220;${m[2] ?? ''}&#8221;` : undefined;
  },
  (s) => (/ and /.test(s) ? s.replace(/ and /, ' &amp; ') : undefined),
  (s) => (/\d /.test(s) ? s.replace(/(\d) /, '$1&nbsp;') : undefined),
  // A non-breaking space before the last word keeps it off a line of its own.
  (s) => s.replace(/ (\S+)$/, '&nbsp;$1'),
];
{
  const want = Math.round(arts.length * 0.1);
  let done = 0;
  for (const a of shuffle(arts.filter(plainExcerpt))) {
    if (done >= want) break;
    let text = a.excerpt;
    const fits = ENTITY_EDITS.filter((edit) => edit(text) !== undefined);
    // The last-word space fits every excerpt: use it only half the time when another edit fits.
    const edits = fits.length > 1 && chance(0.5) ? fits.slice(0, -1) : fits;
    for (const edit of shuffle(edits).slice(0, int(1, 2))) text = edit(text) ?? text;
    a.excerpt = text;
    done++;
  }
}

// Excerpts cut off mid-sentence at about 240 characters, as feeds truncate them.
function cutOff(a: Art, more: string[]): void {
  const long = [a.excerpt, ...more].join(' ');
  if (long.length < 260) throw new Error(`${a.title}: too short to cut off`);
  let end = long.lastIndexOf(' ', 240);
  // Mid-sentence: never right after a full stop or a comma.
  while (/[^\p{L}\p{N}]$/u.test(long.slice(0, end))) end = long.lastIndexOf(' ', end - 1);
  a.excerpt = long.slice(0, end);
}
{
  for (const key of DATA.events.slice(0, 2).map((e) => e.key)) {
    const spec = eventByKey.get(key);
    const a = shuffle(arts.filter((x) => x.story === key && !x.repostOf && plainExcerpt(x)))[0];
    if (spec && a) cutOff(a, [...shuffle(spec.excerpts.filter((e) => !a.excerpt.includes(e))).slice(0, 2), pick(spec.extras)]);
  }
  for (const a of shuffle(singles().filter((x) => x.type === 'article' && plainExcerpt(x))).slice(0, 3)) {
    const k = KINDS[a.event.kind];
    cutOff(a, [...k.extras, ...k.excerpts].map((e) => render(e, a.event.slots)).filter((e) => !a.excerpt.includes(e)));
  }
}

// One excerpt with inline HTML tags.
{
  const spec = at(DATA.events, 0);
  const term = at(spec.keyTerms, 0);
  const a = arts.find((x) => x.story === spec.key && !x.repostOf && plainExcerpt(x) && x.excerpt.includes(term));
  if (!a) throw new Error('no excerpt for inline HTML');
  a.excerpt = `<p>${a.excerpt.replace(term, `<b>${term}</b>`)}</p>`;
}

// Invisible characters in a few titles (a zero-width space or a soft hyphen
// inside a long word) and HTML entities in two.
{
  const plainTitle = (a: Art) => !a.fixedName && !a.hostile && !a.repostOf && /^[\x20-\x7e]+$/.test(a.title);
  const longWord = (t: string) => [...t.matchAll(/[A-Za-z]{9,}/g)].map((m) => m.index)[0];
  const story0 = arts.filter((x) => x.story === at(DATA.events, 0).key && plainTitle(x) && longWord(x.title) !== undefined);
  const story1 = arts.filter((x) => x.story === at(DATA.events, 1).key && plainTitle(x) && longWord(x.title) !== undefined);
  const others = shuffle(singles().filter((x) => plainTitle(x) && longWord(x.title) !== undefined));
  const picks: Array<[Art | undefined, string]> = [
    [pick(story0), '\u200b'],
    [pick(story1), '\u00ad'],
    [others[0], '\u200b'],
    [others[1], '\u00ad'],
    [others[2], '\u00ad'],
  ];
  for (const [a, ch] of picks) {
    if (!a) throw new Error('no title for an invisible character');
    const i = longWord(a.title) ?? 0;
    const cut = i + 4 + int(0, 3);
    a.title = `${a.title.slice(0, cut)}${ch}${a.title.slice(cut)}`;
  }
  const withApostrophe = (xs: Art[]) => xs.find((x) => plainTitle(x) && x.title.includes("'"));
  const e1 = withApostrophe(shuffle(arts.filter((x) => x.story !== undefined)));
  const e2 = withApostrophe(shuffle(singles()));
  if (!e1 || !e2) throw new Error('no title with an apostrophe');
  e1.title = e1.title.replace(/'/g, '&#8217;');
  e2.title = e2.title.replace(/'/g, '&#8217;').replace(/ and /, ' &amp; ');
}

// A generic topic on most articles: many outlets tag everything "Technology".
{
  const generic = DATA.genericTopic;
  const tagsAll = new Map(providers.map((p) => [p, chance(0.5) ? (chance(0.3) ? 'first' : 'last') : 'no']));
  for (const a of arts) {
    if (a.fixedName || a.topics.includes(generic)) continue;
    const how = tagsAll.get(a.provider) ?? 'no';
    if (how === 'no' ? !chance(0.12) : !chance(0.95)) continue;
    if (how === 'first') a.topics.unshift(generic);
    else a.topics.push(generic);
  }
  const share = (xs: Art[]) => xs.filter((a) => a.topics.includes(generic)).length / xs.length;
  if (share(arts) <= 0.55 || share(arts.filter(visible)) <= 0.55) throw new Error(`"${generic}" is on only ${Math.round(share(arts) * 100)}% of articles`);
}

/* ------------------------------------------------------------------ YAML */

const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
/** Plain scalar when obviously safe, else a JSON string (a valid YAML double-quoted scalar). */
function scalar(s: string): string {
  if (/^[\p{L}][\p{L}\p{N} .&'-]*[\p{L}\p{N}]$/u.test(s) && !YAML_WORDS.test(s) && !/ [#&]|: /.test(s)) return s;
  return JSON.stringify(s);
}
const q = (s: string): string => JSON.stringify(s);

/** How a topic is written in the file: sometimes in another case or padded with spaces. */
function topicSpelling(t: string): string {
  const r = rng();
  if (r < 0.06) return t.toLowerCase();
  if (r < 0.09) return ` ${t} `;
  if (r < 0.1) return t.toUpperCase();
  if (r < 0.12) return `${t.toLowerCase()} `;
  return t;
}

function imagesYaml(imgs: Img[], indent: string): string[] {
  const out: string[] = [];
  for (const i of imgs) {
    out.push(`${indent}- url: ${i.url.startsWith('/') && chance(0.5) ? i.url : q(i.url)}`);
    if (i.width !== undefined) out.push(`${indent}  width: ${i.width}`);
    if (i.height !== undefined) out.push(`${indent}  height: ${i.height}`);
    if (i.isCached) out.push(`${indent}  isCached: true`);
  }
  return out;
}

function toFile(a: Art): string {
  const L: string[] = ['---'];
  const excerptLine = `excerpt: ${a.excerptYaml ?? q(a.excerpt)}`;
  if (a.type === 'download') {
    if (a.category) L.push(`category: ${a.category}`);
    L.push(`title: ${q(a.title)}`, excerptLine, `originalUrl: ${q(a.originalUrl)}`);
    if (a.webUrl) L.push(`webUrl: ${q(a.webUrl)}`);
    L.push(`type: download`, `publishedDateTime: ${iso(a.published)}`);
    if (a.heat !== undefined) L.push(`heat: ${a.heat}`);
    if (a.quality !== undefined) L.push(`quality: ${a.quality}`);
    L.push(`published: ${a.isPublished}`);
  } else {
    if (a.category) L.push(`category: ${a.category}`);
    L.push(`title: ${q(a.title)}`, excerptLine, `publishedDateTime: ${iso(a.published)}`, `originalUrl: ${q(a.originalUrl)}`);
    if (a.webUrl) L.push(`webUrl: ${q(a.webUrl)}`);
    L.push(`type: ${a.type}`);
    if (a.quality !== undefined) L.push(`quality: ${a.quality}`);
    if (a.heat !== undefined) L.push(`heat: ${a.heat}`);
    L.push(`published: ${a.isPublished}`);
  }
  if (a.removed) L.push('removed: true');
  if (a.deleted) L.push('deleted: true');
  if (a.featuredContent) L.push('', `featuredContent: ${q(a.featuredContent)}`);
  if (a.actions) {
    L.push('', 'actions:');
    for (const x of a.actions) L.push(`  - url: ${q(x.url)}`, `    type: ${q(x.type)}`, `    title: ${q(x.title)}`, `    attribution: ${q(x.attribution)}`);
  }
  L.push('', 'provider:', `  name: ${scalar(a.provider.name)}`, `  domain: ${a.provider.domain}`);
  if (a.provider.logoUrl) L.push('  images:', ...imagesYaml([{ url: a.provider.logoUrl, width: 50, height: 50 }], '    '));
  if (a.authors) L.push('  authors:', ...a.authors.map((n) => `    - name: ${scalar(n)}`));
  L.push('', 'topics:', ...a.topics.map((t) => `  - ${scalar(topicSpelling(t))}`));
  if (a.images.length) L.push('', 'images:', ...imagesYaml(a.images, '  '));
  if (a.related.length) {
    L.push('', 'related:');
    for (const r of a.related) {
      L.push(`  - title: ${q(r.title)}`);
      if (r.excerpt) L.push(`    excerpt: ${q(r.excerpt)}`);
      L.push(`    publishedDateTime: ${iso(r.published)}`, `    webUrl: ${q(r.webUrl)}`, `    type: ${r.type}`);
      L.push('    provider:', `      name: ${scalar(r.provider.name)}`, `      domain: ${r.provider.domain}`);
      if (r.quality !== undefined) L.push(`    quality: ${r.quality}`);
      if (r.images.length) L.push('    images:', ...imagesYaml(r.images, '      '));
    }
  }
  if (a.secured) L.push('', `secured: ${q(a.secured)}`);
  L.push('---');
  return `${L.join('\n')}\n${a.body ? `${a.body}\n` : '\n'}`;
}

/* ------------------------------------------------------------------ check */

function check(a: Art, text: string): void {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${a.file}: no front matter`);
  const fm = parseYaml(m[1] ?? '') as Record<string, unknown>;
  const fail = (what: string) => {
    throw new Error(`${a.file}: ${what} did not round-trip`);
  };
  if (fm.title !== a.title) fail('title');
  if (fm.excerpt !== a.excerpt) fail(`excerpt ${JSON.stringify(fm.excerpt)} vs ${JSON.stringify(a.excerpt)}`);
  if (a.webUrl && fm.webUrl !== a.webUrl) fail('webUrl');
  if (fm.originalUrl !== a.originalUrl) fail('originalUrl');
  if (String(fm.publishedDateTime) !== iso(a.published)) fail('publishedDateTime');
  if (!Array.isArray(fm.topics) || fm.topics.length !== a.topics.length) fail('topics');
  if ((Array.isArray(fm.related) ? fm.related.length : 0) !== a.related.length) fail('related');
  const prov = fm.provider as { name?: unknown } | undefined;
  if (prov?.name !== a.provider.name) fail('provider.name');
  if (a.heat !== undefined && fm.heat !== a.heat) fail('heat');
}

/* ------------------------------------------------------------------ write */

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? '') : join(here, '..', 'content'));

if (existsSync(outDir) && readdirSync(outDir).length > 0) {
  const readme = join(outDir, 'README.md');
  if (!existsSync(readme) || !readFileSync(readme, 'utf8').includes(README_MARKER)) {
    throw new Error(`${outDir} is not empty and was not generated by this script; refusing to delete it`);
  }
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

for (const a of [...arts].sort((x, y) => (x.file < y.file ? -1 : 1))) {
  const text = toFile(a);
  check(a, text);
  const path = join(outDir, a.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// Stories as the indexer should find them. Link-based stories: connected
// components of related links inside the corpus, widget links left out.
const byUrl = new Map(arts.map((a) => [canonical(a.webUrl ?? a.originalUrl), a] as const));
const parent = new Map<Art, Art>(arts.map((a) => [a, a]));
const root = (a: Art): Art => {
  let r = a;
  while (parent.get(r) !== r) r = parent.get(r) ?? r;
  return r;
};
const groupOf = (a: Art): string | undefined => a.story ?? (a.cluster === undefined ? undefined : `cluster ${a.cluster}`);
let widgetLinks = 0;
for (const a of arts) {
  for (const r of a.related) {
    const b = byUrl.get(canonical(r.webUrl));
    if (!b || b === a) continue;
    if (r.widget) {
      widgetLinks++;
      if (groupOf(a) !== undefined && groupOf(a) === groupOf(b)) throw new Error(`${a.file}: a widget link inside one story`);
      continue;
    }
    if (a.story || b.story) throw new Error(`${a.file}: a related link touches an event that must be found without links`);
    parent.set(root(a), root(b));
  }
}
const storySizes = new Map<Art, number>();
for (const a of arts) storySizes.set(root(a), (storySizes.get(root(a)) ?? 0) + 1);
const stories = [...storySizes.values()].filter((n) => n > 1);
if (stories.length !== clusterCount) throw new Error(`expected ${clusterCount} stories, found ${stories.length}`);

const count = (f: (a: Art) => boolean) => arts.filter(f).length;
const eventLines = DATA.events.map((e) => {
  const members = arts.filter((a) => a.story === e.key);
  const outlets = new Set(members.map((a) => a.provider.domain)).size;
  if (outlets !== e.outlets) throw new Error(`${e.key}: ${outlets} outlets, expected ${e.outlets}`);
  const days = (Math.max(...members.map((a) => a.published)) - Math.min(...members.map((a) => a.published))) / DAY;
  return { key: e.key, articles: members.length, outlets, days, name: e.keyTerms.at(-1) ?? e.key };
});
const entityExcerpts = count((a) => /&(#\d+|amp|nbsp|quot);/.test(a.excerpt));
const invisibleTitles = count((a) => /[\u200b\u00ad]/.test(a.title));
const genericShare = count((a) => a.topics.includes(DATA.genericTopic)) / arts.length;
const nearMisses = count((a) => a.nearMiss !== undefined);
const drafts = count((a) => a.draftOf !== undefined);
const reposts = count((a) => a.repostOf !== undefined);
const widgetHosts = count((a) => a.related.some((r) => r.widget));

const topicNames = new Set(arts.flatMap((a) => a.topics.map((t) => t.trim().toLowerCase())));
const providerDomains = new Set(arts.map((a) => a.provider.domain));
const readme = `# Sample content

This folder is ${README_MARKER}. Do not edit it
by hand: change the script (and the text in scripts/corpus-data/events.json)
and run

    npm run corpus

to rewrite it. The script is deterministic (seeded random numbers, and a fixed
"now" of 2026-11-20T12:00:00Z instead of the clock), so the output only changes
when the script does.

Every outlet, domain, company, person and event in these files is invented.

- ${arts.length} article files (.md, .markdown, one .txt), some in sub-folders
- ${topicNames.size} topics, ${providerDomains.size} outlets
- ${clusterCount} stories: the same event covered by 2 to 8 outlets, linked through \`related\` entries
- ${eventLines.length} events covered by many outlets with no \`related\` links between them, the
  way an aggregator sees a big story: paraphrased headlines and excerpts that share
  names and numbers, published hours apart over one to three days:
${eventLines.map((e) => `  - ${e.name}: ${e.outlets} outlets, ${e.articles} articles`).join('\n')}
- ${nearMisses} look-alikes that must stay out of those stories: the same company or the same
  number in another piece of news, some in the same days
- ${reposts} syndicated re-posts: the same outlet, title and day under a second URL
- ${widgetHosts} articles whose \`related\` entries are a "more to read" widget pointing at
  unrelated earlier articles, four of them at the same popular breach story
- "${DATA.genericTopic}" on ${Math.round(genericShare * 100)}% of the articles, as outlets that tag everything do
- feed text as it arrives: HTML entities in ${entityExcerpts} excerpts, a zero-width space or a
  soft hyphen in ${invisibleTitles} titles, one excerpt with inline HTML tags, excerpts cut off
  mid-sentence
- deliberate rough edges: topic spellings that differ only in case or spaces, a
  mojibake title in \`000_*.txt\`, root-relative image URLs, videos with only an
  \`originalUrl\`, ${count((a) => !a.isPublished)} drafts (\`published: false\`, ${drafts} of them added
  around the events above, some off-topic), removed and deleted items, one page
  saved twice under two spellings of its URL, and three bodies with hostile HTML
  (event handlers, \`javascript:\` links, \`<script>\`) that the indexer must sanitise.
`;
writeFileSync(join(outDir, 'README.md'), readme);

console.log(
  [
    `wrote ${arts.length} articles to ${outDir}`,
    `topics ${topicNames.size}, providers ${providerDomains.size}, story clusters ${clusterCount} (${count((a) => a.cluster !== undefined)} articles; sizes ${stories.sort((x, y) => x - y).join(',')})`,
    `events without links ${eventLines.length}: ${eventLines.map((e) => `${e.key} ${e.outlets} outlets/${e.articles} articles/${e.days.toFixed(1)} days`).join(', ')}`,
    `near misses ${nearMisses}, re-posts ${reposts}, extra drafts ${drafts}, widget articles ${widgetHosts} (${widgetLinks} links), "${DATA.genericTopic}" on ${(genericShare * 100).toFixed(1)}%`,
    `excerpts with entities ${entityExcerpts} (${((entityExcerpts / arts.length) * 100).toFixed(1)}%), with tags ${count((a) => /<b>/.test(a.excerpt))}, titles with invisible characters ${invisibleTitles}, with entities ${count((a) => /&#?\w+;/.test(a.title))}`,
    `videos ${count((a) => a.type === 'video')} (no webUrl: ${count((a) => a.type === 'video' && !a.webUrl)}), downloads ${count((a) => a.type === 'download')}`,
    `with related ${count((a) => a.related.length > 0)}, with body ${count((a) => !!a.body)}, unpublished ${count((a) => !a.isPublished)}, removed ${count((a) => !!a.removed)}, deleted ${count((a) => !!a.deleted)}`,
    `missing quality ${count((a) => a.quality === undefined)}, missing heat ${count((a) => a.heat === undefined)}, no image ${count((a) => a.images.length === 0)}`,
  ].join('\n'),
);
