using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// Decides which part of the report a block is. The rules read the text, never its position alone:
/// 会议指出 opens both the review and the tasks, so the opener word decides nothing by itself.
/// </summary>
internal static class SectionClassifier
{
    private static readonly string[] OpeningWords = ["召开", "举行", "开幕"];
    private static readonly string[] TaskWords = ["重点任务", "重点工作", "主要任务", "以下工作", "以下几项工作"];
    private static readonly string[] RequirementLeadWords = ["会议要求", "抓落实", "狠抓落实"];

    public static SectionKind Classify(Block block, IReadOnlyList<int> sequence, bool isFirst, bool tasksSeen)
    {
        var first = block.Sentences[0].Text;
        if (isFirst && sequence.Count == 0 && OpeningWords.Any(first.Contains))
        {
            return SectionKind.Opening;
        }

        if (sequence.Count == 0 && IsAttendance(block))
        {
            return SectionKind.Attendees;
        }

        // A review opens with the year past (刚刚过去的2023年, 一年来) and lists what was done, numbered or
        // separated by ；. A review of one achievement has no list, and is a review all the same.
        if (GenreVocabulary.ReviewOpeners.Any(first.Contains))
        {
            return SectionKind.Review;
        }

        if (sequence.Count == 0)
        {
            return SectionKind.Other;
        }

        var lead = string.Concat(block.Sentences.Take(sequence[0]).Select(s => s.Text));
        var items = string.Concat(block.Sentences.Skip(sequence[0]).Select(s => s.Text));
        var style = block.Sentences[sequence[0]].Marker!.Style;
        if (GenreVocabulary.AttributeWords.Any(items.Contains) && !RequirementLeadWords.Any(lead.Contains))
        {
            return SectionKind.Attributes;
        }

        // 会议要求 opens tasks as often as requirements: a lead that names the work (重点工作) and not the
        // carrying out (抓落实) is a list of tasks.
        var namesTasks = TaskWords.Any(lead.Contains) && !lead.Contains("落实", StringComparison.Ordinal);
        if (RequirementLeadWords.Any(lead.Contains) && !namesTasks)
        {
            return SectionKind.Requirements;
        }

        if (style == MarkerStyle.Yao || namesTasks || TaskWords.Any(lead.Contains))
        {
            return SectionKind.Tasks;
        }

        return tasksSeen ? SectionKind.Requirements : SectionKind.Attributes;
    }

    /// <summary>True when a sentence of the block ends with a verb of attendance: …参加会议。…列席会议。</summary>
    public static bool IsAttendance(Block block) =>
        block.Sentences.Any(s => AttendanceEnding(s.Text) is not null);

    public static (string Ending, string Role)? AttendanceEnding(string sentence)
    {
        var text = sentence.TrimEnd('。', '；', '.', ' ');
        foreach (var ending in GenreVocabulary.AttendanceEndings)
        {
            if (text.EndsWith(ending.Ending, StringComparison.Ordinal))
            {
                return ending;
            }
        }

        return null;
    }
}
