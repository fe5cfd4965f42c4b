"""Claim assembly: metric, year, period, place, attribution, subject."""
from __future__ import annotations

import pytest

from pipeline.claims import assemble_claims, attribution_of, location_of, metric_ids, period_of
from pipeline.metadata import DocumentMeta
from pipeline.nlp import build_pipeline
from pipeline.batches import extract


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def claims_of(nlp, text: str, pub_year: int = 2020):
    sentences, quantities, mentions, frames = extract(nlp, text)
    claims, _ = assemble_claims("d", "d.txt", text, DocumentMeta(publisher="Pub", pub_year=pub_year), [], sentences, quantities,
                                mentions, frames)
    return claims


METRICS = [
    ("The state holds an estimated 80,000 to 120,000 prisoners in political prison camps.", "political_prisoners"),
    ("The government withholds 70-90 percent of wages from workers abroad.", "wage_withholding_pct"),
    ("Tens of thousands of workers are employed in logging camps in Russia.", "overseas_workers"),
    ("As many as 30,000 children born in China have not been registered.", "stateless_children"),
    ("They work up to 20 hours per day.", "working_hours"),
    ("They get one or two rest days per month.", "rest_days"),
    ("The scheme generates annual revenue of hundreds of millions of dollars for the state.", "state_revenue"),
    ("One worker earned a mere 120 won per month.", "worker_pay"),
    ("Hundreds of thousands of prisoners have perished in the camps.", "deaths"),
    ("The index estimated that approximately 2.6 million persons were in modern slavery.", "modern_slavery"),
    ("She was sold to a farmer for 585 dollars.", "trafficking_price"),
    ("As many as 70 percent of them are women.", "women_share"),
    ("Both articles carry a penalty of up to two to five years of labor correction.", "penalty_years"),
    ("She fed her two children after her husband starved to death.", "other"),
    ("Workers were sent to around 40 countries abroad.", "other"),
    ("The river was some 40 m wide.", "other"),
    # money in a trafficking report is not a price unless someone sells or buys (State TIP 2023, Luxembourg)
    ("The government allocated €124,000 to an NGO providing shelter specifically to male trafficking victims.", "other"),
    ("Brokers bought the women from traffickers for 5,000 yuan each.", "trafficking_price"),
    # a unit in the possessive measures its owner (State TIP 2019, Turkey)
    ("Article 78 criminalized sex trafficking and labor trafficking, prescribing penalties of four to 16 years' imprisonment.", "penalty_years"),
    # the headline metrics worded otherwise than in the seed corpus (bugs caught: each was `other` or another metric)
    ("Between 80,000 and 120,000 people are detained in the country's kwanliso, the UN commission found.", "political_prisoners"),
    ("The total number of prisoners in the camps is estimated at 120,000.", "political_prisoners"),
    ("The number of North Korean laborers in China was estimated at 70,000 to 80,000 in 2017.", "overseas_workers"),
    ("An estimated 2,000 to 3,000 North Korean workers remained in Vladivostok in 2019.", "overseas_workers"),
    ("Some 30,000 North Korean nationals work in Russia.", "overseas_workers"),
    ("An estimated 100,000 North Korean workers are employed in several countries.", "overseas_workers"),
    ("Some 3,000 workers were mobilised at a Pyongyang construction site.", "other"),
    ("The laborers, numbering about 2,500, were sent to construction sites in Kuwait and Qatar.", "overseas_workers"),
    ("Defectors said they had been allowed to rest only two days a month.", "rest_days"),
    ("Workers are given one or two days off per month.", "rest_days"),
    ("The government earns up to $500 million a year from its overseas labor program.", "state_revenue"),
    ("Laborers in Qatar receive only about $150 a month after the state takes its cut.", "worker_pay"),
    ("Women make up roughly 70 percent of North Korean defectors living in China.", "women_share"),
    # a rate among women, a change in their number, a gap with men: no share of women (written for these tests)
    ("The unemployment rate among women rose to 8.1 percent in the third quarter.", "other"),
    ("Women earn on average 23 percent less than men for the same work.", "other"),
    ("The number of women in parliament rose by 12 percent.", "other"),
    ("The famine killed as many as 2 million people across the country.", "deaths"),
    ("A broker said a bride could fetch between 5,000 and 10,000 yuan.", "trafficking_price"),
    ("Each worker must hand over between $800 and $1,000 a month to the state.", "state_revenue"),
    ("Officials put the death toll at 1,200.", "deaths"),
    ("Each laborer reportedly had to pay a monthly quota of $800 to the state.", "state_revenue"),
    ("The number of deaths rose to 300.", "deaths"),
    ("The bombing injured 50 people who had survived earlier attacks.", "other"),
    ("The camps, which hold some 80,000 to 120,000 inmates, are scattered across the mountainous north.", "political_prisoners"),
    ("The remaining 585 inmates reportedly received noncustodial sentences.", "other"),
    ("The UN estimates that the regime raises up to $2 billion a year through forced labor.", "state_revenue"),
    ("In 2016, the state collected an estimated $200 million to $500 million from laborers abroad.", "state_revenue"),
    ("Each worker is required to remit about $1,000 per month to the party.", "state_revenue"),
    ("A Chinese farmer paid 20,000 yuan for a North Korean bride in 2012.", "trafficking_price"),
    # a price, but not of a person
    ("The company paid $2 billion for the startup.", "other"),
    # a count per so many people is a rate, not the number who died (CDC, mortality in the United States, 2020)
    ("The estimated age-adjusted death rate increased from 715.2 to 828.7 deaths per 100,000 population.", "other"),
    ("In 2020, approximately 3,358,814 deaths occurred in the United States.", "deaths"),
    # an execution is a death; an executed contract is not
    ("Defectors report that guards executed at least 12 prisoners in 2016.", "deaths"),
    ("Human rights groups documented 27 public executions between 2012 and 2014.", "deaths"),
    ("The firm executed 40 contracts in 2019.", "other"),
    # a bride's cost is her price; the cost of sheltering women is not
    ("A North Korean bride typically costs a Chinese farmer 10,000 to 50,000 yuan.", "trafficking_price"),
    ("The cost of housing women victims was $5,000 per month.", "other"),
]


