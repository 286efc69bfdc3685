using Sitrep.Core.Model;

namespace Sitrep.Places.Tests;

[Collection("world")]
public class ContextTests(TestWorld world)
{
    private static Language L(string code) => code == "fr" ? Language.French : Language.English;

    [Theory]
    [InlineData("en", "Shelling on Arida.", "Arida", "SY", "a name shared by a Syrian and a Lebanese village: Syria is the default focus")]
    [InlineData("en", "In Lebanon, shelling on Arida near the border.", "Arida", "LB", "the country named in the sentence wins")]
    [InlineData("fr", "Des obus sur Arida, au Liban.", "Arida", "LB", "French country name")]
    [InlineData("fr", "Des obus tirés depuis le Liban.", "Liban", "LB", "a country's French name over a Syrian village whose name folds to the same key (Lebbin)")]
    [InlineData("en", "Shelling on Damascus.", "Damascus", "SY", "a Syrian city over a US town of the same name")]
    [InlineData("en", "A truce brokered by the United States, Russia and Jordan held.", "Russia", "RU", "a country's own name over a village of another country named in the same list")]
    public void Ambiguous_names_follow_the_country_in_focus(string lang, string text, string surface, string country, string why)
    {
        // Given a name several countries share
        var m = world.Recognize(text, L(lang)).Single(x => x.Surface == surface);
        // When resolved
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the country follows the dispatch's evidence
        Assert.True(country == r.Place.CountryCode, $"{why}: got {r.Place.Id} {r.Place.CountryCode}");
    }

    [Theory]
    [InlineData("en", "Clashes in Hama.", "Hama", "ocha:C2987", "a governorate capital over a village of the same name")]
    [InlineData("en", "Clashes in Hama, in Rural Damascus.", "Hama", "ocha:C2323", "the governorate named beside it picks the village")]
    [InlineData("fr", "Des combats à Hama, dans la province de Rif Dimachq.", "Hama", "ocha:C2323", "French containment phrase")]
    [InlineData("fr", "Rastan, dans la province de Homs, a été reprise.", "Rastan", "ocha:C2870", "town then its province")]
    [InlineData("fr", "Des frappes ont touché Hama, à une dizaine de kilomètres au nord-ouest de Damas.", "Hama", "ocha:C2323", "a place the apposition situates by distance from another is the namesake near that point, not the governorate capital")]
    [InlineData("en", "Shells hit Hama, some 10 km northwest of Damascus.", "Hama", "ocha:C2323", "the same in English")]
    [InlineData("en", "In Aleppo countryside, a landmine killed three children in Tal Jabin.", "Tal Jabin", "ocha:C1617", "two words with no exact entry spell OCHA's 'Tal Jbine' loosely, in the governorate the sentence names")]
    [InlineData("en", "In Idlib, warplanes struck the city.", "Idlib", "ocha:C3871", "a sentence-opening capital stays the city when the sentence names no other place of its governorate")]
    [InlineData("en", "Warplanes struck Idlib and Kafr Nobol.", "Idlib", "ocha:C3871", "a capital listed with a town of its governorate is a place of its own, not a frame")]
    [InlineData("en", "Clashes broke out near Khan Tuman on Tuesday.", "Khan Tuman", "ocha:C1015", "the press's two-word Khan Tuman is OCHA's one-word Khantuman (exonyms.tsv), not Toman 40 km east")]
    [InlineData("en", "Rebels fought the army in Adra on Saturday.", "Adra", "ocha:C2331", "a place whose own name is written outweighs a capital reached only through a variant of another of its names (Daraa's 'Adraa')")]
    [InlineData("en", "Shells hit Deraa on Saturday.", "Deraa", "ocha:C5993", "the capital's own alternate name still finds it")]
    public void Admin_containment_picks_among_namesakes(string lang, string text, string surface, string id, string why)
    {
        // Given a town name that several entries share
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // When the sentence names a governorate (or does not)
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the entry inside that governorate is chosen
        Assert.True(id == r.Place.Id, $"{why}: got {r.Place.Id} ({r.Place.Admin.Admin1})");
    }

