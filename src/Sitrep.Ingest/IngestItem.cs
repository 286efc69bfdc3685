using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Ingest;

/// <summary>What reading one input unit (a text file, or one JSONL line) gave: a dispatch, or a diagnostic saying why not.</summary>
public abstract record IngestItem(InputOrigin Origin);

public sealed record IngestedDispatch(Dispatch Dispatch, IReadOnlyList<Diagnostic> Warnings) : IngestItem(Dispatch.Origin);

public sealed record Rejected(InputOrigin Origin, Diagnostic Diagnostic) : IngestItem(Origin);
