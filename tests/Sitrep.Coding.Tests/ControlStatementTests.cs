using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>
/// Golden control statements: who holds which area, and how much of it. A town inside a governorate is a partial hold
/// unless the text says otherwise; a whole governorate named without a partial cue, or a stated "full control", is full.
/// </summary>
[Collection(GoldenCollection.Name)]
public sealed class ControlStatementTests(GoldenWorld world)
{
    /// <summary>Language, dispatch date, text, expected statements ("area | controller class | share", several joined by " || "), reason.</summary>
    public static readonly TheoryData<string, string, string, string, string> Records = new()
    {
        { "fr", "2018-02-05", "Idlib reste sous le contrôle de Hayat Tahrir al-Sham.", "Idlib | rebels | Partial", "'X reste sous le contrôle de Y': a town is a partial hold of its governorate" },
        { "fr", "2018-02-05", "Manbij est contrôlée par les FDS.", "Manbij | kurds | Partial", "'contrôlée par' names the controller after it" },
        { "en", "2023-09-01", "Manbij is still held by tribal fighters.", "Manbij | other | Partial", "an armed side of no war class (an identity militia) may hold ground" },
        { "fr", "2023-09-01", "Manbij est encore tenue par des combattants tribaux.", "Manbij | other | Partial", "the same in French" },
        { "fr", "2018-02-05", "Manbij est sous le contrôle des Forces démocratiques syriennes.", "Manbij | kurds | Partial", "the controller's words may start inside the cue ('des')" },
        { "en", "2017-10-17", "The Syrian Democratic Forces took full control of Raqqa on Tuesday.", "Raqqa | kurds | Full", "'took full control of': a gain verb before the control noun, stated full" },
        { "fr", "2018-05-21", "Douma, à l'est, Hama, au centre, et de vastes secteurs de Deir ez-Zor restent aux mains des rebelles.", "Douma | rebels | Partial || Hama | rebels | Partial || Deir ez-Zor | rebels | Partial", "a comma and 'et' before an area close a list, not a clause of its own: every area of the list is held" },
        { "en", "2017-10-15", "Troops advanced toward Palmyra, the last Islamic State-held town in the province.", "Palmyra | is | Partial", "a side's name of several words before '-held' ('Islamic State-held'), set after the place by a comma" },
        { "en", "2017-10-17", "Raqqa, the largest city still under Islamic State control, fell to the Syrian Democratic Forces on Tuesday.", "Raqqa | kurds | Partial", "a capture whose taker follows a taker phrase ('fell to') states the taker's hold, and the hold its own sentence told before it ends" },
        { "en", "2017-10-17", "The Syrian Democratic Forces took full control of the IS-held city of Raqqa on Tuesday.", "Raqqa | kurds | Full", "after a capture, 'IS-held' names who held the city until then: no second, stale statement" },
        { "fr", "2018-07-07", "Le régime contrôle désormais plus de 60 % de la province de Deraa.", "Daraa Governorate | gov | Partial", "'plus de 60 %' after the hold verb is a comparative, not 'ne ... plus': a partial hold" },
        { "fr", "2017-11-03", "Le régime a repris vendredi à l'EI le contrôle total de la province de Deir ez-Zor.", "Deir ez-Zor Governorate | gov | Full", "'a repris le contrôle total de la province': full control of a governorate" },
        { "fr", "2018-02-05", "Une partie de la province d'Alep est aux mains des rebelles.", "Aleppo Governorate | rebels | Partial", "'une partie de' makes a governorate a partial hold" },
        { "fr", "2017-06-10", "Les avions de la coalition ont bombardé samedi Raqqa, tenue par l'EI.", "Raqqa | is | Partial", "'tenue par' after a place inside an event sentence" },
        { "fr", "2018-04-14", "Les derniers rebelles ont quitté samedi Douma, désormais aux mains du régime.", "Douma | gov | Partial", "'aux mains du régime': the side that holds the town, not the side that left" },
        { "fr", "2018-02-05", "Il n'y a plus aucune présence rebelle à Douma.", "Douma | gov | Full", "no armed group left: the state holds the town fully" },
        { "fr", "2017-10-17", "Les Forces démocratiques syriennes ont pris mardi le contrôle total de Raqqa, ancienne capitale de l'EI.", "Raqqa | kurds | Full", "'contrôle total' is stated full control, even of a town" },
        { "en", "2018-02-05", "Idlib is under the control of Hayat Tahrir al-Sham.", "Idlib | rebels | Partial", "'X is under the control of Y'" },
        { "fr", "2017-02-23", "Au sud de Homs, les forces du régime se trouvent désormais près de Palmyre, une localité toujours tenue par l'EI.", "Palmyra | is | Partial", "a cue after a short phrase set after a place by a comma ('Palmyre, une localité toujours tenue par') holds that place alone, not the other places of the clause" },
        { "fr", "2017-10-20", "Les FDS contrôlent désormais Raqqa et la plupart des localités tenues par l'EI.", "Raqqa | kurds | Partial", "a place a hold verb gives one side ('Les FDS contrôlent Raqqa') is not also put under the side of a later 'tenues par' (IS holds the localities)" },
        { "en", "2017-10-20", "The SDF now control Raqqa and most villages held by IS.", "Raqqa | kurds | Partial", "the same in English: Raqqa is the SDF's, not IS's" },
        { "en", "2018-04-01", "The deal brought most of the region back under regime control, leaving only Douma in rebel hands.", "Douma | rebels | Full", "'control' inside a slot cue ('under regime control') is a noun, not a hold verb giving the regime Douma" },
        { "fr", "2016-08-25", "Des barils d'explosifs ont tué onze personnes, dont cinq enfants, dans le quartier rebelle de Bab Touma.", "Bab Touma | rebels | Partial", "a side's adjective after a holder noun ('le quartier rebelle de') names who holds the place after it (a comma before it sets off no place it would describe)" },
        { "en", "2018-04-01", "The army seized the rebel stronghold of Douma.", "Douma | gov | Partial", "after a capture in the sentence, 'the rebel stronghold of' names who held the town until then: only the capture's hold is stated" },
        { "fr", "2019-05-09", "Les raids ont visé Maarat al-Nouman, principal bastion rebelle de la province d'Idleb.", "Maarat al-Numan | rebels | Partial", "set after a place by a comma, 'bastion rebelle de' describes that place; the province after it only says where it lies" },
        { "en", "2019-05-09", "Jets struck Khan Shaykhun, the main rebel stronghold of Idlib province.", "Khan Shaykhun | rebels | Partial", "the same in English" },
        { "en", "2014-03-11", "Homs was calm. Shells fell on Homs. Fighting raged in Aleppo as a barrel bomb hit an opposition area of the city.", "Aleppo | rebels | Partial", "'the city' names again the town named before it in its own sentence, not the one the dispatch names most" },
        { "en", "2017-11-01", "Jets struck Deir ez-Zor. The regime forces imposed their full control over three neighborhoods in the city.", "Deir ez-Zor | gov | Partial", "full control of some quarters of a town is a partial hold of the town" },
        { "en", "2016-02-16", "Jets struck the rebel stronghold of Douma on Tuesday.", "Douma | rebels | Partial", "the same in English, the adjective before the noun ('the rebel stronghold of')" },
        { "en", "2017-02-23", "East of Aleppo, government forces are now a few kilometres from Manbij, a town still held by IS.", "Manbij | is | Partial", "the same in English ('Manbij, a town still held by')" },
        { "en", "2018-02-05", "Manbij is under the control of the SDF.", "Manbij | kurds | Partial", "'X is under the control of the SDF'" },
        { "en", "2017-11-03", "The regime regained full control of Deir ez-Zor province from the Islamic State on Friday.", "Deir ez-Zor Governorate | gov | Full", "'the regime regained full control of X province'" },
        { "en", "2018-02-05", "Deir ez-Zor province is under the full control of the regime.", "Deir ez-Zor Governorate | gov | Full", "'under the full control of' a governorate" },
        { "en", "2018-02-05", "Part of Aleppo province is held by rebels.", "Aleppo Governorate | rebels | Partial", "'part of' makes a governorate a partial hold" },
        { "en", "2017-06-10", "Coalition warplanes struck the IS-held city of Raqqa on Saturday.", "Raqqa | is | Partial", "'IS-held': the compound's first part names the controller" },
        { "en", "2017-06-10", "Raqqa remains IS-held.", "Raqqa | is | Partial", "'IS-held' after the place it qualifies" },
        { "en", "2018-04-14", "The last rebels withdrew from Douma on Saturday, which is now held by the regime.", "Douma | gov | Partial", "'held by the regime': the side that holds the town, not the side that left" },
        { "en", "2018-02-05", "There is no longer any presence of rebels in Douma.", "Douma | gov | Full", "no armed group left: the state holds the town fully" },
        { "fr", "2016-12-22", "Les rebelles ne contrôlent plus que la province d'Idlib et quelques poches autour de Homs.", "Idlib Governorate | rebels | Full || Homs | rebels | Partial", "'ne contrôlent plus que' is 'only hold', not a negation: every area after the verb" },
        { "fr", "2020-03-07", "HTS et des groupes rebelles contrôlent encore la moitié de la province d'Idlib.", "Idlib Governorate | rebels | Partial", "a present hold verb after its subject ('encore' between); 'la moitié de' makes it partial" },
        { "fr", "2018-02-05", "Les FDS, qui tiennent Raqqa, ont attaqué Deir ez-Zor.", "Raqqa | kurds | Partial", "'qui tiennent' after a comma: the side before the relative pronoun holds the town" },
        { "en", "2017-04-04", "The government controls most of Hama province, while the Syrian Democratic Forces hold Raqqa.", "Hama Governorate | gov | Partial || Raqqa | kurds | Partial", "two hold statements split at 'while'; a government named as a speaker may hold ground; 'most of' is partial" },
        { "en", "2018-02-05", "Rebels still hold Daraa.", "Daraa | rebels | Partial", "'still' may stand between the side and its hold verb" },
        { "fr", "2018-04-14", "Les rebelles conservent une partie des provinces de Daraa et de Hama, dans le sud.", "Daraa Governorate | rebels | Partial || Hama | rebels | Partial", "'conserver' holds; 'provinces de' makes the first name a governorate; 'dans le sud' after a comma only says where they lie" },
        { "fr", "2018-04-14", "Les Forces démocratiques syriennes tiennent l'essentiel du nord-est.", "north-east of Syria | kurds | Partial", "a bare 'nord-est' after a determiner is that part of the country in focus" },
        { "en", "2018-03-10", "Faylaq al-Rahman and Jaish al-Islam, the two main rebel groups in the Ghouta, still control the towns of Douma and Hama.", "Douma | rebels | Partial || Hama | rebels | Partial", "an apposition between commas may stand between the side and its hold verb" },
        { "fr", "2018-07-12", "Le régime contrôle désormais près de 80 % de la province de Daraa.", "Daraa Governorate | gov | Partial", "a share in per cent of a governorate is a part of it" },
        { "fr", "2016-12-22", "Les rebelles ne contrôlent plus que quelques poches dans le sud, près de Daraa.", "Daraa | rebels | Partial", "'dans le sud, près de Daraa': the part of the country is said by the town beside it; it is no area of its own" },
        { "en", "2017-04-16", "Rebels control all of Idlib province apart from Manbij and Douma.", "Idlib Governorate | rebels | Full", "what follows 'apart from' is not held by the side" },
        { "fr", "2020-01-29", "Le régime ne contrôle plus que quelques localités de la province d'Idlib, dont Maarat al-Numan.", "Idlib Governorate | gov | Partial || Maarat al-Numan | gov | Partial", "'quelques localités de' makes the governorate a part, not the whole" },
        { "fr", "2018-04-14", "La province de Hama reste aux mains du gouvernement.", "Hama Governorate | gov | Full", "a government named as a speaker may hold ground ('aux mains du gouvernement')" },
        { "en", "2016-03-27", "Islamic State still holds Raqqa and most of Deir ez-Zor province in the east of the country.", "Raqqa | is | Partial || Deir ez-Zor Governorate | is | Partial", "a part of the country right after an area says where it lies; it is not a third area" },
        { "fr", "2019-05-28", "La région d'Idlib est dominée par Hayat Tahrir al-Cham.", "Idlib Governorate | rebels | Full", "'dominée par' names who holds the area" },
        { "en", "2018-04-14", "The Syrian Democratic Forces hold most of the northeast.", "north-east of Syria | kurds | Partial", "a bare 'northeast' after 'the' is that part of the country in focus" },
        { "fr", "2019-03-01", "Des combats ont éclaté à Manbij. L'EI contrôle désormais plusieurs quartiers de la ville.", "Manbij | is | Partial", "'la ville' names again the town of the sentence before" },
        { "en", "2019-03-01", "Heavy fighting was reported in Daraa. Rebels now hold the southern half of the city.", "Daraa | rebels | Partial", "'the city' names again the town of the sentence before" },
        { "fr", "2019-03-08", "Des combats ont repris à Khan Cheikhoun. Le village reste aux mains des jihadistes de l'EI.", "Khan Shaykhun | is | Partial", "'le village' names again the town of the sentence before" },
        { "en", "2019-03-08", "Fighting resumed in Khan Shaykhun. The village remains in Islamic State hands.", "Khan Shaykhun | is | Partial", "'in {side} hands': the side is named inside the cue (control.json slot_under)" },
        { "en", "2016-08-29", "The truce left Manbij in rebel hands.", "Manbij | rebels | Partial", "a holder adjective alone fills the slot of 'in {side} hands'" },
        { "en", "2016-10-11", "Manbij has been under YPG control since August.", "Manbij | kurds | Partial", "'under {side} control' with the side inside the cue" },
        { "fr", "2019-03-08", "La province de Deir Ezzor est contrôlée en majorité par les FDS.", "Deir ez-Zor Governorate | kurds | Partial", "an adverb inside the cue (control.json under_adverbs) makes the governorate a part" },
        { "en", "2017-04-04", "Idlib province is largely controlled by rebels.", "Idlib Governorate | rebels | Partial", "a partial word between the area and its cue makes the governorate a part" },
        { "fr", "2019-03-08", "La province de Deir Ezzor est contrôlée en majorité par les FDS, tandis que Palmyre est tenue par le régime.", "Deir ez-Zor Governorate | kurds | Partial || Palmyra | gov | Partial", "after 'tandis que' a cue takes no area of the clause before it" },
        { "fr", "2019-03-01", "Hayat Tahrir al-Cham (HTS) contrôle la majeure partie de la province d'Idleb.", "Idlib Governorate | rebels | Partial", "the side's acronym in brackets may stand between it and its hold verb" },
        { "en", "2019-03-01", "The Syrian Democratic Forces (SDF) hold most of Raqqa province.", "Raqqa Governorate | kurds | Partial", "the side's acronym in brackets may stand between it and its hold verb" },
        { "fr", "2019-03-01", "Les FDS, qui tiennent près d'un quart du pays, dont l'essentiel des provinces de Raqqa et de Deir ez-Zor, ont lancé une offensive.", "Raqqa Governorate | kurds | Partial || Deir ez-Zor | kurds | Partial", "a relative clause's list of parts after ', dont' is still held by the side" },
        { "en", "2019-03-01", "The rebels, who control a large pocket in the north, including Idlib and Khan Shaykhun, rejected the deal.", "Idlib | rebels | Partial || Khan Shaykhun | rebels | Partial", "a relative clause's list of parts after ', including' is still held by the side" },
        { "fr", "2019-03-01", "Les rebelles contrôlent désormais la capitale.", "Damascus | rebels | Full", "'la capitale' is an area a hold verb's list takes, not the end of the list" },
        { "fr", "2019-03-01", "Les rebelles ont fui Douma vers Manbij, contrôlée par la Turquie.", "Manbij | turkey | Partial", "a participle right after a place qualifies that place only, not the town left" },
        { "en", "2019-03-01", "Civilians fled Hama for Idlib, held by rebels.", "Idlib | rebels | Partial", "a participle right after a place qualifies that place only, not the town left" },
        { "fr", "2019-03-01", "Khan Cheikhoun, où s'étaient réfugiés des déplacés de Hama, est désormais aux mains du régime.", "Khan Shaykhun | gov | Partial", "a place inside a relative clause between commas locates the subject; it is not held" },
        { "en", "2019-03-01", "Government forces took control of Khan Shaykhun and Maarat al-Numan.", "Khan Shaykhun | gov | Partial || Maarat al-Numan | gov | Partial", "every area listed after 'took control of' is taken, not only the first" },
        { "fr", "2019-03-01", "Les FDS ont pris le contrôle de Manbij et de Raqqa.", "Manbij | kurds | Partial || Raqqa | kurds | Partial", "every area listed after 'pris le contrôle de' is taken, not only the first" },
        { "en", "2019-03-01", "Regime forces restore full control of Palmyra", "Palmyra | gov | Full", "a headline's 'restore full control of' is a gain" },
        { "en", "2019-03-01", "The army announces its full control of Deir ez-Zor city", "Deir ez-Zor | gov | Full", "a headline's 'announces its full control of' is a gain" },
        { "fr", "2019-03-01", "L'armée a rétabli son contrôle sur Palmyre.", "Palmyra | gov | Partial", "'rétablir son contrôle sur' is a gain" },
        { "fr", "2019-03-01", "Le régime a repris la totalité de Palmyre.", "Palmyra | gov | Full", "'reprendre la totalité de' takes the whole area" },
        { "fr", "2019-03-01", "L'EI tient toujours l'essentiel de la province de Raqqa et une partie du désert de Homs.", "Raqqa Governorate | is | Partial || Homs Governorate | is | Partial", "'une partie du' makes the second area of the list partial too" },
        { "fr", "2019-03-01", "Le régime a repris le contrôle total de Homs et de la moitié de la province de Hama.", "Homs | gov | Full || Hama Governorate | gov | Partial", "a share word inside the list is its area's: 'la moitié de' outweighs the stated full control of the first" },
        { "fr", "2019-03-01", "Khan Cheikhoun, à une vingtaine de kilomètres au sud de Maaret al-Noomane, est tombée aux mains des rebelles.", "Khan Shaykhun | rebels | Partial", "a distance and bearing from a town in apposition says where the area lies; it is no area of its own" },
        { "en", "2019-03-01", "The army announced full control of Homs and its countryside.", "Homs | gov | Full", "'its countryside' after another town is that town's, not the capital's province" },
        { "en", "2019-03-01", "The SDF control most of Raqqa province, and their leader met officials from the government in Damascus.", "Raqqa Governorate | kurds | Partial", "a place named far after the last held area, in another clause, is not held" },
        { "en", "2020-01-29", "Government forces recaptured the town of Maarat al-Numan.", "Maarat al-Numan | gov | Partial", "a capture coded as an event: its named taker holds the town from that day" },
        { "fr", "2020-01-29", "Les rebelles ont pris la ville de Khan Cheikhoun.", "Khan Shaykhun | rebels | Partial", "a capture coded as an event: its named taker holds the town from that day" },
        { "fr", "2024-12-08", "Des groupes armés locaux ont pris le contrôle de la quasi-totalité de la province de Deraa.", "Daraa Governorate | rebels | Partial", "'la quasi-totalité de' is a part, not the whole (control.json partial); local armed groups are an unidentified armed group" },
        { "en", "2024-12-08", "Local armed groups took control of almost all of Daraa province.", "Daraa Governorate | rebels | Partial", "'almost all of' is a part, not the whole" },
        { "fr", "2020-01-29", "Maarat al-Nouman, tenue par les rebelles depuis 2012, a été reprise par l'armée syrienne.", "Maarat al-Numan | gov | Partial", "who held the place, told in the capture's sentence, is whom it was taken from: the taker holds it now" },
        // session 18
        { "en", "2015-04-26", "Insurgents seize Syrian town\n\nAn alliance of insurgents including the Nusra Front seized the town of Khan Shaykhun in Idlib province.", "Khan Shaykhun | rebels | Partial", "a headline's capture word too far from the side named in the body: the body's own capture verb, with the place as its object, states the hold" },
        { "en", "2016-08-14", "Syrian town retaken\n\nBEIRUT (Reuters) - Government forces managed to recapture the town of Khan Shaykhun in Idlib province, a monitor said.", "Khan Shaykhun | gov | Partial", "'managed to' before the capture verb tells it happened (control.json capture_successes)" },
        { "fr", "2016-08-14", "Une ville syrienne reprise\n\nBEYROUTH (AFP) - Les forces gouvernementales sont parvenues à reprendre la ville de Khan Cheikhoun, dans la province d'Idleb.", "Khan Shaykhun | gov | Partial", "the same with 'sont parvenues à'" },
        { "fr", "2015-06-16", "Les YPG ont pris mardi le contrôle total de Manbij. La prise de Manbij prive l'EI de son principal point de passage avec la Turquie.", "Manbij | kurds | Full", "a side named after a capture noun, not as its agent ('par'), is no taker: the object of another verb ('prive l'EI de')" },
        { "en", "2019-10-13", "The Syrian Democratic Forces have controlled Manbij since 2016.", "Manbij | kurds | Partial", "a present perfect of a hold verb ('have controlled', control.json perfect_holds) states a hold that goes on" },
        { "en", "2016-11-27", "The Kurdish YPG militia has held the Sheikh Maqsoud district since 2012.", "Sheikh Maqsoud | kurds | Partial", "the same with 'has held'" },
        { "fr", "2015-07-12", "Les combats se poursuivent à Manbij, contrôlée depuis 2012 par des rebelles.", "Manbij | rebels | Partial", "the start of a period inside a two-word cue ('contrôlée depuis 2012 par') still names the controller" },
        { "en", "2015-07-12", "Fighting went on in Manbij, held since 2012 by rebel factions.", "Manbij | rebels | Partial", "the same with 'held since 2012 by'" },
        { "fr", "2018-07-06", "Les forces du régime ont repris vendredi Manbij, tenue depuis avril 2015 par les rebelles.", "Manbij | gov | Partial", "after a capture in the sentence, a hold since a date names who held the town until then" },
    };

