using Sitrep.Actors;

namespace Sitrep.Actors.Tests;

/// <summary>
/// The default dictionary read on sentences written for these tests. Each row: language, dispatch date (or null),
/// the sentence, what should be recognised as "surface=entry id" in text order, and why the row exists.
/// </summary>
public class RecognizerTests
{
    private static string Recognize(string lang, string? date, string text)
    {
        var doc = Given.Dispatch(text, lang, date);
        var mentions = new DictionaryActorRecognizer(Given.Default.Value).Recognize(doc);
        return Given.Listing(doc, mentions);
    }

    [Theory]
    // Government and allies
    [InlineData("fr", "2018-03-12", "L'armée syrienne a pilonné la localité.", "L'armée syrienne=syria-army", "the plain French name of the army")]
    [InlineData("fr", "2018-03-12", "L’armée loyaliste avance vers le sud.", "L’armée loyaliste=syria-army", "curly apostrophe and the 'loyalist' variant")]
    [InlineData("fr", "2018-03-12", "Le régime a repris trois villages.", "Le régime=syria-army", "'le régime' is the government's forces")]
    [InlineData("fr", "2018-03-12", "Les forces du régime et leurs alliés encerclent le quartier.", "Les forces du régime et leurs alliés=syria-army", "the long form is one mention, not 'le régime' plus leftovers")]
    [InlineData("fr", "2018-03-12", "Les forces gouvernementales tiennent la route.", "Les forces gouvernementales=syria-army", "government forces, French")]
    [InlineData("en", "2018-03-12", "Regime forces shelled the town overnight.", "Regime forces=syria-army", "SOHR's 'regime forces'")]
    [InlineData("fr", "2019-10-13", "Elle a été tuée par des combattants de la faction pro-turque Ahrar al-Charqiya.", "la faction pro-turque Ahrar al-Charqiya=ahrar-sharqiya", "a Syrian National Army faction, French spelling")]
    [InlineData("en", "2019-01-03", "The National Front for Liberation said it repelled the attack.", "The National Front for Liberation=nlf", "the Turkey-backed Idlib coalition of 2018")]
    [InlineData("en", "2016-08-18", "Clashes broke out between the Kurdish Asayish and the NDF.", "the Kurdish Asayish=sdf | NDF=ndf", "the Kurdish security police is a Kurdish-led force (the SDF, by the description's fallback)")]
    [InlineData("en", "2017-06-01", "Liwa al-Quds fighters advanced near Aleppo.", "Liwa al-Quds=progov-militias", "a pro-government Palestinian militia")]
    [InlineData("fr", "2014-10-30", "Les peshmergas irakiens sont entrés dans Kobané.", "Les peshmergas irakiens=peshmerga", "Iraqi Kurdish forces in Kobani")]
    [InlineData("fr", "2019-10-12", "Des tirs d'artillerie turcs ont visé Tal Abyad.", "Des tirs d'artillerie turcs=turkey-army", "a nationality adjective after a means of fire names who fired")]
    [InlineData("en", "2018-03-12", "Government forces and the Syrian army pushed north.", "Government forces=syria-army | the Syrian army=syria-army", "two names of one actor")]
    [InlineData("en", "2018-03-12", "The regime’s warplanes struck a market.", "The regime=syria-army | warplanes=syria-army", "a possessive is split off the name; unattributed warplanes are the last air power named")]
    [InlineData("en", "2018-03-12", "Pro-regime militias manned the checkpoint.", "Pro-regime militias=progov-militias", "militias are not the army")]
    [InlineData("en", "2018-03-12", "The National Defence Forces lost two men.", "The National Defence Forces=ndf", "the NDF by name")]
    [InlineData("fr", "2018-03-12", "L'aviation russe a mené des raids.", "L'aviation russe=russia-army", "Russian air force, French")]
    [InlineData("en", "2018-03-12", "Russian warplanes hit the bakery.", "Russian warplanes=russia-army", "Russian air force, English")]
    [InlineData("fr", "2017-10-18", "Des frappes aériennes russes ont tué 14 civils.", "Des frappes aériennes russes=russia-army | civils=civilians", "French air strikes with the nationality after the adjective")]
    [InlineData("fr", "2018-02-10", "Des raids aériens turcs ont visé Afrine.", "Des raids aériens turcs=turkey-army", "French air raids, masculine plural")]
    [InlineData("en", "2018-03-12", "Hezbollah fighters and Iranian forces joined the assault.", "Hezbollah=hezbollah | Iranian forces=iran-army", "the regime's foreign allies")]
    [InlineData("en", "2014-08-30", "Nusra fighters seized 44 Fijian peacekeepers near Quneitra.", "Nusra=nusra | Fijian peacekeepers=undof", "the UN force on the Golan is a side of its own, not the Syrian army")]
    [InlineData("fr", "2014-08-30", "Le Front al-Nosra a capturé 44 casques bleus fidjiens.", "Le Front al-Nosra=nusra | casques bleus fidjiens=undof", "the same in French")]
    // Islamic State
    [InlineData("fr", "2018-03-12", "Le groupe Etat islamique a revendiqué l'attaque.", "Le groupe Etat islamique=is-syria", "the AFP name")]
    [InlineData("fr", "2018-03-12", "Les positions de l'EI et de Daech.", "l'EI=is-syria | Daech=is-syria", "acronym after an elision, and the Arabic acronym")]
    [InlineData("fr", "2018-03-12", "L’État islamique recule.", "L’État islamique=is-syria", "accents do not matter")]
    [InlineData("en", "2018-03-12", "ISIS and ISIL are two names of Daesh.", "ISIS=is-syria | ISIL=is-syria | Daesh=is-syria", "the three English acronyms")]
    [InlineData("en", "2018-03-12", "Clashes between IS fighters and the SDF.", "IS fighters=is-syria | SDF=sdf", "'IS fighters' as SOHR headlines write it")]
    [InlineData("en", "2018-03-12", "The town is IS-held since June.", "IS=is-syria", "'is' the verb never matches, the IS of 'IS-held' does")]
    [InlineData("en", "2018-03-12", "Is the Islamic State retreating?", "the Islamic State=is-syria", "a capitalised verb at the start of a question is not IS")]
    [InlineData("en", "2018-03-12", "IS FIGHTERS KILLED IN AN AMBUSH", "", "in a headline in capitals IS cannot be told from the verb")]
    [InlineData("en", "2018-03-12", "SDF ADVANCE NEAR THE DAM", "SDF=sdf", "an acronym that is no word still matches in capitals")]
    [InlineData("en", "2018-03-12", "It is what it is.", "", "the verb in lower case")]
    // Rebels and jihadist factions
    [InlineData("en", "2018-03-12", "Hayat Tahrir al-Sham and the Free Syrian Army clashed.", "Hayat Tahrir al-Sham=hts | the Free Syrian Army=fsa", "Free Syrian Army is rebels, not the Syrian army")]
    [InlineData("fr", "2018-03-12", "Des combattants de l'Armée syrienne libre ont fui.", "Des combattants de l'Armée syrienne libre=fsa", "the longer name wins over 'l'armée syrienne'")]
    [InlineData("fr", "2018-03-12", "Les rebelles ont tiré des roquettes.", "Les rebelles=syria-rebels", "no rebel group named before: the generic entry")]
    [InlineData("en", "2018-03-12", "The rebel factions retreated.", "The rebel factions=syria-rebels", "English generic rebels")]
    [InlineData("en", "2018-03-12", "Turkish-backed factions entered the village.", "Turkish-backed factions=sna", "Turkey's proxies are rebels, not Turkey")]
    [InlineData("en", "2018-03-12", "Jaysh al-Islam and Faylaq al-Rahman agreed to leave.", "Jaysh al-Islam=jaysh-islam | Faylaq al-Rahman=faylaq-rahman", "named Ghouta groups")]
    // Kurds, Turkey, coalition
    [InlineData("en", "2018-03-12", "The Syrian Democratic Forces took the dam.", "The Syrian Democratic Forces=sdf", "'Syrian' does not make it the army")]
    [InlineData("fr", "2018-03-12", "Les Forces démocratiques syriennes (FDS) et les YPG.", "Les Forces démocratiques syriennes=sdf | FDS=sdf | les YPG=ypg", "French names and acronyms of the Kurdish-led forces")]
    [InlineData("fr", "2018-03-12", "Les forces kurdes ont repoussé l'assaut.", "Les forces kurdes=sdf", "unqualified Kurdish forces fall back to the SDF after 2015")]
    [InlineData("fr", "2014-05-12", "Les forces kurdes ont repoussé l'assaut.", "Les forces kurdes=ypg", "before the SDF existed, the YPG")]
    [InlineData("fr", "2018-03-12", "L'armée turque bombarde Afrine.", "L'armée turque=turkey-army", "longest match: Turkey, not the Syrian army")]
    [InlineData("en", "2018-03-12", "Turkish forces and their allies advanced.", "Turkish forces=turkey-army", "Turkey, English")]
    [InlineData("fr", "2018-03-12", "La coalition internationale a frappé Hajin.", "La coalition internationale=coalition", "the coalition, French")]
    [InlineData("en", "2018-03-12", "US-led coalition warplanes struck a school.", "US-led coalition warplanes=coalition", "the coalition's aircraft")]
    [InlineData("en", "2018-03-12", "Let us hope the anti-IS coalition stays.", "the anti-IS coalition=coalition", "'us' the pronoun is nothing; 'anti-IS coalition' is the coalition")]
    // Names inside place names (issue 5)
    [InlineData("en", "2016-03-25", "Fighting went on in the Kurds Mountain north of the town.", "", "'the Kurds Mountain' is Jabal al-Akrad, a place: the Kurds are not named")]
    [InlineData("en", "2016-03-25", "The Kurds held the Kurds Mountain road.", "The Kurds=sdf", "the same name before a verb still names the Kurdish forces; inside the place name it does not")]
    [InlineData("fr", "2016-03-25", "Des combats se poursuivent dans le mont des Kurdes.", "", "'le mont des Kurdes' is the same mountain in French")]
    [InlineData("fr", "2016-03-25", "Les avions ont frappé le djebel des Kurdes.", "Les avions=syria-army", "'djebel des Kurdes': a place; the aircraft are still named")]
    // Groups added for issue 5
    [InlineData("en", "2017-03-04", "A commander of Ahrar al_Sham was targeted.", "Ahrar al_Sham=ahrar", "an underscore joins the article as a hyphen does")]
    [InlineData("en", "2016-06-04", "Regime forces exchanged bodies with Ajnad al-Sham.", "Regime forces=syria-army | Ajnad al-Sham=ajnad-sham", "a Damascus-countryside rebel union, not the place al-Sham")]
    [InlineData("en", "2016-06-04", "The al-Fateh army executed two men.", "The al-Fateh army=jaysh-fatah", "SOHR's English name of Jaysh al-Fatah")]
    [InlineData("en", "2017-05-04", "Calm returned between the Turkestan and Hayyaat Tahrir al-Sham.", "the Turkestan=tip | Hayyaat Tahrir al-Sham=hts", "SOHR's short name of the Turkistan Islamic Party")]
    [InlineData("fr", "2017-05-04", "Le mouvement Nour al-Din al-Zenki a attaqué le village.", "Le mouvement Nour al-Din al-Zenki=zenki", "the Zenki movement in French")]
    [InlineData("en", "2018-03-12", "An anti-regime protest was held.", "", "'anti-regime' names nobody")]
    [InlineData("en", "2023-09-03", "Tribesmen loyal to the al-Ugaidat clan attacked.", "Tribesmen=arab-tribes | the al-Ugaidat clan=arab-tribes", "Arab tribal fighters are an identity militia of their own, not IS or the rebels")]
    [InlineData("fr", "2023-09-03", "Des combattants tribaux arabes ont attaqué.", "Des combattants tribaux arabes=arab-tribes", "the same in French")]
    [InlineData("en", "2016-12-16", "Iranian-backed militias opened fire on the convoy.", "Iranian-backed militias=progov-militias", "militias Iran backs fight for the government; they are not Iran's own forces")]
    [InlineData("fr", "2016-12-16", "Des milices pro-iraniennes ont ouvert le feu.", "Des milices pro-iraniennes=progov-militias", "the same in French")]
    [InlineData("fr", "2013-08-22", "La Coalition nationale syrienne a dénoncé un massacre.", "La Coalition nationale syrienne=syrian-national-coalition", "the exiled political opposition speaks; it is not the US-led coalition")]
    [InlineData("en", "2013-08-22", "The Syrian National Coalition put the toll at 1,300.", "The Syrian National Coalition=syrian-national-coalition", "the same in English")]
    [InlineData("en", "2014-08-31", "Two civilians were crucified in Jadid Akidat village.", "civilians=civilians", "a tribe's name inside a village's name is no tribal militia")]
    [InlineData("en", "2013-06-05", "He cited a pro-opposition monitoring group.", "", "'pro-opposition' describes a monitor: the rebels are not named")]
    [InlineData("fr", "2013-06-05", "Il cite une source proche de l'opposition.", "", "'proche de l'opposition' describes a monitor: the rebels are not named")]
    // Civilians
    [InlineData("fr", "2018-03-12", "Onze civils, dont quatre enfants, ont péri.", "civils=civilians | enfants=civilians", "civilians and children")]
    [InlineData("en", "2018-03-12", "Residents said two children and a woman died.", "Residents=civilians | children=civilians | a woman=civilians", "English victims")]
    [InlineData("fr", "2018-03-12", "La guerre civile dure depuis 2011.", "", "'civile' in 'guerre civile' is not civilians")]
    [InlineData("en", "2019-03-23", "U.S.-backed Syrian forces captured the village.", "U.S.-backed Syrian forces=sdf", "'U.S.-backed Syrian forces' are the SDF, not the Syrian army")]
    [InlineData("fr", "2020-03-05", "Un accord entre Vladimir Poutine et Recep Tayyip Erdogan.", "Vladimir Poutine=russia-army | Recep Tayyip Erdogan=turkey-army", "heads of state name their states")]
    [InlineData("en", "2017-04-04", "The government said the strikes were legitimate.", "The government=syria-government", "in a Syria dispatch, 'the government' is Syria's")]
    public void Names_code_to_their_entry(string lang, string? date, string text, string expected, string why)
    {
        // Given a dispatch with one sentence
        // When the default dictionary reads it
        var got = Recognize(lang, date, text);
        // Then each name codes to its entry
        Assert.True(expected == got, $"{why}\n  expected: {expected}\n  got:      {got}");
    }

