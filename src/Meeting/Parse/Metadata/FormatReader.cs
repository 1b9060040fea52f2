using System.Text.RegularExpressions;

namespace Meeting.Parse;

/// <summary>
/// Reads how the meeting was held, as the text names it: 以视频会议形式召开 → 视频会议; 采用线上线下相结合的方式
/// → 线上线下相结合; 以电视电话会议形式 → 电视电话会议. Null where the text does not say.
/// </summary>
public static partial class FormatReader
{
    private static readonly string[] MeetingKinds = ["电视电话会议", "视频会议", "网络视频会议"];

    public static string? Read(string text)
    {
        foreach (Match match in Manner().Matches(text))
        {
            var sentenceStart = text.LastIndexOfAny(['。', '；', '\n'], Math.Max(0, match.Index - 1)) + 1;
            var sentenceEnd = text.IndexOfAny(['。', '；', '\n'], match.Index);
            var sentence = text[sentenceStart..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
            var held = match.Groups["held"].Success || Meeting().IsMatch(sentence);
            var format = match.Groups["format"].Value.Trim('“', '”', '"', ' ');
            if (held && format.Length > 0)
            {
                return format;
            }
        }

        // 会议通过网络视频会议系统召开: the means names the format.
        if (Through().Match(text) is { Success: true } through)
        {
            return through.Groups["format"].Value;
        }

        // 召开视频会议, 全国教育系统电视电话会议召开: the kind of meeting names its format.
        return MeetingKinds.FirstOrDefault(kind => Held(kind).IsMatch(text));
    }

    private static Regex Held(string kind) =>
        new($"召开{kind}|{kind}(在[^，。]{{1,12}})?(召开|举行)", RegexOptions.CultureInvariant);

    // The sentence is about the meeting: 会议采用现场会议形式 …; 会议在…召开.
    [GeneratedRegex(@"会议|大会|召开|举行")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"(?:会议|大会)通过(?<format>[^，。；]{2,14}?)(?:召开|举行)")]
    private static partial Regex Through();

    [GeneratedRegex(@"(?:以|采取|采用|通过)(?<format>[^，。；以]{1,20}?)的?(?:形式|方式)(?<held>召开|举行|进行)?")]
    private static partial Regex Manner();
}
