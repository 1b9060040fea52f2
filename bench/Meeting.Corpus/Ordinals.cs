namespace Meeting.Corpus;

/// <summary>The Chinese numerals the genre counts its items with: 一要…九要, 一是…九是.</summary>
public static class Ordinals
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The numeral for the 1-based <paramref name="position"/> (1 to 9).</summary>
    public static string Numeral(int position) => Numerals[position - 1];
}
