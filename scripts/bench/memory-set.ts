/**
 * The paraphrase set of `npm run bench:memory`: checks the desk's memory holds and statements a
 * checker might annotate later, each with the checks that are the same claim.
 *
 * Two sources. The corpus's claims (prisma/seed-data/gold.json), grouped by hand where outlets
 * report one statement (GROUPS), each group asked for in words written for this set. And claims
 * written for this set on other subjects (politics, health, economy, crime, science, sport,
 * environment, education), each with a retelling; many also stand in the memory as their denial
 * ("…did not…") or with another number, so a retelling must find the claim and not its twin,
 * and some of those twins are asked for in turn. A few statements no check holds measure how
 * often the memory offers something it should not. Queries alternate between two halves
 * (`split`). Honestly told: the misses of both halves were read while the rerank was written
 * (its synonyms, shares said in words, multiples, the threshold), so neither half is untouched;
 * the set measures the matcher, it was not held back from it.
 */

export interface SetItem {
  id: string;
  /** The claim as the memory holds it. */
  check: string;
  /** A retelling, as another outlet or a checker might write it. */
  query: string;
  /** The same claim denied: another check, which the retelling must not find first. */
  denial?: string;
  /** A retelling of the denial, which must find the denial. */
  denialQuery?: string;
  /** The claim with another number: another check. */
  otherNumber?: string;
  otherNumberQuery?: string;
}

/** Corpus claims that report one statement, by the start of their quote (gold.json), with a retelling of it. */
export const GROUPS: { quotes: string[]; query: string }[] = [
  {
    quotes: [
      "we in the United States are currently reviewing the way that we gather intelligence",
      "the United States has begun to review the way that we gather intelligence",
      "the United States is reviewing its intelligence gathering",
      "the US is reviewing how it conducts its electronic intelligence activities",
    ],
    query: "Washington says it has started reassessing how it collects intelligence",
  },
  {
    quotes: [
      "70.3 million pieces of French telephone data were recorded by the NSA",
      "the National Security Agency intercepted more than 70 million phone calls in France",
      "the US intercepted three million French telephone data daily",
      "the NSA gathered tens of millions of French phone records",
    ],
    query: "The NSA logged some 70 million French phone records in a single month",
  },
  {
    quotes: ["The Le Monde report led the Foreign Ministry in Paris to summon the US ambassador", "the French government summoned the U.S. ambassador in Paris"],
    query: "France called in the American ambassador after Le Monde's report on NSA spying",
  },
  {
    quotes: [
      "Mexico's government condemned the alleged hacking of the email account of then-president Felipe Calderon",
      "the NSA hacked into the email account of then Mexican President Felipe Calderon",
      "It hacked the public e-mail account of former Mexican President Felipe Calderon",
    ],
    query: "US spies broke into the email of former Mexican president Felipe Calderon",
  },
  {
    quotes: ["lots of countries are engaged in the activity of trying to protect their citizens", "\"lots of countries\" engage in intelligence activities", "the United States gathers foreign intelligence of the type gathered by all nations"],
    query: "Many nations gather intelligence to protect their citizens from terrorist attacks, the US argued",
  },
  {
    quotes: ["France, one of our closest allies and certainly our longest ally", "France is one of the U.S.'s closest allies"],
    query: "Kerry called France one of America's closest and oldest allies",
  },
  {
    quotes: ["The intercepts took place from December 10, 2012, to January 8, 2013"],
    query: "The phone surveillance ran between 10 December 2012 and 8 January 2013",
  },
  {
    quotes: ["When a telephone number is used in France, it activates a signal", "Equipment is programmed to record all calls to or from certain numbers"],
    query: "Using certain French phone numbers automatically set off the recording of calls",
  },
  {
    quotes: ["The use of key words triggers the recording of text messages."],
    query: "Text messages were recorded whenever they contained particular keywords",
  },
  {
    quotes: ["the NSA \"systematically\" eavesdropped on the Mexican government"],
    query: "The NSA spied on the Mexican government in a systematic way",
  },
  {
    quotes: ["In September, Mexico and Brazil summoned U.S. ambassadors"],
    query: "Brazil and Mexico called in the US ambassadors in September over reports of spying on their presidents",
  },
  {
    quotes: ["Fabius asked his U.S. counterpart for an explanation of the spying practices"],
    query: "Laurent Fabius demanded that John Kerry explain the surveillance practices",
  },
  {
    quotes: ["the NSA is a foreign intelligence agency", "the National Security Agency is a foreign intelligence agency"],
    query: "The National Security Agency gathers foreign intelligence",
  },
  {
    quotes: ["French and American intelligence services will cooperate on investigating the report"],
    query: "The intelligence services of France and the US are to work together on looking into the report",
  },
  {
    quotes: ["Mr Snowden, who was granted asylum by Russia"],
    query: "Edward Snowden received asylum in Russia",
  },
  {
    quotes: ["the Mexican government said Monday it was sending a diplomatic note to the U.S."],
    query: "Mexico said it would send Washington a diplomatic note asking for an investigation",
  },
  {
    quotes: ["the republic led the air campaign to help oust Moammar Gadhafi"],
    query: "France led the bombing campaign that helped topple Gaddafi",
  },
  {
    quotes: ["One of the alleged NSA documents leaked to Greenwald dates from June 2012"],
    query: "A leaked NSA document given to Glenn Greenwald is dated June 2012, a month before Pena Nieto's election",
  },
  {
    quotes: ["Telephone communications of French citizens are intercepted on a massive scale"],
    query: "The phone calls of French people are being tapped on a huge scale",
  },
  {
    quotes: ["the United States is willing to discuss concerns that any country has about U.S. practices"],
    query: "Washington is ready to talk about any country's worries over American surveillance practices",
  },
];

