using Meeting.Model;

namespace Meeting.Index;

/// <summary>
/// Finds the terms the report itself puts in quotation marks (“双减”, “两个确立”, 「…」), which join the index
/// whether the editor listed them or not. A quotation that is not a term is left out: one longer than
/// <see cref="MaxLength"/> characters (quoted speech), or one holding 。！？； (a sentence, not a name).
/// </summary>
public static class QuotedTerms
{
    public const int MaxLength = 16;

    private static readonly (char Open, char Close)[] QuotePairs = [('“', '”'), ('「', '」')];
    private static readonly char[] SentenceMarks = ['。', '！', '？', '；'];

    /// <summary>The quoted terms in order of first appearance, each once.</summary>
    public static IReadOnlyList<string> In(IEnumerable<Sentence> sentences)
    {
        var found = new List<string>();
        foreach (var sentence in sentences)
        {
            foreach (var (open, close) in QuotePairs)
            {
                var start = sentence.Text.IndexOf(open);
                while (start >= 0)
                {
                    var end = sentence.Text.IndexOf(close, start + 1);
                    if (end < 0)
                    {
                        break;
                    }

                    var inner = sentence.Text[(start + 1)..end].Trim();
                    if (IsTerm(inner, open) && !found.Contains(inner))
                    {
                        found.Add(inner);
                    }

                    start = sentence.Text.IndexOf(open, end + 1);
                }
            }
        }

        return found;
    }

    private static bool IsTerm(string inner, char open) =>
        inner.Length is > 0 and <= MaxLength && inner.IndexOfAny(SentenceMarks) < 0 && inner.IndexOf(open) < 0;
}
