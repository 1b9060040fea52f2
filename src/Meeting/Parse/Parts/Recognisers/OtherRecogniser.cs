using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// What fits no part of the genre: a call to action (会议号召…), speeches of exchange (…作交流发言), awards and
/// documents (会上，…宣读了表彰决定), and what the publisher wrote around the report (编者按：…, 来源：…). Every block may be other; the recogniser gives a base score that another
/// kind must beat, and more where the block says such things.
/// </summary>
internal sealed class OtherRecogniser : IPartRecogniser
{
    /// <summary>What a kind must score to be preferred to keeping the block as it is.</summary>
    public const double Baseline = 1.5;

    private static readonly string[] CallToAction = ["会议号召", "号召全", "发出号召", "会议希望", "会议倡议"];

    private static readonly string[] Business =
    [
        "会议号召", "号召", "交流发言", "典型发言", "作交流", "会上", "表彰", "颁发", "颁奖", "签订", "责任书", "宣读",
        "观看", "通报了", "会议期间", "会前", "会后", "与会代表", "分组讨论", "审议",
    ];

    // The publisher's own words before or after the report: an editor's note, a summary, the source and editor.
    private static readonly string[] PublisherLabels =
        ["编者按", "编者的话", "编辑按", "按语", "核心提示", "导读", "内容提要", "摘要", "来源", "责任编辑", "编辑", "发布时间", "稿源"];

    public SectionKind Kind => SectionKind.Other;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        cues.Add(Baseline, "kept as it is unless another kind fits better");
        if (block.Index == 0 && block.Opening.StartsWith("——", StringComparison.Ordinal))
        {
            cues.Add(6, "a subtitle under the title (——…)");
        }

        var opening = block.Opening.TrimStart('【', '[', '（', '(');
        if (PublisherLabels.FirstOrDefault(l => opening.StartsWith(l, StringComparison.Ordinal) && opening.Length > l.Length && opening[l.Length] is '：' or ':' or '】' or ']' or ' ' or '　') is { } label)
        {
            cues.Add(6, $"the publisher's words, not the report's ({label})");
        }

        if (!cues.AnyOf(block.Opening, CallToAction, 3, "a call to action"))
        {
            cues.AnyOf(block.Opening, Business, 2, "other business of the meeting");
        }
        return cues.For(Kind);
    }
}