    [Theory]
    [InlineData("en", "The Mayor said the Islamic State had left.", "ordinary capitalised words that are GeoNames names somewhere")]
    [InlineData("fr", "Le président Assad a parlé.", "sentence-initial article and a person's name")]
    [InlineData("en", "Man killed by a sniper.", "sentence-initial common word, a big town in Côte d'Ivoire")]
    [InlineData("en", "Nice work by the State media.", "sentence-initial word that is a French city")]
    [InlineData("en", "Fighters of Ahrar al-Sham and Jaish al-Islam clashed.", "organisation names built on place-like words")]
    [InlineData("en", "Azza was shelled at dawn.", "a neighbour's city reached by an alternate name, sentence-initial, with nothing pointing at a place")]
    [InlineData("en", "Aerial bombardment continued over the hills.", "a misspelt common word that is a neighbour's town, sentence-initial")]
    [InlineData("en", "The truce of the Caesar and Sultan ends its 29th day.", "nicknames of two presidents; Caesar folds to the key of the exonym Qusayr")]
    [InlineData("fr", "Les rebelles se sont emparés de l'hôtel Karama, qui domine la vallée.", "a building's name after 'hôtel' (orgPrefixes) is no village of that name")]
    [InlineData("en", "Shells struck the hotel Karama at dawn.", "the same after 'hotel'")]
    [InlineData("en", "An activist told Karama News that the road was cut.", "a name before 'News' (orgSuffixes) is an outlet's ('ARA News'), no village")]
    [InlineData("en", "A car bomb went off near the Karama roundabout.", "a name before 'roundabout' (orgSuffixes) is the roundabout's, no village")]
    [InlineData("fr", "Une voiture piégée a explosé au rond-point Karama.", "the same after 'rond-point' (orgPrefixes)")]
    [InlineData("fr", "L'opération, baptisée « Karama », a débuté mercredi.", "a name an operation is given after a naming word ('baptisée', namingWords) is the operation's")]
    [InlineData("en", "The operation, dubbed Karama, began on Wednesday.", "the same with 'dubbed'")]
    public void Ordinary_words_are_not_places(string lang, string text, string why)
    {
        // Given a sentence without any place
        // When recognised
        var mentions = world.Recognize(text, L(lang));
        // Then nothing is resolved
        Assert.True(!mentions.Any(m => m.Resolution is Resolved), $"{why}: {string.Join(", ", mentions.Select(m => m.Surface + "=" + m.Resolution))}");
    }

    [Theory]
    [InlineData("en", "Shells hit Azza village in the western countryside of Homs.", "Azza", "a transliteration of a neighbour's city, while the dispatch names a Syrian governorate")]
    [InlineData("en", "Clashes near Azza and in Idlib countryside.", "Azza", "alternate name of Gaza next to a named Syrian governorate")]
    [InlineData("en", "Fighters seized the Old City of Aleppo's western districts.", "Old City", "a neighbourhood abroad (Jerusalem's) in a dispatch that names no other country")]
    public void Foreign_places_need_the_texts_support(string lang, string text, string surface, string why)
    {
        // Given a Syrian dispatch with a word that is only an alternate name of a neighbour's city
        // When recognised
        var mentions = world.Recognize(text, L(lang));
        // Then that word is not resolved abroad
        Assert.True(!mentions.Any(m => m.Surface == surface && m.Resolution is Resolved r && r.Place.CountryCode != "SY"),
            $"{why}: {string.Join(", ", mentions.Select(m => m.Surface + "=" + m.Resolution))}");
    }

