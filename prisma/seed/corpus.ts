// The demo corpus: five preserved articles about the 2018 "zero tolerance" prosecution policy, the
// claims they make, the figures they state and the verdicts reviewers reached on them.
//
// Every `exact` below is copied character for character from prisma/seed/sources/<file>; several of
// those texts contain non-breaking spaces, written here as \u00a0. corpus.test.ts checks them all.
//
// Verdicts judge each claim on the evidence in these five sources only: that is all the knowledge
// base holds. Where a date is inferred rather than stated (an article's "in June", "last year",
// "Wednesday"), the figure's period label keeps the source's words and the inference is explained in
// the quantity description or the figure's rankReason.
import type { SeedCorpus } from './corpus-types'

const AXIOS = 'axios-doj-watchdog'
const HSTODAY = 'hstoday-oig-report'
const IG = 'inspector-general-driving-force'
const MOJO = 'mother-jones-prosecutions-spike'
const ESSAY = 'zero-tolerance-essay'

// Passages used by more than one claim or verdict.
const P = {
  axios545: `At least 545 parents separated from their children at the U.S.-Mexico border under the now-reversed policy\u00a0could not be located as of October.`,
  ig611: `Lawyers who are working to reunite separated families said in a court filing Wednesday that they have been unable to find the parents of 611 separated children, according NBC News.`,
  hs3000: `As a result, more than 3,000 children were separated from their families and issues regarding reuniting children with their parents remain as of this date.`,
  igDrivingForce: `The U.S. attorney general’s office was a “driving force” behind a prosecution policy that led to the separation of more than 3,000 immigrant children from their families, according to a report released Thursday by the U.S. Department of Justice’s inspector general.`,
  hsApril6: `On April 6, 2018, then Attorney General Jeff Sessions announced that the U.S. Department of Justice (DOJ, Department) had adopted a “zero tolerance policy” for immigration offenses involving illegal entry and attempted illegal entry into the United States.`,
  essayApril6: `On April 6, 2018, then-Attorney General Jeff Sessions\u00a0directed\u00a0federal prosecutors to seek criminal charges for all first-time immigration offenses.`,
  igApril: `In April 2018, then-Attorney General Jeff Sessions announced the “zero-tolerance policy” for illegal immigration, which required U.S. attorneys on the southwest border to prosecute all referrals for illegal entry, including misdemeanors.`,
  mojoApril: `The increase in immigration prosecutions accelerated after Attorney General Jeff Sessions’ announcement of a new zero-tolerance policy in April, which sought to prosecute all illegal border crossers.`,
  hsRequired: `The policy required each U.S. Attorney’s Office (USAO) on the Southwest border to prosecute all referrals for illegal entry violations, including misdemeanors, referred by the U.S. Department of Homeland Security (DHS) “to the extent practicable, and in consultation with DHS.”`,
  mojoNotEveryone: `The administration did not in fact start prosecuting everyone caught at the border, but it did break with precedent in prosecuting parents who arrived with children.`,
  hsDhsReferrals: `Following the DOJ issuance of the zero tolerance policy, DHS changed its practice and began referring family unit adults to DOJ for criminal prosecution and the Department agreed to prosecute these cases.`,
  hsDrivingForce: `The OIG found that the OAG advocated for this DHS policy change and therefore was a driving force in the DHS decision to begin referring family unit adults for prosecution.`,
  hsPrimaryResponsibility: `the Office of the Attorney General (OAG), which had primary responsibility for the policy’s development`,
  hsUnderstood: `Sessions and a small number of other DOJ officials understood that DHS would change its policy in response to the zero tolerance policy and begin referring to DOJ for criminal prosecution adults who entered the country illegally with children and that prosecution of these family unit adults would result in children being separated from them, at least temporarily.`,
  igAware: `Sessions was aware that the zero-tolerance policy would result in family separations, according to multiple DOJ leaders who spoke with the inspector general.`,
  axiosUnderestimated: `Former Attorney General Jeff Sessions underestimated how complicated the Trump administration's "zero tolerance" policy would be, and did not fully understand the legal requirements to care for children separated from their families, according to a report released Thursday by Justice Department Inspector General Michael Horowitz.`,
  hsUnderestimated: `OIG further found that the OAG’s expectations for how the family separation process would work significantly underestimated its complexities and demonstrated a deficient understanding of the legal requirements related to the care and custody of separated children.`,
  igDidNotUnderstand: `“We found that Sessions and other senior DOJ officials did not adequately understand the family separation process that would accompany prosecution of family unit adults and that they had expectations about the process that were inconsistent with the realities in the Southwest border districts,” the report said.`,
  hsSingleMinded: `OIG concluded that the Department’s single-minded focus on increasing immigration prosecutions came at the expense of careful and appropriate consideration of the impact of family unit prosecutions and child separations.`,
  axiosSingleMinded: `The agency's "single-minded focus on increasing prosecutions" of migrant adults in families crossing the southern border "came at the expense of careful and appropriate consideration of the impact of family unit prosecutions and child separations," the report finds.`,
  hsAwareOfChallenges: `DOJ officials were aware of many of these challenges prior to issuing the zero tolerance policy, but they did not attempt to address them until after the policy was issued.`,
  axiosAwareOfChallenges: `DOJ officials were aware of challenges — including a lack of coordination with Southwest U.S. attorneys offices, federal courts, and the Health and Human Services Department —\u00a0but "did not attempt to address them until after the policy was issued."`,
  hsNoCoordination: `However, DOJ leadership, and the OAG in particular, did not effectively coordinate with the Southwest border USAOs, the USMS, HHS, or the federal courts prior to DHS implementing the new practice of referring family unit adults for criminal prosecution as part of the zero tolerance policy.`,
  igMarshals: `The attorney general’s office didn’t discuss the policy in advance with the U.S. Marshals Service, leaving the service unable to plan for housing an increased number of defendants.`,
  igCourts: `In addition, the attorney general’s office did not inform federal courts about its intention to implement the policy, leading to resource and logistical problems for the judiciary, according to the report.`,
  igNoProcedures: `Nor did the service have policies or procedures in place to facilitate communications between the immigrant children in custody and their parents.`,
  hsRecommendationUsms: `Establish guidance and procedures for U.S. Marshals Service staff to follow in working with the Department of Health and Human Services’ Office of Refugee Resettlement case workers to facilitate communication between family unit adults separated from associated family unit minors, especially parents in U.S. Marshals Service custody and their children in Office of Refugee Resettlement custody.`,
  hsThreeRecommendations: `The OIG made three recommendations to assist the Department in implementing future policies.`,
  axiosExhausted: `The OIG found that Sessions expected the agency "to prosecute as many illegal entry cases as possible, including cases involving family unit adults, until all available resources were exhausted."`,
  igHamiltonDrafted: `Gene Hamilton, counselor to the attorney general, had drafted the policy directive telling U.S. attorneys to accept as many prosecution referrals as possible.`,
  igHamiltonResponsibility: `Hamilton told the inspector general that responsibility for the policy rested with President Donald Trump and then-Department of Homeland Security Secretary Kirstjen Nielsen.`,
  axiosConcerns: `U.S. attorneys shared concerns about family separations with Sessions, including questions about what would happen to children after they had been separated and plans for reuniting them.`,
  axiosPromised: `The former AG "promised additional resources" but held firm on continuing the prosecution of adult migrants who had traveled with children.`,
  igMayCall: `Sessions told U.S. attorneys in a May 2018 call that he supported continued prosecutions to ensure that a conviction was on the record of immigrants who entered the county illegally.`,
  igTakeAway: `“We need to take away children,” Sessions said, according to notes of the meeting.`,
  igSwift: `Sessions said prosecution would be swift and be followed by immediate reunification of the separated family.`,
  igThreeToSeven: `But prosecutions took three to seven days, U.S. attorneys had reported, and federal law requires separated children to be placed with the Department of Health and Human Services’ Office of Refugee Resettlement within 72 hours.`,
  axiosHundreds: `It also underscores how little was done to address logistical concerns from the start, which left hundreds of children still separated.`,
  axiosNoRole: `A DOJ spokesperson said that while the agency is responsible for prosecutions under the "zero tolerance" policy, it has no role in tracking or providing custodial care for affected children, saying that responsibility belongs to other agencies.`,
  mojoUnaccompanied: `That change caused the family separation crisis by turning children into “unaccompanied minors” who were placed in the custody of the Department of Health and Human Services.`,
  mojo79: `TRAC’s analysis of the data\u00a0shows that the number of immigration-related prosecutions filed along the border spiked by 79 percent between March and June.`,
  mojo35Body: `During the same period, the number of non-immigration prosecutions declined by 35 percent.`,
  mojo35Subtitle: `Non-immigration offenses declined by 35 percent between March and June, as immigration prosecutions jumped.`,
  mojoShare: `Non-immigration offenses accounted for just 6 percent of prosecutions in districts\u00a0along the Mexican border\u00a0in June, compared to 14 percent in March.`,
  mojoUnprosecuted: `TRAC concluded that unless non-immigration crime is “suddenly less prevalent” than before, the figures imply that more non-immigration crimes in the border regions are going unprosecuted.`,
  mojoArizona: `In Arizona, for example, the data show that drug prosecutions\u00a0under a statute that is usually enforced by US Customs and Border Protections\u00a0have\u00a0declined sharply in recent\u00a0months.`,
  mojoReferrals: `In June, CBP referred 11,086 new cases to the Justice Department for federal prosecution along the border with Mexico, the highest number ever, according to Sarah Pierce of the Migration Policy Institute. That was up from 9,216 in May and 6,368 in March`,
  mojoHighestEver: `the highest number ever, according to Sarah Pierce of the Migration Policy Institute`,
  mojoApprehended: `even though slightly more people were apprehended crossing the border in March than in June`,
  essayDirectConsequence: `So while zero-tolerance and family separation are technically distinct from one another, the massive increase in family separations was a direct consequence of the zero-tolerance policy.`,
  essayResultof: `The\u00a0separations were a resultof the fact that, under zero-tolerance, many more migrants were being referred for criminal prosecution and sent to federal jails, where they cannot be kept with children.`,
  essayIncorrectlyReversed: `many incorrectly stated that the administration had reversed zero-tolerance after the White House announced it would roll back prosecutions of family units`,
  essayNotBluffing: `But officials\u00a0made it quite clear\u00a0they would continue to pursue zero-tolerance for adults without families, and they weren’t\u00a0bluffing.`,
  essayStillInEffect: `While zero-tolerance for single adults is still in effect, 1325 case prosecutions have declined since the administration reined in zero-tolerance for family units`,
  essayPlummeted: `With federal prosecutors now spending exorbitant amounts of time on these lower-level cases, drug-trafficking prosecutions have\u00a0plummeted.`,
  essayFewestSince2001: `In June and July of last year, federal prosecutors charged fewer people with drug-trafficking violations than in any month since at least 2001.`,
  essayDojCautioned: `A Department of Justice spokesperson cautioned against linking zero-tolerance and the decline in drug prosecutions, noting that multiple factors could affect prosecution numbers.`,
  essaySanDiego: `just days after the zero-tolerance crackdown began, a Justice Department supervisor in San Diego\u00a0warned\u00a0that low-level immigration cases “will occupy substantially more of our resources” and that prosecutors would be “diverting staff, both support and attorneys” to enforcing zero-tolerance.`,
  essayCaseRecords: `Indeed, case management records show that attorneys who previously handled some drug-trafficking cases were assigned to the hundreds of new 1325 case prosecutions.`,
  essayStrongLink: `suggest a strong link between zero-tolerance and the drop in drug-trafficking prosecutions`,
  essay130: `1325 case prosecutions\u00a0surged\u00a0130 percent from 2017 to 2018 and were higher than they were in any year in at least two decades`,
  essayOfficialsClaimed: `Administration officials also claimed the drop in prosecutions was due to a decline in drugs coming across the border, but this seems unlikely.`,
  essayApprehensionsDeclined: `While Customs and Border Protection apprehensions of individuals trafficking marijuana and cocaine have declined`,
  essaySeizedMore: `the agency seized more heroin, fentanyl, and methamphetamine during the last fiscal year than it did in 2017`,
  essayOverdose: `when those drugs helped drive the number of overdose deaths in the United States above 70,000`,
  essayHsi: `the number of new human-smuggling cases launched by Homeland Security Investigations, the investigative arm of Immigration and Customs Enforcement, dropped almost 60 percent`,
  essayHsc: `Likewise, the Human Smuggling Cell, a special-intelligence unit set up within ICE, dropped to less than half the staff it had in 2016.`,
  essayCivilFines: `Though these “improper entry” cases (known as 1325 cases, for their place in the U.S. Code) can be charged as misdemeanors, prosecutors have historically issued civil fines or deportation for these low-level infractions, reserving their limited resources for more serious offenses.`,
  essayReinstitute: `the administration has expressed a desire to\u00a0reinstitute zero-tolerance for families\u00a0once additional bed space becomes available`,
} as const