    [Theory]
    [InlineData("fr", "2018-03-12", "Le groupe Etat islamique tient le camp. Les jihadistes ont miné les routes.", "Le groupe Etat islamique=is-syria | Les jihadistes=is-syria", "after the Islamic State is named, the jihadists are IS")]
    [InlineData("fr", "2018-03-12", "Hayat Tahrir al-Cham contrôle la ville. Les jihadistes y ont arrêté des militants.", "Hayat Tahrir al-Cham=hts | Les jihadistes=hts | des militants=activists", "the most recent jihadist group; French 'militants' are activists")]
    [InlineData("en", "2018-03-12", "HTS took the crossing. The militants then shelled the village.", "HTS=hts | The militants=hts", "English 'militants' resolve to the last jihadist group")]
    [InlineData("fr", "2018-03-12", "Des jihadistes du groupe EI ont attaqué.", "Des jihadistes du groupe EI=is-syria", "a description tied to a name by 'du' is one mention of that name")]
    [InlineData("fr", "2018-03-12", "Une centaine de soldats des forces américaines patrouillent.", "soldats des forces américaines=us-army", "the linker may open the name's own phrase")]
    [InlineData("fr", "2018-03-12", "Des combattants du groupe Etat islamique ont fui.", "groupe Etat islamique=is-syria", "'combattants' is not a description, the name is the mention")]
    [InlineData("en", "2018-03-12", "The jihadists fled into the desert.", "The jihadists=is-syria", "no jihadist named before: the fallback is IS")]
    [InlineData("en", "2021-06-02", "HTS security forces arrested three men in Idlib.", "HTS security forces=hts", "a side's name before 'security forces' makes them that side's, not the state's")]
    [InlineData("fr", "2021-06-02", "Les forces de sécurité de HTS ont arrêté trois hommes.", "Les forces de sécurité de HTS=hts", "the same in French, the side after 'de'")]
    [InlineData("en", "2025-03-08", "General Security forces clashed with gunmen.", "General Security forces=syria-army-2024 | gunmen=unidentified-armed", "the General Security service is the force of the authorities that took power in December 2024")]
    [InlineData("fr", "2025-03-08", "L'armée syrienne a repris Jableh.", "L'armée syrienne=syria-army-2024", "after Assad's fall (December 2024) the Syrian army is the new authorities' (actors.json successor)")]
    [InlineData("en", "2025-03-08", "Government forces retook Jableh.", "Government forces=syria-army-2024", "the same in English")]
    [InlineData("en", "2017-04-06", "The Organisation for the Prohibition of Chemical Weapons said it was gathering information.", "The Organisation for the Prohibition of Chemical Weapons=opcw", "the watchdog is a speaker; its name holds weapon words")]
    [InlineData("fr", "2014-10-06", "Une combattante kurde s'est fait exploser.", "Une combattante kurde=ypg", "a Kurdish woman fighter, feminine singular: the Kurdish forces of 2014, the YPG")]
    [InlineData("fr", "2019-01-10", "Le mouvement Nourredine al-Zenki a perdu Daret Ezza.", "Le mouvement Nourredine al-Zenki=zenki", "AFP's spelling of Nour al-Din al-Zenki")]
    [InlineData("fr", "2019-01-04", "Le groupe Nourredine al-Zinki a perdu son fief.", "Nourredine al-Zinki=zenki", "the Zinki spelling after Nourredine")]
    [InlineData("fr", "2019-01-04", "Neuf combattants du Zinki ont péri.", "Zinki=zenki", "the group's short name, after a linker")]
    [InlineData("en", "2018-02-20", "HTS accused the Zenki of an ambush.", "HTS=hts | the Zenki=zenki", "the short English name, without 'movement'")]
    [InlineData("en", "2024-04-02", "An Israeli air strike hit the consulate.", "An Israeli air strike=israel-army", "a strike named by its country's adjective names that country's forces")]
    [InlineData("fr", "2024-04-02", "Une frappe israélienne a touché le consulat.", "Une frappe israélienne=israel-army", "une frappe israélienne, singular, names Israel")]
    [InlineData("en", "2012-05-11", "Security forces opened fire on demonstrators.", "Security forces=syria-army | demonstrators=protesters", "the security forces of 2012 are the regime's")]
    [InlineData("en", "2018-03-12", "Jaysh al-Islam signed the deal. The rebels will leave on buses.", "Jaysh al-Islam=jaysh-islam | The rebels=jaysh-islam", "the rebels are the last rebel group named")]
    [InlineData("en", "2018-03-12", "HTS and the factions shelled the town.", "HTS=hts | the factions=syria-rebels", "the factions are never the jihadist group next to them")]
    [InlineData("en", "2018-03-12", "The group said it would fight on.", "", "'the group' with nobody named before names nobody")]
    [InlineData("en", "2018-03-12", "The SDF entered the town. The group raised its flag.", "SDF=sdf | The group=sdf", "'the group' refers back to an armed group")]
    [InlineData("fr", "2018-03-12", "L'armée turque a bombardé le village. L'armée a ensuite avancé.", "L'armée turque=turkey-army | L'armée=turkey-army", "'l'armée' is the last army named")]
    [InlineData("fr", "2018-03-12", "Les opérations militaires reprennent.", "", "'militaires' as an adjective is nobody")]
    [InlineData("fr", "2018-03-12", "L'armée a repris le contrôle du quartier.", "L'armée=syria-army", "an unqualified army with no other named is Syria's")]
    [InlineData("fr", "2018-03-12", "L'armée turque a bombardé le village.\n\nPlus tard, l'armée a repoussé une attaque.", "L'armée turque=turkey-army | l'armée=syria-army", "a description resolves within its paragraph: an army named paragraphs before is another story's")]
    [InlineData("en", "2018-03-12", "Gunmen shot a teacher.", "Gunmen=unidentified-armed", "unidentified gunmen")]
    [InlineData("fr", "2015-05-21", "L'EI a pris la ville. Le groupe a exécuté des habitants.", "L'EI=is-syria | Le groupe=is-syria | des habitants=civilians", "French 'le groupe' refers back to the armed group named before")]
    [InlineData("fr", "2015-05-21", "Le groupe a fait une déclaration.", "", "French 'le groupe' with nobody named before names nobody")]
    public void Descriptions_resolve_in_context(string lang, string? date, string text, string expected, string why)
    {
        // Given a dispatch where a description follows (or not) a name
        // When it is read
        var got = Recognize(lang, date, text);
        // Then the description is the actor the context names
        Assert.True(expected == got, $"{why}\n  expected: {expected}\n  got:      {got}");
    }