    [Theory]
    [InlineData("en", "Warplanes hit Tlbiseh at dawn.", "Tlbiseh", "ocha:C2882", "a loose spelling close to the entry's name, introduced by a locative")]
    [InlineData("en", "Warplanes hit Tlbiseh Sahl at dawn.", "Tlbiseh", null, "the name goes on: 'Tlbiseh Sahl' is another name, not a loose Talbiseh")]
    [InlineData("en", "Warplanes hit Tlbiseh in Aleppo city.", "Tlbiseh", null, "the governorate named right after the name contradicts the candidate's")]
    [InlineData("en", "Warplanes hit Tlbiseh and then the far western countryside of Aleppo.", "Tlbiseh", "ocha:C2882", "a governorate named further on is another place of the list, not where the name lies")]
    [InlineData("en", "Spies of the Russian and Tlbiseh regime.", "Tlbiseh", null, "a conjunction is too weak to introduce a loosely spelt name")]
    public void A_loose_spelling_needs_a_locative_and_no_contradiction(string lang, string text, string surface, string? id, string why)
    {
        // Given a sentence with a loosely spelt name and no governorate that supports it
        // When recognised
        var mentions = world.Recognize(text, L(lang));
        var m = mentions.FirstOrDefault(x => x.Surface == surface);
        // Then it resolves only when a locative introduces it and nothing contradicts it
        var got = m?.Resolution is Resolved r ? r.Place.Id : null;
        Assert.True(id == got, $"{why}: got {got ?? "nothing"} ({string.Join(", ", mentions.Select(x => x.Surface + "=" + x.Resolution))})");
    }

    [Fact]
    public void A_neighbour_city_by_its_own_name_is_still_found()
    {
        // Given a dispatch naming Gaza by its own name after a preposition
        var m = world.Recognize("Israeli jets struck targets in Gaza overnight.", Language.English).Single(x => x.Surface == "Gaza");
        // When resolved
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the transliteration guard does not touch an exact name of a neighbour's city
        Assert.Equal("PS", r.Place.CountryCode);
    }

    [Fact]
    public void A_foreign_neighbourhood_is_found_when_its_country_is_named()
    {
        // Given a dispatch that names Israel and a neighbourhood known only there
        var m = world.Recognize("Police in Israel closed the streets of the Old City on Friday.", Language.English).Single(x => x.Surface == "Old City");
        // When resolved
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the named country lets its neighbourhood through
        Assert.Equal("IL", r.Place.CountryCode);
    }

    [Fact]
    public void A_far_away_city_needs_strong_evidence()
    {
        // Given a French dispatch naming Nice after a preposition, mid-sentence
        var m = world.Recognize("Une manifestation a eu lieu hier à Nice contre la guerre.", Language.French).Single(x => x.Surface == "Nice");
        // When resolved
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the big French city is accepted: exact name, a locative, a large population
        Assert.Equal("FR", r.Place.CountryCode);
    }

    [Theory]
    [InlineData("en", "Warplanes target the village of Foobarville.", "Foobarville", "introduced as a village, unknown to the gazetteer")]
    [InlineData("fr", "Des combats dans la province de Zorglub.", "Zorglub", "an area phrase whose name is unknown")]
    public void Unknown_names_are_explicitly_unresolved(string lang, string text, string surface, string why)
    {
        // Given a place introduced by a cue word but unknown
        var mentions = world.Recognize(text, L(lang));
        // When recognised
        var m = mentions.SingleOrDefault(x => x.Surface == surface);
        // Then it is an Unresolved answer with a reason, not a dropped mention
        Assert.True(m is not null, why);
        var u = Assert.IsType<Unresolved>(m!.Resolution);
        Assert.Contains(surface, u.Reason);
    }