export const corpus: SeedCorpus = {
  sources: [
    {
      key: AXIOS,
      file: 'axios-doj-watchdog.txt',
      title: 'DOJ watchdog report underscores chaos of “zero tolerance” immigration policy',
      kind: 'NEWS_ARTICLE',
      // "Our thought bubble, via Axios' Stef Kight" names the publication. Stef Kight is credited
      // with that one paragraph only; the text names no author for the article as a whole.
      publisher: 'Axios',
      author: null,
      url: null,
      // Dateline: "Jan 14, 2021 - Politics & Policy".
      publishedOn: '2021-01-14',
    },
    {
      key: HSTODAY,
      file: 'hstoday-oig-report.txt',
      title: 'OIG Rips ‘Single-Minded Focus on Increasing Immigration Prosecutions’ That Led to Family Separations',
      kind: 'NEWS_ARTICLE',
      publisher: 'Homeland Security Today',
      // The author box ("author avatar / Homeland Security Today") credits the publication itself.
      author: 'Homeland Security Today',
      // "http://www.hstoday.us" is the publisher's home page, not this article's address.
      url: null,
      // "Friday, April 26, 2024" is the site's current-date banner, not the article's date.
      publishedOn: null,
    },
    {
      key: IG,
      file: 'inspector-general-driving-force.txt',
      // The text has only a section label ("Immigration Law"), no headline.
      title: '[News report: DOJ inspector general calls the attorney general’s office a “driving force” behind zero-tolerance prosecutions]',
      kind: 'NEWS_ARTICLE',
      publisher: null,
      author: null,
      url: null,
      publishedOn: null,
    },
    {
      key: MOJO,
      file: 'mother-jones-prosecutions-spike.txt',
      title: 'The Spike in Immigration Prosecutions Is Causing Other Crimes to Go Unpunished',
      kind: 'NEWS_ARTICLE',
      // "Subscribe to the Mother Jones Daily newsletter"; "here at Mother Jones".
      publisher: 'Mother Jones',
      // Clara Jeffery signs the fundraising appeal appended to the page, not the article.
      author: null,
      url: null,
      publishedOn: null,
    },
    {
      key: ESSAY,
      file: 'zero-tolerance-essay.txt',
      title: '[Essay: zero tolerance diverted prosecutors from drug-trafficking and human-smuggling cases]',
      kind: 'OPINION',
      // "Image credit: Andrew Cline" credits the image, not the essay.
      publisher: null,
      author: null,
      url: null,
      publishedOn: null,
    },
  ],

  quantities: [
    {
      slug: 'parents-of-separated-children-not-located',
      name: 'Parents of separated children not located',
      description:
        'How many parents separated from their children at the U.S.–Mexico border under the 2018 zero tolerance policy had not been located, at a given date. ' +
        'Sources count this in two different ways. Axios counts parents: “At least 545 parents … could not be located as of October” (October 2020). ' +
        'A January 2021 court filing, as reported, counts children: lawyers were “unable to find the parents of 611 separated children.” ' +
        'A parent may have more than one separated child, so a count of children is not a count of parents, and 611 children is not evidence of 611 parents. ' +
        'The two figures sit side by side here for comparison; they are not one series.',
      unit: 'parents',
    },
    {
      slug: 'children-separated-under-zero-tolerance',
      name: 'Children separated from their families under zero tolerance',
      description:
        'Children separated from their parents or families as a result of the 2018 zero tolerance prosecution policy, as found by the U.S. Department of Justice inspector general.',
      unit: 'children',
    },
    {
      slug: 'border-immigration-prosecutions-change',
      name: 'Change in immigration-related prosecutions filed along the U.S.–Mexico border',
      description:
        'Percentage change in the number of immigration-related federal prosecutions filed in districts along the U.S.–Mexico border, from TRAC’s analysis of government data as reported by Mother Jones. ' +
        'The article gives months without a year; it ties the rise to Sessions’ zero tolerance announcement “in April”, which other sources date to April 6, 2018, so the months are read as 2018.',
      unit: 'percent change',
    },
    {
      slug: 'border-non-immigration-prosecutions-change',
      name: 'Change in non-immigration prosecutions along the U.S.–Mexico border',
      description:
        'Percentage change in the number of federal prosecutions for offenses other than immigration offenses in districts along the U.S.–Mexico border (TRAC, as reported by Mother Jones); a fall is negative. ' +
        'Months read as 2018 for the reason given on the immigration-prosecutions quantity.',
      unit: 'percent change',
    },
    {
      slug: 'non-immigration-share-of-border-prosecutions',
      name: 'Share of border-district prosecutions that were for non-immigration offenses',
      description:
        'Non-immigration offenses as a percentage of all federal prosecutions in districts along the U.S.–Mexico border, by month (TRAC, as reported by Mother Jones). Months read as 2018.',
      unit: 'percent share',
    },
    {
      slug: 'cbp-prosecution-referrals-mexico-border-monthly',
      name: 'CBP referrals for federal prosecution along the Mexico border, per month',
      description:
        'New cases U.S. Customs and Border Protection referred to the Justice Department for federal prosecution along the border with Mexico in one month, as reported by Mother Jones citing Sarah Pierce of the Migration Policy Institute. ' +
        'These are referrals, not prosecutions filed. Months read as 2018 (the article ties them to Sessions’ April zero tolerance announcement).',
      unit: 'cases referred',
    },
    {
      slug: 'improper-entry-prosecutions-annual-change',
      name: 'Change in improper-entry (“1325”) prosecutions, year on year',
      description:
        'Percentage change in federal prosecutions for improper entry, the misdemeanor known as a “1325 case” for its section of the U.S. Code, from one year to the next.',
      unit: 'percent change',
    },
    {
      slug: 'zero-tolerance-prosecution-duration',
      name: 'Time taken to prosecute a parent under zero tolerance',
      description:
        'How long the prosecution of a parent separated from a child took, as U.S. attorneys reported it to the Justice Department. ' +
        'Kept in hours so it can be read against the 72-hour legal limit for placing separated children with the Office of Refugee Resettlement: three to seven days is 72 to 168 hours.',
      unit: 'hours',
    },
    {
      slug: 'orr-placement-deadline-separated-children',
      name: 'Legal time limit for placing a separated child with the Office of Refugee Resettlement',
      description:
        'The time within which federal law, as the source states it, requires a separated child to be placed with HHS’s Office of Refugee Resettlement. ' +
        'In hours, to compare with the time prosecutions took (zero-tolerance-prosecution-duration).',
      unit: 'hours',
    },
    {
      slug: 'hsi-new-human-smuggling-cases-change',
      name: 'Change in new human-smuggling cases opened by Homeland Security Investigations',
      description:
        'Percentage change in new human-smuggling investigations launched by Homeland Security Investigations (ICE’s investigative arm); a fall is negative. ' +
        'The essay that states it relies on an article in The Atlantic, which is not in the knowledge base.',
      unit: 'percent change',
    },
    {
      slug: 'us-drug-overdose-deaths',
      name: 'Drug overdose deaths in the United States, per year',
      description: 'Deaths from drug overdoses in the United States in one year.',
      unit: 'deaths',
    },
    {
      slug: 'ice-human-smuggling-cell-staff-vs-2016',
      name: 'Staff of ICE’s Human Smuggling Cell, relative to 2016',
      description:
        'Staffing of the Human Smuggling Cell, a special-intelligence unit within ICE, as a percentage of its staff in 2016.',
      unit: 'percent of 2016 staff',
    },
    {
      slug: 'doj-oig-zero-tolerance-recommendations',
      name: 'Recommendations in the DOJ inspector general’s zero tolerance report',
      description: 'How many recommendations the Justice Department’s Office of the Inspector General made in its report on the zero tolerance policy.',
      unit: 'recommendations',
    },
  ],

  claims: [
    // ---------------------------------------------------------------- published
    {
      slug: 'at-least-545-parents-not-located-october-2020',
      text: 'At least 545 parents separated from their children at the U.S.–Mexico border under the zero tolerance policy could not be located as of October 2020.',
      claimant: 'Axios',
      appearances: [{ source: AXIOS, exact: P.axios545, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'parents-of-separated-children-not-located',
          passage: { source: AXIOS, exact: 'At least 545 parents' },
          qualifier: 'AT_LEAST',
          value: 545,
          low: 545,
          high: null,
          unit: 'parents',
          period: { start: '2020-10-01', end: '2020-10-31', label: 'as of October' },
          rank: 'NORMAL',
          rankReason:
            'A count of parents. “October” is read as October 2020: the article is dated Jan 14, 2021. Neither figure for this quantity is preferred: the later one (611) counts children, not parents.',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-22',
        rating: 'TRUE',
        summary: 'Axios reports the figure, and a later court filing shows the number of parents not found had grown to 611.',
        rationale:
          'Axios (Jan 14, 2021) states that “at least 545 parents” separated at the U.S.–Mexico border “could not be located as of October.” ' +
          'A report on the same inspector general findings says lawyers reuniting families told a court, the day before the report’s release, that they could not find 611 parents. ' +
          'The later, larger count supports the claim that at least 545 parents were still unlocated in October 2020.',
        evidence: [
          { source: AXIOS, exact: P.axios545 },
          { source: IG, exact: P.ig611 },
        ],
        correction: {
          publishedOn: '2021-02-09',
          note:
            'The original rationale said the January 2021 court filing counted 611 parents who could not be found. ' +
            'It counts children: the lawyers could not find “the parents of 611 separated children,” and a count of children is not a count of parents. ' +
            'Without that support the figure of 545 parents rests on Axios alone, and the only comparable count in our sources is kept per child, so we changed the rating from True to Mostly True.',
          rating: 'MOSTLY_TRUE',
          summary: 'Axios reports at least 545 parents not located as of October 2020; hundreds of families were still apart, but no other source confirms a count of parents.',
          rationale:
            'Axios (Jan 14, 2021) states that “at least 545 parents” separated at the U.S.–Mexico border “could not be located as of October,” that is, October 2020. ' +
            'The only other count in our sources is later and measures something else: in January 2021 lawyers reuniting families could not find “the parents of 611 separated children,” a count of children, not parents. ' +
            'The sources agree that hundreds of families were still apart (Axios’ own analysis speaks of “hundreds of children still separated”). ' +
            'But no second source confirms the count of 545 parents, and since the comparable count is kept per child, the figure needs that caveat: Mostly True.',
          evidence: [
            { source: AXIOS, exact: P.axios545 },
            { source: IG, exact: P.ig611, note: 'Counts children whose parents were not found, not parents.' },
            { source: AXIOS, exact: P.axiosHundreds },
          ],
        },
      },
    },
    {
      slug: 'parents-of-611-separated-children-not-found-january-2021',
      text: 'In January 2021, lawyers working to reunite separated families told a court they had been unable to find the parents of 611 separated children.',
      claimant: 'Lawyers working to reunite separated families (court filing, as reported by NBC News)',
      appearances: [{ source: IG, exact: P.ig611, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'parents-of-separated-children-not-located',
          passage: { source: IG, exact: 'the parents of 611 separated children' },
          qualifier: 'EXACT',
          value: 611,
          low: 611,
          high: 611,
          unit: 'children',
          period: { start: '2021-01-01', end: '2021-01-31', label: 'in a court filing Wednesday' },
          rank: 'NORMAL',
          rankReason:
            'Counts children whose parents could not be found, not parents, so it is not directly comparable with the 545 figure. ' +
            'Dated January 2021 by inference: the filing was made “Wednesday”, the day before the DOJ inspector general’s report was released “Thursday”, and Axios, dated Jan 14, 2021, describes the same report as released Thursday.',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-22',
        rating: 'TRUE',
        summary: 'The court filing is reported as stating this, in the week the inspector general’s report was released.',
        rationale:
          'The article on the inspector general’s report says lawyers reuniting separated families stated “in a court filing Wednesday” that they could not find “the parents of 611 separated children,” citing NBC News. ' +
          'The report was released “Thursday”; Axios, dated Jan 14, 2021, describes the same report, which places the filing in January 2021. ' +
          'Note that the figure counts children, not parents.',
        evidence: [
          { source: IG, exact: P.ig611 },
          { source: AXIOS, exact: 'Jan 14, 2021', note: 'The date of the Axios article on the same report.' },
        ],
      },
    },
    {
      slug: 'more-than-3000-children-separated-under-zero-tolerance',
      text: 'More than 3,000 children were separated from their families as a result of the zero tolerance policy.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hs3000, stance: 'MAKES' },
        { source: IG, exact: P.igDrivingForce, stance: 'MAKES' },
      ],
      figures: [
        {
          quantity: 'children-separated-under-zero-tolerance',
          passage: { source: HSTODAY, exact: 'more than 3,000 children' },
          qualifier: 'MORE_THAN',
          value: 3000,
          low: 3000,
          high: null,
          unit: 'children',
          rank: 'NORMAL',
        },
        {
          quantity: 'children-separated-under-zero-tolerance',
          passage: { source: IG, exact: 'more than 3,000 immigrant children' },
          qualifier: 'MORE_THAN',
          value: 3000,
          low: 3000,
          high: null,
          unit: 'children',
          rank: 'NORMAL',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'Both summaries of the inspector general’s report give this figure.',
        rationale:
          'HSToday’s summary of the inspector general’s findings says that as a result of the policy “more than 3,000 children were separated from their families.” ' +
          'The second report on the same findings says the policy “led to the separation of more than 3,000 immigrant children from their families.” ' +
          'Both present it as a finding of the inspector general; it is a lower bound, and no source in the knowledge base gives a more precise count.',
        evidence: [
          { source: HSTODAY, exact: P.hs3000 },
          { source: IG, exact: P.igDrivingForce },
        ],
      },
    },
    {
      slug: 'zero-tolerance-announced-april-6-2018',
      text: 'Attorney General Jeff Sessions announced the zero tolerance policy on April 6, 2018.',
      appearances: [
        { source: HSTODAY, exact: P.hsApril6, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayApril6, stance: 'MAKES' },
        { source: IG, exact: P.igApril, stance: 'SUPPORTS' },
        { source: MOJO, exact: P.mojoApril, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'Two sources give the date, and two more put the announcement in April.',
        rationale:
          'HSToday says that “On April 6, 2018,” Sessions announced that the Justice Department had adopted a “zero tolerance policy”; the essay gives the same date for his directive to federal prosecutors. ' +
          'The report on the inspector general’s findings dates the announcement to April 2018, and Mother Jones to “April.” No source gives a different date.',
        evidence: [
          { source: HSTODAY, exact: P.hsApril6 },
          { source: ESSAY, exact: P.essayApril6 },
          { source: IG, exact: P.igApril },
        ],
      },
    },
    {
      slug: 'zero-tolerance-required-prosecuting-all-illegal-entry-referrals',
      text: 'The zero tolerance policy required U.S. attorneys’ offices on the Southwest border to prosecute all illegal-entry referrals, including misdemeanors.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsRequired, stance: 'MAKES' },
        { source: IG, exact: P.igApril, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayApril6, stance: 'SUPPORTS' },
        { source: MOJO, exact: P.mojoApril, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-02-02',
        rating: 'MOSTLY_TRUE',
        summary: 'Accurate, but the policy itself qualified “all”: referrals were to be prosecuted “to the extent practicable.”',
        rationale:
          'HSToday and the second report on the inspector general’s findings both say the policy required Southwest border U.S. attorneys to prosecute all illegal-entry referrals, including misdemeanors. ' +
          'HSToday adds the qualification the shorter accounts drop: referrals were to be prosecuted “to the extent practicable, and in consultation with DHS.” ' +
          'Mother Jones reports that in practice the administration “did not in fact start prosecuting everyone caught at the border.” ' +
          'The requirement is described accurately, but “all” needs that qualification.',
        evidence: [
          { source: HSTODAY, exact: P.hsRequired },
          { source: MOJO, exact: P.mojoNotEveryone },
        ],
      },
    },
    {
      slug: 'attorney-generals-office-driving-force-behind-family-referrals',
      text: 'The DOJ inspector general found that the Attorney General’s office was a driving force behind DHS’s decision to refer parents who crossed with children for criminal prosecution.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsDrivingForce, stance: 'MAKES' },
        { source: IG, exact: P.igDrivingForce, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'This is what the inspector general found, as both summaries of the report state.',
        rationale:
          'HSToday quotes the finding directly: the Office of the Attorney General “advocated for this DHS policy change and therefore was a driving force in the DHS decision to begin referring family unit adults for prosecution.” ' +
          'The second report puts it more broadly, calling the office a “driving force” behind the prosecution policy that led to the separations. ' +
          'The claim accurately describes the finding.',
        evidence: [
          { source: HSTODAY, exact: P.hsDrivingForce },
          { source: IG, exact: P.igDrivingForce },
        ],
      },
    },
    {
      slug: 'sessions-knew-zero-tolerance-would-separate-families',
      text: 'Jeff Sessions understood that zero tolerance prosecutions of parents would result in children being separated from them.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsUnderstood, stance: 'MAKES' },
        { source: IG, exact: P.igAware, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-02-02',
        rating: 'TRUE',
        summary: 'Both accounts of the inspector general’s report say Sessions knew the policy would separate families.',
        rationale:
          'HSToday reports the inspector general’s finding that Sessions and a few other officials understood that prosecuting family unit adults “would result in children being separated from them, at least temporarily.” ' +
          'The second report says Sessions “was aware that the zero-tolerance policy would result in family separations,” according to several DOJ leaders interviewed by the inspector general.',
        evidence: [
          { source: HSTODAY, exact: P.hsUnderstood },
          { source: IG, exact: P.igAware },
        ],
      },
    },
    {
      slug: 'sessions-underestimated-complexity-of-family-separations',
      text: 'Sessions and his office underestimated how complicated family separations would be and did not fully understand the legal requirements for the care and custody of separated children.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: AXIOS, exact: P.axiosUnderestimated, stance: 'MAKES' },
        { source: HSTODAY, exact: P.hsUnderestimated, stance: 'MAKES' },
        { source: IG, exact: P.igDidNotUnderstand, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'All three accounts of the inspector general’s report say this.',
        rationale:
          'Axios reports that Sessions “underestimated how complicated” the policy would be and “did not fully understand the legal requirements to care for children separated from their families.” ' +
          'HSToday gives the inspector general’s wording: the office’s expectations “significantly underestimated its complexities” and showed “a deficient understanding of the legal requirements.” ' +
          'The third report quotes the report saying senior officials “did not adequately understand the family separation process.”',
        evidence: [
          { source: AXIOS, exact: P.axiosUnderestimated },
          { source: HSTODAY, exact: P.hsUnderestimated },
          { source: IG, exact: P.igDidNotUnderstand },
        ],
      },
    },
    {
      slug: 'doj-single-minded-focus-on-increasing-prosecutions',
      text: 'The DOJ inspector general concluded that the Justice Department’s single-minded focus on increasing immigration prosecutions came at the expense of considering the impact of prosecuting families and separating children.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsSingleMinded, stance: 'MAKES' },
        { source: AXIOS, exact: P.axiosSingleMinded, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'Both sources quote this conclusion of the report.',
        rationale:
          'HSToday gives the conclusion in full: the Department’s “single-minded focus on increasing immigration prosecutions came at the expense of careful and appropriate consideration of the impact of family unit prosecutions and child separations.” ' +
          'Axios quotes the same words from the report.',
        evidence: [
          { source: HSTODAY, exact: P.hsSingleMinded },
          { source: AXIOS, exact: P.axiosSingleMinded },
        ],
      },
    },
    {
      slug: 'oig-made-three-recommendations',
      text: 'The DOJ inspector general made three recommendations to help the Justice Department carry out future policies.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [{ source: HSTODAY, exact: P.hsThreeRecommendations, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'doj-oig-zero-tolerance-recommendations',
          passage: { source: HSTODAY, exact: 'three recommendations' },
          qualifier: 'EXACT',
          value: 3,
          low: 3,
          high: 3,
          unit: 'recommendations',
          rank: 'PREFERRED',
          rankReason: 'Stated and listed in full.',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-25',
        rating: 'TRUE',
        summary: 'HSToday states the number and lists all three recommendations.',
        rationale:
          'HSToday says “The OIG made three recommendations” and lists them: coordinate with affected stakeholders before issuing a significant policy; set guidance for U.S. Marshals Service staff to help separated parents communicate with their children in Office of Refugee Resettlement custody; and seek a formal interagency agreement on that communication.',
        evidence: [
          { source: HSTODAY, exact: P.hsThreeRecommendations },
          { source: HSTODAY, exact: P.hsRecommendationUsms },
        ],
      },
    },
    {
      slug: 'border-immigration-prosecutions-up-79-percent-march-june-2018',
      text: 'Immigration-related prosecutions filed along the U.S.–Mexico border rose 79 percent between March and June 2018.',
      claimant: 'Transactional Records Access Clearinghouse (TRAC), Syracuse University',
      appearances: [{ source: MOJO, exact: P.mojo79, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'border-immigration-prosecutions-change',
          passage: { source: MOJO, exact: 'spiked by 79 percent' },
          qualifier: 'EXACT',
          value: 79,
          low: 79,
          high: 79,
          unit: 'percent change',
          period: { start: '2018-03-01', end: '2018-06-30', label: 'between March and June' },
          rank: 'PREFERRED',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-03-04',
        rating: 'TRUE',
        summary: 'TRAC’s figure, as Mother Jones reports it, and consistent with the other numbers in the article.',
        rationale:
          'Mother Jones reports TRAC’s analysis of government data: immigration-related prosecutions filed along the border “spiked by 79 percent between March and June.” ' +
          'The article gives no year but ties the rise to Sessions’ zero tolerance announcement “in April,” which other sources date to April 6, 2018. ' +
          'The figure fits the article’s other numbers: CBP referrals rose from 6,368 in March to 11,086 in June (about 74 percent), and a 79 percent rise alongside a 35 percent fall in other prosecutions takes their share from 14 percent to about 6 percent, as reported.',
        evidence: [
          { source: MOJO, exact: P.mojo79 },
          { source: MOJO, exact: P.mojoReferrals },
          { source: MOJO, exact: P.mojoShare },
        ],
      },
    },
    {
      slug: 'non-immigration-offenses-declined-35-percent',
      text: 'Non-immigration offenses along the U.S.–Mexico border declined 35 percent between March and June 2018.',
      claimant: 'Mother Jones (subtitle)',
      appearances: [
        { source: MOJO, exact: P.mojo35Subtitle, stance: 'MAKES' },
        { source: MOJO, exact: P.mojoUnprosecuted, stance: 'DISPUTES' },
      ],
      figures: [
        {
          quantity: 'border-non-immigration-prosecutions-change',
          passage: { source: MOJO, exact: 'declined by 35 percent', occurrence: 1 },
          qualifier: 'EXACT',
          value: -35,
          low: -35,
          high: -35,
          unit: 'percent change',
          period: { start: '2018-03-01', end: '2018-06-30', label: 'between March and June' },
          rank: 'DEPRECATED',
          rankReason: 'The subtitle attributes the 35 percent fall to offenses; the article’s body and TRAC’s data measure prosecutions.',
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-03-04',
        rating: 'FALSE',
        summary: 'The 35 percent fall was in prosecutions, not offenses.',
        rationale:
          'The article’s subtitle says non-immigration offenses “declined by 35 percent between March and June.” ' +
          'Its body says the decline was in “the number of non-immigration prosecutions,” and reports TRAC’s conclusion that, unless crime became “suddenly less prevalent,” more non-immigration crimes were going unprosecuted. ' +
          'Offenses did not fall by 35 percent; prosecutions did.',
        evidence: [
          { source: MOJO, exact: P.mojo35Subtitle },
          { source: MOJO, exact: P.mojo35Body },
          { source: MOJO, exact: P.mojoUnprosecuted },
        ],
        correction: {
          publishedOn: '2021-04-15',
          note:
            'The original verdict said that offenses “did not fall” by 35 percent. ' +
            'None of our sources measures offenses, so that cannot be shown either way; what the sources show is that the 35 percent figure measures prosecutions. ' +
            'The number is right but attached to the wrong thing, so we changed the rating from False to Mostly False.',
          rating: 'MOSTLY_FALSE',
          summary: 'The 35 percent figure is real, but it measures prosecutions; nothing in our sources shows offenses fell.',
          rationale:
            'The article’s subtitle says non-immigration offenses “declined by 35 percent between March and June” (2018). ' +
            'Its body attributes the same 35 percent fall to “the number of non-immigration prosecutions,” and reports TRAC’s view that, unless crime became “suddenly less prevalent,” the figures imply more non-immigration crimes were going unprosecuted. ' +
            'No source in the knowledge base measures the offenses themselves. The claim takes a real number and applies it to something it does not measure.',
          evidence: [
            { source: MOJO, exact: P.mojo35Subtitle },
            { source: MOJO, exact: P.mojo35Body },
            { source: MOJO, exact: P.mojoUnprosecuted },
          ],
        },
      },
    },
    {
      slug: 'cbp-border-referrals-rose-from-6368-in-march-to-11086-in-june-2018',
      text: 'CBP referrals for federal prosecution along the Mexico border rose from 6,368 in March 2018 to 9,216 in May and 11,086 in June.',
      claimant: 'Sarah Pierce, Migration Policy Institute',
      appearances: [{ source: MOJO, exact: P.mojoReferrals, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'cbp-prosecution-referrals-mexico-border-monthly',
          passage: { source: MOJO, exact: '6,368 in March' },
          qualifier: 'EXACT',
          value: 6368,
          low: 6368,
          high: 6368,
          unit: 'cases referred',
          period: { start: '2018-03-01', end: '2018-03-31', label: 'in March' },
        },
        {
          quantity: 'cbp-prosecution-referrals-mexico-border-monthly',
          passage: { source: MOJO, exact: '9,216 in May' },
          qualifier: 'EXACT',
          value: 9216,
          low: 9216,
          high: 9216,
          unit: 'cases referred',
          period: { start: '2018-05-01', end: '2018-05-31', label: 'in May' },
        },
        {
          quantity: 'cbp-prosecution-referrals-mexico-border-monthly',
          passage: { source: MOJO, exact: '11,086 new cases' },
          qualifier: 'EXACT',
          value: 11086,
          low: 11086,
          high: 11086,
          unit: 'cases referred',
          period: { start: '2018-06-01', end: '2018-06-30', label: 'In June' },
        },
      ],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-03-04',
        rating: 'TRUE',
        summary: 'The three monthly counts are reported in Mother Jones, citing the Migration Policy Institute.',
        rationale:
          'Mother Jones, citing Sarah Pierce of the Migration Policy Institute, reports that CBP referred 11,086 new cases for federal prosecution along the border with Mexico in June, “up from 9,216 in May and 6,368 in March.” ' +
          'No other source in the knowledge base gives monthly referral counts. ' +
          'The rise from March to June (about 74 percent) is in line with the 79 percent rise in immigration prosecutions filed that TRAC found over the same months.',
        evidence: [
          { source: MOJO, exact: P.mojoReferrals },
          { source: MOJO, exact: P.mojo79 },
        ],
      },
    },
    {
      slug: 'zero-tolerance-prosecutions-of-parents-caused-family-separations',
      text: 'Prosecuting parents who crossed the border with children under zero tolerance is what caused the 2018 family separations.',
      appearances: [
        { source: MOJO, exact: P.mojoUnaccompanied, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayDirectConsequence, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayResultof, stance: 'MAKES' },
        { source: HSTODAY, exact: P.hs3000, stance: 'SUPPORTS' },
        { source: IG, exact: P.igDrivingForce, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-02-02',
        rating: 'TRUE',
        summary: 'Every source that addresses the question traces the separations to the prosecution of parents.',
        rationale:
          'Mother Jones says prosecuting parents “caused the family separation crisis by turning children into ‘unaccompanied minors’” placed in HHS custody, and the essay explains that prosecuted parents were sent to federal jails, “where they cannot be kept with children.” ' +
          'HSToday reports that after DHS began referring family unit adults for prosecution, “as a result, more than 3,000 children were separated.” ' +
          'The essay notes that zero tolerance and family separation are “technically distinct,” but calls the separations “a direct consequence” of the policy.',
        evidence: [
          { source: MOJO, exact: P.mojoUnaccompanied },
          { source: ESSAY, exact: P.essayResultof },
          { source: HSTODAY, exact: P.hs3000 },
        ],
      },
    },
    {
      slug: 'dhs-began-referring-parents-for-prosecution-after-zero-tolerance',
      text: 'After the zero tolerance policy was issued, DHS began referring parents who crossed with children to the Justice Department for criminal prosecution, and the Department agreed to prosecute them.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsDhsReferrals, stance: 'MAKES' },
        { source: MOJO, exact: P.mojoNotEveryone, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-02-02',
        rating: 'TRUE',
        summary: 'HSToday reports this from the inspector general’s findings, and Mother Jones agrees.',
        rationale:
          'HSToday says that following the policy “DHS changed its practice and began referring family unit adults to DOJ for criminal prosecution and the Department agreed to prosecute these cases.” ' +
          'Mother Jones likewise says the administration “did break with precedent in prosecuting parents who arrived with children.”',
        evidence: [
          { source: HSTODAY, exact: P.hsDhsReferrals },
          { source: MOJO, exact: P.mojoNotEveryone },
        ],
      },
    },
    {
      slug: 'hundreds-of-children-still-separated-january-2021',
      text: 'As of January 2021, hundreds of children separated under zero tolerance had still not been reunited with their parents.',
      claimant: 'Stef Kight, Axios',
      appearances: [
        { source: AXIOS, exact: P.axiosHundreds, stance: 'MAKES' },
        { source: IG, exact: P.ig611, stance: 'SUPPORTS' },
        { source: HSTODAY, exact: P.hs3000, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-01-29',
        rating: 'TRUE',
        summary: 'Axios says so, and a court filing that week reported 611 children whose parents could not be found.',
        rationale:
          'Axios’ analysis (Jan 14, 2021) says the failures “left hundreds of children still separated.” ' +
          'The report on the same inspector general findings says lawyers told a court that week they could not find “the parents of 611 separated children”; a child whose parent cannot be found has not been reunited. ' +
          'HSToday also says issues in reuniting children with their parents “remain.”',
        evidence: [
          { source: AXIOS, exact: P.axiosHundreds },
          { source: IG, exact: P.ig611 },
        ],
      },
    },
    {
      slug: 'zero-tolerance-caused-drop-in-drug-trafficking-prosecutions',
      text: 'Zero tolerance diverted federal prosecutors from drug-trafficking cases and caused drug-trafficking prosecutions to fall.',
      appearances: [
        { source: ESSAY, exact: P.essayPlummeted, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayStrongLink, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayDojCautioned, stance: 'DISPUTES' },
        { source: MOJO, exact: P.mojoArizona, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'PUBLISHED',
        publishedOn: '2021-06-10',
        rating: 'UNPROVEN',
        summary: 'The fall in drug prosecutions is reported; that zero tolerance caused it is argued, not shown.',
        rationale:
          'The essay cites a San Diego supervisor’s warning that prosecutors would be “diverting staff, both support and attorneys” and case records showing drug-trafficking attorneys reassigned to improper-entry cases, and says these “suggest a strong link.” ' +
          'Mother Jones reports that Arizona drug prosecutions under a statute usually enforced by CBP “declined sharply.” ' +
          'But a DOJ spokesperson cautioned that “multiple factors could affect prosecution numbers,” and no source in the knowledge base measures how much of the fall the diversion of staff explains.',
        evidence: [
          { source: ESSAY, exact: P.essaySanDiego },
          { source: ESSAY, exact: P.essayCaseRecords },
          { source: MOJO, exact: P.mojoArizona },
          { source: ESSAY, exact: P.essayDojCautioned },
        ],
      },
    },

    // ---------------------------------------------------------------- submitted
    {
      slug: 'non-immigration-prosecutions-down-35-percent-march-june-2018',
      text: 'Non-immigration prosecutions in districts along the U.S.–Mexico border fell 35 percent between March and June 2018.',
      claimant: 'Transactional Records Access Clearinghouse (TRAC), Syracuse University',
      appearances: [{ source: MOJO, exact: P.mojo35Body, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'border-non-immigration-prosecutions-change',
          passage: { source: MOJO, exact: 'declined by 35 percent', occurrence: 2 },
          qualifier: 'EXACT',
          value: -35,
          low: -35,
          high: -35,
          unit: 'percent change',
          period: { start: '2018-03-01', end: '2018-06-30', label: 'During the same period' },
          rank: 'PREFERRED',
          rankReason: 'The article’s body, stating what TRAC measured: prosecutions. (The subtitle’s version of this figure says “offenses”.)',
        },
      ],
      verdict: {
        status: 'SUBMITTED',
        rating: 'TRUE',
        summary: 'TRAC’s figure, as reported by Mother Jones, and consistent with the article’s share figures.',
        rationale:
          'Mother Jones reports TRAC’s finding that, in the months immigration prosecutions rose 79 percent (March to June 2018), “the number of non-immigration prosecutions declined by 35 percent.” ' +
          'The figure is consistent with the share figures in the same paragraph: a 14 percent share in March falls to about 6 percent in June under those two changes.',
        evidence: [
          { source: MOJO, exact: P.mojo35Body },
          { source: MOJO, exact: P.mojoShare },
        ],
      },
    },
    {
      slug: 'non-immigration-share-of-border-prosecutions-fell-from-14-to-6-percent',
      text: 'Non-immigration offenses fell from 14 percent of prosecutions in U.S.–Mexico border districts in March 2018 to 6 percent in June 2018.',
      claimant: 'Transactional Records Access Clearinghouse (TRAC), Syracuse University',
      appearances: [{ source: MOJO, exact: P.mojoShare, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'non-immigration-share-of-border-prosecutions',
          passage: { source: MOJO, exact: '14 percent in March' },
          qualifier: 'EXACT',
          value: 14,
          low: 14,
          high: 14,
          unit: 'percent share',
          period: { start: '2018-03-01', end: '2018-03-31', label: 'in March' },
        },
        {
          quantity: 'non-immigration-share-of-border-prosecutions',
          passage: { source: MOJO, exact: 'just 6 percent of prosecutions' },
          qualifier: 'EXACT',
          value: 6,
          low: 6,
          high: 6,
          unit: 'percent share',
          period: { start: '2018-06-01', end: '2018-06-30', label: 'in June' },
        },
      ],
      verdict: {
        status: 'SUBMITTED',
        rating: 'TRUE',
        summary: 'Reported by Mother Jones from TRAC’s data; the arithmetic agrees with the article’s other figures.',
        rationale:
          'Mother Jones reports that non-immigration offenses accounted for “just 6 percent of prosecutions” in border districts in June, “compared to 14 percent in March.” ' +
          'The article’s other two figures check out against these: starting from 86 immigration and 14 other prosecutions per 100, a 79 percent rise and a 35 percent fall give about 154 and 9.1, a June share of about 5.6 percent, which rounds to 6.',
        evidence: [
          { source: MOJO, exact: P.mojoShare },
          { source: MOJO, exact: P.mojo79 },
          { source: MOJO, exact: P.mojo35Body },
        ],
      },
    },
    {
      slug: 'june-2018-cbp-referrals-highest-ever',
      text: 'CBP referred more cases for federal prosecution along the Mexico border in June 2018 than in any earlier month.',
      claimant: 'Sarah Pierce, Migration Policy Institute',
      appearances: [{ source: MOJO, exact: P.mojoHighestEver, stance: 'MAKES' }],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'UNPROVEN',
        summary: 'Stated by one analyst, as reported; the knowledge base has no series to check it against.',
        rationale:
          'Mother Jones attributes “the highest number ever” to Sarah Pierce of the Migration Policy Institute. ' +
          'The only monthly counts in our sources are for March, May and June 2018, and June is the highest of those, but nothing in the knowledge base covers earlier years.',
        evidence: [
          { source: MOJO, exact: P.mojoReferrals },
        ],
      },
    },
    {
      slug: 'doj-knew-of-challenges-before-issuing-zero-tolerance',
      text: 'Justice Department officials knew of many of the policy’s operational challenges before issuing it, but did not try to address them until afterwards.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsAwareOfChallenges, stance: 'MAKES' },
        { source: AXIOS, exact: P.axiosAwareOfChallenges, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'TRUE',
        summary: 'A finding of the inspector general, reported by HSToday and Axios.',
        rationale:
          'HSToday reports that “DOJ officials were aware of many of these challenges prior to issuing the zero tolerance policy, but they did not attempt to address them until after the policy was issued.” ' +
          'Axios quotes the same finding and names the challenges: a lack of coordination with Southwest U.S. attorneys’ offices, federal courts and HHS.',
        evidence: [
          { source: HSTODAY, exact: P.hsAwareOfChallenges },
          { source: AXIOS, exact: P.axiosAwareOfChallenges },
        ],
      },
    },
    {
      slug: 'doj-did-not-coordinate-with-marshals-hhs-or-courts',
      text: 'Before DHS began referring parents for prosecution, Justice Department leadership did not effectively coordinate with Southwest border U.S. attorneys’ offices, the U.S. Marshals Service, HHS or the federal courts.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: HSTODAY, exact: P.hsNoCoordination, stance: 'MAKES' },
        { source: IG, exact: P.igMarshals, stance: 'SUPPORTS' },
        { source: IG, exact: P.igCourts, stance: 'SUPPORTS' },
        { source: AXIOS, exact: P.axiosAwareOfChallenges, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'TRUE',
        summary: 'HSToday states the finding; the other two reports on the inspector general’s findings support each part of it.',
        rationale:
          'HSToday reports that DOJ leadership “did not effectively coordinate with the Southwest border USAOs, the USMS, HHS, or the federal courts” before DHS began referring family unit adults. ' +
          'The second report adds that the attorney general’s office did not discuss the policy in advance with the Marshals Service or inform the federal courts, and Axios names a lack of coordination with the U.S. attorneys’ offices, the federal courts and HHS.',
        evidence: [
          { source: HSTODAY, exact: P.hsNoCoordination },
          { source: IG, exact: P.igMarshals },
          { source: IG, exact: P.igCourts },
        ],
      },
    },
    {
      slug: 'sessions-expected-prosecutions-until-resources-exhausted',
      text: 'Sessions expected prosecutors to bring as many illegal-entry cases as possible, including against parents travelling with children, until all available resources were exhausted.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: AXIOS, exact: P.axiosExhausted, stance: 'MAKES' },
        { source: IG, exact: P.igHamiltonDrafted, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'TRUE',
        summary: 'Axios quotes this finding of the inspector general.',
        rationale:
          'Axios reports the inspector general’s finding that Sessions expected the agency “to prosecute as many illegal entry cases as possible, including cases involving family unit adults, until all available resources were exhausted.” ' +
          'The second report is consistent: the directive, drafted by Gene Hamilton, told U.S. attorneys “to accept as many prosecution referrals as possible.”',
        evidence: [
          { source: AXIOS, exact: P.axiosExhausted },
          { source: IG, exact: P.igHamiltonDrafted },
        ],
      },
    },
    {
      slug: 'responsibility-for-zero-tolerance-rested-with-trump-and-nielsen',
      text: 'Responsibility for the zero tolerance policy rested with President Donald Trump and then-Homeland Security Secretary Kirstjen Nielsen.',
      claimant: 'Gene Hamilton, counselor to the attorney general',
      appearances: [
        { source: IG, exact: P.igHamiltonResponsibility, stance: 'MAKES' },
        { source: HSTODAY, exact: P.hsPrimaryResponsibility, stance: 'DISPUTES' },
        { source: HSTODAY, exact: P.hsDrivingForce, stance: 'DISPUTES' },
        { source: IG, exact: P.igHamiltonDrafted, stance: 'DISPUTES' },
      ],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'MOSTLY_FALSE',
        summary: 'The inspector general found that the Attorney General’s office had primary responsibility for developing the policy.',
        rationale:
          'Hamilton told the inspector general that responsibility “rested with President Donald Trump” and DHS Secretary Kirstjen Nielsen. ' +
          'HSToday reports the inspector general’s finding that the Office of the Attorney General “had primary responsibility for the policy’s development” and was “a driving force” in DHS’s decision to refer parents for prosecution, and Hamilton himself drafted the directive. ' +
          'DHS’s referrals were part of how the policy separated families, but no source in the knowledge base places responsibility for the policy with Trump and Nielsen rather than the Justice Department.',
        evidence: [
          { source: IG, exact: P.igHamiltonResponsibility },
          { source: HSTODAY, exact: P.hsPrimaryResponsibility },
          { source: HSTODAY, exact: P.hsDrivingForce },
          { source: IG, exact: P.igHamiltonDrafted },
        ],
      },
    },
    {
      slug: 'zero-tolerance-policy-was-reversed',
      text: 'By January 2021 the zero tolerance policy had been reversed.',
      claimant: 'Axios',
      appearances: [
        { source: AXIOS, exact: 'under the now-reversed policy', stance: 'MAKES' },
        { source: ESSAY, exact: P.essayIncorrectlyReversed, stance: 'DISPUTES' },
        { source: ESSAY, exact: P.essayStillInEffect, stance: 'DISPUTES' },
      ],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'MIXED',
        summary: 'Prosecutions of families were rolled back; our sources do not show the rest of the policy ending.',
        rationale:
          'Axios (Jan 14, 2021) calls zero tolerance “the now-reversed policy.” ' +
          'The essay, written in the year after the policy began, says the White House rolled back prosecutions of family units but that zero tolerance “for single adults is still in effect,” and calls reports of a reversal incorrect. ' +
          'No source in the knowledge base says whether the remaining policy ended between then and January 2021, so the claim holds for the prosecution of families but is unsupported for the policy as a whole.',
        evidence: [
          { source: AXIOS, exact: 'under the now-reversed policy' },
          { source: ESSAY, exact: P.essayIncorrectlyReversed },
          { source: ESSAY, exact: P.essayStillInEffect },
        ],
      },
    },
    {
      slug: 'drug-trafficking-charges-june-july-2018-fewest-since-2001',
      text: 'In June and July 2018, federal prosecutors charged fewer people with drug-trafficking violations than in any month since at least 2001.',
      appearances: [{ source: ESSAY, exact: P.essayFewestSince2001, stance: 'MAKES' }],
      figures: [],
      verdict: {
        status: 'SUBMITTED',
        rating: 'UNPROVEN',
        summary: 'Stated in an essay that does not give its data; nothing else in the knowledge base covers it.',
        rationale:
          'The essay says that “In June and July of last year” federal prosecutors charged fewer people with drug-trafficking violations “than in any month since at least 2001”; “last year” is 2018, since the essay was written in the year after the policy began in April 2018. ' +
          'It does not say where the monthly counts come from. ' +
          'Mother Jones reports a sharp decline in one kind of drug prosecution in Arizona, which is consistent but does not test a national record.',
        evidence: [
          { source: ESSAY, exact: P.essayFewestSince2001 },
          { source: MOJO, exact: P.mojoArizona },
        ],
      },
    },
    {
      slug: 'improper-entry-prosecutions-up-130-percent-2017-to-2018',
      text: 'Federal prosecutions for improper entry rose 130 percent from 2017 to 2018, to a higher level than in any year in at least two decades.',
      appearances: [{ source: ESSAY, exact: P.essay130, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'improper-entry-prosecutions-annual-change',
          passage: { source: ESSAY, exact: 'surged\u00a0130 percent' },
          qualifier: 'EXACT',
          value: 130,
          low: 130,
          high: 130,
          unit: 'percent change',
          period: { start: '2017-01-01', end: '2018-12-31', label: 'from 2017 to 2018' },
        },
      ],
      verdict: {
        status: 'SUBMITTED',
        rating: 'MOSTLY_TRUE',
        summary: 'The direction is well supported; the size and the two-decade comparison rest on the essay alone.',
        rationale:
          'The essay says improper-entry (“1325”) prosecutions “surged 130 percent from 2017 to 2018” and were higher than in any year in at least two decades. ' +
          'Mother Jones independently reports a 79 percent rise in immigration-related prosecutions along the border between March and June 2018 alone, which supports a large increase. ' +
          'No source in the knowledge base gives annual counts, so the 130 percent figure and the historical comparison cannot be checked further.',
        evidence: [
          { source: ESSAY, exact: P.essay130 },
          { source: MOJO, exact: P.mojo79 },
        ],
      },
    },

    // ---------------------------------------------------------------- changes requested
    {
      slug: 'prosecutions-took-three-to-seven-days-beyond-72-hour-limit',
      text: 'U.S. attorneys reported that prosecutions of parents took three to seven days, while federal law requires separated children to be placed with the Office of Refugee Resettlement within 72 hours.',
      claimant: 'U.S. attorneys, as reported by the DOJ inspector general',
      appearances: [{ source: IG, exact: P.igThreeToSeven, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'zero-tolerance-prosecution-duration',
          passage: { source: IG, exact: 'three to seven days' },
          qualifier: 'RANGE',
          // A range has no single stated number; value is its midpoint.
          value: 5,
          low: 3,
          high: 7,
          unit: 'days',
          rank: 'PREFERRED',
          rankReason: 'The only figure; three to seven days is 72 to 168 hours.',
        },
        {
          quantity: 'orr-placement-deadline-separated-children',
          passage: { source: IG, exact: 'within 72 hours' },
          qualifier: 'AT_MOST',
          value: 72,
          low: null,
          high: 72,
          unit: 'hours',
          rank: 'PREFERRED',
        },
      ],
      verdict: {
        status: 'CHANGES_REQUESTED',
        rating: 'TRUE',
        summary: 'Prosecutions took three to seven days, longer than the law allows.',
        rationale:
          'The report on the inspector general’s findings says that “prosecutions took three to seven days, U.S. attorneys had reported, and federal law requires separated children to be placed” with the Office of Refugee Resettlement “within 72 hours.” ' +
          'So prosecutions took longer than the law allows.',
        evidence: [{ source: IG, exact: P.igThreeToSeven }],
        reviewComment:
          'The rating may be right, but the rationale is not. The 72-hour rule, as the source states it, sets how soon a separated child must be placed with ORR; it does not limit how long a prosecution may take, so “longer than the law allows” misreads it. ' +
          'Also, three days is 72 hours, so the shortest reported prosecutions did not exceed it. ' +
          'Please restate the comparison (a parent prosecuted in three to seven days could not be reunited before the child had to be placed with ORR), and cite Sessions’ expectation of swift prosecution and “immediate reunification,” which is the inspector general’s point.',
      },
    },
    {
      slug: 'drop-in-drug-prosecutions-due-to-fewer-drugs-crossing-border',
      text: 'The drop in federal drug-trafficking prosecutions after zero tolerance began was due to fewer drugs coming across the border.',
      claimant: 'Trump administration officials',
      appearances: [
        { source: ESSAY, exact: P.essayOfficialsClaimed, stance: 'DISPUTES' },
        { source: ESSAY, exact: P.essaySeizedMore, stance: 'DISPUTES' },
      ],
      figures: [],
      verdict: {
        status: 'CHANGES_REQUESTED',
        rating: 'FALSE',
        summary: 'CBP seized more heroin, fentanyl and methamphetamine, so drugs crossing the border did not decline.',
        rationale:
          'The essay reports that, according to the New York Times, CBP “seized more heroin, fentanyl, and methamphetamine during the last fiscal year than it did in 2017.” ' +
          'Drugs crossing the border therefore did not decline, and the officials’ explanation is false.',
        evidence: [
          { source: ESSAY, exact: P.essayOfficialsClaimed },
          { source: ESSAY, exact: P.essaySeizedMore },
        ],
        reviewComment:
          'False is stronger than our sources allow. Seizures are not a measure of how much crossed, and the same sentence of the essay concedes that apprehensions of people trafficking marijuana and cocaine declined. ' +
          'The essay itself only says the officials’ explanation “seems unlikely.” Please consider Mostly False or Unproven, and cite the concession as evidence too.',
      },
    },

    // ---------------------------------------------------------------- drafts
    {
      slug: 'sessions-said-we-need-to-take-away-children',
      text: 'In a May 2018 call with U.S. attorneys, Jeff Sessions said “We need to take away children,” according to notes of the meeting.',
      claimant: 'Jeff Sessions',
      appearances: [
        { source: IG, exact: P.igTakeAway, stance: 'MAKES' },
        { source: IG, exact: P.igMayCall, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'Notes of the May 2018 call record Sessions saying this, as reported from the inspector general’s findings.',
        rationale:
          'The report on the inspector general’s findings says that on a May 2018 call Sessions told U.S. attorneys he supported continued prosecutions so that a conviction would be on the record, and that “We need to take away children,” according to notes of the meeting. ' +
          'No other source in the knowledge base mentions the call. (Draft: check whether the quote is from the notes themselves or a participant’s summary.)',
        evidence: [
          { source: IG, exact: P.igTakeAway },
          { source: IG, exact: P.igMayCall },
        ],
      },
    },
    {
      slug: 'sessions-promised-resources-but-kept-prosecuting-parents',
      text: 'When U.S. attorneys raised concerns about family separations, Sessions promised more resources but kept prosecuting adults who had travelled with children.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: AXIOS, exact: P.axiosConcerns, stance: 'MAKES' },
        { source: AXIOS, exact: P.axiosPromised, stance: 'MAKES' },
        { source: IG, exact: P.igMayCall, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'Axios reports this from the inspector general’s report; the second report’s account of the May 2018 call agrees.',
        rationale:
          'Axios reports that U.S. attorneys shared concerns about family separations with Sessions and that he “promised additional resources” but “held firm” on prosecuting adults who had traveled with children. ' +
          'The second report says that on a May 2018 call Sessions told U.S. attorneys he supported continued prosecutions.',
        evidence: [
          { source: AXIOS, exact: P.axiosPromised },
          { source: IG, exact: P.igMayCall },
        ],
      },
    },
    {
      slug: 'marshals-service-lacked-procedures-for-parent-child-communication',
      text: 'The U.S. Marshals Service had no policies or procedures to help parents in its custody communicate with their separated children.',
      claimant: 'U.S. Department of Justice Office of the Inspector General',
      appearances: [
        { source: IG, exact: P.igNoProcedures, stance: 'MAKES' },
        { source: HSTODAY, exact: P.hsRecommendationUsms, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'Reported as a finding, and the inspector general recommended creating such procedures.',
        rationale:
          'The second report says the Marshals Service did not “have policies or procedures in place to facilitate communications between the immigrant children in custody and their parents.” ' +
          'HSToday lists, among the inspector general’s recommendations, to establish guidance and procedures for Marshals Service staff to facilitate that communication.',
        evidence: [
          { source: IG, exact: P.igNoProcedures },
          { source: HSTODAY, exact: P.hsRecommendationUsms },
        ],
      },
    },
    {
      slug: 'doj-has-no-role-in-custody-of-separated-children',
      text: 'The Justice Department has no role in tracking or caring for children separated under zero tolerance; that responsibility belongs to other agencies.',
      claimant: 'DOJ spokesperson',
      appearances: [
        { source: AXIOS, exact: P.axiosNoRole, stance: 'MAKES' },
        { source: MOJO, exact: P.mojoUnaccompanied, stance: 'SUPPORTS' },
        { source: HSTODAY, exact: P.hsRecommendationUsms, stance: 'DISPUTES' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'MOSTLY_TRUE',
        summary: 'Custody of the children was with HHS, but the inspector general found a DOJ role in keeping separated parents and children in touch.',
        rationale:
          'Mother Jones says separated children were placed in the custody of HHS, and the second report says federal law requires them to be placed with HHS’s Office of Refugee Resettlement, which supports the spokesperson on custodial care. ' +
          'But the inspector general recommended that the Marshals Service, part of DOJ, set procedures for communication between parents in its custody and their children, and found the Attorney General’s office did not understand the legal requirements for the children’s care. ' +
          '(Draft: decide whether “tracking” is addressed by any source before rating.)',
        evidence: [
          { source: AXIOS, exact: P.axiosNoRole },
          { source: MOJO, exact: P.mojoUnaccompanied },
          { source: IG, exact: P.igThreeToSeven },
          { source: HSTODAY, exact: P.hsRecommendationUsms },
        ],
      },
    },
    {
      slug: 'zero-tolerance-did-not-prosecute-everyone-caught-at-border',
      text: 'Under zero tolerance the administration did not actually prosecute everyone caught crossing the border, but it broke with precedent by prosecuting parents who arrived with children.',
      appearances: [
        { source: MOJO, exact: P.mojoNotEveryone, stance: 'MAKES' },
        { source: HSTODAY, exact: P.hsRequired, stance: 'SUPPORTS' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'Mother Jones says so, and the policy itself only required prosecution “to the extent practicable.”',
        rationale:
          'Mother Jones says the administration “did not in fact start prosecuting everyone caught at the border, but it did break with precedent in prosecuting parents who arrived with children.” ' +
          'HSToday shows the policy itself required prosecution only “to the extent practicable,” and reports that DHS began referring family unit adults for prosecution after the policy was issued.',
        evidence: [
          { source: MOJO, exact: P.mojoNotEveryone },
          { source: HSTODAY, exact: P.hsRequired },
          { source: HSTODAY, exact: P.hsDhsReferrals },
        ],
      },
    },
    {
      slug: 'hsi-new-human-smuggling-cases-dropped-almost-60-percent',
      text: 'New human-smuggling cases opened by Homeland Security Investigations dropped almost 60 percent in the first full fiscal year of Donald Trump’s presidency.',
      appearances: [{ source: ESSAY, exact: P.essayHsi, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'hsi-new-human-smuggling-cases-change',
          passage: { source: ESSAY, exact: 'dropped almost 60 percent' },
          qualifier: 'ABOUT',
          // "Almost 60 percent": a fall just short of 60 percent, within lib/figures NEARLY_TOLERANCE (10%).
          value: -60,
          low: -60,
          high: -54,
          unit: 'percent change',
          period: { start: '2017-10-01', end: '2018-09-30', label: 'in the first full fiscal year of Trump’s presidency' },
          rank: 'NORMAL',
          rankReason: 'Second-hand: the essay reports a finding of an article in The Atlantic, which is not in the knowledge base. The period is federal fiscal year 2018.',
        },
      ],
      verdict: {
        status: 'DRAFT',
        rating: 'UNPROVEN',
        summary: 'Reported second-hand from an article we do not hold.',
        rationale:
          'The essay reports, citing an article in The Atlantic, that new human-smuggling cases launched by Homeland Security Investigations “dropped almost 60 percent” in the first full fiscal year of Trump’s presidency. ' +
          'No source in the knowledge base gives the underlying counts. (Draft: import the Atlantic article or the HSI data before rating.)',
        evidence: [{ source: ESSAY, exact: P.essayHsi }],
      },
    },
    {
      slug: 'zero-tolerance-continued-for-single-adults-after-family-rollback',
      text: 'After the White House rolled back prosecutions of family units, zero tolerance continued to apply to adults crossing without families.',
      appearances: [
        { source: ESSAY, exact: P.essayNotBluffing, stance: 'MAKES' },
        { source: ESSAY, exact: P.essayStillInEffect, stance: 'MAKES' },
      ],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'The essay says so, as of about a year after the policy began.',
        rationale:
          'The essay says officials “made it quite clear they would continue to pursue zero-tolerance for adults without families,” and that zero tolerance “for single adults is still in effect.” ' +
          'It was written in the year after April 2018; Axios later (Jan 14, 2021) calls the policy “now-reversed,” so this is true only as of the essay. (Draft: add the date range to the claim text.)',
        evidence: [
          { source: ESSAY, exact: P.essayNotBluffing },
          { source: ESSAY, exact: P.essayStillInEffect },
        ],
      },
    },
    {
      slug: 'arizona-drug-prosecutions-under-cbp-statute-declined-sharply',
      text: 'In Arizona, drug prosecutions under a statute usually enforced by CBP declined sharply in the months after zero tolerance began.',
      claimant: 'Transactional Records Access Clearinghouse (TRAC), Syracuse University',
      appearances: [{ source: MOJO, exact: P.mojoArizona, stance: 'MAKES' }],
      figures: [],
      verdict: {
        status: 'DRAFT',
        rating: 'TRUE',
        summary: 'Mother Jones reports it from TRAC’s data.',
        rationale:
          'Mother Jones says the data show that Arizona drug prosecutions under a statute usually enforced by CBP “declined sharply in recent months.” ' +
          'The chart it refers to is not in our copy of the article; only its caption, “Drug prosecutions under 21 USC 846,” survives. (Draft: find the chart or TRAC’s data before rating.)',
        evidence: [
          { source: MOJO, exact: P.mojoArizona },
          { source: MOJO, exact: 'Drug prosecutions under 21 USC 846, a statute generally enforced by CBP' },
        ],
      },
    },

    // ---------------------------------------------------------------- no verdict yet
    {
      slug: 'sessions-promised-swift-prosecution-and-immediate-reunification',
      text: 'Sessions said prosecutions of parents would be swift and followed immediately by reunification with their children.',
      claimant: 'Jeff Sessions',
      appearances: [{ source: IG, exact: P.igSwift, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'migrant-caravan-was-an-impetus-for-zero-tolerance',
      text: 'Concern about a migrant caravan travelling through Mexico toward the United States was one reason for the zero tolerance policy.',
      appearances: [{ source: IG, exact: 'One impetus for the policy change was apprehension about a migrant caravan heading to the United States through Mexico.', stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'rosenstein-called-zero-tolerance-a-failed-policy',
      text: 'Former Deputy Attorney General Rod Rosenstein said zero tolerance was a failed policy that should never have been proposed or implemented.',
      claimant: 'Rod Rosenstein',
      appearances: [{ source: IG, exact: '“It was a failed policy that never should have been proposed or implemented. I wish we all had done better.”', stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'administration-sought-to-harm-families-as-deterrent',
      text: 'The Trump administration intentionally sought to harm children and families to deter migration.',
      claimant: 'Democratic chairs of the House Oversight and Judiciary Committees',
      appearances: [{ source: AXIOS, exact: `accused the Trump administration of seeking "to intentionally harm children and families as a deterrent to migration."`, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'more-border-apprehensions-in-march-than-june-2018',
      text: 'Slightly more people were apprehended crossing the U.S.–Mexico border in March 2018 than in June 2018.',
      appearances: [{ source: MOJO, exact: P.mojoApprehended, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'san-diego-supervisor-warned-zero-tolerance-would-divert-staff',
      text: 'Days after zero tolerance began, a Justice Department supervisor in San Diego warned that low-level immigration cases would take substantially more resources and divert attorneys and support staff.',
      appearances: [{ source: ESSAY, exact: P.essaySanDiego, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'prosecutors-historically-used-civil-penalties-for-improper-entry',
      text: 'Before zero tolerance, prosecutors had historically dealt with first-time improper-entry cases through civil fines or deportation rather than criminal charges.',
      appearances: [{ source: ESSAY, exact: P.essayCivilFines, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'cbp-seized-more-heroin-fentanyl-and-meth-than-in-2017',
      text: 'CBP seized more heroin, fentanyl and methamphetamine in fiscal year 2018 than in 2017.',
      claimant: 'The New York Times, as cited by the essay',
      appearances: [{ source: ESSAY, exact: P.essaySeizedMore, stance: 'MAKES' }],
      figures: [],
    },
    {
      slug: 'us-overdose-deaths-above-70000-in-2017',
      text: 'Drug overdose deaths in the United States exceeded 70,000 in 2017.',
      appearances: [{ source: ESSAY, exact: P.essayOverdose, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'us-drug-overdose-deaths',
          passage: { source: ESSAY, exact: 'above 70,000' },
          qualifier: 'MORE_THAN',
          value: 70000,
          low: 70000,
          high: null,
          unit: 'deaths',
          period: { start: '2017-01-01', end: '2017-12-31', label: 'in 2017' },
        },
      ],
    },
    {
      slug: 'human-smuggling-cell-staff-fewer-than-half-of-2016',
      text: 'ICE’s Human Smuggling Cell fell to fewer than half the staff it had in 2016.',
      appearances: [{ source: ESSAY, exact: P.essayHsc, stance: 'MAKES' }],
      figures: [
        {
          quantity: 'ice-human-smuggling-cell-staff-vs-2016',
          passage: { source: ESSAY, exact: 'less than half the staff it had in 2016' },
          qualifier: 'FEWER_THAN',
          value: 50,
          low: null,
          high: 50,
          unit: 'percent of 2016 staff',
          derivation: 'a unit conversion: less than half = fewer than 50 percent',
          rank: 'NORMAL',
          rankReason: 'Second-hand: the essay reports a finding of an article in The Atlantic. The text does not say when the staff was counted.',
        },
      ],
    },
    {
      slug: 'administration-wants-zero-tolerance-for-families-reinstated',
      text: 'The administration said it wanted to reinstate zero tolerance for families once more detention bed space became available.',
      appearances: [{ source: ESSAY, exact: P.essayReinstitute, stance: 'MAKES' }],
      figures: [],
    },
  ],
}
