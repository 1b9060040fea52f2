using Meeting.Tests.Parse.Genre.Composition;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>
/// How the parser read one generated report: the outline it gave (or the exception it threw), whether that is
/// the expected outline exactly, and which fields are wrong.
/// </summary>
public sealed record Reading(GeneratedReport Report, string Actual, bool Exact, IReadOnlyList<string> WrongFields);
