namespace Meeting.Parse;

/// <summary>
/// Tells a person's name at the end of their posts: 教育部党组书记、部长怀进鹏 is 怀进鹏 with the posts before it.
/// A name is two or three characters (four with a two-character surname) after a post, beginning with a surname;
/// that keeps 重要, 精神 and the like from being taken for names.
/// </summary>
internal static class PersonName
{
    // The last character of a post (部长, 书记, 主任, 委员, 主席, 总理, 督学, 巡视员, 负责人).
    private const string PostEnds = "长记任员委席理督学官人监师授士导";

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪" +
        "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞" +
        "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻" +
        "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇" +
        "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊" +
        "仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓" +
        "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由怀" +
        "阎禤郗眭庹隗暴冒钭竺靖逄乜钮郦弓荀仉羿琚糜禄稽毋沃蓬桓阚郄訾仇贲宦嵩鄂俸逮佴夔薛";

    private static readonly string[] CompoundSurnames =
        ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木", "澹台"];

    // Characters that end or join clauses, never a name's: 对江苏工(作), 经济工(作).
    private const string NotInNames = "对就在作工从与及的了是为将把被向于等并由";

    /// <summary>The name and the posts before it, or null if the text does not end with a name.</summary>
    /// <param name="unlisted">Also take a name that begins with no Han surname (巴图孟和), where a known post stands before it.</param>
    public static (string Name, string Posts)? Split(string text, bool unlisted = false)
    {
        text = text.Trim();
        foreach (var length in new[] { 3, 2, 4 })
        {
            var at = text.Length - length;
            if (at < 0)
            {
                continue;
            }

            var name = text[at..];
            var posts = text[..at].Trim();
            if (!IsName(name) || (posts.Length > 0 && !PostEnds.Contains(posts[^1])))
            {
                continue;
            }

            return (name, posts);
        }

        // 巴图孟和, 其木格: names of other peoples (Mongolian, Tibetan, …) begin with no Han surname; after a post the
        // text names plainly (厅长巴图孟和), the longest name that leaves the post whole is the name.
        foreach (var length in unlisted ? new[] { 4, 3, 2 } : [])
        {
            var at = text.Length - length;
            if (at > 0 && IsHan(text[at..]) && text[at..].IndexOfAny(NotInNames.ToCharArray()) < 0 && Posts.Any(p => text[..at].EndsWith(p, StringComparison.Ordinal)) && !Posts.Any(p => text[at..].EndsWith(p, StringComparison.Ordinal)))
            {
                return (text[at..], text[..at].Trim());
            }
        }

        // 买买提·艾力: names of other scripts written with a middle dot.
        var dot = text.LastIndexOf('·');
        if (dot > 0)
        {
            var start = dot;
            while (start > 0 && !PostEnds.Contains(text[start - 1]))
            {
                start--;
            }

            if (start > 0 && text.Length - start <= 12)
            {
                return (text[start..], text[..start]);
            }
        }

        return null;
    }

    // Posts that begin with a surname character (常委, 高级教师): a post is never a name.
    private static readonly string[] Posts =
    [
        "常委", "委员", "书记", "部长", "主任", "局长", "厅长", "校长", "院长", "主席", "省长", "市长", "县长", "区长", "组长",
        "司长", "处长", "科长", "所长", "督学", "成员", "干部", "代表", "同志", "领导", "党组", "党委", "高级教师", "教授",
        "主席", "副主席", "秘书长", "负责人", "巡视员", "总经理", "董事长", "校长", "书记", "厅长", "院长", "主任",
    ];

    private static bool IsHan(string text) => text.All(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>True when the text begins with a person's name (a surname, then one or two characters).</summary>
    public static bool IsSurname(char c) => Surnames.Contains(c);

    private static bool IsName(string name)
    {
        if (Posts.Any(p => name.EndsWith(p, StringComparison.Ordinal)) || !IsHan(name))
        {
            return false;
        }

        return name.Length == 4
            ? CompoundSurnames.Any(s => name.StartsWith(s, StringComparison.Ordinal))
            : Surnames.Contains(name[0]) || CompoundSurnames.Any(s => name.StartsWith(s, StringComparison.Ordinal));
    }
}