    [Theory]
    [InlineData("en", "Airstrikes hit Kafr Nobol al-Bayda village in Idlib province.", "Kafr Nobol", false, "the name goes on (al-Bayda): a longer name the gazetteer lacks, not the village Kafr Nobol")]
    [InlineData("en", "Shelling on Kafr Nobol al-Gharbi and nearby farms.", "Kafr Nobol", true, "a qualifier after the name (al-Gharbi, western) is a part of the same place")]
    [InlineData("fr", "Des frappes sur Kafr Nobol al-Kabir, dans la province d'Idleb.", "Kafr Nobol", true, "al-Kabir (the big) is a qualifier too, in French text")]
    [InlineData("en", "Barrel bombs fell on Damascus al-Jadida overnight.", "Damascus", true, "a governorate capital keeps its name: the longer name is a part of it")]
    [InlineData("en", "Airstrikes hit Kafr Nobol village in Idlib province.", "Kafr Nobol", true, "without a continuation the village is resolved as before")]
    public void A_name_that_goes_on_with_an_article_is_a_longer_name_unless_a_qualifier_or_a_capital_follows(string lang, string text, string surface, bool resolved, string why)
    {
        // Given a known name followed, or not, by an article-joined word
        var m = world.Recognize(text, L(lang)).Single(x => x.Surface == surface);
        // When resolved, Then it is that place, or an explicit Unresolved that names the longer name
        Assert.True(resolved == m.Resolution is Resolved, $"{why}: got {m.Resolution}");
        if (!resolved)
            Assert.Contains($"{surface} al-", Assert.IsType<Unresolved>(m.Resolution).Reason);
    }

    [Fact]
    public void Mentions_come_in_text_order_with_ranges_inside_the_text()
    {
        // Given a sentence naming several places
        const string text = "Les combattants ont quitté Rastan et Talbissé pour Idleb.";
        // When recognised
        var mentions = world.Recognize(text, Language.French);
        // Then the mentions are ordered and their surfaces are the text's characters
        Assert.Equal(["Rastan", "Talbissé", "Idleb"], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal(m.Surface, m.Range.Of(text)));
    }

    [Theory]
    [InlineData("fr", "Les FDS ont pris le quartier de Kafr Nobol à Alep.", "Kafr Nobol", "ocha:C1007", 2, "a 'quartier' whose only entry is a village 60 km away is a quarter of the town the sentence names")]
    [InlineData("en", "Clashes in the Kafr Nobol neighbourhood of Aleppo on Monday.", "Kafr Nobol", "ocha:C1007", 2, "the same with the cue after the name, in English")]
    [InlineData("fr", "Des obus sur le quartier de Yarmuk, à Damas.", "Yarmuk", "ocha:C1002", 1, "a quarter named as such and lying in the town named beside it is that entry")]
    [InlineData("fr", "Des obus sur le quartier de Bab Touma, à Damas.", "Bab Touma", "ocha:C10011027", 1, "Bab Touma is a quarter of the Old City of Damascus (curated exonym)")]
    [InlineData("fr", "Les forces ont repris Alep mardi. Un obus est tombé sur le quartier de Kafr Nobol. Le bilan a été confirmé à Damas.", "Kafr Nobol", "ocha:C1007", 2, "with no town in its sentence, a quarter lies in the town named before it, not in the one named after")]
    [InlineData("en", "Shells hit the Kafr Nobol neighborhoods in Aleppo city.", "Kafr Nobol", "ocha:C1007", 2, "the plural 'neighborhoods' after the name is a neighbourhood cue too")]
    [InlineData("fr", "Seuls les quartiers kurdes de Kafr Nobol et d'Achrafieh, à Alep, résistent.", "Kafr Nobol", "ocha:C1007", 2, "an adjective between the cue and its name ('quartiers kurdes de') keeps the cue; the other quarter named is no town it lies in")]
    [InlineData("fr", "Seuls les quartiers de Yarmuk et d'Achrafieh, à Damas, résistent.", "Achrafieh", "ocha:C1001", 2, "the second name joined by 'et' after a neighbourhood cue is a quarter too, not the village Sharifa 300 km away")]
    [InlineData("fr", "Les forces ont repris Damas. Elles avancent vers Homs. Seuls les quartiers de Yarmuk et d'Achrafieh résistent.", "Achrafieh", "ocha:C1001", 2, "the quarter named beside it says which town an unknown quarter lies in, not the town named last")]
    [InlineData("en", "Troops captured the Kafr Nobol and Sharifa districts of eastern Aleppo.", "Kafr Nobol", "ocha:C1007", 2, "the first of two names joined before a place word ('X and Y districts') is a quarter too; a part of a town ('eastern Aleppo') is the town it lies in")]
    [InlineData("fr", "Des manifestants se sont rassemblés sur la place al-Karama, dans le centre d'Alep.", "al-Karama", "ocha:C1007", 2, "'place' (a square) is a neighbourhood cue: not the village Karama of Deir ez-Zor")]
    [InlineData("en", "A bomb hit the Old Damasus neighbourhood of Aleppo city.", "Old Damasus", "ocha:C1007", 2, "a quarter of another city's name, put in a town by 'neighbourhood of', is a part of that town")]
    public void A_named_quarter_lies_in_the_town_beside_it(string lang, string text, string surface, string id, int precision, string why)
    {
        // Given a name introduced as a neighbourhood, in a sentence that names a town
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // When resolved
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then it is the quarter itself when the gazetteer has it there, else the town it is a quarter of, near it
        Assert.True(id == r.Place.Id && precision == r.GeoPrecision, $"{why}: got {r.Place.Id} p{r.GeoPrecision} ({r.Rule})");
    }

