using Meeting.Model;

namespace Meeting.Index;

/// <summary>Builds a meeting's keyword index from its text and the editor's list. (Stub until the index lands.)</summary>
public static class KeywordIndexer
{
    public static KeywordIndex Build(MeetingReport meeting, KeywordList list) => KeywordIndex.Empty;
}
