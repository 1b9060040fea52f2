using Meeting.Model;

namespace Meeting.Load;

/// <summary>What <c>content/</c> holds: the reports in path order, and the keyword list if there is one.</summary>
public sealed record LoadedContent(IReadOnlyList<SourceDocument> Reports, SourceDocument? KeywordList);

/// <summary>The report files of <c>content/</c> in path order, not yet read, and the keyword list if there is one.</summary>
public sealed record ContentFiles(IReadOnlyList<string> Reports, SourceDocument? KeywordList);
