using Sitrep.Actors;
using Sitrep.Coding.Context;
using Sitrep.Coding.Control;
using Sitrep.Coding.Events;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Tokens;

namespace Sitrep.Coding;

/// <summary>
/// The language data the coding stages read: the French verb forms (Lefff) and the event lexicons of every language
/// inflected with them. Loaded once and shared: the event coder and the control reader read the same lexicons.
/// </summary>
public sealed record CodingLexicons(FrenchConjugations French, IReadOnlyDictionary<Language, EventLexicon> Events)
{
    /// <summary>The lexicons of data/lang, with the French verb forms found beside the repository (SITREP_LEFFF overrides).</summary>
    public static CodingLexicons LoadDefault()
    {
        var french = FrenchConjugations.Load();
        return new CodingLexicons(french, RuleEventCoder.LoadLexicons(french));
    }
}

/// <summary>
/// Sitrep's pipeline, composed in this one place: tokenizer, places, dates, quantities and tolls, actors, event
/// coder, control reader, in that order (see <see cref="Pipeline"/>). What differs from one use to another is passed
/// in: the gazetteer (the compiled index, or a small one a test writes), the actor dictionary (the default, or a
/// test's fictional world) and the lexicons.
/// </summary>
public static class SitrepPipeline
{
    /// <summary>The pipeline over <paramref name="gazetteer"/>, with the default actor dictionary and lexicons.</summary>
    public static Pipeline Create(Gazetteer gazetteer) =>
        Create(gazetteer, ActorDictionary.LoadDefault(), CodingLexicons.LoadDefault());

    /// <summary>The pipeline over <paramref name="gazetteer"/>, reading actors from <paramref name="actors"/> and events and control from <paramref name="lexicons"/>.</summary>
    public static Pipeline Create(Gazetteer gazetteer, ActorDictionary actors, CodingLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(lexicons);
        var catalog = new ActorCatalog(actors);
        return new Pipeline(
            new RuleTokenizer(),
            new GazetteerPlaceRecognizer(gazetteer),
            new RuleDateRecognizer(),
            new RuleQuantityRecognizer(),
            new DictionaryActorRecognizer(actors),
            new RuleEventCoder(lexicons.Events, catalog),
            new RuleControlReader(lexicons.Events, catalog, lexicons.French));
    }
}
