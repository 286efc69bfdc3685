using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Tests.Tokens;

/// <summary>Where sentences end: full stops after abbreviations and inside dotted initials end nothing.</summary>
public class SentenceTests
{
    private static readonly RuleTokenizer Tokenizer = new();

    [Theory]
    [InlineData("en", "Air strikes by the U.S.-led coalition killed 56 civilians. The coalition said it would investigate.", 2, "a dotted abbreviation glued to a hyphen ('U.S.-led') ends no sentence (regression: it cut the first sentence at 'U.')")]
    [InlineData("en", "U.S. forces entered Manbij. Rebels left.", 2, "'U.S.' before a space is a listed abbreviation, not a sentence end")]
    [InlineData("en", "The U.N. Security Council met on Wednesday.", 1, "'U.N.' inside a sentence")]
    [InlineData("en", "Gen. Suheil al-Hassan led the assault. It lasted a week.", 2, "a title abbreviation")]
    [InlineData("fr", "Les forces ont avancé. Les rebelles ont reculé.", 2, "two plain sentences")]
    [InlineData("en", "Shells hit Aleppo.\nRebels withdrew", 2, "a line break ends a sentence")]
    [InlineData("en", "The toll rose to 3.5 times the week's.", 1, "a stop between digits is a decimal point")]
    public void Sentences_end_where_the_text_ends_them(string lang, string text, int count, string why)
    {
        // Given a text
        var language = LanguageCodes.FromCode(lang) ?? throw new ArgumentException(lang);

        // When it is split
        var layer = Tokenizer.Analyze(text, language);

        // Then it has the expected number of sentences
        Assert.True(count == layer.Sentences.Count, $"{why}: got {string.Join(" | ", layer.Sentences.Select(s => s.Range.Of(text)))}");
    }
}
