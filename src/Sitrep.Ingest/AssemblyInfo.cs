[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Sitrep.Ingest.Tests")]
