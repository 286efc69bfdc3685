namespace Sitrep.Coding.Tests;

/// <summary>
/// Reports of one happening inside a dispatch are one event (<c>EventMerger</c>): a later paragraph that tells the lead
/// again with a more precise place, a new source, a vaguer word or no date of its own, a battle told with its sides the
/// other way round. And reports of two happenings stay two. Rows as in <see cref="GoldenEvents"/> (see
/// <see cref="Expected"/>), with an optional <c>range=low-high</c> for the merged toll.
/// </summary>
[Collection(GoldenCollection.Name)]
public sealed class MergeTests(GoldenWorld world)
{
    private const string Reuters = "BEIRUT, July 23 (Reuters) - ";

    /// <summary>Language, dispatch date, text, expected coding, reason.</summary>
    public static readonly TheoryData<string, string, string, string, string> Records = new()
    {
        // ---- told again: one event
        { "en", "2019-07-23", Reuters + "Russian and Syrian air strikes on a market in Maarat al-Numan killed 39 civilians on Monday.\n\nThe Observatory said warplanes hit the vegetable market in the town, in the south of Idlib province.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=civilians; at=Maarat al-Numan; on=2019-07-22; dead=39; agg=no; claims=sohr:-",
            "a later paragraph with no date of its own (the reference day) and a wider area around the lead's town tells the lead's strike again: the town, the Monday and the toll stay" },
        { "en", "2019-07-23", Reuters + "Rebels ambushed an army convoy near Hama on Monday, killing 23 soldiers.\n\nFighters of the Free Syrian Army attacked the convoy in Hama, the Observatory said.",
            "type=Battles; sub=Armed clash; a1=rebels; a2=gov; at=Hama; on=2019-07-22; dead=23; agg=no; claims=sohr:-",
            "a battle told again by a source, naming a group of the side the lead named, with no date of its own" },
        { "en", "2019-07-23", Reuters + "Rebels ambushed an army convoy near Hama on Monday, killing 23 soldiers.\n\nFighters of the Free Syrian Army attacked the convoy in Hama, killing 30 soldiers, the Observatory said.",
            "type=Battles; sub=Armed clash; a1=rebels; a2=gov; at=Hama; on=2019-07-22; dead=23; agg=no; claims=sohr:30; range=23-30",
            "another source's count of the same dead widens the toll (UCDP high) and leaves the lead's figure as the best one" },
        { "en", "2018-10-21", "Syrian government forces shelled a village in the buffer zone, killing three civilians, a monitor said. The Observatory said the shells struck Khan Shaykhun.",
            "type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=civilians; at=Khan Shaykhun; on=2018-10-21; dead=3; agg=no; claims=sohr:3+sohr:-",
            "a lead that names no place is the shelling the next sentence places (the same day): one event, at the village named" },
        { "fr", "2018-10-21", "Les forces du régime ont bombardé samedi un village de la zone démilitarisée. Selon l'OSDH, les obus ont frappé le village de Khan Cheikhoun.",
            "type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=rebels; at=Khan Shaykhun; on=2018-10-20; dead=-; agg=no; claims=sohr:-",
            "'un village' unnamed, then 'les obus' on the village named: one shelling" },
        { "en", "2017-01-15", "The Islamic State attacked army positions near Deir ez-Zor yesterday, and the clashes left 12 soldiers dead.",
            "type=Battles; sub=Armed clash; a1=is; a2=gov; at=Deir ez-Zor; on=2017-01-14; dead=12; agg=no",
            "'the clashes' after the attack are its fighting, though their sides come in the other order: one battle with the toll" },
        { "fr", "2012-08-09", "Mercredi, l'armée syrienne a lancé un assaut contre les rebelles à Douma. Selon l'OSDH, les combats à Douma ont fait 20 morts mercredi, dont 12 rebelles et 8 soldats.",
            "type=Battles; sub=Armed clash; a1=gov; a2=rebels; at=Douma; on=2012-08-08; dead=20; agg=no; claims=sohr:20",
            "a battle's toll that names the rebels first is still the army's assault of the same day and place" },
        { "en", "2019-07-23", "Air strikes kill 12 in Syria's Daraa\n\nAir strikes on southern Syria killed at least 12 civilians on Monday, a monitor said.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=civilians; at=Daraa; on=2019-07-22; dead=12; agg=no; claims=sohr:12",
            "a lead that names only a part of the country ('southern Syria') tells the headline's strike at a place in that part: one event, at the headline's town" },
        { "fr", "2016-12-12", "L'EI a repris dimanche la ville de Palmyre.\n\n« Daech contrôle toute la ville après le retrait des forces du régime vers le sud », a déclaré le directeur de l'OSDH.",
            "type=Battles; sub=Non-state actor overtakes territory; a1=is; a2=gov; at=Palmyra; on=2016-12-11; dead=-; agg=no",
            "a withdrawal that only the reference day dates, the day after the capture of its place, is the loser's side of that capture, not a transfer of its own" },
        { "fr", "2024-12-05", "Syrie : les rebelles entrent dans Hama, l'armée annonce son retrait\n\nLes rebelles sont entrés jeudi dans Hama après plusieurs jours de combats.",
            "type=Battles; sub=Non-state actor overtakes territory; a1=rebels; a2=gov; at=Hama; on=2024-12-05; dead=-; agg=no; claims=syria-army:-",
            "a withdrawal whose sides its own clause does not name ('l'armée annonce son retrait': the speaker is no side of it) is the capture's" },
        { "en", "2019-07-23", Reuters + "A car bomb exploded in Khan Shaykhun on Monday, killing at least 20 people, the civil defence said.\n\nThe blast ripped through a truck, the rescue group said. A doctor said 24 bodies had been brought in.",
            "type=Explosions/Remote violence; sub=Remote explosive/landmine/IED; a1=rebels; a2=gov; at=Khan Shaykhun; on=2019-07-22; dead=20; agg=no; claims=white-helmets:20+medical-sources:24; range=20-24",
            "another source's count given to a retelling with no toll of its own widens the toll of the event it merges into" },
        { "fr", "2020-02-28", "Syrie : 33 soldats turcs tués dans une frappe à Idleb\n\nANKARA, 28 fév 2020 (AFP) - Au moins 33 soldats turcs ont été tués jeudi dans une frappe aérienne imputée par Ankara au régime dans la province d'Idleb.\n\nLa frappe a visé un bataillon turc près de Khan Cheikhoun, faisant 33 morts.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=turkey; at=Khan Shaykhun; on=2020-02-27; dead=33; agg=no",
            "the headline's bare 'Idleb', told with 'la province d'Idleb' in the lead, stands for the province: the strike near the town in it is the same one" },
        // ---- two happenings: two events
        { "en", "2019-07-23", Reuters + "A car bomb exploded in Khan Shaykhun on Monday, killing 20 civilians.\n\nHours later, a roadside bomb exploded in a village east of Maarat al-Numan, wounding two soldiers.",
            "type=Explosions/Remote violence; sub=Remote explosive/landmine/IED; a1=rebels; a2=civilians; at=Khan Shaykhun; on=2019-07-22; dead=20; agg=no || type=Explosions/Remote violence; sub=Remote explosive/landmine/IED; a1=rebels; a2=gov; at=east of Maarat al-Numan; on=2019-07-23; dead=-; agg=no",
            "a point set off from another town ('east of Maarat al-Numan') is a point a few kilometres wide, not the whole governorate: two bombs" },
        { "en", "2019-07-23", Reuters + "Air strikes hit Khan Shaykhun on Monday, killing 12 civilians.\n\nThe Observatory said the strikes hit an area south of Khan Shaykhun, killing 14 civilians.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=civilians; at=Khan Shaykhun; on=2019-07-22; dead=12; agg=no; claims=sohr:14; range=12-14",
            "a point set off from the lead's own town reaches that town: the same strikes, the second figure widening the toll" },
        { "en", "2019-07-23", Reuters + "Air strikes hit Maarat al-Numan on Monday.\n\nAir strikes hit Khan Shaykhun.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=rebels; at=Maarat al-Numan; on=2019-07-22; dead=-; agg=no || type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=rebels; at=Khan Shaykhun; on=2019-07-23; dead=-; agg=no",
            "an undated strike on a town some 20 km away is another strike, not the lead's" },
        { "en", "2019-07-23", Reuters + "Shells hit Douma on Sunday.\n\nShells hit Douma on Tuesday.",
            "type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=rebels; at=Douma; on=2019-07-21; dead=-; agg=no || type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=rebels; at=Douma; on=2019-07-23; dead=-; agg=no",
            "two stated days at one place are two shellings" },
        { "en", "2019-07-23", Reuters + "Gunmen of the Islamic State shot dead a soldier in Palmyra on Monday.\n\nTwo shepherds were killed when a landmine exploded in Palmyra.",
            "type=Battles; sub=Armed clash; a1=is; a2=rebels; at=Palmyra; on=2019-07-22; dead=1; agg=no || type=Explosions/Remote violence; sub=Remote explosive/landmine/IED; a1=rebels; a2=civilians; at=Palmyra; on=2019-07-23; dead=2; agg=no",
            "a killing whose killer is named is told whole: a landmine told after it, by nobody named, is another happening" },
        { "en", "2019-07-23", Reuters + "The army clashed with rebels in Hama on Monday.\n\nIslamic State fighters attacked the rebels in Hama.",
            "type=Battles; sub=Armed clash; a1=gov; a2=rebels; at=Hama; on=2019-07-22; dead=-; agg=no || type=Battles; sub=Armed clash; a1=is; a2=rebels; at=Hama; on=2019-07-23; dead=-; agg=no",
            "a battle that names a third side is another battle" },
        { "en", "2019-07-23", Reuters + "Air strikes killed 12 people in Maarat al-Numan on Monday.\n\nAir strikes killed five people in Idlib province.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=rebels; at=Maarat al-Numan; on=2019-07-22; dead=12; agg=no || type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=rebels; at=Idlib Governorate; on=2019-07-23; dead=5; agg=no",
            "another toll, given by no source, for the governorate around the lead's town counts other dead" },
        { "en", "2019-07-23", Reuters + "Government forces shelled rebel positions in Douma on Monday.\n\nState television said the army killed dozens of Islamic State fighters in Douma.",
            "type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=rebels; at=Douma; on=2019-07-22; dead=-; agg=no || type=Battles; sub=Armed clash; a1=gov; a2=is; at=Douma; on=2019-07-23; dead=12; agg=no; claims=syria-state-media:12",
            "a killing of another side than the one the lead struck is another fight" },
        { "en", "2019-07-23", Reuters + "Warplanes struck Douma on Monday, killing six.\n\nArtillery shells hit Douma, killing two.",
            "type=Explosions/Remote violence; sub=Air/drone strike; a1=gov; a2=rebels; at=Douma; on=2019-07-22; dead=6; agg=no || type=Explosions/Remote violence; sub=Shelling/artillery/missile attack; a1=gov; a2=rebels; at=Douma; on=2019-07-23; dead=2; agg=no",
            "two named weapons are two events, however near in place and day" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Reports_of_one_happening_are_one_event(string lang, string date, string text, string expected, string why) =>
        Expected.Holds(world, lang, date, text, expected, why);
}
