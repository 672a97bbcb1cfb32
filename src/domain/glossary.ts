import type { GlossaryTermId } from './measures';

export interface GlossaryEntry {
  term: string;
  explanation: string;
}

/** Plain-English explanations, written for people who do not work in MAPPA. */
export const GLOSSARY: Record<GlossaryTermId, GlossaryEntry> = {
  mappa: {
    term: 'MAPPA',
    explanation:
      'Multi-Agency Public Protection Arrangements: the way police, probation and prison services in each of the 42 areas of England and Wales work together, with other agencies such as councils and health services, to manage people convicted of serious sexual, violent or terrorist offences who live in the community. People who qualify are called "MAPPA-eligible".',
  },
  levels: {
    term: 'Levels 1, 2 and 3',
    explanation:
      'How much joint management someone needs. Level 1: the main agency (usually probation or police) manages them, sharing information with others, without formal MAPPA meetings. Level 2: regular meetings of several agencies are needed. Level 3: the highest risk cases, where senior people from each agency must attend and commit resources. Most people are at level 1.',
  },
  categories: {
    term: 'Categories 1 to 4',
    explanation:
      'Why someone is eligible. Category 1: registered sexual offenders, who must tell the police where they live and other details. Category 2: mainly violent offenders sentenced to 12 months or more in prison, or given a hospital order. Category 3: other people who are not in categories 1 or 2 but are judged to pose a risk of serious harm now. Category 4 (from the 2022-23 reports): terrorist and terrorist-risk offenders.',
  },
  shpo: {
    term: 'SHPO and SOPO',
    explanation:
      'A Sexual Harm Prevention Order is a court order that limits what someone can do (for example contact with children or internet use) to protect the public from sexual harm; it can also ban travel abroad ("foreign travel restriction"). It replaced the older Sexual Offences Prevention Order (SOPO), which is why some reports still say SOPO.',
  },
  notificationOrder: {
    term: 'Notification order',
    explanation:
      'An order that makes someone convicted of a sexual offence abroad register with the police here, in the same way as people convicted in the UK.',
  },
  sro: {
    term: 'Sexual Risk Order (SRO)',
    explanation:
      'A court order for someone who has not necessarily been convicted but has done something sexual that shows they pose a risk of sexual harm. Breaking the order is a crime, and the person then has to register with the police (the "notification requirements"). The reports count how many people became subject to notification this way.',
  },
  recall: {
    term: 'Returned to custody (recall)',
    explanation:
      'People released from prison on licence must keep to its conditions. If they break them, probation can recall them to prison: that is a "breach of licence". Someone can also be sent back to custody for breaking a SOPO or SHPO. The reports count these for people managed at levels 2 and 3.',
  },
  revocation: {
    term: 'Lifetime notification revoked',
    explanation:
      'Some people must register with the police for life. Since 2012 they can ask the police to review this after at least 15 years (8 years for those who were children). The police remove the requirement only if they judge the risk allows; these are the numbers removed on application.',
  },
  per100k: {
    term: 'Per 100,000 population',
    explanation:
      'A rate that lets areas of different sizes be compared: the number of registered sexual offenders for every 100,000 residents aged 10 and over. From 2021-22 the population comes from the 2021 census; before that from yearly estimates, so figures either side of that change are not strictly comparable (a "series break"). Where MAPPA Compare shows other figures per 100,000, we calculated them here.',
  },
  snapshot: {
    term: 'On 31 March (snapshot)',
    explanation:
      'The numbers of MAPPA-eligible people by level and category are counted on one day, 31 March, at the end of the reporting year. The other tables count events across the whole year (1 April to 31 March).',
  },
  illustrative: {
    term: 'Illustrative data',
    explanation:
      'Where we do not yet hold an area’s report, MAPPA Compare shows synthetic stand-in figures so the tool can be tried out. They are made by a published, repeatable method and are labelled illustrative (marked *) everywhere. They are not real statistics and must not be quoted.',
  },
  notApplicable: {
    term: '"-", "not published" and 0',
    explanation:
      'A dash "-" in a report means the figure cannot apply (for example, only category 1 offenders can breach a SHPO). "Not published" means the figure is not available to us. Neither is zero, and MAPPA Compare never treats them as zero.',
  },
  disputed: {
    term: 'Sources disagree',
    explanation:
      'Sometimes two published sources give different numbers for the same figure (for example, Hertfordshire’s registered sexual offenders in 2022-23: 816 in one article, 987 in another). We show every number with its source. Bars, ranks and rates use one of them, chosen by a fixed rule: the area’s own annual report first; otherwise the most recently published source, if every source is dated; otherwise the first one we recorded. The note under the chart says which was used and why; none is changed or averaged.',
  },
  confidenceInterval: {
    term: '95% confidence interval',
    explanation:
      'The range a rate or share could plausibly take once chance is allowed for. Even if nothing about an area changed, the number of people counted would go up and down from year to year by chance, and a small number goes up and down proportionally more: 8 people could easily have been 4 or 14. The interval is where the underlying rate lies, 95 times in 100. For rates per 100,000 we use Byar’s method, count × (1 − 1/(9 × count) ± 1.96/(3 × √count))³ for the lower limit (the upper uses count + 1), divided by the population; with fewer than 10 people counted, the exact Poisson method, from the chi-squared distribution. For shares and “per 100” figures we use the Wilson score method. These are the methods Public Health England’s Fingertips uses. An interval describes random variation only: it does not allow for errors in the figures, figures recorded differently in different areas, or a population that is estimated. Counts (numbers of people) have no interval: they are whole populations, not samples.',
  },
  comparedWithNational: {
    term: 'Higher, similar or lower than England and Wales',
    explanation:
      'An area is “higher” than England and Wales when the whole of its 95% confidence interval is above England and Wales’s figure, “lower” when it is all below, and “similar” when the interval includes it. In other words: if the true rate were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20. “Similar” does not mean the same: it means chance alone could explain the difference. No measure here is good or bad in one direction, so there is no red or green: higher is shown by a dark bar or ▲, similar by a grey bar or ●, lower by a hatched bar or ▼. With 42 areas, about 2 would be called higher or lower by chance even if all were really the same. A comparison built from an illustrative figure is illustrative.',
  },
  rankRange: {
    term: 'Rank allowing for chance',
    explanation:
      'A rank such as “9th highest” hides how close areas are. Allowing for chance, an area could be anywhere from the best rank its interval allows (1 plus the number of areas whose whole interval is above its own) to the worst (the number of areas whose interval reaches up to or above the bottom of its own), so “between 5th and 12th highest”. This is a simple overlap rule, not a simulation, so the ranges are generous. Counts have no such range.',
  },
  funnelPlot: {
    term: 'Funnel plot',
    explanation:
      'Each area’s rate or share (up the side) against the size of what it is worked out from (along the bottom: its population, or the whole its share is of). The straight line is England and Wales. The dashed lines either side are the 95% control limits and the dotted lines the 99.8% limits: if every area were really the same as England and Wales, about 1 in 20 areas would fall outside the 95% lines and 1 in 500 outside the 99.8% lines, by chance alone. The lines narrow to the right because bigger counts vary less by chance. An area outside the 99.8% lines is very unlikely to differ by chance alone; many areas outside them means the areas genuinely differ (or record things differently), not that the limits are wrong. The limits are as trustworthy as England and Wales’s figure, and illustrative if it is.',
  },
  overdispersion: {
    term: 'Limits allowing for overdispersion',
    explanation:
      'When far more areas fall outside the plain funnel limits than chance would put there (about 1 in 20 outside the 95% lines), the areas are not all alike: each has its own true rate, spread around England and Wales’s. This is called overdispersion. The limits “allowing for overdispersion” are widened by that spread (Spiegelhalter’s random-effects method, 2005, as NHS funnel plot tools offer), so they ask a different question: is this area unusual even among areas that differ as much as these do? The method puts each area’s distance from England and Wales on a common scale (a z-score), pulls in the most extreme 10% at each end so that a few outliers do not decide it, and works out φ (phi): the average squared z-score, about 1 if only chance were at work, and 4 if the areas vary four times as much as chance would make them. From φ comes τ (tau), the spread of the areas’ true values; the limits are widened by it. When φ is no bigger than chance allows, no allowance is needed and the plain limits are drawn. The widened limits are as trustworthy as the weakest figure they are estimated from: with any illustrative figure among the areas, they are illustrative.',
  },
  spineChart: {
    term: 'Area profile (spine chart)',
    explanation:
      'One row per measure, after the area profiles of Fingertips. Each spine runs from the lowest to the highest value among the areas with a figure; its darker middle runs from the 25th to the 75th percentile (half the areas lie there; percentiles are worked out as spreadsheets’ PERCENTILE.INC does). The black line is England and Wales, held at the end of the spine when it lies outside the areas’ range. The marker is the chosen area: ▲ higher, ● similar, ▼ lower than England and Wales, judged by its 95% confidence interval; hollow markers and values marked * are illustrative. The spine shows position only: it says nothing about whether high or low is better.',
  },
};

export const GLOSSARY_ORDER: GlossaryTermId[] = [
  'mappa',
  'levels',
  'categories',
  'snapshot',
  'per100k',
  'shpo',
  'notificationOrder',
  'sro',
  'recall',
  'revocation',
  'notApplicable',
  'disputed',
  'illustrative',
  'confidenceInterval',
  'comparedWithNational',
  'rankRange',
  'funnelPlot',
  'overdispersion',
  'spineChart',
];
