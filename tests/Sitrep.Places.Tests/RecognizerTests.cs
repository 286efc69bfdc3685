using Sitrep.Core.Model;

namespace Sitrep.Places.Tests;

[Collection("world")]
public class RecognizerTests(TestWorld world)
{
    private static Language L(string code) => code == "fr" ? Language.French : Language.English;

    private Resolved ResolvedAt(string text, string lang, string surface)
    {
        var mentions = world.Recognize(text, L(lang));
        var m = mentions.FirstOrDefault(x => x.Surface == surface);
        Assert.True(m is not null, $"no mention '{surface}' in: {string.Join(" | ", mentions.Select(x => x.Surface))}");
        var r = Assert.IsType<Resolved>(m!.Resolution);
        return r;
    }

    [Theory]
    [InlineData("fr", "Des obus sont tombés sur Damas lundi.", "Damas", "ocha:C1001", "SY01", "French exonym of Damascus")]
    [InlineData("en", "Shells fell on Damascus on Monday.", "Damascus", "ocha:C1001", "SY01", "English name; the US Damascus loses to the focus country")]
    [InlineData("fr", "Des combats ont eu lieu à Alep.", "Alep", "ocha:C1007", "SY02", "French exonym of Aleppo")]
    [InlineData("en", "Clashes were reported in Halab.", "Halab", "ocha:C1007", "SY02", "Arabic name of Aleppo")]
    [InlineData("fr", "Des raids ont frappé Idleb.", "Idleb", "ocha:C3871", "SY07", "French spelling of Idlib")]
    [InlineData("en", "Raids hit Idlib city.", "Idlib", "ocha:C3871", "SY07", "English spelling")]
    [InlineData("fr", "Les rebelles tiennent Deraa.", "Deraa", "ocha:C5993", "SY12", "French press spelling")]
    [InlineData("en", "Rebels hold Dar'a.", "Dar'a", "ocha:C5993", "SY12", "OCHA spelling with ʿayn")]
    [InlineData("en", "Rebels hold Daraa.", "Daraa", "ocha:C5993", "SY12", "common English spelling")]
    [InlineData("fr", "Les Kurdes contrôlent Hassaké.", "Hassaké", "ocha:C4360", "SY08", "French spelling with accent")]
    [InlineData("en", "The Kurds control Al-Hasakeh.", "Al-Hasakeh", "ocha:C4360", "SY08", "OCHA spelling with article")]
    [InlineData("en", "The Kurds control Hasakah.", "Hasakah", "ocha:C4360", "SY08", "GeoNames spelling")]
    [InlineData("fr", "Les combattants ont quitté Talbissé.", "Talbissé", "ocha:C2882", "SY04", "French spelling")]
    [InlineData("en", "Fighters left Tallbisah.", "Tallbisah", "ocha:C2882", "SY04", "GeoNames spelling, doubled l")]
    [InlineData("en", "Fighters left Talbiseh.", "Talbiseh", "ocha:C2882", "SY04", "OCHA spelling")]
    [InlineData("fr", "Un assaut a visé Hajar al-Aswad.", "Hajar al-Aswad", "ocha:C2502", "SY03", "press spelling, articles")]
    [InlineData("en", "An assault targeted al-Hajar al-Aswad.", "al-Hajar al-Aswad", "ocha:C2502", "SY03", "leading article included in the name")]
    [InlineData("en", "An assault targeted Hajar Aswad.", "Hajar Aswad", "ocha:C2502", "SY03", "OCHA spelling without articles")]
    [InlineData("fr", "Le régime a repris Rastan.", "Rastan", "ocha:C2870", "SY04", "short form of Ar-Rastan")]
    [InlineData("en", "ISIS executes 3 men in al-Mayadin city.", "al-Mayadin", "ocha:C5192", "SY09", "hyphenated article")]
    [InlineData("en", "Raids on Qusayr continue.", "Qusayr", "geonames:173322", "SY04", "GeoNames-only town gets its governorate by polygon")]
    [InlineData("en", "Airstrikes hit Deir Sharqi village.", "Deir Sharqi", "ocha:C3962", "SY07", "OCHA translates the qualifier and puts it first (Eastern Deir); the press transliterates it after the name")]
    [InlineData("fr", "Des obus sont tombés sur Makhram Fouqani.", "Makhram Fouqani", "ocha:C2901", "SY04", "French spelling of 'upper' after the name, OCHA's 'Upper Makhrim'")]
    [InlineData("en", "IS attacked the military airport of Tivur.", "Tivur", "ocha:C2662", "SY04", "v for the Arabic f: Tivur is the curated Tifour")]
    [InlineData("en", "Raids on Dara Azza village.", "Dara Azza", "ocha:C1139", "SY02", "a press spelling the exonym 'Dara' (Daraa) must not swallow")]
    [InlineData("en", "“Liberating Deir Ezzor” raises the toll.", "Deir Ezzor", "ocha:C5086", "SY09", "an opening quote is not a word before the name: the name is not part of a person's name")]
    [InlineData("en", "Shells fell on al-Waer neighbourhood.", "al-Waer", "ocha:C2528", "SY04", "a city neighbourhood named alone is coded to its city, as ACLED does")]
    [InlineData("en", "Shells fell on Yarmouk camp.", "Yarmouk camp", "ocha:C1002", "SY01", "an exonym of a neighbourhood folded into the community point of its name names the survivor")]
    [InlineData("fr", "Des obus sont tombés sur le camp de Yarmouk.", "camp de Yarmouk", "ocha:C1002", "SY01", "French name of the camp, lower-case head word of a curated name")]
    [InlineData("en", "Clashes in Al Bab city.", "Al Bab", "ocha:C1202", "SY02", "the article written as a word of its own, before a name that alone is a common word of names")]
    [InlineData("en", "A Turkish soldier was killed in Syria's al Bab.", "al Bab", "ocha:C1202", "SY02", "a country's possessive right before the name is not a person's name")]
    [InlineData("en", "Violent clashes in Maardis town.", "Maardis", "ocha:C3031", "SY05", "OCHA writes the one Arabic word as two (Maar Dis), and the spelling is also a Turkish village's alternate name")]
    [InlineData("en", "Aerial bombardment targets Jisr al_Shughour.", "Jisr al_Shughour", "ocha:C4199", "SY07", "an underscore joins the article to the name as a hyphen does")]
    [InlineData("en", "Shells landed on al-Fu'ah at dawn.", "al-Fu'ah", "ocha:C3905", "SY07", "the curated exonym beats an Aleppo village whose name folds to the same key (Fah)")]
    [InlineData("en", "Government forces entered Busra al-Harir after a deal.", "Busra al-Harir", "ocha:C6105", "SY12", "a town whose name begins with another town's (Busra), which OCHA spells Bisr Elharir")]
    [InlineData("fr", "Les FDS ont pris Baghouz samedi.", "Baghouz", "ocha:C5184", "SY09", "French press spelling of OCHA's Upper Baguz")]
    [InlineData("en", "In Daraa, a ceasefire held for a fourth day.", "Daraa", "ocha:C5993", "SY12", "a sentence's opening locative is not the first word of a longer name (Ein Dara)")]
    [InlineData("en", "Clashes in Kafr Nobol and Idlib.", "Idlib", "ocha:C3871", "SY07", "a city listed after a town of its governorate is the city, not the governorate that contains the town")]
    [InlineData("fr", "Un raid a visé le quartier de Boustane al-Qasr à Alep.", "Boustane al-Qasr", "ocha:C1007", "SY02", "AFP's Boustane al-Qasr is a district of Aleppo (exonyms.tsv), not 'quartier de Boustane' plus a Qasr of As-Suwayda")]
    public void Spelling_families_resolve_to_one_place(string lang, string text, string surface, string id, string admin1, string why)
    {
        // Given a sentence naming a place in one of its spellings
        // When places are recognised
        var r = ResolvedAt(text, lang, surface);
        // Then it resolves to the expected entry, with its OCHA governorate
        Assert.True(id == r.Place.Id, $"{why}: got {r.Place.Id} {r.Place.Name}");
        Assert.Equal(admin1, r.Place.Admin.Admin1PCode);
        Assert.Equal(1, r.GeoPrecision);
    }

