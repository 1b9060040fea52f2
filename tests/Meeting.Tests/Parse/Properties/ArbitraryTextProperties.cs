using CsCheck;
using Meeting.Diagnostics;
using Meeting.Model;
using Meeting.Parse;
using Meeting.Tests.Parse.Support;
using Xunit;

namespace Meeting.Tests.Parse.Properties;

/// <summary>
/// Whatever text the parser is given, it answers with a model or with a <see cref="MeetingException"/> (a message
/// for the user), never with a crash; and a model it returns always rebuilds the text exactly.
/// </summary>
public sealed class ArbitraryTextProperties
{
    // Pieces that steer the parser into its rules (markers, part words, punctuation, layout), mixed with noise.
    private static readonly string[] Pieces =
    [
        "一是", "二是", "三是", "一要", "二要", "三要", "十二是", "第一，", "第二、", "（一）", "（二）", "(三)",
        "会议指出，", "会议强调，", "会议要求，", "抓落实", "重点任务", "属性", "一年来，", "刚刚过去的2023年", "进一步", "一体推进",
        "“两个确立”", "“十四五”", "“四链”", "1月11日，", "2024年", "在北京召开", "召开", "以视频会议形式召开",
        "参加会议", "应邀参加会议", "列席会议", "负责人", "、", "，", "。", "；", "：", "“", "”", "！", "？", ":",
        "部长怀进鹏出席会议并讲话", "各计划单列市、新疆生产建设兵团教育局负责人",
        "\n", "\r\n", "\r", "\n\n", "\u3000\u3000", " ", "\t", "---\n", "title: x\n", "slug: ../x\n", "date: 2024-02-30\n", "# ",
        "<script>", "&amp;", "{{ x }}", "\0", "\uFEFF", "\uD800", "😀",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(Pieces),
        Gen.Char['\u4E00', '\u9FA5'].Select(c => c.ToString()),
        Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<(string Text, string Path)> Input =
        Gen.Select(Piece.Array[0, 80].Select(string.Concat), Gen.OneOf("r.txt", "r.md"));

    [Fact]
    public void The_parser_returns_a_model_or_a_message_and_a_model_is_verbatim()
    {
        Input.Sample((text, path) =>
        {
            MeetingReport report;
            try
            {
                report = ReportParser.Parse(new SourceDocument(path, text)).Report;
            }
            catch (MeetingException e)
            {
                Assert.All(e.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1 && d.Hint is not null, d.ToString()));
                return;
            }

            VerbatimAssert.Holds(report);
        }, iter: 1500);
    }
}
