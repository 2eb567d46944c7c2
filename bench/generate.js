#!/usr/bin/env node
/**
 * Deterministic generator of realistic NGO policy sets (Markdown), for the benchmark.
 *
 *   node bench/generate.js --out DIR --docs 1000 [--seed 20240601]
 *   node bench/generate.js --single 30000 --out FILE [--seed 7]
 *
 * A corpus is N member folders, each with 1-5 policy documents of 1-40 KB (log-normal sizes,
 * median ~3.1 KB, so 1,000 documents come to about 5 MB). Every member has a "maturity": each
 * rubric topic (mission, fees, conflict of interest, privacy, code of conduct, anti-oppression,
 * complaints, insurance) is written firmly, hedged, only named, or left out. Bulk comes from
 * the procedural text real handbooks are full of (finance, HR, safety, programs), with
 * headings, lists, some tables, the odd draft notice and a few French-language members.
 *
 * Member i is drawn from its own seed (seed, i), so a 1,000-document corpus is the first
 * members of the 10,000-document one: runs at different sizes compare like with like.
 * All sentences here were written for this benchmark.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- random numbers

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed, index) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle(list) {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  sample(list, n) {
    return this.shuffle(list).slice(0, Math.max(0, Math.min(n, list.length)));
  }
}

// ---------------------------------------------------------------- organizations

const PLACES = ['Riverside', 'Northgate', 'Lakeshore', 'Eastview', 'Westmount', 'Hillcrest', 'Maplewood', 'Harbourside', 'Cedar Valley', 'Prairie Hills', 'Brookfield', 'Stonebridge', 'Pine Ridge', 'Bayview', 'Millbrook', 'Fairhaven', 'Southdale', 'Kingsway', 'Elmvale', 'Rosedale'];
const KINDS = ['Newcomer Centre', 'Refugee Support Network', 'Immigrant Services Association', 'Settlement Council', 'Welcome House', 'Family Resource Centre', 'Multicultural Council', 'Community Legal Clinic', 'Sanctuary Collective', 'Neighbourhood Association'];
const FR_PLACES = ['Saint-Laurent', 'Rosemont', 'Sherbrooke', 'Trois-Rivières', 'Gatineau', 'Lévis', 'Rimouski', 'Longueuil', 'Saguenay', 'Drummondville'];
const FR_KINDS = ["Centre d'accueil des nouveaux arrivants", 'Maison des réfugiés', "Carrefour d'intégration", 'Service d\'aide aux immigrants', 'Collectif solidarité migrants'];
const ROLES = ['the executive director', 'the program manager', 'the board chair', 'the privacy officer', 'the settlement coordinator', 'the operations director', 'the clinic supervisor'];
const FR_ROLES = ['la direction générale', 'la coordination des services', 'la présidence du conseil', 'la personne responsable de la protection des renseignements'];
const STAFF = ['staff', 'employees and volunteers', 'workers', 'team members', 'all staff, interns and volunteers', 'caseworkers'];
const CLIENTS = ['clients', 'newcomers', 'the people we serve', 'participants', 'refugee claimants and their families'];
const FIRM = ['must', 'shall', 'will', 'are required to'];
const HEDGED = ['should', 'are encouraged to', 'try to', 'are expected, where possible, to', 'aim to'];
const HEDGE_TAILS = [' where possible', ' when practical', ' as far as resources allow', ' in most cases', ''];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'September', 'October', 'November'];

function organization(rng, french) {
  const name = french ? `${rng.pick(FR_KINDS)} de ${rng.pick(FR_PLACES)}` : `${rng.pick(PLACES)} ${rng.pick(KINDS)}`;
  const short = name
    .split(/[\s'-]+/)
    .filter((w) => /^[A-ZÉ]/.test(w))
    .map((w) => w[0])
    .join('')
    .replace('É', 'E');
  return { name, short, domain: `${short.toLowerCase()}.example.org` };
}

// ---------------------------------------------------------------- sentence banks (English)

// {M} is a modal: firm ("must") or hedged ("should"); {T} a hedge tail when hedged.
const TOPICS = {
  mission: {
    title: ['Mission and Purpose', 'Who We Are', 'Our Mission', 'Purpose of the Organization', 'Mission, Vision and Values'],
    firm: [
      '{Org} exists to help {clients} settle, find their footing and take a full part in community life.',
      'We offer help with immigration forms, refugee claims and family reunification because these are the moments when newcomers are most exposed to harm.',
      'Our immigration services grow directly out of this mission: a person who arrives with little more than their story deserves someone on their side.',
      'The board confirms every {years} years that each program still serves the mission, and closes or changes those that do not.',
      'Every program we run {M} be able to show how it advances the purpose set out in our letters patent.',
      'We give immigration help because members of our own community once needed it and could not find it, and that memory shapes how we work.',
      'Our vision is a region where people who arrive as refugees or immigrants are treated as neighbours from their first day.',
    ],
    hedged: [
      'We hope to support newcomers in whatever ways our funding makes possible.',
      'The organization generally tries to keep its services aligned with its mission{T}.',
      'Over time we may expand our immigration work if the need continues.',
    ],
    named: ['Our mission is described in more detail on our website.'],
  },
  fees: {
    title: ['Services Free of Charge', 'Fees', 'Cost of Services', 'No Fees for Immigration Help'],
    firm: [
      'All of our immigration services are free of charge; no client is ever asked to pay for help with an application.',
      '{Staff} {M} not accept payment, tips or fees of any kind for the assistance we provide.',
      'At the first meeting, every client is told, in a language they understand, that our services cost nothing.',
      'A notice saying that all services are free is posted in the waiting room, printed on our intake form and shown on our website.',
      'Government filing fees are paid by the client directly to the government; we never handle that money.',
      'Anyone who asks a client for money in our name will be dismissed, and the client will be helped to report it.',
    ],
    hedged: [
      'We try to keep our services free or low-cost{T}.',
      'A small administrative fee may be charged for photocopies, translation and courier costs.',
      'Donations are welcome but clients should not feel obliged to give.',
      'Some specialised services may carry a modest charge, which is explained in advance.',
    ],
    named: ['Fees, if any, are set by the board each year.'],
  },
  coi: {
    title: ['Conflict of Interest', 'Conflicts of Interest', 'Avoiding Conflicts', 'Conflict of Interest Policy'],
    firm: [
      'A conflict of interest exists when a personal, financial or family interest could influence, or appear to influence, the way a worker serves a client.',
      '{Staff} {M} not offer paid immigration services, privately or through another business, to people who are clients of {org}.',
      'Workers {M} not refer clients to a lawyer, consultant, interpreter or business in which they, a relative or a close friend has an interest.',
      'Gifts from clients {M} be politely declined; a small token of thanks worth less than ${amount} may be accepted and is recorded in the gift register.',
      'Anyone who has, or may have, a conflict {M} declare it in writing to {role} as soon as they become aware of it.',
      'The person with the conflict {M} step away from the file, and another worker takes it over without delay.',
      'Board members {M} leave the room when the board discusses a matter in which they have an interest, and the minutes record that they left.',
      'Declarations are kept on file and reviewed by the board each year.',
      'Favours, loans and hospitality from clients or their families are treated the same way as gifts.',
    ],
    hedged: [
      '{Staff} are encouraged to avoid situations that might look like a conflict{T}.',
      'Workers should try not to take on files involving people they know personally.',
      'Small gifts are generally discouraged, although staff may use their judgment.',
      'If a conflict comes up, it should ideally be mentioned to a supervisor.',
    ],
    named: ['Conflicts of interest are dealt with case by case.'],
  },
  conf: {
    title: ['Confidentiality and Privacy', 'Privacy Policy', 'Protecting Personal Information', 'Confidentiality', 'Privacy and Records'],
    firm: [
      'We collect personal information only to provide the service a client has asked for, and we explain why each piece of information is needed.',
      'Every employee, intern and volunteer {M} sign a confidentiality agreement before their first contact with clients.',
      'We {M} not disclose a client\'s personal information to anyone outside {org} without the client\'s written consent, unless a law requires it.',
      'We collect only the information needed for the service and never ask for details we will not use.',
      'Client files are kept for {years} years after the file is closed and are then shredded or securely deleted.',
      'Only the worker assigned to a file and their supervisor may open it; access is logged.',
      'Paper files are kept in locked cabinets; electronic records are encrypted and protected by individual passwords.',
      'Any suspected breach of confidentiality {M} be reported to {role} within {hours} hours.',
      'When a breach could harm a client, we {M} tell the affected client promptly, explain what happened and what we are doing about it.',
      'A client who has a concern about how their information is handled can write to our privacy officer at privacy@{domain}, and will receive an answer within {days} days.',
      'Interpreters working with us are bound by the same confidentiality rules as staff.',
    ],
    hedged: [
      'Client information should be kept confidential{T}.',
      'Files should be destroyed when they are no longer needed, if possible.',
      'Staff are encouraged to lock their computers when they step away.',
      'We aim to limit access to client files to those who need it.',
      'Breaches should normally be mentioned to a manager.',
    ],
    named: ['Privacy matters are handled according to applicable law.'],
  },
  coc: {
    title: ['Code of Conduct', 'Professional Conduct', 'Standards of Behaviour', 'Code of Ethics and Conduct'],
    firm: [
      'Workers {M} present their qualifications honestly and never suggest they are lawyers or licensed consultants when they are not.',
      '{Staff} {M} keep professional boundaries: no romantic relationships with clients, no lending or borrowing money, and no social media connections while a file is open.',
      'We {M} give advice only within the training we have received; questions beyond it are referred to a licensed professional.',
      'Conversations about clients happen in private, and case details are never discussed in hallways, on buses or at social events.',
      'If trust breaks down between a worker and a client, the client {M} be offered another worker.',
      'Our approach is trauma-informed: we do not press clients to retell painful events more than the case requires.',
      'Workers {M} keep their personal political and religious views out of their work with clients.',
      'We act with integrity, objectivity and fairness, and treat each case on its merits.',
      'No client is refused service or treated differently because of race, religion, gender, sexual orientation, disability, age or immigration status.',
      'Breaches of this code are investigated and can lead to discipline, up to and including dismissal.',
    ],
    hedged: [
      'Staff should behave professionally at all times{T}.',
      'Workers are encouraged to be mindful of boundaries with clients.',
      'We try to treat everyone with respect.',
      'Where possible, staff should avoid giving advice outside their area.',
    ],
    named: ['All staff receive a copy of the code of conduct.'],
  },
  ao: {
    title: ['Anti-Oppression and Anti-Racism', 'Equity and Anti-Racism', 'Anti-Oppression Commitment', 'Diversity, Equity and Inclusion'],
    firm: [
      '{Org} is committed to anti-oppression and anti-racism in every part of its work.',
      'All staff and volunteers complete anti-racism training within their first {months} months, with a refresher each year.',
      'Each year the board reviews our policies and services for barriers that affect racialized people, and reports publicly on what changed.',
      'We watch for power imbalances within families and make sure each person, including women and young people, can speak with a worker on their own.',
      'Clients are asked how they would like to be addressed, and we use the names and pronouns they give us.',
    ],
    hedged: [
      'We aim to be an inclusive organization{T}.',
      'Staff may be offered diversity training when funding allows.',
      'We hope to review our practices for bias in the future.',
    ],
    named: ['We value diversity.'],
  },
  complaints: {
    title: ['Complaints', 'Complaints Procedure', 'How to Make a Complaint', 'Client Feedback and Complaints'],
    firm: [
      'Any client can make a complaint in person, by phone, by email or in writing, in the language of their choice; an interpreter is provided free of charge.',
      'Complaints can be made anonymously and will never affect the service a client receives.',
      'How to complain is explained to every client at intake and posted in each of our offices.',
      '{Role} acknowledges each complaint within {days} working days and investigates it.',
      'The person who complained receives a written answer within {days2} days, with the reasons for the decision.',
      'A client who is not satisfied can ask the board chair to review the decision.',
      'Each complaint and its outcome is recorded in the complaints log, which the board reviews every quarter.',
    ],
    hedged: [
      'Clients who are unhappy should speak to a staff member{T}.',
      'We try to respond to complaints promptly.',
      'Complaints may be forwarded to management for review.',
    ],
    named: ['Feedback is always welcome.'],
  },
  insurance: {
    title: ['Insurance', 'Liability Insurance', 'Insurance Coverage', 'Risk and Insurance'],
    firm: [
      '{Org} holds professional liability insurance that covers claims arising from negligence by staff, interns and volunteers.',
      'The treasurer reviews the insurance policy each year and renews it before it expires.',
      'Our directors and officers liability insurance covers every member of the board.',
      'A certificate of insurance is available to any client or funder on request.',
      'Volunteers are covered by the same liability policy as staff while they act for the organization.',
    ],
    hedged: [
      'We are looking into obtaining liability insurance.',
      'The board intends to review our insurance coverage{T}.',
      'Staff may be covered by insurance in some circumstances.',
    ],
    named: ['Insurance questions go to the treasurer.'],
  },
};

// Procedural bulk: what real handbooks carry besides the commitments a rubric looks for.
const FILLER = {
  finance: {
    title: ['Financial Controls', 'Signing Authority', 'Petty Cash', 'Budget and Audit'],
    text: [
      'Cheques and electronic transfers over ${amount} require two signatures from the list of authorized signers.',
      'The petty cash float is ${small} and is reconciled at the end of each month by someone other than the person who holds it.',
      'Expense claims are submitted within {days} days with original receipts, and approved by the claimant\'s supervisor.',
      'The annual budget is prepared by {role} and approved by the board before the start of the fiscal year.',
      'An independent accountant reviews the financial statements every year, and the report is presented at the annual general meeting.',
      'Restricted grants are tracked in separate accounts so that each funder can see how its money was spent.',
      'Purchases above ${amount} require at least two written quotes.',
      'Bank statements are reconciled monthly and the reconciliation is signed by the treasurer.',
    ],
  },
  hr: {
    title: ['Hours of Work', 'Leave', 'Hiring', 'Performance Reviews', 'Working Conditions'],
    text: [
      'The regular work week is {hoursWeek} hours, Monday to Friday, with a paid lunch break of thirty minutes.',
      'Overtime must be approved in advance and is taken as time off within {months} months.',
      'Employees earn vacation from their first day, starting at three weeks a year.',
      'Every position is posted publicly for at least {days} days, and interviews are held by a panel of at least two people.',
      'New employees complete a probation period of {months} months, with a review at the halfway point.',
      'Each employee meets their supervisor once a year to review the past year and agree on goals for the next.',
      'Requests for flexible hours are considered fairly and answered in writing.',
      'References are checked for every new hire, and a police check is required for positions working with children.',
      'Sick days may be taken without a doctor\'s note for absences of up to three days.',
    ],
  },
  safety: {
    title: ['Health and Safety', 'Emergency Procedures', 'Workplace Safety'],
    text: [
      'The joint health and safety committee meets every {months} months and inspects the premises once a year.',
      'Fire exits are marked on the floor plan posted at reception, and a fire drill is held twice a year.',
      'Staff who visit clients at home tell a colleague where they are going and when they expect to be back.',
      'First aid kits are kept in the kitchen and in each meeting room, and are checked monthly.',
      'Incidents and near misses are recorded on the incident form within twenty-four hours.',
      'In an emergency, call 911 first, then inform {role}.',
    ],
  },
  programs: {
    title: ['Our Programs', 'Services Offered', 'Program Description', 'Settlement Services'],
    text: [
      'Our settlement counsellors help newcomers find housing, register children in school and apply for health coverage.',
      'Language classes run in the mornings and evenings, with child minding available on site.',
      'The employment program offers résumé workshops, mock interviews and short work placements with local employers.',
      'Our youth group meets on Thursday evenings and organises outings, homework help and sports.',
      'A volunteer-run clothing bank is open two afternoons a week.',
      'We hold information sessions on tenant rights, banking, and public transit for people who have just arrived.',
      'Group sessions on parenting in a new country are offered in several languages each spring and fall.',
      'Outreach workers visit the temporary shelters weekly to meet families who have just arrived.',
    ],
  },
  governance: {
    title: ['Governance', 'The Board of Directors', 'Meetings', 'Roles and Responsibilities'],
    text: [
      'The board is made up of seven to eleven directors elected at the annual general meeting for terms of two years.',
      'The board meets at least six times a year; a majority of directors forms a quorum.',
      'The executive director is accountable to the board and manages day-to-day operations.',
      'Board committees include finance, personnel and nominations, each with written terms of reference.',
      'Minutes of each meeting are circulated within {days} days and approved at the following meeting.',
      'At least one seat on the board is held by a person with lived experience of immigration or refugee settlement.',
      'This handbook is reviewed every {years} years, or sooner when the law or our programs change.',
    ],
  },
  it: {
    title: ['Use of Technology', 'Computers and Email', 'Acceptable Use'],
    text: [
      'Work email accounts are used for work only, and personal accounts are never used to send client information.',
      'Software is installed only by the person responsible for technology.',
      'Passwords are at least twelve characters long and are changed when there is any reason to think they are known.',
      'Laptops that leave the office are encrypted, and lost devices are reported the same day.',
      'Backups are made nightly and a copy is kept away from the office.',
    ],
  },
  volunteers: {
    title: ['Volunteers', 'Volunteer Program', 'Working with Volunteers'],
    text: [
      'Volunteers are matched to roles that fit their skills and the time they can give.',
      'Each volunteer receives an orientation and a written description of their role before starting.',
      'A staff member is named as the contact person for every volunteer.',
      'Volunteer hours are recorded so that we can report them to funders and thank people properly.',
      'Volunteers are invited to a recognition evening each spring.',
    ],
  },
};

const DEFINITIONS = [
  ['Client', 'any person who receives a service from the organization, including their family members.'],
  ['Worker', 'an employee, intern, contractor or volunteer acting on behalf of the organization.'],
  ['Personal information', 'any information about an identifiable individual.'],
  ['Supervisor', 'the person to whom a worker reports.'],
  ['Board', 'the board of directors of the organization.'],
  ['File', 'the paper and electronic records kept about a client.'],
  ['Interpreter', 'a person who translates spoken words between a worker and a client.'],
];

// ---------------------------------------------------------------- sentence banks (French)

const FR_TOPICS = {
  mission: {
    title: ['Mission', 'Notre mission', 'Raison d\'être'],
    firm: [
      '{Org} a pour mission d\'accompagner les personnes immigrantes et réfugiées dans leur installation et leur participation à la vie collective.',
      'Nos services en immigration découlent directement de cette mission, car les démarches d\'immigration sont le moment où les nouveaux arrivants sont le plus vulnérables.',
      'Le conseil vérifie tous les {years} ans que chaque programme sert toujours la mission.',
    ],
    hedged: ['Nous espérons offrir du soutien selon les ressources disponibles.'],
    named: ['Notre mission est présentée sur notre site web.'],
  },
  fees: {
    title: ['Gratuité des services', 'Frais'],
    firm: [
      'Tous nos services en immigration sont gratuits; aucun client n\'a à payer pour recevoir de l\'aide.',
      'Le personnel ne doit accepter aucun paiement, pourboire ni frais pour l\'aide offerte.',
      'Chaque client est informé dès la première rencontre que nos services sont gratuits.',
    ],
    hedged: ['Des frais administratifs minimes peuvent être demandés pour les photocopies.'],
    named: ['Les frais éventuels sont fixés par le conseil.'],
  },
  coi: {
    title: ['Conflits d\'intérêts', 'Politique sur les conflits d\'intérêts'],
    firm: [
      'Il y a conflit d\'intérêts lorsqu\'un intérêt personnel, financier ou familial pourrait influencer la façon dont une personne sert un client.',
      'Les employés ne doivent pas offrir de services d\'immigration rémunérés aux clients de l\'organisme.',
      'Toute personne en situation de conflit doit le déclarer par écrit à {role} et se retirer du dossier.',
      'Les cadeaux des clients doivent être refusés, sauf les petites marques de reconnaissance, qui sont inscrites au registre.',
    ],
    hedged: ['Le personnel devrait éviter, dans la mesure du possible, les situations de conflit.'],
    named: ['Les conflits sont traités au cas par cas.'],
  },
  conf: {
    title: ['Confidentialité', 'Protection des renseignements personnels'],
    firm: [
      'Nous recueillons seulement les renseignements personnels nécessaires au service demandé.',
      'Chaque employé, stagiaire et bénévole doit signer un engagement de confidentialité avant de commencer.',
      'Aucun renseignement n\'est communiqué à l\'extérieur de l\'organisme sans le consentement écrit du client.',
      'Les dossiers sont conservés {years} ans après leur fermeture, puis détruits de façon sécuritaire.',
      'Tout incident de confidentialité doit être signalé à {role} dans les {hours} heures.',
    ],
    hedged: ['Les renseignements devraient être protégés autant que possible.'],
    named: ['La confidentialité est importante pour nous.'],
  },
  complaints: {
    title: ['Plaintes', 'Traitement des plaintes'],
    firm: [
      'Tout client peut porter plainte en personne, par téléphone ou par écrit, dans la langue de son choix.',
      'Une plainte n\'a jamais d\'effet sur le service reçu.',
      'La direction accuse réception de la plainte dans les {days} jours ouvrables et répond par écrit dans les {days2} jours.',
      'Chaque plainte est consignée dans un registre examiné par le conseil.',
    ],
    hedged: ['Les clients insatisfaits peuvent en parler à un membre du personnel.'],
    named: ['Vos commentaires sont les bienvenus.'],
  },
};

const FR_FILLER = [
  'Les chèques de plus de {amount} $ exigent deux signatures autorisées.',
  'Le conseil d\'administration se réunit au moins six fois par année.',
  'Les cours de français ont lieu le matin et le soir, avec une halte-garderie sur place.',
  'Les heures normales de travail sont de {hoursWeek} heures par semaine.',
  'Les bénévoles reçoivent une formation d\'accueil avant de commencer.',
  'Les états financiers sont examinés chaque année par un comptable indépendant.',
  'Nos intervenants aident les familles à trouver un logement et à inscrire les enfants à l\'école.',
];

// ---------------------------------------------------------------- documents

const DOC_TYPES = [
  { file: 'governance-handbook', title: 'Governance and Operations Handbook', topics: ['mission', 'fees', 'coi', 'conf', 'coc', 'ao', 'complaints', 'insurance'], filler: ['governance', 'finance', 'hr', 'safety', 'programs', 'it', 'volunteers'] },
  { file: 'mission-and-services', title: 'Mission and Services', topics: ['mission', 'fees'], filler: ['programs', 'governance'] },
  { file: 'conflict-of-interest', title: 'Conflict of Interest Policy', topics: ['coi'], filler: ['governance'] },
  { file: 'privacy-policy', title: 'Privacy and Confidentiality Policy', topics: ['conf'], filler: ['it'] },
  { file: 'code-of-conduct', title: 'Code of Conduct', topics: ['coc', 'ao'], filler: ['hr', 'volunteers'] },
  { file: 'complaints-procedure', title: 'Client Complaints Procedure', topics: ['complaints'], filler: ['programs'] },
  { file: 'risk-and-insurance', title: 'Risk Management and Insurance', topics: ['insurance'], filler: ['safety', 'finance'] },
  { file: 'employee-handbook', title: 'Employee Handbook', topics: ['coc', 'conf'], filler: ['hr', 'safety', 'it'] },
  { file: 'volunteer-handbook', title: 'Volunteer Handbook', topics: ['conf', 'coc'], filler: ['volunteers', 'safety'] },
];

const FR_DOC_TYPES = [
  { file: 'politiques-internes', title: 'Politiques internes', topics: ['mission', 'fees', 'coi', 'conf', 'complaints'] },
  { file: 'code-d-ethique', title: 'Code d\'éthique', topics: ['coi', 'conf'] },
  { file: 'politique-plaintes', title: 'Politique de traitement des plaintes', topics: ['complaints'] },
];

function fill(template, ctx, rng, hedged) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'Org':
      case 'org':
        if (rng.chance(0.7)) return ctx.org.name;
        if (ctx.french) return key === 'Org' ? "L'organisme" : "l'organisme";
        return key === 'Org' ? 'The organization' : 'the organization';
      case 'M':
        return hedged ? rng.pick(HEDGED) : rng.pick(FIRM);
      case 'T':
        return hedged ? rng.pick(HEDGE_TAILS) : '';
      case 'role':
        return rng.pick(ctx.french ? FR_ROLES : ROLES);
      case 'Role':
        return capitalize(rng.pick(ROLES));
      case 'Staff':
        return capitalize(rng.pick(STAFF));
      case 'staff':
        return rng.pick(STAFF);
      case 'clients':
        return rng.pick(CLIENTS);
      case 'years':
        return String(rng.pick([2, 3, 5, 7]));
      case 'months':
        return String(rng.pick([3, 6, 12]));
      case 'days':
        return String(rng.pick([5, 10, 14, 30]));
      case 'days2':
        return String(rng.pick([30, 45, 60]));
      case 'hours':
        return String(rng.pick([24, 48, 72]));
      case 'hoursWeek':
        return String(rng.pick([35, 37.5, 40]));
      case 'amount':
        return String(rng.pick([25, 50, 100, 250, 500, 1000]));
      case 'small':
        return String(rng.pick([100, 150, 200]));
      case 'domain':
        return ctx.org.domain;
      default:
        return key;
    }
  });
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A topic's section: firm, hedged (modals swapped, hedged lines mixed in), or only named. */
function topicSection(out, rng, ctx, bank, status, level) {
  out.push(`${'#'.repeat(level)} ${rng.pick(bank.title)}`, '');
  if (status === 'named') {
    out.push(fill(rng.pick(bank.named), ctx, rng, false), '');
    return;
  }
  const hedged = status === 'hedged';
  let lines = rng.sample(bank.firm, rng.int(Math.ceil(bank.firm.length / 2), bank.firm.length));
  if (hedged) lines = [...rng.sample(lines, Math.ceil(lines.length / 2)), ...rng.sample(bank.hedged, rng.int(1, bank.hedged.length))];
  lines = rng.shuffle(lines).map((l) => fill(l, ctx, rng, hedged && rng.chance(0.7)));
  emitLines(out, rng, lines, level);
}

