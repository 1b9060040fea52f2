namespace Meeting.Parse;

/// <summary>Splits text at separators outside brackets: 各省（区、市）教育厅 is one piece, not three.</summary>
internal static class TopLevel
{
    private const string Open = "（(〔[【《“";
    private const string Close = "）)〕]】》”";

    public static IEnumerable<string> Split(string text, string separators)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Open.Contains(c))
            {
                depth++;
            }
            else if (Close.Contains(c))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && separators.Contains(c))
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