    [Theory]
    [InlineData("en", "Shells fell on the capital on Monday.", "the capital", "ocha:C1001", 1, "the capital of the dispatch's country, by its role")]
    [InlineData("fr", "Des obus sont tombés sur la capitale.", "la capitale", "ocha:C1001", 1, "French determiner and noun")]
    [InlineData("en", "Clashes continue northeast of the capital.", "northeast of the capital", "ocha:C1001@", 2, "a direction from the capital is near it, not in it")]
    [InlineData("fr", "Des raids ont visé le sud de la capitale.", "sud de la capitale", "ocha:C1001@", 2, "French direction noun before the capital")]
    [InlineData("en", "Clashes on the outskirts of the southern capital.", "outskirts of the southern capital", "ocha:C1001@", 2, "an area word and a direction adjective")]
    public void The_capital_is_the_focus_countrys_capital(string lang, string text, string surface, string idPrefix, int precision, string why)
    {
        // Given a sentence naming the capital by its role
        // When places are recognised
        var r = ResolvedAt(text, lang, surface);
        // Then it is the focus country's capital (or a point near it) with the expected precision
        Assert.True(r.Place.Id.StartsWith(idPrefix, StringComparison.Ordinal), $"{why}: got {r.Place.Id} {r.Place.Name}");
        Assert.Equal(precision, r.GeoPrecision);
    }