    [Theory]
    [InlineData("en", "Clashes near Maar Dis in Idlib province killed ten.", "Maar Dis", "Idleb", "Hama", "the text places the village in Idlib; the gazetteer's only Maar Dis lies deep in Hama")]
    [InlineData("fr", "Des raids ont frappé Ein Dara, dans la province de Deir ez-Zor.", "Ein Dara", "Deir-ez-Zor", "Aleppo", "French containment phrase after a comma")]
    [InlineData("en", "Shelling hit Upper Baguz in the eastern Homs countryside.", "Upper Baguz", "Homs", "Deir-ez-Zor", "a direction word may stand between the link and the governorate")]
    public void A_village_the_text_places_in_another_governorate_is_unresolved_with_its_reason(string lang, string text, string surface, string stated, string known, string why)
    {
        // Given a village name whose only entry lies far outside the governorate the text puts it in
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // When resolved
        var u = Assert.IsType<Unresolved>(m.Resolution);
        // Then the answer is explicit and names both governorates
        Assert.True(u.Reason.Contains(stated) && u.Reason.Contains(known), $"{why}: {u.Reason}");
    }

    [Theory]
    [InlineData("fr", "Des combats à Kafr Nobol, dans la province de Hama.", "Kafr Nobol", "ocha:C4068", "a village just across the border of the governorate named is where the press draws it, not a contradiction")]
    [InlineData("en", "Clashes in Rastan, in Homs province.", "Rastan", "ocha:C2870", "the stated governorate agrees with the entry")]
    [InlineData("en", "Clashes near Maar Dis and in Idlib province.", "Maar Dis", "ocha:C3031", "a governorate joined by 'and' does not contain the village")]
    public void A_stated_governorate_that_agrees_or_is_not_a_container_keeps_the_entry(string lang, string text, string surface, string id, string why)
    {
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        var r = Assert.IsType<Resolved>(m.Resolution);
        Assert.True(id == r.Place.Id, $"{why}: got {r.Place.Id} ({r.Place.Admin.Admin1})");
    }

    [Theory]
    [InlineData("fr", "Des obus sur Douma, dans la province de Damas.", "province de Damas", "SY03", "Damascus governorate is the city alone: the press's 'province de Damas' is Rural Damascus")]
    [InlineData("fr", "Des combats dans la campagne de Damas.", "campagne de Damas", "SY03", "the countryside of Damascus is Rural Damascus")]
    [InlineData("en", "Madaya, in Damascus province, is besieged.", "Damascus province", "SY03", "English 'Damascus province'")]
    [InlineData("en", "Shelling on Damascus.", "Damascus", "SY01", "the city itself stays Damascus")]
    public void The_province_of_Damascus_is_Rural_Damascus(string lang, string text, string surface, string admin1, string why)
    {
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        var r = Assert.IsType<Resolved>(m.Resolution);
        Assert.True(admin1 == r.Place.Admin.Admin1PCode, $"{why}: got {r.Place.Name} ({r.Place.Admin.Admin1PCode})");
    }

