using Sitrep.Actors;
using Sitrep.Core.Model;

namespace Sitrep.Actors.Tests;

/// <summary>
/// The dictionary's own rules, on a small fictional world (Ruritania) so these tests do not move when the real
/// data changes, and a few invariants of the real data.
/// </summary>
public class DictionaryTests
{
    private const string Ruritania = """
    {
      "wordLikeAcronyms": ["RA"],
      "speakerCues": { "en": { "before": ["according to"], "after": ["said"] } },
      "linkers": { "en": ["of the"] },
      "blocks": { "en": ["anti Guard"] },
      "entries": [
        { "id": "guard-old", "name": "Military Forces of Ruritania (1990-2010)", "inter": 1, "kind": "party", "class": "gov",
          "from": "1990-01-01", "until": "2010-06-30", "successor": "guard", "tags": ["state"], "names": {} },
        { "id": "guard", "name": "Military Forces of Ruritania (2010-)", "inter": 1, "kind": "party", "class": "gov",
          "from": "2010-07-01", "tags": ["state"], "names": { "en": ["(the|) Royal Guard", "(the|) Royal (Guard|Army) (troops|soldiers)"], "any": ["RA"] } },
        { "id": "front-a", "name": "Red Front", "inter": 2, "kind": "party", "class": "rebels",
          "until": "2015-12-31", "successor": "front-b", "tags": ["rebel"], "names": { "en": ["(the|) Red Front"] } },
        { "id": "front-b", "name": "Crimson Front", "inter": 2, "kind": "party", "class": "rebels",
          "from": "2016-01-01", "tags": ["rebel"], "names": { "en": ["(the|) Crimson Front"] } },
        { "id": "rebels", "name": "Rebels (Ruritania)", "inter": 2, "kind": "party", "class": "rebels", "generic": true, "names": {} },
        { "id": "palace", "name": "Government of Ruritania", "inter": 0, "kind": "source", "class": "gov",
          "names": { "en": [{ "text": "Strelsau", "speakerOnly": true }] } }
      ],
      "descriptions": [
        { "id": "the-rebels", "resolves": ["tag:rebel"], "fallback": ["rebels"], "names": { "en": ["(the|) rebels"] } }
      ]
    }
    """;

    private static readonly ActorDictionary World = ActorDictionary.Parse(Ruritania, "ruritania.json");

    private static string Read(string text, string? date) =>
        Given.Listing(Given.Dispatch(text, "en", date), new DictionaryActorRecognizer(World).Recognize(Given.Dispatch(text, "en", date)));

    [Theory]
    [InlineData("2005-03-01", "The Royal Guard fired.", "The Royal Guard=guard-old", "a name dated before its entry codes to the predecessor")]
    [InlineData("2012-03-01", "The Royal Guard fired.", "The Royal Guard=guard", "a name within its dates codes to itself")]
    [InlineData("2017-03-01", "The Red Front fired.", "The Red Front=front-b", "a name dated after its entry codes to the successor")]
    [InlineData(null, "The Red Front fired.", "The Red Front=front-b", "an undated dispatch takes the latest name")]
    [InlineData("2012-03-01", "Royal Army troops and the rebels.", "Royal Army troops=guard | the rebels=rebels", "no rebel group named: the generic fallback")]
    [InlineData("2012-03-01", "The Red Front attacked. The rebels withdrew.", "The Red Front=front-a | The rebels=front-a", "the rebels are the last rebel group named")]
    [InlineData("2012-03-01", "The rebels of the Red Front withdrew.", "The rebels of the Red Front=front-a", "a description linked to a name is one mention")]
    [InlineData("2012-03-01", "RA units moved. Ra is a god.", "RA=guard", "an acronym matches in capitals only")]
    [InlineData("2012-03-01", "RA UNITS MOVED NORTH", "", "in a sentence in capitals a word-like acronym is not read")]
    [InlineData("2012-03-01", "Strelsau said the anti-Guard protest was small.", "Strelsau=palace", "speaker-only name next to a cue; a block names nobody")]
    [InlineData("2012-03-01", "Shells fell on Strelsau.", "", "a speaker-only name with no cue is a place")]
    [InlineData("2012-03-01", "The guard said so, according to Strelsau.", "Strelsau=palace", "a cue before the name")]
    public void The_fictional_world_codes_as_specified(string? date, string text, string expected, string why)
    {
        // Given the Ruritanian dictionary and a dated dispatch
        // When the recognizer reads it
        var got = Read(text, date);
        // Then the mentions are as the row says
        Assert.True(expected == got, $"{why}\n  expected: {expected}\n  got:      {got}");
    }

    [Theory]
    [InlineData("Royal Army troops and the rebels.", "the-rebels", "no rebel group named: the rebels are the description's fallback, which a later stage may replace")]
    [InlineData("The Red Front attacked. The rebels withdrew.", null, "the rebels are the group named before: not a fallback")]
    public void A_mention_says_when_it_is_only_its_descriptions_fallback(string text, string? fallbackOf, string why)
    {
        // Given a dispatch whose last mention is a description ("the rebels")
        var doc = Given.Dispatch(text, "en", "2012-03-01");
        // When the recognizer reads it
        var last = new DictionaryActorRecognizer(World).Recognize(doc)[^1];
        // Then the mention names the description only when the dictionary's fallback stood in for it
        Assert.True(fallbackOf == last.FallbackOf, $"{why}: got {last.FallbackOf ?? "null"}");
    }

