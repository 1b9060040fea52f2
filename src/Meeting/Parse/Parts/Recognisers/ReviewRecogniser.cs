using System.Text.RegularExpressions;
using Meeting.Model;

namespace Meeting.Parse;

/// <summary>
/// The review says what was achieved in the year (or years) past: it looks back (过去一年, 一年来, 2023年 in a
/// 2024 report, 会议充分肯定…) and its points are results (取得, 实现了, 显著提升, figures), not work to do.
/// No single opening phrase decides: a review is recognised by what it says.
/// </summary>
internal sealed partial class ReviewRecogniser : IPartRecogniser
{
    private static readonly string[] LookingBack =
    [
        "过去一年", "过去的一年", "一年来", "刚刚过去", "过去五年", "五年来", "近年来", "过去几年", "去年", "上一年",
        "回顾", "这一年", "本学年", "上学年", "过去一学年", "一学期来", "本学期以来", "以来，", "十年来", "三年来", "两年来",
        "上半年", "今年以来", "年初以来", "过去的五年", "去年以来",
    ];

    private static readonly string[] Acknowledging = ["充分肯定", "总结了", "回顾了", "成绩来之不易", "取得的成绩", "取得的成效"];

    private static readonly string[] Results =
    [
        "取得", "成效", "成绩", "成就", "进展", "突破", "显著", "明显", "圆满", "新台阶", "新局面", "新成效", "新进展",
        "稳步", "不断完善", "进一步增强", "进一步提升", "持续提升", "持续增强", "得到", "获得", "荣获", "位居", "达到",
        "实现了", "完成了", "增长", "提高了", "累计", "首次", "率先", "建成", "新增", "共计", "顺利", "有力", "超过",
        "全面完成", "大幅", "日益", "更加", "进一步", "巩固",
    ];

    private static readonly string[] Ahead = ["新的一年", "明年", "下一步", "下半年", "要以", "重点任务", "重点工作", "必须"];

    public SectionKind Kind => SectionKind.Review;

    public PartEvidence Judge(BlockReading block)
    {
        var cues = new CueSheet();
        if (!cues.AnyOf(block.Opening, LookingBack, 3, "looks back"))
        {
            if (PastYear(block) is { } year)
            {
                cues.Add(3, $"looks back to {year}年");
            }
        }

        cues.AnyOf(block.Opening, Acknowledging, 2, "acknowledges what was done");

        // Each point of a review says what came of the work: 城乡人居环境持续改善, 达标率稳步提高, 提高到31%.
        cues.Add(3 * ShareOf(block.Block.Sentences.Select(s => s.Text).ToList(), Outcome()), "points that report outcomes");

        var results = CueSheet.CountOf(block.Text, Results);
        cues.Add(Math.Min(results, 8) * 0.4, $"{results} words of results");
        var figures = Figure().Matches(block.Text).Count;
        cues.Add(Math.Min(figures, 5) * 0.5, $"{figures} figures");
        var perfective = Perfective().Matches(block.Text).Count;
        cues.Add(Math.Min(perfective, 4) * 0.3, $"{perfective} deeds done (…了)");
        if (block.Semicolons >= 2 && !block.IsList)
        {
            cues.Add(1, $"{block.Semicolons + 1} points separated by ；");
        }

        var imperatives = Imperative().Matches(block.Text).Count;
        cues.Add(-Math.Min(imperatives, 8) * 0.5, $"{imperatives} things to do (要…)");
        if (!cues.AnyOf(block.Opening, Ahead, -2, "looks ahead") && ThisYearAhead().IsMatch(block.Opening))
        {
            cues.Add(-2, "looks ahead (今年)");
        }
        return cues.For(Kind);
    }

    // 2023年，全省… in a report of 2024: the year before the meeting's, at the start of the part.
    private static int? PastYear(BlockReading block)
    {
        if (block.Year is not { } year)
        {
            return null;
        }

        foreach (Match m in Year().Matches(block.Opening))
        {
            var value = DecimalDigits.Value(m.Groups[1].ValueSpan) ?? 0;
            if (value < year && value >= year - 5)
            {
                return value;
            }
        }

        return null;
    }

    private static double ShareOf(IReadOnlyList<string> sentences, Regex pattern) =>
        sentences.Count == 0 ? 0 : (double)sentences.Count(pattern.IsMatch) / sentences.Count;

    [GeneratedRegex(@"(持续|稳步|不断|明显|显著|逐步|进一步|全面|大幅|日益|更加)(改善|提升|提高|扩大|增强|好转|健全|完善|加快|优化|巩固|下降|增长|壮大|深化|彰显)|取得|实现了|成效|达到|提高到|下降到|增长到|突破|好转|[0-9０-９][%％]|有力推进|扎实推进|顺利完成|圆满完成|全面完成")]
    private static partial Regex Outcome();

    [GeneratedRegex(@"(\d{4})年")]
    private static partial Regex Year();

    // 今年要…, 今年的工作: ahead; 今年上半年, 今年以来: looking back.
    [GeneratedRegex(@"今年(?!上半年|以来|前|初以来)")]
    private static partial Regex ThisYearAhead();

    // 1.2万, 35%, 120所, 3个, 1000余人: results come with figures; plans rarely do.
    [GeneratedRegex(@"[0-9０-９][0-9０-９.．]*(%|％|万|亿|余|所|个|项|人|名|家|次|倍|元|篇|门|部|座|套|支|批|项)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"[\u4e00-\u9fff]了(?![解])")]
    private static partial Regex Perfective();

    // 要 before a verb, as a demand: 要加强, 要坚持; not 重要, 主要, 需要, 要素.
    [GeneratedRegex(@"(?<![重主需只紧纲摘提要])要(?![素求点件])")]
    private static partial Regex Imperative();
}
