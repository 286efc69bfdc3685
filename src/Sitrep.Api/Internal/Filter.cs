namespace Sitrep.Api.Internal;

/// <summary>Whether an event passes an <see cref="EventQuery"/>'s filters (see there for their meaning).</summary>
internal static class Filter
{
    public static bool Matches(ApiEvent e, EventQuery q)
    {
        if ((q.From is not null || q.To is not null) && e.When is null)
            return false;
        if (q.From is { } from && e.When!.To < from)
            return false;
        if (q.To is { } to && e.When!.From > to)
            return false;
        if (q.Types.Count > 0 && !q.Types.Contains(e.Record.EventType))
            return false;
        var place = e.Where?.Place;
        if (q.Box is { } b && (place is null || place.Longitude < b.West || place.Longitude > b.East || place.Latitude < b.South || place.Latitude > b.North))
            return false;
        if (q.Admin1 is { } a1 && !string.Equals(place?.Admin.Admin1PCode, a1, StringComparison.OrdinalIgnoreCase))
            return false;
        if (q.Place is { } p && !(Has(place?.Name, p) || Has(place?.Admin.Admin1, p) || Has(place?.Admin.Admin2, p)))
            return false;
        if (q.Actor is { } actor)
        {
            var r = e.Record;
            var actors = new[] { r.Actor1, r.Actor2 }.OfType<Core.Model.Actor>().Concat(r.AssocActors1).Concat(r.AssocActors2);
            if (!actors.Any(a => Has(a.Name, actor) || Has(a.Id, actor)))
                return false;
        }
        return true;
    }

    private static bool Has(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);
}
