using Meeting.Model;

namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>
/// The words that lead a part: 会议指出, 会议强调, … or nothing. Any of them leads any part; the weights only say
/// which is more usual where (会议要求 leads tasks about as often as requirements).
/// </summary>
public static class LeadVerbs
{
    public const string None = "";

    public static IReadOnlyList<(int Weight, string Verb)> For(SectionKind kind) => kind switch
    {
        SectionKind.Review => [(30, "会议指出"), (15, "会议认为"), (5, "会议强调"), (3, "会议提出"), (2, "会议明确"), (2, "会议要求"), (20, None)],
        SectionKind.Attributes => [(25, "会议强调"), (20, "会议指出"), (10, "会议认为"), (10, "会议明确"), (10, "会议提出"), (5, "会议要求"), (15, None)],
        SectionKind.Tasks => [(20, "会议要求"), (15, "会议强调"), (15, "会议指出"), (15, "会议提出"), (10, "会议明确"), (3, "会议认为"), (15, None)],
        _ => [(25, "会议要求"), (20, "会议强调"), (10, "会议指出"), (10, "会议提出"), (5, "会议明确"), (2, "会议认为"), (20, None)],
    };
}