    [Fact]
    public void Rules_name_the_entry_the_pattern_and_any_change_of_actor()
    {
        // Given a name dated after its entry and a description resolved by context
        var doc = Given.Dispatch("The Red Front attacked. The rebels withdrew.", "en", "2017-03-01");
        // When the recognizer reads it
        var mentions = new DictionaryActorRecognizer(World).Recognize(doc);
        // Then each rule names the dictionary phrase that matched (as the data writes it) and why the actor is what it is
        Assert.Equal("ruritania.json#front-a:en:the Red Front -> front-b (dated 2017-03-01)", mentions[0].Rule);
        Assert.Equal("ruritania.json#the-rebels:en:the rebels -> front-b (context)", mentions[1].Rule);
    }

    [Fact]
    public void Helpers_expose_kind_class_and_sources()
    {
        // Given the fictional dictionary
        // When entries are looked up
        var palace = World.Get("palace");
        var guard = World.Get("guard");
        // Then kind, class, generic and source tests follow the data
        Assert.Equal(ActorKind.Source, palace.Kind);
        Assert.True(World.IsSource(palace.ToActor()));
        Assert.False(World.IsSource(guard.ToActor()));
        Assert.Equal(ActorClass.Gov, World.ClassOf(guard.ToActor()));
        Assert.True(World.Get("rebels").Generic);
        Assert.Equal(InterCode.StateForces, guard.Inter);
        Assert.Equal("guard-old", World.PredecessorOf(guard)?.Id);
        Assert.Throws<KeyNotFoundException>(() => World.Get("nobody"));
        Assert.Equal(ActorClass.Other, World.ClassOf(new Actor("nobody", "Nobody", InterCode.None)));
    }

    [Theory]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":9,"kind":"party","class":"gov","names":{}}]}""", "'inter' must be", "an inter code out of range")]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":1,"kind":"party","class":"army","names":{}}]}""", "'class' must be", "an unknown class")]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":1,"kind":"party","class":"gov","successor":"b","names":{}}]}""", "successor 'b' is not an entry", "a dangling successor")]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":1,"kind":"party","class":"gov","names":{"en":["Blue"]}},{"id":"b","name":"B","inter":1,"kind":"party","class":"gov","names":{"any":["blue"]}}]}""", "names both entry 'a' and entry 'b'", "one phrase for two actors")]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":1,"kind":"party","class":"gov","from":"2010-13-01","names":{}}]}""", "not a date", "a bad date")]
    [InlineData("""{"entries":[{"id":"a","name":"A","inter":1,"kind":"party","class":"gov","names":{"en":["(Blue"]}}]}""", "unclosed '('", "a broken alternation")]
    public void A_faulty_dictionary_is_refused_with_the_fault_named(string json, string fault, string why)
    {
        // Given a dictionary with one fault
        // When it is parsed
        var ex = Assert.Throws<InvalidDataException>(() => ActorDictionary.Parse(json, "bad.json"));
        // Then the message names the file and the fault
        Assert.True(ex.Message.Contains("bad.json") && ex.Message.Contains(fault), $"{why}: {ex.Message}");
    }

    [Theory]
    [InlineData("syria-army", "Military Forces of Syria (2000-2024)", InterCode.StateForces, ActorClass.Gov, "the state forces")]
    [InlineData("is-syria", "Islamic State (Syria)", InterCode.RebelGroup, ActorClass.IS, "the Islamic State")]
    [InlineData("hts", "Hayat Tahrir al-Sham", InterCode.RebelGroup, ActorClass.Rebels, "HTS")]
    [InlineData("sdf", "SDF: Syrian Democratic Forces", InterCode.RebelGroup, ActorClass.Kurds, "the Kurdish-led forces")]
    [InlineData("turkey-army", "Military Forces of Turkey (2016-)", InterCode.External, ActorClass.Turkey, "Turkey")]
    [InlineData("coalition", "Operation Inherent Resolve: US-led coalition", InterCode.External, ActorClass.Coalition, "the coalition")]
    [InlineData("civilians", "Civilians (Syria)", InterCode.Civilians, ActorClass.Civilians, "civilians")]
    [InlineData("ndf", "NDF: National Defence Forces", InterCode.PoliticalMilitia, ActorClass.Gov, "a pro-government militia")]
    public void The_default_dictionary_has_the_acled_names(string id, string name, InterCode inter, ActorClass cls, string why)
    {
        // Given the embedded dictionary
        // When an entry is looked up
        var e = Given.Default.Value.Get(id);
        // Then it carries its ACLED name, inter code and class
        Assert.True(e.Name == name && e.Inter == inter && e.Class == cls, $"{why}: {e}");
    }

    [Fact]
    public void Every_default_entry_says_where_its_facts_come_from()
    {
        // Given the embedded dictionary
        var dict = Given.Default.Value;
        // When the entries are listed
        var unsourced = dict.Entries.Where(e => e.References.Count == 0).Select(e => e.Id).ToList();
        // Then none lacks a reference, and sources are never parties
        Assert.Empty(unsourced);
        Assert.All(dict.Entries.Where(e => e.Kind == ActorKind.Source), e => Assert.Equal(InterCode.None, e.Inter));
        Assert.All(dict.Entries.Where(e => e.Kind != ActorKind.Source), e => Assert.NotEqual(InterCode.None, e.Inter));
    }
}
