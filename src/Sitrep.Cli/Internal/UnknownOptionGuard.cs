using Spectre.Console.Cli;

namespace Sitrep.Cli.Internal;

/// <summary>
/// Refuses options no command defines ("--gazeteer"), so a typo never falls back silently to a default.
/// (Spectre's strict parsing does this too, but it then also accepts an option given without its value.)
/// </summary>
internal sealed class UnknownOptionGuard : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var unknown = context.Remaining.Parsed.Select(p => p.Key.TrimStart('-')).FirstOrDefault();
        if (unknown is not null)
            throw new UsageException($"Unknown option '{unknown}'.");
    }
}

/// <summary>A command line that cannot be run as written; the message is shown as it is.</summary>
internal sealed class UsageException(string message) : Exception(message);