    [Fact]
    public void A_quarter_far_from_every_town_of_the_dispatch_is_unresolved_with_its_reason()
    {
        // Given a quarter whose only entry is a village far away, in a dispatch that names a province but no town
        const string text = "Des combats dans le quartier de Kafr Nobol, dans la province d'Alep.";
        // When resolved
        var m = world.Recognize(text, Language.French).First(x => x.Surface == "Kafr Nobol");
        // Then it is not that village: it is an answer that says why
        var u = Assert.IsType<Unresolved>(m.Resolution);
        Assert.Contains("neighbourhood", u.Reason);
    }

    [Fact]
    public void A_name_after_an_ordinary_word_is_still_a_place()
    {
        // Given the same name after a locative, as a control of the row above
        var m = world.Recognize("Selon des habitants d'Arida, la ville est calme.", Language.French).First(x => x.Surface == "Arida");
        // When resolved, Then it is the village
        Assert.IsType<Resolved>(m.Resolution);
    }

    [Theory]
    [InlineData("fr", "Des frappes ont touché Arida, à l'est de Deir-ez-Zor.", "Arida", "a place the text situates by direction from another, where no entry of its name lies, is unresolved (the relative place stands)")]
    [InlineData("en", "Fighting raged around Arida north of Aleppo.", "Arida", "a direction right after the name situates it as one after a comma does: the entries of the name lie 200 km away")]
    [InlineData("en", "Strikes hit Arida, east of Deir-ez-Zor.", "Arida", "the same in English")]
    public void A_place_situated_where_no_namesake_lies_is_unresolved(string lang, string text, string surface, string why)
    {
        // Given a name whose entries all lie far from where the apposition after it situates it
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // When resolved, Then it is an explicit unresolved name with the reason
        Assert.True(m.Resolution is Unresolved u && u.Reason.Contains("situates"), $"{why}: got {m.Resolution}");
    }