    [Theory]
    [InlineData("en", "2015-06-01", "The Nusra Front seized the base.", "The Nusra Front=nusra", "in 2015 Nusra is Nusra")]
    [InlineData("en", "2018-06-01", "The Nusra Front seized the base.", "The Nusra Front=hts", "in 2018 the old name codes to HTS")]
    [InlineData("fr", "2016-10-01", "Le Front al-Nosra et le Front Fateh al-Cham.", "Le Front al-Nosra=jfs | le Front Fateh al-Cham=jfs", "between the two renamings both names are JFS")]
    [InlineData("en", "2016-07", "Nusra and Fateh al-Sham.", "Nusra=nusra | Fateh al-Sham=jfs", "a month-only date overlapping the renaming keeps each name")]
    [InlineData("en", null, "The Nusra Front seized the base.", "The Nusra Front=hts", "undated: the latest name")]
    [InlineData("en", "2015-06-01", "Turkish troops crossed the border.", "Turkish troops=turkey-army-2002", "before July 2016, Turkey's earlier ACLED actor")]
    [InlineData("en", "2017-06-01", "Turkish-backed rebels took the hill.", "Turkish-backed rebels=euphrates-shield", "before the SNA existed, the Euphrates Shield factions")]
    public void Names_are_scoped_by_the_dispatch_date(string lang, string? date, string text, string expected, string why)
    {
        // Given a dispatch of a given date
        // When it is read
        var got = Recognize(lang, date, text);
        // Then each name codes to the entry valid on that date
        Assert.True(expected == got, $"{why}\n  expected: {expected}\n  got:      {got}");
    }

