namespace Meeting.Search;

/// <summary>
/// The places one n-gram occurs in a volume, encoded as they are added (in reading order: meeting, sentence,
/// position) into a compact string of base-64 digits that <c>search.js</c> decodes.
/// <para>
/// Each entry starts with where it is: <c>2·Δsentence</c> (even) when it is in the same meeting as the entry
/// before, or <c>2·(Δmeeting−1)+1</c> (odd) followed by the sentence's number when it starts another meeting.
/// Meetings are numbered in the volume, sentences in the meeting, both from 0. A positional list (the longest n-grams) adds
/// the offset in the sentence: as is for the sentence's first entry, as the step from the last otherwise.
/// Numbers are varints of 5 bits a digit, least significant first; digits 32–63 say that more follow.
/// </para>
/// </summary>
internal sealed class PostingList(bool positional)
{
    public const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private byte[] _bytes = new byte[8];
    private int _length;
    private int _meeting = -1;
    private int _sentence;
    private int _position;

    public int Length => _length;

    public void Add(int meeting, int sentence, int position)
    {
        var sameSentence = meeting == _meeting && sentence == _sentence;
        if (sameSentence && !positional)
        {
            return; // a sentence counts once
        }

        if (meeting == _meeting)
        {
            Write(2 * (sentence - _sentence));
        }
        else
        {
            Write((2 * (meeting - _meeting - 1)) + 1);
            Write(sentence);
        }

        if (positional)
        {
            Write(sameSentence ? position - _position : position);
        }

        (_meeting, _sentence, _position) = (meeting, sentence, position);
    }

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    private void Write(int value)
    {
        var v = (uint)value;
        while (true)
        {
            if (_length == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            if (v < 32)
            {
                _bytes[_length++] = (byte)Digits[(int)v];
                return;
            }

            _bytes[_length++] = (byte)Digits[32 | (int)(v & 31)];
            v >>= 5;
        }
    }
}