    [Theory]
    [InlineData("en", "Mustafa Arida, a local official, said the town was calm.", "Arida", "a given name opening the sentence: the word after it is a surname, not the village Arida")]
    [InlineData("fr", "Selon Ahmed Arida, la ville est calme.", "Arida", "a given name right before the name makes it part of a person's name")]
    [InlineData("en", "The monitor's director Ahmed Homsi said the town was calm, Ahmed Arida added.", "Arida", "the given name stands before the surname, after a comma too")]
    [InlineData("en", "The head of the monitor, Rami Arida, said the town was calm.", "Rami", "a given name followed by a capitalised word is a person's name, not a village of that name")]
    [InlineData("fr", "Selon Mustafa Arida, la ville est calme.", "Mustafa", "the same in French")]
    [InlineData("en", "SDF spokesman Mostafa Arida said the town was calm.", "Arida", "'Mostafa' is a given name too (places/given-names.txt)")]
    [InlineData("en", "SDF spokesman Mostafa Arida said the dam was intact. \"We hold it,\" Arida told reporters.", "Arida", "a word the text wrote as part of a person's name (after a given name or a title) is that person when it stands alone later")]
    [InlineData("fr", "Selon le porte-parole Ahmed Arida, le barrage est intact. « Nous le tenons », a ajouté Arida.", "Arida", "the same in French")]
    [InlineData("en", "The rocket was intercepted by the Iron Dome system.", "Iron", "the Israeli air defence is no spelling of Iran (places/lang commonWords)")]
    [InlineData("fr", "Deux Soukhoï du régime ont été abattus.", "Soukhoï", "an aircraft's make is no village (Saka)")]
    [InlineData("en", "He heads the council, an Arab-led unit within the alliance.", "an Arab", "a curated name of several words (Ain al-Arab) starts lower-case only with a hyphened article, not with the English 'an'")]
    [InlineData("fr", "Selon Sana, les combats ont repris.", "Sana", "the Syrian news agency is no village of a like spelling (Saana): places/lang commonWords")]
    [InlineData("en", "The fighting resumed, Sana reported.", "Sana", "the same in English")]
    [InlineData("fr", "La ville, sur l'autoroute Damas-Alep, est aux mains des rebelles.", "Damas", "the towns that name a road ('l'autoroute Damas-Alep') are its ends, not places: places/lang roadNouns")]
    [InlineData("en", "Rebels cut the Damascus-Aleppo highway on Tuesday.", "Aleppo", "the same in English, the road noun after the pair")]
    [InlineData("fr", "La ville, sur l'autoroute reliant Damas à Alep, est aux mains des rebelles.", "Damas", "a road's first end after a link word ('l'autoroute reliant X à Y'): places/lang roadLinks")]
    [InlineData("fr", "La ville, sur l'autoroute reliant Damas à Alep, est aux mains des rebelles.", "Alep", "the second end, after the joiner: places/lang roadJoiners")]
    [InlineData("en", "The town lies on the highway linking Damascus with Aleppo.", "Aleppo", "the same in English, 'linking X with Y'")]
    [InlineData("fr", "Les rebelles tiennent la route entre Homs et Hama.", "Hama", "'la route entre X et Y' names a road's ends")]
    [InlineData("en", "The convoy left on Dec. 15 for Idlib.", "Dec", "a month's abbreviation is no village (Dik)")]
    [InlineData("en", "Rebels besieged two Shi'ite villages.", "Shi'ite", "a confession is no village (Shatheh)")]
    [InlineData("fr", "L'Otan a appelé à la retenue.", "Otan", "the French acronym of NATO is no village of that name")]
    [InlineData("en", "\"We fled at night,\" said Abu Mustafa, a farmer.", "Mustafa", "the kunya 'Abu' makes the name after it a person's, not a village's (places/lang personTitles)")]
    [InlineData("fr", "« Nous avons fui », raconte Abou Mustafa, un agriculteur.", "Mustafa", "the same in French, 'Abou'")]
    [InlineData("fr", "Les souks de la Vieille ville ont brûlé.", "Vieille", "a capitalised French adjective ('la Vieille ville') is no village a gazetteer lists under it (commonWords)")]
    [InlineData("fr", "Le Conseil des droits de l'Homme s'est réuni à Genève.", "Homme", "the 'Homme' of human rights is no spelling of Hama (commonWords)")]
    [InlineData("fr", "La province est aux mains de HTS, l'ex-branche d'Al-Qaïda.", "Al-Qaïda", "the jihadist network is no village, even after its article (places/lang notNames)")]
    [InlineData("en", "The group was once an al-Qaida affiliate.", "al-Qaida", "the same in English")]
    [InlineData("fr", "Selon le Croissant-Rouge arabe syrien (CRAS), vingt civils ont été tués.", "CRAS", "an acronym in capitals alone in brackets spells the name before it, not a village")]
    [InlineData("fr", "Ankara a lancé l'opération « Source de paix » contre les FDS.", "Source", "a name in quotes after 'opération' is the operation's, not a village's (places/lang operationNouns)")]
    [InlineData("en", "Turkey launched Operation Sarkha Dawn on Wednesday.", "Sarkha", "the same in English, unquoted: the capitalised words after 'Operation' name it, even one that spells a village")]
    [InlineData("fr", "Le gouverneur de la province turque de Hatay a fermé la frontière.", "Hatay", "a foreign country's adjective after the area word ('province turque de') puts the name in Turkey: a Syrian namesake is not it (places/lang foreignAdjectives)")]
    [InlineData("en", "Rockets fell on the Turkish border town of Hatya on Sunday.", "Hatya", "the same in English, the adjective before the place word, even for a name a Syrian village bears exactly")]
    public void A_name_that_is_no_place_here_resolves_to_none(string lang, string text, string surface, string why)
    {
        // Given a word that spells or resembles a village's name but is part of a person's name (after or before a given name
        // of data/places/given-names.txt), or names a leader, an agency, a month, a confession or a road's end
        // When recognised
        var m = world.Recognize(text, L(lang)).FirstOrDefault(x => x.Surface == surface);
        // Then it is no place
        Assert.True(m is null || m.Resolution is Unresolved, $"{why}: got {m?.Resolution}");
    }

