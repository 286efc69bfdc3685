using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Ingest;

/// <summary>What reading one input unit (a text file, or one JSONL line) gave: a dispatch, or a diagnostic saying why not.</summary>
public abstract record IngestItem(InputOrigin Origin);

public sealed record IngestedDispatch(Dispatch Dispatch, IReadOnlyList<Diagnostic> Warnings) : IngestItem(Dispatch.Origin);

/// <summary>An input that should have been a dispatch and is not: the batch skips it and says so as an error.</summary>
public sealed record Rejected(InputOrigin Origin, Diagnostic Diagnostic) : IngestItem(Origin);

/// <summary>
/// A file inside an input folder that holds no dispatch by its kind (a table, an archive, a binary document): passed
/// over with a warning, not an error, since a folder of dispatches may keep such files beside them.
/// </summary>
public sealed record PassedOver(InputOrigin Origin, Diagnostic Warning) : IngestItem(Origin);
