using System.Globalization;
using System.Text;

namespace Meeting.Export;

/// <summary>
/// A reference to a web page in the form of GB/T 7714-2015 (信息与文献 参考文献著录规则), the Chinese standard,
/// for an online electronic resource: 主要责任者. 题名: 其他题名信息[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
/// The date the reader looked at the page is theirs to fill in, so it stands as a placeholder: a build never
/// writes the day it ran.
/// </summary>
public static class Gbt7714Citation
{
    /// <param name="author">The publisher of the text (教育部网站), or null when unknown: the reference then starts with its title.</param>
    /// <param name="title">The report's title.</param>
    /// <param name="subtitles">Where in the report the page is (七项重点任务, 第五项任务：…); empty for the report as a whole.</param>
    /// <param name="published">When the text was published, or null.</param>
    /// <param name="accessedPlaceholder">The words the reader replaces with the day they looked (引用日期).</param>
    /// <param name="address">The page's address, or null when it is not known.</param>
    public static string Format(string? author, string title, IReadOnlyList<string> subtitles, DateOnly? published, string accessedPlaceholder, string? address)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(author))
        {
            text.Append(author).Append(". ");
        }

        text.Append(title);
        foreach (var subtitle in subtitles)
        {
            text.Append(": ").Append(subtitle);
        }

        text.Append("[EB/OL]. ");
        if (published is { } date)
        {
            text.Append('(').Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
        }

        text.Append('[').Append(accessedPlaceholder).Append("].");
        if (address is not null)
        {
            text.Append(' ').Append(address).Append('.');
        }

        return text.ToString();
    }
}