    [Theory]
    [InlineData("en", "SDF commander Mostafa Arida said fighting went on. Rockets later hit the village of Arida.", "Arida", "ocha:C6238", "a locative before it makes a word the text also wrote as a person's name a place here")]
    [InlineData("fr", "Le commandant Ahmed Arida a parlé de combats. Des roquettes sont tombées ensuite à Arida.", "Arida", "ocha:C6238", "the same in French")]
    public void A_persons_name_is_a_place_after_a_locative(string lang, string text, string surface, string id, string why)
    {
        // Given a word written first as part of a person's name, then after a locative
        // When recognised
        var m = world.Recognize(text, L(lang)).FirstOrDefault(x => x.Surface == surface);
        // Then the later mention is the place
        Assert.True(m?.Resolution is Resolved r && r.Place.Id == id, $"{why}: got {m?.Resolution}");
    }

    [Theory]
    [InlineData("fr", "Le Qatar a condamné les frappes sur Alep.", "Qatar", "QA", "a country named by its curated name is that country, not the Syrian village that shares the name")]
    [InlineData("en", "Saudi Arabia, Turkey and Qatar back the rebels in Aleppo.", "Qatar", "QA", "the same in English, in a list of countries")]
    [InlineData("fr", "Des frappes ont visé le village de Qatar, au nord d'Alep.", "Qatar", "SY", "a settlement cue ('le village de') keeps the village")]
    public void A_countrys_own_name_is_the_country_unless_a_cue_says_village(string lang, string text, string surface, string country, string why)
    {
        // Given a name that is both a country's curated name and a Syrian village's
        // When recognised
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // Then it is the country, or the village when a settlement cue stands before it
        Assert.True(m.Resolution is Resolved r && r.Place.CountryCode == country, $"{why}: got {m.Resolution}");
    }

    [Theory]
    [InlineData("fr", "Alep, deuxième ville de Syrie, est tombée.", "Syrie", "a cue before a country's curated name ('ville de Syrie') that only resembles a village's (Sara) keeps the country")]
    [InlineData("en", "Aleppo, the second city of Syria, fell.", "Syria", "the same in English")]
    public void A_cue_before_a_country_that_only_resembles_a_village_keeps_the_country(string lang, string text, string surface, string why)
    {
        // Given a country's curated name after a settlement cue, and a village whose name only folds like it
        // When recognised
        var m = world.Recognize(text, L(lang)).First(x => x.Surface == surface);
        // Then it is the country
        Assert.True(m.Resolution is Resolved { Place.Kind: PlaceKind.Country }, $"{why}: got {m.Resolution}");
    }

    [Theory]
    [InlineData("en", "Arida is still held by the rebels.", "ocha:C6238", "a verb of what was done to a place after a small village that opens the sentence introduces it (places/lang predicateVerbs)")]
    [InlineData("fr", "Arida est encore tenue par les rebelles.", "ocha:C6238", "the same in French, past the auxiliaries")]
    public void A_name_opening_a_sentence_before_what_was_done_to_it_is_a_place(string lang, string text, string id, string why)
    {
        // Given a small village's name that opens a sentence, followed by a verb of control or attack
        // When recognised
        var m = world.Recognize(text, L(lang)).FirstOrDefault(x => x.Surface == "Arida");
        // Then it is that village
        Assert.True(m?.Resolution is Resolved r && r.Place.Id == id, $"{why}: got {m?.Resolution}");
    }
}