/** Lines as a mix of paragraphs, bullet lists, numbered lists and the odd sub-heading. */
function emitLines(out, rng, lines, level, french = false) {
  let i = 0;
  while (i < lines.length) {
    const roll = rng.next();
    if (roll < 0.25 && lines.length - i >= 3) {
      const n = rng.int(2, Math.min(5, lines.length - i));
      const numbered = rng.chance(0.4);
      const bullet = rng.pick(['-', '*']);
      if (rng.chance(0.5)) out.push(rng.pick(french ? ['Les règles suivantes s\'appliquent :', 'En pratique :', 'Notamment :'] : ['The following rules apply:', 'In practice:', 'This means that:', 'In particular:']), '');
      for (let k = 0; k < n; k++) out.push(`${numbered ? `${k + 1}.` : bullet} ${emphasize(rng, lines[i + k])}`);
      out.push('');
      i += n;
    } else if (roll < 0.32 && level < 4) {
      out.push(`${'#'.repeat(level + 1)} ${rng.pick(french ? ['Portée', 'Procédure', 'Responsabilités', 'Principes'] : ['Scope', 'Procedure', 'Responsibilities', 'Details', 'Application', 'Principles'])}`, '');
    } else {
      const n = rng.int(1, Math.min(3, lines.length - i));
      out.push(lines.slice(i, i + n).map((l) => emphasize(rng, l)).join(' '), '');
      i += n;
    }
  }
}