    [Theory]
    [InlineData("fr", "Selon l'Observatoire syrien des droits de l'homme (OSDH), 12 civils sont morts.", "l'Observatoire syrien des droits de l'homme=sohr | OSDH=sohr | civils=civilians", "the Observatory and its acronym are a source")]
    [InlineData("en", "The Britain-based monitor said SOHR had counted 40 dead.", "The Britain-based monitor=sohr | SOHR=sohr", "English names of the Observatory")]
    [InlineData("fr", "Damas a accusé les rebelles, selon l'agence officielle Sana.", "Damas=syria-government | les rebelles=syria-rebels | l'agence officielle Sana=syria-state-media", "the capital speaking is the government; state media")]
    [InlineData("fr", "Des obus sont tombés sur Damas.", "", "the capital as a place is nobody")]
    [InlineData("fr", "Un enfant a été tué, selon l'agence Sana.", "Un enfant=civilians | l'agence Sana=syria-state-media", "the state agency named without an adjective")]
    [InlineData("en", "Turkish jets struck as Ankara's ground offensive entered its third day.", "Turkish jets=turkey-army | Ankara's ground offensive=turkey-army", "a foreign capital's offensive is its army's, not a place")]
    [InlineData("en", "State media reported the strike, citing the White Helmets.", "State media=syria-state-media | the White Helmets=white-helmets", "state media and the rescuers as sources")]
    [InlineData("en", "Local activists and medical sources gave the toll, Airwars said.", "Local activists=activists | medical sources=medical-sources | Airwars=airwars", "generic sources")]
    public void Sources_are_told_from_parties(string lang, string text, string expected, string why)
    {
        // Given a sentence that attributes a claim
        // When it is read
        var got = Recognize(lang, "2018-03-12", text);
        // Then the speakers are source entries
        Assert.True(expected == got, $"{why}\n  expected: {expected}\n  got:      {got}");
    }
}
