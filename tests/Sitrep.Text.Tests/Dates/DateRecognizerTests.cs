using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Text.Dates;
using Sitrep.Text.Tests.Numbers;

namespace Sitrep.Text.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly RuleDateRecognizer Recognizer = new();

    private const string FixedMonday = "Lundi 21 mai, l'armée a repris le quartier. ";
    private const string FixedMondayEn = "On Monday, May 21, troops retook the district. ";

    public static TheoryData<string, string?, string, string, string, int, DateRole, string> Dates => new()
    {
        // lang, dispatch date, text, expression, span, ACLED precision, role, why
        { "fr", "2018-05", "L'armée a repris lundi 21 mai la localité.", "lundi 21 mai", "2018-05-21", 1, DateRole.Event, "weekday and day in a month-only dispatch" },
        { "fr", "2018-05", FixedMonday + "La semaine dernière, les rebelles avaient fui.", "La semaine dernière", "2018-05-14..2018-05-20", 2, DateRole.Event, "previous Monday–Sunday week of the reference day the text fixes" },
        { "fr", "2018-05", FixedMonday + "Quelques heures plus tôt, un convoi était parti.", "Quelques heures plus tôt", "2018-05-20..2018-05-21", 2, DateRole.Event, "the reference day or the day before" },
        { "fr", "2018-05", FixedMonday + "Le siège, qui a commencé il y a près d'un mois, est fini.", "il y a près d'un mois", "2018-04-19..2018-05-21", 3, DateRole.PeriodStart, "a hedged start of a period running to the reference day" },
        { "fr", "2018-05", "Depuis le début de la guerre, en 2011, la ville a souffert.", "2011", "2011-01-01..2011-12-31", 3, DateRole.Background, "the start of the war is background" },
        { "fr", "2018-05", "Hier, des frappes ont touché la ville.", "Hier", "2018-04-30..2018-05-30", 3, DateRole.Event, "month-only dispatch without a fixed day stays month precision" },
        { "fr", "2018-05", "La semaine dernière, des frappes ont touché la ville.", "La semaine dernière", "2018-04-23..2018-05-27", 3, DateRole.Event, "unfixed reference: every possible week of the month" },
        { "fr", "2018-05-22", "Hier, des frappes ont touché la ville.", "Hier", "2018-05-21", 1, DateRole.Event, "the day before a day-precise dispatch" },
        { "fr", "2018-05-22", "Avant-hier, des frappes ont touché la ville.", "Avant-hier", "2018-05-20", 1, DateRole.Event, "two days before" },
        { "fr", "2018-05-22", "Cette nuit, des frappes ont touché la ville.", "Cette nuit", "2018-05-21..2018-05-22", 2, DateRole.Event, "the night straddles two days" },
        { "fr", "2022-11-21", "Dans la nuit de samedi à dimanche, des frappes ont touché la ville.", "Dans la nuit de samedi à dimanche", "2022-11-19..2022-11-20", 2, DateRole.Event, "the named night, Saturday into Sunday, not the night before the dispatch (a Monday)" },
        { "fr", "2022-11-20", "Dans la nuit de samedi à dimanche, des frappes ont touché la ville.", "Dans la nuit de samedi à dimanche", "2022-11-19..2022-11-20", 2, DateRole.Event, "the night ending on the dispatch's day" },
        { "fr", "2022-11-21", "Dans la nuit de vendredi, des frappes ont touché la ville.", "Dans la nuit de vendredi", "2022-11-18..2022-11-19", 2, DateRole.Event, "one weekday: the night that starts on it" },
        { "en", "2022-11-21", "On the night of Saturday to Sunday, strikes hit the town.", "On the night of Saturday to Sunday", "2022-11-19..2022-11-20", 2, DateRole.Event, "the English form of the named night" },
        { "fr", "2018-05-22", "Ce matin, des frappes ont touché la ville.", "Ce matin", "2018-05-22", 1, DateRole.Event, "the dispatch's day" },
        { "fr", "2018-05-22", "Aujourd'hui, des frappes ont touché la ville.", "Aujourd'hui", "2018-05-22", 1, DateRole.Event, "the dispatch's day, elided form" },
        { "fr", "2018-05-22", "La veille, des frappes ont touché la ville.", "La veille", "2018-05-21", 1, DateRole.Event, "the eve of the reference day" },
        { "fr", "2017-01-08", "Un camion a explosé samedi à Azaz. La veille, un engin avait tué trois rebelles.", "La veille", "2017-01-06", 1, DateRole.Event, "'la veille' counts from the day the story last named (samedi 7), not from the dispatch's day" },
        { "fr", "2012-05-27", "Des combats ont éclaté samedi à Houla. Dans la même journée, douze soldats ont été tués à Rastane.", "Dans la même journée", "2012-05-26", 1, DateRole.Event, "'dans la même journée' is the day the story last named (samedi 26), not the dispatch's day" },
        { "en", "2015-05-21", "Islamic State fighters seized Palmyra on Wednesday. On the same day, twelve soldiers were killed in Homs.", "On the same day", "2015-05-20", 1, DateRole.Event, "'on the same day' is the day the story last named (Wednesday 20), not the dispatch's day" },
        { "fr", "2015-05-21", "L'EI a pris Palmyre mercredi. Le jour même, douze soldats ont été tués à Homs.", "Le jour même", "2015-05-20", 1, DateRole.Event, "'le jour même' is the day the story last named (mercredi 20), not the dispatch's day" },
        { "en", "2015-05-21", "Islamic State fighters seized Palmyra on Wednesday. On that day, twelve soldiers were killed in Homs.", "On that day", "2015-05-20", 1, DateRole.Event, "'on that day' is the day the story last named" },
        { "fr", "2017-01-08", "L'accord a été conclu mardi. Le lendemain, les combats ont repris.", "Le lendemain", "2017-01-04", 1, DateRole.Event, "'le lendemain' is the day after the day the story named" },
        { "en", "2016-08-22", "Clashes broke out on Wednesday. The fighting escalated the following day.", "the following day", "2016-08-18", 1, DateRole.Event, "'the following day' is the day after Wednesday the 17th" },
        { "en", "2016-08-22", "Clashes erupted last Wednesday. They escalated the following day.", "the following day", "2016-08-18", 1, DateRole.Event, "a day that starts a period is a named day too" },
        { "fr", "2017-01-09", "Un camion a explosé le 2 janvier à Azaz. Trois jours plus tard, un engin a tué deux rebelles.", "Trois jours plus tard", "2017-01-05", 1, DateRole.Event, "'trois jours plus tard' counts on from the day the story named, not from the dispatch's" },
        { "en", "2016-08-22", "Clashes broke out on Wednesday. Two days later, the rebels withdrew.", "Two days later", "2016-08-19", 1, DateRole.Event, "'two days later' counts on from Wednesday the 17th" },
        { "en", "2016-08-22", "Rebels withdrew on Friday. Two days earlier, clashes had broken out.", "Two days earlier", "2016-08-17", 1, DateRole.Event, "'two days earlier' counts back from the day the story named (Friday the 19th), not from the dispatch's day" },
        { "fr", "2016-08-22", "Les rebelles se sont retirés vendredi. Deux jours plus tôt, des combats avaient éclaté.", "Deux jours plus tôt", "2016-08-17", 1, DateRole.Event, "'deux jours plus tôt' counts back from vendredi 19" },
        { "en", "2016-08-22", "Clashes broke out on Sunday. Talks will resume three days later.", "three days later", "2016-08-24", 1, DateRole.Future, "a day counted on past the dispatch's day has not happened yet" },
        { "fr", "2019-10-13", "Depuis le début de l'offensive mercredi, 52 civils ont été tués.", "Depuis le début de l'offensive mercredi", "2019-10-09..2019-10-13", 2, DateRole.PeriodStart, "the start told between 'depuis' and the day ('le début de l'offensive') leaves the day the period's start (dates.json startNouns)" },
        { "en", "2019-10-13", "Since the start of the offensive on Wednesday, 52 civilians have been killed.", "Since the start of the offensive on Wednesday", "2019-10-09..2019-10-13", 2, DateRole.PeriodStart, "the same in English" },
        { "en", "2025-03-08", "The violence erupted on Thursday when insurgents ambushed a patrol.", "Thursday", "2025-03-06", 1, DateRole.Event, "a 'when' clause right after a day a start verb dates tells that day's happening: no period (dates.json whenWords)" },
        { "fr", "2023-09-01", "Les combats ont éclaté dimanche lorsque des combattants ont attaqué.", "dimanche", "2023-08-27", 1, DateRole.Event, "the same in French" },
        { "en", "2018-03-05", "Troops seized two villages over the weekend.", "over the weekend", "2018-03-03..2018-03-04", 2, DateRole.Event, "'over the weekend' is the last Saturday and Sunday, not a week (unit 'weekend')" },
        { "fr", "2018-03-04", "Les troupes ont pris deux villages ce week-end.", "ce week-end", "2018-03-03..2018-03-04", 2, DateRole.Event, "on a Sunday, this weekend is Saturday and the day itself" },
        { "en", "2018-03-05", "Strikes hit Douma on Monday. The previous day's bombardment had killed 34 people.", "The previous day's", "2018-03-04", 1, DateRole.Event, "a possessive 'the previous day's' dates its noun like 'the previous day'" },
        { "fr", "2018-03-18", "Depuis le début de l'opération « Rameau d'olivier », le 20 janvier, plus de 280 civils ont péri.", "20 janvier", "2018-01-20..2018-03-18", 3, DateRole.PeriodStart, "a quoted operation name may stand between 'depuis' and the start's date in apposition: still a period, not background" },
        { "en", "2016-08-22", "The fighting escalated the previous day, the monitor said.", "the previous day", "2016-08-21", 1, DateRole.Event, "with no day named before it, the reference day's eve" },
        { "fr", "2018-05-22", "Lundi, des frappes ont touché la ville.", "Lundi", "2018-05-21", 1, DateRole.Event, "most recent Monday before a Tuesday dispatch" },
        { "fr", "2018-05-22", "Mardi, des frappes ont touché la ville.", "Mardi", "2018-05-22", 1, DateRole.Event, "the weekday of the dispatch itself is the same day" },
        { "fr", "2018-05-22", "Dimanche, des frappes ont touché la ville.", "Dimanche", "2018-05-20", 1, DateRole.Event, "most recent Sunday" },
        { "fr", "2018-05-22", "Mercredi, des frappes ont touché la ville.", "Mercredi", "2018-05-16", 1, DateRole.Event, "a later weekday is last week's" },
        { "fr", "2018-05-22", "Les pourparlers reprendront lundi prochain.", "lundi prochain", "2018-05-28", 1, DateRole.Future, "'prochain' looks forward: a day to come, on which nothing told has happened" },
        { "fr", "2018-05-22", "Le mois dernier, des frappes ont touché la ville.", "Le mois dernier", "2018-04-01..2018-04-30", 3, DateRole.Event, "previous calendar month" },
        { "fr", "2018-05-22", "Cette semaine, des frappes ont touché la ville.", "Cette semaine", "2018-05-21..2018-05-22", 2, DateRole.Event, "this week up to the reference day" },
        { "fr", "2018-05-22", "L'an dernier, la ville a été reprise.", "L'an dernier", "2017-01-01..2017-12-31", 3, DateRole.Background, "previous calendar year, ended more than 45 days before: recalled, not news" },
        { "fr", "2018-05-22", "Ces derniers jours, les frappes ont repris.", "Ces derniers jours", "2018-05-16..2018-05-22", 2, DateRole.Event, "the last week" },
        { "fr", "2025-01-16", "Plus de 400 personnes ont été tuées depuis le 12 décembre. La veille, un drone a frappé un convoi.", "La veille", "2025-01-15", 1, DateRole.Event, "the start of a count over a week back is not the story's day: 'la veille' is the eve of the dispatch's day" },
        { "en", "2025-01-16", "More than 400 people have been killed since December 12. The day before, a drone struck a convoy.", "The day before", "2025-01-15", 1, DateRole.Event, "the same in English" },
        { "fr", "2018-05-22", "Plus de 70 civils ont été tués en trois jours.", "en trois jours", "2018-05-20..2018-05-22", 2, DateRole.PeriodStart, "'en' and a number of days: the days up to the reference over which the toll was counted (dates.json ago.durationPrefix)" },
        { "en", "2018-05-22", "At least 18 people were killed in 4 days by mines.", "in 4 days", "2018-05-19..2018-05-22", 2, DateRole.PeriodStart, "the same in English" },
        { "en", "2018-05-22", "The raids killed 190 people within 27 days.", "within 27 days", "2018-04-26..2018-05-22", 3, DateRole.PeriodStart, "'within' and a number of days longer than a week" },
        { "fr", "2018-05-22", "Les combats font rage depuis le 19 avril.", "depuis le 19 avril", "2018-04-19..2018-05-22", 3, DateRole.PeriodStart, "'depuis' and a date start a period" },
        { "fr", "2018-04-08", "L'offensive a été lancée le 18 février. Depuis cette date, plus de 1 600 civils ont été tués.", "Depuis cette date", "2018-02-18..2018-04-08", 3, DateRole.PeriodStart, "'depuis cette date' starts the period at the day the story last named" },
        { "en", "2018-04-08", "The offensive was launched on February 18. Since that date, more than 1,600 civilians have been killed.", "Since that date", "2018-02-18..2018-04-08", 3, DateRole.PeriodStart, "'since that date' starts the period at the day the story last named" },
        { "fr", "2018-05-22", "Depuis le début de l'année, les frappes ont repris.", "Depuis le début de l'année", "2018-01-01..2018-05-22", 3, DateRole.PeriodStart, "start of the year to the reference" },
        { "fr", "2018-05-22", "L'offensive lancée le 19 avril a fait 300 morts.", "lancée le 19 avril", "2018-04-19..2018-05-22", 3, DateRole.PeriodStart, "a start verb right before a date starts a period" },
        { "fr", "2020-03-06", "L'offensive lancée en décembre par Damas a fait 500 morts.", "lancée en décembre", "2019-12-01..2020-03-06", 3, DateRole.PeriodStart, "a start verb before a month of the year before starts a period to the reference" },
        { "fr", "2019-05-28", "Depuis le début de l'escalade, fin avril, plus de 200 civils ont péri.", "avril", "2019-04-01..2019-05-28", 3, DateRole.PeriodStart, "a recent month after a 'depuis' cue starts the period told, it is no background" },
        { "fr", "2015-04", "Depuis le début de l'offensive, le 1er avril, 200 personnes ont été tuées.", "1er avril", "2015-04-01..2015-04-30", 3, DateRole.PeriodStart, "a start told, then its day in apposition: the day starts the period and is not the dispatch's own day" },
        { "fr", "2018-05-22", "Il y a trois jours, des frappes ont touché la ville.", "Il y a trois jours", "2018-05-19", 1, DateRole.Event, "exact days ago" },
        { "fr", "2018-05-22", "Il y a deux semaines, des frappes ont touché la ville.", "Il y a deux semaines", "2018-05-08", 1, DateRole.Event, "exact weeks ago" },
        { "fr", "2018-05-22", "Le 3 mai, des frappes ont touché la ville.", "3 mai", "2018-05-03", 1, DateRole.Event, "day and month, year of the dispatch" },
        { "fr", "2018-05-22", "Le 1er mai, des frappes ont touché la ville.", "1er mai", "2018-05-01", 1, DateRole.Event, "ordinal first of the month" },
        { "fr", "2018-05-22", "Le 21 mai 2018, des frappes ont touché la ville.", "21 mai 2018", "2018-05-21", 1, DateRole.Event, "a full date" },
        { "fr", "2018-05-22", "Le 15 décembre, des frappes ont touché la ville.", "15 décembre", "2017-12-15", 1, DateRole.Background, "a month after the dispatch is last year's, five months old: background" },
        { "fr", "2018-05-22", "En mars, des frappes ont touché la ville.", "mars", "2018-03-01..2018-03-31", 3, DateRole.Background, "a month alone after 'en', ended 52 days before: background" },
        { "fr", "2018-05-22", "En avril, des frappes ont touché la ville.", "avril", "2018-04-01..2018-04-30", 3, DateRole.Event, "the month before, ended 22 days before: still news" },
        { "fr", "2018-05-22", "Il y a trois mois, des frappes ont touché la ville.", "Il y a trois mois", "2018-02-22", 1, DateRole.Background, "three months ago is recalled, not news" },
        { "fr", "2018-05-22", "En mars 2011, les manifestations ont commencé.", "mars 2011", "2011-03-01..2011-03-31", 3, DateRole.Background, "years before the dispatch is background" },
        { "fr", "2018-05-22", "En avril 2018, des frappes ont touché la ville.", "avril 2018", "2018-04-01..2018-04-30", 3, DateRole.Event, "a recent month is an event date" },
        { "fr", "2018-05-22", "Le 21/05/2018, des frappes ont touché la ville.", "21/05/2018", "2018-05-21", 1, DateRole.Event, "French numeric dates are day first" },
        { "fr", "2018-05-22", "La révolte dure depuis 2011.", "depuis 2011", "2011-01-01..2011-12-31", 3, DateRole.Background, "an old year after 'depuis' is background, not a period" },
        { "fr", null, "Le 21 mai 2018, des frappes ont touché la ville.", "21 mai 2018", "2018-05-21", 1, DateRole.Event, "explicit dates need no dispatch date" },
        { "fr", "2018-05-22", "Le 29 février 2016, la ville est tombée.", "29 février 2016", "2016-02-29", 1, DateRole.Background, "a leap day exists; two years back is background" },
        { "en", "2018-05-22", "Strikes hit the town on Tuesday.", "Tuesday", "2018-05-22", 1, DateRole.Event, "the dispatch's own weekday is that day" },
        { "en", "2018-05-22", "Strikes hit the town on Monday.", "Monday", "2018-05-21", 1, DateRole.Event, "most recent Monday" },
        { "en", "2018-05-22", "Strikes hit the town on Sunday.", "Sunday", "2018-05-20", 1, DateRole.Event, "most recent Sunday" },
        { "en", "2018-05-22", "Strikes hit the town on Wednesday.", "Wednesday", "2018-05-16", 1, DateRole.Event, "a later weekday is last week's" },
        { "en", "2018-05-22", "Strikes hit the town yesterday.", "yesterday", "2018-05-21", 1, DateRole.Event, "the day before" },
        { "en", "2018-05-22", "Strikes hit the town late last night.", "late last night", "2018-05-21..2018-05-22", 2, DateRole.Event, "last night is the day before or the same day" },
        { "en", "2018-05-22", "Strikes hit the town overnight.", "overnight", "2018-05-21..2018-05-22", 2, DateRole.Event, "overnight straddles two days" },
        { "en", "2018-05-22", "Strikes hit the town this morning.", "this morning", "2018-05-22", 1, DateRole.Event, "the dispatch's day" },
        { "en", "2018-05-22", "Strikes hit the town the day before yesterday.", "the day before yesterday", "2018-05-20", 1, DateRole.Event, "the longest form wins over 'the day before'" },
        { "en", "2018-05-22", "Strikes hit the town last week.", "last week", "2018-05-14..2018-05-20", 2, DateRole.Event, "previous Monday–Sunday week" },
        { "en", "2018-05-22", "Strikes hit the town earlier this week.", "earlier this week", "2018-05-21..2018-05-22", 2, DateRole.Event, "this week up to the reference day" },
        { "en", "2018-05-22", "Strikes hit the town last month.", "last month", "2018-04-01..2018-04-30", 3, DateRole.Event, "previous calendar month" },
        { "en", "2018-05-22", "Strikes hit the town last year.", "last year", "2017-01-01..2017-12-31", 3, DateRole.Background, "previous calendar year, ended more than 45 days before: recalled, not news" },
        { "en", "2018-05-22", "Since the start of the year, strikes have hit the town.", "Since the start of the year", "2018-01-01..2018-05-22", 3, DateRole.PeriodStart, "a period from January 1st" },
        { "en", "2018-05-22", "Strikes hit the town three days ago.", "three days ago", "2018-05-19", 1, DateRole.Event, "exact days ago" },
        { "en", "2018-05-22", "Strikes hit the town two weeks ago.", "two weeks ago", "2018-05-08", 1, DateRole.Event, "exact weeks ago" },
        { "en", "2018-05-22", "The siege began about a month ago.", "about a month ago", "2018-04-20..2018-05-22", 3, DateRole.PeriodStart, "a hedged start of a running period" },
        { "en", "2018-08-10", "The battle for Raqqa, which began on June 6, has killed 1,000 people.", "began on June 6", "2018-06-06..2018-08-10", 3, DateRole.PeriodStart, "'began on' and a date start a period" },
        { "en", "2019-10-13", "The offensive, which began on Wednesday, has killed 60 civilians.", "Wednesday", "2019-10-09..2019-10-13", 2, DateRole.PeriodStart, "a weekday right after a start verb starts a period to the reference day" },
        { "en", "2017-12-20", "Since Dec. 10, strikes have killed 120 civilians.", "Since Dec. 10", "2017-12-10..2017-12-20", 3, DateRole.PeriodStart, "an abbreviated month with its stop, then the day" },
        { "en", "2018-05-22", "Strikes hit the town on May 21, 2018.", "May 21, 2018", "2018-05-21", 1, DateRole.Event, "month, day, comma, year" },
        { "en", "2018-05-22", "Strikes hit the town on 21 May 2018.", "21 May 2018", "2018-05-21", 1, DateRole.Event, "day, month, year" },
        { "en", "2018-05-22", "Strikes hit the town on May 3.", "May 3", "2018-05-03", 1, DateRole.Event, "no year: the dispatch's" },
        { "en", "2018-05-22", "Strikes hit the town on May 1st.", "May 1st", "2018-05-01", 1, DateRole.Event, "ordinal suffix" },
        { "en", "2018-05-22", "Strikes hit the town on Monday, May 21.", "Monday, May 21", "2018-05-21", 1, DateRole.Event, "weekday that agrees with the date" },
        { "en", "2018-05-22", "Strikes hit the town in March.", "March", "2018-03-01..2018-03-31", 3, DateRole.Background, "a month alone after 'in', ended 52 days before: background" },
        { "en", "2020-02-26", "Government forces had seized the village early in February.", "February", "2020-02-01..2020-02-26", 3, DateRole.Event, "the dispatch's own month ends on the dispatch's day, not on days still to come" },
        { "en", "2018-05-22", "Strikes hit the town in April.", "April", "2018-04-01..2018-04-30", 3, DateRole.Event, "the month before, ended 22 days before: still news" },
        { "en", "2018-05-22", "Strikes hit the town in December.", "December", "2017-12-01..2017-12-31", 3, DateRole.Background, "a month after the dispatch's is last year's, five months old: background" },
        { "en", "2018-05-22", "A sarin attack killed hundreds in August 2013.", "August 2013", "2013-08-01..2013-08-31", 3, DateRole.Background, "an old month is background" },
        { "en", "2018-05-22", "The conflict began in 2011 with protests.", "2011", "2011-01-01..2011-12-31", 3, DateRole.Background, "the start of the war is background" },
        { "en", "2018-05-22", "Strikes have hit the town in 2018.", "2018", "2018-01-01..2018-12-31", 3, DateRole.Event, "the current year is an event date, month precision" },
        { "en", "2018-05-22", "Strikes hit the town on 5/21/2018.", "5/21/2018", "2018-05-21", 1, DateRole.Event, "English numeric dates are month first" },
        { "en", "2018-05-22", "Strikes hit the town on 2018-05-21.", "2018-05-21", "2018-05-21", 1, DateRole.Event, "ISO date" },
        { "en", "2018-05-22", "Talks will resume next Monday.", "next Monday", "2018-05-28", 1, DateRole.Future, "'next' looks forward: a day to come, on which nothing told has happened" },
        { "en", "2018-05", FixedMondayEn + "Last week, rebels had fled the town.", "Last week", "2018-05-14..2018-05-20", 2, DateRole.Event, "the text fixes the reference day of a month-only dispatch" },
        { "en", "2018-05", "Strikes hit the town yesterday.", "yesterday", "2018-04-30..2018-05-30", 3, DateRole.Event, "month-only dispatch stays month precision" },
        { "en", "2018-05-22", "Strikes have hit the town since May 3.", "since May 3", "2018-05-03..2018-05-22", 3, DateRole.PeriodStart, "'since' and a date start a period" },
        { "en", null, "Strikes hit the town on May 21, 2018.", "May 21, 2018", "2018-05-21", 1, DateRole.Event, "explicit dates need no dispatch date" },
        { "fr", "2020-01-29", "Depuis la mi-décembre, l'offensive a fait plus de 300 morts.", "Depuis la mi-décembre", "2019-12-01..2020-01-29", 3, DateRole.PeriodStart, "'mi-décembre' is one hyphenated word: a month cue joined to the month (dates.json monthPrefixes)" },
        { "en", "2019-10-09", "The UN Security Council will meet on Thursday to discuss the offensive.", "Thursday", "2019-10-10", 1, DateRole.Future, "after 'will', a weekday is the next such day, not the last (dates.json futureCues)" },
        { "fr", "2019-10-09", "Le Conseil de sécurité doit se réunir jeudi.", "jeudi", "2019-10-10", 1, DateRole.Future, "after 'doit', a weekday is the next such day, not the last" },
        { "en", "2016-12-14", "More than 400 civilians have been killed since mid-November.", "since mid-November", "2016-11-01..2016-12-14", 3, DateRole.PeriodStart, "'mid-November' is one hyphenated word: a month cue joined to the month" },
        { "en", "2025-02-03", "A car bomb exploded on Monday next to a vehicle.", "Monday", "2025-02-03", 1, DateRole.Event, "'next to' is no 'next': the last Monday, not the next (dates.json nextNotBefore)" },
        { "en", "2017-09-06", "In September last year, jets bombed army positions.", "September last year", "2016-09-01..2016-09-30", 3, DateRole.Background, "a year counted back after a month is the month's year: last year's September, background" },
        { "en", "2024-01-18", "In May of last year, a strike killed a dealer.", "May of last year", "2023-05-01..2023-05-31", 3, DateRole.Background, "the same with 'of' between (dates.json yearLinks)" },
        { "fr", "2025-02-03", "En mai de l'année dernière, une frappe a tué huit personnes.", "mai de l'année dernière", "2024-05-01..2024-05-31", 3, DateRole.Background, "the same in French, with 'de'" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Resolves_dates_against_the_dispatch(string lang, string? dispatchDate, string text, string expression, string span, int precision, DateRole role, string why)
    {
        // Given
        var doc = Given.Dispatch(lang, dispatchDate, text);
        // When
        var mentions = Recognizer.Recognize(doc);
        // Then
        var m = Assert.Single(mentions, m => m.Range.Of(text) == expression);
        Assert.True(span == m.Span.ToString(), $"{why}: got {m.Span}");
        Assert.True(precision == (int)m.Span.Precision, $"{why}: precision {m.Span.Precision}");
        Assert.True(role == m.Role, $"{why}: role {m.Role}");
        Assert.StartsWith($"{lang}/dates.json#", m.Rule);
    }

    public static TheoryData<string, string?, string, string, DateProblemKind, string> Problems => new()
    {
        // lang, dispatch date, text, expression, problem, why
        { "fr", "2018-05-22", "Le 31 février 2018, la ville est tombée.", "31 février 2018", DateProblemKind.ImpossibleDate, "February has no 31st" },
        { "fr", "2018-05-22", "Le 29 février 2018, la ville est tombée.", "29 février 2018", DateProblemKind.ImpossibleDate, "2018 is not a leap year" },
        { "fr", "2018-05", "Le 30 février, la ville est tombée.", "30 février", DateProblemKind.ImpossibleDate, "impossible even with the year inferred" },
        { "fr", "2018-05-22", "Mardi 21 mai 2018, la ville est tombée.", "Mardi 21 mai 2018", DateProblemKind.WeekdayMismatch, "21 May 2018 is a Monday" },
        { "fr", null, "Hier, la ville est tombée.", "Hier", DateProblemKind.NoAnchor, "nothing to count back from" },
        { "fr", null, "Le 3 mai, la ville est tombée.", "3 mai", DateProblemKind.NoAnchor, "no year and no dispatch date" },
        { "en", "2018-05-22", "The town fell on February 30, 2018.", "February 30, 2018", DateProblemKind.ImpossibleDate, "February has no 30th" },
        { "en", "2018-05-22", "The town fell on Tuesday, May 21, 2018.", "Tuesday, May 21, 2018", DateProblemKind.WeekdayMismatch, "21 May 2018 is a Monday" },
        { "en", null, "The town fell yesterday.", "yesterday", DateProblemKind.NoAnchor, "nothing to count back from" },
        { "en", "2018-05-22", "The town fell on April 31.", "April 31", DateProblemKind.ImpossibleDate, "April has 30 days" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Reports_bad_dates_as_problems(string lang, string? dispatchDate, string text, string expression, DateProblemKind kind, string why)
    {
        // Given
        var doc = Given.Dispatch(lang, dispatchDate, text);
        // When
        var reading = Recognizer.Read(doc);
        // Then
        var p = Assert.Single(reading.Problems, p => p.Range.Of(text) == expression);
        Assert.True(kind == p.Kind, $"{why}: got {p.Kind}");
        Assert.False(string.IsNullOrWhiteSpace(p.Message), why);
        if (kind == DateProblemKind.WeekdayMismatch)
            Assert.Contains(reading.Mentions, m => m.Span.From == new LocalDate(2018, 5, 21)); // the day of the month wins
        else
            Assert.DoesNotContain(reading.Mentions, m => m.Range.Of(text) == expression);
    }

    [Theory]
    [InlineData("fr", "2018-05", FixedMonday + "Hier, rien.", "2018-05-21", "a month-only dispatch takes the day the text fixes")]
    [InlineData("fr", "2018-05-23", FixedMonday + "Hier, rien.", "2018-05-23", "a day-precise dispatch keeps its own day")]
    [InlineData("fr", "2018-05", "Hier, rien.", null, "nothing fixes the day")]
    [InlineData("en", "2018-05", "On 3 April, strikes. " + FixedMondayEn, "2018-05-21", "a day outside the dispatch month does not fix it")]
    [InlineData("en", null, FixedMondayEn, null, "without a dispatch date there is no reference")]
    public void Infers_the_reference_day(string lang, string? dispatchDate, string text, string? expected, string why)
    {
        // Given
        var doc = Given.Dispatch(lang, dispatchDate, text);
        // When
        var reading = Recognizer.Read(doc);
        // Then
        Assert.True(expected == reading.ReferenceDay?.ToString(), $"{why}: got {reading.ReferenceDay}");
        Assert.Equal(reading.ReferenceDay, RuleDateRecognizer.ReferenceDay(doc, reading.Mentions));
    }
}