    [Theory]
    [InlineData("en", "Rebels shelled the capital of Lebanon.", "the capital of another country is named after it")]
    [InlineData("en", "Investors need capital.", "no determiner: the common noun")]
    [InlineData("fr", "Une capitale régionale a été touchée.", "indefinite: not the country's capital")]
    [InlineData("fr", "Les jihadistes ont perdu la capitale provinciale.", "a French adjective after the noun makes it another capital")]
    [InlineData("fr", "Raqqa, la capitale de facto de l'EI, est encerclée.", "'la capitale de X' is X's capital")]
    [InlineData("en", "Raqqa, the de facto IS capital, is surrounded.", "a word between the determiner and the noun that is not a direction")]
    public void A_capital_that_is_not_the_focus_capital_is_not_damascus(string lang, string text, string why)
    {
        // Given a sentence with the word capital that does not name the dispatch country's capital
        // When places are recognised
        var mentions = world.Recognize(text, L(lang));
        // Then no mention resolves to Damascus
        Assert.True(!mentions.Any(m => m.Resolution is Resolved r && r.Place.Id.StartsWith("ocha:C1001", StringComparison.Ordinal)),
            $"{why}: {string.Join(", ", mentions.Select(m => m.Surface + "=" + m.Resolution))}");
    }

    [Theory]
    [InlineData("en", "Warplanes struck the Barada valley at dawn.", "Barada valley", "region:wadi-barada", "SY03", "English 'X valley' for Wadi X beats a similar-sounding village elsewhere")]
    [InlineData("fr", "Des combats ont repris dans la vallée du Barada.", "vallée du Barada", "region:wadi-barada", "SY03", "French 'vallée du X' for Wadi X")]
    [InlineData("en", "Fighting resumed around Shaer gas field.", "Shaer gas field", "region:shaer-field", "SY04", "a named gas field is a feature, not a village with a similar name")]
    [InlineData("fr", "Des obus sont tombés sur le quartier de Hamdaniyé, à Alep.", "Hamdaniyé", "region:hamdaniyeh-aleppo", "SY02", "a quarter of Aleppo OCHA lists no point for, not a village of a similar name")]
    [InlineData("fr", "Les rebelles ont quitté le quartier d'Al-Machhad.", "Al-Machhad", "region:mashhad-aleppo", "SY02", "al-Mashhad is a quarter of eastern Aleppo, not Mashad in Hasakeh")]
    [InlineData("en", "Trucks queued at Bab al-Hawa.", "Bab al-Hawa", "region:bab-al-hawa", "SY07", "the Idlib crossing into Turkey")]
    [InlineData("en", "Shells landed in al-Marj area of the Ghouta.", "al-Marj", "region:al-marj", "SY03", "al-Marj is an area of Eastern Ghouta")]
    [InlineData("en", "Regime forces shell Hwyjet Katea’ in the 9th day of the siege.", "Hwyjet Katea", "region:hawijat-kati", "SY09", "an island in the Euphrates, in a press spelling the name key cannot reach")]
    [InlineData("fr", "Des combats sur l'île de Hawijat Kati.", "île de Hawijat Kati", "region:hawijat-kati", "SY09", "French text, the island's own name")]
    [InlineData("en", "Rebels advance in Hendarat camp.", "Hendarat camp", "region:handarat", "SY02", "a camp no OCHA point names, in a press spelling")]
    [InlineData("en", "IS retook al-Hamdan military airport.", "al-Hamdan military airport", "region:hamdan-airbase", "SY09", "an airbase named with its cue words, not a Hasakah village called Hamdan")]
    [InlineData("en", "Battles raged on the Castillo road.", "Castillo road", "region:castello-road", "SY02", "a press spelling of the Castello road north of Aleppo")]
    public void Named_features_resolve_to_curated_regions(string lang, string text, string surface, string id, string admin1, string why)
    {
        // Given a sentence naming a valley, field or area in one of its press spellings
        // When places are recognised
        var r = ResolvedAt(text, lang, surface);
        // Then it resolves to the curated region, in its governorate
        Assert.True(id == r.Place.Id, $"{why}: got {r.Place.Id} {r.Place.Name}");
        Assert.Equal(admin1, r.Place.Admin.Admin1PCode);
    }