function emphasize(rng, line) {
  if (!rng.chance(0.08)) return line;
  const words = line.split(' ');
  if (words.length < 6) return line;
  const at = rng.int(1, words.length - 3);
  const mark = rng.chance(0.5) ? '**' : '_';
  words[at] = `${mark}${words[at]}`;
  words[at + 1] = `${words[at + 1]}${mark}`;
  return words.join(' ');
}

function fillerSection(out, rng, ctx, bank, level) {
  out.push(`${'#'.repeat(level)} ${rng.pick(bank.title)}`, '');
  const lines = rng.sample(bank.text, rng.int(3, bank.text.length)).map((l) => fill(l, ctx, rng, false));
  emitLines(out, rng, lines, level);
}

function table(out, rng, ctx) {
  const kind = rng.int(0, 2);
  if (kind === 0) {
    out.push('## Revision History', '', '| Version | Date | Approved by | Changes |', '| --- | --- | --- | --- |');
    const n = rng.int(2, 6);
    for (let v = 1; v <= n; v++) out.push(`| ${v}.0 | ${2015 + v}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')} | ${rng.pick(['Board', 'Executive committee', 'Executive director'])} | ${rng.pick(['First version', 'Updated contact details', 'Added section on volunteers', 'Reviewed, no changes', 'New retention periods', 'Plain-language rewrite'])} |`);
  } else if (kind === 1) {
    out.push('## Contacts', '', '| Role | Name | Email |', '|:-----|:-----|:------|');
    for (const role of rng.sample(ROLES, rng.int(2, 5))) out.push(`| ${capitalize(role.replace(/^the /, ''))} | ${rng.pick(['A. Haddad', 'M. Nguyen', 'J. Osei', 'R. Tremblay', 'S. Kaur', 'L. Moreau', 'D. Okafor'])} | ${role.split(' ').pop()}@${ctx.org.domain} |`);
  } else {
    out.push('## Training Schedule', '', '| Training | Who | When |', '| --- | --- | --- |');
    for (const t of rng.sample(['Orientation', 'Confidentiality', 'Anti-racism', 'First aid', 'Trauma-informed practice', 'Conflict of interest', 'Boundaries'], rng.int(2, 5))) out.push(`| ${t} | ${rng.pick(['All staff', 'New volunteers', 'Caseworkers', 'Board'])} | ${rng.pick(['On hire', 'Every year', 'Every two years', 'Within 3 months'])} |`);
  }
  out.push('');
}

