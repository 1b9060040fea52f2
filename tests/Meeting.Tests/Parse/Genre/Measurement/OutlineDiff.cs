using System.Text;

namespace Meeting.Tests.Parse.Genre.Measurement;

/// <summary>A line diff of two outlines (longest common subsequence): "-" expected only, "+" read only, "  " both.</summary>
public static class OutlineDiff
{
    public static string Of(string expected, string actual)
    {
        var a = expected.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var b = actual.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var text = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                text.Append("  ").AppendLine(a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                text.Append("+ ").AppendLine(b[y++]);
            }
            else
            {
                text.Append("- ").AppendLine(a[x++]);
            }
        }

        return text.ToString();
    }
}