    [Theory]
    [InlineData("fr", "Une mine a explosé dans le quartier al-Badu de Raqqa.", "al-Badu", "a quarter's name folds to the Badia's key, but a quarter cue introduces it and it spells no name of the desert closely")]
    [InlineData("en", "A mine exploded in the al-Badu district of Raqqa.", "al-Badu", "the same with the cue after the name")]
    [InlineData("fr", "Des raids ont visé la localité de Boueida.", "Boueida", "a village ('la localité de') whose name folds to the Badia's key is not the desert")]
    public void A_loose_spelling_introduced_as_a_settlement_is_no_curated_region(string lang, string text, string surface, string why)
    {
        // Given a settlement or quarter whose name shares its key with a curated region's, but is spelt far from its names
        // When places are recognised
        var mentions = world.Recognize(text, L(lang));
        // Then no mention of it resolves to the region
        Assert.True(!mentions.Any(m => m.Surface == surface && m.Resolution is Resolved { Place.Id: "region:badia" }), why);
    }

    [Theory]
    [InlineData("en", "Rebels advance in Hendarat camp.", "Hendarat camp", 1, "a camp of 3 km is a site, placed like a town")]
    [InlineData("en", "Warplanes struck the Barada valley at dawn.", "Barada valley", 2, "a valley of 8 km is a local area, part of a region")]
    [InlineData("en", "Clashes in the Qalamoun.", "Qalamoun", 3, "a mountain range of 30 km is a larger area")]
    public void Curated_regions_are_placed_by_their_size(string lang, string text, string surface, int precision, string why)
    {
        // Given a sentence naming a curated region
        // When places are recognised
        var r = ResolvedAt(text, lang, surface);
        // Then its ACLED geo_precision follows the region's radius
        Assert.True(precision == r.GeoPrecision, $"{why}: got {r.GeoPrecision}");
    }

