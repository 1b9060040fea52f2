namespace Meeting.Tests.Parse.Genre.Composition;

/// <summary>How a numbered list sits in the text.</summary>
public enum ListLayout
{
    /// <summary>A lead sentence, then the points in the same paragraph, each ending with 。.</summary>
    InlineAfterSentence,

    /// <summary>A lead ending with ：, then the points in the same paragraph (separated by ； or 。).</summary>
    InlineAfterColon,

    /// <summary>The points inside the lead's sentence: 会议强调，做好今年工作，一要…；二要….</summary>
    InlineInSentence,

    /// <summary>Only the lead verb before the points: 会议要求，一是…；二是….</summary>
    InlineAfterVerb,

    /// <summary>A lead paragraph ending with ：, then one point per paragraph.</summary>
    ParagraphsAfterColon,

    /// <summary>A lead paragraph ending with 。, then one point per paragraph.</summary>
    ParagraphsAfterSentence,

    /// <summary>One point per paragraph with no lead paragraph (the lead verb, if any, opens the first point).</summary>
    ParagraphsBare,
}
