using Sitrep.Core.Model;
using Sitrep.Text.Numbers;

namespace Sitrep.Text.Tests.Numbers;

public class QuantityRecognizerTests
{
    private static readonly RuleQuantityRecognizer Recognizer = new();

    public static TheoryData<string, string, string, long, long, long, QuantityQualifier, string> Figures => new()
    {
        // lang, text, figure as written, low, best, high, qualifier, why
        { "fr", "Il y a 1 600 combattants.", "1 600", 1600, 1600, 1600, QuantityQualifier.Exact, "groups of three digits joined across a space" },
        { "fr", "Il y a 1\u202F600 combattants.", "1\u202F600", 1600, 1600, 1600, QuantityQualifier.Exact, "a narrow no-break space separates thousands" },
        { "fr", "Il y a 1\u00A0600 combattants.", "1\u00A0600", 1600, 1600, 1600, QuantityQualifier.Exact, "a no-break space separates thousands" },
        { "fr", "Il y a 1.600 combattants.", "1.600", 1600, 1600, 1600, QuantityQualifier.Exact, "a dot before three digits separates thousands" },
        { "fr", "La ville compte 1 500 000 habitants.", "1 500 000", 1500000, 1500000, 1500000, QuantityQualifier.Exact, "several groups of three digits" },
        { "fr", "Ils sont 2,5 millions à avoir fui.", "2,5 millions", 2500000, 2500000, 2500000, QuantityQualifier.Exact, "a decimal comma before a multiplier word" },
        { "fr", "Trois soldats sont morts.", "Trois", 3, 3, 3, QuantityQualifier.Exact, "a unit word" },
        { "fr", "On compte vingt-cinq morts.", "vingt-cinq", 25, 25, 25, QuantityQualifier.Exact, "a hyphenated tens-and-unit word" },
        { "fr", "On compte quatre-vingt-dix morts.", "quatre-vingt-dix", 90, 90, 90, QuantityQualifier.Exact, "quatre-vingt is 80, not 4 + 20" },
        { "fr", "On compte quatre-vingts morts.", "quatre-vingts", 80, 80, 80, QuantityQualifier.Exact, "the plural form of quatre-vingt" },
        { "fr", "On compte soixante-dix morts.", "soixante-dix", 70, 70, 70, QuantityQualifier.Exact, "soixante-dix is 60 + 10" },
        { "fr", "On compte dix-sept morts.", "dix-sept", 17, 17, 17, QuantityQualifier.Exact, "dix-sept is 10 + 7" },
        { "fr", "On compte vingt et un morts.", "vingt et un", 21, 21, 21, QuantityQualifier.Exact, "'et' joins tens and one across tokens" },
        { "fr", "On compte deux cents morts.", "deux cents", 200, 200, 200, QuantityQualifier.Exact, "cent multiplies what precedes it" },
        { "fr", "On compte deux cent cinquante morts.", "deux cent cinquante", 250, 250, 250, QuantityQualifier.Exact, "hundreds then tens" },
        { "fr", "On compte trois mille morts.", "trois mille", 3000, 3000, 3000, QuantityQualifier.Exact, "mille multiplies what precedes it" },
        { "fr", "Il y a une soixantaine de civils.", "une soixantaine", 55, 60, 65, QuantityQualifier.Approximate, "-aine words are approximations around their number" },
        { "fr", "Il y a une dizaine de blessés.", "une dizaine", 8, 10, 12, QuantityQualifier.Approximate, "une dizaine is about ten" },
        { "fr", "Il y a une vingtaine de blessés.", "une vingtaine", 18, 20, 24, QuantityQualifier.Approximate, "une vingtaine is about twenty" },
        { "fr", "Il y a des centaines de soldats.", "des centaines", 100, 100, 999, QuantityQualifier.Vague, "ACLED codes 'hundreds' as 100" },
        { "fr", "Il y a des milliers de soldats.", "des milliers", 1000, 1000, 9999, QuantityQualifier.Vague, "thousands as 1000, up to 9999" },
        { "fr", "Il y a des dizaines de soldats.", "des dizaines", 12, 12, 99, QuantityQualifier.Vague, "des dizaines read like 'dozens': 12" },
        { "fr", "On compte près de 600 morts.", "près de 600", 540, 600, 600, QuantityQualifier.Approximate, "'près de' is just under the figure" },
        { "fr", "On compte environ 300 morts.", "environ 300", 270, 300, 330, QuantityQualifier.Approximate, "'environ' is ten per cent either side" },
        { "fr", "On compte au moins 16 morts.", "au moins 16", 16, 16, 16, QuantityQualifier.AtLeast, "'au moins' is a floor; the text gives no ceiling, so high is the figure" },
        { "fr", "On compte plus de 100 morts.", "plus de 100", 100, 100, 100, QuantityQualifier.AtLeast, "ACLED keeps the stated figure as best" },
        { "fr", "On compte jusqu'à 30 morts.", "jusqu'à 30", 15, 30, 30, QuantityQualifier.AtMost, "'jusqu'à' is a ceiling" },
        { "fr", "On compte moins de 10 morts.", "moins de 10", 5, 10, 10, QuantityQualifier.AtMost, "'moins de' is a ceiling" },
        { "fr", "Près d'une centaine de civils ont fui.", "Près d'une centaine", 90, 100, 110, QuantityQualifier.Approximate, "a hedge before an approximation keeps the wider bounds" },
        { "en", "There were 1,600 fighters.", "1,600", 1600, 1600, 1600, QuantityQualifier.Exact, "comma thousands separator" },
        { "en", "Some 1.5 million people fled.", "Some 1.5 million", 1350000, 1500000, 1650000, QuantityQualifier.Approximate, "decimal point before a multiplier, hedged" },
        { "en", "More than 230,000 people died.", "More than 230,000", 230000, 230000, 230000, QuantityQualifier.AtLeast, "hedge on a separated figure" },
        { "en", "Sixteen people died.", "Sixteen", 16, 16, 16, QuantityQualifier.Exact, "a teen word" },
        { "en", "Twenty-one people died.", "Twenty-one", 21, 21, 21, QuantityQualifier.Exact, "hyphenated tens and unit" },
        { "en", "Two hundred people died.", "Two hundred", 200, 200, 200, QuantityQualifier.Exact, "hundred multiplies" },
        { "en", "Two hundred and ten people died.", "Two hundred and ten", 210, 210, 210, QuantityQualifier.Exact, "'and' inside a figure" },
        { "en", "A hundred people died.", "A hundred", 100, 100, 100, QuantityQualifier.Exact, "'a' counts as one before a multiplier" },
        { "en", "Three thousand people fled.", "Three thousand", 3000, 3000, 3000, QuantityQualifier.Exact, "thousand multiplies" },
        { "en", "Dozens of fighters died.", "Dozens", 12, 12, 99, QuantityQualifier.Vague, "ACLED codes 'dozens' as 12" },
        { "en", "Scores of fighters died.", "Scores", 20, 20, 99, QuantityQualifier.Vague, "a score is twenty" },
        { "en", "Hundreds of fighters died.", "Hundreds", 100, 100, 999, QuantityQualifier.Vague, "ACLED codes 'hundreds' as 100" },
        { "en", "Thousands of people fled.", "Thousands", 1000, 1000, 9999, QuantityQualifier.Vague, "thousands as 1000" },
        { "en", "Tens of thousands of people fled.", "Tens of thousands", 10000, 10000, 99999, QuantityQualifier.Vague, "the longest approximation wins" },
        { "en", "A dozen people died.", "A dozen", 10, 12, 14, QuantityQualifier.Approximate, "a dozen is about twelve" },
        { "en", "At least 16 people died.", "At least 16", 16, 16, 16, QuantityQualifier.AtLeast, "'at least' is a floor; the text gives no ceiling, so high is the figure" },
        { "en", "Up to 30 people died.", "Up to 30", 15, 30, 30, QuantityQualifier.AtMost, "'up to' is a ceiling" },
        { "en", "More than 100 people died.", "More than 100", 100, 100, 100, QuantityQualifier.AtLeast, "ACLED keeps 100 for 'more than 100'" },
        { "en", "About 60 people died.", "About 60", 54, 60, 66, QuantityQualifier.Approximate, "'about' is ten per cent either side" },
        { "en", "Nearly 50 people died.", "Nearly 50", 45, 50, 50, QuantityQualifier.Approximate, "'nearly' is just under" },
        { "en", "Over 200 people died.", "Over 200", 200, 200, 200, QuantityQualifier.AtLeast, "'over' is a floor" },
        { "en", "Several people died.", "Several", 3, 3, 9, QuantityQualifier.Vague, "'several' is at least three" },
        { "en", "Clashes killed between 20 and 30 people.", "between 20 and 30", 20, 20, 30, QuantityQualifier.Approximate, "a range: ACLED records the lower figure, the upper one is the high" },
        { "fr", "Les frappes ont tué entre 20 et 30 personnes.", "entre 20 et 30", 20, 20, 30, QuantityQualifier.Approximate, "the French range" },
        { "en", "The raid killed 20 to 25 fighters.", "20 to 25", 20, 20, 25, QuantityQualifier.Approximate, "a range without an opener" },
        { "fr", "Le raid a fait de 10 à 15 morts.", "de 10 à 15", 10, 10, 15, QuantityQualifier.Approximate, "'de ... à' opens a French range" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Reads_figures_with_their_bounds(string lang, string text, string figure, long low, long best, long high, QuantityQualifier qualifier, string why)
    {
        // Given
        var doc = Given.Dispatch(lang, "2018-05-22", text);
        // When
        var (quantities, _) = Recognizer.Recognize(doc);
        // Then
        var q = Assert.Single(quantities, q => q.Range.Of(text) == figure);
        Assert.True(new Quantity(low, best, high, qualifier) == q.Value, $"{why}: got {q.Value}");
    }

    public static TheoryData<string, string, string, long, CountedKind, long, bool, string> Tolls => new()
    {
        // lang, text, figure, best, kind, civilians (-1 none), cumulative, why
        { "fr", "L'explosion a fait 12 morts au marché.", "12", 12, CountedKind.Dead, -1, false, "a figure with a dead head" },
        { "fr", "Au moins 16 civils ont été tués dans le village.", "Au moins 16", 16, CountedKind.Dead, 16, false, "civilian head and participle" },
        { "fr", "Environ 1 600 combattants et membres de leurs familles ont été évacués vers l'est.", "Environ 1 600", 1600, CountedKind.Evacuated, -1, false, "the participle says what happened to fighters" },
        { "fr", "Trois soldats ont été blessés par un tir.", "Trois", 3, CountedKind.Wounded, -1, false, "wounded participle" },
        { "fr", "Des centaines de militaires sont déployés au nord.", "Des centaines", 100, CountedKind.Fighters, -1, false, "fighters without a verb stay fighters" },
        { "fr", "Vingt-cinq rebelles ont été capturés hier.", "Vingt-cinq", 25, CountedKind.Captured, -1, false, "captured participle" },
        { "fr", "Un obus est tombé sur l'école, tuant cinq civils.", "cinq", 5, CountedKind.Dead, 5, false, "active participle before the figure" },
        { "fr", "Des frappes ont tué 20 personnes, dont huit enfants.", "20", 20, CountedKind.Dead, 8, false, "a civilian part after 'dont'" },
        { "fr", "Le siège, qui a commencé il y a un mois, aura fait près de 450 morts, dont une trentaine de civils.", "près de 450", 450, CountedKind.Dead, 30, true, "a campaign toll with its civilian part" },
        { "fr", "Le bilan s'est alourdi à 30 morts dans la soirée.", "30", 30, CountedKind.Dead, -1, true, "a running total is cumulative" },
        { "fr", "Depuis le début de l'offensive, 300 civils ont été tués.", "300", 300, CountedKind.Dead, 300, true, "a period total is cumulative" },
        { "fr", "Les jihadistes ont tué jeudi 12 civils à Raqqa.", "12", 12, CountedKind.Dead, 12, false, "a weekday between the active verb and the figure" },
        { "fr", "Le groupe avait exécuté mercredi 26 personnes.", "26", 26, CountedKind.Dead, -1, false, "executions are deaths, with a weekday between verb and figure" },
        { "en", "Warplanes killed overnight 9 people in the town.", "9", 9, CountedKind.Dead, -1, false, "'overnight' between the active verb and the figure" },
        { "fr", "Les combats pour la ville, qui ont commencé il y a une semaine, ont fait au moins 462 morts.", "au moins 462", 462, CountedKind.Dead, -1, true, "a start cue inside the relative clause that describes the toll's subject makes it cumulative" },
        { "en", "The battle for the city, which began on June 6, has killed at least 1,000 people.", "at least 1,000", 1000, CountedKind.Dead, -1, true, "a start cue inside the relative clause that describes the toll's subject makes it cumulative" },
        { "fr", "Les combats, a-t-il dit, ont fait 12 morts.", "12", 12, CountedKind.Dead, -1, false, "a clause between commas that opens with no relative pronoun gives no cue" },
        { "fr", "Depuis le début de l'escalade, fin avril, plus de 200 civils ont péri.", "plus de 200", 200, CountedKind.Dead, 200, true, "a sentence that opens with 'depuis' counts its tolls over the period" },
        { "en", "At least 400 fighters were killed in the battle for the city.", "At least 400", 400, CountedKind.Dead, -1, true, "'in the battle for' counts over the battle" },
        { "fr", "Deux enfants et trois femmes ont été tués par la frappe.", "Deux", 5, CountedKind.Dead, 5, false, "coordinated figures count together" },
        { "fr", "Plusieurs milliers de personnes ont été déplacées par les combats.", "Plusieurs milliers", 1000, CountedKind.Displaced, -1, false, "displaced participle, feminine plural" },
        { "fr", "Huit enfants figurent parmi les 20 morts de la frappe.", "20", 20, CountedKind.Dead, 8, false, "a part named before its whole" },
        { "fr", "Un soldat a été tué par un tireur.", "Un", 1, CountedKind.Dead, -1, false, "'un' is a figure when a head and a verb follow" },
        { "fr", "La frappe a fait une dizaine de blessés.", "une dizaine", 10, CountedKind.Wounded, -1, false, "a wounded head outranks the verb 'faire'" },
        { "en", "The air strikes killed 13 and wounded 29 in the market.", "13", 13, CountedKind.Dead, -1, false, "'and wounded' after the figure starts another count: 'wounded' is no head of the dead (tolls.json verbJoiners)" },
        { "fr", "Les frappes ont tué 13 et blessé 29 personnes au marché.", "13", 13, CountedKind.Dead, -1, false, "the same in French: 'et blessé' starts another count" },
        { "en", "At least 16 people were killed in the strike.", "At least 16", 16, CountedKind.Dead, -1, false, "head then passive verb" },
        { "en", "The shell hit a school, killing 5 civilians.", "5", 5, CountedKind.Dead, 5, false, "active verb before the figure" },
        { "en", "Five civilians were killed when the bomb went off.", "Five", 5, CountedKind.Dead, 5, false, "civilian head, passive verb" },
        { "en", "Twenty-two people were killed, including 5 children.", "Twenty-two", 22, CountedKind.Dead, 5, false, "the civilian part after 'including'" },
        { "en", "Six civilians were among 22 people killed in the raids.", "22", 22, CountedKind.Dead, 6, false, "a part named before its whole" },
        { "en", "Dozens of fighters were deployed near the town.", "Dozens", 12, CountedKind.Fighters, -1, false, "vague figure with fighters" },
        { "en", "The death toll rose to 112 on Sunday.", "112", 112, CountedKind.Dead, -1, true, "a running total" },
        { "en", "The new strikes raise to 185 the number of casualties.", "185", 185, CountedKind.Dead, -1, true, "figure before the toll noun" },
        { "en", "Since the start of the offensive, 300 people have been killed.", "300", 300, CountedKind.Dead, -1, true, "period total" },
        { "en", "The conflict has killed more than 230,000 people.", "more than 230,000", 230000, CountedKind.Dead, -1, true, "campaign total above the incident ceiling" },
        { "en", "Air strikes killed 50 militants and eight civilians in the north.", "50", 58, CountedKind.Dead, 8, false, "coordinated figures count together" },
        { "en", "Ten children and five women have been killed.", "Ten", 15, CountedKind.Dead, 15, false, "coordinated civilian figures" },
        { "en", "The shelling left 12 dead and 40 wounded.", "12", 12, CountedKind.Dead, -1, false, "the wounded are never added to the dead" },
        { "en", "More than 1,600 people were killed during the four-month battle for Kobani.", "More than 1,600", 1600, CountedKind.Dead, -1, true, "a toll over a stated duration of months is a campaign total" },
        { "fr", "L'offensive a fait plus de 500 morts en deux mois.", "plus de 500", 500, CountedKind.Dead, -1, true, "'en deux mois': a toll over a stated duration" },
        { "fr", "L'armée a tué 70 combattants en deux jours.", "70", 70, CountedKind.Dead, -1, false, "two days is still one incident's count" },
        { "en", "Air strikes kill 10 children 5 women in Douma", "10", 15, CountedKind.Dead, 15, false, "a headline's figures side by side count together" },
        { "fr", "Le bombardement a fait 12 morts et 40 blessés.", "12", 12, CountedKind.Dead, -1, false, "les blessés ne s'ajoutent jamais aux morts" },
        { "en", "Thirty people were wounded in the blast.", "Thirty", 30, CountedKind.Wounded, -1, false, "wounded participle" },
        { "en", "About 2,000 people were displaced by the fighting.", "About 2,000", 2000, CountedKind.Displaced, -1, false, "displaced participle" },
        { "en", "Rebels captured 12 soldiers at the checkpoint.", "12", 12, CountedKind.Captured, -1, false, "active capture verb" },
        { "en", "Suicide bomber kills 4 in market town", "4", 4, CountedKind.Dead, -1, false, "a headline's active verb without a head" },
        { "en", "Monitors put the death toll at 58 on Tuesday.", "58", 58, CountedKind.Dead, -1, false, "toll noun and link before the figure" },
        { "en", "Two people died in the shelling.", "Two", 2, CountedKind.Dead, -1, false, "'died' after the head" },
        { "en", "Two rebel commanders were assassinated in the town.", "Two", 2, CountedKind.Dead, -1, false, "an assassination after the head counts the dead" },
        { "en", "Three men were gunned down at a checkpoint.", "Three", 3, CountedKind.Dead, -1, false, "a multi-word passive verb" },
        { "en", "Gunmen murdered four shepherds near the village.", "four", 4, CountedKind.Dead, 4, false, "an active murder verb before the figure, shepherds a civilian head" },
        { "fr", "Deux commandants rebelles ont été assassinés en ville.", "Deux", 2, CountedKind.Dead, -1, false, "the French assassination participle counts the dead" },
        { "en", "A rebel commander was assassinated by unidentified gunmen.", "A", 1, CountedKind.Dead, -1, false, "a singular fighter head makes 'a' a figure" },
        { "fr", "Un berger a été tué par une mine.", "Un", 1, CountedKind.Dead, 1, false, "a shepherd is a civilian head" },
        { "en", "Shells killed 13 citizens in the old city.", "13", 13, CountedKind.Dead, 13, false, "'citizens', as state media write it, are civilians" },
        { "en", "Syrian Army Eliminates Over 75 Nusra Front Militants in Daraa", "Over 75", 75, CountedKind.Dead, -1, false, "'eliminates', as state media write it, kills; a group's name may stand between the figure and its head" },
        { "fr", "Au moins 22 combattants prorégime et 31 jihadistes ont péri.", "Au moins 22", 53, CountedKind.Dead, -1, false, "a describing word after the first head does not break the coordination; the verb after the second counts both" },
        { "en", "The monitor documented the death of 23 IS militants and 12 YPG fighters.", "23", 35, CountedKind.Dead, -1, false, "'the death of' binds the figure; the second count's head may follow a group's name" },
        { "en", "Clashes killed between 20 and 30 people on Tuesday.", "between 20 and 30", 20, CountedKind.Dead, -1, false, "a range binds to its head like one figure" },
        { "fr", "Près de 250 civils tués en 48 heures de bombardements.", "Près de 250", 250, CountedKind.Dead, 250, true, "a toll over two days of hours is a total over that time" },
        { "en", "At least 70 fighters have been killed in 24 hours of battle.", "At least 70", 70, CountedKind.Dead, -1, false, "a toll over a day of hours is still one day's fighting" },
        { "fr", "Lundi, journée la plus meurtrière depuis 2015, 127 civils avaient péri.", "127", 127, CountedKind.Dead, 127, false, "'depuis' after a superlative dates a record, not the toll's period" },
        { "en", "It was the deadliest day since 2015: 40 people were killed.", "40", 40, CountedKind.Dead, -1, false, "the English superlative" },
        // blind14: composed victims, family and bystander heads, singular victims, headline verbs
        { "en", "The shell killed a man and his three daughters.", "a", 4, CountedKind.Dead, 4, false, "a figure after 'and' and a possessive adds to the first victim, and a man killed with his civilian kin is one too" },
        { "en", "Gunmen shot dead a teacher and her husband outside their home.", "a", 2, CountedKind.Dead, 2, false, "a possessive before a singular head counts one more victim" },
        { "en", "A sniper killed a commander along with two of his guards.", "a", 3, CountedKind.Dead, -1, false, "'along with' joins a second count of the same victims" },
        { "en", "The strike killed a man, his brother said.", "a", 1, CountedKind.Dead, -1, false, "a possessive after a comma that no 'and' closes is no enumeration" },
        { "fr", "La frappe a tué une femme et ses quatre enfants.", "une", 5, CountedKind.Dead, 5, false, "un chiffre après 'et ses' s'ajoute à la première victime" },
        { "fr", "Des hommes armés ont abattu un berger, sa femme et leur fils.", "un", 3, CountedKind.Dead, 3, false, "an enumeration closed by 'et': 'sa' and 'leur' count one each" },
        { "fr", "Au moins 12 soldats ont été tués, ainsi que 7 rebelles.", "Au moins 12", 19, CountedKind.Dead, -1, false, "'ainsi que' after the verb adds a second count of the same verb" },
        { "en", "Nine soldiers were killed in the attack, as well as four militiamen.", "Nine", 13, CountedKind.Dead, -1, false, "'as well as' after the verb adds a second count" },
        { "en", "Five soldiers were killed, as well as 20 wounded.", "Five", 5, CountedKind.Dead, -1, false, "the wounded are not added after 'as well as'" },
        { "fr", "Le bilan fait état de 14 jihadistes et de 9 soldats tués.", "14", 23, CountedKind.Dead, -1, false, "'et de' joins a second count" },
        { "en", "15 members of the government forces and 20 fighters of the rebel factions killed in battles", "15", 35, CountedKind.Dead, -1, false, "a head's complement ('of the government forces') may stand before 'and'" },
        { "en", "Four members of the same family were killed in the raid.", "Four", 4, CountedKind.Dead, 4, false, "members of a family are civilians, not fighters" },
        { "fr", "Six membres d'une même famille ont péri dans le bombardement.", "Six", 6, CountedKind.Dead, 6, false, "les membres d'une famille sont des civils" },
        { "fr", "Les miliciens ont abattu des dizaines d'habitants.", "des dizaines", 12, CountedKind.Dead, 12, false, "inhabitants after a killing verb are civilian victims" },
        { "en", "Soldiers killed 20 inhabitants of the village.", "20", 20, CountedKind.Dead, 20, false, "inhabitants after a killing verb are civilian victims" },
        { "en", "The blast killed six mourners at the funeral.", "six", 6, CountedKind.Dead, 6, false, "mourners are civilians" },
        { "fr", "L'explosion a tué trois passants.", "trois", 3, CountedKind.Dead, 3, false, "les passants sont des civils" },
        { "fr", "Un sniper a tué un jeune homme près du marché.", "un", 1, CountedKind.Dead, -1, false, "'un jeune homme': a describing word between 'un' and its head" },
        { "fr", "Un homme de 35 ans a été tué par balle.", "Un", 1, CountedKind.Dead, -1, false, "'homme' is a head; '35 ans' is his age" },
        { "en", "A 12-year-old boy was killed by a landmine.", "A", 1, CountedKind.Dead, 1, false, "an age between 'a' and its head is no figure and does not part them" },
        { "en", "Jihadists behead 3 persons in the city", "3", 3, CountedKind.Dead, -1, false, "a headline's present 'behead'" },
        { "en", "Gunmen assassinate a member of the local council", "a", 1, CountedKind.Dead, -1, false, "a headline's present 'assassinate' with a singular head" },
        { "en", "Unidentified gunmen assassinated on Sunday evening a former commander", "a", 1, CountedKind.Dead, -1, false, "a time of day between the verb and the figure; 'former' between 'a' and its head" },
        { "fr", "Des milliers de personnes s'étaient rassemblées pour enterrer les hommes tués la veille.", "Des milliers", 1000, CountedKind.People, -1, false, "the figure is the subject of another verb ('s'étaient rassemblées'); 'tués' is the men's" },
        { "fr", "Un enfant de 5 ans et sa mère ont été tués.", "Un", 2, CountedKind.Dead, 2, false, "an age after the head does not part it from the next count or the verb" },
        { "en", "6 members of one family including 4 children killed in a blast", "6", 6, CountedKind.Dead, 6, false, "a number word inside the head phrase ('of one family') leaves the part and the verb to the figure" },
        { "fr", "Les frappes ont tué 40 civils, ainsi que 12 policiers et 9 soldats.", "40", 61, CountedKind.Dead, 40, false, "a count joined by 'ainsi que' may itself be coordinated" },
        { "en", "Some 30 soldiers were rounded up and shot dead by the militants.", "Some 30", 30, CountedKind.Dead, -1, false, "a verb joined by 'and' to the participle keeps it the figure's" },
        { "en", "About 200 people are estimated to have died in the attack.", "About 200", 200, CountedKind.Dead, -1, false, "'estimated to have' stands inside the figure's own verb" },
        { "en", "Dozens of villagers have reportedly been brutally murdered.", "Dozens", 12, CountedKind.Dead, 12, false, "an adverb inside the figure's own verb" },
        { "fr", "Une vingtaine de civils ont été sommairement exécutés.", "Une vingtaine", 20, CountedKind.Dead, 20, false, "an adverb inside the figure's own verb" },
        { "fr", "Deux combattants des Forces démocratiques syriennes (FDS) ont péri mardi.", "Deux", 2, CountedKind.Dead, -1, false, "an acronym in brackets after the head's complement does not count in the verb window" },
        { "en", "A roadside bomb killed a government soldier near Sanamayn.", "a", 1, CountedKind.Dead, -1, false, "'government' may stand between 'a' and its head (tolls.json modifiers)" },
        { "en", "An SDF fighter was killed near Raqqa on Monday.", "An", 1, CountedKind.Dead, -1, false, "the capitalised words of a name may stand between 'a' and its head" },
        { "fr", "Un chef de l'EI a été tué jeudi.", "Un", 1, CountedKind.Dead, -1, false, "'chef' counts a fighter (tolls.json heads)" },
        { "en", "Child killed by sniper fire in Madaya.", "Child", 1, CountedKind.Dead, 1, false, "a headline's bare singular head right before its toll verb counts one (tolls.json bareOneHeads)" },
        { "en", "Man shot dead by unidentified gunmen in Inkhil.", "Man", 1, CountedKind.Dead, -1, false, "the same with a head of no particular side" },
        { "en", "An IED exploded in a car in Salkhad, killing its driver.", "its", 1, CountedKind.Dead, 1, false, "a determiner before a head that names one person, right after a killing verb, counts one" },
        { "en", "An explosion in al-Qaryatayn kills one in the town.", "one", 1, CountedKind.Dead, -1, false, "a lone 'one' right after a killing verb is one victim (tolls.json loneOne)" },
        { "fr", "L'obus a touché la maison, tuant sa femme.", "sa", 1, CountedKind.Dead, 1, false, "'sa' before a head right after a killing verb counts one (tolls.json oneDeterminers)" },
        { "fr", "Mercredi, un manifestant a été tué par balles.", "un", 1, CountedKind.Dead, 1, false, "a protester is a head (tolls.json civils)" },
        { "en", "Clashes killed 16 government soldiers and allied militiamen and 12 rebels on Monday.", "16", 28, CountedKind.Dead, -1, false, "'and allied militiamen' joins a second head to the first count; the count after the next 'and' adds up" },
        { "en", "Nine civilians, including a Kurdish politician, Hevrin Khalaf, were executed on Saturday.", "Nine", 9, CountedKind.Dead, 9, false, "a part that counts no one ('including a Kurdish politician, ...') is an aside between the head and its verb" },
        { "fr", "Neuf civils, dont une responsable politique kurde, ont été exécutés samedi.", "Neuf", 9, CountedKind.Dead, 9, false, "the same with 'dont' and no count after it" },
        { "en", "At least 23 people, most of them from the Ahrar al-Sham group, were killed by a suicide bomber.", "At least 23", 23, CountedKind.Dead, -1, false, "'most of them from ...' is such a part too" },
        { "fr", "Le pilonnage a fait au moins 23 morts depuis l'aube.", "au moins 23", 23, CountedKind.Dead, -1, false, "'depuis l'aube' counts one day's dead, not a campaign's (tolls.json cumulative, scope Incident)" },
        { "en", "Shelling has killed at least 23 people since dawn.", "at least 23", 23, CountedKind.Dead, -1, false, "'since dawn' too" },
        { "fr", "Au moins 50 soldats ont été tués, ainsi qu'une centaine de jihadistes.", "Au moins 50", 150, CountedKind.Dead, -1, false, "'ainsi qu'' elided before 'une centaine' joins a second count of the dead (tolls.json joiners)" },
        { "en", "A strike on a house killed a suspected trafficker and his wife.", "a", 2, CountedKind.Dead, 2, false, "a smuggler or trafficker is a person counted (tolls.json people); 'suspected' may stand between 'a' and the head, and 'his wife' joins one more, his civilian kin (tolls.json kinDeterminers)" },
        // session 17: groups named before their figure, victims with no side
        { "en", "A roadside mine killed a family of four near the village.", "four", 4, CountedKind.Dead, 4, false, "'a family of' before a figure with no head counts civilians (tolls.json groups)" },
        { "en", "An entire family of 7 was killed when the shell hit their home.", "7", 7, CountedKind.Dead, 7, false, "the group's figure takes the passive verb after it" },
        { "fr", "Une famille de six personnes a péri sous les décombres.", "six", 6, CountedKind.Dead, 6, false, "'une famille de' makes a plain head ('personnes') civilian" },
        { "fr", "Deux hommes non identifiés ont été tués par balles près du marché.", "Deux", 2, CountedKind.Dead, 2, false, "unidentified men killed are counted as civilians: no side is told for them" },
        { "en", "Four unidentified men were found shot dead outside the town.", "Four", 4, CountedKind.Dead, 4, false, "the same in English" },
        // session 19: kin and hospital staff
        { "en", "Turkish shells killed a man, his wife and their three children in Tal Tamr.", "a", 5, CountedKind.Dead, 5, false, "a man joined by his civilian kin ('his wife', 'their children') is a civilian too (tolls.json kinDeterminers)" },
        { "fr", "Des obus ont tué un homme, sa femme et leurs trois enfants.", "un", 5, CountedKind.Dead, 5, false, "the same in French: 'sa', 'leurs'" },
        { "fr", "Un raid aérien a coûté la vie à un homme et à ses trois enfants.", "un", 4, CountedKind.Dead, 4, false, "the preposition of the first count said again before the second ('et à ses trois enfants'; tolls.json repeatedLinks)" },
        { "en", "A rocket killed an elderly man and his two grandsons.", "an", 3, CountedKind.Dead, 3, false, "grandsons are civilian kin" },
        { "en", "A sniper killed a commander and his two sons.", "a", 3, CountedKind.Dead, 2, false, "a fighter's kin do not make him a civilian: only a first count that names no side takes their standing" },
        { "en", "The blast killed two men and three children.", "two", 5, CountedKind.Dead, 3, false, "children joined with no possessive are not the men's kin: the men stay uncounted as civilians" },
        { "en", "Shells hit the hospital, killing five patients, two hospital staff and a boy.", "five", 8, CountedKind.Dead, 8, false, "hospital staff are civilians (tolls.json civilians)" },
        { "en", "The barrel bombs killed three children, two women and four men.", "three", 9, CountedKind.Dead, 5, false, "figures in a list joined by commas and closed by 'and' add up" },
        { "en", "The battle killed 20 people, 12 soldiers and 8 rebels, the monitor said.", "20", 20, CountedKind.Dead, -1, false, "a list after a comma that adds up to the first count breaks it down: nothing is added" },
        { "fr", "La frappe a tué trois soignants et un patient.", "trois", 4, CountedKind.Dead, 4, false, "'soignants' are civilians too" },
    };

    [Theory]
    [MemberData(nameof(Tolls))]
    public void Binds_figures_to_their_heads(string lang, string text, string figure, long best, CountedKind kind, long civilians, bool cumulative, string why)
    {
        // Given
        var doc = Given.Dispatch(lang, "2018-05-22", text);
        // When
        var reading = Recognizer.Read(doc);
        // Then
        var toll = Assert.Single(reading.Tolls, t => t.Figure.Of(text) == figure);
        Assert.True(best == toll.Mention.Value.Best, $"{why}: best {toll.Mention.Value.Best}");
        Assert.True(kind == toll.Mention.Kind, $"{why}: kind {toll.Mention.Kind}");
        Assert.True((civilians < 0 ? null : civilians) == toll.Mention.Civilians?.Best, $"{why}: civilians {toll.Mention.Civilians}");
        Assert.True(cumulative == toll.Mention.Cumulative, $"{why}: scope {toll.Scope}");
        Assert.True(toll.Mention.Range.Contains(toll.Figure), why);
        Assert.StartsWith($"{lang}/tolls.json#", toll.Mention.Rule);
    }

    public static TheoryData<string, string, string, string> NotTolls => new()
    {
        // lang, text, figure that must not be a toll, why
        { "fr", "La ville compte 1 500 000 habitants.", "1 500 000", "a population is not a toll" },
        { "fr", "La guerre a commencé en 2011, dans le sud.", "2011", "a year is not a figure" },
        { "en", "2016 Eight Civilians Killed in Aleppo", "2016", "a year before a title-case headline's words is no figure: capitalised words part only 'a' from its head" },
        { "fr", "Le quartier est à neuf kilomètres du centre.", "neuf", "a distance is not a toll" },
        { "fr", "Le 21 mai, les soldats sont entrés.", "21", "a day of the month is not a figure" },
        { "fr", "Un groupe de combattants a fui.", "Un", "'un' alone is an article" },
        { "fr", "Les combats durent depuis trois jours.", "trois", "a duration is not a toll" },
        { "en", "The town of 1,500,000 inhabitants was shelled.", "1,500,000", "a population is not a toll" },
        { "en", "Sun 16 Apr 2017 Death toll from Aleppo attack at least 112.", "2017", "a dateline year before a head is not a toll" },
        { "en", "The war began in 2011 with protests.", "2011", "a year is not a figure" },
        { "en", "The village lies 60 kilometres north of the city.", "60", "a distance is not a toll" },
        { "en", "One of the soldiers said the town was calm.", "One", "'one of' is not a count" },
        { "en", "On May 21, troops entered the town.", "21", "a day of the month is not a figure" },
        { "en", "Mon Nov 7 2016 Child Killed 20 People Injured in Terrorist Attacks.", "2016", "a year inside a dateline's date is no figure, even before a head" },
        { "en", "Get short URL 0 15 The death toll reached 51 people.", "15", "a figure before a toll noun binds to it only after a link word ('raise to 185 the number')" },
        // blind14: ages, clock times, the subject of another verb
        { "en", "A 35-year-old teacher was killed by a sniper.", "35", "an age is never a toll" },
        { "en", "An 80-year-old woman died under the rubble.", "80", "an age is never a toll" },
        { "en", "Two cousins, aged 9 and 11, died in the blast.", "11", "a figure after 'aged' is an age" },
        { "en", "The victim, aged 16, was shot dead at the checkpoint.", "16", "a figure after 'aged' is an age" },
        { "fr", "Une fillette âgée de 7 ans a été tuée.", "7", "an age is never a toll" },
        { "fr", "7h30 – Des rebelles ont été capturés près du pont.", "7", "a clock time with its minutes glued to 'h'" },
        { "fr", "À 5h les soldats ont été évacués.", "5", "'5h' is a clock time" },
        { "en", "By 10:30 militants had overrun the checkpoint.", "30", "the minutes of a clock time are no figure" },
        { "en", "By 10:30 militants had overrun the checkpoint.", "10", "the hour of a clock time is no figure" },
        { "en", "At 3 am gunmen opened fire on the bus.", "3", "'3 am' is a clock time" },
        { "en", "At 4 p.m. soldiers entered the village.", "4", "'4 p.m.' is a clock time" },
        { "fr", "L'armée turque a abattu deux drones près de Saraqeb.", "deux", "a figure before a machine ('deux drones') counts no one (tolls.json population)" },
        { "en", "Turkish forces shot down two Syrian jets over Idlib.", "two", "the same in English ('two Syrian jets')" },
        { "en", "Civilians killed in the war were remembered on Sunday.", "Civilians", "a bare plural head opening a headline counts no one" },
        { "en", "Child soldiers were killed in the clashes.", "Child", "a bare head counts one only when its verb follows it at once" },
        { "en", "Hundreds had gathered to mourn the soldiers killed in the ambush.", "Hundreds", "the figure is the subject of another verb ('had gathered'); 'killed' is the soldiers'" },
        { "en", "The group informed the family of a defected policeman that he was executed.", "a", "'the family of a policeman' is one man's family, not a family of one (tolls.json groups take no 'a')" },
    };

    [Theory]
    [MemberData(nameof(NotTolls))]
    public void Does_not_read_tolls_where_there_are_none(string lang, string text, string figure, string why)
    {
        // Given a dispatch whose dates are read first, as the pipeline does
        var doc = Given.Dispatch(lang, "2018-05-22", text);
        doc = doc with { Dates = new Sitrep.Text.Dates.RuleDateRecognizer().Recognize(doc) };
        // When
        var reading = Recognizer.Read(doc);
        // Then
        Assert.True(text.Contains(figure), why);
        Assert.DoesNotContain(reading.Tolls, t => t.Figure.Of(text) == figure);
    }

    [Fact]
    public void Main_dead_toll_prefers_the_first_stated_incident_figure()
    {
        // Given
        var doc = Given.Dispatch("en", "2018-05-22", "Dozens killed in strikes. Officials said 27 people were killed on Monday. The conflict has killed more than 350,000 people since 2011.");
        // When
        var main = Recognizer.Read(doc).MainDeadToll();
        // Then
        Assert.NotNull(main);
        Assert.Equal(27, main.Mention.Value.Best);
    }
}