    [Theory]
    [InlineData("fr", "Le régime contrôle la province de Homs.", "Homs", PlaceKind.Admin1, "SY04", 3, "province de X: the governorate, not the city")]
    [InlineData("fr", "Le régime contrôle la province centrale de Homs.", "Homs", PlaceKind.Admin1, "SY04", 3, "an adjective between the area word and the name")]
    [InlineData("en", "Clashes continue in Eastern Daraa countryside.", "Daraa", PlaceKind.Region, "SY12", 3, "a direction adjective and a name are never read together as one loose two-word name (regression: 'Eastern Deir' in Idlib)")]
    [InlineData("en", "Rebels in the southern province of Idlib agreed to a truce.", "Idlib", PlaceKind.Admin1, "SY07", 3, "a direction adjective before 'province of X' says where the province lies, not which part of it")]
    [InlineData("fr", "Les rebelles de la province septentrionale d'Idleb ont accepté une trêve.", "Idleb", PlaceKind.Admin1, "SY07", 3, "the same adjective after the area word in French")]
    [InlineData("en", "In neighbouring Idlib, regime forces shelled Kafr Nobol.", "Idlib", PlaceKind.Admin1, "SY07", 3, "a governorate capital opening the sentence after a locative and a comma frames a town of its governorate")]
    [InlineData("fr", "À Idleb, des raids ont frappé Kafr Nobol.", "Idleb", PlaceKind.Admin1, "SY07", 3, "the same frame in French")]
    [InlineData("en", "Regime forces shell Kafr Nobol town in Idlib countryside.", "Idlib", PlaceKind.Admin1, "SY07", 3, "X countryside, X a governorate capital")]
    [InlineData("fr", "Des frappes dans le rif Idleb.", "Idleb", PlaceKind.Admin1, "SY07", 3, "rif X")]
    [InlineData("en", "Clashes in Hama province.", "Hama", PlaceKind.Admin1, "SY05", 3, "X province")]
    [InlineData("en", "Air strikes on the town of Kafr Nobol in Idlib killed 12.", "Idlib", PlaceKind.Admin1, "SY07", 3, "a governorate capital right after a town of its governorate, joined by 'in', names the governorate")]
    [InlineData("fr", "Des raids sur Kafr Nobol dans Idleb.", "Idleb", PlaceKind.Admin1, "SY07", 3, "the same containment in French")]
    [InlineData("fr", "Des combats ont eu lieu dans le désert de Homs.", "Homs", PlaceKind.Admin1, "SY04", 3, "le désert de X: the governorate's desert, not the city")]
    [InlineData("fr", "Des raids ont frappé le nord-ouest du pays.", "pays", PlaceKind.Region, "SY07", 3, "the north-west of the country is its outer part (Idlib), not the half of it that reaches the centre")]
    [InlineData("en", "Clashes in the southeastern desert of Homs.", "Homs", PlaceKind.Region, "SY04", 3, "a direction and 'desert of X': part of the governorate, not the city")]
    [InlineData("en", "Airstrikes on Rural Damascus.", "Rural Damascus", PlaceKind.Admin1, "SY03", 3, "a governorate-only name")]
    [InlineData("fr", "Le nord d'Alep est sous contrôle turc.", "Alep", PlaceKind.Region, "SY02", 3, "le nord de X: the north of the governorate")]
    [InlineData("en", "Raids on the northern countryside of Hama.", "Hama", PlaceKind.Region, "SY05", 3, "directional countryside")]
    [InlineData("en", "The evacuation of eastern Aleppo resumed.", "Aleppo", PlaceKind.Region, "SY02", 2, "'eastern Aleppo' is a half of the divided city, not the east of the governorate")]
    [InlineData("en", "Turkish troops deployed in northern Aleppo.", "Aleppo", PlaceKind.Region, "SY02", 3, "'northern Aleppo' stays the north of the governorate")]
    [InlineData("fr", "Ils ont été évacués vers le désert de la Badia.", "Badia", PlaceKind.Region, "SY04", 3, "curated region")]
    [InlineData("en", "Shelling on eastern Ghouta.", "eastern Ghouta", PlaceKind.Region, "SY03", 3, "curated region with its adjective")]
    [InlineData("fr", "Les Kurdes sont présents à l'est de l'Euphrate.", "Euphrate", PlaceKind.Region, null, 3, "direction from a region stays a coarse area")]
    public void Areas_resolve_to_areas(string lang, string text, string surface, PlaceKind kind, string? admin1, int precision, string why)
    {
        // Given an area expression
        // When places are recognised
        var r = ResolvedAt(text, lang, surface);
        // Then the mention is an area of the expected kind and governorate, with coarse precision
        Assert.True(kind == r.Place.Kind, $"{why}: got {r.Place.Kind} {r.Place.Name}");
        if (admin1 is not null)
            Assert.Equal(admin1, r.Place.Admin.Admin1PCode);
        Assert.Equal(precision, r.GeoPrecision);
    }

    [Fact]
    public void An_area_mention_covers_the_whole_expression()
    {
        // Given "province de Homs"
        const string text = "Le régime contrôle la province de Homs.";
        // When recognised
        var m = world.Recognize(text, Language.French).Single(x => x.Surface == "Homs");
        // Then the range covers the area words too, and the surface is the name
        Assert.Equal("province de Homs", m.Range.Of(text));
    }

