namespace Sitrep.Coding.Tests;

/// <summary>
/// Sentences that speak of violence without reporting any: negated, denied, threatened, planned, questioned, or
/// background. They must yield no event at all.
/// </summary>
[Collection(GoldenCollection.Name)]
public sealed class NonEventTests(GoldenWorld world)
{
    /// <summary>Language, dispatch date, text, reason.</summary>
    public static readonly TheoryData<string, string, string, string> Records = new()
    {
        { "fr", "2018-02-05", "L'armée syrienne n'a pas bombardé Douma lundi, selon l'agence officielle Sana.", "negated: 'n'a pas bombardé'" },
        { "fr", "2020-02-28", "Les ministres de l'Otan se sont réunis vendredi à Bruxelles. Ils ont condamné les « frappes aveugles » du régime sur Idleb.", "condemned: 'ont condamné les frappes' names a conduct or an event told elsewhere (events.json condemnations)" },
        { "en", "2020-02-28", "NATO ministers met in Brussels on Friday. They condemned the indiscriminate air strikes by the regime on Idlib.", "condemned: 'condemned the air strikes'" },
        { "en", "2019-08-21", "The loss of Khan Shaykhun came as a major blow to the rebels in Idlib.", "a figurative blow is no explosion (events.json blockers)" },
        { "en", "2013-12-14", "A winter storm blanketed Manbij in snow on Thursday.", "a weather storm is no storming of a town (events.json blockers)" },
        { "en", "2019-08-21", "Army engineers spent the day in Khan Shaykhun clearing it of mines left by the rebels.", "demining names no blast: 'clearing it of mines', 'mines left by'" },
        // session 17
        { "en", "2012-08-09", "Rebels have held Manbij since mid-July, when the last government troops withdrew from the town.", "a 'when' clause right after the start of a period ('since mid-July,') tells how the period began, not a new event" },
        { "fr", "2012-08-09", "Les rebelles tiennent Manbij depuis la mi-juillet, lorsque les dernières troupes du régime se sont retirées de la ville.", "the same with 'depuis ..., lorsque'" },
        { "en", "2012-08-09", "A pro-government newspaper predicted last week that Aleppo would be the mother of all battles.", "a noun after a future or conditional copula ('would be') is a forecast (events.json unreal_copulas)" },
        { "fr", "2012-08-09", "Selon un journal proche du pouvoir, Alep sera le théâtre de la mère des batailles.", "the same after 'sera'" },
        // session 18
        { "fr", "2016-08-26", "Dimanche, un attentat contre un mariage à Ankara avait fait 30 morts.", "happened abroad: a place abroad after a locative inside the clause's own words ('un attentat ... à Ankara ... 30 morts')" },
        { "en", "2019-10-13", "A rocket killed three people in the Turkish town of Kilis on Sunday.", "happened abroad: a place abroad named after a settlement noun ('the Turkish town of'), after a locative (events.json settlement_nouns)" },
        { "fr", "2019-10-13", "Une roquette a tué trois personnes dimanche dans la ville turque de Kilis.", "the same with 'dans la ville turque de'" },
        { "fr", "2015-07-12", "Au Liban, l'armée a bombardé samedi des positions jihadistes près de la frontière.", "happened abroad: a country after the locative that opens the sentence, closed by a comma, sets the sentence there" },
        { "en", "2022-01-26", "In Iraq, gunmen killed seven soldiers at a checkpoint on Friday.", "the same with 'In Iraq,'" },
        { "en", "2022-01-26", "Militants have grown bolder in neighbouring Iraq, where gunmen killed seven soldiers on Friday.", "happened abroad: a clause after a country and 'where' is set in that country (events.json locative_relatives)" },
        { "en", "2017-05-10", "A breach would flood every town downstream as far as Raqqa.", "a verb form used as a noun (after 'a') before a conditional ('would') is a forecast, as a trigger noun is" },
        { "en", "2017-05-10", "Commanders in Manbij said a push could take months.", "the same with 'a push ... could'" },
        { "fr", "2012-05-26", "Jeudi, l'OSDH avait recensé 35 morts à travers le pays.", "a count spread over the whole country ('à travers le pays', events.json country_wide) is no event of a place" },
        { "en", "2012-05-26", "On Thursday, the Observatory counted 35 people killed across the country.", "the same with 'across the country'" },
        { "fr", "2020-02-28", "Des renforts turcs ont été envoyés jeudi près de Douma pour reprendre la ville.", "a purpose: 'pour reprendre' tells what was aimed at (events.json purpose_cues)" },
        { "en", "2020-02-28", "Turkish reinforcements were sent near Douma on Thursday in order to retake the town.", "a purpose: 'in order to retake'" },
        { "en", "2016-02-01", "The opposition insisted that the government halt air strikes on civilian areas.", "demanded: 'halt air strikes'" },
        { "en", "2016-02-01", "Diplomats said expectations of a breakthrough were low.", "hoped for: 'expectations of a breakthrough'" },
        { "fr", "2019-10-11", "Des obus ont tué deux civils jeudi à Ankara.", "happened abroad: a clause that places its event only in another country is not the focus country's event" },
        { "fr", "2019-10-11", "À Ankara, des obus de mortier ont tué deux personnes jeudi.", "happened abroad: a place abroad in the locative that opens the sentence frames its clause" },
        { "fr", "2014-10-08", "Des heurts ont fait au moins 14 morts mardi dans plusieurs villes de Turquie, dont Ankara.", "happened abroad: a place listed ('dont') in the area a locative names just before (events.json place_parts)" },
        { "en", "2014-10-08", "Clashes killed at least 14 people on Tuesday in several cities in Turkey, including Ankara.", "the same in English ('including')" },
        { "fr", "2016-12-19", "D'autres camions ont pris la route de Raqqa lundi.", "'prendre la route' is setting off, not taking ground" },
        { "fr", "2018-02-21", "Le régime a massé des renforts autour de l'enclave, laissant présager un assaut terrestre imminent.", "feared: 'laissant présager un assaut'" },
        { "fr", "2018-02-05", "Les rebelles n'ont pas attaqué Hama mardi.", "negated: 'n'ont pas attaqué'" },
        { "fr", "2018-02-05", "Damas dément avoir bombardé Douma.", "denied: 'dément avoir bombardé'" },
        { "fr", "2018-02-05", "Le régime menace d'attaquer Idlib.", "future: 'menace d'attaquer'" },
        { "fr", "2018-02-05", "L'armée prévoit une offensive sur Idlib.", "future: 'prévoit une offensive'" },
        { "fr", "2018-02-05", "Les forces gouvernementales pourraient lancer une offensive contre Idlib dans les prochains jours.", "hypothetical: 'pourraient lancer'" },
        { "fr", "2018-02-05", "L'armée va-t-elle attaquer Idlib ?", "a question" },
        { "fr", "2019-03-12", "L'armée reprendrait ainsi la ville de Khan Cheikhoun d'ici l'été.", "conditional: 'reprendrait' tells what would happen" },
        { "fr", "2019-03-12", "Les forces gouvernementales bombarderont les positions jihadistes de Saraqeb.", "future: 'bombarderont' has not happened" },
        { "fr", "2019-03-12", "Le régime lancerait bientôt une offensive contre la province d'Idleb.", "a trigger noun after a conditional verb ('lancerait une offensive')" },
        { "fr", "2023-02-19", "En janvier 2021, des raids israéliens sur Deir ez-Zor avaient tué 57 combattants prorégime.", "a sentence opened by a date years before the dispatch is background, even past its comma" },
        { "en", "2023-02-19", "In December 2020, the group ambushed a bus near Palmyra, killing 37 soldiers.", "a sentence opened by a date years before the dispatch is background, even past its comma" },
        { "en", "2020-04-28", "The UN envoy called for a nationwide ceasefire in Afrin on Tuesday.", "called for: what is asked for has not happened" },
        { "en", "2014-10-07", "The Turkish president said Manbij was about to fall.", "'about to': what is about to happen has not happened (events.json warnings)" },
        { "en", "2019-12-24", "The US president ordered the withdrawal of American troops from northern Syria.", "ordered: a withdrawal ordered has not happened yet (events.json blockers)" },
        { "fr", "2019-12-24", "Le président américain a annoncé le retrait des troupes américaines du nord-est syrien.", "announced: a withdrawal announced has not happened yet, though 'retrait' is a withdrawal noun" },
        { "en", "2017-04-06", "The Organisation for the Prohibition of Chemical Weapons said on Thursday it was gathering information in Idlib.", "a weapon's words inside the watchdog's name tell no attack (actors.json opcw)" },
        { "en", "2017-03-22", "Raqqa is Being Slaughtered Silently said the toll in Raqqa could be higher.", "a massacre's word inside an activist group's name tells no event (actors.json rbss)" },
        { "en", "2013-03-05", "Raqqa became a haven for thousands of people who fled fighting elsewhere.", "people who fled fighting tell no fighting (blockers)" },
        { "fr", "2013-03-05", "Des milliers de familles fuyant les combats se sont réfugiées à Raqqa.", "the same in French (blockers)" },
        { "fr", "2013-06-05", "L'armée s'apprête à lancer une offensive pour reprendre Alep.", "what an army is about to do has not happened (warnings)" },
        { "en", "2021-06-15", "Residents fear a new military offensive on Daraa.", "feared: 'fear a new offensive' (warnings)" },
        { "en", "2011-04-23", "Washington is considering targeted sanctions against officials in Damascus.", "'targeted sanctions' is no strike (blockers)" },
        { "fr", "2020-04-28", "L'émissaire de l'ONU a appelé à un cessez-le-feu à Afrin mardi.", "appelé à : ce qui est demandé n'a pas eu lieu" },
        { "en", "2023-08-31", "Tribal elders said they would stay in Dhiban until the SDF withdrew.", "until: the withdrawal is a condition, not an event" },
        { "en", "2020-04-28", "Dozens were wounded and evacuated to hospitals in Afrin.", "evacuated to hospital: casualties carried away, not an evacuation of ground" },
        { "en", "2023-02-10", "The quake killed more than 3,300 people in Aleppo province, the health ministry said.", "deaths an earthquake caused are no conflict event (events.json disaster_nouns)" },
        { "fr", "2023-02-10", "Le tremblement de terre a fait plus de 3 300 morts à Alep, selon le ministère de la Santé.", "deaths an earthquake caused are no conflict event (events.json disaster_nouns)" },
        { "fr", "2023-02-14", "Un avion saoudien chargé d'aide a atterri mardi à Alep.", "an aircraft with nothing it did is no air strike (events.json vehicle_nouns)" },
        { "en", "2024-12-08", "Assad left Damascus aboard a plane on Sunday.", "an aircraft with nothing it did is no air strike (events.json vehicle_nouns)" },
        { "fr", "2023-02-14", "L'arrivée de l'avion est le signe d'un dégel entre Ryad et Damas.", "'signe d'un' is a noun, not the verb of an agreement" },
        { "fr", "2023-06-26", "Plus tôt encore, en avril 2017, l'attaque chimique de Khan Cheikhoun avait tué plus de 80 personnes.", "a past date set off by a comma before the event frames it as background, wherever it stands in the sentence" },
        { "en", "2020-02-28", "Back in April 2017, a sarin attack on Khan Shaykhun had killed more than 80 people.", "a past date set off by a comma before the event frames it as background, wherever it stands in the sentence" },
        { "fr", "2013-12-03", "Le régime a promis de reprendre Idleb dans les prochains jours.", "promised: 'a promis de reprendre' has not happened" },
        { "en", "2020-02-28", "The army vowed to retake Idlib within days.", "vowed: what is vowed has not happened" },
        { "fr", "2019-10-13", "Le président turc a assuré que l'offensive se poursuivrait jusqu'à Manbij.", "a trigger noun whose verb is in the conditional ('l'offensive se poursuivrait') has not happened" },
        { "en", "2019-10-13", "Erdogan said the offensive would continue to Manbij.", "a trigger noun whose verb is an unreal auxiliary ('the offensive would continue') has not happened" },
        { "en", "2014-10-07", "Erdogan repeated that air strikes alone would not save Aleppo.", "a trigger noun whose verb, one word on, is an unreal auxiliary ('air strikes alone would') has not happened" },
        { "en", "2013-06-06", "Rebels acknowledged the loss of Qusayr.", "'the loss of' a town is told, not a killing (events.json blockers)" },
        { "en", "2017-10-20", "Reporters walked past the shell of the Naim roundabout in Raqqa.", "'the shell of' a building is its ruin, not a shelling (events.json blockers)" },
        { "en", "2019-10-13", "The Kurds asked the Syrian army to deploy along the border to help repel the Turkish assault in Manbij.", "'to help repel' tells a purpose, not a battle (events.json warnings)" },
        { "en", "2015-01-27", "Kurds fired into the air in celebration in Manbij.", "shots fired into the air celebrate; they strike nobody (events.json blockers)" },
        { "fr", "2025-03-09", "L'ONU a demandé l'arrêt immédiat des tueries à Damas.", "demandé : ce qui est demandé n'a pas eu lieu" },
        { "en", "2025-03-09", "The UN asked government forces to stop shelling Aleppo on Monday.", "asked: what is asked for has not happened" },
        { "fr", "2017-10-20", "Des démineurs sont à la recherche de mines à Raqqa.", "a search for mines is no explosion (events.json blockers)" },
        { "fr", "2024-04-02", "Des tirs de défense antiaérienne ont été entendus au-dessus de Homs.", "air defence fire heard is no strike (events.json blockers)" },
        { "fr", "2024-12-08", "Les insurgés ont libéré des milliers de détenus à Damas.", "freeing detainees is neither retaking ground nor an arrest (events.json blockers)" },
        { "en", "2018-04-16", "An aid convoy entered Douma on Monday.", "a convoy entering a town takes no ground (events.json non_combatant_nouns)" },
        { "fr", "2016-01-12", "Un convoi humanitaire de l'ONU est entré lundi soir dans Douma.", "a convoy entering a town takes no ground (events.json non_combatant_nouns), even with a UN agency between" },
        { "en", "2018-04-16", "UN inspectors entered Douma on Saturday.", "inspectors entering a town take no ground (events.json non_combatant_nouns)" },
        { "fr", "2023-02-20", "La défense antiaérienne a abattu la plupart des missiles au-dessus de Damas.", "shooting down missiles kills nobody" },
        { "fr", "2018-02-05", "Sa télévision a-t-elle menti sur les frappes à Douma ?", "a question about strikes, not a report of one" },
        { "fr", "2018-02-05", "Les rebelles contrôlent Douma depuis 2012.", "background: 'depuis 2012' is a state of affairs, not an event" },
        { "en", "2018-02-05", "The Syrian army denied shelling Douma on Monday.", "denied: 'denied shelling'" },
        { "en", "2018-02-05", "Rebels did not attack Hama on Tuesday.", "negated: 'did not attack'" },
        { "en", "2018-02-05", "Russia denied that its jets struck Maarat al-Numan.", "denied: 'denied that its jets struck'" },
        { "en", "2018-02-05", "The regime plans to attack Idlib.", "future: 'plans to attack'" },
        { "en", "2018-02-05", "The regime threatened to launch an offensive on Idlib.", "future: 'threatened to launch an offensive'" },
        { "en", "2018-02-05", "Government forces could attack Idlib in the coming days.", "hypothetical: 'could attack'" },
        { "en", "2018-02-05", "Will the army attack Idlib?", "a question" },
        { "en", "2018-02-05", "Rebels have held Douma since 2012.", "background: 'since 2012' is a state of affairs, not an event" },
        { "fr", "2018-02-05", "Les avions du régime n'ont pas bombardé Douma lundi.", "negated verb negates the instrument noun before it (regression: 'avions' alone was an air strike)" },
        { "fr", "2018-02-05", "Depuis 2011, la ville de Douma a été bombardée à de nombreuses reprises.", "idiom 'à de nombreuses reprises' is no retaking, and the clause is background" },
        { "en", "2018-02-05", "Douma has been shelled many times since 2011.", "background clause: 'since 2011' in the same clause as the trigger" },
        { "fr", "2018-02-05", "La guerre en Syrie a fait plus de 340 000 morts depuis 2011.", "a war-long toll with no place of its own is no event" },
        { "en", "2018-02-05", "The war in Syria has killed more than 340,000 people since 2011.", "a war-long toll with no place of its own is no event" },
        { "en", "2017-05-09", "Tension in Idlib between the factions on Tuesday.", "tension between two sides is no event (issue 5)" },
        { "fr", "2017-05-09", "Tension mardi à Idlib entre les factions.", "la tension n'est pas un événement (issue 5)" },
        { "en", "2017-04-05", "Doctors in Idlib said patients showed signs of suffocation.", "'signs of' is a noun, not the verb of an agreement" },
        { "fr", "2017-04-05", "Des médecins à Idlib ont relevé des signes de suffocation.", "'signes de' est un nom, pas le verbe d'un accord" },
        { "fr", "2018-09-04", "La Turquie a mis en garde contre un massacre à Idleb.", "what a warning names has not happened ('mis en garde contre')" },
        { "en", "2018-09-04", "Turkey warned of a massacre in Idlib.", "what a warning names has not happened ('warned of')" },
        { "en", "2017-04-04", "Talks opened in Geneva on Tuesday. The government controls most of Hama province.", "past the headline, a present 'controls' states who holds ground, not a capture" },
        { "en", "2017-04-16", "Buses left the two besieged villages of Foua and Kefraya on Friday.", "'besieged' as an adjective tells a state, not a clash" },
        { "en", "2017-04-04", "Talks opened in Geneva on Tuesday. Rebels control the town of Daraa.", "past the headline, a present 'control the town' states who holds it; only a headline uses it for a capture" },
        { "fr", "2017-06-20", "En mars, des raids de l'aviation avaient tué 30 civils à Homs.", "a month ended more than 45 days before the dispatch dates a recalled happening, not news (dates.json staleDays)" },
        { "en", "2017-06-20", "Three months ago, government shelling killed 12 people in Hama.", "'three months ago' dates a recalled happening, not news (dates.json staleDays)" },
        { "en", "2017-06-20", "In March, air strikes killed 30 civilians in Homs. Those strikes hit a market.", "a sentence with no date of its own that names the background's event again after 'those' goes on with the background" },
        { "fr", "2017-06-20", "En mars, des frappes aériennes avaient tué 30 civils à Homs. Ces frappes avaient touché un marché.", "the same with 'ces' after a French background sentence" },
        { "en", "2018-10-21", "Damascus says the Idlib deal is temporary.", "a deal named only after 'the', with no verb of its making, is one already known, not a new agreement" },
        { "fr", "2016-12-16", "Chaque camp accuse l'autre d'avoir violé l'accord à Alep.", "'l'accord' with no verb of its making points back to a known deal" },
        { "en", "2025-01-16", "Washington was working to restore a ceasefire around Manbij.", "an effort toward a ceasefire is not one (warnings 'working to')" },
        { "fr", "2018-09-10", "La Russie et la Turquie s'efforcent d'instaurer un cessez-le-feu à Idleb.", "un effort vers une trêve n'en est pas une (warnings 's'efforcent de')" },
        { "fr", "2018-09-10", "Les jihadistes ont rassemblé des renforts près de Hama.", "gathering men is no protest: 'rassembler' is no protest verb" },
        { "fr", "2019-05-09", "Les secouristes ont tenté jeudi d'évacuer des blessés vers Saraqeb.", "taking the wounded to care is no evacuation of a population or of fighters (events.json blockers)" },
        { "en", "2016-11-06", "Residents say the army prevented the evacuation of the wounded from Homs.", "a medical evacuation is no transfer of territory or population (events.json blockers)" },
        { "fr", "2018-03-23", "Le groupe Jaych al-Islam négocie avec Moscou sans accepter à ce stade un départ de Douma.", "negotiating is no agreement: 'négocier' is no agreement verb" },
        { "en", "2025-02-03", "It was the deadliest such attack in Manbij since December.", "'such attack' names attacks already told, none new (events.json blockers)" },
        { "en", "2017-10-17", "We are now clearing sleeper cells and mines in Raqqa.", "mines to be cleared are no bomb that went off (events.json blockers; one blocker only, since blockers do not overlap)" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Sentence_yields_no_event(string lang, string date, string text, string why)
    {
        // Given a sentence that reports no violence

        // When
        var doc = world.Run(lang, date, text);

        // Then
        Assert.True(doc.Events!.Count == 0,
            $"{why}\ncoded: {string.Join(" | ", doc.Events!.Select(e => $"{e.EventType}/{e.SubEventType} on {e.When} ({string.Join(", ", e.Evidence.Where(v => v.Field == "event_type").Select(v => v.Range.Of(text)))})"))}");
    }
}