function definitions(out, rng) {
  out.push(`## ${rng.pick(['Definitions', 'Terms Used in This Policy'])}`, '');
  for (const [term, meaning] of rng.sample(DEFINITIONS, rng.int(3, DEFINITIONS.length))) out.push(`- **${term}**: ${meaning}`);
  out.push('');
}

const bytes = (lines) => Buffer.byteLength(lines.join('\n'));

/** One English document of about `target` bytes. */
function englishDocument(rng, ctx, type, target, coverage) {
  const out = [];
  out.push(`# ${ctx.org.name}: ${type.title}`, '');
  if (ctx.draft) out.push(rng.pick(['**DRAFT — not yet adopted by the board.**', '> Draft for discussion. This policy has not been approved.']), '');
  else out.push(`_Approved by the board of directors on ${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.int(2016, 2024)}. Next review: ${rng.int(2025, 2028)}._`, '');
  if (rng.chance(0.5)) {
    out.push('## Purpose', '', fill(rng.pick([
      'This policy sets out how {org} and its {staff} work, so that {clients} know what to expect from us.',
      'This document gathers the rules that apply to everyone who works or volunteers with {org}.',
      'The purpose of this policy is to give {staff} clear guidance and to protect {clients}.',
    ]), ctx, rng, false), '');
  }
  if (type.topics.length > 2 && rng.chance(0.3)) {
    out.push('## Table of Contents', '');
    type.topics.forEach((t, n) => out.push(`${n + 1}. ${TOPICS[t].title[0]}`));
    out.push('');
  }
  if (rng.chance(0.35)) definitions(out, rng);
  // Topics this document carries, in their coverage state; shared topics also appear in other docs.
  const topics = type.topics.filter((t) => coverage[t] !== 'missing');
  for (const t of topics) {
    topicSection(out, rng, ctx, TOPICS[t], coverage[t], 2);
    if (bytes(out) > target) break;
  }
  // Occasional tables (revision history, contacts, training), at most two per document.
  let tables = rng.chance(0.14) ? (rng.chance(0.2) ? 2 : 1) : 0;
  if (tables > 0 && rng.chance(0.5)) {
    table(out, rng, ctx);
    tables--;
  }
  // Bulk up to the size with procedural sections.
  const fillers = type.filler;
  let guard = 0;
  while (bytes(out) < target && guard++ < 400) {
    fillerSection(out, rng, ctx, FILLER[rng.pick(fillers.concat(rng.chance(0.3) ? Object.keys(FILLER) : []))], rng.chance(0.7) ? 2 : 3);
  }
  while (tables-- > 0) table(out, rng, ctx);
  out.push('---', '', `Questions about this document can be sent to info@${ctx.org.domain}.`, '');
  return out.join('\n');
}