    /// <summary>Language, dispatch date, text, reason: sentences that state no control.</summary>
    public static readonly TheoryData<string, string, string, string> NoStatements = new()
    {
        { "en", "2018-12-15", "In October, IS fighters seized several hundred people from a camp near Raqqa, and many are still believed to be held by IS.", "a comma and 'and' open a clause of its own: the people it says are held are not Raqqa" },
        { "fr", "2016-08-25", "Un attentat a fait cinq morts dans la ville kurde de Manbij.", "a people's adjective ('la ville kurde de') says who lives there, not who holds it" },
        { "fr", "2019-05-09", "Les raids ont visé l'ancien bastion rebelle de Douma.", "'ancien' before the holder noun: the rebels held Douma once, not now" },
        { "fr", "2018-02-05", "Le régime ne contrôle plus Palmyre.", "'ne contrôle plus' without 'que' says the side lost the town" },
        { "en", "2018-02-05", "The army no longer holds Palmyra.", "'no longer' between the side and the verb: a loss, not a hold" },
        { "en", "2018-02-05", "The regime held talks in Ankara.", "a past form of 'hold' is no statement of control, and Ankara is outside the country in focus" },
        { "fr", "2018-02-05", "Les rebelles contrôlaient Homs en 2012.", "the imperfect tells who held the town then, not as of the dispatch" },
        { "en", "2022-01-26", "The Syrian Democratic Forces hold a prison in northeast Syria.", "a whole country is no area a side holds in a dispatch about it" },
        { "en", "2018-02-05", "The rebels control the situation, officials in Damascus said.", "the first place after the verb is more than ten words away" },
        { "en", "2019-03-01", "Rebels freed five soldiers held by the SDF near Hama.", "'held by' after a noun of people says who holds them, not an area" },
        { "fr", "2019-03-01", "Les otages aux mains de l'EI à Raqqa ont été libérés.", "'aux mains de' after a noun of people says who holds them, not an area" },
        { "en", "2011-03-23", "Syrian security forces stormed the Omari mosque in Daraa on Wednesday.", "a building stormed is no ground taken: no control statement" },
        { "en", "2019-03-01", "The prisoners held by the SDF in Raqqa will be tried.", "'held by' after a noun of people says who holds them, not an area" },
        { "en", "2019-03-01", "IS-held hostages in Raqqa were freed.", "an 'IS-held' compound before a noun of people says who holds them, not an area" },
        { "fr", "2019-03-01", "La coalition rebelle, dominée par des jihadistes, a attaqué Hama.", "'dominée par' after a group says who leads it, not who holds an area" },
        { "en", "2019-03-01", "The alliance, dominated by Hayat Tahrir al-Sham, shelled Idlib.", "'dominated by' after a group says who leads it, not who holds an area" },
        { "fr", "2019-03-01", "Les Forces démocratiques syriennes (FDS), dominées par les Kurdes, ont repoussé l'EI près de Raqqa.", "'dominées par' after a side (and its acronym) says who leads it, not who holds an area" },
        { "fr", "2019-03-01", "Des renforts venus de la rive orientale, tenue par les FDS, sont arrivés près de Raqqa.", "a participle after a noun that is no place does not reach a place named later" },
        { "en", "2019-03-01", "Convoys from the eastern bank, held by the SDF, reached Deir ez-Zor.", "a participle after a noun that is no place does not reach a place named later" },
        { "en", "2019-03-01", "The army announced it had lost control of Palmyra.", "a loss verb between the gain verb and 'control' is no gain" },
        { "fr", "2019-03-01", "Le régime a annoncé avoir perdu le contrôle de Palmyre.", "a loss verb between the gain verb and 'contrôle' is no gain" },
        { "fr", "2019-03-01", "Le régime a pris la totalité des armes stockées à Hama.", "'la totalité de' takes only the area right after it" },
        { "en", "2019-10-14", "Turkish-backed rebels seized Manbij as the Kurds turned to Damascus.", "one capture word coded at two places leaves unsure which was taken: no hold is read from it" },
        { "en", "2019-10-16", "Kurdish forces withdrew from Manbij.", "a withdrawal says who left, not who holds the town" },
        { "en", "2017-08-16", "The SDF holds the capital of the self-styled caliphate.", "'the capital of' another entity is not the country's capital (control.json capital_blockers)" },
        { "fr", "2017-08-16", "Les FDS tiennent la capitale de facto du califat.", "'la capitale de' another entity is not the country's capital" },
        { "fr", "2019-03-08", "La province de Deir Ezzor est disputée, tandis que la rive ouest est tenue par le régime.", "a cue after 'tandis que' takes no area of the clause before it (control.json contrasts)" },
        { "en", "2019-03-08", "Fighting goes on in Hama province, while the western bank is held by the army.", "a cue after 'while' takes no area of the clause before it" },
        { "en", "2021-01-13", "ANKARA (Reuters) - Positions held by militias were hit overnight.", "a place abroad (the dateline's Ankara) is no area a side holds in the country in focus" },
        // session 18
        { "en", "2016-08-14", "Syrian town retaken\n\nBEIRUT (Reuters) - Government forces are trying to recapture the town of Khan Shaykhun in Idlib province, a monitor said.", "an attempt ('trying to recapture') states no hold (control.json capture_guards)" },
        { "fr", "2016-08-14", "Une ville syrienne reprise\n\nBEYROUTH (AFP) - Les forces gouvernementales ont tenté de reprendre la ville de Khan Cheikhoun, dans la province d'Idleb.", "the same with 'ont tenté de reprendre'" },
        { "en", "2016-11-27", "The rebels had held Manbij since 2012.", "the pluperfect ('had held') tells a hold that has ended: not a present perfect" },
        { "en", "2015-04-26", "Khan Shaykhun had remained in government hands throughout the war.", "'had remained' before a hold cue tells a hold that has ended (control.json past_tense_holds)" },
        { "fr", "2015-04-26", "Homs était restée aux mains de l'armée pendant toute la guerre.", "'était restée' before a hold cue tells a hold that has ended, as 'était' does" },
    };