@pytest.mark.parametrize("sentence,metric", METRICS)
def test_metric(nlp, sentence, metric):
    (claim,) = claims_of(nlp, sentence)
    assert claim.metric == metric


def test_metric_ids_come_from_the_taxonomy_file():
    ids = metric_ids()
    assert ids[-1] == "other" and len(ids) == len(set(ids)) >= 14


@pytest.mark.parametrize("sentence,pub_year,ref_year", [
    ("At the end of 2019, tens of thousands of citizens worked overseas.", 2020, 2019),
    ("As of 2022 there were 80,000 workers in the city.", 2025, 2022),
    ("During a campaign in 2016, workers worked as many as 17 hours per day.", 2021, 2016),
    ("The Foundation, in its 2018 Index, estimated that 2.6 million persons were enslaved.", 2021, 2018),
    ("Between 2 million and 3 million people starved during the 1990s.", 2005, 1999),
    ("An estimated 400,000 people have died since 1972.", 2003, 2003),
    ("The river was some 40 m wide on Oct. 22 last year.", 2008, 2007),
    ("Some 200,000 people are held in camps.", 2004, 2004),
    ("Visas rose more than five times compared with the previous year.", 2020, 2020),
    ("The plan aims for 400 stations by 2030.", 2020, 2020),
])
def test_ref_year(nlp, sentence, pub_year, ref_year):
    (claim,) = claims_of(nlp, sentence, pub_year)
    assert claim.ref_year == ref_year


@pytest.mark.parametrize("clause,period", [
    ("people starved during the 1990s", (1990, 1999)),
    ("temperatures dropped between 1600 and 1900", (1600, 1900)),
    # a span of fiscal years names its years as a span of years does (GAO wording; was no period)
    ("CBP issued 51 withhold release orders between fiscal years 2016 and 2021", (2016, 2021)),
    ("from FY 2018 through FY 2023 approved jobs increased", (2018, 2023)),
    ("have died since 1972", (1972, 2003)),
    ("people are held in camps", None),
])
def test_period(clause, period):
    assert period_of(clause, 2003) == period


@pytest.mark.parametrize("sentence,who", [
    ("According to NGO reports, the state withholds 70-90 percent of wages.", "NGO reports"),
    ("NGOs and researchers estimate that thousands live there.", "NGOs and researchers"),
    ("Russian statistics showed that nearly 7,000 citizens arrived.", "Russian statistics"),
    ("The Walk Free Foundation, in its 2018 index, estimated that 2.6 million persons were enslaved.", "The Walk Free Foundation"),
    ("Other reports note these laborers work 12 hours a day.", "Other reports"),
    ("An estimated 150,000 to 200,000 persons are held.", None),
    ("There are an estimated 20,000 workers.", None),
    ("Tens of thousands of workers are estimated to be employed there.", None),
    ("By the best estimates, 2 million people starved.", None),
    # a noun that starts like a verb of saying ("countries", "documents") credits no one
    ("Workers were sent to around 40 countries abroad.", None),
    ("The documents 5,000 pages long were released.", None),
    # a verdict is no source, and those a figure counts are respondents, not a source (written for these tests)
    ("Persons found guilty of forced labor face penalties of 10 years.", None),
    ("Nearly 40 percent of the workers surveyed said their employer had confiscated their passports.", None),
    ("Fewer than one in ten defectors reported that they had been paid in full.", None),
    ("Half of the workers surveyed said they were paid nothing.", None),
    ("G7 leaders said that 300 firms were involved.", "G7 leaders"),
    # "reported" as an adjective after a preposition names no source (was "The number of")
    ("The number of reported cases increased from 1,200 in 2018 to 1,800 in 2019.", None),
])
def test_attribution(sentence, who):
    assert attribution_of(sentence) == who


@pytest.mark.parametrize("sentence,place", [
    ("As of 2022 there were 80,000 North Koreans working just in the city of Dandong.", "Dandong"),
    ("Thousands of undocumented North Koreans live in northeast China.", "China"),
    ("Tens of thousands of workers are employed in logging camps in Russia's Far East.", "Russia"),
    ("The middleman paid 350 yuan, or W46,000 (US$1=W939).", None),
])
def test_location(sentence, place):
    i = next(i for i, ch in enumerate(sentence) if ch.isdigit() or sentence[i:].lower().startswith(("thousands", "tens")))
    assert location_of(sentence, i, i + 5) == place


def test_claim_ids_are_stable_and_unique(nlp):
    text = "Some 300 residents left. Some 300 residents left."
    first, second = claims_of(nlp, text), claims_of(nlp, text)
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
    assert len({c.claim_id for c in first}) == 2


def test_subject_is_what_is_counted(nlp):
    subjects = [c.subject for c in claims_of(nlp, "The state holds an estimated 80,000 to 120,000 prisoners. It withholds 70-90 percent of wages. 753 registered as workers.")]
    assert [words in subject for words, subject in zip(["prisoners", "wages", "workers"], subjects)] == [True, True, True], subjects
