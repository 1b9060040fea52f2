namespace Meeting.Search;

/// <summary>
/// The places one n-gram occurs in a volume, encoded as they are added, newest meeting first and each meeting's
/// sentences in reading order (the order a reader sees results in), into a compact string of base-64 digits that
/// <c>search.js</c> decodes.
/// <para>
/// The string starts with the number of sentences the n-gram occurs in, so a query of one piece knows its count
/// without decoding the list, and decodes only as far as the results it shows. Then each entry starts with where
/// it is: <c>2·Δsentence</c> (even) when it is in the same meeting as the entry before, or <c>2·gap+1</c> (odd)
/// followed by the sentence's number when it starts another meeting, the gap being how many meetings it skips
/// going back from the one before (from the volume's meeting count for the first). Meetings are numbered in the
/// volume oldest first, sentences in the meeting, both from 0. A positional list (the longest n-grams) adds the
/// offset in the sentence: as is for the sentence's first entry, as the step from the last otherwise.
/// Numbers are varints of 5 bits a digit, least significant first; digits 32–63 say that more follow.
/// </para>
/// </summary>
/// <param name="meetings">How many meetings the volume has: the first entry's gap counts back from there.</param>
internal sealed class PostingList(bool positional, int meetings)
{
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private byte[] _bytes = new byte[8];
    private int _length;
    private int _meeting = meetings;
    private int _sentence = -1;
    private int _position;
    private int _sentences;

    /// <summary>The length of the entries, without the count before them.</summary>
    public int Length => _length;

    /// <param name="meeting">Never newer than the last added: meetings come newest first.</param>
    public void Add(int meeting, int sentence, int position)
    {
        var sameSentence = meeting == _meeting && sentence == _sentence;
        if (sameSentence && !positional)
        {
            return; // a sentence counts once
        }

        if (!sameSentence)
        {
            _sentences++;
        }

        if (meeting == _meeting)
        {
            Write(2 * (sentence - _sentence));
        }
        else
        {
            Write((2 * (_meeting - meeting - 1)) + 1);
            Write(sentence);
        }

        if (positional)
        {
            Write(sameSentence ? position - _position : position);
        }

        (_meeting, _sentence, _position) = (meeting, sentence, position);
    }

    /// <summary>The whole string: the count of sentences, then the entries.</summary>
    public string Text()
    {
        var count = new byte[8];
        var length = 0;
        Append(ref count, ref length, _sentences);
        return System.Text.Encoding.ASCII.GetString([.. count.AsSpan(0, length), .. _bytes.AsSpan(0, _length)]);
    }

    private void Write(int value) => Append(ref _bytes, ref _length, value);

    // One number as a varint of base-64 digits, at the end of the bytes (grown as needed).
    private static void Append(ref byte[] bytes, ref int length, int value)
    {
        var v = (uint)value;
        while (true)
        {
            if (length == bytes.Length)
            {
                Array.Resize(ref bytes, bytes.Length * 2);
            }

            if (v < 32)
            {
                bytes[length++] = (byte)Digits[(int)v];
                return;
            }

            bytes[length++] = (byte)Digits[32 | (int)(v & 31)];
            v >>= 5;
        }
    }
}
