namespace Meeting.Parse;

/// <summary>
/// The words by which this genre of report (the 工作会议 news report) shows its structure. Recognition rules
/// read these lists; change a list here to teach the parser a new phrasing.
/// </summary>
public static class GenreVocabulary
{
    /// <summary>Words of the first sentence of a review of the year just past.</summary>
    public static readonly string[] ReviewOpeners = ["过去的", "过去一年", "一年来", "回顾", "过去五年", "过去的一年"];

    /// <summary>Words in the items of the attributes part.</summary>
    public static readonly string[] AttributeWords = ["属性"];

    /// <summary>Words in the lead of the requirements part.</summary>
    public static readonly string[] RequirementWords = ["会议要求", "抓落实", "要求"];

    /// <summary>Sentence openers that close a list: the sentence after the last item that starts so is not part of it.</summary>
    public static readonly string[] ClosingOpeners = ["会议强调", "会议要求", "会议指出", "会议认为", "会议号召", "会议提出", "总之", "同时"];

    /// <summary>Clause endings that say a group attended (the role is the verb).</summary>
    public static readonly (string Ending, string Role)[] AttendanceEndings =
    [
        ("应邀参加会议", "应邀参加"),
        ("应邀出席会议", "应邀参加"),
        ("列席会议", "列席"),
        ("参加会议", "参加"),
        ("出席会议", "参加"),
        ("参加了会议", "参加"),
    ];

    /// <summary>Words that end a person's title in an attendee list, longest first.</summary>
    public static readonly string[] PersonTitles =
    [
        "主要负责同志", "主要负责人", "负责同志", "负责人", "联络员", "成员", "人员", "代表", "干部", "同志",
        "书记", "部长", "主任", "校长", "院长", "局长", "厅长", "委员", "专家",
    ];

    /// <summary>Endings of place names (各计划单列市, 新疆生产建设兵团): the unit that follows them is shared across 、.</summary>
    public static readonly string[] PlaceEndings = ["自治区", "兵团", "省", "市", "区", "县", "州", "盟"];

    /// <summary>Words that end a speaker's post, before the name (…部长怀进鹏).</summary>
    public static readonly string[] SpeakerTitles =
    [
        "部长", "书记", "主任", "组长", "厅长", "局长", "省长", "市长", "主席", "委员", "司长", "校长", "院长",
        "理事长", "秘书长", "总理", "县长", "区长", "州长", "负责人",
    ];

    /// <summary>What the speaker does, after the name.</summary>
    public static readonly string[] SpeakerVerbs = ["出席会议并讲话", "出席并讲话", "作工作报告", "作报告", "讲话"];

    /// <summary>Short forms of places that reports use (在京召开).</summary>
    public static readonly IReadOnlyDictionary<string, string> PlaceShortForms = new Dictionary<string, string>
    {
        ["京"] = "北京",
        ["沪"] = "上海",
        ["津"] = "天津",
        ["渝"] = "重庆",
    };
}