/** Claims written for this set, on subjects the corpus does not touch. */
export const ITEMS: SetItem[] = [
  // Politics
  { id: "pol-turnout", check: "Turnout in the Nordland regional election was 61.4 per cent, the highest since 1998", query: "Some 61% of voters took part in Nordland's regional poll, a record since 1998", otherNumber: "Turnout in the Nordland regional election was 16.4 per cent, the lowest since 1998", otherNumberQuery: "Only 16% of Nordland voters turned out for the regional election" },
  { id: "pol-seats", check: "The Green Party won 23 seats in the Marnholt city council", query: "Marnholt's city council now has 23 Green councillors", otherNumber: "The Green Party won 32 seats in the Marnholt city council" },
  { id: "pol-minister-resign", check: "Interior minister Ana Vrell resigned after the border contract scandal", query: "Ana Vrell quit as interior minister over the border contract affair", denial: "Interior minister Ana Vrell did not resign after the border contract scandal", denialQuery: "Ana Vrell has not stepped down as interior minister despite the border contract affair" },
  { id: "pol-bill", check: "Parliament passed the housing bill by 312 votes to 201", query: "The housing bill cleared parliament 312 to 201", otherNumber: "Parliament passed the housing bill by 212 votes to 201" },
  { id: "pol-donation", check: "The Liberal Union received 2.3 million euros in donations from property developers in 2024", query: "Property developers gave the Liberal Union 2.3 million euros last year, in 2024", denial: "The Liberal Union received no donations from property developers in 2024" },
  { id: "pol-mayor-budget", check: "Mayor Okonkwo cut the city's arts budget by 40 per cent", query: "Under mayor Okonkwo, arts funding in the city fell by 40%", otherNumber: "Mayor Okonkwo cut the city's arts budget by 4 per cent" },
  { id: "pol-referendum", check: "Voters in Calvadia rejected the independence referendum with 55 per cent voting no", query: "55% of Calvadia's voters said no to independence in the referendum", denial: "Voters in Calvadia approved the independence referendum with 55 per cent voting yes" },
  { id: "pol-senate", check: "Senator Hollis has missed 78 per cent of committee votes this year", query: "This year Hollis skipped 78% of the committee's votes" },
  { id: "pol-promise", check: "The government has built 48,000 of the 200,000 social homes it promised", query: "Only 48,000 social homes out of a promised 200,000 have been built by the government", otherNumber: "The government has built 148,000 of the 200,000 social homes it promised" },
  { id: "pol-ambassador", check: "Ostrava expelled three Russian diplomats accused of espionage", query: "Three Russian diplomats were thrown out of Ostrava over spying accusations" },
  { id: "pol-coalition", check: "The coalition agreement raises the minimum wage to 14 euros an hour", query: "Under the coalition deal the minimum wage will go up to €14 per hour", otherNumber: "The coalition agreement raises the minimum wage to 12 euros an hour" },
  { id: "pol-mp-expenses", check: "MP Delia Strand claimed 19,000 pounds in travel expenses in one year", query: "Delia Strand put in travel expense claims of £19,000 in a single year" },
  // Health
  { id: "hea-vaccine", check: "The measles vaccination rate among five-year-olds fell to 84 per cent in 2024", query: "Only 84% of five-year-olds were vaccinated against measles in 2024", otherNumber: "The measles vaccination rate among five-year-olds fell to 94 per cent in 2024" },
  { id: "hea-waiting", check: "More than 7.6 million people are waiting for hospital treatment in England", query: "Hospital waiting lists in England have passed 7.6 million patients", otherNumber: "More than 6.7 million people are waiting for hospital treatment in England" },
  { id: "hea-autism", check: "The MMR vaccine causes autism in children", query: "Children develop autism because of the MMR jab", denial: "The MMR vaccine does not cause autism in children", denialQuery: "There is no link between the MMR jab and autism in kids" },
  { id: "hea-nurses", check: "The health service lost 40,000 nurses to retirement and resignation last year", query: "Last year 40,000 nurses left the health service, retiring or resigning" },
  { id: "hea-smoking", check: "Smoking rates among adults dropped to 11.9 per cent, the lowest on record", query: "Adult smoking has fallen to a record low of 11.9%", denial: "Smoking rates among adults rose to 11.9 per cent, the highest in a decade" },
  { id: "hea-obesity", check: "One in four adults in Marovia is obese, according to the health ministry", query: "A quarter of Marovian adults are obese, the health ministry says" },
  { id: "hea-covid-deaths", check: "The pandemic killed 231,000 people in the country between 2020 and 2023", query: "Between 2020 and 2023, 231,000 people in the country died of Covid", otherNumber: "The pandemic killed 23,100 people in the country between 2020 and 2023" },
  { id: "hea-drug-price", check: "The price of insulin tripled between 2015 and 2024", query: "Insulin costs three times as much in 2024 as it did in 2015" },
  { id: "hea-ambulance", check: "Ambulances took an average of 47 minutes to reach heart attack patients in March", query: "In March heart attack patients waited 47 minutes on average for an ambulance", otherNumber: "Ambulances took an average of 17 minutes to reach heart attack patients in March" },
  { id: "hea-fluoride", check: "Fluoride in tap water lowers children's IQ", query: "Children's intelligence is reduced by fluoridated drinking water", denial: "Fluoride in tap water does not lower children's IQ" },
  { id: "hea-doctors", check: "The country has 2.1 doctors for every 1,000 inhabitants, below the EU average", query: "With 2.1 physicians per 1,000 people the country trails the EU average" },
  { id: "hea-mental", check: "Referrals to child mental health services doubled in five years", query: "In five years the number of children referred to mental health services has doubled" },
  // Economy
  { id: "eco-inflation", check: "Inflation fell to 2.4 per cent in October, its lowest level in three years", query: "October's inflation rate dropped to 2.4%, a three-year low", otherNumber: "Inflation fell to 4.2 per cent in October, its lowest level in three years", otherNumberQuery: "Inflation eased to 4.2% in October" },
  { id: "eco-unemployment", check: "Unemployment rose to 7.3 per cent in the second quarter", query: "Joblessness increased to 7.3% in the second quarter", denial: "Unemployment fell to 7.3 per cent in the second quarter", denialQuery: "Joblessness dropped to 7.3% in the second quarter" },
  { id: "eco-debt", check: "Public debt reached 112 per cent of GDP at the end of 2024", query: "By the end of 2024 government debt stood at 112% of gross domestic product", otherNumber: "Public debt reached 82 per cent of GDP at the end of 2024" },
  { id: "eco-factory", check: "Veltronic will close its Hadley plant with the loss of 1,200 jobs", query: "1,200 jobs will go when Veltronic shuts its Hadley factory", denial: "Veltronic will not close its Hadley plant and no jobs will be lost" },
  { id: "eco-tax", check: "The top 1 per cent of earners pay 29 per cent of all income tax", query: "Income tax paid by the richest 1% makes up 29% of the total" },
  { id: "eco-growth", check: "The economy grew by 0.3 per cent in the third quarter, avoiding recession", query: "Third-quarter growth of 0.3% kept the economy out of recession", denial: "The economy shrank by 0.3 per cent in the third quarter, entering recession" },
  { id: "eco-rent", check: "Average rents in the capital rose 9 per cent in a year to 1,840 euros a month", query: "Rents in the capital climbed 9% in twelve months to an average of €1,840 monthly", otherNumber: "Average rents in the capital rose 19 per cent in a year to 1,840 euros a month" },
  { id: "eco-exports", check: "Wine exports to China dropped by a third after the tariffs", query: "After the tariffs, exports of wine to China fell by one third" },
  { id: "eco-bank", check: "The central bank raised its key interest rate to 4.5 per cent", query: "The key rate was lifted to 4.5% by the central bank", denial: "The central bank cut its key interest rate to 4.5 per cent" },
  { id: "eco-pensions", check: "Pension spending will cost 14 billion euros more a year by 2030", query: "By 2030 pensions will cost an extra €14bn a year", otherNumber: "Pension spending will cost 4 billion euros more a year by 2030" },
  { id: "eco-minimum", check: "A third of workers in hospitality earn the minimum wage", query: "One in three hospitality workers are paid the minimum wage" },
  { id: "eco-strike", check: "The rail strike cost the economy 250 million pounds a day", query: "Each day of the railway strike cost the economy £250m" },
  // Crime
  { id: "cri-knife", check: "Knife crime in Leeds rose by 18 per cent last year", query: "Last year knife offences in Leeds were up 18%", denial: "Knife crime in Leeds fell by 18 per cent last year", denialQuery: "Knife offences in Leeds dropped 18% last year" },
  { id: "cri-burglary", check: "Police solved only 4 per cent of burglaries in 2024", query: "In 2024 just 4% of burglary cases were solved by the police", otherNumber: "Police solved only 14 per cent of burglaries in 2024" },
  { id: "cri-prison", check: "The prison population reached a record 88,000 inmates in June", query: "A record 88,000 people were in prison in June", otherNumber: "The prison population reached a record 98,000 inmates in June" },
  { id: "cri-cocaine", check: "Customs seized 9.4 tonnes of cocaine at the port of Antwerp in one operation", query: "In a single operation at Antwerp's port, customs officers found 9.4 tonnes of cocaine" },
  { id: "cri-migrants", check: "Migrants commit more crimes than native-born citizens", query: "Immigrants are responsible for more crime than people born in the country", denial: "Migrants do not commit more crimes than native-born citizens", denialQuery: "Immigrants are not more likely to commit crimes than native-born people" },
  { id: "cri-officers", check: "The city has 2,100 fewer police officers than in 2010", query: "Compared with 2010, the city has lost 2,100 police officers" },
  { id: "cri-fraud", check: "Online fraud cost consumers 1.2 billion pounds in 2024", query: "Consumers lost £1.2bn to online scams in 2024", otherNumber: "Online fraud cost consumers 12 billion pounds in 2024" },
  { id: "cri-homicide", check: "Homicides in the state fell to 412, the lowest number since 1965", query: "The state recorded 412 murders, fewer than in any year since 1965", denial: "Homicides in the state rose to 412, the highest number since 1965" },
  { id: "cri-court", check: "Rape cases wait an average of 2.5 years to come to trial", query: "It takes two and a half years on average for a rape case to reach trial" },
  { id: "cri-shoplift", check: "Shoplifting offences reached 430,000 in a year, the most since records began", query: "A record 430,000 shoplifting offences were recorded in a year" },
  // Science and environment
  { id: "sci-glacier", check: "The Rhone glacier lost 4 per cent of its volume in 2023 alone", query: "In 2023 alone the Rhone glacier shrank by 4% of its volume" },
  { id: "sci-warming", check: "Global temperatures in 2024 were 1.55 degrees above pre-industrial levels", query: "2024 was 1.55C warmer than the pre-industrial average", otherNumber: "Global temperatures in 2024 were 1.15 degrees above pre-industrial levels" },
  { id: "sci-climate-human", check: "Human activity is the main cause of global warming", query: "Global warming is mainly caused by people", denial: "Human activity is not the cause of global warming", denialQuery: "People are not what is warming the planet" },
  { id: "sci-emissions", check: "Carbon emissions from aviation rose 12 per cent in 2024", query: "Aviation's CO2 emissions grew by 12% in 2024", denial: "Carbon emissions from aviation fell 12 per cent in 2024" },
  { id: "sci-bees", check: "Bee colonies in the region declined by 37 per cent over the winter", query: "Over winter the region lost 37% of its bee colonies" },
  { id: "sci-forest", check: "Deforestation in the Amazon fell by 30 per cent in 2024", query: "Amazon forest clearing dropped by 30% in 2024", denial: "Deforestation in the Amazon rose by 30 per cent in 2024", otherNumber: "Deforestation in the Amazon fell by 3 per cent in 2024" },
  { id: "sci-renewables", check: "Wind and solar produced 41 per cent of the country's electricity last year", query: "Last year 41% of national power came from wind and solar" },
  { id: "sci-moon", check: "The lander touched down 300 metres from its target near the lunar south pole", query: "Near the Moon's south pole, the lander set down 300m from where it was aimed" },
  { id: "sci-plastic", check: "Only 9 per cent of plastic waste is recycled worldwide", query: "Worldwide, just 9% of plastic waste gets recycled", otherNumber: "Only 19 per cent of plastic waste is recycled worldwide" },
  { id: "sci-5g", check: "5G masts spread the coronavirus", query: "The coronavirus is spread by 5G phone masts", denial: "5G masts do not spread the coronavirus" },
  { id: "sci-river", check: "Sewage was discharged into English rivers 464,000 times in 2024", query: "Water companies released sewage into rivers in England 464,000 times in 2024" },
  { id: "sci-air", check: "Air pollution causes 29,000 early deaths a year in Britain", query: "Some 29,000 people in the UK die prematurely each year because of polluted air", otherNumber: "Air pollution causes 9,000 early deaths a year in Britain" },
  { id: "sci-species", check: "A million species are at risk of extinction, the UN report says", query: "According to the UN, one million species face extinction" },
  { id: "sci-drought", check: "The reservoirs of Catalonia were at 16 per cent of capacity in February", query: "In February Catalan reservoirs held only 16% of what they can", otherNumber: "The reservoirs of Catalonia were at 61 per cent of capacity in February" },
  // Sport
  { id: "spo-transfer", check: "Madrid paid 103 million euros for the striker, a club record", query: "The club spent a record €103m to sign the striker", otherNumber: "Madrid paid 130 million euros for the striker, a club record" },
  { id: "spo-marathon", check: "Kiptum ran the marathon in 2 hours 0 minutes 35 seconds, a world record", query: "Kiptum set a marathon world record of 2:00:35" },
  { id: "spo-doping", check: "The cyclist tested positive for EPO after the tenth stage", query: "After stage ten the cyclist's sample showed EPO", denial: "The cyclist did not test positive for EPO after the tenth stage", denialQuery: "The cyclist's test after stage ten was negative for EPO" },
  { id: "spo-stadium", check: "The new stadium cost taxpayers 640 million dollars", query: "Taxpayers paid $640m for the new stadium", otherNumber: "The new stadium cost taxpayers 460 million dollars" },
  { id: "spo-attendance", check: "Women's league attendance tripled in two seasons", query: "Crowds at women's league matches have grown threefold in two seasons" },
  { id: "spo-olympics", check: "The country won 14 gold medals at the Paris Olympics, its best ever", query: "At Paris 2024 the country took 14 golds, a national record", otherNumber: "The country won 4 gold medals at the Paris Olympics, its best ever" },
  { id: "spo-wages", check: "Premier League clubs spent 73 per cent of their revenue on wages", query: "Wages ate up 73% of Premier League club revenue" },
  { id: "spo-ban", check: "The federation banned the coach for five years for match-fixing", query: "The coach was suspended for five years by the federation over fixing matches" },
  { id: "spo-injury", check: "Hamstring injuries in the league rose 25 per cent after the schedule change", query: "Since the fixture change, hamstring injuries in the league are up by a quarter", denial: "Hamstring injuries in the league fell 25 per cent after the schedule change" },
  { id: "spo-tickets", check: "Ticket prices for the final doubled to an average of 300 pounds", query: "The average final ticket now costs £300, twice as much as before" },
  // Education and society
  { id: "edu-teachers", check: "One in five new teachers leaves the profession within two years", query: "20% of newly qualified teachers quit teaching in their first two years" },
  { id: "edu-reading", check: "Reading scores of 10-year-olds dropped 11 points since 2016", query: "Ten-year-olds' reading results have fallen by 11 points since 2016", denial: "Reading scores of 10-year-olds rose 11 points since 2016" },
  { id: "edu-fees", check: "University tuition fees rose to 9,535 pounds a year", query: "Annual university fees went up to £9,535", otherNumber: "University tuition fees rose to 9,250 pounds a year" },
  { id: "edu-class", check: "Average class sizes in primary schools reached 27 pupils", query: "Primary school classes now have 27 pupils on average" },
  { id: "edu-meals", check: "800,000 children living in poverty do not get free school meals", query: "Some 800,000 poor children miss out on free school lunches" },
  { id: "soc-homeless", check: "Homelessness in the city rose by 26 per cent in a year", query: "In twelve months homelessness in the city climbed 26%", otherNumber: "Homelessness in the city rose by 62 per cent in a year" },
  { id: "soc-births", check: "The birth rate fell to 1.41 children per woman, the lowest ever recorded", query: "Women now have 1.41 children on average, a record low fertility rate" },
  { id: "soc-pay-gap", check: "Women earn 14 per cent less than men for the same work", query: "For the same job, women are paid 14% less than men", denial: "Women do not earn less than men for the same work" },
  { id: "soc-languages", check: "A third of secondary schools have stopped teaching German", query: "German is no longer taught at one in three secondary schools" },
  { id: "soc-volunteers", check: "Volunteering fell to its lowest level in a decade, with 16 per cent of adults volunteering monthly", query: "Just 16% of adults now volunteer each month, the lowest in ten years" },
  // Technology
  { id: "tec-breach", check: "Hackers stole the personal data of 4.8 million customers of Telvo", query: "The details of 4.8 million Telvo customers were taken in a hack", otherNumber: "Hackers stole the personal data of 48 million customers of Telvo" },
  { id: "tec-ai-jobs", check: "Artificial intelligence will replace 300 million jobs worldwide", query: "AI is set to take 300 million jobs around the world" },
  { id: "tec-broadband", check: "Only 58 per cent of rural homes can get fast broadband", query: "Fast broadband reaches just 58% of homes in the countryside" },
  { id: "tec-phones", check: "Children aged 8 to 12 spend an average of 5 hours a day on screens", query: "Kids between 8 and 12 average five hours of screen time daily" },
  { id: "tec-fine", check: "The regulator fined Orbix 1.2 billion euros for breaking data protection law", query: "Orbix got a €1.2bn fine from the regulator over data protection breaches", denial: "The regulator did not fine Orbix for breaking data protection law" },
  { id: "tec-evs", check: "Electric cars made up 22 per cent of new car sales in 2024", query: "In 2024, 22% of newly sold cars were electric", otherNumber: "Electric cars made up 2 per cent of new car sales in 2024" },
  { id: "tec-outage", check: "The cloud outage took 8,500 websites offline for six hours", query: "For six hours, 8,500 sites went down because of the cloud failure" },
  { id: "tec-spam", check: "Nearly half of all emails sent are spam", query: "Almost 50% of the email sent is spam" },
  // Transport and housing
  { id: "tra-trains", check: "Only 61 per cent of trains arrived on time in December", query: "In December just 61% of trains ran on time", otherNumber: "Only 81 per cent of trains arrived on time in December" },
  { id: "tra-potholes", check: "The council fixed 12,000 potholes in six months", query: "In six months 12,000 potholes were repaired by the council" },
  { id: "tra-deaths", check: "Road deaths fell to 1,620 last year, the lowest since records began", query: "Last year 1,620 people died on the roads, a record low", denial: "Road deaths rose to 1,620 last year, the highest in a decade" },
  { id: "hou-prices", check: "House prices have risen 70 per cent faster than wages since 2010", query: "Since 2010 home prices have grown 70% faster than pay" },
  { id: "hou-empty", check: "There are 261,000 empty homes in England", query: "England has 261,000 homes standing empty", otherNumber: "There are 126,000 empty homes in England" },
];

/** Statements no check holds: the memory should offer nothing, or at least nothing alike. */
export const UNCHECKED: string[] = [
  "The regional parliament voted to rename the airport after a poet",
  "Farmers in the valley harvested a record crop of apricots this summer",
  "The orchestra cancelled its tour of Japan because of a funding gap",
  "A new species of frog was found in the cloud forests of Ecuador",
  "The museum returned 42 bronze statues to Nigeria",
  "The ferry company will add a night crossing to Corsica in May",
  "Chess players in the national league will now use digital clocks",
  "The city will plant 5,000 trees along its ring road",
  "The zoo's panda gave birth to twins",
  "The bakery chain opened its 300th shop",
];
