using CsCheck;
using Meeting.Parse;

namespace Meeting.Tests.Parse.Properties;

/// <summary>
/// A report of the genre made up for a property test: what it holds (the counts and headings the parser should
/// find) and how it is laid out (inline or one item per paragraph, line ends, indentation, blank lines).
/// </summary>
public sealed record GenreReport(
    IReadOnlyList<string> Achievements,
    IReadOnlyList<string>? Attributes,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Requirements,
    bool OnePerParagraph,
    string LineEnd,
    string Indent,
    bool BlankLines)
{
    private static readonly string[] Phrases =
    [
        "加强党的全面领导", "深化教育综合改革", "推进产教融合", "提升教师队伍素质", "扩大优质资源供给", "完善教育评价体系",
        "服务国家战略需求", "促进学生全面发展", "建设高质量教育体系", "加强思想政治工作", "办好人民满意的教育", "推动“双减”落地见效",
        "夯实基础教育基点", "增强职业教育适应性", "开辟教育数字化新赛道",
    ];

    private static readonly string[] AttributeNames = ["政治", "战略", "民生", "人民", "时代"];

    private static Gen<string[]> PhraseList(int min, int max) => Gen.OneOf(Phrases).Array[min, max];

    public static readonly Gen<GenreReport> Any =
        from achievements in PhraseList(2, 8)
        from hasAttributes in Gen.Bool
        from attributeCount in Gen.Int[2, 5]
        from tasks in PhraseList(3, 9)
        from requirements in PhraseList(2, 6)
        from onePerParagraph in Gen.Bool
        from lineEnd in Gen.OneOf("\n", "\r\n")
        from indent in Gen.OneOf("", "\u3000\u3000", "    ", " \u3000\u3000", "\t")
        from blankLines in Gen.Bool
        select new GenreReport(
            achievements,
            hasAttributes ? AttributeNames.Take(attributeCount).Select(a => $"把握教育的{a}属性").ToArray() : null,
            tasks,
            requirements,
            onePerParagraph,
            lineEnd,
            indent,
            blankLines);

    public string Text()
    {
        var paragraphs = new List<string>
        {
            "1月11日，2024年全省教育工作会议在南京召开。会议总结工作，部署任务。省教育厅厅长王强出席会议并讲话。",
            "会议指出，刚刚过去的2023年是不平凡的一年。一年来，"
                + string.Join("；", Achievements) + "。教育事业取得新成绩。",
        };

        if (Attributes is not null)
        {
            paragraphs.AddRange(List("会议强调，要深刻认识教育的属性", Attributes, "是", "，坚定不移办好教育。", closing: null));
        }

        paragraphs.AddRange(List("会议指出，要扎实推进以下重点任务", Tasks, "要", "。各地要抓好落实。", closing: null));
        paragraphs.AddRange(List("会议要求，要以钉钉子精神抓落实", Requirements, "是", "，久久为功。", closing: "会议强调，要做实干家。"));
        paragraphs.Add("会议以视频会议形式召开。各市教育局负责人参加会议。");

        var between = LineEnd + (BlankLines ? LineEnd : "");
        return "2024年全省教育工作会议召开" + between + string.Join(between, paragraphs.Select(p => Indent + p)) + LineEnd;
    }

    // A lead and numbered items, inline in one paragraph or one per paragraph after a lead that ends with ：.
    // The closing remark opens with 会议强调, so it stays out of the last item in either layout.
    private IEnumerable<string> List(string lead, IReadOnlyList<string> headings, string suffix, string rest, string? closing)
    {
        var items = headings.Select((h, i) => $"{ChineseNumerals.Format(i + 1)}{suffix}{h}{rest}").ToList();
        if (closing is not null)
        {
            items[^1] += closing;
        }

        return OnePerParagraph ? [lead + "：", .. items] : [lead + "。" + string.Concat(items)];
    }
}