function frenchDocument(rng, ctx, type, target, coverage) {
  const out = [`# ${ctx.org.name} : ${type.title}`, '', `_Adoptée par le conseil d'administration le ${rng.int(1, 28)} mai ${rng.int(2016, 2024)}._`, ''];
  for (const t of type.topics) if (coverage[t] !== 'missing') topicSection(out, rng, ctx, FR_TOPICS[t], coverage[t], 2);
  let guard = 0;
  while (bytes(out) < target && guard++ < 400) {
    out.push(`## ${rng.pick(['Administration', 'Ressources humaines', 'Programmes', 'Gouvernance', 'Bénévolat'])}`, '');
    emitLines(out, rng, rng.sample(FR_FILLER, rng.int(3, FR_FILLER.length)).map((l) => fill(l, ctx, rng, false)), 2, true);
  }
  return out.join('\n');
}

/** Document size in bytes: log-normal, median ~3.1 KB, clamped to 1-40 KB. */
function documentSize(rng) {
  const kb = Math.exp(Math.log(3.1) + 0.95 * rng.normal());
  return Math.round(Math.min(38, Math.max(1, kb)) * 1024);
}

/** One member's policy set: [{ name, text }]. */
export function generateMember(seed, index, maxDocs = 5) {
  const rng = new Rng(mix(seed, index));
  const french = rng.chance(0.06);
  const org = organization(rng, french);
  // Maturity drives coverage: a mature member writes most topics firmly.
  const maturity = rng.next();
  const coverage = {};
  for (const topic of Object.keys(TOPICS)) {
    const r = rng.next();
    coverage[topic] = r < maturity * 0.8 ? 'firm' : r < maturity * 0.8 + 0.25 ? 'hedged' : r < maturity * 0.8 + 0.35 ? 'named' : 'missing';
  }
  const count = Math.min(maxDocs, rng.int(1, 5));
  const types = french ? FR_DOC_TYPES : DOC_TYPES;
  // A single document is usually the handbook; more documents split the topics up.
  const chosen = count === 1 ? [types[0]] : rng.sample(types, count);
  const docs = chosen.map((type, n) => {
    const ctx = { org, french, draft: rng.chance(0.04) };
    const target = documentSize(rng);
    const text = french ? frenchDocument(rng, ctx, type, target, coverage) : englishDocument(rng, ctx, type, target, coverage);
    return { name: `${String(n + 1).padStart(2, '0')}-${type.file}.md`, text };
  });
  const slug = org.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id: `m${String(index + 1).padStart(5, '0')}-${slug}`, docs };
}