    [Theory]
    [MemberData(nameof(NoStatements))]
    public void Sentence_states_no_control(string lang, string date, string text, string why)
    {
        // Given a sentence whose hold verb is negated, in the past, a noun, or far from any place

        // When
        var doc = world.Run(lang, date, text);

        // Then no control statement is read
        Assert.True(doc.Control!.Count == 0, $"{why}\nread: {string.Join(" || ", doc.Control!.Select(c => $"{c.Area} | {world.ClassOf(c.Controller)} | {c.Share}"))}");
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Dispatch_states_who_holds_the_area(string lang, string date, string text, string expected, string why)
    {
        // Given
        var want = expected.Split("||", StringSplitOptions.TrimEntries).ToList();

        // When
        var doc = world.Run(lang, date, text);
        var got = doc.Control!.Select(c => $"{c.AreaPlace?.Name ?? c.Area} | {world.ClassOf(c.Controller)} | {c.Share}").ToList();

        // Then
        Assert.True(want.SequenceEqual(got), $"{why}\nexpected: {string.Join(" || ", want)}\nread:     {string.Join(" || ", got)}");
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Control_statement_rests_on_evidence_inside_the_text(string lang, string date, string text, string expected, string why)
    {
        // Given a golden control statement

        // When
        var doc = world.Run(lang, date, text);

        // Then area, controller and share each rest on a range of the text read by a named rule, and the date is the dispatch's
        Assert.Equal(expected.Split("||").Length, doc.Control!.Count);
        foreach (var c in doc.Control!)
        {
            foreach (var v in c.Evidence)
                Assert.True(new TextRange(0, text.Length).Contains(v.Range) && !v.Range.IsEmpty && !string.IsNullOrWhiteSpace(v.Rule),
                    $"{why}: {v.Field} evidence {v.Range} '{(new TextRange(0, text.Length).Contains(v.Range) ? v.Range.Of(text) : "?")}' is outside the text or names no rule");
            Assert.Equal(["area", "controller", "share"], c.Evidence.Select(v => v.Field).Distinct().Order());
            Assert.NotNull(c.AsOf);
            Assert.Equal(DispatchDate.Parse(date).Value!.Latest, c.AsOf!.To);
        }
    }
    /// <summary>Language, dispatch date, text, expected statements ("area | controller class | share | as of", several joined by " || "), reason.</summary>
    public static readonly TheoryData<string, string, string, string, string> EndedHolds = new()
    {
        { "fr", "2024-12-11", "A Deir ez-Zor, les combattants de HTS ont pris le contrôle de la ville, jusque-là tenue par les FDS.", "Deir ez-Zor | kurds | Partial | 2024-12-10 || Deir ez-Zor | rebels | Partial | 2024-12-11", "'jusque-là tenue par' names who held the town until the capture ('la ville' is the town its own sentence named): held the day before, not now" },
        { "fr", "2018-02-05", "L'armée a pris lundi le contrôle de Douma. La ville était aux mains des rebelles depuis des mois.", "Douma | gov | Partial | 2018-02-05 || Douma | rebels | Partial | 2018-02-04", "a hold told in the imperfect ('était aux mains de', control.json past_tense_holds) has ended: it held until the day before the capture, not now" },
        { "en", "2018-02-05", "The army took control of Douma on Monday. The town had been in the hands of the rebels for months.", "Douma | gov | Partial | 2018-02-05 || Douma | rebels | Partial | 2018-02-04", "the same with the pluperfect ('had been in the hands of')" },
        { "fr", "2018-02-05", "La ville de Douma était aux mains des rebelles depuis des mois.", "", "an ended hold the dispatch neither dates nor sees end is stated nowhere: not as of the filing day" },
        { "fr", "2018-07-06", "Les forces du régime ont repris vendredi Manbij. La ville était tenue depuis avril 2015 par les rebelles.", "Manbij | rebels | Partial | 2018-07-05 || Manbij | gov | Partial | 2018-07-06", "a dated ended hold runs from its start to the day before the capture" },
        { "en", "2018-07-06", "Manbij had been held by rebels since 2012.", "Manbij | rebels | Partial | 2012-12-31", "an ended hold dated only by its start held through the period that start names" },
    };

    [Theory]
    [MemberData(nameof(EndedHolds))]
    public void An_ended_hold_is_stated_as_of_the_days_it_held(string lang, string date, string text, string expected, string why)
    {
        // Given a dispatch that tells a hold in a past tense
        var want = expected.Split("||", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

        // When
        var doc = world.Run(lang, date, text);
        var got = doc.Control!.Select(c => $"{c.AreaPlace?.Name ?? c.Area} | {world.ClassOf(c.Controller)} | {c.Share} | {c.AsOf?.To:yyyy-MM-dd}").ToList();

        // Then it is stated as of a day it held, before the change of hands, never as of the filing day
        Assert.True(want.SequenceEqual(got), $"{why}\nexpected: {string.Join(" || ", want)}\nread:     {string.Join(" || ", got)}");
    }

    [Theory]
    [InlineData("fr", "2018-07-08", "Les forces gouvernementales ont pris samedi le contrôle de Deraa. Les FDS contrôlent la province de Raqqa.", "Raqqa", "2018-07-08", "a hold told in the present is as of the day the dispatch was filed, not of a day another sentence named")]
    [InlineData("fr", "2018-07-08", "Les forces gouvernementales ont pris samedi le contrôle de Deraa. Les FDS contrôlent la province de Raqqa.", "Deraa", "2018-07-07", "a sentence that dates its own change of hands is as of that day")]
    public void Control_is_as_of_its_sentence_or_the_filing_day(string lang, string date, string text, string area, string asOf, string why)
    {
        // Given a dispatch whose sentences tell one change of hands on a named day and one present hold
        // When
        var doc = world.Run(lang, date, text);
        // Then each statement is dated by its own sentence, else by the dispatch's day
        var c = doc.Control!.FirstOrDefault(x => x.Area.Contains(area));
        Assert.True(c?.AsOf is not null && c.AsOf.To.ToString("yyyy-MM-dd", null) == asOf, $"{why}: got {c?.AsOf?.To}");
    }
}
