using Npgsql;

namespace Sitrep.Storage.Internal;

/// <summary>
/// A PostgreSQL server as <c>--db</c> names it: a libpq URL (<c>postgresql://user:pass@host:5432/sitrep</c>,
/// <c>postgresql:///sitrep?host=/run/postgresql</c> for a Unix socket) or an Npgsql connection string
/// (<c>Host=localhost;Database=sitrep;Username=...</c>). <see cref="Display"/> is what messages show: never the password.
/// </summary>
internal sealed record PostgresAddress(string ConnectionString, string Display)
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    /// <summary>The URL query keys understood, and the Npgsql keyword each becomes.</summary>
    private static readonly Dictionary<string, string> QueryKeys = new(StringComparer.Ordinal)
    {
        ["host"] = "Host", ["port"] = "Port", ["user"] = "Username", ["password"] = "Password", ["dbname"] = "Database",
        ["sslmode"] = "SSL Mode", ["application_name"] = "Application Name", ["connect_timeout"] = "Timeout",
    };

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool Names(string db) =>
        Schemes.Any(s => db.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ||
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains(';');

    /// <summary>Reads the address, or throws a <see cref="StoreException"/> (SR036) that names what is wrong in it.</summary>
    public static PostgresAddress Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var scheme = Schemes.FirstOrDefault(s => db.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        var builder = scheme is null ? FromKeywords(db) : FromUrl(db, db[scheme.Length..]);
        return new PostgresAddress(builder.ConnectionString, DisplayOf(builder));
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string db)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(db);
        }
        catch (ArgumentException e)
        {
            throw StoreException.BadAddress(Redacted(db), e.Message);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string db, string rest)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        string query = "";
        int q = rest.IndexOf('?');
        if (q >= 0)
            (rest, query) = (rest[..q], rest[(q + 1)..]);
        int slash = rest.IndexOf('/');
        var (authority, database) = slash >= 0 ? (rest[..slash], rest[(slash + 1)..]) : (rest, "");
        int at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            int colon = userInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        var (host, port) = SplitHostPort(authority);
        if (host.Length > 0)
            builder.Host = Uri.UnescapeDataString(host);
        if (port is not null)
        {
            if (!int.TryParse(port, out int p) || p is < 1 or > 65535)
                throw StoreException.BadAddress(Redacted(db), $"the port '{port}' is not a number from 1 to 65535");
            builder.Port = p;
        }
        if (database.Length > 0)
            builder.Database = Uri.UnescapeDataString(database);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq >= 0 ? pair[..eq] : pair);
            if (!QueryKeys.TryGetValue(key, out var keyword))
                throw StoreException.BadAddress(Redacted(db), $"the URL parameter '{key}' is not one Sitrep reads ({string.Join(", ", QueryKeys.Keys)})");
            try
            {
                builder[keyword] = Uri.UnescapeDataString(eq >= 0 ? pair[(eq + 1)..] : "");
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw StoreException.BadAddress(Redacted(db), $"the URL parameter '{key}' has a value Npgsql does not accept ({e.Message})");
            }
        }
        if (string.IsNullOrEmpty(builder.Host))
            builder.Host = "localhost";
        return builder;
    }

    /// <summary>"host:port", "[::1]:5432" or "host"; the port is null when none is written.</summary>
    private static (string Host, string? Port) SplitHostPort(string authority)
    {
        if (authority.StartsWith('['))
        {
            int close = authority.IndexOf(']');
            if (close > 0)
            {
                var rest = authority[(close + 1)..];
                return (authority[1..close], rest.StartsWith(':') ? rest[1..] : null);
            }
        }
        int colon = authority.LastIndexOf(':');
        return colon >= 0 ? (authority[..colon], authority[(colon + 1)..]) : (authority, null);
    }

    private static string DisplayOf(NpgsqlConnectionStringBuilder b)
    {
        var user = string.IsNullOrEmpty(b.Username) ? "" : Uri.EscapeDataString(b.Username) + "@";
        var host = b.Host ?? "localhost";
        var socket = host.StartsWith('/');
        var db = b.Database ?? "";
        return socket
            ? $"postgresql://{user}/{db}?host={host}&port={b.Port}"
            : $"postgresql://{user}{host}:{b.Port}/{db}";
    }

    /// <summary>The address as typed, with any password replaced by '***', for messages about an address that did not parse.</summary>
    private static string Redacted(string db)
    {
        var scheme = Schemes.FirstOrDefault(s => db.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        if (scheme is not null)
        {
            var rest = db[scheme.Length..];
            int at = rest.IndexOf('@'), colon = rest.IndexOf(':');
            if (at > 0 && colon >= 0 && colon < at)
                rest = rest[..(colon + 1)] + "***" + rest[at..];
            return System.Text.RegularExpressions.Regex.Replace(scheme + rest, "(?i)(password=)[^&]*", "$1***");
        }
        return System.Text.RegularExpressions.Regex.Replace(db, "(?i)(password\\s*=)[^;]*", "$1***");
    }
}