/** Writes a corpus of exactly `docs` documents into `dir` (emptied first). */
export function generateCorpus(dir, docs, seed = 20240601) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let written = 0;
  let totalBytes = 0;
  let members = 0;
  let tables = 0;
  for (let i = 0; written < docs; i++) {
    const member = generateMember(seed, i, docs - written);
    const folder = join(dir, member.id);
    mkdirSync(folder);
    for (const doc of member.docs) {
      writeFileSync(join(folder, doc.name), doc.text);
      totalBytes += Buffer.byteLength(doc.text);
      if (doc.text.includes('| --- |') || doc.text.includes('|:-----|')) tables++;
    }
    written += member.docs.length;
    members++;
  }
  return { dir, members, documents: written, bytes: totalBytes, withTables: tables };
}

/** One handbook of about `size` bytes, every topic written firmly or hedged. */
export function generateSingle(size, seed = 7) {
  const rng = new Rng(mix(seed, 0));
  const org = organization(rng, false);
  const coverage = {};
  for (const topic of Object.keys(TOPICS)) coverage[topic] = rng.chance(0.7) ? 'firm' : 'hedged';
  let text = '';
  let tries = 0;
  // The filler loop overshoots by up to a section; aim a little lower so the file lands near `size`.
  let target = size;
  do {
    text = englishDocument(new Rng(mix(seed, 1)), { org, french: false, draft: false }, DOC_TYPES[0], target, coverage);
    target -= Math.max(0, Buffer.byteLength(text) - size);
  } while (Buffer.byteLength(text) > size * 1.05 && ++tries < 5);
  return text;
}

// ---------------------------------------------------------------- CLI

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[key] = true;
    else {
      args[key] = next;
      i++;
    }
  }
  return args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  if (!args.out) {
    process.stderr.write('usage: node bench/generate.js --out DIR --docs N [--seed S]\n       node bench/generate.js --single BYTES --out FILE [--seed S]\n');
    process.exit(2);
  }
  if (args.single) {
    const text = generateSingle(Number(args.single), args.seed ? Number(args.seed) : undefined);
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, text);
    process.stdout.write(`${JSON.stringify({ file: args.out, bytes: Buffer.byteLength(text) })}\n`);
  } else {
    const summary = generateCorpus(args.out, Number(args.docs ?? 1000), args.seed ? Number(args.seed) : undefined);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
}