    [Theory]
    [InlineData("fr", "L'assaut a eu lieu à neuf kilomètres au sud du Vieux Damas.", "Vieux Damas", 33.510, 36.309, 9, 180, "French number word, kilometres, south of a neighbourhood")]
    [InlineData("en", "Clashes 15 km north of Hama.", "Hama", 35.129, 36.754, 15, 0, "digits, km, north")]
    [InlineData("en", "Fighting 20 kilometres east of Homs.", "Homs", 34.723, 36.715, 20, 90, "east")]
    public void Relative_places_are_displaced_points(string lang, string text, string surface, double fromLat, double fromLon, double km, double bearing, string why)
    {
        // Given "N km DIR of X"
        var mentions = world.Recognize(text, L(lang));
        var m = mentions.Single(x => x.Surface == surface);
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then the place is displaced by that distance and bearing, with precision 2 and an uncertainty
        double dist = Km(fromLat, fromLon, r.Place.Latitude, r.Place.Longitude);
        Assert.True(Math.Abs(dist - km) < 1.5, $"{why}: displaced {dist:0.0} km");
        double north = r.Place.Latitude - fromLat, east = r.Place.Longitude - fromLon;
        double got = (Math.Atan2(east * Math.Cos(fromLat * Math.PI / 180), north) * 180 / Math.PI + 360) % 360;
        Assert.True(Math.Min(Math.Abs(got - bearing), 360 - Math.Abs(got - bearing)) < 10, $"{why}: bearing {got:0}");
        Assert.Equal(2, r.GeoPrecision);
        Assert.True(r.UncertaintyKm > 0);
        Assert.StartsWith("relative:", r.Rule);
        Assert.Contains("km", m.Range.Of(text).Replace("kilomètres", "km").Replace("kilometres", "km"));
    }

    [Fact]
    public void The_north_east_of_the_country_is_a_region_of_the_focus_country()
    {
        // Given "le nord-est du pays" in a dispatch on Syria
        const string text = "Le nord-est du pays est sous contrôle kurde.";
        // When recognised
        var m = world.Recognize(text, Language.French).Single(x => x.Range.Of(text) == "nord-est du pays");
        var r = Assert.IsType<Resolved>(m.Resolution);
        // Then it is a coarse region in the north-east of the governorate boxes
        Assert.Equal(3, r.GeoPrecision);
        Assert.True(r.Place.Latitude > 35 && r.Place.Longitude > 38, $"got {r.Place.Latitude},{r.Place.Longitude}");
    }

    [Theory]
    [InlineData("fr", "Les FDS tiennent l'essentiel du nord-est.", "du nord-est", true, "a bare 'nord-est' after 'du' is the focus country's north-east")]
    [InlineData("en", "The SDF hold most of the northeast.", "the northeast", true, "a bare 'northeast' after 'the' is the focus country's north-east")]
    [InlineData("en", "The SDF hold the northeast of Aleppo.", "the northeast", false, "'of Aleppo' after it: the north-east of another place, not of the country")]
    [InlineData("en", "Army units advancing from the northeast linked up with the garrison.", "the northeast", false, "'from the northeast' is a direction of movement, not a part of the country")]
    public void A_bare_direction_is_a_part_of_the_focus_country(string lang, string text, string surface, bool countryPart, string why)
    {
        // Given a direction after a determiner
        // When recognised
        var m = world.Recognize(text, L(lang)).FirstOrDefault(x => x.Range.Of(text) == surface);
        // Then it is the north-east region of the focus country, or no such mention when another place follows
        if (!countryPart)
        {
            Assert.True(m is null || m.Resolution is not Resolved { Rule: "relative:country-part" }, why);
            return;
        }
        var r = Assert.IsType<Resolved>(m?.Resolution);
        Assert.True(r.GeoPrecision == 3 && r.Place.Latitude > 35 && r.Place.Longitude > 38, $"{why}: got {r.Place.Latitude},{r.Place.Longitude} p{r.GeoPrecision}");
    }

    private static double Km(double a, double b, double c, double d)
    {
        double p1 = a * Math.PI / 180, p2 = c * Math.PI / 180;
        double x = Math.Pow(Math.Sin((p2 - p1) / 2), 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin((d - b) * Math.PI / 360), 2);
        return 2 * 6371 * Math.Asin(Math.Sqrt(x));
    }
}
