using Sitrep.Actors;
using Sitrep.Coding.Context;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>The side that stands for a class when a dispatch names none (data/actors/actors.json).</summary>
public sealed class ActorCatalogTests
{
    private static readonly ActorCatalog Catalog = new(ActorDictionary.LoadDefault());

    [Theory]
    [InlineData("kurds", "2019-10-12", "sdf", "after October 2015 the Kurdish-led side is the SDF, not another Kurdish entry such as the Iraqi peshmerga")]
    [InlineData("kurds", "2014-10-12", "ypg", "before the SDF was founded, the YPG")]
    [InlineData("rebels", "2019-10-12", "syria-rebels", "the rebels' generic entry, not one named faction")]
    [InlineData("gov", "2016-03-01", "syria-army", "the government's state forces, not a militia or an ally")]
    [InlineData("gov", "2025-03-08", "syria-army-2024", "after Assad's fall (December 2024) the government's forces are the new authorities'")]
    public void The_generic_actor_of_a_class(string cls, string day, string id, string why)
    {
        // Given a class and a dispatch date
        var date = DispatchDate.Parse(day).Value;
        // When the actor standing for the class is asked for
        var actor = Catalog.Generic(cls, date);
        // Then it is that entry
        Assert.True(id == actor?.Id, $"{why}: got {actor?.Id}");
    }
}
